/// Hubs and authorities (networkx `hits`).
///
/// Formula (Kleinberg, "Authoritative sources in a hyperlinked environment", J. ACM 46(5),
/// 1999): authorities a are the principal eigenvector of AᵀA (the top right singular vector of
/// A, which networkx obtains with `svds`), hubs h = A a; both are then divided by their sums.
///
/// Method: power iteration a ← Aᵀ(A a), scaled by its maximum, from 1/n, until
/// Σ|a − a'| < n · tolerance; the same limit as networkx's singular vector whenever the top
/// singular value is simple (when it is not, neither answer is unique).
///
/// Direction: a hub points to good authorities; an authority is pointed to by good hubs.
/// Parallel edges add their weights and self-loops count (`nx.adjacency_matrix`); networkx uses
/// `weight` by default, as `computeMeasures` does. A graph with no edges has no principal
/// vector: every node then gets 1/n. O(iterations · (n + m)).
public enum HITS {
    public static func compute(_ index: CSRIndex, tolerance: Double = 1e-10, maxIterations: Int = 10_000) throws -> (hubs: [Double], authorities: [Double]) {
        let n = index.nodeCount
        if n == 0 { return ([], []) }
        if index.edgeCount == 0 {
            let uniform = [Double](repeating: 1 / Double(n), count: n)
            return (uniform, uniform)
        }
        var a = [Double](repeating: 1 / Double(n), count: n)
        var h = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        var converged = false
        for _ in 0 ..< maxIterations {
            multiply(index.out, a, into: &h)      // h = A a
            multiply(index.in, h, into: &next)    // a' = Aᵀ h
            let top = next.max() ?? 0
            if top > 0 { for v in 0 ..< n { next[v] /= top } }
            var change = 0.0
            for v in 0 ..< n { change += abs(next[v] - a[v]) }
            swap(&a, &next)
            if change < Double(n) * tolerance { converged = true; break }
        }
        guard converged else { throw AnalyticsError.notConverged(measure: "hits", iterations: maxIterations, tolerance: tolerance) }
        multiply(index.out, a, into: &h)
        let hubSum = h.reduce(0, +), authoritySum = a.reduce(0, +)
        return (h.map { $0 / hubSum }, a.map { $0 / authoritySum })
    }

    /// result[v] = Σ over the row of v of weight · x[neighbour].
    private static func multiply(_ adjacency: Adjacency, _ x: [Double], into result: inout [Double]) {
        let n = result.count
        adjacency.withView { g in
            let offsets = g.offsets.baseAddress!, targets = g.targets.baseAddress!
            for v in 0 ..< n {
                var sum = 0.0
                if let weights = g.weights {
                    for k in offsets[v] ..< offsets[v + 1] { sum += weights[k] * x[Int(targets[k])] }
                } else {
                    for k in offsets[v] ..< offsets[v + 1] { sum += x[Int(targets[k])] }
                }
                result[v] = sum
            }
        }
    }
}
