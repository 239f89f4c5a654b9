import GraphModel

/// How `TimelineWriter` labels and sizes the timeline.
public struct TimelineOptions: Sendable, Equatable {
    public var labels: LabelLanguage
    public var title: String?
    /// Length of the date axis in points (1/72 inch); the scale is clamped to 2…40 points a day.
    public var axisLength: Double

    public init(labels: LabelLanguage = .en, title: String? = nil, axisLength: Double = 1400) {
        self.labels = labels; self.title = title; self.axisLength = axisLength
    }
}

/// The timeline view: every dated event on a date axis, one lane per event kind, as a DOT
/// graph whose every node is pinned (`pos="x,y!"`), so Graphviz draws it as computed here
/// with engine `nop` and gives SVG, PNG and PDF from one description.
///
/// - an event with a day date is a dot at its day; a coarser date (week, month, year) is a
///   bar over its whole interval, so an imprecise date never looks precise;
/// - done events are filled; planned and announced ones hollow and dashed;
/// - each event is labelled with its bases and actors (role-edge neighbours) and its date;
/// - Arabic names are wrapped in RLI … PDI (U+2067, U+2069) so mixed lines order correctly;
/// - within a lane, events whose drawings would overlap go to further rows (greedy
///   interval packing, O(n · rows)).
///
/// Output is a pure function of the graph and options.
public enum TimelineWriter {
    /// Event kinds in lane order (top to bottom); events of any other kind share a last lane.
    static let laneOrder: [NodeKind] = [.attack, .withdrawal]
    static let rowHeight = 46.0
    static let fontSize = 9.0

    /// One event as drawn.
    struct Item {
        let node: Node
        let date: EventDate
        let lane: Int
        let lines: [String]
        /// Horizontal extent of marker and label together, for packing.
        let left: Double, right: Double
        let markerX: Double, markerWidth: Double
        var row = 0
    }

