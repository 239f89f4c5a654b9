import Foundation
import GraphModel

/// The time dimension of a GEXF file: when each node and edge exists, and per-interval
/// values of dynamic node attributes (one value per time slice).
///
/// The writer does not decide any of this; the caller derives it from the graph's dates
/// (see `Analytics.SliceTimes`) and passes it in.
public struct GEXFTime: Sendable, Equatable {
    /// A closed interval of days; an open end is nil ("from the start on", "until the end").
    public struct Interval: Hashable, Sendable {
        public var start: Day?
        public var end: Day?
        public init(start: Day?, end: Day?) { self.start = start; self.end = end }
    }
    /// One value of a dynamic attribute over the closed interval `start...end`.
    public struct DynamicValue: Hashable, Sendable {
        public var start: Day
        public var end: Day
        public var value: Double
        public init(start: Day, end: Day, value: Double) { self.start = start; self.end = end; self.value = value }
    }
    /// A node attribute whose value changes over time, e.g. a measure per slice.
    public struct DynamicAttribute: Hashable, Sendable {
        /// Attribute title as Gephi shows it; also its id.
        public var title: String
        /// Node id → values, each over its own interval.
        public var values: [String: [DynamicValue]]
        public init(title: String, values: [String: [DynamicValue]]) { self.title = title; self.values = values }
    }

    public var nodes: [String: Interval]
    public var edges: [String: Interval]
    public var dynamicNodeAttributes: [DynamicAttribute]

    public init(nodes: [String: Interval] = [:], edges: [String: Interval] = [:], dynamicNodeAttributes: [DynamicAttribute] = []) {
        self.nodes = nodes; self.edges = edges; self.dynamicNodeAttributes = dynamicNodeAttributes
    }
}

/// Positions, colours and sizes for Gephi's viz extension.
public struct GEXFViz: Sendable, Equatable {
    /// A node position in points.
    public struct Point: Hashable, Sendable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) { self.x = x; self.y = y }
    }
    /// Node id → position (points, y up, as Graphviz gives them).
    public var positions: [String: Point]
    /// A numeric node attribute that scales node sizes (e.g. `pagerank`); nil = one size.
    public var sizeBy: String?
    public init(positions: [String: Point] = [:], sizeBy: String? = nil) {
        self.positions = positions; self.sizeBy = sizeBy
    }
}

/// What a GEXF file carries besides the graph.
public struct GEXFOptions: Sendable, Equatable {
    public var time: GEXFTime?
    /// Written in Gephi's namespace `http://gexf.net/1.3/viz`, which Gephi and networkx
    /// read but the official GEXF 1.3 schema rejects; hence off by default.
    public var viz: GEXFViz?
    public var labels: LabelLanguage
    public init(time: GEXFTime? = nil, viz: GEXFViz? = nil, labels: LabelLanguage = .en) {
        self.time = time; self.viz = viz; self.labels = labels
    }
}

/// Writes GEXF 1.3 (http://gexf.net/1.3): the format Gephi's timeline plays.
///
/// - `mode="dynamic" timeformat="date"` when `options.time` is given: nodes and edges get
///   `start`/`end` (inclusive days), dynamic attributes get `<attvalue for start end>`.
/// - every edge keeps its id, and `kind` = its relation so that Gephi does not merge
///   parallel edges of different relations;
/// - static attributes in a fixed order: our fields, then free attributes sorted by name;
/// - text is XML-escaped and stripped of characters XML 1.0 forbids.
///
/// Output is a pure function of the input: same graph and options, same bytes.
public enum GEXFWriter {
    public static let namespace = "http://gexf.net/1.3"
    public static let vizNamespace = "http://gexf.net/1.3/viz"

