import Analytics
import Foundation
import Formats
import GraphModel
import Graphviz

/// The drawing side of `slices`: the union graph, its one layout, each slice's picture.
enum SlicesDiagrams {
    /// The nodes and edges that appear in at least one slice, as in the whole graph
    /// (without the per-slice marks).
    static func union(_ set: SliceSet, of graph: EventGraph) -> EventGraph {
        var nodes = Set<String>(), edges = Set<String>()
        for s in set.slices {
            nodes.formUnion(s.graph.nodes.map(\.id))
            edges.formUnion(s.graph.edges.map(\.id))
        }
        var u = graph.subgraph(nodeIDs: nodes) { edges.contains($0.id) }
        u.attributes = [:]
        return u
    }

    /// Node centres of the union graph, in points, from one layout run.
    static func layout(_ union: EventGraph, engine: LayoutEngine, labels: LabelLanguage) async throws -> [String: LayoutPoint] {
        guard !union.nodes.isEmpty else { return [:] }
        let dot = DOTWriter.write(union, options: DOTOptions(labels: labels, engine: engine))
        let all = try await GraphvizEngine.shared.positions(dot: dot, engine: engine)
        return all.filter { union.contains(node: $0.key) }
    }

    /// What one slice's diagram shows: with `grey`, the whole union graph with the nodes
    /// (and the edges touching them) that are not in the slice greyed; with `omit`, the
    /// slice alone.
    static func drawing(_ s: GraphSlice, union: EventGraph, absent: AbsentNodes, mode: SliceMode) -> SliceDrawing {
        let w = s.window
        let title = mode == .cumulative ? "\(w.name) · up to \(w.last.iso)" : "\(w.name) · \(w.rangeText)"
        var notes = ["\(s.eventIDs.count) event\(s.eventIDs.count == 1 ? "" : "s")"]
        if !s.plannedEventIDs.isEmpty { notes.append("\(s.plannedEventIDs.count) planned (dashed)") }
        if !s.impreciseEventIDs.isEmpty { notes.append("\(s.impreciseEventIDs.count) with a coarser date (double border)") }
        let subtitle = notes.joined(separator: " · ")
        switch absent {
        case .omit:
            return SliceDrawing(name: w.name, title: title, subtitle: subtitle, graph: s.graph,
                                planned: Set(s.plannedEventIDs), imprecise: Set(s.impreciseEventIDs))
        case .grey:
            let present = Set(s.graph.nodes.map(\.id))
            let presentEdges = Set(s.graph.edges.map(\.id))
            let all = Set(union.nodes.map(\.id))
            let greyed = all.subtracting(present)
            let drawn = union.subgraph(nodeIDs: all) { e in
                presentEdges.contains(e.id) || greyed.contains(e.source) || greyed.contains(e.target)
            }
            return SliceDrawing(name: w.name, title: title, subtitle: subtitle, graph: drawn, greyed: greyed,
                                planned: Set(s.plannedEventIDs), imprecise: Set(s.impreciseEventIDs))
        }
    }

    /// Renders a pinned DOT (engine `nop`) to each requested drawing format; `base.dot`
    /// is the pinned DOT itself, which `neato -n2` redraws identically.
    static func render(dot: String, base: String, formats: [SliceOutputFormat], alwaysSVG: Bool = false) async throws -> [(name: String, data: Data)] {
        var out: [(name: String, data: Data)] = []
        var wanted: [RenderFormat] = []
        if formats.contains(.svg) || alwaysSVG { wanted.append(.svg) }
        if formats.contains(.png) { wanted.append(.png) }
        if formats.contains(.pdf) { wanted.append(.pdf) }
        for f in wanted {
            do {
                out.append(("\(base).\(f.rawValue)", try await GraphvizEngine.shared.render(dot: dot, engine: .nop, format: f)))
            } catch let e as GraphvizError {
                throw e.in(document: "\(base).\(f.rawValue)")
            }
        }
        if formats.contains(.dot) { out.append(("\(base).dot", Data(dot.utf8))) }
        return out
    }
}
