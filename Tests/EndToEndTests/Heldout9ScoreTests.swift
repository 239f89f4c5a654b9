import Foundation
import Testing
import TestSupport

/// Extracts the ninth held-out corpus (Tests/ExtractionTests/Fixtures/heldout9: five articles
/// about events of 2021–2025 in Iraq, written and annotated before the extractor ever ran on
/// them) and scores the graph with the shared scorer.
///
/// Its events: the drone on Ain al-Asad of 8 May 2021, unclaimed, with the rockets on Balad air
/// base "مساء الاثنين الماضي"; the two explosive drones on Erbil airport of 11 September 2021,
/// unclaimed, with the February rockets claimed by Saraya Awliya al-Dam; the rockets on the US
/// embassy compound in the Green Zone of 8 December 2023 (the attackers "مجموعات منفلتة") and
/// the US drone strike near Kirkuk "مطلع الشهر الجاري" that killed five fighters; the start of
/// the Higher Military Commission talks of 27 January 2024 (a planned drawdown of the
/// coalition's advisers, undated); and the coalition leaving Ain al-Asad (recipient the Iraqi
/// army) and Victory base in Baghdad (recipient the Iraqi security forces) in September 2025,
/// with the strike in al-Mashtal of 7-2-2024 and the strikes on al-Qaim "قبل ذلك بخمسة أيام".
/// Its styles: weekdays only, Western month names alone, Arabic-Indic digits with "مطلع الشهر
/// الجاري", numeric slashed dates (2024/1/27), and day-month-year with hyphens (7-2-2024) with an
/// offset counted back from it.
/// Measured with
///   eventgraph extract Tests/ExtractionTests/Fixtures/heldout9 -o h9.graphml
///   python3 /work/shared/eval/score.py h9.graphml Tests/ExtractionTests/Fixtures/heldout9/gold.json
/// Measured blind (docs/heldout9.md): entities P 0.909 R 0.854 F1 0.881; events P 0.889 R 1.000
/// F1 0.941, dated-F1 0.742; relations P 0.643 R 0.545 F1 0.590. The event recall rests on a tie
/// the scorer breaks by gold id (docs/heldout9.md): one required planned withdrawal is not
/// extracted but is credited. After the rules drawn from its misses and those of later corpora
/// (docs/extraction.md; the name after "المتحدث باسمها" is read with no organisation to refer to):
/// entities P 0.983 R 1.000 F1 0.991; events P 1.000 R 1.000 F1 1.000, dated-F1 0.900; relations
/// P 0.745 R 0.909 F1 0.819. The floors sit 0.02 below those figures (rounded down).
@Suite struct Heldout9ScoreTests {
    static let floors: [HeldoutScoring.Floor] = [
        HeldoutScoring.Floor(part: "entities", key: "precision", minimum: 0.96),
        HeldoutScoring.Floor(part: "entities", key: "recall", minimum: 0.98),
        HeldoutScoring.Floor(part: "entities", key: "f1", minimum: 0.97),
        HeldoutScoring.Floor(part: "events", key: "precision", minimum: 0.98),
        HeldoutScoring.Floor(part: "events", key: "recall", minimum: 0.98),
        HeldoutScoring.Floor(part: "events", key: "f1", minimum: 0.98),
        HeldoutScoring.Floor(part: "events", key: "dated_f1", minimum: 0.88),
        HeldoutScoring.Floor(part: "relations", key: "precision", minimum: 0.72),
        HeldoutScoring.Floor(part: "relations", key: "recall", minimum: 0.88),
        HeldoutScoring.Floor(part: "relations", key: "f1", minimum: 0.79),
    ]

    @Test func ninthHeldoutCorpusScoresStayAboveTheirFloors() throws {
        try HeldoutScoring.expectScores(of: "heldout9", atLeast: Self.floors)
    }

    /// The manifest and the gold describe the same five documents with the same publication
    /// dates, so a score never rests on a document the gold does not know.
    @Test func manifestAndGoldAgreeOnDocumentsAndDates() throws {
        try HeldoutScoring.expectManifestMatchesGold(of: "heldout9", documents: 5)
    }
}
