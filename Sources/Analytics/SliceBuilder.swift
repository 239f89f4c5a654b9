import GraphModel

/// Whether a slice holds only its own window or everything up to its end.
public enum SliceMode: String, CaseIterable, Sendable {
    case window, cumulative
}

public struct SliceOptions: Sendable, Equatable {
    public var granularity: SliceGranularity
    public var mode: SliceMode
    /// First day of the range (the window holding it starts the slices); nil = earliest dated event.
    public var from: Day?
    /// Last day of the range; nil = latest dated event.
    public var to: Day?
    /// Standing relations only from the day dated evidence supports them (see `SliceTimes`).
    public var relationsEvidenced: Bool
    /// Put events whose date is coarser than a slice into every slice their interval
    /// overlaps, marked `imprecise`.
    public var spread: Bool

    /// Refuse to build more slices than this: a day-by-day slicing of years is a mistake.
    public static let maxSlices = 3000

    public init(granularity: SliceGranularity = .week, mode: SliceMode = .window, from: Day? = nil, to: Day? = nil,
                relationsEvidenced: Bool = false, spread: Bool = false) {
        self.granularity = granularity; self.mode = mode; self.from = from; self.to = to
        self.relationsEvidenced = relationsEvidenced; self.spread = spread
    }
}

/// One slice: its window and the subgraph it holds.
///
/// Event nodes in `graph` carry two extra attributes where true: `imprecise` (the date is
/// coarser than the slice and the event was spread over it) and `planned` (planned or
/// announced, not done).
public struct GraphSlice: Sendable, Equatable {
    public let window: SliceWindow
    public let graph: EventGraph
    /// Events placed in this slice, sorted.
    public let eventIDs: [String]
    /// Those placed only because of `--spread`.
    public let impreciseEventIDs: [String]
    /// Those planned or announced.
    public let plannedEventIDs: [String]
}

/// An event (or a dated edge, or a relation) that is in no slice, and why.
public struct UnplacedItem: Hashable, Sendable, Comparable {
    public enum Reason: String, Sendable, CaseIterable {
        /// The event has no date.
        case unknownDate = "unknown-date"
        /// Its date is coarser than a slice (a month in week slices) and `--spread` is off.
        case coarserThanSlice = "coarser-than-slice"
        /// Its date lies outside `--from`/`--to`.
        case outOfRange = "out-of-range"
        /// A relation that `--relations-evidenced` keeps out: nothing dated supports it.
        case noDatedEvidence = "no-dated-evidence"
    }
    public enum Element: String, Sendable { case node, edge }

    public let element: Element
    public let id: String
    public let date: EventDate?
    public let reason: Reason

    public static func < (a: UnplacedItem, b: UnplacedItem) -> Bool {
        (a.element.rawValue, a.id) < (b.element.rawValue, b.id)
    }
}

public struct SliceSet: Sendable, Equatable {
    public let options: SliceOptions
    public let slices: [GraphSlice]
    /// Sorted by element then id.
    public let unplaced: [UnplacedItem]

    public var windows: [SliceWindow] { slices.map(\.window) }
}

public enum SliceError: Error, Equatable, CustomStringConvertible {
    case noDatedEvents
    case emptyRange(from: Day, to: Day)
    case tooManySlices(count: Int, granularity: SliceGranularity)

    public var description: String {
        switch self {
        case .noDatedEvents:
            return "the graph has no dated events or dated edges to slice; give events a date (node 'date' like 2020-03-19) or export the whole graph instead"
        case .emptyRange(let f, let t):
            return "--from \(f.iso) is after --to \(t.iso); swap them"
        case .tooManySlices(let n, let g):
            return "\(n) slices by \(g.rawValue) is more than \(SliceOptions.maxSlices); use a coarser --by or narrow --from/--to"
        }
    }
}

/// Cuts a graph into time slices.
///
/// Rules (window [a, b]; an event's date is the interval [s, e] its precision stands for):
/// - window mode: an event is in the slice when [s, e] ⊆ [a, b]; with `spread`, also when
///   the intervals only overlap, marked `imprecise`.
/// - cumulative mode: an event is in the slice when e ≤ b (it certainly happened by the
///   window's end); with `spread`, also when s ≤ b < e, marked `imprecise`.
/// - an event brings the entities its role edges touch, and those edges;
/// - dated contact edges (see `SliceTimes`) are placed like events and bring their ends;
/// - standing relations are in every slice; with `relationsEvidenced` only in slices whose
///   last day is on or after their support day. A relation with its own date is always
///   treated so (it holds from its date). A relation brings its two ends.
/// - planned/announced events are marked `planned`; events and contacts in no slice are
///   reported in `unplaced` with the reason.
///
/// Complexity O(S · (N + E)) for S slices.
public enum TimeSlicer {
    public static func slice(_ g: EventGraph, options: SliceOptions) throws -> SliceSet {
        let times = SliceTimes(g)
        let windows = try windows(for: g, times: times, options: options)

        var placedEvents = Set<String>()
        var placedEdges = Set<String>()
        var slices: [GraphSlice] = []
        slices.reserveCapacity(windows.count)
        for w in windows {
            let s = build(g, times: times, window: w, options: options)
            placedEvents.formUnion(s.eventIDs)
            placedEdges.formUnion(s.graph.edges.map(\.id))
            slices.append(s)
        }

        let coverage: (first: Day, last: Day)? = windows.isEmpty ? nil : (windows[0].first, windows[windows.count - 1].last)
        func reason(for date: EventDate) -> UnplacedItem.Reason {
            guard let c = coverage else { return .outOfRange }
            let reachable = options.mode == .window ? (date.start <= c.last && date.end >= c.first) : date.start <= c.last
            return reachable ? .coarserThanSlice : .outOfRange
        }
        var unplaced: [UnplacedItem] = []
        for n in g.nodes where times.eventIDs.contains(n.id) && !placedEvents.contains(n.id) {
            unplaced.append(UnplacedItem(element: .node, id: n.id, date: n.date,
                                         reason: n.date.map(reason(for:)) ?? .unknownDate))
        }
        for e in g.edges where !placedEdges.contains(e.id) {
            switch times.edgeTiming[e.id] {
            case .datedContact(let d)?:
                unplaced.append(UnplacedItem(element: .edge, id: e.id, date: d, reason: reason(for: d)))
            case .standingRelation?:
                if options.relationsEvidenced && e.date == nil && times.relationSupport[e.id] == nil {
                    unplaced.append(UnplacedItem(element: .edge, id: e.id, date: nil, reason: .noDatedEvidence))
                }
            default:
                break
            }
        }
        return SliceSet(options: options, slices: slices, unplaced: unplaced.sorted())
    }

