import Foundation
import Testing
import TestSupport
import Analytics
import Formats
import GraphModel
@testable import Pipeline

/// The streaming readers of `eventgraph analyze` must give exactly what the model readers give.
@Suite struct AnalyzeFastLoadTests {
    static func viaModel(_ data: Data, _ name: String, weights: [String]) throws -> EdgeList {
        try EdgeList(graph: try GraphMLReader.read(data, document: name), weightAttributes: weights)
    }

    /// Same nodes in the same order and the same edges. Edge order may differ (the model sorts
    /// edges by id, the scan keeps file order); no measure depends on it, since the index sorts
    /// every row by neighbour.
    static func same(_ a: EdgeList, _ b: EdgeList) -> Bool {
        func triples(_ e: EdgeList) -> [String] {
            (0 ..< e.edgeCount).map { "\(e.sources[$0]) \(e.targets[$0]) \(e.weights["weight"]?[$0] ?? 1)" }.sorted()
        }
        return a.ids == b.ids && a.directed == b.directed && triples(a) == triples(b)
    }

    @Test(arguments: ["Tests/Fixtures/hostile-networkx.graphml", "Tests/FormatsTests/Golden/sample.graphml"])
    func graphMLMatchesTheModelReader(_ relative: String) throws {
        let data = try Data(contentsOf: TestPaths.packageRoot.appendingPathComponent(relative))
        let fast = try #require(try AnalyzeFastLoad.readGraphML(path: relative, bytes: data, weightAttributes: ["weight"]))
        #expect(Self.same(fast.edges, try Self.viaModel(data, relative, weights: ["weight"])))
    }

    @Test func networkxMultigraphWithDefaultsAndEntities() throws {
        let text = """
        <?xml version='1.0' encoding='utf-8'?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="w" for="edge" attr.name="weight" attr.type="double"><default>2.5</default></key>
          <key id="n" for="node" attr.name="name_en" attr.type="string"/>
          <graph edgedefault="undirected">
            <node id="a&amp;b"><data key="n">A &lt;and&gt; B</data></node>
            <node id="c"/>
            <edge source="a&amp;b" target="c"/>
            <edge source="a&amp;b" target="c"><data key="w">4</data></edge>
            <edge source="c" target="d"><data key="w"><![CDATA[1]]></data></edge>
          </graph>
        </graphml>
        """
        let data = Data(text.utf8)
        let fast = try #require(try AnalyzeFastLoad.readGraphML(path: "t.graphml", bytes: data, weightAttributes: ["weight"]))
        #expect(fast.edges.ids == ["a&b", "c", "d"] && !fast.edges.directed)
        #expect(fast.edges.weights["weight"] == [2.5, 4, 1])
        #expect(fast.nameEn[0] == "A <and> B")
        #expect(Self.same(fast.edges, try Self.viaModel(data, "t.graphml", weights: ["weight"])))
    }

    @Test func oddOrBrokenGraphMLIsLeftToTheModelReader() throws {
        let truncated = Data("<graphml><graph edgedefault=\"directed\"><node id=\"a\"/>".utf8)
        #expect(try AnalyzeFastLoad.readGraphML(path: "t.graphml", bytes: truncated, weightAttributes: []) == nil)
        let nested = Data("<graphml><graph><node id=\"a\"><graph id=\"g2\"/></node></graph></graphml>".utf8)
        #expect(try AnalyzeFastLoad.readGraphML(path: "t.graphml", bytes: nested, weightAttributes: []) == nil)
    }

    @Test func nonNumericWeightIsOneLine() throws {
        let text = "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph edgedefault=\"directed\"><edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge></graph></graphml>"
        #expect(throws: PipelineError.self) { try AnalyzeFastLoad.readGraphML(path: "t.graphml", bytes: Data(text.utf8), weightAttributes: ["weight"]) }
    }

    @Test func csvEdgeList() throws {
        let text = "Source,Target,Type,weight\n\"b, the second\",a,Undirected,2\r\na,c,Undirected,\n"
        let loaded = try AnalyzeFastLoad.readEdgeList(path: "e.csv", bytes: Data(text.utf8), weightAttributes: ["weight"], csv: true)
        #expect(loaded.edges.ids == ["a", "b, the second", "c"])
        #expect(!loaded.edges.directed)
        #expect(loaded.edges.sources == [1, 0] && loaded.edges.targets == [0, 2])
        #expect(loaded.edges.weights["weight"] == [2, 1])
        #expect(throws: PipelineError.self) {
            try AnalyzeFastLoad.readEdgeList(path: "e.csv", bytes: Data("source,target,weight\na,b,x\n".utf8), weightAttributes: ["weight"], csv: true)
        }
        #expect(throws: PipelineError.self) {
            try AnalyzeFastLoad.readEdgeList(path: "e.csv", bytes: Data("from,to\na,b\n".utf8), weightAttributes: [], csv: true)
        }
    }

    @Test func whitespaceEdgeList() throws {
        let text = "# comment\n10 2\n2\t10 3.5\n\n% another\n7 7\n"
        let loaded = try AnalyzeFastLoad.readEdgeList(path: "e.txt", bytes: Data(text.utf8), weightAttributes: ["weight"], csv: false)
        #expect(loaded.edges.ids == ["10", "2", "7"] && loaded.edges.directed)
        #expect(loaded.edges.sources == [0, 1, 2] && loaded.edges.targets == [1, 0, 2])
        #expect(loaded.edges.weights["weight"] == [1, 3.5, 1])
    }

    @Test func csvReportHasOneColumnPerMeasure() async throws {
        let folder = try TestPaths.temporaryFolder("analyze")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("g.txt").path
        try Data("a b\nb c\n".utf8).write(to: URL(fileURLWithPath: path))
        var request = AnalyzeRequest(input: path, measures: [.betweenness, .in_degree])
        request.format = .csv
        let csv = String(decoding: try await AnalyzeJob.run(request), as: UTF8.self)
        #expect(csv == "id,betweenness,in_degree\na,0,0\nb,0.5,0.5\nc,0,0.5\n")
    }
}
