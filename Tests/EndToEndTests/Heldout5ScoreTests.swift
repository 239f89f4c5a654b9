import Foundation
import Testing
import TestSupport

/// Extracts the fifth held-out corpus (Tests/ExtractionTests/Fixtures/heldout5: five articles
/// about events of 2020–2024 in Iraq, written and annotated before the extractor ever ran on
/// them) and scores the graph with the shared scorer.
///
/// Its events: the Besmaya handover of July 2020 and the rockets on the base the day before;
/// the Green Zone rockets of 17 November 2020 and the troop cuts announced that day and in
/// September; the drones shot down at Baghdad airport and Ain al-Asad in January 2022, with the
/// Soleimani strike and the Iranian missiles of January 2020 as dated background; the drone attack
/// on Erbil air base of 25 December 2023 and the US strikes in Babil that answered it; the Ain
/// al-Asad rockets of 5 August 2024 and the US strike at Musayyib of 30 July. Its styles: a numeric
/// dotted dateline, Levantine month names alone, Arabic-Indic digits with slashed month pairs,
/// weekdays only, and a numeric slashed date inside a quoted statement. The floors sit 0.02 below
/// the blind figures (rounded down), so a change that loses ground on this corpus fails here.
/// Measured with
///   eventgraph extract Tests/ExtractionTests/Fixtures/heldout5 -o h5.graphml
///   python3 /work/shared/eval/score.py h5.graphml Tests/ExtractionTests/Fixtures/heldout5/gold.json
/// Measured blind (docs/heldout5.md): entities P 0.930 R 0.940 F1 0.935; events P 0.810 R 0.786
/// F1 0.797, dated-F1 0.670; relations P 0.925 R 0.677 F1 0.782.
@Suite struct Heldout5ScoreTests {
    static let floors: [HeldoutScoring.Floor] = [
        HeldoutScoring.Floor(part: "entities", key: "precision", minimum: 0.90),
        HeldoutScoring.Floor(part: "entities", key: "recall", minimum: 0.92),
        HeldoutScoring.Floor(part: "entities", key: "f1", minimum: 0.91),
        HeldoutScoring.Floor(part: "events", key: "precision", minimum: 0.78),
        HeldoutScoring.Floor(part: "events", key: "recall", minimum: 0.76),
        HeldoutScoring.Floor(part: "events", key: "f1", minimum: 0.77),
        HeldoutScoring.Floor(part: "events", key: "dated_f1", minimum: 0.65),
        HeldoutScoring.Floor(part: "relations", key: "precision", minimum: 0.90),
        HeldoutScoring.Floor(part: "relations", key: "recall", minimum: 0.65),
        HeldoutScoring.Floor(part: "relations", key: "f1", minimum: 0.76),
    ]

    @Test func fifthHeldoutCorpusScoresStayAboveTheirFloors() throws {
        try HeldoutScoring.expectScores(of: "heldout5", atLeast: Self.floors)
    }

    /// The manifest and the gold describe the same five documents with the same publication
    /// dates, so a score never rests on a document the gold does not know.
    @Test func manifestAndGoldAgreeOnDocumentsAndDates() throws {
        try HeldoutScoring.expectManifestMatchesGold(of: "heldout5", documents: 5)
    }
}