    /// The graph as a GEXF 1.3 document (UTF-8).
    ///
    /// `memo` keeps each element's sources and evidence `attvalue` lines for further writes
    /// of graphs sharing the elements (see `ElementTextMemo`); the text is the same without it.
    public static func write(_ g: EventGraph, options: GEXFOptions = GEXFOptions(), memo: ElementTextMemo? = nil) -> Data {
        var x = GEXFXMLText()
        x.line(0, #"<?xml version="1.0" encoding="UTF-8"?>"#)
        let vizNS = options.viz == nil ? "" : #" xmlns:viz="\#(vizNamespace)""#
        x.line(0, #"<gexf xmlns="\#(namespace)"\#(vizNS) version="1.3">"#)
        x.line(1, "<meta>")
        x.line(2, "<creator>eventgraph</creator>")
        if case .string(let title)? = g.attributes["title"] {
            x.line(2, "<description>\(XMLText.content(title))</description>")
        }
        x.line(1, "</meta>")

        var graphAttrs = [("defaultedgetype", g.directed ? "directed" : "undirected")]
        if let time = options.time {
            graphAttrs += [("mode", "dynamic"), ("timeformat", "date"), ("timerepresentation", "interval")]
            let days = (time.nodes.values.flatMap { [$0.start, $0.end] } + time.edges.values.flatMap { [$0.start, $0.end] }).compactMap { $0 }
                + time.dynamicNodeAttributes.flatMap { $0.values.values.flatMap { $0.flatMap { [$0.start, $0.end] } } }
            if let lo = days.min(), let hi = days.max() { graphAttrs += [("start", lo.iso), ("end", hi.iso)] }
        } else {
            graphAttrs.append(("mode", "static"))
        }
        x.line(1, "<graph \(GEXFXMLText.attributes(graphAttrs))>")

        let nodeColumns = Column.nodeColumns(g)
        let edgeColumns = Column.edgeColumns(g)
        let dynamic = (options.time?.dynamicNodeAttributes ?? []).sorted { $0.title < $1.title }
        declare(&x, "node", "static", nodeColumns.map { ($0.name, $0.type) })
        if !dynamic.isEmpty { declare(&x, "node", "dynamic", dynamic.map { ($0.title, "double") }) }
        declare(&x, "edge", "static", edgeColumns.map { ($0.name, $0.type) })

        let sizes = options.viz.map { sizeScale(g, by: $0.sizeBy) } ?? [:]
        x.line(2, "<nodes count=\"\(g.nodes.count)\">")
        for n in g.nodes {
            var attrs = [("id", n.id), ("label", flatLabel(n.label(options.labels)))]
            if let iv = options.time?.nodes[n.id] { attrs += interval(iv) }
            x.line(3, "<node \(GEXFXMLText.attributes(attrs))>")
            var values: [String] = []
            for c in nodeColumns {
                if let memo, let slot = c.nodeSlot {
                    // Present exactly when the list is not empty (`Column.joined`, `evidence`).
                    let present = slot.isSources ? !n.sources.isEmpty : !n.evidence.isEmpty
                    if present {
                        values.append(memo.text(slot, n.id, sources: n.sources, evidence: n.evidence) { attvalue(c.name, c.nodeValue(n)!) })
                    }
                } else if let v = c.nodeValue(n) {
                    values.append(attvalue(c.name, v))
                }
            }
            for d in dynamic {
                for v in (d.values[n.id] ?? []).sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
                    values.append(attvalue(d.title, AttributeValue.format(v.value), start: v.start, end: v.end))
                }
            }
            if !values.isEmpty {
                x.line(4, "<attvalues>")
                for v in values { x.line(5, v) }
                x.line(4, "</attvalues>")
            }
            if let viz = options.viz {
                let c = color(n.kind)
                x.line(4, "<viz:color r=\"\(c.r)\" g=\"\(c.g)\" b=\"\(c.b)\"/>")
                if let p = viz.positions[n.id] {
                    x.line(4, "<viz:position x=\"\(AttributeValue.format(p.x))\" y=\"\(AttributeValue.format(p.y))\" z=\"0\"/>")
                }
                x.line(4, "<viz:size value=\"\(AttributeValue.format(sizes[n.id] ?? 10))\"/>")
            }
            x.line(3, "</node>")
        }
        x.line(2, "</nodes>")

        x.line(2, "<edges count=\"\(g.edges.count)\">")
        for e in g.edges {
            var attrs = [("id", e.id), ("source", e.source), ("target", e.target)]
            if !e.relation.rawValue.isEmpty { attrs += [("kind", e.relation.rawValue), ("label", e.relation.rawValue)] }
            attrs.append(("weight", AttributeValue.format(e.weight.isFinite ? e.weight : 1)))
            if let iv = options.time?.edges[e.id] { attrs += interval(iv) }
            let values = edgeColumns.compactMap { c -> String? in
                if let memo, let slot = c.edgeSlot {
                    let present = slot.isSources ? !e.sources.isEmpty : !e.evidence.isEmpty
                    guard present else { return nil }
                    return memo.text(slot, e.id, sources: e.sources, evidence: e.evidence) { attvalue(c.name, c.edgeValue(e)!) }
                }
                return c.edgeValue(e).map { attvalue(c.name, $0) }
            }
            if values.isEmpty {
                x.line(3, "<edge \(GEXFXMLText.attributes(attrs))/>")
            } else {
                x.line(3, "<edge \(GEXFXMLText.attributes(attrs))>")
                x.line(4, "<attvalues>")
                for v in values { x.line(5, v) }
                x.line(4, "</attvalues>")
                x.line(3, "</edge>")
            }
        }
        x.line(2, "</edges>")
        x.line(1, "</graph>")
        x.line(0, "</gexf>")
        return Data(x.text.utf8)
    }

    // MARK: - Pieces

    private static func declare(_ x: inout GEXFXMLText, _ cls: String, _ mode: String, _ columns: [(String, String)]) {
        guard !columns.isEmpty else { return }
        x.line(2, "<attributes class=\"\(cls)\" mode=\"\(mode)\">")
        for (name, type) in columns {
            x.line(3, "<attribute \(GEXFXMLText.attributes([("id", name), ("title", name), ("type", type)]))/>")
        }
        x.line(2, "</attributes>")
    }

    private static func attvalue(_ key: String, _ value: String, start: Day? = nil, end: Day? = nil) -> String {
        var attrs = [("for", key), ("value", value)]
        if let start { attrs.append(("start", start.iso)) }
        if let end { attrs.append(("end", end.iso)) }
        return "<attvalue \(GEXFXMLText.attributes(attrs))/>"
    }

    private static func interval(_ iv: GEXFTime.Interval) -> [(String, String)] {
        [("start", iv.start?.iso), ("end", iv.end?.iso)].compactMap { k, v in v.map { (k, $0) } }
    }

    /// GEXF labels are single-line tokens.
    private static func flatLabel(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " / ")
    }

