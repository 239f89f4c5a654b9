import Dispatch

/// Raw pointers into an `Adjacency`, valid inside `Adjacency.withView`. The inner loops of
/// the path searches run on these so that no bounds check or retain sits on the hot path.
struct AdjacencyView {
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int32>
    /// nil when every weight is 1.
    let weights: UnsafeBufferPointer<Double>?
}

extension Adjacency {
    func withView<R>(_ body: (AdjacencyView) throws -> R) rethrows -> R {
        try offsets.withUnsafeBufferPointer { o in
            try targets.withUnsafeBufferPointer { t in
                if let weights {
                    return try weights.withUnsafeBufferPointer { w in try body(AdjacencyView(offsets: o, targets: t, weights: w)) }
                }
                return try body(AdjacencyView(offsets: o, targets: t, weights: nil))
            }
        }
    }
}

/// Runs work on several threads. Work is split into a fixed number of chunks that does not
/// depend on the thread count; worker `t` takes chunks t, t + threads, ... Results kept per
/// chunk and combined in chunk order are therefore the same bytes on 1 core or 64.
enum Parallel {
    static func forEachWorker(threads: Int, _ body: (_ worker: Int) -> Void) {
        if threads <= 1 { body(0); return }
        // Workers share read-only graph buffers and write disjoint slots of result buffers
        // (one accumulator per chunk, one slot per node), which the compiler cannot see.
        withoutActuallyEscaping(body) { work in
            nonisolated(unsafe) let work = work
            DispatchQueue.concurrentPerform(iterations: threads) { work($0) }
        }
    }

    /// Chunks for `items` independent pieces of work.
    static func chunkCount(_ items: Int) -> Int { max(1, min(16, items)) }
}

/// Scratch arrays of one single-source search, allocated once per worker and reset after
/// each search by walking only the nodes it reached (so a search costs O(reached), not O(n)).
struct SearchWorkspace {
    let n: Int
    /// Unweighted distance, −1 = not reached.
    let hops: UnsafeMutablePointer<Int32>
    /// Weighted distance, +∞ = not reached.
    let distance: UnsafeMutablePointer<Double>
    /// Number of shortest paths from the source (Double: counts overflow integers quickly).
    let sigma: UnsafeMutablePointer<Double>
    /// (1 + δ(v)) / σ(v), Brandes' dependency per path, filled in reverse order.
    let coefficient: UnsafeMutablePointer<Double>
    /// Nodes in the order they were reached (BFS queue, then the stack S of Brandes).
    let order: UnsafeMutablePointer<Int32>
    /// Position in `order` once settled (Dijkstra), −1 before.
    let rank: UnsafeMutablePointer<Int32>
    var heap: MinHeap

    init(n: Int) {
        self.n = n
        hops = .allocate(capacity: max(n, 1)); hops.initialize(repeating: -1, count: n)
        distance = .allocate(capacity: max(n, 1)); distance.initialize(repeating: .infinity, count: n)
        sigma = .allocate(capacity: max(n, 1)); sigma.initialize(repeating: 0, count: n)
        coefficient = .allocate(capacity: max(n, 1)); coefficient.initialize(repeating: 0, count: n)
        order = .allocate(capacity: max(n, 1)); order.initialize(repeating: 0, count: n)
        rank = .allocate(capacity: max(n, 1)); rank.initialize(repeating: -1, count: n)
        heap = MinHeap()
    }

    func deallocate() {
        hops.deallocate(); distance.deallocate(); sigma.deallocate()
        coefficient.deallocate(); order.deallocate(); rank.deallocate()
    }
}

/// Binary min-heap of (distance, node) with lazy deletion: a node may sit in it several times
/// and stale entries are skipped when popped (simpler and, on sparse graphs, as fast as
/// decrease-key).
struct MinHeap {
    private var keys: [Double] = []
    private var items: [Int32] = []
    var isEmpty: Bool { keys.isEmpty }

    mutating func push(_ key: Double, _ item: Int32) {
        keys.append(key); items.append(item)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) >> 1
            if keys[parent] <= key { break }
            keys[i] = keys[parent]; items[i] = items[parent]
            i = parent
        }
        keys[i] = key; items[i] = item
    }

    mutating func pop() -> (key: Double, item: Int32) {
        let top = (keys[0], items[0])
        let lastKey = keys.removeLast(), lastItem = items.removeLast()
        let count = keys.count
        if count > 0 {
            var i = 0
            while true {
                var child = 2 * i + 1
                if child >= count { break }
                if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
                if keys[child] >= lastKey { break }
                keys[i] = keys[child]; items[i] = items[child]
                i = child
            }
            keys[i] = lastKey; items[i] = lastItem
        }
        return top
    }
}

