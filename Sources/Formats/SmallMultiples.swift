import GraphModel
import Graphviz

/// What one time slice's diagram shows.
public struct SliceDrawing: Sendable, Equatable {
    /// The slice name (`2020-W12`), used to keep node names apart on the combined page.
    public var name: String
    /// Diagram title: the slice name and its date range.
    public var title: String
    /// A second title line (counts, notes).
    public var subtitle: String
    /// The graph drawn: the slice itself, plus greyed absent nodes in `--absent grey`.
    public var graph: EventGraph
    public var greyed: Set<String>
    /// Planned or announced events: drawn hollow with a dashed border.
    public var planned: Set<String>
    /// Events spread over a slice finer than their date: drawn with a double border.
    public var imprecise: Set<String>

    public init(name: String, title: String, subtitle: String, graph: EventGraph,
                greyed: Set<String> = [], planned: Set<String> = [], imprecise: Set<String> = []) {
        self.name = name; self.title = title; self.subtitle = subtitle; self.graph = graph
        self.greyed = greyed; self.planned = planned; self.imprecise = imprecise
    }
}

/// The drawing area every slice shares: the union layout's extent plus a margin for labels.
public struct SliceFrame: Sendable, Equatable {
    public var minX: Double, minY: Double, maxX: Double, maxY: Double
    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }

    /// The box round every position, widened by `marginX`/`marginY` points (node labels
    /// stick out of their centres).
    public static func around(_ positions: [String: LayoutPoint], marginX: Double = 110, marginY: Double = 40) -> SliceFrame {
        let xs = positions.values.map(\.x), ys = positions.values.map(\.y)
        return SliceFrame(minX: (xs.min() ?? 0) - marginX, minY: (ys.min() ?? 0) - marginY,
                          maxX: (xs.max() ?? 0) + marginX, maxY: (ys.max() ?? 0) + marginY)
    }
}

/// Diagrams of time slices whose nodes hold still.
///
/// The union graph is laid out once; every slice is written by `DOTWriter` with those
/// positions pinned (`pos="x,y!"`, engine `nop`, `notranslate`), so a node has the same
/// coordinates in every slice. Two invisible anchor nodes at the corners of the shared
/// `SliceFrame` give every slice the same bounding box, so the pictures also line up when
/// shown side by side. Styling beyond the theme (planned, imprecise) is added with later
/// node statements, which DOT applies on top of the earlier ones.
public enum SmallMultiples {
    /// One slice's DOT, to be rendered with engine `nop`.
    public static func sliceDOT(_ d: SliceDrawing, positions: [String: LayoutPoint], frame: SliceFrame,
                                labels: LabelLanguage) -> String {
        let options = DOTOptions(labels: labels, title: d.title + "\n" + d.subtitle,
                                 pinned: positions, greyed: d.greyed, engine: .nop)
        let dot = DOTWriter.write(d.graph, options: options)
        let prefix = unusedPrefix("__frame", in: d.graph)
        var extra = decorations(d, rename: { $0 })
        extra.append(anchor(prefix + "_ll", frame.minX, frame.minY))
        extra.append(anchor(prefix + "_ur", frame.maxX, frame.maxY))
        return insert(extra, into: dot)
    }

