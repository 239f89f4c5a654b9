import Foundation
import Testing
@testable import Graphviz

@Suite struct GraphvizEngineTests {
    @Test func rendersSVG() async throws {
        let data = try await GraphvizEngine.shared.render(dot: "digraph { a -> b }", engine: .dot, format: .svg)
        #expect(String(decoding: data.prefix(5), as: UTF8.self) == "<?xml")
    }
}
