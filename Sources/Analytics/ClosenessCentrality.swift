/// Closeness centrality (networkx `closeness_centrality`, default `wf_improved=True`).
///
/// Formula (Wasserman & Faust, "Social Network Analysis", 1994, eq. 5.3 scaled for
/// disconnected graphs): with r(v) the number of nodes that reach v (v included) and
/// D(v) = Σ_u d(u, v) their total distance,
///     C(v) = (r − 1) / D · (r − 1) / (n − 1),   and 0 when D = 0 or n ≤ 1.
///
/// Direction: distances are *incoming*, d(u, v) from u to v, as networkx computes them on
/// `G.reverse()`; in an undirected graph the two agree. Self-loops are ignored and parallel
/// edges count once (the lightest when weighted, `--weight` acting as networkx's `distance=`).
///
/// Complexity: one BFS (Dijkstra when weighted) per node on the reversed graph, O(n·m)
/// (O(n·(m + n log n))), split across threads; each node's value is independent of the others.
/// With `nodes`, only those are computed; the rest are NaN.
public enum ClosenessCentrality {
    public static func compute(_ index: CSRIndex, nodes: [Int]? = nil, threads: Int = 1) -> [Double] {
        let n = index.nodeCount
        let sums = DistanceSums.compute(index.simple().in, nodes: nodes, threads: threads)
        var closeness = [Double](repeating: .nan, count: n)
        for v in nodes ?? Array(0 ..< n) {
            let reached = sums.reached[v], total = sums.total[v]
            var c = 0.0
            if total > 0 && n > 1 {
                c = (reached - 1) / total
                c *= (reached - 1) / Double(n - 1)
            }
            closeness[v] = c
        }
        return closeness
    }
}
