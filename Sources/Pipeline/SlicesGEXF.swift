import Analytics
import Formats
import GraphModel
import Graphviz

/// The time dimension of a graph for GEXF, from its dates (see `SliceTimes`):
/// - an event exists over its date's interval (a day, or a whole month when only the month
///   is known);
/// - an entity exists from the first day of the first event, dated edge or supported
///   relation that touches it, with no end;
/// - an event's role edges exist while the event does; a dated contact edge over its date;
///   a standing relation from the day dated evidence supports it, with no end;
/// - anything without a date gets no interval, which Gephi reads as "always".
public enum SlicesGEXF {
    /// When each node and edge of `g` exists, by the rules above.
    public static func time(_ g: EventGraph) -> GEXFTime {
        let times = SliceTimes(g)
        var nodes: [String: GEXFTime.Interval] = [:]
        var edges: [String: GEXFTime.Interval] = [:]
        for n in g.nodes {
            if times.eventIDs.contains(n.id) {
                if let d = n.date { nodes[n.id] = .init(start: d.start, end: d.end) }
            } else if let first = times.entityFirstDay[n.id] {
                nodes[n.id] = .init(start: first, end: nil)
            }
        }
        for e in g.edges {
            switch times.edgeTiming[e.id] {
            case .eventRole?:
                let event = times.eventIDs.contains(e.source) ? e.source : e.target
                if let d = g.node(event)?.date { edges[e.id] = .init(start: d.start, end: d.end) }
            case .datedContact(let d)?:
                edges[e.id] = .init(start: d.start, end: d.end)
            case .standingRelation?:
                if let d = times.relationSupport[e.id] { edges[e.id] = .init(start: d, end: nil) }
            case nil:
                break
            }
        }
        return GEXFTime(nodes: nodes, edges: edges)
    }

    /// `time(g)` plus each measure's value per slice as a dynamic node attribute
    /// `slice_<measure>` over the slice's window.
    static func time(_ g: EventGraph, set: SliceSet, rows: [SliceMeasureRow]) -> GEXFTime {
        var t = time(g)
        let windows = Dictionary(uniqueKeysWithValues: set.slices.map { ($0.window.name, $0.window) })
        var byMeasure: [String: [String: [GEXFTime.DynamicValue]]] = [:]
        for r in rows {
            guard let w = windows[r.slice] else { continue }
            byMeasure["slice_" + r.measure, default: [:]][r.node, default: []]
                .append(.init(start: w.first, end: w.last, value: r.value))
        }
        t.dynamicNodeAttributes = byMeasure.keys.sorted().map { .init(title: $0, values: byMeasure[$0]!) }
        return t
    }

    /// Whether the graph has any date at all (else GEXF stays static).
    public static func hasTime(_ t: GEXFTime) -> Bool { !t.nodes.isEmpty || !t.edges.isEmpty || !t.dynamicNodeAttributes.isEmpty }

    static func viz(_ positions: [String: LayoutPoint], sizeBy: String?) -> GEXFViz {
        GEXFViz(positions: positions.mapValues { GEXFViz.Point(x: $0.x, y: $0.y) }, sizeBy: sizeBy)
    }
}
