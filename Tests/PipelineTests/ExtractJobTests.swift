import Foundation
import Testing
import GraphModel
import TestSupport
@testable import Pipeline

@Suite struct ExtractJobTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
    }

    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "سقطت ثلاثة صواريخ أمس على قاعدة بلد الجوية.".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data([0x62, 0xE9, 0x74, 0xE9]).write(to: dir.appendingPathComponent("latin1.txt"))
        try #"[{"file": "good.txt", "published": "2020-01-13"}, {"file": "gone.txt", "published": "2020-01-13"}]"#
            .write(to: dir.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func badInputsAreSkippedWithOneLineEachAndTheGraphIsWritten() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("g.json").path
        let lines = Lines()
        let report = try await ExtractJob.run(ExtractRequest(paths: [dir.path], output: out, width: 2)) { lines.add($0) }
        #expect(report.articles == 1)
        #expect(lines.all.count == 4)
        for name in ["empty.txt", "binary.txt", "latin1.txt", "gone.txt"] {
            #expect(lines.all.contains { $0.contains(name) && !$0.contains("\n") }, "no line for \(name): \(lines.all)")
        }
        let graph = try GraphJSON.decode(Data(contentsOf: URL(fileURLWithPath: out)))
        let attack = try #require(graph.nodes.first { $0.kind == .attack })
        #expect(attack.date?.iso == "2020-01-12")  // the manifest's date anchors أمس
    }

    /// Two folders, each with its own manifest and an article of the same file name: each
    /// article is dated by its own folder's manifest, the documents are told apart by folder,
    /// and naming the folders in the other order writes the same bytes.
    @Test func eachFolderKeepsItsManifestAndSameNamedArticlesStayApart() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("extract-two-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let texts = [("east", "2020-01-13", "سقطت ثلاثة صواريخ أمس على قاعدة بلد الجوية."),
                     ("west", "2020-03-20", "سقطت أربعة صواريخ أمس على قاعدة عين الأسد الجوية.")]
        for (name, published, text) in texts {
            let dir = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try text.write(to: dir.appendingPathComponent("001.txt"), atomically: true, encoding: .utf8)
            try #"[{"file": "001.txt", "published": "\#(published)"}]"#
                .write(to: dir.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        }
        let east = root.appendingPathComponent("east").path, west = root.appendingPathComponent("west").path
        let first = root.appendingPathComponent("a.json").path, second = root.appendingPathComponent("b.json").path
        let lines = Lines()
        _ = try await ExtractJob.run(ExtractRequest(paths: [east, west], output: first)) { lines.add($0) }
        _ = try await ExtractJob.run(ExtractRequest(paths: [west, east], output: second)) { lines.add($0) }
        #expect(lines.all.isEmpty, "\(lines.all)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second))))
        let graph = try GraphJSON.decode(bytes)
        let attacks = graph.nodes.filter { $0.kind == .attack }
        #expect(Set(attacks.compactMap { $0.date?.iso }) == ["2020-01-12", "2020-03-19"])
        let documents = Set(attacks.flatMap { $0.evidence.map(\.document) })
        #expect(documents == ["east/001.txt", "west/001.txt"])
    }

    /// The manifest rows' file names are cut to their last path component without `NSString`
    /// when they hold no slash: the same names as `NSString.lastPathComponent` either way.
    @Test func lastPathComponentIsNSStrings() {
        let paths = ["", "a", "a.txt", "001.txt", "~", ".", "..", ".hidden.txt", "مقال ١.txt", "e\u{301}.txt", "a b.txt",
                     "dir/a.txt", "/a.txt", "a.txt/", "dir//a.txt", "/", "//", "dir/", "./a.txt", "../x/مقال.txt"]
        for path in paths {
            #expect(ExtractJob.lastPathComponent(path) == (path as NSString).lastPathComponent, "\(path)")
        }
    }

    @Test func strictFailsAndWritesNothing() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("g.graphml").path
        await #expect(throws: PipelineError.self) {
            _ = try await ExtractJob.run(ExtractRequest(paths: [dir.path], strict: true, output: out)) { _ in }
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aMissingPathOrLexiconIsAnError() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("g.json").path
        await #expect(throws: PipelineError.self) {
            _ = try await ExtractJob.run(ExtractRequest(paths: [dir.appendingPathComponent("nope").path], output: out)) { _ in }
        }
        let bad = dir.appendingPathComponent("bad.yaml")
        try "version: 1\nentities:\n  - key: x\n    kind: actor\n".write(to: bad, atomically: true, encoding: .utf8)
        do {
            _ = try await ExtractJob.run(ExtractRequest(paths: [dir.path], lexicons: [bad.path], output: out)) { _ in }
            Issue.record("a malformed lexicon was accepted")
        } catch {
            #expect("\(error)".contains("bad.yaml"))
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func explainShowsArabicEnglishDocumentAndRule() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("g.json").path
        _ = try await ExtractJob.run(ExtractRequest(paths: [dir.path], output: out)) { _ in }
        let text = try await ExplainJob.run(graph: out, id: "base-balad-air-base")
        #expect(text.contains("Balad Air Base") && text.contains("قاعدة بلد الجوية"))
        #expect(text.contains("good.txt") && text.contains("rule lexicon"))
        let graph = try GraphJSON.decode(Data(contentsOf: URL(fileURLWithPath: out)))
        let attack = try #require(graph.nodes.first { $0.kind == .attack })
        let event = try await ExplainJob.run(graph: out, id: attack.id)
        #expect(event.contains("target: Balad Air Base"))
        #expect(event.contains("date from:") && event.contains("2020-01-12"))
        await #expect(throws: PipelineError.self) { _ = try await ExplainJob.run(graph: out, id: "no-such-id") }
    }
}
