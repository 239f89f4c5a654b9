import Foundation
import Testing
import TestSupport

/// Extracts the thirteenth held-out corpus (Tests/ExtractionTests/Fixtures/heldout13: six articles
/// about May–December 2020 in Iraq, written and annotated before the extractor ever ran on them)
/// and scores the graph with the shared scorer.
///
/// Its events: the coalition's handover of Camp Taji (23 August 2020), with the spring handovers of
/// al-Qaim, Qayyarah and K1 (March) and Habbaniyah (early April) told as background in one list;
/// the US cuts to about 3,000 troops (during September, announced by Gen. McKenzie on 9 September)
/// and to 2,500 (by 15 January 2021, announced on 17 November), both planned when told; the rockets
/// on Erbil airport (30 September, unclaimed), on a house in al-Radwaniyah near Baghdad airport (28
/// September, unclaimed) and on the Green Zone (17 November, unclaimed); the convoy bombings claimed
/// by the front groups Ashab al-Kahf (Dhi Qar, 15 August) and Qasim al-Jabbarin (Diwaniyah, 13
/// August); and, from earlier months, the Taji attacks of 11 and 14 March (Washington blamed Kataib
/// Hezbollah), the IRGC's missiles of 8 January, the strike that killed Soleimani and al-Muhandis
/// (January) and the killing of a US contractor in Kirkuk (late 2019).
/// Its styles: an Arabic-Indic dateline with "اليوم الأحد" and ordinals in words ("في الحادي عشر من
/// آذار الماضي", "بعد ثلاثة أيام"); a bare weekday with Western/Levantine pairs ("سبتمبر/أيلول
/// الجاري", "في 20 أغسطس/آب الماضي"); "مساء أمس الأربعاء" with Kurdish spellings; wire copy with
/// "مساء السبت", "في 28 أيلول/سبتمبر" and "وبعد يومين"; a Hijri dateline with the slashed Gregorian
/// day ("26 ذو الحجة 1441 هـ الموافق 16/8/2020") in the factions' vocabulary; and Western months in
/// brackets ("الثلاثاء 17 نوفمبر (تشرين الثاني)", "بحلول 15 يناير (كانون الثاني) المقبل").
/// Measured with
///   eventgraph extract Tests/ExtractionTests/Fixtures/heldout13 -o h13.graphml
///   python3 /work/shared/eval/score.py h13.graphml Tests/ExtractionTests/Fixtures/heldout13/gold.json
/// Measured blind (docs/heldout13.md): entities P 0.974 R 1.000 F1 0.987; events P 0.773 R 0.941
/// F1 0.849, dated-F1 0.738; relations P 0.689 R 0.875 F1 0.771. After rules written from the
/// analysis of this corpus's misses (a month after "في" in a list of handovers, an event hours after
/// an announcement, a vague promise, a handover of "عدداً من القواعد", a cut carried on, a killing word
/// and the strike that killed): events P 0.944 R 0.941 F1 0.943, dated-F1 0.943; entities and
/// relations unchanged. Since these rules were written after reading the corpus, the new figures are
/// not blind. The floors sit 0.02 below the current figures (rounded down): they hold what the
/// extractor does, not the bar.
@Suite struct Heldout13ScoreTests {
    static let floors: [HeldoutScoring.Floor] = [
        HeldoutScoring.Floor(part: "entities", key: "precision", minimum: 0.95),
        HeldoutScoring.Floor(part: "entities", key: "recall", minimum: 0.98),
        HeldoutScoring.Floor(part: "entities", key: "f1", minimum: 0.96),
        HeldoutScoring.Floor(part: "events", key: "precision", minimum: 0.92),
        HeldoutScoring.Floor(part: "events", key: "recall", minimum: 0.92),
        HeldoutScoring.Floor(part: "events", key: "f1", minimum: 0.92),
        HeldoutScoring.Floor(part: "events", key: "dated_f1", minimum: 0.92),
        HeldoutScoring.Floor(part: "relations", key: "precision", minimum: 0.66),
        HeldoutScoring.Floor(part: "relations", key: "recall", minimum: 0.85),
        HeldoutScoring.Floor(part: "relations", key: "f1", minimum: 0.75),
    ]

    @Test func thirteenthHeldoutCorpusScoresStayAboveTheirFloors() throws {
        try HeldoutScoring.expectScores(of: "heldout13", atLeast: Self.floors)
    }

    /// The manifest and the gold describe the same six documents with the same publication
    /// dates, so a score never rests on a document the gold does not know.
    @Test func manifestAndGoldAgreeOnDocumentsAndDates() throws {
        try HeldoutScoring.expectManifestMatchesGold(of: "heldout13", documents: 6)
    }
}
