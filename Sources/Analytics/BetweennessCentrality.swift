/// Betweenness centrality (networkx `betweenness_centrality`), by Brandes' algorithm.
///
/// Formula: C_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st, where σ_st is the number of shortest
/// s–t paths and σ_st(v) the number passing through v. With `endpoints`, paths also count
/// for their ends (Brandes 2008, §3.1).
///
/// Algorithm: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol.
/// 25(2), 2001, doi:10.1080/0022250X.2001.9990249. For each source s: a BFS (Dijkstra when
/// weighted) counts σ_sv; then, in order of decreasing distance, the dependency
/// δ_s(v) = σ_sv · Σ_{w : v ∈ P_s(w)} (1 + δ_s(w)) / σ_sw is accumulated over v's successors
/// on shortest paths. O(n·m) unweighted, O(n·m + n² log n) weighted; O(n + m) memory per thread.
///
/// Direction and multigraphs: paths follow edge direction. Self-loops are ignored and parallel
/// edges count as one (the lightest, when weighted), as networkx on a multigraph. Weighted
/// distances are compared with a relative tolerance of 1e-10 (see `nearlyEqual`).
///
/// Normalization, identical to networkx 3.x `_rescale`: with N = n − 1 (n without endpoints)
/// and K the number of sources, normalized values are divided by K·(N − 1) (unsampled: the
/// number of ordered pairs). Unnormalized values are scaled by N/K and halved in an undirected
/// graph (each unordered pair is found from both ends). When sources are sampled and endpoints
/// are excluded, sampled nodes are scaled by 1/((K − 1)(N − 1)) instead (networkx's correction).
///
/// Parallelism: sources are dealt round-robin into a fixed number of chunks, each with its own
/// accumulator; chunks run on `threads` workers and are summed in chunk order, so the result does
/// not depend on the thread count or on scheduling.
public enum BetweennessCentrality {
    public static func compute(_ index: CSRIndex, normalized: Bool = true, endpoints: Bool = false,
                               sources: [Int]? = nil, threads: Int = 1) -> [Double] {
        let n = index.nodeCount
        if n == 0 { return [] }
        // Searches run on a copy numbered by decreasing degree: in a scale-free graph most
        // edges lead to a few hubs, and numbering them first keeps their state in few cache lines.
        let (adjacency, position) = index.simple().out.renumberedByDegree()
        let sourceList = (sources ?? Array(0 ..< n)).map { position[$0] }
        let chunks = Parallel.chunkCount(sourceList.count)
        let workers = min(max(threads, 1), chunks)
        let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: chunks * n)
        partial.initialize(repeating: 0)
        defer { partial.deallocate() }
        adjacency.withView { g in
            Parallel.forEachWorker(threads: workers) { worker in
                var ws = SearchWorkspace(n: n)
                defer { ws.deallocate() }
                var chunk = worker
                while chunk < chunks {
                    let accumulator = partial.baseAddress! + chunk * n
                    var i = chunk
                    while i < sourceList.count {
                        if g.weights == nil {
                            accumulateUnweighted(from: sourceList[i], g, ws, into: accumulator, endpoints: endpoints)
                        } else {
                            accumulateWeighted(from: sourceList[i], g, &ws, into: accumulator, endpoints: endpoints)
                        }
                        i += chunks
                    }
                    chunk += workers
                }
            }
        }
        var betweenness = [Double](repeating: 0, count: n)
        for chunk in 0 ..< chunks {
            let accumulator = partial.baseAddress! + chunk * n
            for v in 0 ..< n { betweenness[v] += accumulator[position[v]] }
        }
        rescale(&betweenness, normalized: normalized, directed: index.directed, endpoints: endpoints, sampled: sources)
        return betweenness
    }

    /// One source, unweighted: BFS counting paths, then dependencies in reverse BFS order.
    static func accumulateUnweighted(from s: Int, _ g: AdjacencyView, _ ws: SearchWorkspace,
                                     into betweenness: UnsafeMutablePointer<Double>, endpoints: Bool) {
        let hops = ws.hops, sigma = ws.sigma, coefficient = ws.coefficient, order = ws.order
        let offsets = g.offsets.baseAddress!, targets = g.targets.baseAddress!
        hops[s] = 0; sigma[s] = 1; order[0] = Int32(s)
        var head = 0, tail = 1
        // Invariant: order[0..<tail] holds the nodes found so far by nondecreasing distance;
        // σ of every node before `head` is final.
        while head < tail {
            let v = Int(order[head]); head += 1
            let next = hops[v] + 1
            let sv = sigma[v]
            var k = offsets[v]
            let end = offsets[v + 1]
            while k < end {
                let w = Int(targets[k])
                if hops[w] < 0 { hops[w] = next; order[tail] = Int32(w); tail &+= 1 }
                // Branch-free: whether w lies one level further is unpredictable.
                sigma[w] += hops[w] == next ? sv : 0
                k &+= 1
            }
        }
        // Invariant: when v is taken, coefficient[w] is final for every w farther than v.
        var i = tail - 1
        while i >= 0 {
            let v = Int(order[i])
            let next = hops[v] + 1
            var sum = 0.0
            var k = offsets[v]
            let end = offsets[v + 1]
            while k < end {
                let w = Int(targets[k])
                sum += hops[w] == next ? coefficient[w] : 0
                k &+= 1
            }
            let delta = sigma[v] * sum
            coefficient[v] = (1 + delta) / sigma[v]
            if v != s { betweenness[v] += endpoints ? delta + 1 : delta }
            i -= 1
        }
        if endpoints { betweenness[s] += Double(tail - 1) }
        for j in 0 ..< tail { let v = Int(order[j]); hops[v] = -1; sigma[v] = 0 }
    }

    /// One source, weighted: Dijkstra counting paths (ties within tolerance), then dependencies
    /// in reverse settling order over successors w with d(w) ≈ d(v) + w(v, w).
    static func accumulateWeighted(from s: Int, _ g: AdjacencyView, _ ws: inout SearchWorkspace,
                                   into betweenness: UnsafeMutablePointer<Double>, endpoints: Bool) {
        let distance = ws.distance, sigma = ws.sigma, coefficient = ws.coefficient, order = ws.order, rank = ws.rank
        let offsets = g.offsets.baseAddress!, targets = g.targets.baseAddress!, weights = g.weights!.baseAddress!
        distance[s] = 0; sigma[s] = 1
        ws.heap.push(0, Int32(s))
        var settled = 0
        // Invariant: nodes with rank ≥ 0 have final distance and σ; distance[w] of the others is
        // the shortest known, σ[w] the number of paths of that length through settled nodes.
        while !ws.heap.isEmpty {
            let (d, item) = ws.heap.pop()
            let v = Int(item)
            if rank[v] >= 0 || d > distance[v] { continue }
            rank[v] = Int32(settled); order[settled] = item; settled += 1
            let sv = sigma[v]
            for k in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[k])
                if rank[w] >= 0 { continue }
                let nd = d + weights[k]
                let dw = distance[w]
                if dw == .infinity || (nd < dw && !nearlyEqual(nd, dw)) {
                    distance[w] = nd; sigma[w] = sv; ws.heap.push(nd, Int32(w))
                } else if nearlyEqual(nd, dw) {
                    sigma[w] += sv
                }
            }
        }
        var i = settled - 1
        while i >= 0 {
            let v = Int(order[i])
            let dv = distance[v], rv = rank[v]
            var sum = 0.0
            for k in offsets[v] ..< offsets[v + 1] {
                let w = Int(targets[k])
                if rank[w] > rv && nearlyEqual(dv + weights[k], distance[w]) { sum += coefficient[w] }
            }
            let delta = sigma[v] * sum
            coefficient[v] = (1 + delta) / sigma[v]
            if v != s { betweenness[v] += endpoints ? delta + 1 : delta }
            i -= 1
        }
        if endpoints { betweenness[s] += Double(settled - 1) }
        for j in 0 ..< settled { let v = Int(order[j]); distance[v] = .infinity; sigma[v] = 0; rank[v] = -1 }
    }

    /// networkx 3.x `_rescale`, line for line.
    static func rescale(_ b: inout [Double], normalized: Bool, directed: Bool, endpoints: Bool, sampled: [Int]?) {
        let n = b.count
        let N = endpoints ? n : n - 1
        if N < 2 { return }
        let k = sampled?.count
        let kSource = Double(k ?? N)
        let correction = directed ? 1.0 : 2.0
        if k == nil || endpoints {
            let scale = normalized ? 1 / (kSource * Double(N - 1)) : Double(N) / (kSource * correction)
            if scale != 1 { for v in 0 ..< n { b[v] *= scale } }
            return
        }
        let scaleSource: Double, scaleOther: Double
        if normalized {
            scaleSource = kSource > 1 ? 1 / ((kSource - 1) * Double(N - 1)) : .nan
            scaleOther = 1 / (kSource * Double(N - 1))
        } else {
            scaleSource = kSource > 1 ? Double(N) / ((kSource - 1) * correction) : .nan
            scaleOther = Double(N) / (kSource * correction)
        }
        var isSource = [Bool](repeating: false, count: n)
        for s in sampled! { isSource[s] = true }
        for v in 0 ..< n { b[v] *= isSource[v] ? scaleSource : scaleOther }
    }
}
