import Foundation
import Testing
import GraphModel
import Graphviz
@testable import Formats

@Suite struct DOTReaderTests {
    // MARK: Round trips of what we write

    @Test(arguments: [
        DOTOptions(),
        DOTOptions(labels: .ar, legend: true, title: "عنوان", sizeBy: "pagerank", colorBy: "community"),
        DOTOptions(labels: .both, legend: true, greyed: ["attack-taji"], engine: .neato),
    ])
    func eventGraphReadsBackUnchanged(options: DOTOptions) async throws {
        var graph = try DOTSamples.eventGraph()
        graph.attributes["rankdir"] = nil   // a Graphviz name: layout, not data, so not written
        let back = try await DOTReader.read(DOTWriter.write(graph, options: options), document: "sample.dot")
        #expect(back == graph)
    }

    @Test func hostileLabelsReadBackUnchanged() async throws {
        let graph = try DOTSamples.hostileGraph()
        let dot = DOTWriter.write(graph, options: DOTOptions(labels: .both, legend: true))
        let back = try await DOTReader.read(dot, document: "hostile.dot")
        #expect(back == graph)
        for (node, label) in zip(back.nodes, DOTSamples.hostileLabels) {
            #expect(node.nameAr == label && node.nameEn == label && node.attributes["note"] == .string(label))
        }
    }

