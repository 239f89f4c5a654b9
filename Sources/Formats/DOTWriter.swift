import GraphModel
import Graphviz

/// Graph direction for the `dot` engine.
public enum RankDirection: String, CaseIterable, Sendable {
    case TB, LR, BT, RL
}

/// What the DOT writer draws and how.
public struct DOTOptions: Sendable {
    /// Which name labels show; the other language is the fallback (`Node.label`).
    public var labels: LabelLanguage
    /// Adds a legend cluster with one sample per node kind and relation present.
    public var legend: Bool
    /// The graph's title (drawn on top).
    public var title: String?
    /// A node attribute (e.g. `pagerank`) whose numeric value scales node size.
    public var sizeBy: String?
    /// A node attribute (e.g. `community`) whose value picks the fill colour.
    public var colorBy: String?
    /// Fixed node centres in points (as `GraphvizEngine.positions` returns them).
    /// Nodes are pinned (`pos="x,y!"`) and the graph is not translated, so with the `nop`
    /// engine every slice of a graph keeps the union graph's layout.
    public var pinned: [String: LayoutPoint]?
    /// Node ids drawn greyed out (with the edges touching them).
    public var greyed: Set<String>
    /// The layout engine the DOT is meant for: picks sensible defaults (see `DOTWriter`).
    public var engine: LayoutEngine
    /// Direction for `dot`; nil is left to right (events lead to their participants).
    public var rankdir: RankDirection?
    /// Graphviz `overlap`; nil chooses per engine.
    public var overlap: String?
    /// Graphviz `splines`; nil chooses per engine and size.
    public var splines: String?
    /// Writes each edge's relation as its label; nil writes them only for graphs of at most
    /// `DOTWriter.edgeLabelLimit` edges (in `dot` every label is an extra node to place).
    public var edgeLabels: Bool?
    public var theme: DOTTheme

    public init(labels: LabelLanguage = .en, legend: Bool = false, title: String? = nil,
                sizeBy: String? = nil, colorBy: String? = nil, pinned: [String: LayoutPoint]? = nil,
                greyed: Set<String> = [], engine: LayoutEngine = .dot, rankdir: RankDirection? = nil,
                overlap: String? = nil, splines: String? = nil, edgeLabels: Bool? = nil,
                theme: DOTTheme = .standard) {
        self.labels = labels; self.legend = legend; self.title = title
        self.sizeBy = sizeBy; self.colorBy = colorBy; self.pinned = pinned; self.greyed = greyed
        self.engine = engine; self.rankdir = rankdir; self.overlap = overlap; self.splines = splines
        self.edgeLabels = edgeLabels; self.theme = theme
    }
}

/// Encodes an `EventGraph` as DOT text styled by a `DOTTheme`.
///
/// Output is deterministic: nodes, then edges, in graph order (sorted by id); attributes
/// sorted by name; numbers in fixed-point text. Every id and value is a quoted string
/// escaped by `DOTText.quoted`, so any text (quotes, backslashes, line breaks, `<>&`,
/// Arabic, emoji) survives Graphviz's parser; no HTML-like labels are ever written.
///
/// Besides the drawing attributes the writer puts the model's fields on each node and edge
/// (`kind`, `name_ar`, `date`, `relation`, ...), plus every free attribute whose name
/// Graphviz does not use, so `DOTReader` restores the graph. Evidence is not written (use
/// JSON or GraphML for that).
public enum DOTWriter {
    /// Graph attribute that marks DOT made by this writer; the reader then knows that the
    /// Graphviz attributes are presentation it can drop.
    static let generatorAttribute = "generator"
    static let generatorValue = "eventgraph"
    /// The legend's subgraph (a cluster, so `dot` and `fdp` draw a box round it).
    static let legendCluster = "cluster_eventgraph_legend"

    /// Node fields the writer owns; free attributes of the same name are not written.
    static let nodeFields: Set<String> = [
        "kind", "actor_type", "name_ar", "name_en", "aliases", "date", "date_precision",
        "modality", "lat", "lon", "sources",
    ]
    static let edgeFields: Set<String> = ["relation", "date", "date_precision", "weight", "sources", "id"]

    /// Separator of list values (aliases, sources), as in GraphML.
    static let listSeparator = "|"

    /// Above this many edges the force-directed engines draw straight edges: routing splines
    /// around nodes grows much faster than the layout itself. neato on random graphs:
    /// 20 nodes and 39 edges, 0.54 s with `splines=true` and 0.13 s without; 60 and 119,
    /// 5.9 s and 0.22 s; sfdp on 300 and 599, over 300 s and 0.3 s.
    static let splineEdgeLimit = 50

    /// Above this many edges, relation labels are left off by default. `dot` turns every
    /// edge label into a node of its own: a random 100-node, 199-edge graph took 4.8 s with
    /// labels and 0.4 s without.
    static let edgeLabelLimit = 100

