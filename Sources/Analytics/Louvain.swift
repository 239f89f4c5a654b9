/// Communities by the Louvain method (networkx `community.louvain_communities`) and their
/// modularity (networkx `community.modularity`).
///
/// Method: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of
/// communities in large networks", J. Stat. Mech. (2008) P10008, doi:10.1088/1742-5468/2008/10/P10008.
/// Phase 1 moves each node (in a seeded random order) to the neighbouring community with the
/// largest positive modularity gain, then revisits only the neighbours of nodes that moved
/// (Ozaki et al. 2016, see `LevelGraph.oneLevel`) until none is left; phase 2 merges each community into one
/// node (internal weight becomes a self-loop) and repeats. It stops when a level improves
/// modularity by no more than `threshold` (1e-7), exactly as networkx's `louvain_partitions`.
///
/// Modularity with resolution γ and total edge weight m:
///     undirected  Q = Σ_c [ L_c / m − γ (K_c / 2m)² ]
///     directed    Q = Σ_c [ L_c / m − γ K_c^out K_c^in / m² ]   (Dugué & Perez 2015, as networkx)
/// with L_c the weight inside c and K_c the summed (in/out) degree. The gain of moving node u
/// follows networkx's `_one_level` term for term. Direction is kept for directed graphs.
/// Self-loops count in degrees and in L_c; parallel edges add their weights. The random order
/// comes from SplitMix64(seed), so results are reproducible but are not the partitions
/// networkx draws with Python's generator; the modularity reported is of the partition returned.
/// Roughly O(m) per level plus O(deg u) per revisit; O(log n) levels in practice.
public enum Louvain {
    public struct Result: Sendable {
        /// Community of each node, numbered by the first node (in graph order) of each.
        public var community: [Int]
        public var modularity: Double
    }

    public static func compute(_ index: CSRIndex, resolution: Double = 1, threshold: Double = 1e-7, seed: UInt64 = 0) throws -> Result {
        let n = index.nodeCount
        var level = LevelGraph(index)
        if level.totalWeight == 0 {
            return Result(community: Array(0 ..< n), modularity: .nan)
        }
        var rng = SplitMix64(seed: seed)
        var partition = Array(0 ..< n)
        var modularity = level.modularity(Array(0 ..< n), resolution: resolution)
        var assignment = level.oneLevel(resolution: resolution, rng: &rng)
        partition = assignment
        while true {
            let newModularity = level.modularity(assignment, resolution: resolution)
            if newModularity - modularity <= threshold { break }
            modularity = newModularity
            level = level.aggregated(by: assignment)
            assignment = level.oneLevel(resolution: resolution, rng: &rng)
            for v in 0 ..< n { partition[v] = assignment[partition[v]] }
        }
        let labels = renumbered(partition)
        return Result(community: labels, modularity: LevelGraph(index).modularity(labels, resolution: resolution))
    }

    /// Community labels 0, 1, ... in order of each community's first node.
    static func renumbered(_ partition: [Int]) -> [Int] {
        var map = [Int](repeating: -1, count: (partition.max() ?? -1) + 1)
        var next = 0
        return partition.map { c in
            if map[c] < 0 { map[c] = next; next += 1 }
            return map[c]
        }
    }
}

/// One level of the Louvain hierarchy: a weighted graph whose edges are listed once
/// (undirected edges in either orientation), with the neighbour rows phase 1 scans.
struct LevelGraph {
    let n: Int
    let directed: Bool
    let from: [Int32], to: [Int32], weight: [Double]
    /// m: the sum of all edge weights (networkx `G.size(weight=...)`).
    let totalWeight: Double
    /// Undirected: degree (self-loops twice). Directed: out- and in-degree.
    var degreeOut: [Double], degreeIn: [Double]
    /// Neighbour rows without self-loops: in a directed graph successors and predecessors both.
    var rowStart: [Int], rowNode: [Int32], rowWeight: [Double]