    /// The timeline of the graph's dated events as pinned DOT, for the `nop` engine.
    public static func dot(_ g: EventGraph, options: TimelineOptions = TimelineOptions()) -> String {
        let dated = g.nodes.filter { isEvent($0) && $0.date != nil }
            .sorted { ($0.date!, $0.id) < ($1.date!, $1.id) }
        let undatedCount = g.nodes.filter { isEvent($0) && $0.date == nil }.count

        var out = "digraph timeline {\n"
        let title = options.title ?? "Events by date"
        var subtitle = ["filled: done · hollow, dashed: planned or announced · bar: date known only to the week, month or year"]
        if undatedCount > 0 { subtitle.append("\(undatedCount) event\(undatedCount == 1 ? "" : "s") without a date not shown") }
        out += "  graph [notranslate=true splines=line outputorder=edgesfirst labelloc=t fontname=\"Noto Sans\" fontsize=14 "
        out += "label=\"\(escape(title))\\n\" pad=0.3];\n"
        out += "  node [fontname=\"Noto Sans\" fontsize=\(fmt(fontSize)) shape=plaintext margin=0 width=0 height=0];\n"
        out += "  edge [arrowhead=none color=\"#888888\"];\n"

        guard let first = dated.first?.date?.start, let last = dated.map({ $0.date!.end }).max() else {
            out += "  empty [pos=\"0,0!\" label=\"no dated events\"];\n}\n"
            return out
        }
        let origin = first.adding(days: -2)
        let spanDays = Double(last.daysSinceEpoch - origin.daysSinceEpoch + 3)
        let perDay = min(40, max(2, options.axisLength / spanDays))
        func x(_ d: Day) -> Double { Double(d.daysSinceEpoch - origin.daysSinceEpoch) * perDay }
        let axisEnd = spanDays * perDay

        // Lanes and items. Neighbours are gathered in one pass over the edges (O(E)),
        // in edge order, so labels do not depend on anything but the graph.
        var neighbours: [String: [String]] = [:]
        for e in g.edges {
            neighbours[e.source, default: []].append(e.target)
            neighbours[e.target, default: []].append(e.source)
        }
        let lanesPresent = laneKinds(dated)
        var items: [Item] = dated.map { n in
            let d = n.date!
            let lane = lanesPresent.firstIndex(of: laneKind(n)) ?? lanesPresent.count - 1
            let lines = labelLines(n, neighbours: neighbours[n.id] ?? [], in: g, options: options)
            let markerX: Double, markerWidth: Double
            if d.precision == .day {
                markerX = x(d.start) + perDay / 2; markerWidth = 9
            } else {
                markerX = (x(d.start) + x(d.end.adding(days: 1))) / 2
                markerWidth = max(4, x(d.end.adding(days: 1)) - x(d.start))
            }
            let textWidth = (lines.map { Double($0.count) }.max() ?? 0) * fontSize * 0.58
            let half = max(markerWidth, textWidth) / 2
            return Item(node: n, date: d, lane: lane, lines: lines, left: markerX - half, right: markerX + half,
                        markerX: markerX, markerWidth: markerWidth)
        }
        var rowsPerLane = Array(repeating: 1, count: lanesPresent.count)
        for lane in lanesPresent.indices {
            var rowEnds: [Double] = []
            for i in items.indices where items[i].lane == lane {
                let gap = 8.0
                if let r = rowEnds.firstIndex(where: { $0 + gap <= items[i].left }) {
                    items[i].row = r; rowEnds[r] = items[i].right
                } else {
                    items[i].row = rowEnds.count; rowEnds.append(items[i].right)
                }
            }
            rowsPerLane[lane] = max(1, rowEnds.count)
        }

        // Lanes stacked upward from the axis at y = 0: the last lane is lowest.
        var laneBase = Array(repeating: 0.0, count: lanesPresent.count)
        var y = 16.0
        for lane in lanesPresent.indices.reversed() {
            laneBase[lane] = y
            y += Double(rowsPerLane[lane]) * rowHeight + 10
        }
        let top = y

        // Axis, lane separators and lane names.
        out += "  axis_l [shape=point width=0.01 pos=\"\(fmt(-8)),0!\"];\n"
        out += "  axis_r [shape=point width=0.01 pos=\"\(fmt(axisEnd + 8)),0!\"];\n"
        out += "  axis_l -> axis_r [color=\"#333333\" penwidth=1.2];\n"
        for lane in lanesPresent.indices {
            let laneTop = laneBase[lane] + Double(rowsPerLane[lane]) * rowHeight + 5
            let name = laneName(lanesPresent[lane], options.labels)
            let midY = laneBase[lane] + Double(rowsPerLane[lane]) * rowHeight / 2
            out += "  lane\(lane) [label=\"\(escape(name))\" fontsize=11 fontcolor=\"#444444\" pos=\"\(fmt(-50)),\(fmt(midY))!\"];\n"
            if lane > 0 {
                out += "  sep\(lane)_l [shape=point style=invis pos=\"\(fmt(-90)),\(fmt(laneTop))!\"];\n"
                out += "  sep\(lane)_r [shape=point style=invis pos=\"\(fmt(axisEnd + 8)),\(fmt(laneTop))!\"];\n"
                out += "  sep\(lane)_l -> sep\(lane)_r [style=dashed color=\"#cccccc\"];\n"
            }
        }
        for (i, tick) in ticks(from: origin, to: origin.adding(days: Int(spanDays)), perDay: perDay).enumerated() {
            let tx = x(tick.day)
            out += "  tick\(i) [shape=point width=0.04 color=\"#333333\" pos=\"\(fmt(tx)),0!\"];\n"
            out += "  tickl\(i) [label=\"\(escape(tick.label))\" fontsize=8 fontcolor=\"#333333\" pos=\"\(fmt(tx)),\(fmt(-10))!\"];\n"
        }

        // Events: a marker and a label below it.
        for (i, it) in items.enumerated() {
            let rowBase = laneBase[it.lane] + Double(rowsPerLane[it.lane] - 1 - it.row) * rowHeight
            let markerY = rowBase + 34
            let labelY = rowBase + 14
            let color = kindColor(it.node.kind)
            let planned = it.node.modality == .planned || it.node.modality == .announced
            let style = planned ? "style=\"dashed\" color=\"\(color)\" fillcolor=\"white\" penwidth=1.5" : "style=\"filled\" color=\"\(color)\" fillcolor=\"\(color)\""
            let tooltip = "\(it.node.id) \(it.date.iso)\(it.node.modality.map { " \($0.rawValue)" } ?? "")"
            if it.date.precision == .day {
                out += "  ev\(i) [shape=circle fixedsize=true width=\(fmt(it.markerWidth / 72)) label=\"\" \(style) tooltip=\"\(escape(tooltip))\" pos=\"\(fmt(it.markerX)),\(fmt(markerY))!\"];\n"
            } else {
                out += "  ev\(i) [shape=box fixedsize=true width=\(fmt(it.markerWidth / 72)) height=0.11 label=\"\" \(style) tooltip=\"\(escape(tooltip))\" pos=\"\(fmt(it.markerX)),\(fmt(markerY))!\"];\n"
            }
            out += "  evl\(i) [label=\"\(it.lines.map(escape).joined(separator: "\\n"))\" pos=\"\(fmt(it.markerX)),\(fmt(labelY))!\"];\n"
        }
        out += "  title_pad [shape=point style=invis pos=\"0,\(fmt(top))!\"];\n"
        out += "  legend [label=\"\(subtitle.map(escape).joined(separator: "\\n"))\" fontsize=9 fontcolor=\"#555555\" pos=\"\(fmt(axisEnd / 2)),\(fmt(top + 12))!\"];\n"
        out += "}\n"
        return out
    }

    // MARK: - Pieces

    static func isEvent(_ n: Node) -> Bool { n.kind?.isEvent ?? (n.date != nil) }