    /// Above these sizes `dot` gets bounded network-simplex and crossing-minimisation passes
    /// (`nslimit`, `nslimit1`, `mclimit`). On a random 300-node, 599-edge graph the
    /// unbounded passes took 220 s (529 s with edge labels); bounded, without labels, 3.4 s.
    static let largeGraphNodes = 150
    static let largeGraphEdges = 200

    /// The whole graph as one DOT document (`digraph` or `graph`, by `graph.directed`).
    public static func write(_ graph: EventGraph, options: DOTOptions = DOTOptions()) -> String {
        var out = ""
        let theme = options.theme
        let edgeOperator = graph.directed ? "->" : "--"
        out += (graph.directed ? "digraph " : "graph ") + DOTText.quoted(generatorValue) + " {\n"

        // Graph defaults.
        out += "\tgraph " + attributeList(graphAttributes(graph, options)) + ";\n"
        out += "\tnode " + attributeList([
            "fontname": theme.fontName, "fontsize": DOTText.number(theme.fontSize), "style": "filled",
        ]) + ";\n"
        out += "\tedge " + attributeList([
            "fontname": theme.fontName, "fontsize": DOTText.number(theme.edgeFontSize),
        ]) + ";\n"

        let sizes = nodeSizes(graph, attribute: options.sizeBy)
        let fills = nodeFills(graph, attribute: options.colorBy, theme: theme)
        for node in graph.nodes {
            var attributes = nodeAttributes(node, options: options)
            if let size = sizes[node.id] {
                attributes["width"] = DOTText.number(size)
                attributes["height"] = DOTText.number(size * 0.5)
            }
            if let fill = fills[node.id], !options.greyed.contains(node.id) { attributes["fillcolor"] = fill }
            if let point = options.pinned?[node.id] {
                // nop reads input positions in points (like `neato -n`); the other engines
                // read inches.
                let scale = options.engine == .nop ? 1.0 : 1.0 / 72.0
                attributes["pos"] = DOTText.number(point.x * scale, decimals: 4) + ","
                    + DOTText.number(point.y * scale, decimals: 4) + "!"
            }
            out += "\t" + DOTText.quoted(node.id) + " " + attributeList(attributes) + ";\n"
        }
        var edgeOptions = options
        edgeOptions.edgeLabels = options.edgeLabels ?? (graph.edges.count <= edgeLabelLimit)
        for edge in graph.edges {
            out += "\t" + DOTText.quoted(edge.source) + " " + edgeOperator + " " + DOTText.quoted(edge.target)
                + " " + attributeList(edgeAttributes(edge, graph: graph, options: edgeOptions)) + ";\n"
        }
        if options.engine == .dot {
            for (tail, head) in isolatedNodeRows(graph) {
                out += "\t" + DOTText.quoted(tail) + " " + edgeOperator + " " + DOTText.quoted(head) + " "
                    + attributeList(["style": "invis"]) + ";\n"
            }
        }
        if options.legend { out += legend(graph, options: options, edgeOperator: edgeOperator) }
        out += "}\n"
        return out
    }

    /// Invisible edges that set nodes without edges out in rows of about √n for `dot`.
    /// Left alone, `dot` puts every such node in the first rank: one column as tall as the
    /// number of lonely nodes (25 of 84 nodes in the sample corpus). `pack=true` would fix
    /// that too, but Graphviz 2.43 then drops every edge label. The reader skips these edges.
    static func isolatedNodeRows(_ graph: EventGraph) -> [(String, String)] {
        var touched = Set<String>()
        for edge in graph.edges { touched.insert(edge.source); touched.insert(edge.target) }
        let lonely = graph.nodes.map(\.id).filter { !touched.contains($0) }
        guard lonely.count > 3 else { return [] }
        var rowLength = 1
        while rowLength * rowLength < lonely.count { rowLength += 1 }
        var links: [(String, String)] = []
        for i in lonely.indices where (i + 1) % rowLength != 0 && i + 1 < lonely.count {
            links.append((lonely[i], lonely[i + 1]))
        }
        return links
    }

    // MARK: - Graph