    init(_ index: CSRIndex) {
        var from: [Int32] = [], to: [Int32] = [], weight: [Double] = []
        from.reserveCapacity(index.edgeCount); to.reserveCapacity(index.edgeCount); weight.reserveCapacity(index.edgeCount)
        for u in 0 ..< index.nodeCount {
            for k in index.out.range(u) {
                let v = index.out.targets[k]
                if !index.directed && Int(v) < u { continue }   // each undirected edge once
                from.append(Int32(u)); to.append(v); weight.append(index.out.weight(k))
            }
        }
        self.init(n: index.nodeCount, directed: index.directed, from: from, to: to, weight: weight)
    }

    init(n: Int, directed: Bool, from: [Int32], to: [Int32], weight: [Double]) {
        self.n = n; self.directed = directed; self.from = from; self.to = to; self.weight = weight
        totalWeight = weight.reduce(0, +)
        degreeOut = [Double](repeating: 0, count: n)
        degreeIn = [Double](repeating: 0, count: n)
        var count = [Int](repeating: 0, count: n + 1)
        for e in 0 ..< from.count {
            let u = Int(from[e]), v = Int(to[e]), w = weight[e]
            degreeOut[u] += w
            if directed { degreeIn[v] += w } else { degreeOut[v] += w }
            if u != v { count[u + 1] += 1; count[v + 1] += 1 }
        }
        if !directed { degreeIn = degreeOut }
        for i in 0 ..< n { count[i + 1] += count[i] }
        rowStart = count
        rowNode = [Int32](repeating: 0, count: count[n])
        rowWeight = [Double](repeating: 0, count: count[n])
        var fill = count
        for e in 0 ..< from.count {
            let u = Int(from[e]), v = Int(to[e]), w = weight[e]
            if u == v { continue }
            rowNode[fill[u]] = Int32(v); rowWeight[fill[u]] = w; fill[u] += 1
            rowNode[fill[v]] = Int32(u); rowWeight[fill[v]] = w; fill[v] += 1
        }
    }

