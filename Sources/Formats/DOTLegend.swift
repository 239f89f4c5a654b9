import GraphModel
import Graphviz

extension DOTWriter {
    /// One legend entry for a node style.
    struct NodeSample {
        let name: String
        let style: DOTTheme.NodeStyle
    }

    /// One legend entry for an edge style.
    struct EdgeSample {
        let name: String
        let style: DOTTheme.EdgeStyle
    }

    /// The legend: a cluster holding one sample per node style and one per relation in use,
    /// in the theme's order. `dot` and `fdp` lay clusters out, so there the samples are real
    /// nodes and edges; the other engines ignore clusters and would scatter the samples, so
    /// there the legend is a single node whose label is a table. The legend's text is the
    /// theme's own (kind, actor type and known relation names; unknown relations are shown
    /// as one "other" entry), so no text from the graph ever goes into the HTML-like label.
    static func legend(_ graph: EventGraph, options: DOTOptions, edgeOperator: String) -> String {
        // A prefix no graph node uses, so legend nodes never merge with real ones.
        var prefix = "__legend_"
        while graph.nodes.contains(where: { $0.id.hasPrefix(prefix) }) { prefix += "_" }
        let (nodes, edges) = legendSamples(graph, theme: options.theme)

        var out = "\tsubgraph " + DOTText.quoted(legendCluster) + " {\n"
        switch options.engine {
        case .dot, .fdp:
            out += clusterLegend(nodes, edges, prefix: prefix, theme: options.theme,
                                 directed: graph.directed, edgeOperator: edgeOperator)
        case .neato, .sfdp, .circo, .twopi, .nop:
            out += tableLegend(nodes, edges, prefix: prefix, theme: options.theme,
                               position: options.engine == .nop ? legendPosition(options.pinned) : nil)
        }
        out += "\t}\n"
        return out
    }

    static func legendSamples(_ graph: EventGraph, theme: DOTTheme) -> ([NodeSample], [EdgeSample]) {
        var nodes: [NodeSample] = []
        var seen = Set<String>()
        for node in graph.nodes.sorted(by: { legendOrder($0) < legendOrder($1) }) {
            let name: String
            if let kind = node.kind {
                name = kind == .actor ? "actor" + (node.actorType.map { ": " + $0.rawValue } ?? "") : kind.rawValue
            } else {
                name = "other"
            }
            if seen.insert(name).inserted { nodes.append(NodeSample(name: name, style: theme.style(for: node))) }
        }
        let used = Set(graph.edges.map(\.relation))
        var edges = Relation.known.filter(used.contains).map { EdgeSample(name: $0.rawValue, style: theme.style(for: $0)) }
        if used.contains(where: { !Relation.known.contains($0) && $0 != .unspecified }) {
            edges.append(EdgeSample(name: "other", style: theme.otherEdge))
        }
        return (nodes, edges)
    }