    static func graphAttributes(_ graph: EventGraph, _ options: DOTOptions) -> [String: String] {
        var attributes: [String: String] = [:]
        // Graph-level data of the model (corpus, source format, ...) is kept when its name
        // means nothing to Graphviz; layout and style are the writer's business.
        for (name, value) in graph.attributes where !name.isEmpty && !DOTAttributeNames.graph.contains(name) {
            attributes[name] = value.description
        }
        attributes[generatorAttribute] = generatorValue
        attributes["charset"] = "UTF-8"
        attributes["fontname"] = options.theme.fontName
        attributes["outputorder"] = "edgesfirst"
        attributes["pad"] = "0.2"
        if let title = options.title, !title.isEmpty {
            attributes["label"] = labelText(title)
            attributes["labelloc"] = "t"
            attributes["fontsize"] = DOTText.number(options.theme.titleFontSize)
        }
        switch options.engine {
        case .dot:
            attributes["rankdir"] = (options.rankdir ?? .LR).rawValue
            attributes["nodesep"] = "0.3"
            attributes["ranksep"] = "0.6"
            if graph.nodes.count > largeGraphNodes || graph.edges.count > largeGraphEdges {
                attributes["nslimit"] = "1"
                attributes["nslimit1"] = "1"
                attributes["mclimit"] = "0.1"
            }
        case .neato, .fdp, .circo, .twopi:
            if options.pinned == nil { attributes["overlap"] = "prism" }
            if graph.edges.count <= splineEdgeLimit { attributes["splines"] = "true" }
        case .sfdp:
            // Never splines by default: the sfdp + splines trap above.
            if options.pinned == nil { attributes["overlap"] = "prism" }
        case .nop:
            break
        }
        if options.pinned != nil { attributes["notranslate"] = "true" }
        if let overlap = options.overlap { attributes["overlap"] = overlap }
        if let splines = options.splines { attributes["splines"] = splines }
        return attributes
    }

    // MARK: - Nodes

    static func nodeAttributes(_ node: Node, options: DOTOptions) -> [String: String] {
        var attributes: [String: String] = [:]
        // Free attributes first, so the fields and the drawing below win on a name clash.
        for (name, value) in node.attributes
        where !name.isEmpty && !DOTAttributeNames.node.contains(name) && !nodeFields.contains(name) {
            attributes[name] = value.description
        }
        if let kind = node.kind { attributes["kind"] = kind.rawValue }
        if let type = node.actorType { attributes["actor_type"] = type.rawValue }
        if let ar = node.nameAr { attributes["name_ar"] = ar }
        if let en = node.nameEn { attributes["name_en"] = en }
        if !node.aliases.isEmpty { attributes["aliases"] = node.aliases.joined(separator: listSeparator) }
        if let date = node.date {
            attributes["date"] = date.iso
            attributes["date_precision"] = date.precision.rawValue
        }
        if let modality = node.modality { attributes["modality"] = modality.rawValue }
        if let c = node.coordinates {
            attributes["lat"] = AttributeValue.format(c.lat)
            attributes["lon"] = AttributeValue.format(c.lon)
        }
        if !node.sources.isEmpty { attributes["sources"] = node.sources.joined(separator: listSeparator) }

        let theme = options.theme
        var style = theme.style(for: node)
        if options.greyed.contains(node.id) {
            let grey = theme.greyedNode
            style.fillColor = grey.fillColor; style.borderColor = grey.borderColor; style.fontColor = grey.fontColor
        }
        attributes["shape"] = style.shape
        attributes["style"] = style.style
        attributes["fillcolor"] = style.fillColor
        attributes["color"] = style.borderColor
        attributes["fontcolor"] = style.fontColor
        attributes["label"] = labelText(displayLabel(node, options: options))
        return attributes
    }

    /// The node's name in the chosen language; events add a line with their date and, when
    /// not completed, their modality ("2020-03-19 · planned"). A nameless event is called by
    /// its kind ("Attack"), which reads better than its id.
    static func displayLabel(_ node: Node, options: DOTOptions) -> String {
        var label = node.label(options.labels)
        if node.nameEn == nil, node.nameAr == nil, let kind = node.kind,
           let word = options.theme.eventName(kind, language: options.labels) {
            label = word
        }
        if label.isEmpty { label = node.id }
        guard node.kind?.isEvent == true else { return label }
        var line: [String] = []
        if let date = node.date { line.append(date.iso) }
        if let modality = node.modality, let word = options.theme.modalityName(modality, language: options.labels) {
            line.append(word)
        }
        return line.isEmpty ? label : label + "\n" + line.joined(separator: " · ")
    }

    /// Label text as Graphviz should receive it: right-to-left lines isolated, `&` as an
    /// entity (Graphviz decodes entities in labels). `quoted` does the DOT escaping.
    static func labelText(_ text: String) -> String {
        DOTText.labelEntities(DOTText.isolatingRightToLeftLines(text))
    }

    /// Width in inches per node from a numeric attribute, linear between `minWidth` and
    /// `maxWidth` over the attribute's range; nodes without a value get `minWidth`, and a
    /// constant attribute gives every node the middle width. O(n).
    static func nodeSizes(_ graph: EventGraph, attribute: String?,
                          minWidth: Double = 0.75, maxWidth: Double = 2.5) -> [String: Double] {
        guard let attribute else { return [:] }
        let values = graph.nodes.compactMap { n in n.attributes[attribute]?.doubleValue.map { (n.id, $0) } }
            .filter { $0.1.isFinite }
        guard let low = values.map(\.1).min(), let high = values.map(\.1).max() else { return [:] }
        var sizes: [String: Double] = [:]
        for node in graph.nodes { sizes[node.id] = minWidth }
        for (id, v) in values {
            sizes[id] = high > low ? minWidth + (v - low) / (high - low) * (maxWidth - minWidth) : (minWidth + maxWidth) / 2
        }
        return sizes
    }

