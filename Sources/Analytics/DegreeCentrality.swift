/// Degree centrality (networkx `degree_centrality`, `in_degree_centrality`, `out_degree_centrality`).
///
/// Formula: C_D(v) = deg(v) / (n − 1); for n ≤ 1 every node gets 1, as in networkx.
/// `counts` gives deg(v) itself. With a weight, deg(v) is the sum of the weights (strength).
///
/// Direction: `total` is in + out in a directed graph. In an undirected graph `in` and `out`
/// equal `total` (networkx refuses them there). Self-loops count twice in an undirected
/// degree and once on each side in a directed one; every parallel edge counts — both as
/// networkx's `G.degree` on a multigraph.
///
/// Complexity: O(n + m).
public enum DegreeCentrality {
    public enum Direction: Sendable { case total, `in`, out }

    public static func compute(_ index: CSRIndex, direction: Direction, counts: Bool) -> [Double] {
        let n = index.nodeCount
        var degree = [Double](repeating: 0, count: n)
        func add(_ adjacency: Adjacency, loopsTwice: Bool) {
            for v in 0 ..< n {
                var sum = 0.0
                for k in adjacency.range(v) {
                    let w = adjacency.weight(k)
                    sum += w
                    if loopsTwice && Int(adjacency.targets[k]) == v { sum += w }
                }
                degree[v] += sum
            }
        }
        if !index.directed {
            add(index.out, loopsTwice: true)
        } else {
            if direction != .in { add(index.out, loopsTwice: false) }
            if direction != .out { add(index.in, loopsTwice: false) }
        }
        if counts { return degree }
        if n <= 1 { return [Double](repeating: 1, count: n) }
        let scale = 1.0 / Double(n - 1)
        return degree.map { $0 * scale }
    }
}
