/// Eigenvector centrality (networkx `eigenvector_centrality`).
///
/// Formula: x is the principal eigenvector of Aᵀ (Bonacich, "Factoring and weighting approaches
/// to status scores and clique identification", J. Math. Sociol. 2, 1972):
///     λ x_v = Σ_{u → v} w(u, v) x_u,   scaled to Euclidean norm 1.
/// Direction: a node is central when central nodes point *to* it (in-edges), as networkx's
/// left eigenvector; in an undirected graph every edge counts both ways.
///
/// Method: networkx's power iteration on (A + I)ᵀ — the shift keeps it convergent on bipartite
/// and periodic graphs without moving the eigenvector — from the start vector 1/n, normalized to
/// norm 1 after every step; it stops when Σ_v |x_v − x'_v| < n · tolerance. Same start, same
/// iteration, same limit, so disconnected graphs give networkx's answer too.
/// O(iterations · (n + m)).
///
/// Self-loops count (A_vv = w). networkx refuses multigraphs here; parallel edges add up
/// (A_uv = the number of u → v edges, or their summed weights), the same adjacency matrix
/// PageRank and HITS use — networkx's answer on the graph with parallel edges merged that way.
public enum EigenvectorCentrality {
    public static func compute(_ index: CSRIndex, tolerance: Double = 1e-10, maxIterations: Int = 10_000) throws -> [Double] {
        let n = index.nodeCount
        if n == 0 { return [] }
        let adjacency = index.in.simplified(dropSelfLoops: false, merge: .sum)
        var x = [Double](repeating: 1 / Double(n), count: n)
        var y = [Double](repeating: 0, count: n)
        for _ in 0 ..< maxIterations {
            adjacency.withView { g in
                let offsets = g.offsets.baseAddress!, targets = g.targets.baseAddress!
                for v in 0 ..< n {
                    var sum = x[v]
                    if let weights = g.weights {
                        for k in offsets[v] ..< offsets[v + 1] { sum += weights[k] * x[Int(targets[k])] }
                    } else {
                        for k in offsets[v] ..< offsets[v + 1] { sum += x[Int(targets[k])] }
                    }
                    y[v] = sum
                }
            }
            var squares = 0.0
            for v in 0 ..< n { squares += y[v] * y[v] }
            var norm = squares.squareRoot()
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0 ..< n {
                let next = y[v] / norm
                change += abs(next - x[v])
                x[v] = next
            }
            if change < Double(n) * tolerance { return x }
        }
        throw AnalyticsError.notConverged(measure: "eigenvector", iterations: maxIterations, tolerance: tolerance)
    }
}