    static func laneName(_ kind: NodeKind?, _ language: LabelLanguage) -> String {
        switch (kind, language) {
        case (.attack?, .ar): return "هجمات"
        case (.withdrawal?, .ar): return "انسحابات"
        case (_, .ar): return "أحداث أخرى"
        case (let k?, _): return "\(k.rawValue)s"
        case (nil, _): return "other events"
        }
    }

    static func laneKind(_ n: Node) -> NodeKind? { n.kind.flatMap { laneOrder.contains($0) ? $0 : nil } }

    static func laneKinds(_ events: [Node]) -> [NodeKind?] {
        var kinds: [NodeKind?] = laneOrder.filter { k in events.contains { $0.kind == k } }
        if events.contains(where: { laneKind($0) == nil }) { kinds.append(nil) }
        return kinds
    }

    /// "bases · actors" (or the event's own name when it touches neither) and the date.
    static func labelLines(_ n: Node, neighbours: [String], in g: EventGraph, options: TimelineOptions) -> [String] {
        var bases: [Node] = [], actors: [Node] = []
        for id in neighbours {
            guard let other = g.node(id) else { continue }
            switch other.kind {
            case .base?, .place?: if !bases.contains(other) { bases.append(other) }
            case .actor?: if !actors.contains(other) { actors.append(other) }
            default: break
            }
        }
        // In Arabic the whole line is one right-to-left run (base first, at the right, Arabic
        // commas); otherwise each Arabic name is isolated inside a left-to-right line.
        let arabic = options.labels == .ar
        let comma = arabic ? "، " : ", "
        func names(_ xs: [Node]) -> String? {
            guard !xs.isEmpty else { return nil }
            let shown = xs.prefix(2).map { arabic ? $0.label(.ar) : name($0, options.labels) }
            return shown.joined(separator: comma) + (xs.count > 2 ? comma + "…" : "")
        }
        let what = [names(bases), names(actors)].compactMap { $0 }
        var first = what.isEmpty ? (arabic ? n.label(.ar) : name(n, options.labels)) : what.joined(separator: " · ")
        if arabic && containsArabic(first) { first = "\u{2067}\(first)\u{2069}" }
        var lines = [first]
        var date = n.date.map { $0.precision == .day ? $0.iso : "\($0.iso) (\($0.precision.rawValue))" } ?? ""
        if let m = n.modality, m != .completed { date += " \(m.rawValue)" }
        lines.append(date)
        return lines
    }

    /// A node's name in the chosen language, Arabic isolated with RLI … PDI.
    static func name(_ n: Node, _ language: LabelLanguage) -> String {
        func isolate(_ s: String) -> String { containsArabic(s) ? "\u{2067}\(s)\u{2069}" : s }
        switch language {
        case .both:
            if let en = n.nameEn, let ar = n.nameAr, en != ar { return "\(en) \(isolate(ar))" }
            return isolate(n.label(.en))
        default:
            return isolate(n.label(language))
        }
    }

    static func containsArabic(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0x0750...0x077F).contains($0.value) || (0xFB50...0xFEFF).contains($0.value) }
    }

    struct Tick { let day: Day; let label: String }

    /// Ticks every day, week (Mondays), month or year, whichever first leaves ≥ 56 points between ticks.
    static func ticks(from: Day, to: Day, perDay: Double) -> [Tick] {
        var out: [Tick] = []
        if perDay >= 56 {
            var d = from
            while d <= to { out.append(Tick(day: d, label: String(d.iso.dropFirst(5)))); d = d.adding(days: 1) }
        } else if perDay * 7 >= 56 {
            var d = from.adding(days: (8 - from.isoWeekday) % 7)
            while d <= to { out.append(Tick(day: d, label: d.iso)); d = d.adding(days: 7) }
        } else if perDay * 30 >= 56 {
            var c = from.components
            if c.day != 1 { c.month += 1; if c.month > 12 { c.month = 1; c.year += 1 } }
            while let d = Day(year: c.year, month: c.month, day: 1), d <= to {
                out.append(Tick(day: d, label: String(d.iso.prefix(7))))
                c.month += 1; if c.month > 12 { c.month = 1; c.year += 1 }
            }
        } else {
            var y = from.year + (from.month == 1 && from.day == 1 ? 0 : 1)
            let step = max(1, Int((56 / (perDay * 365)).rounded(.up)))
            while let d = Day(year: y, month: 1, day: 1), d <= to {
                out.append(Tick(day: d, label: String(y))); y += step
            }
        }
        return out
    }

    static func kindColor(_ kind: NodeKind?) -> String {
        switch kind {
        case .attack?: return "#d62728"
        case .withdrawal?: return "#ff7f0e"
        default: return "#7f7f7f"
        }
    }

    /// Text for inside a DOT quoted string: `DOTText.quoted` without the quotes, so the
    /// timeline escapes exactly as the graph diagrams do.
    static func escape(_ s: String) -> String {
        String(DOTText.quoted(s).dropFirst().dropLast())
    }

    /// Coordinates with one decimal, so output does not depend on floating-point noise.
    static func fmt(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return AttributeValue.format(r == 0 ? 0 : r)
    }
}
