import GraphModel

/// The edges of a graph as analytics needs them, whatever file or model they came from:
/// node ids in graph order and one entry per edge (parallel edges and self-loops kept).
///
/// Built from an `EventGraph` (`EdgeList(graph:weightAttributes:)`) or straight from a file
/// by a streaming reader, so that a graph of millions of edges never becomes millions of
/// `Edge` values.
public struct EdgeList: Sendable {
    /// Node ids; position = node index. Graph order (sorted by id) when built from a model.
    public var ids: [String]
    public var directed: Bool
    /// Edge `e` goes from `sources[e]` to `targets[e]` (node indexes).
    public var sources: [Int32]
    public var targets: [Int32]
    /// Numeric edge attributes by name, one value per edge. An edge without the attribute
    /// has weight 1 there, as in networkx (`G.edges(data=weight, default=1)`).
    public var weights: [String: [Double]]

    public init(ids: [String], directed: Bool, sources: [Int32], targets: [Int32], weights: [String: [Double]] = [:]) {
        precondition(sources.count == targets.count, "sources and targets differ in length")
        self.ids = ids; self.directed = directed
        self.sources = sources; self.targets = targets; self.weights = weights
    }

    public var nodeCount: Int { ids.count }
    public var edgeCount: Int { sources.count }

    /// Reads the topology of `graph`, and the named edge attributes as weights.
    ///
    /// `weight` is the edge's own `weight` field (what GraphML's `weight` key holds); any
    /// other name is looked up in `Edge.attributes`. Throws when a value is not a number.
    public init(graph: EventGraph, weightAttributes: [String] = []) throws {
        ids = graph.nodes.map(\.id)
        directed = graph.directed
        sources = []; targets = []
        sources.reserveCapacity(graph.edges.count); targets.reserveCapacity(graph.edges.count)
        for e in graph.edges {
            sources.append(Int32(graph.index(ofNode: e.source)!))
            targets.append(Int32(graph.index(ofNode: e.target)!))
        }
        weights = [:]
        for name in Set(weightAttributes).sorted() {
            var column = [Double]()
            column.reserveCapacity(graph.edges.count)
            for e in graph.edges {
                if name == "weight" { column.append(e.weight); continue }
                guard let value = e.attributes[name] else { column.append(1); continue }
                guard case .bool = value else {
                    if let d = value.doubleValue { column.append(d); continue }
                    throw AnalyticsError.nonNumericWeight(attribute: name, edge: e.id, value: value.description)
                }
                throw AnalyticsError.nonNumericWeight(attribute: name, edge: e.id, value: value.description)
            }
            weights[name] = column
        }
    }
}

/// One direction of a compressed sparse row adjacency: the neighbours of node `v` are
/// `targets[offsets[v] ..< offsets[v + 1]]`, sorted by index, with `weights` beside them
/// (nil when every weight is 1).
public struct Adjacency: Sendable {
    public let offsets: [Int]
    public let targets: [Int32]
    public let weights: [Double]?

    public init(offsets: [Int], targets: [Int32], weights: [Double]?) {
        self.offsets = offsets; self.targets = targets; self.weights = weights
    }

    @inlinable public func range(_ v: Int) -> Range<Int> { offsets[v] ..< offsets[v + 1] }
    @inlinable public func count(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }
    @inlinable public func weight(_ k: Int) -> Double { weights?[k] ?? 1 }
    public var entryCount: Int { targets.count }

    /// The same adjacency with nodes renumbered by decreasing number of entries (in + out;
    /// ties by index), and `position[old] = new`. O(n log n + m).
    public func renumberedByDegree() -> (adjacency: Adjacency, position: [Int]) {
        let n = offsets.count - 1
        var degree = [Int](repeating: 0, count: n)
        for v in 0 ..< n { degree[v] += count(v) }
        for t in targets { degree[Int(t)] += 1 }
        let order = (0 ..< n).sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
        var position = [Int](repeating: 0, count: n)
        for (new, old) in order.enumerated() { position[old] = new }
        var newOffsets = [Int](repeating: 0, count: n + 1)
        for (new, old) in order.enumerated() { newOffsets[new + 1] = newOffsets[new] + count(old) }
        var newTargets = [Int32](repeating: 0, count: targets.count)
        var newWeights: [Double]? = weights == nil ? nil : [Double](repeating: 0, count: targets.count)
        var row: [(Int32, Double)] = []
        for (new, old) in order.enumerated() {
            row.removeAll(keepingCapacity: true)
            for k in range(old) { row.append((Int32(position[Int(targets[k])]), weight(k))) }
            row.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            for (i, entry) in row.enumerated() {
                newTargets[newOffsets[new] + i] = entry.0
                newWeights?[newOffsets[new] + i] = entry.1
            }
        }
        return (Adjacency(offsets: newOffsets, targets: newTargets, weights: newWeights), position)
    }

