import Foundation
import Testing
import GraphModel
import Graphviz
@testable import Formats

@Suite struct DOTScratch {
    @Test func explore() async throws {
        var g = try DOTSamples.eventGraph()
        g.attributes["rankdir"] = nil
        let dot = DOTWriter.write(g, options: DOTOptions(labels: .ar, legend: true, title: "Test title", sizeBy: "pagerank", colorBy: "community"))
        let b2 = try await DOTReader.read(dot, document: "s.dot")
        print("SAMPLE EQUAL", b2 == g)
        for (a, b) in zip(g.nodes, b2.nodes) where a != b { print(a); print(b) }
        for (a, b) in zip(g.edges, b2.edges) where a != b { print(a); print(b) }
        print(g.attributes, b2.attributes)
    }
}
