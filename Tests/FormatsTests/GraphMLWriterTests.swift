import Foundation
import Testing
import GraphModel
import TestSupport
@testable import Formats

@Suite struct GraphMLWriterTests {
    @Test func sampleGraphMatchesGolden() {
        assertGolden(GraphMLWriter.write(SampleGraph.make()), named: "sample.graphml")
    }

    @Test func sameGraphSameBytesWhateverTheInsertionOrder() throws {
        let g = SampleGraph.make()
        let shuffled = try EventGraph(directed: true, nodes: g.nodes.reversed(), edges: g.edges.reversed(), attributes: g.attributes)
        #expect(GraphMLWriter.write(g) == GraphMLWriter.write(shuffled))
    }

    @Test func validatesAgainstTheGraphMLSchema() throws {
        for graph in [SampleGraph.make(), try HostileGraph.make()] {
            let file = try writeTemporaryFile(GraphMLWriter.write(graph))
            defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
            let r = try Subprocess.run("xmllint", ["--noout", "--schema", TestPaths.graphMLSchema.path, file.path])
            #expect(r.status == 0, "xmllint: \(r.stderrText)")
        }
    }

    @Test func networkxReadsLabelsAndColumnsBack() throws {
        let g = try HostileGraph.make()
        let file = try writeTemporaryFile(GraphMLWriter.write(g))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try Subprocess.python("""
            import json, sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(json.dumps({"directed": g.is_directed(),
                              "nodes": {n: d for n, d in g.nodes(data=True)},
                              "edges": sorted([d.get("relation", ""), u, v, d["weight"]] for u, v, d in g.edges(data=True))},
                             ensure_ascii=False))
            """, [file.path])
        try #require(r.status == 0, "networkx: \(r.stderrText)")
        let doc = try JSONSerialization.jsonObject(with: r.stdout) as! [String: Any]
        let nodes = doc["nodes"] as! [String: [String: Any]]
        #expect(nodes.count == g.nodes.count)
        let labels = Set(nodes.values.map { $0["label"] as! String })
        #expect(labels == Set(g.nodes.map { XMLText.stripIllegal($0.label(.en)) }))
        #expect(doc["directed"] as? Bool == true)
        let edges = doc["edges"] as! [[Any]]
        #expect(edges.count == g.edges.count)
        // Free attributes keep their type (networkx casts by attr.type).
        let kh = nodes.values.first { $0["name_en"] as? String == "Kata'ib Hezbollah" }
        #expect(kh?["pagerank"] as? Double == 0.3125)
        #expect(kh?["core"] as? Int == 2)
    }

    @Test func igraphReadsLabelsBack() throws {
        let g = SampleGraph.make()
        let file = try writeTemporaryFile(GraphMLWriter.write(g))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let r = try Subprocess.python("""
            import json, sys, igraph
            g = igraph.Graph.Read_GraphML(sys.argv[1])
            print(json.dumps({"n": g.vcount(), "m": g.ecount(), "directed": g.is_directed(),
                              "labels": g.vs["label"], "relations": g.es["relation"]}, ensure_ascii=False))
            """, [file.path])
        try #require(r.status == 0, "igraph: \(r.stderrText)")
        let doc = try JSONSerialization.jsonObject(with: r.stdout) as! [String: Any]
        #expect(doc["n"] as? Int == g.nodes.count)
        #expect(doc["m"] as? Int == g.edges.count)
        #expect(doc["directed"] as? Bool == true)
        #expect(doc["labels"] as? [String] == g.nodes.map { $0.label(.en) })
        #expect(doc["relations"] as? [String] == g.edges.map(\.relation.rawValue))
    }