    /// The windows to produce: from `options.from` (else the earliest dated item) to
    /// `options.to` (else the latest), empty ones included so that time reads evenly.
    ///
    /// The default range uses the items whose dates fit in one window of the granularity
    /// (all dated items with `spread`), so that one year-precision date does not stretch
    /// weekly slices over a whole year; when none fits, all dated items.
    static func windows(for g: EventGraph, times: SliceTimes, options: SliceOptions) throws -> [SliceWindow] {
        var dated: [EventDate] = g.nodes.compactMap { times.eventIDs.contains($0.id) ? $0.date : nil }
        for e in g.edges { if case .datedContact(let d)? = times.edgeTiming[e.id] { dated.append(d) } }
        let fitting = options.spread ? dated : dated.filter { options.granularity.window(containing: $0.start).last >= $0.end }
        let basis = fitting.isEmpty ? dated : fitting

        let from: Day, to: Day
        switch (options.from, options.to) {
        case let (f?, t?): (from, to) = (f, t)
        default:
            guard let earliest = basis.map(\.start).min(), let latest = basis.map(\.end).max() else {
                throw SliceError.noDatedEvents
            }
            from = options.from ?? earliest
            to = options.to ?? max(latest, from)
        }
        guard from <= to else { throw SliceError.emptyRange(from: from, to: to) }
        let count = options.granularity.windowCount(from: from, to: to)
        guard count <= SliceOptions.maxSlices else { throw SliceError.tooManySlices(count: count, granularity: options.granularity) }
        return options.granularity.windows(from: from, to: to)
    }

    enum Placement { case precise, imprecise }

    /// Where a dated item stands relative to a window, or nil when it is not in the slice.
    static func placement(_ d: EventDate, in w: SliceWindow, options: SliceOptions) -> Placement? {
        switch options.mode {
        case .window:
            if w.first <= d.start && d.end <= w.last { return .precise }
            if options.spread && d.start <= w.last && d.end >= w.first { return .imprecise }
        case .cumulative:
            if d.end <= w.last { return .precise }
            if options.spread && d.start <= w.last { return .imprecise }
        }
        return nil
    }

    static func build(_ g: EventGraph, times: SliceTimes, window w: SliceWindow, options: SliceOptions) -> GraphSlice {
        var events: [String: Placement] = [:]
        for n in g.nodes where times.eventIDs.contains(n.id) {
            if let d = n.date, let p = placement(d, in: w, options: options) { events[n.id] = p }
        }
        var keepNodes = Set(events.keys)
        var keepEdges = Set<String>()
        for e in g.edges {
            switch times.edgeTiming[e.id] ?? .standingRelation {
            case .eventRole:
                // Every event end must be present; a non-event end comes along.
                let sourceOK = !times.eventIDs.contains(e.source) || events[e.source] != nil
                let targetOK = !times.eventIDs.contains(e.target) || events[e.target] != nil
                if sourceOK && targetOK { keepEdges.insert(e.id) }
            case .datedContact(let d):
                if placement(d, in: w, options: options) != nil { keepEdges.insert(e.id) }
            case .standingRelation:
                let holds: Bool
                if let own = e.date { holds = own.end <= w.last }
                else if options.relationsEvidenced { holds = times.relationSupport[e.id].map { $0 <= w.last } ?? false }
                else { holds = true }
                if holds { keepEdges.insert(e.id) }
            }
        }
        for e in g.edges where keepEdges.contains(e.id) {
            keepNodes.insert(e.source); keepNodes.insert(e.target)
        }

        var sub = g.subgraph(nodeIDs: keepNodes) { keepEdges.contains($0.id) }
        var planned: [String] = []
        var imprecise: [String] = []
        for id in events.keys.sorted() {
            let isImprecise = events[id] == .imprecise
            let isPlanned = g.node(id).map(SliceTimes.isPlanned) ?? false
            if isImprecise { imprecise.append(id) }
            if isPlanned { planned.append(id) }
            if isImprecise || isPlanned {
                sub.updateNode(id) { n in
                    if isImprecise { n.attributes["imprecise"] = .bool(true) }
                    if isPlanned { n.attributes["planned"] = .bool(true) }
                }
            }
        }
        sub.attributes["slice"] = .string(w.name)
        sub.attributes["slice_start"] = .string(w.first.iso)
        sub.attributes["slice_end"] = .string(w.last.iso)
        return GraphSlice(window: w, graph: sub, eventIDs: events.keys.sorted(),
                          impreciseEventIDs: imprecise, plannedEventIDs: planned)
    }
}