/// Weighted distances are compared with a relative tolerance, as igraph does
/// (`igraph_cmp_epsilon`): sums of the same weights taken in another order can differ in the
/// last bits, and paths that equal on paper must count as equally short.
@inline(__always) func nearlyEqual(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-10 * max(abs(a), abs(b))
}

/// Per-node distance sums of the searches that closeness and harmonic centrality share.
struct DistanceSums {
    /// Nodes reached, the node itself included.
    var reached: [Double]
    /// Σ d(u, v) over the nodes u reached.
    var total: [Double]
    /// Σ 1 / d(u, v) over the nodes u reached at a distance > 0.
    var reciprocal: [Double]

    /// For each node v in `nodes` (every node if nil), a search from v over `adjacency`
    /// (the reversed graph for networkx's incoming distances). Unweighted: bit-parallel BFS of 64
    /// sources at a time, O(⌈|nodes|/64⌉ · levels · (n + m)) (see `multiSourceSums`). Weighted:
    /// one Dijkstra per node, O(|nodes| · (m + n) log n). Split across `threads`; each node's
    /// sums come from its own search alone, so the split cannot change them.
    static func compute(_ adjacency: Adjacency, nodes: [Int]?, threads: Int) -> DistanceSums {
        let n = adjacency.offsets.count - 1
        let list = nodes ?? Array(0 ..< n)
        let reached = UnsafeMutableBufferPointer<Double>.allocate(capacity: n); reached.initialize(repeating: .nan)
        let total = UnsafeMutableBufferPointer<Double>.allocate(capacity: n); total.initialize(repeating: .nan)
        let reciprocal = UnsafeMutableBufferPointer<Double>.allocate(capacity: n); reciprocal.initialize(repeating: .nan)
        defer { reached.deallocate(); total.deallocate(); reciprocal.deallocate() }
        let weighted = adjacency.weights != nil
        // Work items: single nodes (weighted) or batches of 64 nodes (unweighted).
        let batch = weighted ? 1 : 64
        let items = (list.count + batch - 1) / batch
        let chunks = Parallel.chunkCount(items)
        let workers = min(max(threads, 1), chunks)
        adjacency.withView { g in
            Parallel.forEachWorker(threads: workers) { worker in
                var ws = SearchWorkspace(n: weighted ? n : 0)
                var bits = weighted ? nil : MultiSourceWorkspace(n: n)
                defer { ws.deallocate(); bits?.deallocate() }
                var chunk = worker
                while chunk < chunks {
                    var item = chunk
                    while item < items {
                        let lo = item * batch, hi = min(list.count, lo + batch)
                        if weighted {
                            let v = list[lo]
                            let sums = dijkstraSums(from: v, g, &ws)
                            reached[v] = sums.reached; total[v] = sums.total; reciprocal[v] = sums.reciprocal
                        } else {
                            multiSourceSums(Array(list[lo ..< hi]), g, &bits!, reached.baseAddress!, total.baseAddress!, reciprocal.baseAddress!)
                        }
                        item += chunks
                    }
                    chunk += workers
                }
            }
        }
        return DistanceSums(reached: Array(reached), total: Array(total), reciprocal: Array(reciprocal))
    }