    @Test func rewritesIdsThatAreNotTokensAndKeepsTheOriginal() throws {
        var g = EventGraph(directed: false)
        g.upsert(Node(id: "قاعدة عين الأسد", nameAr: "قاعدة عين الأسد"))
        g.upsert(Node(id: "a b"))
        g.upsert(Node(id: "ok-1"))
        try g.upsert(Edge(id: "edge 1", source: "a b", target: "قاعدة عين الأسد"))
        let text = GraphMLWriter.render(g)
        #expect(text.contains("edgedefault=\"undirected\""))
        #expect(!text.contains("id=\"a b\""))
        #expect(text.contains("<node id=\"ok-1\">"))
        #expect(text.contains("<data key=\"n_original_id\">a b</data>"))
        #expect(text.contains("<data key=\"n_original_id\">قاعدة عين الأسد</data>"))
        #expect(text.contains("<data key=\"e_original_id\">edge 1</data>"))
        // Same input, same rewritten ids.
        #expect(text == GraphMLWriter.render(g))
    }

    @Test func stripsControlCharactersAndEscapesMarkup() {
        var g = EventGraph()
        g.upsert(Node(id: "x", nameEn: "a\u{0}b\u{1B}c <d> & \"e\"\r\nf", attributes: ["odd name!": .string("v\u{7}")]))
        let text = GraphMLWriter.render(g)
        #expect(text.contains("<data key=\"n_label\">abc &lt;d&gt; &amp; \"e\"&#13;\nf</data>"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        // An attribute name that is not an NMTOKEN gets a token name and keeps its own in <desc>.
        #expect(text.contains("attr.name=\"attr-odd-name-"))
        #expect(text.contains("<desc>odd name!</desc>"))
    }

    @Test func freeAttributeTypesAreTheNarrowestThatFit() {
        typealias T = GraphMLWriter.KeyTable
        #expect(T.narrowestType([.int(1), .int(2)]) == .int)
        #expect(T.narrowestType([.int(1), .int(1 << 40)]) == .long)
        #expect(T.narrowestType([.int(1), .double(0.5)]) == .double)
        #expect(T.narrowestType([.bool(true), .bool(false)]) == .boolean)
        #expect(T.narrowestType([.bool(true), .int(1)]) == .string)
        #expect(T.narrowestType([.double(1), .string("x")]) == .string)
    }

    @Test func listsAndEvidenceReadBackExactly() {
        let items = ["plain", "with | bar", "back\\slash", "  spaced  "]
        #expect(GraphFields.splitList(GraphFields.joinList(items)) == items)
        let ev = [
            Evidence(document: "a#b.txt", sentence: 3, start: 10, end: 20, text: "x | y: z ", rule: "event.attack"),
            Evidence(document: "c.txt", sentence: 0, start: 0, end: 0, text: "", rule: "lexicon"),
        ]
        #expect(GraphFields.parseEvidence(GraphFields.formatEvidence(ev), document: "f") == ev)
        #expect(GraphFields.formatEvidence(ev) == "a#b.txt#3[10-20] event.attack: x \\| y: z  | c.txt#0[0-0] lexicon: ")
        // Text that is not in our form survives as an imported record.
        #expect(GraphFields.parseEvidence("free text", document: "f.graphml")
                == [Evidence(document: "f.graphml", sentence: 0, start: 0, end: 0, text: "free text", rule: "import")])
    }
}

/// A graph whose labels hold everything that breaks naive writers.
enum HostileGraph {
    static let latin = "He said \"stop\" \\ <now> & 'then'\nnext line\ttab\u{1}ctl"
    static let arabic = "قال \"قف\" \\ <الآن> & كتائب حزب الله\nسطر"

    static func make() throws -> EventGraph {
        var g = SampleGraph.make()
        g.upsert(Node(id: "hostile latin", nameEn: latin, attributes: ["weird key": .string(latin)]))
        g.upsert(Node(id: "عدائي", nameAr: arabic, nameEn: nil))
        try g.upsert(Edge(id: "hostile edge", source: "hostile latin", target: "عدائي", relation: Relation("says \"hi\"")))
        return g
    }
}

/// Writes `data` as `name` in a fresh folder; the caller removes the file's folder.
func writeTemporaryFile(_ data: Data, named name: String = "graph.graphml") throws -> URL {
    let url = try TestPaths.temporaryFolder().appendingPathComponent(name)
    try data.write(to: url)
    return url
}