    /// Fill colour per node from an attribute: whole numbers and text are categories
    /// (distinct values in sorted order take the palette in turn, cycling); fractional
    /// numbers are placed on the theme's ramp between their minimum and maximum.
    static func nodeFills(_ graph: EventGraph, attribute: String?, theme: DOTTheme) -> [String: String] {
        guard let attribute, !theme.categoricalPalette.isEmpty else { return [:] }
        let present = graph.nodes.compactMap { n in n.attributes[attribute].map { (n.id, $0) } }
        guard !present.isEmpty else { return [:] }
        let numbers = present.compactMap { pair -> Double? in
            if case .string = pair.1 { return nil }
            return pair.1.doubleValue
        }
        let fractional = numbers.count == present.count && numbers.contains { $0 != $0.rounded() && $0.isFinite }
        var fills: [String: String] = [:]
        if fractional {
            let finite = numbers.filter(\.isFinite)
            let low = finite.min() ?? 0, high = finite.max() ?? 0
            for (id, value) in present {
                let v = value.doubleValue ?? low
                let t = high > low && v.isFinite ? (v - low) / (high - low) : 0.5
                fills[id] = RGB.mix(theme.sequentialLow, theme.sequentialHigh, t).hex
            }
        } else {
            // Sort numerically when every value is a number (community 2 before 10).
            let keys: [String]
            if numbers.count == present.count {
                keys = Array(Set(numbers)).sorted().map { AttributeValue.format($0) }
            } else {
                keys = Array(Set(present.map { $0.1.description })).sorted()
            }
            var colourOf: [String: String] = [:]
            for (i, key) in keys.enumerated() { colourOf[key] = theme.categoricalPalette[i % theme.categoricalPalette.count] }
            for (id, value) in present {
                let key = numbers.count == present.count ? AttributeValue.format(value.doubleValue ?? 0) : value.description
                fills[id] = colourOf[key]
            }
        }
        return fills
    }

    // MARK: - Edges

    static func edgeAttributes(_ edge: Edge, graph: EventGraph, options: DOTOptions) -> [String: String] {
        var attributes: [String: String] = [:]
        for (name, value) in edge.attributes
        where !name.isEmpty && !DOTAttributeNames.edge.contains(name) && !edgeFields.contains(name) {
            attributes[name] = value.description
        }
        // `id` also names the edge's element in SVG output.
        attributes["id"] = edge.id
        if edge.relation != .unspecified { attributes["relation"] = edge.relation.rawValue }
        if let date = edge.date {
            attributes["date"] = date.iso
            attributes["date_precision"] = date.precision.rawValue
        }
        // Our weight doubles as Graphviz's (heavier edges drawn shorter), except that twopi
        // refuses weight 0 ("creates disconnected component").
        if edge.weight != 1 && !(options.engine == .twopi && edge.weight <= 0) {
            attributes["weight"] = AttributeValue.format(edge.weight)
        }
        if !edge.sources.isEmpty { attributes["sources"] = edge.sources.joined(separator: listSeparator) }

        let style = options.theme.style(for: edge.relation)
        let greyed = options.greyed.contains(edge.source) || options.greyed.contains(edge.target)
        let color = greyed ? options.theme.greyedEdgeColor : style.color
        attributes["color"] = color
        attributes["style"] = style.style
        if style.undirected && graph.directed { attributes["dir"] = "none" }
        if options.edgeLabels ?? true && edge.relation != .unspecified {
            attributes["label"] = labelText(edge.relation.rawValue)
            attributes["fontcolor"] = color
        }
        return attributes
    }

    // MARK: - Syntax

    /// `[a="1", b="2"]` with names sorted; names that are not plain DOT identifiers quoted.
    static func attributeList(_ attributes: [String: String]) -> String {
        "[" + attributes.keys.sorted().map { name in
            attributeName(name) + "=" + DOTText.quoted(attributes[name]!)
        }.joined(separator: ", ") + "]"
    }

    static func attributeName(_ name: String) -> String {
        let isPlain = !name.isEmpty && name.unicodeScalars.allSatisfy { s in
            (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "_"
        } && !(name.first!.isNumber)
        // The DOT keywords are case-insensitive and cannot be bare attribute names.
        let keyword = ["node", "edge", "graph", "digraph", "subgraph", "strict"].contains(name.lowercased())
        return isPlain && !keyword ? name : DOTText.quoted(name)
    }
}
