import GraphModel

/// One row of the long per-slice measure table `slice,node,measure,value,rank`.
public struct SliceMeasureRow: Hashable, Sendable, Codable {
    public let slice: String
    public let node: String
    public let measure: String
    public let value: Double
    /// 1 = highest value in the slice; ties broken by node id (ascending).
    public let rank: Int

    public init(slice: String, node: String, measure: String, value: Double, rank: Int) {
        self.slice = slice; self.node = node; self.measure = measure; self.value = value; self.rank = rank
    }
}

/// How a node moved in one measure's ranking between two consecutive slices.
public struct RankMove: Hashable, Sendable, Codable {
    public enum Direction: String, Sendable, Codable { case riser, faller }
    /// Whether the node is in both slices, only in the later one, or only in the earlier one.
    public enum Presence: String, Sendable, Codable { case both, entered, left }

    public let fromSlice: String
    public let toSlice: String
    public let measure: String
    public let node: String
    public let direction: Direction
    /// Rank in the earlier slice; a node absent there counts as one past the last rank.
    public let rankFrom: Int
    public let rankTo: Int
    /// rankFrom − rankTo: positive when the node climbed.
    public let rankChange: Int
    /// Values of absent nodes count as 0.
    public let valueFrom: Double
    public let valueTo: Double
    public let valueChange: Double
    public let presence: Presence

    enum CodingKeys: String, CodingKey {
        case fromSlice = "from_slice", toSlice = "to_slice", measure, node, direction
        case rankFrom = "rank_from", rankTo = "rank_to", rankChange = "rank_change"
        case valueFrom = "value_from", valueTo = "value_to", valueChange = "value_change", presence
    }
}

/// Ranks, the long table, and risers and fallers between consecutive slices.
public enum SliceRanking {
    /// Rows for one measure in one slice, in rank order: value descending, ties (and NaN,
    /// which sorts last) broken by node id ascending. O(n log n).
    public static func rows(slice: String, measure: String, values: [(node: String, value: Double)]) -> [SliceMeasureRow] {
        let ordered = values.sorted { a, b in
            switch (a.value.isNaN, b.value.isNaN) {
            case (false, true): return true
            case (true, false): return false
            case (true, true): return a.node < b.node
            case (false, false): return a.value != b.value ? a.value > b.value : a.node < b.node
            }
        }
        return ordered.enumerated().map { i, v in
            SliceMeasureRow(slice: slice, node: v.node, measure: measure, value: v.value, rank: i + 1)
        }
    }

    /// Risers and fallers for each pair of consecutive slices and each measure: the `top`
    /// nodes with the largest rank gain (value gain breaks ties, then node id) and the
    /// `top` with the largest rank loss. A node in only one of the two slices is ranked one
    /// past the last present node and given value 0 in the other, so entering and leaving
    /// show as moves. Nodes whose rank and value are unchanged are neither, nor are nodes
    /// whose value is 0 on both sides (their rank only reflects the id order among ties).
    ///
    /// `rows` must hold each (slice, measure, node) at most once. O(R log R).
    public static func moves(rows: [SliceMeasureRow], sliceOrder: [String], top: Int) -> [RankMove] {
        guard top > 0, sliceOrder.count >= 2 else { return [] }
        var bySliceMeasure: [String: [String: [String: SliceMeasureRow]]] = [:]
        var measures = Set<String>()
        for r in rows {
            bySliceMeasure[r.slice, default: [:]][r.measure, default: [:]][r.node] = r
            measures.insert(r.measure)
        }
        var out: [RankMove] = []
        for (prev, next) in zip(sliceOrder, sliceOrder.dropFirst()) {
            for m in measures.sorted() {
                let a = bySliceMeasure[prev]?[m] ?? [:]
                let b = bySliceMeasure[next]?[m] ?? [:]
                var all: [RankMove] = []
                for node in Set(a.keys).union(b.keys).sorted() {
                    let ra = a[node], rb = b[node]
                    let rankFrom = ra?.rank ?? a.count + 1
                    let rankTo = rb?.rank ?? b.count + 1
                    let vFrom = ra?.value ?? 0, vTo = rb?.value ?? 0
                    // Zero in both (or absent and zero): only ties with other zeros moved it.
                    if vFrom == 0 && vTo == 0 { continue }
                    let dr = rankFrom - rankTo
                    let dv = vTo - vFrom
                    let direction: RankMove.Direction
                    if dr > 0 || (dr == 0 && dv > 0) { direction = .riser }
                    else if dr < 0 || (dr == 0 && dv < 0) { direction = .faller }
                    else { continue }
                    all.append(RankMove(fromSlice: prev, toSlice: next, measure: m, node: node, direction: direction,
                                        rankFrom: rankFrom, rankTo: rankTo, rankChange: dr,
                                        valueFrom: vFrom, valueTo: vTo, valueChange: dv,
                                        presence: ra == nil ? .entered : (rb == nil ? .left : .both)))
                }
                let risers = all.filter { $0.direction == .riser }.sorted {
                    ($0.rankChange, $0.valueChange) != ($1.rankChange, $1.valueChange)
                        ? ($0.rankChange, $0.valueChange) > ($1.rankChange, $1.valueChange) : $0.node < $1.node
                }
                let fallers = all.filter { $0.direction == .faller }.sorted {
                    ($0.rankChange, $0.valueChange) != ($1.rankChange, $1.valueChange)
                        ? ($0.rankChange, $0.valueChange) < ($1.rankChange, $1.valueChange) : $0.node < $1.node
                }
                out += risers.prefix(top) + fallers.prefix(top)
            }
        }
        return out
    }

    /// A short plain-text digest: per pair of slices and measure, the top `perLine` risers
    /// and fallers as `label rank→rank`.
    public static func summary(moves: [RankMove], sliceOrder: [String], perLine: Int = 3,
                               label: (String) -> String) -> String {
        var lines: [String] = []
        var byPair: [String: [RankMove]] = [:]
        for m in moves { byPair["\(m.fromSlice)\u{1F}\(m.toSlice)", default: []].append(m) }
        for (prev, next) in zip(sliceOrder, sliceOrder.dropFirst()) {
            guard let pair = byPair["\(prev)\u{1F}\(next)"], !pair.isEmpty else {
                lines.append("\(prev) → \(next): no change")
                continue
            }
            lines.append("\(prev) → \(next)")
            let measures = Array(Set(pair.map(\.measure))).sorted()
            for m in measures {
                func describe(_ d: RankMove.Direction) -> String {
                    let items = pair.filter { $0.measure == m && $0.direction == d }.prefix(perLine).map { mv -> String in
                        let note = mv.presence == .entered ? " new" : (mv.presence == .left ? " gone" : "")
                        return "\(label(mv.node)) \(mv.rankFrom)→\(mv.rankTo)\(note)"
                    }
                    return items.isEmpty ? "–" : items.joined(separator: ", ")
                }
                lines.append("  \(m): up \(describe(.riser)); down \(describe(.faller))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