    /// One page with every slice side by side in order (left to right, then down), each in
    /// a titled box, all sharing the union layout: a single DOT graph for engine `nop`.
    ///
    /// Node and edge ids become `slice/id` so that slices do not merge.
    public static func pageDOT(_ drawings: [SliceDrawing], positions: [String: LayoutPoint], frame: SliceFrame,
                               labels: LabelLanguage, title: String, columns: Int? = nil, maxInches: Double = 48) -> String {
        let count = max(1, drawings.count)
        let cols = max(1, min(count, columns ?? Int((Double(count).squareRoot()).rounded(.up))))
        // Titles grow with the panels, so they stay readable when the page is scaled down.
        let titleFont = max(16, frame.width / 40)
        let gap = 30.0, titleBand = titleFont * 2.8
        let cellW = frame.width + gap, cellH = frame.height + titleBand + gap

        var nodes: [Node] = [], edges: [Edge] = []
        var pinned: [String: LayoutPoint] = [:]
        var greyed = Set<String>()
        var extra: [String] = []
        let directed = drawings.first?.graph.directed ?? true
        let panelPrefix = unusedPrefix("__panel", in: drawings.map(\.graph))
        let theme = DOTOptions().theme
        for (k, d) in drawings.enumerated() {
            let col = k % cols, row = k / cols
            // Shift so the frame's lower-left corner sits at the cell's lower-left corner.
            let dx = Double(col) * cellW - frame.minX
            let dy = -Double(row) * cellH - frame.minY
            let rename = { (id: String) in "\(d.name)/\(id)" }
            for n in d.graph.nodes {
                var copy = n
                copy.id = rename(n.id)
                // A nameless node without a kind word would be labelled with its new,
                // prefixed id: give it the original one.
                if copy.nameEn == nil && copy.nameAr == nil
                    && n.kind.flatMap({ theme.eventName($0, language: labels) }) == nil { copy.nameEn = n.id }
                nodes.append(copy)
                if let p = positions[n.id] { pinned[copy.id] = LayoutPoint(x: p.x + dx, y: p.y + dy) }
            }
            for e in d.graph.edges {
                var copy = e
                copy.id = rename(e.id); copy.source = rename(e.source); copy.target = rename(e.target)
                edges.append(copy)
            }
            greyed.formUnion(d.greyed.map(rename))
            extra += decorations(d, rename: rename)
            // The panel: an unfilled rounded box over the cell with the slice title on top.
            let cx = Double(col) * cellW + frame.width / 2
            let cy = -Double(row) * cellH + (frame.height + titleBand) / 2
            let panel: [String: String] = [
                "shape": "box", "style": "rounded", "color": "#b0b0b0", "fixedsize": "true",
                "width": DOTText.number((frame.width) / 72, decimals: 4),
                "height": DOTText.number((frame.height + titleBand) / 72, decimals: 4),
                "label": DOTText.labelEntities(DOTText.isolatingRightToLeftLines(d.title + "\n" + d.subtitle)),
                "labelloc": "t", "fontsize": DOTText.number(titleFont, decimals: 1), "fontcolor": "#333333",
                "pos": DOTText.number(cx, decimals: 2) + "," + DOTText.number(cy, decimals: 2) + "!",
            ]
            extra.append(DOTText.quoted("\(panelPrefix)_\(k)") + " " + DOTWriter.attributeList(panel) + ";")
        }
        // A page of many slices is an overview: cap its drawn size (Graphviz scales it down
        // to fit) so the PNG stays a few thousand pixels wide; the SVG scales without loss.
        extra.append("graph [size=\"\(DOTText.number(maxInches))\", fontsize=\"\(DOTText.number(titleFont * 1.5, decimals: 1))\"];")
        // Ids were unique per slice, and the slice prefix keeps them unique across slices.
        let combined = try! EventGraph(directed: directed, nodes: nodes, edges: edges)
        let options = DOTOptions(labels: labels, title: title, pinned: pinned, greyed: greyed, engine: .nop)
        return insert(extra, into: DOTWriter.write(combined, options: options))
    }

    // MARK: - Pieces

    static func decorations(_ d: SliceDrawing, rename: (String) -> String) -> [String] {
        var out: [String] = []
        for id in d.planned.sorted() where d.graph.contains(node: id) {
            out.append(DOTText.quoted(rename(id)) + " [style=\"filled,dashed\", fillcolor=\"white\", penwidth=\"1.6\"];")
        }
        for id in d.imprecise.sorted() where d.graph.contains(node: id) {
            out.append(DOTText.quoted(rename(id)) + " [peripheries=\"2\"];")
        }
        return out
    }

    static func anchor(_ name: String, _ x: Double, _ y: Double) -> String {
        DOTText.quoted(name) + " [shape=\"point\", style=\"invis\", width=\"0.01\", label=\"\", pos=\""
            + DOTText.number(x, decimals: 2) + "," + DOTText.number(y, decimals: 2) + "!\"];"
    }

    /// A name prefix no node of the graphs starts with.
    static func unusedPrefix(_ base: String, in graphs: [EventGraph]) -> String {
        var prefix = base
        while graphs.contains(where: { g in g.nodes.contains { $0.id.hasPrefix(prefix) } }) { prefix += "_" }
        return prefix
    }
    static func unusedPrefix(_ base: String, in graph: EventGraph) -> String { unusedPrefix(base, in: [graph]) }

    /// Puts statements just before the graph's closing brace.
    static func insert(_ lines: [String], into dot: String) -> String {
        guard !lines.isEmpty, let close = dot.lastIndex(of: "}") else { return dot }
        return String(dot[..<close]) + lines.map { "\t" + $0 + "\n" }.joined() + String(dot[close...])
    }
}
