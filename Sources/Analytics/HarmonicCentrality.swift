/// Harmonic centrality (networkx `harmonic_centrality`).
///
/// Formula (Marchiori & Latora, "Harmony in the small-world", Physica A 285, 2000;
/// Boldi & Vigna, "Axioms for centrality", Internet Math. 10, 2014):
///     H(v) = Σ_{u ≠ v} 1 / d(u, v),   unreachable pairs adding 0. Not normalized, as in networkx.
///
/// Direction: incoming distances d(u, v), as networkx sums 1/d over shortest paths from every
/// other node to v. Self-loops are ignored, parallel edges count once (the lightest). Pairs
/// at distance 0 (zero-weight edges) are skipped, as networkx does.
///
/// Complexity: one BFS (Dijkstra when weighted) per node on the reversed graph, O(n·m),
/// split across threads. With `nodes`, only those are computed; the rest are NaN.
public enum HarmonicCentrality {
    public static func compute(_ index: CSRIndex, nodes: [Int]? = nil, threads: Int = 1) -> [Double] {
        let sums = DistanceSums.compute(index.simple().in, nodes: nodes, threads: threads)
        return sums.reciprocal
    }
}