    private static func clusterLegend(_ nodes: [NodeSample], _ edges: [EdgeSample], prefix: String,
                                      theme: DOTTheme, directed: Bool, edgeOperator: String) -> String {
        var out = "\t\tgraph " + attributeList([
            "label": labelText(theme.legendTitle), "labelloc": "t", "style": "rounded", "color": "#bbbbbb",
            "fontsize": DOTText.number(theme.fontSize),
        ]) + ";\n"
        let nodeIDs = nodes.map { prefix + "node_" + $0.name }
        for (id, sample) in zip(nodeIDs, nodes) {
            out += "\t\t" + DOTText.quoted(id) + " " + attributeList([
                "label": labelText(sample.name), "shape": sample.style.shape, "style": sample.style.style,
                "fillcolor": sample.style.fillColor, "color": sample.style.borderColor,
                "fontcolor": sample.style.fontColor, "fontsize": DOTText.number(theme.edgeFontSize),
            ]) + ";\n"
        }
        for (i, sample) in edges.enumerated() {
            let tail = prefix + "edge_" + sample.name + "_tail"
            let head = prefix + "edge_" + sample.name + "_head"
            for id in [tail, head] {
                out += "\t\t" + DOTText.quoted(id) + " " + attributeList([
                    "label": "", "shape": "point", "width": "0.05", "color": sample.style.color,
                ]) + ";\n"
            }
            // A heavy edge keeps each sample straight and level in `dot`.
            var attributes = [
                "label": labelText(sample.name), "color": sample.style.color, "fontcolor": sample.style.color,
                "style": sample.style.style, "weight": "100",
            ]
            if sample.style.undirected && directed { attributes["dir"] = "none" }
            out += "\t\t" + DOTText.quoted(tail) + " " + edgeOperator + " " + DOTText.quoted(head) + " "
                + attributeList(attributes) + ";\n"
            // An invisible edge from a node sample puts the edge samples beside the node
            // samples instead of below them.
            if !nodeIDs.isEmpty {
                out += "\t\t" + DOTText.quoted(nodeIDs[i % nodeIDs.count]) + " " + edgeOperator + " "
                    + DOTText.quoted(tail) + " " + attributeList(["style": "invis"]) + ";\n"
            }
        }
        return out
    }

    /// `nop` needs a position for every node: the legend goes to the right of the pinned
    /// nodes, level with the highest one (points).
    private static func legendPosition(_ pinned: [String: LayoutPoint]?) -> LayoutPoint {
        let points = pinned.map { Array($0.values) } ?? []
        let right = points.map(\.x).max() ?? 0
        let top = points.map(\.y).max() ?? 0
        return LayoutPoint(x: right + 200, y: top)
    }

    private static func tableLegend(_ nodes: [NodeSample], _ edges: [EdgeSample], prefix: String,
                                    theme: DOTTheme, position: LayoutPoint?) -> String {
        var rows = "<TR><TD COLSPAN=\"2\"><B>" + xmlEscaped(theme.legendTitle) + "</B></TD></TR>"
        for sample in nodes {
            rows += "<TR><TD BGCOLOR=\"" + xmlEscaped(sample.style.fillColor) + "\" BORDER=\"1\" COLOR=\""
                + xmlEscaped(sample.style.borderColor) + "\"> </TD><TD ALIGN=\"LEFT\">"
                + xmlEscaped(sample.name) + "</TD></TR>"
        }
        for sample in edges {
            let line: String
            switch sample.style.style {
            case "dashed": line = "- - - -"
            case "dotted": line = "· · · · ·"
            default: line = "———"
            }
            rows += "<TR><TD><FONT COLOR=\"" + xmlEscaped(sample.style.color) + "\">" + line
                + "</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"" + xmlEscaped(sample.style.color) + "\">"
                + xmlEscaped(sample.name) + "</FONT></TD></TR>"
        }
        let table = "<TABLE BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
            + rows + "</TABLE>"
        var attributes = ["shape": "plaintext", "fontsize": DOTText.number(theme.edgeFontSize), "style": ""]
        if let position {
            attributes["pos"] = DOTText.number(position.x, decimals: 4) + "," + DOTText.number(position.y, decimals: 4) + "!"
        }
        return "\t\tgraph " + attributeList(["label": "", "peripheries": "0"]) + ";\n"
            + "\t\t" + DOTText.quoted(prefix + "table") + " [label=<" + table + ">, "
            + attributeList(attributes).dropFirst() + ";\n"
    }

    /// Escapes text for an HTML-like label (theme text only; see `legend`).
    static func xmlEscaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    private static func legendOrder(_ node: Node) -> (Int, Int) {
        let kind = node.kind.flatMap { NodeKind.allCases.firstIndex(of: $0) } ?? NodeKind.allCases.count
        let type = node.actorType.flatMap { ActorType.allCases.firstIndex(of: $0) } ?? -1
        return (kind, type)
    }
}
