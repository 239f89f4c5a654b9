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
    /// (the reversed graph for networkx's incoming distances). O(|nodes| · (n + m)) unweighted,
    /// O(|nodes| · (m + n) log n) weighted; split across `threads`.
    static func compute(_ adjacency: Adjacency, nodes: [Int]?, threads: Int) -> DistanceSums {
        let n = adjacency.offsets.count - 1
        let list = nodes ?? Array(0 ..< n)
        let reached = UnsafeMutableBufferPointer<Double>.allocate(capacity: n); reached.initialize(repeating: .nan)
        let total = UnsafeMutableBufferPointer<Double>.allocate(capacity: n); total.initialize(repeating: .nan)
        let reciprocal = UnsafeMutableBufferPointer<Double>.allocate(capacity: n); reciprocal.initialize(repeating: .nan)
        defer { reached.deallocate(); total.deallocate(); reciprocal.deallocate() }
        let chunks = Parallel.chunkCount(list.count)
        adjacency.withView { g in
            Parallel.forEachWorker(threads: min(threads, chunks)) { worker in
                var ws = SearchWorkspace(n: n)
                defer { ws.deallocate() }
                var chunk = worker
                while chunk < chunks {
                    var i = chunk
                    while i < list.count {
                        let v = list[i]
                        let sums = g.weights == nil ? bfsSums(from: v, g, ws) : dijkstraSums(from: v, g, &ws)
                        reached[v] = sums.reached; total[v] = sums.total; reciprocal[v] = sums.reciprocal
                        i += chunks
                    }
                    chunk += min(threads, chunks)
                }
            }
        }
        return DistanceSums(reached: Array(reached), total: Array(total), reciprocal: Array(reciprocal))
    }

    private static func bfsSums(from s: Int, _ g: AdjacencyView, _ ws: SearchWorkspace) -> (reached: Double, total: Double, reciprocal: Double) {
        let hops = ws.hops, order = ws.order
        let offsets = g.offsets.baseAddress!, targets = g.targets.baseAddress!
        hops[s] = 0; order[0] = Int32(s)
        var head = 0, tail = 1
        var total = 0, reciprocal = 0.0
        while head < tail {
            let v = Int(order[head]); head += 1
            let next = hops[v] + 1
            for k in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[k])
                if hops[w] < 0 {
                    hops[w] = next; order[tail] = Int32(w); tail += 1
                    total += Int(next); reciprocal += 1.0 / Double(next)
                }
            }
        }
        for i in 0 ..< tail { hops[Int(order[i])] = -1 }
        return (Double(tail), Double(total), reciprocal)
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
