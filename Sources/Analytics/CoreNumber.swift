/// Core number (networkx `core_number`).
///
/// Definition (Seidman, "Network structure and minimum degree", Social Networks 5, 1983): the
/// k-core is the largest subgraph whose nodes all have degree ≥ k; a node's core number is the
/// largest k whose k-core holds it. Algorithm: Batagelj & Zaversnik, "An O(m) algorithm for
/// cores decomposition of networks", 2003 (bucket sort by degree, peel the lowest). O(n + m).
///
/// Direction: degree is in + out, as networkx's (a reciprocal pair u ⇄ v makes u count v twice).
/// networkx refuses multigraphs and graphs with self-loops; here self-loops are ignored and
/// parallel edges count once, which equals networkx's answer after
/// `G.remove_edges_from(nx.selfloop_edges(G))` on the graph without duplicate edges.
public enum CoreNumber {
    public static func compute(_ index: CSRIndex) -> [Double] {
        let n = index.nodeCount
        if n == 0 { return [] }
        let simple = index.simple()
        // Neighbour multiset: successors and predecessors (the same row twice would double an
        // undirected graph, so only once there).
        var degree = [Int](repeating: 0, count: n)
        for v in 0 ..< n { degree[v] = simple.out.count(v) + (index.directed ? simple.in.count(v) : 0) }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0 ... maxDegree { binStart[d + 1] += binStart[d] }
        var position = [Int](repeating: 0, count: n)
        var ordered = [Int](repeating: 0, count: n)
        var fill = binStart
        for v in 0 ..< n { position[v] = fill[degree[v]]; ordered[position[v]] = v; fill[degree[v]] += 1 }
        // Invariant: ordered[i...] is sorted by current degree; binStart[d] is the first slot of degree d.
        for i in 0 ..< n {
            let v = ordered[i]
            func lower(_ u: Int) {
                guard degree[u] > degree[v] else { return }
                let du = degree[u], pu = position[u], pw = binStart[du], w = ordered[pw]
                if u != w { ordered[pu] = w; position[w] = pu; ordered[pw] = u; position[u] = pw }
                binStart[du] += 1
                degree[u] -= 1
            }
            for k in simple.out.range(v) { lower(Int(simple.out.targets[k])) }
            if index.directed { for k in simple.in.range(v) { lower(Int(simple.in.targets[k])) } }
        }
        return degree.map(Double.init)
    }
}
