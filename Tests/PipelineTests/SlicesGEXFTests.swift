import Analytics
import Foundation
import GraphModel
@testable import Pipeline
import Testing
import TestSupport

@Suite struct SlicesGEXFTests {
    @Test func spellsFollowTheDatingRules() throws {
        let g = try SlicesJobFixture.graph()
        let t = SlicesGEXF.time(g)
        let d = { (s: String) in Day(iso: s)! }
        // Events over their date's interval, a month-precision one over the month.
        #expect(t.nodes["attack-taji-1"] == .init(start: d("2020-03-04"), end: d("2020-03-04")))
        #expect(t.nodes["withdrawal-taji"] == .init(start: d("2020-03-01"), end: d("2020-03-31")))
        // Entities from their first event on, open-ended; Taji's first is the March withdrawal.
        #expect(t.nodes["base-taji"] == .init(start: d("2020-03-01"), end: nil))
        #expect(t.nodes["actor-kh"] == .init(start: d("2020-03-04"), end: nil))
        // Iran appears only through kh backed_by iran, stated with the 2020-03-11 attack.
        #expect(t.nodes["actor-iran"] == .init(start: d("2020-03-11"), end: nil))
        #expect(t.edges["r1"] == .init(start: d("2020-03-11"), end: nil))
        // Undated things get no interval (Gephi: always there).
        #expect(t.nodes["attack-undated"] == nil && t.edges["r2"] == nil && t.nodes["place-anbar"] == nil)
        #expect(t.edges["e11"] == .init(start: d("2020-03-01"), end: d("2020-03-31")))
    }

    @Test func exportWritesTheSameDynamicGEXF() async throws {
        let dir = try TestPaths.temporaryFolder("export-gexf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.gexf").path
        try await GraphIO.write(try SlicesJobFixture.graph(), to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(#"mode="dynamic" timeformat="date""#))
        #expect(text.contains(#"<node id="actor-iran" label="Iran" start="2020-03-11">"#))
        let schema = TestPaths.shared.appendingPathComponent("schemas/gexf-1.3/gexf.xsd").path
        let lint = try Subprocess.run("xmllint", ["--noout", "--schema", schema, path])
        #expect(lint.status == 0, "\(lint.stderrText)")
        // A graph without dates stays static.
        let plain = try EventGraph(nodes: [Node(id: "a"), Node(id: "b")], edges: [Edge(id: "e", source: "a", target: "b")])
        let staticPath = dir.appendingPathComponent("s.gexf").path
        try await GraphIO.write(plain, to: staticPath)
        #expect(try String(contentsOfFile: staticPath, encoding: .utf8).contains(#"mode="static""#))
    }
}