    /// Multi-source BFS (M. Then et al., "The More the Merrier: Efficient Multi-Source Graph
    /// Traversal", PVLDB 8(4), 2014): up to 64 searches at once, one bit per source in a
    /// 64-bit word per node, so an edge is scanned once per level for all of them instead of
    /// once per source. A node newly reached at level d by the sources in mask b adds d (and 1/d)
    /// to each of them; levels come in increasing order, so every sum is accumulated in the same
    /// order as 64 separate searches would.
    private static func multiSourceSums(_ sources: [Int], _ g: AdjacencyView, _ ws: inout MultiSourceWorkspace,
                                        _ reachedOut: UnsafeMutablePointer<Double>, _ totalOut: UnsafeMutablePointer<Double>,
                                        _ reciprocalOut: UnsafeMutablePointer<Double>) {
        let offsets = g.offsets.baseAddress!, targets = g.targets.baseAddress!
        let seen = ws.seen, frontier = ws.frontier, next = ws.next
        var active = ws.active, upcoming = ws.upcoming
        var count = [Int](repeating: 1, count: 64), total = [Int](repeating: 0, count: 64)
        var reciprocal = [Double](repeating: 0, count: 64)
        active.removeAll(keepingCapacity: true)
        for (i, s) in sources.enumerated() {
            let bit = UInt64(1) << UInt64(i)
            if frontier[s] == 0 { active.append(Int32(s)) }
            seen[s] |= bit; frontier[s] |= bit
        }
        var touched = active
        var level = 0
        // Invariant: frontier[v] holds the sources that reached v at exactly `level`; seen[v]
        // those that reached it at `level` or before.
        while !active.isEmpty {
            level += 1
            upcoming.removeAll(keepingCapacity: true)
            for v32 in active {
                let v = Int(v32)
                let f = frontier[v]
                var k = offsets[v]
                let end = offsets[v + 1]
                while k < end {
                    let w = Int(targets[k])
                    let fresh = f & ~seen[w]
                    if fresh != 0 {
                        if next[w] == 0 { upcoming.append(Int32(w)) }
                        next[w] |= fresh
                    }
                    k &+= 1
                }
            }
            for v32 in active { frontier[Int(v32)] = 0 }
            let inverse = 1.0 / Double(level)
            for w32 in upcoming {
                let w = Int(w32)
                var b = next[w]
                next[w] = 0
                seen[w] |= b
                frontier[w] = b
                touched.append(w32)
                while b != 0 {
                    let i = b.trailingZeroBitCount
                    count[i] += 1; total[i] += level; reciprocal[i] += inverse
                    b &= b &- 1
                }
            }
            swap(&active, &upcoming)
        }
        for v32 in touched { seen[Int(v32)] = 0; frontier[Int(v32)] = 0 }
        for (i, s) in sources.enumerated() {
            reachedOut[s] = Double(count[i]); totalOut[s] = Double(total[i]); reciprocalOut[s] = reciprocal[i]
        }
        ws.active = active; ws.upcoming = upcoming
    }

    private static func dijkstraSums(from s: Int, _ g: AdjacencyView, _ ws: inout SearchWorkspace) -> (reached: Double, total: Double, reciprocal: Double) {
        let distance = ws.distance, rank = ws.rank, order = ws.order
        let offsets = g.offsets.baseAddress!, targets = g.targets.baseAddress!, weights = g.weights!.baseAddress!
        distance[s] = 0
        ws.heap.push(0, Int32(s))
        var settled = 0
        var total = 0.0, reciprocal = 0.0
        while !ws.heap.isEmpty {
            let (d, item) = ws.heap.pop()
            let v = Int(item)
            if rank[v] >= 0 || d > distance[v] { continue }
            rank[v] = Int32(settled); order[settled] = item; settled += 1
            total += d
            if d > 0 { reciprocal += 1 / d }
            for k in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[k])
                if rank[w] >= 0 { continue }
                let nd = d + weights[k]
                if nd < distance[w] { distance[w] = nd; ws.heap.push(nd, Int32(w)) }
            }
        }
        for i in 0 ..< settled { let v = Int(order[i]); distance[v] = .infinity; rank[v] = -1 }
        return (Double(settled), total, reciprocal)
    }
}

/// Per-worker arrays of the multi-source BFS: one 64-bit mask per node for the sources that have
/// seen it, reach it at the current level, and reach it at the next.
struct MultiSourceWorkspace {
    let seen: UnsafeMutablePointer<UInt64>
    let frontier: UnsafeMutablePointer<UInt64>
    let next: UnsafeMutablePointer<UInt64>
    var active: [Int32] = []
    var upcoming: [Int32] = []

    init(n: Int) {
        seen = .allocate(capacity: max(n, 1)); seen.initialize(repeating: 0, count: max(n, 1))
        frontier = .allocate(capacity: max(n, 1)); frontier.initialize(repeating: 0, count: max(n, 1))
        next = .allocate(capacity: max(n, 1)); next.initialize(repeating: 0, count: max(n, 1))
    }

    func deallocate() { seen.deallocate(); frontier.deallocate(); next.deallocate() }
}
