import Foundation
import Testing
import TestSupport
@testable import Analytics

/// Randomized parity with networkx: each case is a random graph (directed or not, weighted or
/// not, with self-loops, parallel edges, several components, empty, single node) built in
/// networkx the way `networkx.read_graphml` builds it (a multigraph exactly when the file has
/// parallel edges), and every measure compared node by node.
///
/// Tolerances: relative 1e-9 for exact measures, 1e-6 for iterative ones (networkx run at
/// 1e-13, as ours are here), each with a small absolute floor for values near zero.
@Suite struct NetworkxParityTests {
    struct Case {
        var name: String
        var edges: EdgeList
        var weighted: Bool
    }

    /// Random graphs from a seed; ids `v00`… sort in index order.
    static func cases() -> [Case] {
        var result: [Case] = []
        func make(_ name: String, n: Int, directed: Bool, weighted: Bool, pairs: [(Int, Int)], rng: inout SplitMix64) -> Case {
            let weights = pairs.map { _ in Double(1 + rng.next(below: 4)) }
            let list = EdgeList(ids: (0 ..< n).map { String(format: "v%02d", $0) }, directed: directed,
                                sources: pairs.map { Int32($0.0) }, targets: pairs.map { Int32($0.1) },
                                weights: weighted ? ["weight": weights] : [:])
            return Case(name: name, edges: list, weighted: weighted)
        }
        var rng = SplitMix64(seed: 20_250_101)
        result.append(make("empty", n: 0, directed: true, weighted: false, pairs: [], rng: &rng))
        result.append(make("single", n: 1, directed: false, weighted: false, pairs: [], rng: &rng))
        result.append(make("single-loop", n: 1, directed: true, weighted: true, pairs: [(0, 0)], rng: &rng))
        result.append(make("two-isolated", n: 2, directed: false, weighted: false, pairs: [], rng: &rng))
        for i in 0 ..< 48 {
            let directed = i % 2 == 0
            let weighted = (i / 2) % 2 == 0
            let withLoops = (i / 4) % 2 == 0
            let withParallel = (i / 8) % 2 == 0
            let components = 1 + i % 3
            let n = 3 + Int(rng.next(below: 28))
            var pairs: [(Int, Int)] = []
            // Split the nodes into `components` blocks and draw edges inside each block.
            let blockSize = max(1, n / components)
            let m = n + Int(rng.next(below: UInt64(2 * n)))
            for _ in 0 ..< m {
                let block = Int(rng.next(below: UInt64(components)))
                let lo = min(block * blockSize, n - 1), hi = block == components - 1 ? n : min(n, lo + blockSize)
                let u = lo + Int(rng.next(below: UInt64(hi - lo))), v = lo + Int(rng.next(below: UInt64(hi - lo)))
                if u == v && !withLoops { continue }
                pairs.append((u, v))
            }
            if withParallel, !pairs.isEmpty {
                for _ in 0 ..< 3 { pairs.append(pairs[Int(rng.next(below: UInt64(pairs.count)))]) }
            } else {
                // No parallel edges: keep the first of each (unordered if undirected) pair.
                var seen = Set<[Int]>()
                pairs = pairs.filter { seen.insert(directed ? [$0.0, $0.1] : [min($0.0, $0.1), max($0.0, $0.1)]).inserted }
            }
            let name = "case\(i)-\(directed ? "directed" : "undirected")-\(weighted ? "weighted" : "plain")\(withLoops ? "-loops" : "")\(withParallel ? "-parallel" : "")-c\(components)"
            result.append(make(name, n: n, directed: directed, weighted: weighted, pairs: pairs, rng: &rng))
        }
        return result
    }

