/// PageRank (networkx `pagerank`).
///
/// Formula (Brin & Page, "The anatomy of a large-scale hypertextual Web search engine",
/// Computer Networks 30, 1998), as networkx's `_pagerank_scipy` iterates it:
///     x' = α (x P + (Σ_{u dangling} x_u) d) + (1 − α) p,   P_uv = w(u, v) / Σ_v' w(u, v'),
/// with α the damping (0.85), p the personalization (uniform unless given, normalized to sum 1),
/// d the dangling distribution (p unless given). A node is dangling when its out-weight is 0.
///
/// Direction: rank flows along edges; an undirected edge carries it both ways. Parallel edges
/// add their weights and self-loops count, as in `nx.to_scipy_sparse_array` on a multigraph.
/// networkx weights PageRank by `weight` by default; so does `computeMeasures`.
///
/// Start 1/n; stop when Σ|x' − x| < n · tolerance, else `notConverged`. O(iterations · (n + m)).
public enum PageRank {
    public static func compute(_ index: CSRIndex, damping: Double = 0.85, personalization: [Double]? = nil,
                               dangling: [Double]? = nil, tolerance: Double = 1e-10, maxIterations: Int = 10_000) throws -> [Double] {
        let n = index.nodeCount
        if n == 0 { return [] }
        let p = try normalized(personalization, n, "personalization")
        let d = dangling == nil ? p : try normalized(dangling, n, "dangling")
        // Out-weight of every node (every entry of the out-rows: parallel edges add up).
        var outWeight = [Double](repeating: 0, count: n)
        for u in 0 ..< n {
            var s = 0.0
            for k in index.out.range(u) { s += index.out.weight(k) }
            outWeight[u] = s
        }
        let inverseOut = outWeight.map { $0 != 0 ? 1 / $0 : 0 }
        let danglingNodes = (0 ..< n).filter { outWeight[$0] == 0 }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0 ..< maxIterations {
            var danglingMass = 0.0
            for u in danglingNodes { danglingMass += x[u] }
            for u in 0 ..< n { share[u] = x[u] * inverseOut[u] }
            index.in.withView { g in
                let offsets = g.offsets.baseAddress!, targets = g.targets.baseAddress!
                for v in 0 ..< n {
                    var sum = 0.0
                    if let weights = g.weights {
                        for k in offsets[v] ..< offsets[v + 1] { sum += weights[k] * share[Int(targets[k])] }
                    } else {
                        for k in offsets[v] ..< offsets[v + 1] { sum += share[Int(targets[k])] }
                    }
                    next[v] = damping * (sum + danglingMass * d[v]) + (1 - damping) * p[v]
                }
            }
            var change = 0.0
            for v in 0 ..< n { change += abs(next[v] - x[v]) }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw AnalyticsError.notConverged(measure: "pagerank", iterations: maxIterations, tolerance: tolerance)
    }

    private static func normalized(_ v: [Double]?, _ n: Int, _ name: String) throws -> [Double] {
        guard let v else { return [Double](repeating: 1 / Double(n), count: n) }
        let sum = v.reduce(0, +)
        guard sum > 0, sum.isFinite else { throw AnalyticsError.invalidOption("pagerank \(name) weights must be non-negative with a positive sum") }
        return v.map { $0 / sum }
    }
}
