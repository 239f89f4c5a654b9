import Foundation
import Testing
import TestSupport

/// Extracts the second held-out corpus (Tests/ExtractionTests/Fixtures/heldout2: six articles
/// about events of 2019-2021 in Iraq, written and annotated before the extractor ever ran on
/// them) and scores the graph with the shared scorer.
///
/// This corpus differs from the first held-out set in its dates (January 2020 to March 2021),
/// its styles (a short report dated only by أمس and weekdays, an analysis with Arabic-Indic
/// digits and slashed month pairs, wire copy with datelines) and its events (supply-convoy
/// bombs, the Erbil and Ain al-Asad attacks of 2021, the Taji handover). The floors sit 0.02
/// below the figures measured when the corpus was added (rounded down), so a change that makes
/// extraction generalize worse fails here. Measured with
///   eventgraph extract Tests/ExtractionTests/Fixtures/heldout2 -o h2.graphml
///   python3 ../shared/eval/score.py h2.graphml Tests/ExtractionTests/Fixtures/heldout2/gold.json
/// Measured at the commit that added this test: entities P 0.918 R 0.938 F1 0.928;
/// events P 0.697 R 0.826 F1 0.756, dated-F1 0.674; relations P 0.820 R 0.600 F1 0.693.
/// Floors raised after the event fixes (claims, references, offsets, prevented attacks, dates):
/// events P 0.958 R 0.870 F1 0.912, dated-F1 0.912; relations P 0.837 R 0.600 F1 0.699;
/// with attacks of different days in one article kept apart: events P 0.960 R 0.913 F1 0.936,
/// dated-F1 0.936. Together with the entity, relation and convoy rules of the same round:
/// entities P 0.919 R 0.951 F1 0.935; events P 0.923 R 0.913 F1 0.918, dated-F1 0.918;
/// relations P 0.878 R 0.629 F1 0.733; with an official statement after a report joined to the
/// attack it re-tells: events P 0.960 R 0.913 F1 0.936, dated-F1 0.936; with "أي" + an
/// indefinite trigger read as hypothetical: events P 1.000 R 0.913 F1 0.955, dated-F1 0.955
/// (the floors below).
@Suite struct Heldout2ScoreTests {
    struct Floor: Sendable {
        let part: String
        let key: String
        let minimum: Double
    }

    static let floors: [Floor] = [
        Floor(part: "entities", key: "precision", minimum: 0.89),
        Floor(part: "entities", key: "recall", minimum: 0.93),
        Floor(part: "entities", key: "f1", minimum: 0.91),
        Floor(part: "events", key: "precision", minimum: 0.98),
        Floor(part: "events", key: "recall", minimum: 0.89),
        Floor(part: "events", key: "f1", minimum: 0.93),
        Floor(part: "events", key: "dated_f1", minimum: 0.93),
        Floor(part: "relations", key: "precision", minimum: 0.85),
        Floor(part: "relations", key: "recall", minimum: 0.60),
        Floor(part: "relations", key: "f1", minimum: 0.71),
    ]

    @Test func secondHeldoutCorpusScoresStayAboveTheirFloors() throws {
        let scorer = TestPaths.shared.appendingPathComponent("eval/score.py")
        guard FileManager.default.fileExists(atPath: scorer.path) else {
            Issue.record("\(scorer.path) is missing: the held-out score needs the shared scorer in ../shared/eval beside the checkout")
            return
        }
        let corpus = TestPaths.packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/heldout2")
        let gold = corpus.appendingPathComponent("gold.json")
        let dir = try TestPaths.temporaryFolder("e2e-heldout2")
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = dir.appendingPathComponent("heldout2.graphml").path

        let extract = try Subprocess.run(TestPaths.eventgraphBinary().path, ["extract", corpus.path, "-o", graph])
        try #require(extract.status == 0, "extract failed: \(extract.stderrText)")

        let score = try Subprocess.run("python3", [scorer.path, graph, gold.path, "--json"])
        try #require(score.status == 0, "score.py failed: \(score.stderrText)")
        let parsed = try JSONSerialization.jsonObject(with: score.stdout) as? [String: Any]
        let table = try #require(parsed as? [String: [String: Any]], "score.py printed no score table: \(score.stdoutText)")

        for floor in Self.floors {
            let value = try #require((table[floor.part]?[floor.key] as? NSNumber)?.doubleValue,
                                     "score.py output lacks \(floor.part).\(floor.key)")
            #expect(value >= floor.minimum, "second held-out \(floor.part) \(floor.key) fell to \(value), below the floor \(floor.minimum)")
        }
    }

    /// The manifest and the gold describe the same six documents with the same publication
    /// dates, so a score never rests on a document the gold does not know.
    @Test func manifestAndGoldAgreeOnDocumentsAndDates() throws {
        let corpus = TestPaths.packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/heldout2")
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: corpus.appendingPathComponent("manifest.json"))) as? [[String: Any]])
        let gold = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: corpus.appendingPathComponent("gold.json"))) as? [String: Any])
        let documents = try #require(gold["documents"] as? [[String: Any]])

        func datesByFile(_ rows: [[String: Any]]) -> [String: String] {
            var result: [String: String] = [:]
            for row in rows {
                if let file = row["file"] as? String, let published = row["published"] as? String { result[file] = published }
            }
            return result
        }
        let manifestDates = datesByFile(manifest)
        #expect(manifestDates.count == 6)
        #expect(manifestDates == datesByFile(documents))
        for file in manifestDates.keys.sorted() {
            #expect(FileManager.default.fileExists(atPath: corpus.appendingPathComponent(file).path), "\(file) is listed but missing")
        }
    }
}
