import Foundation
import Testing
import TestSupport

/// What the held-out score suites share: extract one corpus of
/// Tests/ExtractionTests/Fixtures with the built binary, score the graph with the shared
/// scorer, and hold every score to its floor; and check that a corpus's manifest and gold
/// describe the same documents.
enum HeldoutScoring {
    /// The lowest value allowed for one score of `score.py --json` (`part` is entities,
    /// events or relations; `key` precision, recall, f1 or dated_f1).
    struct Floor: Sendable {
        let part: String
        let key: String
        let minimum: Double
    }

    static func corpus(_ name: String) -> URL {
        TestPaths.packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/\(name)")
    }

    /// Extracts the corpus and records an issue for every score under its floor.
    static func expectScores(of name: String, atLeast floors: [Floor]) throws {
        let scorer = TestPaths.shared.appendingPathComponent("eval/score.py")
        guard FileManager.default.fileExists(atPath: scorer.path) else {
            Issue.record("\(scorer.path) is missing: the held-out score needs the shared scorer in ../shared/eval beside the checkout")
            return
        }
        let folder = corpus(name)
        let dir = try TestPaths.temporaryFolder("e2e-\(name)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = dir.appendingPathComponent("\(name).graphml").path

        let extract = try Subprocess.run(TestPaths.eventgraphBinary().path, ["extract", folder.path, "-o", graph])
        try #require(extract.status == 0, "extract failed: \(extract.stderrText)")

        let score = try Subprocess.run("python3", [scorer.path, graph, folder.appendingPathComponent("gold.json").path, "--json"])
        try #require(score.status == 0, "score.py failed: \(score.stderrText)")
        let parsed = try JSONSerialization.jsonObject(with: score.stdout) as? [String: Any]
        let table = try #require(parsed as? [String: [String: Any]], "score.py printed no score table: \(score.stdoutText)")

        for floor in floors {
            let value = try #require((table[floor.part]?[floor.key] as? NSNumber)?.doubleValue,
                                     "score.py output lacks \(floor.part).\(floor.key)")
            #expect(value >= floor.minimum, "\(name) \(floor.part) \(floor.key) fell to \(value), below the floor \(floor.minimum)")
        }
    }

    /// The manifest and the gold list the same `documents` files with the same publication
    /// dates, and every file exists, so a score never rests on a document the gold does not know.
    static func expectManifestMatchesGold(of name: String, documents: Int) throws {
        let folder = corpus(name)
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("manifest.json"))) as? [[String: Any]])
        let gold = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("gold.json"))) as? [String: Any])
        let goldDocuments = try #require(gold["documents"] as? [[String: Any]])

        func datesByFile(_ rows: [[String: Any]]) -> [String: String] {
            var result: [String: String] = [:]
            for row in rows {
                if let file = row["file"] as? String, let published = row["published"] as? String { result[file] = published }
            }
            return result
        }
        let manifestDates = datesByFile(manifest)
        #expect(manifestDates.count == documents)
        #expect(manifestDates == datesByFile(goldDocuments))
        for file in manifestDates.keys.sorted() {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(file) is listed but missing")
        }
    }
}