    /// Gephi node colours by kind; attacks and withdrawals in the red and orange of the
    /// timeline's markers (`TimelineWriter.kindColor`).
    static func color(_ kind: NodeKind?) -> (r: Int, g: Int, b: Int) {
        switch kind {
        case .actor?: return (70, 130, 180)
        case .base?: return (46, 139, 87)
        case .place?: return (150, 150, 150)
        case .attack?: return (214, 39, 40)
        case .withdrawal?: return (255, 127, 14)
        case nil: return (120, 120, 120)
        }
    }

    /// Sizes 10…50 by a numeric attribute, linear between its min and max; 10 when absent.
    static func sizeScale(_ g: EventGraph, by name: String?) -> [String: Double] {
        guard let name else { return [:] }
        let values = g.nodes.compactMap { n in n.attributes[name]?.doubleValue.flatMap { $0.isFinite ? (n.id, $0) : nil } }
        guard let lo = values.map(\.1).min(), let hi = values.map(\.1).max() else { return [:] }
        var out: [String: Double] = [:]
        for (id, v) in values { out[id] = hi > lo ? 10 + 40 * (v - lo) / (hi - lo) : 10 }
        return out
    }

    // MARK: - Columns

    /// One static attribute column: its name, GEXF type, and how to read it off an element.
    struct Column {
        let name: String
        let type: String
        let nodeValue: (Node) -> String?
        let edgeValue: (Edge) -> String?
        /// The memo slot of a fixed list column (sources, evidence), nil for the others.
        var nodeSlot: ElementTextMemo.Slot? = nil
        var edgeSlot: ElementTextMemo.Slot? = nil

        init(_ name: String, _ type: String, node: @escaping (Node) -> String? = { _ in nil }, edge: @escaping (Edge) -> String? = { _ in nil },
             nodeSlot: ElementTextMemo.Slot? = nil, edgeSlot: ElementTextMemo.Slot? = nil) {
            self.name = name; self.type = type; self.nodeValue = node; self.edgeValue = edge
            self.nodeSlot = nodeSlot; self.edgeSlot = edgeSlot
        }

