import Foundation
import Testing
import TestSupport

/// Extracts the sixteenth held-out corpus (Tests/ExtractionTests/Fixtures/heldout16: six articles
/// about October 2023 – September 2024, the campaign of the Islamic Resistance in Iraq on US bases
/// after the Gaza war began and the US replies, written and annotated before the extractor ever ran
/// on them) and scores the graph with the shared scorer.
///
/// Its events: the drones on Ain al-Asad and Harir (18 October 2023) and on al-Tanf (19 October),
/// claimed by the Islamic Resistance in Iraq; the rockets on the Conoco field base and the drone at
/// al-Omar field (9–10 November), claimed in a later sentence; the US strikes near Albu Kamal
/// (27 October); the ballistic missiles on Ain al-Asad (20 January 2024) and the US strikes on
/// Kataib Hezbollah at Jurf al-Sakhar three days later; the drone on Tower 22 in Jordan (28 January),
/// three US soldiers killed; the US strikes at al-Qaim and Akashat (2 February, told in the factions'
/// words); the drone strike in al-Mashtal, Baghdad, that killed a Kataib Hezbollah commander
/// (7 February); the strike that killed Soleimani and al-Muhandis (January 2020); the coalition's
/// planned withdrawal from Ain al-Asad by September 2025.
/// Its styles: "أمس الأربعاء" / "فجر اليوم الخميس" with no date in the text; an undated report
/// ("ليلة أمس") with Levantine/Western month pairs; "الأحد 28 كانون الثاني (يناير) 2024"; a Hijri and
/// Gregorian dateline ("السبت 22 رجب 1445 هـ الموافق 3 شباط 2024") with "ليل الجمعة"; a numeric
/// dateline "7-2-2024"; a wire item with deadlines ("بحلول أيلول/سبتمبر 2025").
/// Measured with
///   eventgraph extract Tests/ExtractionTests/Fixtures/heldout16 -o h16.graphml
///   python3 /work/shared/eval/score.py h16.graphml Tests/ExtractionTests/Fixtures/heldout16/gold.json
/// Measured blind (docs/heldout16.md): entities P 0.983 R 0.900 F1 0.939; events P 0.882 R 0.846
/// F1 0.864, dated-F1 0.776; relations P 0.927 R 0.667 F1 0.775. After the fixes: entities P 1.000
/// R 0.940 F1 0.969; events unchanged; relations P 0.977 R 0.767 F1 0.859 (with the gold
/// corrected after the run, docs/heldout16.md). The floors sit 0.02
/// below these final figures (rounded down): they hold what the extractor does, not the bars.
@Suite struct Heldout16ScoreTests {
    static let floors: [HeldoutScoring.Floor] = [
        HeldoutScoring.Floor(part: "entities", key: "precision", minimum: 0.98),
        HeldoutScoring.Floor(part: "entities", key: "recall", minimum: 0.92),
        HeldoutScoring.Floor(part: "entities", key: "f1", minimum: 0.94),
        HeldoutScoring.Floor(part: "events", key: "precision", minimum: 0.86),
        HeldoutScoring.Floor(part: "events", key: "recall", minimum: 0.82),
        HeldoutScoring.Floor(part: "events", key: "f1", minimum: 0.84),
        HeldoutScoring.Floor(part: "events", key: "dated_f1", minimum: 0.75),
        HeldoutScoring.Floor(part: "relations", key: "precision", minimum: 0.95),
        HeldoutScoring.Floor(part: "relations", key: "recall", minimum: 0.74),
        HeldoutScoring.Floor(part: "relations", key: "f1", minimum: 0.83),
    ]

    @Test func sixteenthHeldoutCorpusScoresStayAboveTheirFloors() throws {
        try HeldoutScoring.expectScores(of: "heldout16", atLeast: Self.floors)
    }

    /// The manifest and the gold describe the same six documents with the same publication
    /// dates, so a score never rests on a document the gold does not know.
    @Test func manifestAndGoldAgreeOnDocumentsAndDates() throws {
        try HeldoutScoring.expectManifestMatchesGold(of: "heldout16", documents: 6)
    }
}