    static let reference = #"""
import json, sys, math
import networkx as nx
import numpy as np

def build(c):
    ids = c["ids"]; directed = c["directed"]
    G = nx.MultiDiGraph() if directed else nx.MultiGraph()
    G.add_nodes_from(ids)
    for s, t, w in c["edges"]:
        if c["weighted"]: G.add_edge(ids[s], ids[t], weight=w)
        else: G.add_edge(ids[s], ids[t])
    simple = nx.DiGraph(G) if directed else nx.Graph(G)
    if simple.number_of_edges() == G.number_of_edges():
        G = simple          # read_graphml returns a simple graph when there are no parallel edges
    return G

def summed(G, use_weight):
    # Parallel edges merged by adding weights, or counting them (the documented eigenvector choice).
    H = nx.DiGraph() if G.is_directed() else nx.Graph()
    H.add_nodes_from(G)
    for u, v, d in G.edges(data=True):
        w = d.get("weight", 1) if use_weight else 1
        if H.has_edge(u, v): H[u][v]["weight"] += w
        else: H.add_edge(u, v, weight=w)
    return H

def attempt(f):
    try:
        return {k: float(v) for k, v in f().items()}
    except Exception as e:
        return None

def hits_ok(G):
    if G.number_of_nodes() < 2 or G.number_of_edges() == 0: return False
    A = nx.to_numpy_array(G)
    s = np.linalg.svd(A, compute_uv=False)
    return len(s) > 1 and s[0] - s[1] > 1e-6 * s[0]

out = []
for c in json.load(sys.stdin):
    G = build(c)
    r = {}
    r["degree"] = attempt(lambda: nx.degree_centrality(G))
    if G.is_directed():
        r["in_degree"] = attempt(lambda: nx.in_degree_centrality(G))
        r["out_degree"] = attempt(lambda: nx.out_degree_centrality(G))
    r["betweenness"] = attempt(lambda: nx.betweenness_centrality(G))
    r["betweenness_raw_endpoints"] = attempt(lambda: nx.betweenness_centrality(G, normalized=False, endpoints=True))
    r["closeness"] = attempt(lambda: nx.closeness_centrality(G))
    r["harmonic"] = attempt(lambda: nx.harmonic_centrality(G))
    r["eigenvector"] = attempt(lambda: nx.eigenvector_centrality(summed(G, False), max_iter=100000, tol=1e-13, weight="weight"))
    r["pagerank"] = attempt(lambda: nx.pagerank(G, max_iter=100000, tol=1e-13))
    r["pagerank_none"] = attempt(lambda: nx.pagerank(G, max_iter=100000, tol=1e-13, weight=None))
    if hits_ok(G):
        h = nx.hits(G, max_iter=100000, tol=1e-13)
        r["hubs"] = {k: float(v) for k, v in h[0].items()}
        r["authorities"] = {k: float(v) for k, v in h[1].items()}
    S = nx.DiGraph(G) if G.is_directed() else nx.Graph(G)
    S.remove_edges_from(list(nx.selfloop_edges(S)))
    r["core"] = attempt(lambda: nx.core_number(S))
    if c["weighted"]:
        r["betweenness_w"] = attempt(lambda: nx.betweenness_centrality(G, weight="weight"))
        r["closeness_w"] = attempt(lambda: nx.closeness_centrality(G, distance="weight"))
        r["harmonic_w"] = attempt(lambda: nx.harmonic_centrality(G, distance="weight"))
        r["eigenvector_w"] = attempt(lambda: nx.eigenvector_centrality(summed(G, True), max_iter=100000, tol=1e-13, weight="weight"))
    if G.number_of_edges() > 0:
        groups = {}
        for node, label in zip(c["ids"], c["partition"]): groups.setdefault(label, set()).add(node)
        r["modularity"] = nx.community.modularity(G, list(groups.values()), weight="weight")
    out.append(r)
json.dump(out, sys.stdout)
"""#

    static let exact: Set<String> = ["degree", "in_degree", "out_degree", "betweenness", "betweenness_raw_endpoints",
                                     "closeness", "harmonic", "core", "betweenness_w", "closeness_w", "harmonic_w"]

    @Test func measuresEqualNetworkx() throws {
        let cases = Self.cases()
        var input: [[String: Any]] = []
        var ours: [[String: [Double]]] = []
        var modularities: [Double?] = []
        for c in cases {
            var columns: [String: [Double]] = [:]
            let all: [Measure] = [.degree, .betweenness, .closeness, .harmonic, .pagerank, .core, .community]
                + (c.edges.directed ? [.in_degree, .out_degree] : [])
            // Iterative measures run at the reference's tolerance: components that decay to 0
            // keep a residue of the order of the tolerance, which would dominate near-zero values.
            var tight = MeasureOptions(); tight.tolerance = 1e-13; tight.maxIterations = 100_000
            let table = try computeMeasures(c.edges, all, options: tight)
            for m in all where m != .community { columns[m.rawValue] = table[m]! }
            modularities.append(table.modularity)
            for m in [Measure.eigenvector, .hubs, .authorities] {
                if let t = try? computeMeasures(c.edges, [m], options: tight) { columns[m.rawValue] = t[m]! }
            }
            var raw = MeasureOptions(); raw.normalized = false; raw.endpoints = true
            columns["betweenness_raw_endpoints"] = try computeMeasures(c.edges, [.betweenness], options: raw)[.betweenness]!
            var none = tight; none.weight = .none
            columns["pagerank_none"] = try computeMeasures(c.edges, [.pagerank], options: none)[.pagerank]!
            if c.weighted {
                var w = MeasureOptions(); w.weight = .attribute("weight")
                let t = try computeMeasures(c.edges, [.betweenness, .closeness, .harmonic], options: w)
                columns["betweenness_w"] = t[.betweenness]!; columns["closeness_w"] = t[.closeness]!; columns["harmonic_w"] = t[.harmonic]!
                var wTight = tight; wTight.weight = .attribute("weight")
                if let e = try? computeMeasures(c.edges, [.eigenvector], options: wTight) { columns["eigenvector_w"] = e[.eigenvector]! }
            }
            ours.append(columns)
            input.append([
                "ids": c.edges.ids, "directed": c.edges.directed, "weighted": c.weighted,
                "edges": (0 ..< c.edges.edgeCount).map { e -> [Any] in
                    [Int(c.edges.sources[e]), Int(c.edges.targets[e]), c.edges.weights["weight"]?[e] ?? 1]
                },
                "partition": table[.community]!.map { Int($0) },
            ])
        }
        let result = try Subprocess.run("python3", ["-c", Self.reference], stdin: try JSONSerialization.data(withJSONObject: input))
        try #require(result.status == 0, "networkx reference failed: \(result.stderrText)")
        let reference = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        try #require(reference.count == cases.count)
        var compared = 0
        for (k, c) in cases.enumerated() {
            for (measure, expected) in reference[k] {
                if measure == "modularity" {
                    let q = try #require(modularities[k], "\(c.name): no modularity")
                    let nx = try #require(expected as? Double)
                    #expect(abs(q - nx) <= 1e-9 * max(1, abs(nx)), "\(c.name) modularity: ours \(q), networkx \(nx)")
                    continue
                }
                guard let values = expected as? [String: Double] else { continue }   // networkx refused
                guard let mine = ours[k][measure] else {
                    Issue.record("\(c.name): \(measure) converged in networkx but not here"); continue
                }
                let relative = Self.exact.contains(measure) ? 1e-9 : 1e-6
                let absolute = Self.exact.contains(measure) ? 1e-12 : 1e-8
                for (i, id) in c.edges.ids.enumerated() {
                    let a = mine[i], b = values[id]!
                    compared += 1
                    #expect(abs(a - b) <= relative * max(abs(a), abs(b)) + absolute,
                            "\(c.name) \(measure) \(id): ours \(a), networkx \(b)")
                }
            }
        }
        #expect(compared > 5_000)
    }

    /// Undirected graphs above 64 nodes take the Lanczos + Chebyshev start: a scale-free graph
    /// (λ₂ close to λ₁), one with two components of different sizes, and one with self-loops and
    /// weighted parallel edges.
    @Test func eigenvectorOnLargerUndirectedGraphs() throws {
        var rng = SplitMix64(seed: 99)
        var graphs: [EdgeList] = []
        func list(_ n: Int, _ pairs: [(Int, Int)], weights: [Double]? = nil) -> EdgeList {
            EdgeList(ids: (0 ..< n).map { String(format: "v%04d", $0) }, directed: false,
                     sources: pairs.map { Int32($0.0) }, targets: pairs.map { Int32($0.1) },
                     weights: weights.map { ["weight": $0] } ?? [:])
        }
        // Preferential attachment, 3 edges per node.
        var ends: [Int] = [0, 1, 1, 2, 2, 0]
        var pairs: [(Int, Int)] = [(0, 1), (1, 2), (2, 0)]
        for v in 3 ..< 400 {
            var chosen = Set<Int>()
            while chosen.count < 3 { chosen.insert(ends[Int(rng.next(below: UInt64(ends.count)))]) }
            for u in chosen.sorted() { pairs.append((u, v)); ends += [u, v] }
        }
        graphs.append(list(400, pairs))
        // Two random components, 150 and 90 nodes.
        var two: [(Int, Int)] = []
        for _ in 0 ..< 600 { two.append((Int(rng.next(below: 150)), Int(rng.next(below: 150)))) }
        for _ in 0 ..< 300 { two.append((150 + Int(rng.next(below: 90)), 150 + Int(rng.next(below: 90)))) }
        two = two.filter { $0.0 != $0.1 }
        graphs.append(list(240, two))
        // Self-loops and weighted parallel edges.
        var multi = pairs.prefix(500).map { $0 } + pairs.prefix(40).map { $0 } + [(5, 5), (17, 17)]
        multi.append((3, 9))
        graphs.append(list(400, multi, weights: multi.map { _ in Double(1 + rng.next(below: 5)) }))
        let program = #"""
import json, sys
import networkx as nx
out = []
for c in json.load(sys.stdin):
    H = nx.Graph(); H.add_nodes_from(c["ids"])
    for s, t, w in c["edges"]:
        u, v = c["ids"][s], c["ids"][t]
        if H.has_edge(u, v): H[u][v]["weight"] += w
        else: H.add_edge(u, v, weight=w)
    out.append(nx.eigenvector_centrality(H, max_iter=100000, tol=1e-13, weight="weight"))
json.dump(out, sys.stdout)
"""#
        var input: [[String: Any]] = []
        var ours: [[Double]] = []
        for (k, g) in graphs.enumerated() {
            var options = MeasureOptions()
            options.tolerance = 1e-13; options.maxIterations = 100_000
            options.weight = k == 2 ? .attribute("weight") : .none
            ours.append(try computeMeasures(g, [.eigenvector], options: options)[.eigenvector]!)
            input.append(["ids": g.ids, "edges": (0 ..< g.edgeCount).map { e -> [Any] in
                [Int(g.sources[e]), Int(g.targets[e]), k == 2 ? g.weights["weight"]![e] : 1.0] }])
        }
        let result = try Subprocess.run("python3", ["-c", program], stdin: try JSONSerialization.data(withJSONObject: input))
        try #require(result.status == 0, "networkx failed: \(result.stderrText)")
        let reference = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Double]])
        for (k, g) in graphs.enumerated() {
            for (i, id) in g.ids.enumerated() {
                let a = ours[k][i], b = reference[k][id]!
                #expect(abs(a - b) <= 1e-6 * max(abs(a), abs(b)) + 1e-9, "graph \(k) \(id): ours \(a), networkx \(b)")
            }
        }
    }
}