        /// Lists and evidence in the same text forms as GraphML and CSV (`GraphFields`).
        static func joined(_ xs: [String]) -> String? { xs.isEmpty ? nil : GraphFields.joinList(xs) }
        static func evidence(_ xs: [Evidence]) -> String? { xs.isEmpty ? nil : GraphFields.formatEvidence(xs.sorted()) }

        static func nodeColumns(_ g: EventGraph) -> [Column] {
            let fixed: [Column] = [
                Column("kind", "string", node: { $0.kind?.rawValue }),
                Column("actor_type", "string", node: { $0.actorType?.rawValue }),
                Column("name_ar", "string", node: { $0.nameAr }),
                Column("name_en", "string", node: { $0.nameEn }),
                Column("aliases", "string", node: { joined($0.aliases) }),
                Column("date", "string", node: { $0.date?.iso }),
                Column("date_precision", "string", node: { $0.date?.precision.rawValue }),
                Column("date_rule", "string", node: { $0.date?.trace?.rule }),
                Column("date_anchor", "string", node: { $0.date?.trace?.anchor }),
                Column("modality", "string", node: { $0.modality?.rawValue }),
                Column("lat", "double", node: { $0.coordinates.map { AttributeValue.format($0.lat) } }),
                Column("lon", "double", node: { $0.coordinates.map { AttributeValue.format($0.lon) } }),
                Column("sources", "string", node: { joined($0.sources) }, nodeSlot: .gexfNodeSources),
                Column("evidence", "string", node: { evidence($0.evidence) }, nodeSlot: .gexfNodeEvidence),
            ]
            let reserved = Set(fixed.map(\.name) + ["label", "id"])
            let free = g.nodeAttributeNames.filter { !reserved.contains($0) }.map { name in
                Column(name, type(of: g.nodes.compactMap { $0.attributes[name] }), node: { $0.attributes[name].map(text) })
            }
            return (fixed + free).filter { c in g.nodes.contains { c.nodeValue($0) != nil } }
        }

        static func edgeColumns(_ g: EventGraph) -> [Column] {
            let fixed: [Column] = [
                Column("relation", "string", edge: { $0.relation.rawValue.isEmpty ? nil : $0.relation.rawValue }),
                Column("date", "string", edge: { $0.date?.iso }),
                Column("date_precision", "string", edge: { $0.date?.precision.rawValue }),
                Column("sources", "string", edge: { joined($0.sources) }, edgeSlot: .gexfEdgeSources),
                Column("evidence", "string", edge: { evidence($0.evidence) }, edgeSlot: .gexfEdgeEvidence),
            ]
            let reserved = Set(fixed.map(\.name) + ["label", "id", "weight", "kind"])
            let free = g.edgeAttributeNames.filter { !reserved.contains($0) }.map { name in
                Column(name, type(of: g.edges.compactMap { $0.attributes[name] }), edge: { $0.attributes[name].map(text) })
            }
            return (fixed + free).filter { c in g.edges.contains { c.edgeValue($0) != nil } }
        }

        /// The narrowest GEXF type holding every value of a column.
        static func type(of values: [AttributeValue]) -> String {
            var ints = true, numbers = true, bools = true
            for v in values {
                switch v {
                case .int: bools = false
                case .double: ints = false; bools = false
                case .bool: ints = false; numbers = false
                case .string: ints = false; numbers = false; bools = false
                }
            }
            if values.isEmpty { return "string" }
            if bools { return "boolean" }
            if ints { return "long" }
            if numbers { return "double" }
            return "string"
        }

        static func text(_ v: AttributeValue) -> String {
            if case .double(let d) = v, !d.isFinite { return d.isNaN ? "NaN" : (d < 0 ? "-Infinity" : "Infinity") }
            return v.description
        }
    }
}

/// Indented XML lines for the GEXF writer; escaping is `XMLText`'s.
struct GEXFXMLText {
    private(set) var text = ""

    mutating func line(_ depth: Int, _ s: String) {
        text += String(repeating: "  ", count: depth) + s + "\n"
    }

    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0)=\"\(XMLText.attribute($0.1))\"" }.joined(separator: " ")
    }
}