    /// How to merge parallel entries when simplifying.
    public enum Merge: Sendable { case minimum, sum, one }

    /// The same adjacency with parallel entries merged into one and, if asked, self-loops dropped.
    /// Weights that all come out as 1 are dropped (`weights == nil`). O(entries).
    public func simplified(dropSelfLoops: Bool, merge: Merge) -> Adjacency {
        let n = offsets.count - 1
        var changes = merge == .one && weights != nil
        for v in 0 ..< n where !changes {
            var previous: Int32 = -1
            for k in range(v) {
                let t = targets[k]
                if t == previous || (dropSelfLoops && Int(t) == v) { changes = true; break }
                previous = t
            }
        }
        if !changes { return self }
        var newOffsets = [Int](repeating: 0, count: n + 1)
        var newTargets = [Int32](); newTargets.reserveCapacity(targets.count)
        var newWeights = [Double](); newWeights.reserveCapacity(targets.count)
        for v in 0 ..< n {
            var previous: Int32 = -1
            for k in range(v) {
                let t = targets[k]
                if dropSelfLoops && Int(t) == v { continue }
                let w = merge == .one ? 1 : (weights?[k] ?? 1)
                if t == previous {
                    let last = newWeights.count - 1
                    switch merge {
                    case .minimum: newWeights[last] = Swift.min(newWeights[last], w)
                    case .sum: newWeights[last] += w
                    case .one: break
                    }
                    continue
                }
                newTargets.append(t); newWeights.append(w)
                previous = t
            }
            newOffsets[v + 1] = newTargets.count
        }
        let allOne = newWeights.allSatisfy { $0 == 1 }
        return Adjacency(offsets: newOffsets, targets: newTargets, weights: allOne ? nil : newWeights)
    }
}

/// The compact index every measure runs on: a CSR adjacency built once from an `EdgeList`.
///
/// Semantics (the same as networkx reading the GraphML file, see docs/analytics.md):
/// - Directed graphs keep `out` (successors) and `in` (predecessors); in an undirected graph
///   both are the same symmetric adjacency, each edge `{u, v}` listed at `u` and at `v`.
/// - Parallel edges are all kept here (a GraphML file with parallel edges is a networkx
///   `MultiDiGraph`/`MultiGraph`); each measure says how it merges them, through `simple()`
///   (shortest paths: one edge, the lightest) or by walking every entry (PageRank, HITS: weights
///   summed, as `nx.to_scipy_sparse_array` does).
/// - A self-loop `v → v` is one entry in `out[v]` and one in `in[v]` (in an undirected graph,
///   one entry in row `v`, as in `G[v]`).
///
/// Building is two stable counting sorts (by target, then by source), O(n + m) time and memory;
/// rows come out sorted by neighbour index, so parallel entries are adjacent.
public struct CSRIndex: Sendable {
    public let ids: [String]
    public let directed: Bool
    public let out: Adjacency
    public let `in`: Adjacency
    /// Number of input edges (a parallel edge counts once per copy, a self-loop once).
    public let edgeCount: Int
    /// Edges `v → v`.
    public let selfLoopCount: Int
    /// Edges beyond the first between the same ordered pair (unordered pair if undirected).
    public let parallelEdgeCount: Int
    /// Whether explicit weights were given (and not all equal to 1).
    public var isWeighted: Bool { out.weights != nil }

    public var nodeCount: Int { ids.count }