    /// Phase 1 (networkx `_one_level`): returns each node's community, numbered 0 ..< c.
    ///
    /// The first pass visits every node in a seeded random order, as networkx does. After it,
    /// only nodes that may have something to gain are visited again: when a node moves, its
    /// neighbours outside its new community are queued (first in, first out; each node at most
    /// once in the queue). This is the pruning of Ozaki, Tezuka and Inaba, "A simple
    /// acceleration method for the Louvain algorithm", Int. J. Computer and Electrical
    /// Engineering 8(3), 2016, doi:10.17706/IJCEE.2016.8.3.207-218: a node whose neighbourhood
    /// did not change is unlikely to find a better community, and skipping it removes most of
    /// the work of the later passes (which on a large sparse graph each rescan every edge to
    /// move a few nodes). The level ends when the queue is empty. Every move has a strictly
    /// positive gain, so modularity only rises; a cap of 64 visits per node (far above what
    /// convergence takes) guards against rounding making two moves undo each other forever.
    /// Cost: O(m) for the first pass, then O(deg u) per visit of u.
    func oneLevel(resolution γ: Double, rng: inout SplitMix64) -> [Int] {
        let m = totalWeight
        var community = Array(0 ..< n)
        var totalOut = degreeOut, totalIn = degreeIn
        var order = Array(0 ..< n)
        if n > 1 { for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next(below: UInt64(i + 1)))) } }
        var toCommunity = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        // The queue is a ring of n slots: a node is in it at most once (`queued`).
        var queue = order
        var queued = [Bool](repeating: true, count: n)
        var head = 0, count = n
        var visits = 0
        let maxVisits = 64 * max(n, 1)
        while count > 0 && visits < maxVisits {
            let u = queue[head]
            head = head + 1 == n ? 0 : head + 1
            count -= 1
            queued[u] = false
            visits += 1
            touched.removeAll(keepingCapacity: true)
            for k in rowStart[u] ..< rowStart[u + 1] {
                let c = community[Int(rowNode[k])]
                if !seen[c] { seen[c] = true; touched.append(c); toCommunity[c] = 0 }
                toCommunity[c] += rowWeight[k]
            }
            let own = community[u]
            let ownWeight = seen[own] ? toCommunity[own] : 0
            let kOut = degreeOut[u], kIn = degreeIn[u]
            var best = own, bestGain = 0.0
            let removeCost: Double
            totalOut[own] -= kOut
            if directed {
                totalIn[own] -= kIn
                removeCost = -ownWeight / m + γ * (kOut * totalIn[own] + kIn * totalOut[own]) / (m * m)
            } else {
                removeCost = -ownWeight / m + γ * (totalOut[own] * kOut) / (2 * m * m)
            }
            for c in touched {
                let gain: Double
                if directed {
                    gain = removeCost + toCommunity[c] / m - γ * (kOut * totalIn[c] + kIn * totalOut[c]) / (m * m)
                } else {
                    gain = removeCost + toCommunity[c] / m - γ * (totalOut[c] * kOut) / (2 * m * m)
                }
                if gain > bestGain { bestGain = gain; best = c }
            }
            totalOut[best] += kOut
            if directed { totalIn[best] += kIn }
            for c in touched { seen[c] = false }
            if best != own {
                community[u] = best
                for k in rowStart[u] ..< rowStart[u + 1] {
                    let v = Int(rowNode[k])
                    if !queued[v] && community[v] != best {
                        queued[v] = true
                        var tail = head + count
                        if tail >= n { tail -= n }
                        queue[tail] = v
                        count += 1
                    }
                }
            }
        }
        return Louvain.renumbered(community)
    }

    /// Modularity of `partition` (community of each node of this level).
    func modularity(_ partition: [Int], resolution γ: Double) -> Double {
        let m = totalWeight
        let c = (partition.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: c)
        var sumOut = [Double](repeating: 0, count: c), sumIn = [Double](repeating: 0, count: c)
        for e in 0 ..< from.count where partition[Int(from[e])] == partition[Int(to[e])] {
            inside[partition[Int(from[e])]] += weight[e]
        }
        for v in 0 ..< n { sumOut[partition[v]] += degreeOut[v]; sumIn[partition[v]] += degreeIn[v] }
        var q = 0.0
        for k in 0 ..< c {
            if directed {
                q += inside[k] / m - γ * sumOut[k] * sumIn[k] / (m * m)
            } else {
                q += inside[k] / m - γ * sumOut[k] * sumOut[k] / (4 * m * m)
            }
        }
        return q
    }

    /// Phase 2 (networkx `_gen_graph`): one node per community, edge weights summed.
    func aggregated(by partition: [Int]) -> LevelGraph {
        let c = (partition.max() ?? -1) + 1
        // Bucket edges by their (first) community, then merge by the other with a dense row.
        var start = [Int](repeating: 0, count: c + 1)
        var a = [Int32](repeating: 0, count: from.count), b = [Int32](repeating: 0, count: from.count)
        for e in 0 ..< from.count {
            var x = Int32(partition[Int(from[e])]), y = Int32(partition[Int(to[e])])
            if !directed && x > y { swap(&x, &y) }
            a[e] = x; b[e] = y
            start[Int(x) + 1] += 1
        }
        for i in 0 ..< c { start[i + 1] += start[i] }
        var bucket = [Int32](repeating: 0, count: from.count)
        var fill = start
        for e in 0 ..< from.count { bucket[fill[Int(a[e])]] = Int32(e); fill[Int(a[e])] += 1 }
        var newFrom: [Int32] = [], newTo: [Int32] = [], newWeight: [Double] = []
        var sum = [Double](repeating: 0, count: c)
        var seen = [Bool](repeating: false, count: c)
        var touched: [Int] = []
        for x in 0 ..< c {
            touched.removeAll(keepingCapacity: true)
            for i in start[x] ..< start[x + 1] {
                let e = Int(bucket[i]), y = Int(b[e])
                if !seen[y] { seen[y] = true; touched.append(y); sum[y] = 0 }
                sum[y] += weight[e]
            }
            touched.sort()
            for y in touched {
                newFrom.append(Int32(x)); newTo.append(Int32(y)); newWeight.append(sum[y])
                seen[y] = false
            }
        }
        return LevelGraph(n: c, directed: directed, from: newFrom, to: newTo, weight: newWeight)
    }
}
