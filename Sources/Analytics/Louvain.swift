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

/// One level of the Louvain hierarchy: symmetric neighbour rows (an edge u–v of either
/// direction is listed in u's row and in v's), each node's self-loop weight, and the degrees
/// modularity needs. Direction matters only through the degrees, so the rows serve directed
/// and undirected graphs alike. Rows may hold self-loop entries (an undirected first level
/// shares the index's own rows, without a copy); every reader skips them and uses `selfLoop`.
struct LevelGraph {
    let n: Int
    let directed: Bool
    /// m: the sum of all edge weights (networkx `G.size(weight=...)`).
    let totalWeight: Double
    /// Undirected: degree (self-loops twice). Directed: out- and in-degree.
    let degreeOut: [Double], degreeIn: [Double]
    /// Weight of each node's self-loops; in an aggregated level, the weight inside the community.
    let selfLoop: [Double]
    let rowStart: [Int], rowNode: [Int32]
    /// Weight of each row entry; nil when every entry weighs 1 (an unweighted graph's first level).
    let rowWeight: [Double]?

    @inline(__always) func weight(_ k: Int) -> Double { rowWeight?[k] ?? 1 }

    /// The first level: the graph itself. O(n + m); no copy of the rows of an undirected graph.
    init(_ index: CSRIndex) {
        let n = index.nodeCount
        var selfLoop = [Double](repeating: 0, count: n)
        var degreeOut = [Double](repeating: 0, count: n), degreeIn = [Double](repeating: 0, count: n)
        var rowSum = 0.0
        if index.directed {
            // Rows are successors then predecessors; a self-loop is in both lists and kept in neither.
            var start = [Int](repeating: 0, count: n + 1)
            for u in 0 ..< n {
                var entries = 0
                for k in index.out.range(u) {
                    let w = index.out.weight(k)
                    degreeOut[u] += w
                    if Int(index.out.targets[k]) == u { selfLoop[u] += w } else { entries += 1 }
                }
                for k in index.in.range(u) {
                    degreeIn[u] += index.in.weight(k)
                    if Int(index.in.targets[k]) != u { entries += 1 }
                }
                start[u + 1] = start[u] + entries
            }
            var node = [Int32](repeating: 0, count: start[n])
            var weight: [Double]? = index.out.weights == nil ? nil : [Double](repeating: 0, count: start[n])
            var fill = 0
            func append(_ adjacency: Adjacency, _ u: Int) {
                for k in adjacency.range(u) where Int(adjacency.targets[k]) != u {
                    node[fill] = adjacency.targets[k]
                    if weight != nil { weight![fill] = adjacency.weight(k) }
                    rowSum += adjacency.weight(k)
                    fill += 1
                }
            }
            for u in 0 ..< n { append(index.out, u); append(index.in, u) }
            rowStart = start; rowNode = node; rowWeight = weight
        } else {
            for u in 0 ..< n {
                for k in index.out.range(u) {
                    let w = index.out.weight(k)
                    if Int(index.out.targets[k]) == u { selfLoop[u] += w; degreeOut[u] += 2 * w } else { degreeOut[u] += w; rowSum += w }
                }
            }
            degreeIn = degreeOut
            rowStart = index.out.offsets; rowNode = index.out.targets; rowWeight = index.out.weights
        }
        self.n = n; self.directed = index.directed
        self.selfLoop = selfLoop; self.degreeOut = degreeOut; self.degreeIn = degreeIn
        totalWeight = selfLoop.reduce(0, +) + rowSum / 2
    }

    init(n: Int, directed: Bool, totalWeight: Double, degreeOut: [Double], degreeIn: [Double], selfLoop: [Double],
         rowStart: [Int], rowNode: [Int32], rowWeight: [Double]?) {
        self.n = n; self.directed = directed; self.totalWeight = totalWeight
        self.degreeOut = degreeOut; self.degreeIn = degreeIn; self.selfLoop = selfLoop
        self.rowStart = rowStart; self.rowNode = rowNode; self.rowWeight = rowWeight
        checkInvariants()
    }