    /// Builds the index of `edges`, weighted by the attribute `weight` when given.
    public init(_ edges: EdgeList, weight: String? = nil) throws {
        var column: [Double]? = nil
        if let weight {
            guard let c = edges.weights[weight] else { throw AnalyticsError.missingWeightColumn(weight) }
            for (e, w) in c.enumerated() where !w.isFinite {
                throw AnalyticsError.nonNumericWeight(attribute: weight, edge: "#\(e)", value: String(w))
            }
            column = c.allSatisfy({ $0 == 1 }) ? nil : c
        }
        self.init(ids: edges.ids, directed: edges.directed, sources: edges.sources, targets: edges.targets, weights: column)
    }

    public init(ids: [String], directed: Bool, sources: [Int32], targets: [Int32], weights: [Double]?) {
        let n = ids.count
        self.ids = ids
        self.directed = directed
        edgeCount = sources.count
        var loops = 0
        for e in 0 ..< sources.count where sources[e] == targets[e] { loops += 1 }
        selfLoopCount = loops
        if directed {
            out = CSRIndex.build(n: n, from: sources, to: targets, weights: weights)
            `in` = CSRIndex.build(n: n, from: targets, to: sources, weights: weights)
        } else {
            // Each non-loop edge is listed at both ends; a loop once.
            var from = sources, to = targets
            var w = weights
            from.reserveCapacity(2 * sources.count); to.reserveCapacity(2 * sources.count)
            for e in 0 ..< sources.count where sources[e] != targets[e] {
                from.append(targets[e]); to.append(sources[e])
                if weights != nil { w!.append(weights![e]) }
            }
            out = CSRIndex.build(n: n, from: from, to: to, weights: w)
            `in` = out
        }
        var parallel = 0
        for v in 0 ..< n {
            var previous: Int32 = -1
            for k in out.range(v) {
                let t = out.targets[k]
                if t == previous && (directed || Int(t) >= v) { parallel += 1 }
                previous = t
            }
        }
        parallelEdgeCount = parallel
        checkInvariants()
    }

    /// Two stable counting sorts: by `to`, then by `from`. Rows end up sorted by neighbour.
    static func build(n: Int, from: [Int32], to: [Int32], weights: [Double]?) -> Adjacency {
        let m = from.count
        var byTarget = [Int32](repeating: 0, count: m)
        do {
            var start = [Int](repeating: 0, count: n + 1)
            for t in to { start[Int(t) + 1] += 1 }
            for i in 0 ..< n { start[i + 1] += start[i] }
            for e in 0 ..< m {
                let t = Int(to[e])
                byTarget[start[t]] = Int32(e)
                start[t] += 1
            }
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        for f in from { offsets[Int(f) + 1] += 1 }
        for i in 0 ..< n { offsets[i + 1] += offsets[i] }
        var next = offsets
        var targets = [Int32](repeating: 0, count: m)
        var w: [Double]? = weights == nil ? nil : [Double](repeating: 0, count: m)
        for e32 in byTarget {
            let e = Int(e32)
            let f = Int(from[e])
            let slot = next[f]
            targets[slot] = to[e]
            if weights != nil { w![slot] = weights![e] }
            next[f] = slot + 1
        }
        return Adjacency(offsets: offsets, targets: targets, weights: w)
    }

    /// The graph shortest paths see: no self-loops, one entry per neighbour, the lightest of
    /// parallel edges (networkx's `_weight_function` takes the minimum over a multigraph's keys).
    public func simple() -> (out: Adjacency, in: Adjacency) {
        let o = out.simplified(dropSelfLoops: true, merge: .minimum)
        return (o, directed ? `in`.simplified(dropSelfLoops: true, merge: .minimum) : o)
    }

    @inline(__always)
    func checkInvariants() {
        #if DEBUG
        for adjacency in [out, `in`] {
            assert(adjacency.offsets.count == ids.count + 1 && adjacency.offsets.last == adjacency.targets.count)
            for v in 0 ..< ids.count {
                let r = adjacency.range(v)
                for k in r where k > r.lowerBound { assert(adjacency.targets[k - 1] <= adjacency.targets[k], "row \(v) not sorted") }
            }
        }
        #endif
    }
}
