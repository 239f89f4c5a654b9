import Foundation
import Testing
@testable import Formats
import GraphModel
import Graphviz

@Suite struct SmallMultiplesTests {
    static let positions: [String: LayoutPoint] = [
        "a": LayoutPoint(x: 0, y: 0), "b": LayoutPoint(x: 200, y: 50), "c": LayoutPoint(x: 100, y: 300),
    ]
    static var frame: SliceFrame { SliceFrame.around(positions) }

    static func drawing(_ name: String, _ ids: [String], planned: Set<String> = [], imprecise: Set<String> = []) throws -> SliceDrawing {
        let all = [Node(id: "a", kind: .actor, nameEn: "Alpha"), Node(id: "b", kind: .attack, date: .day(Day(iso: "2020-03-04")!)),
                   Node(id: "c", kind: .base, nameAr: "قاعدة")]
        let nodes = all.filter { ids.contains($0.id) }
        let edges = ids.contains("a") && ids.contains("b") ? [Edge(id: "e", source: "b", target: "a", relation: .attacker)] : []
        return SliceDrawing(name: name, title: "\(name) · range", subtitle: "\(nodes.count) nodes",
                            graph: try EventGraph(nodes: nodes, edges: edges), planned: planned, imprecise: imprecise)
    }

    @Test func sliceDOTPinsNodesMarksPlannedAndImpreciseAndFixesTheFrame() throws {
        let d = try Self.drawing("s1", ["a", "b"], planned: ["b"], imprecise: ["a"])
        let dot = SmallMultiples.sliceDOT(d, positions: Self.positions, frame: Self.frame, labels: .en)
        #expect(dot.contains(#""b" [style="filled,dashed", fillcolor="white", penwidth="1.6"];"#))
        #expect(dot.contains(#""a" [peripheries="2"];"#))
        #expect(dot.contains(#""__frame_ll" [shape="point", style="invis", width="0.01", label="", pos="-110,-40!"];"#))
        #expect(dot.contains(#""__frame_ur" [shape="point", style="invis", width="0.01", label="", pos="310,340!"];"#))
    }

    @Test func slicesWithDifferentNodesGetTheSamePictureAndCoordinates() async throws {
        let one = SmallMultiples.sliceDOT(try Self.drawing("s1", ["a", "b"]), positions: Self.positions, frame: Self.frame, labels: .en)
        let two = SmallMultiples.sliceDOT(try Self.drawing("s2", ["a", "c"]), positions: Self.positions, frame: Self.frame, labels: .en)
        let svg1 = String(decoding: try await GraphvizEngine.shared.render(dot: one, engine: .nop, format: .svg), as: UTF8.self)
        let svg2 = String(decoding: try await GraphvizEngine.shared.render(dot: two, engine: .nop, format: .svg), as: UTF8.self)
        func header(_ s: String) -> String { String(s.components(separatedBy: "<svg ")[1].prefix(60)) }
        func transform(_ s: String) -> String { s.components(separatedBy: "transform=\"")[1].components(separatedBy: "\"")[0] }
        #expect(header(svg1) == header(svg2))
        #expect(transform(svg1) == transform(svg2))
        // "a" is an ellipse centred on its pinned position (y flipped) in both.
        let centre = #"cx="0" cy="-0""#
        for svg in [svg1, svg2] {
            let a = svg.components(separatedBy: "<title>a</title>")[1].prefix(200)
            #expect(a.contains(centre) || a.contains(#"cx="0" cy="0""#), "\(a)")
        }
    }

    @Test func pageKeepsSlicesApartAndInOrder() throws {
        let drawings = [try Self.drawing("s1", ["a", "b"]), try Self.drawing("s2", ["a", "c"]), try Self.drawing("s3", ["c"])]
        let dot = SmallMultiples.pageDOT(drawings, positions: Self.positions, frame: Self.frame, labels: .en, title: "page")
        // Two columns (⌈√3⌉); the second slice is one frame width + 30 to the right.
        let width = Self.frame.width + 30
        #expect(dot.contains(#""s1/a" ["#) && dot.contains(#""s2/a" ["#) && dot.contains(#""s3/c" ["#))
        let s2a = dot.split(separator: "\n").first { $0.contains(#""s2/a" ["#) } ?? ""
        #expect(s2a.contains("pos=\"\(DOTText.number(width + 110, decimals: 4)),40!\""), "\(s2a)")
        // Nameless events are called by their kind, as in the slice diagrams, not by the prefixed id.
        let s1b = dot.split(separator: "\n").first { $0.contains(#""s1/b" ["#) } ?? ""
        #expect(s1b.contains(#"label="Attack\n2020-03-04""#), "\(s1b)")
        #expect(dot.contains(#""__panel_0" ["#) && dot.contains(#""__panel_2" ["#))
    }
}