    @inline(__always) func checkInvariants() {
        #if DEBUG
        assert(rowStart.count == n + 1 && rowStart[n] == rowNode.count && (rowWeight?.count ?? rowNode.count) == rowNode.count)
        var rowTotal = 0.0
        for k in 0 ..< rowNode.count { rowTotal += weight(k) }
        let total = selfLoop.reduce(0, +) + rowTotal / 2
        assert(abs(total - totalWeight) <= 1e-9 * max(1, totalWeight), "level weight \(total) ≠ m \(totalWeight)")
        #endif
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
                let v = Int(rowNode[k])
                if v == u { continue }
                let c = community[v]
                if !seen[c] { seen[c] = true; touched.append(c); toCommunity[c] = 0 }
                toCommunity[c] += weight(k)
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

    /// Modularity of `partition` (community of each node of this level). O(n + m).
    func modularity(_ partition: [Int], resolution γ: Double) -> Double {
        let m = totalWeight
        let c = (partition.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: c)
        var sumOut = [Double](repeating: 0, count: c), sumIn = [Double](repeating: 0, count: c)
        for u in 0 ..< n {
            let own = partition[u]
            var twice = 0.0   // every internal edge is in the rows of both its ends
            for k in rowStart[u] ..< rowStart[u + 1] where Int(rowNode[k]) != u && partition[Int(rowNode[k])] == own {
                twice += weight(k)
            }
            inside[own] += selfLoop[u] + twice / 2
            sumOut[own] += degreeOut[u]; sumIn[own] += degreeIn[u]
        }
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

    /// Phase 2 (networkx `_gen_graph`): one node per community; weights between communities
    /// summed, the weight inside a community becomes its self-loop, degrees add up. O(n + m).
    func aggregated(by partition: [Int]) -> LevelGraph {
        let c = (partition.max() ?? -1) + 1
        // Members of each community, by a counting sort of the nodes.
        var memberStart = [Int](repeating: 0, count: c + 1)
        for u in 0 ..< n { memberStart[partition[u] + 1] += 1 }
        for x in 0 ..< c { memberStart[x + 1] += memberStart[x] }
        var members = [Int32](repeating: 0, count: n)
        var fill = memberStart
        for u in 0 ..< n { members[fill[partition[u]]] = Int32(u); fill[partition[u]] += 1 }

        var groupDegreeOut = [Double](repeating: 0, count: c), groupDegreeIn = [Double](repeating: 0, count: c)
        var groupSelfLoop = [Double](repeating: 0, count: c)
        var start = [Int](repeating: 0, count: c + 1)
        var node: [Int32] = [], nodeWeight: [Double] = []
        var sum = [Double](repeating: 0, count: c)
        var seen = [Bool](repeating: false, count: c)
        var touched: [Int] = []
        for x in 0 ..< c {
            touched.removeAll(keepingCapacity: true)
            var insideTwice = 0.0
            for i in memberStart[x] ..< memberStart[x + 1] {
                let u = Int(members[i])
                groupDegreeOut[x] += degreeOut[u]; groupDegreeIn[x] += degreeIn[u]
                groupSelfLoop[x] += selfLoop[u]
                for k in rowStart[u] ..< rowStart[u + 1] {
                    let v = Int(rowNode[k])
                    if v == u { continue }
                    let y = partition[v]
                    if y == x { insideTwice += weight(k); continue }
                    if !seen[y] { seen[y] = true; touched.append(y); sum[y] = 0 }
                    sum[y] += weight(k)
                }
            }
            groupSelfLoop[x] += insideTwice / 2
            touched.sort()
            for y in touched {
                node.append(Int32(y)); nodeWeight.append(sum[y])
                seen[y] = false
            }
            start[x + 1] = node.count
        }
        return LevelGraph(n: c, directed: directed, totalWeight: totalWeight, degreeOut: groupDegreeOut, degreeIn: groupDegreeIn,
                          selfLoop: groupSelfLoop, rowStart: start, rowNode: node, rowWeight: nodeWeight)
    }
}