    /// The label Graphviz will draw, decoded from what its parser returns, is the display
    /// label we meant: escapes, entities and bidi isolation all invert.
    @Test(arguments: LabelLanguage.allCases)
    func drawnLabelsAreTheDisplayLabels(labels: LabelLanguage) async throws {
        let graph = try DOTSamples.hostileGraph()
        let options = DOTOptions(labels: labels)
        let doc = try await GraphvizEngine.shared.parse(dot: DOTWriter.write(graph, options: options))
        for dotNode in doc.nodes {
            let node = try #require(graph.node(DOTText.unescape(dotNode.name)))
            let drawn = DOTReader.displayText(try #require(dotNode.attributes["label"]), nodeName: node.id, graphName: doc.name)
            #expect(drawn == DOTWriter.displayLabel(node, options: options))
        }
        for (dotEdge, edge) in zip(doc.edges, graph.edges) {
            #expect(DOTReader.displayText(dotEdge.attributes["label"] ?? "", nodeName: "", graphName: "") == edge.relation.rawValue)
        }
    }

    /// Graphviz's laid-out DOT (`-Tdot`) adds pos, width, height, bb: all presentation,
    /// dropped again on reading.
    @Test func laidOutDOTFromGraphvizReadsBackUnchanged() async throws {
        var graph = try DOTSamples.eventGraph()
        graph.attributes["rankdir"] = nil
        let laidOut = try await GraphvizEngine.shared.render(dot: DOTWriter.write(graph, options: DOTOptions(legend: true)),
                                                             engine: .dot, format: .dot)
        let back = try await DOTReader.read(String(decoding: laidOut, as: UTF8.self), document: "laid-out.dot")
        #expect(back == graph)
    }

    // MARK: Foreign DOT

    @Test func foreignDOTKeepsEveryAttributeAndUsesLabelsAsNames() async throws {
        let graph = try await DOTReader.read("""
            digraph roads {
              node [shape=box];
              a [label="Baghdad"];
              b [label="بغداد", population=7000000, density=1.5, capital=true, code="007", color=red];
              c;
              d [label="\\N"];
              e [label="AT&amp;T\\nline 2", name_en="Explicit"];
              f [label="Left &lt;b&gt;"];
              a -> b [label="road", weight=2.5];
              a -> b [key=k2];
              a -> b [id="e1", relation=backed_by, date="2020-03-19"];
              b -> a [date="not a date"];
            }
            """, document: "roads.dot")
        #expect(graph.directed)
        #expect(graph.nodes.map(\.id) == ["a", "b", "c", "d", "e", "f"])
        let a = try #require(graph.node("a")), b = try #require(graph.node("b"))
        #expect(a.nameEn == "Baghdad" && a.nameAr == nil)
        #expect(b.nameAr == "بغداد" && b.nameEn == nil)
        #expect(b.attributes["population"] == .int(7_000_000))
        #expect(b.attributes["density"] == .double(1.5))
        #expect(b.attributes["capital"] == .bool(true))
        #expect(b.attributes["code"] == .string("007"))
        #expect(b.attributes["color"] == .string("red"))       // foreign presentation is kept
        #expect(b.attributes["shape"] == .string("box"))       // as Graphviz applied the default
        #expect(b.attributes["label"] == nil)                  // became the name
        #expect(graph.node("c")?.nameEn == nil)                // label \N is the node name
        #expect(graph.node("d")?.nameEn == nil)
        #expect(graph.node("e")?.nameEn == "Explicit")         // an explicit name wins over the label
        #expect(graph.node("f")?.nameEn == "Left <b>")

        // Edge ids: `id`, else key, else e<position>.
        #expect(graph.edges.map(\.id) == ["e0", "e1", "e3", "k2"])
        let road = try #require(graph.edge("e0"))
        #expect(road.weight == 2.5 && road.relation == .unspecified)
        #expect(road.attributes["label"] == .string("road"))
        let backed = try #require(graph.edge("e1"))
        #expect(backed.relation == .backedBy)
        #expect(backed.date == .day(Day(iso: "2020-03-19")!))
        #expect(graph.edge("e3")?.attributes["date"] == .string("not a date"))
    }

    @Test func modelFieldsThatDoNotParseAreKeptAsAttributes() async throws {
        let graph = try await DOTReader.read("""
            digraph { x [kind=robot, actor_type=alien, modality=maybe, lat=95, lon=10, date="2020-13-45", name_ar="س"] }
            """, document: "odd.dot")
        let x = try #require(graph.node("x"))
        #expect(x.kind == nil && x.actorType == nil && x.modality == nil && x.coordinates == nil && x.date == nil)
        #expect(x.attributes == ["kind": .string("robot"), "actor_type": .string("alien"), "modality": .string("maybe"),
                                 "lat": .int(95), "lon": .int(10), "date": .string("2020-13-45")])
        #expect(x.nameAr == "س")
    }

    @Test func edgeIDsStayUniqueWhenTheFileRepeatsThem() {
        let edges = [
            DOTDocument.Edge(tail: "a", head: "b"),
            DOTDocument.Edge(tail: "a", head: "b", attributes: ["id": "e0"]),
            DOTDocument.Edge(tail: "a", head: "b", attributes: ["id": "e0"]),
            DOTDocument.Edge(tail: "a", head: "b", key: "k"),
            DOTDocument.Edge(tail: "a", head: "b"),
        ]
        #expect(DOTReader.edgeIDs(edges) == ["e0-2", "e0", "e0-3", "k", "e4"])
    }

    @Test func undirectedGraphsStayUndirected() async throws {
        let graph = try await DOTReader.read("graph { a -- b; b -- c [relation=allied_with] }", document: "u.dot")
        #expect(!graph.directed)
        #expect(graph.edges.map { "\($0.source)-\($0.target)" } == ["a-b", "b-c"])
        #expect(graph.edge("e1")?.relation == .alliedWith)
        let again = DOTWriter.write(graph)
        #expect(again.hasPrefix("graph \"eventgraph\" {"))
        #expect(again.contains("\"a\" -- \"b\""))
    }

    @Test func graphAttributesGraphvizDoesNotUseAreKept() async throws {
        let graph = try await DOTReader.read(#"digraph { corpus="news"; articles=5; rankdir=LR; label="T"; a }"#, document: "g.dot")
        #expect(graph.attributes == ["corpus": .string("news"), "articles": .int(5)])
    }

    // MARK: Malformed input

    @Test(arguments: [
        ("digraph { a -> }", "syntax error in line 1"),
        ("digraph {\n a [label=\"unterminated]\n}", "syntax error"),
        ("not dot at all", "syntax error"),
        ("", "no graph found"),
        ("digraph { a } digraph { b }", "2 graphs"),
    ])
    func malformedDOTIsOneClearLineNamingTheFile(text: String, expected: String) async throws {
        let error = await #expect(throws: GraphvizError.self) {
            _ = try await DOTReader.read(text, document: "broken.dot")
        }
        let message = try #require(error?.description)
        #expect(message.hasPrefix("broken.dot: "))
        #expect(message.contains(expected), "\(message)")
        #expect(!message.contains("\n"))
        // The next read works.
        let ok = try await DOTReader.read("digraph { a -> b }", document: "ok.dot")
        #expect(ok.nodes.count == 2)
    }
}
