import Testing
@testable import Analytics
import GraphModel

/// Small graphs whose measures are known by hand.
@Suite struct HandComputedTests {
    static func edges(_ n: Int, _ pairs: [(Int, Int)], directed: Bool = false, weights: [Double]? = nil) -> EdgeList {
        EdgeList(ids: (0 ..< n).map { "n\($0)" }, directed: directed,
                 sources: pairs.map { Int32($0.0) }, targets: pairs.map { Int32($0.1) },
                 weights: weights.map { ["weight": $0] } ?? [:])
    }

    static func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-12) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($0), abs($1)) }
    }

    // Ids n0…n3 sort as 0…3, so positions are node numbers (for n ≤ 10).
    let path4 = edges(4, [(0, 1), (1, 2), (2, 3)])

    @Test func pathBetweenness() throws {
        var options = MeasureOptions()
        options.normalized = false
        let raw = try computeMeasures(path4, [.betweenness], options: options)
        #expect(raw[.betweenness]! == [0, 2, 2, 0])
        let normalized = try computeMeasures(path4, [.betweenness])
        #expect(Self.close(normalized[.betweenness]!, [0, 2.0 / 3, 2.0 / 3, 0]))
        options.endpoints = true
        // Each inner node: 2 pairs through it + 3 pairs it ends; ends: 3 pairs.
        #expect(try computeMeasures(path4, [.betweenness], options: options)[.betweenness]! == [3, 5, 5, 3])
    }

    @Test func pathClosenessAndHarmonic() throws {
        let t = try computeMeasures(path4, [.closeness, .harmonic, .degree, .core])
        let end: Double = 1 + 0.5 + 1.0 / 3
        let closeness: [Double] = [0.5, 0.75, 0.75, 0.5]
        let harmonic: [Double] = [end, 2.5, 2.5, end]
        let degree: [Double] = [1.0 / 3, 2.0 / 3, 2.0 / 3, 1.0 / 3]
        #expect(Self.close(t[.closeness]!, closeness))
        #expect(Self.close(t[.harmonic]!, harmonic))
        #expect(Self.close(t[.degree]!, degree))
        #expect(t[.core]! == [1, 1, 1, 1])
    }

    @Test func directedPathUsesIncomingDistances() throws {
        let t = try computeMeasures(Self.edges(3, [(0, 1), (1, 2)], directed: true), [.closeness, .harmonic, .in_degree, .out_degree])
        // n2 is reached from n0 (2) and n1 (1): (2/3)·(2/2); n0 is reached by nobody.
        #expect(Self.close(t[.closeness]!, [0, 0.5, 2.0 / 3]))
        #expect(Self.close(t[.harmonic]!, [0, 1, 1.5]))
        #expect(t[.in_degree]! == [0, 0.5, 0.5])
        #expect(t[.out_degree]! == [0.5, 0.5, 0])
    }

    @Test func star() throws {
        let star = Self.edges(5, [(0, 1), (0, 2), (0, 3), (0, 4)])
        let t = try computeMeasures(star, [.betweenness, .closeness, .degree, .pagerank, .core])
        #expect(Self.close(t[.betweenness]!, [1, 0, 0, 0, 0]))
        let leaf: Double = 4.0 / 7
        #expect(Self.close(t[.closeness]!, [1, leaf, leaf, leaf, leaf]))
        #expect(t[.degree]! == [1, 0.25, 0.25, 0.25, 0.25])
        #expect(t[.core]! == [1, 1, 1, 1, 1])
        // PageRank of a star: centre x, leaves y; y = 0.03 + 0.85·x/4, x = 0.03 + 0.85·4y.
        let pr = t[.pagerank]!
        let y: Double = (0.03 + 0.2125 * 0.03) / (1 - 0.2125 * 3.4)
        let centre: Double = 0.03 + 0.85 * 4 * y
        #expect(Self.close(pr, [centre, y, y, y, y], 1e-9))
    }

    @Test func completeGraph() throws {
        var pairs: [(Int, Int)] = []
        for i in 0 ..< 5 { for j in (i + 1) ..< 5 { pairs.append((i, j)) } }
        let t = try computeMeasures(Self.edges(5, pairs), [.degree, .betweenness, .closeness, .eigenvector, .pagerank, .hubs, .core])
        #expect(t[.degree]! == [1, 1, 1, 1, 1])
        #expect(t[.betweenness]! == [0, 0, 0, 0, 0])
        #expect(t[.closeness]! == [1, 1, 1, 1, 1])
        #expect(Self.close(t[.eigenvector]!, [Double](repeating: 1 / 5.0.squareRoot(), count: 5), 1e-9))
        #expect(Self.close(t[.pagerank]!, [Double](repeating: 0.2, count: 5), 1e-9))
        #expect(Self.close(t[.hubs]!, [Double](repeating: 0.2, count: 5), 1e-9))
        #expect(t[.core]! == [4, 4, 4, 4, 4])
    }

    /// Two K4 (0–3 and 5–8) joined through node 4: 3–4–5.
    static let barbell: EdgeList = {
        var pairs: [(Int, Int)] = [(3, 4), (4, 5)]
        for block in [0, 5] { for i in 0 ..< 4 { for j in (i + 1) ..< 4 { pairs.append((block + i, block + j)) } } }
        return edges(9, pairs)
    }()

    @Test func barbell() throws {
        var options = MeasureOptions()
        options.normalized = false
        let t = try computeMeasures(Self.barbell, [.betweenness, .core, .community], options: options)
        // Node 4 separates 4·4 pairs; node 3 separates {0,1,2} from {4,...,8}: 15; likewise 5.
        #expect(t[.betweenness]! == [0, 0, 0, 15, 16, 15, 0, 0, 0])
        #expect(t[.core]! == [3, 3, 3, 3, 2, 3, 3, 3, 3])   // the bridge node has degree 2 in the 2-core
        let community = t[.community]!
        #expect(Set(community[0 ... 3]).count == 1 && Set(community[5 ... 8]).count == 1 && community[0] != community[5])
        // 14 edges; the side holding node 4 has 7 inside and degree 14, the other 6 and 12... or
        // the bridge node alone on neither: compare with the definition for the partition found.
        let m = 14.0
        let degree = [3.0, 3, 3, 4, 2, 4, 3, 3, 3]
        var q = 0.0
        for c in Set(community) {
            let members = (0 ..< 9).filter { community[$0] == c }
            var inside = 0.0
            for (u, v) in zip(Self.barbell.sources, Self.barbell.targets) where members.contains(Int(u)) && members.contains(Int(v)) { inside += 1 }
            let k = members.map { degree[$0] }.reduce(0, +)
            q += inside / m - (k / (2 * m)) * (k / (2 * m))
        }
        #expect(abs(t.modularity! - q) < 1e-12 && q > 0.4)
    }

    @Test func selfLoopsAndParallelEdges() throws {
        // n0→n1 twice, n1→n1 loop, n1→n2.
        let g = Self.edges(3, [(0, 1), (0, 1), (1, 1), (1, 2)], directed: true)
        let index = try CSRIndex(g)
        #expect(index.selfLoopCount == 1 && index.parallelEdgeCount == 1)
        var options = MeasureOptions()
        options.degreeCounts = true
        options.normalized = false
        let t = try computeMeasures(g, [.degree, .in_degree, .betweenness, .core], options: options)
        #expect(t[.degree]! == [2, 5, 1])          // every copy and the loop (in and out) count
        #expect(t[.in_degree]! == [0, 3, 1])
        #expect(t[.betweenness]! == [0, 1, 0])     // one path n0→n2, counted once despite the copies
        #expect(t[.core]! == [1, 1, 1])
    }

    @Test func emptyAndSingleNode() throws {
        let empty = try computeMeasures(Self.edges(0, []), Measure.allCases)
        #expect(empty.ids.isEmpty && empty.columns.allSatisfy(\.isEmpty))
        let single = try computeMeasures(Self.edges(1, []), Measure.allCases)
        #expect(single[.degree]! == [1] && single[.betweenness]! == [0] && single[.closeness]! == [0])
        #expect(single[.pagerank]! == [1] && single[.eigenvector]! == [1] && single[.core]! == [0] && single[.community]! == [0])
    }

    @Test func weightedShortestPathsTakeTheLightestRoute() throws {
        // n0→n1→n2 costs 2, n0→n2 costs 5: the path goes through n1.
        let g = Self.edges(3, [(0, 1), (1, 2), (0, 2)], directed: true, weights: [1, 1, 5])
        var options = MeasureOptions()
        options.weight = .attribute("weight")
        options.normalized = false
        #expect(try computeMeasures(g, [.betweenness], options: options)[.betweenness]! == [0, 1, 0])
        options.weight = .none
        #expect(try computeMeasures(g, [.betweenness], options: options)[.betweenness]! == [0, 0, 0])
    }

    @Test func threadCountDoesNotChangeBytes() throws {
        var rng = SplitMix64(seed: 3)
        var pairs: [(Int, Int)] = []
        for _ in 0 ..< 600 { pairs.append((Int(rng.next(below: 150)), Int(rng.next(below: 150)))) }
        let g = Self.edges(150, pairs, directed: true)
        var one = MeasureOptions(); one.threads = 1
        var four = MeasureOptions(); four.threads = 4
        let a = try computeMeasures(g, [.betweenness, .closeness, .harmonic], options: one)
        let b = try computeMeasures(g, [.betweenness, .closeness, .harmonic], options: four)
        #expect(a == b)
    }

    @Test func samplingIsSeeded() throws {
        var options = MeasureOptions()
        options.sampleSize = 4; options.seed = 11
        let a = try computeMeasures(Self.barbell, [.betweenness, .closeness], options: options)
        let b = try computeMeasures(Self.barbell, [.betweenness, .closeness], options: options)
        #expect(a.columns[0] == b.columns[0])
        #expect(a[.closeness]!.filter { !$0.isNaN }.count == 4)
    }

    @Test func errorsSayWhatIsWrong() throws {
        #expect(throws: AnalyticsError.unknownMeasure("pagernk")) { try Measure.parseList("degree,pagernk") }
        var options = MeasureOptions()
        options.maxIterations = 2
        #expect(throws: AnalyticsError.notConverged(measure: "pagerank", iterations: 2, tolerance: 1e-10)) {
            try computeMeasures(path4, [.pagerank], options: options)
        }
        options = MeasureOptions()
        options.weight = .attribute("cost")
        #expect(throws: AnalyticsError.missingWeightColumn("cost")) { try computeMeasures(path4, [.degree], options: options) }
        let bad = try EventGraph(nodes: [Node(id: "a"), Node(id: "b")],
                                 edges: [Edge(id: "e", source: "a", target: "b", attributes: ["cost": .string("high")])])
        #expect(throws: AnalyticsError.nonNumericWeight(attribute: "cost", edge: "e", value: "high")) {
            try computeMeasures(bad, [.betweenness], options: options)
        }
    }

    @Test func attachPutsMeasuresOnNodes() throws {
        let g = try EventGraph(nodes: [Node(id: "a"), Node(id: "b")], edges: [Edge(id: "e", source: "a", target: "b")])
        let table = try computeMeasures(g, [.pagerank, .core])
        let attached = table.attach(to: g)
        #expect(attached.node("b")?.attributes["pagerank"] == .double(table[.pagerank]![1]))
        #expect(attached.node("a")?.attributes["core"] == .double(1))
    }

    @Test func actorsProjectionCountsSharedEvents() throws {
        let nodes = [
            Node(id: "a1", kind: .actor), Node(id: "a2", kind: .actor), Node(id: "a3", kind: .actor),
            Node(id: "b1", kind: .base), Node(id: "x1", kind: .attack), Node(id: "x2", kind: .attack),
        ]
        let edges = [
            Edge(id: "1", source: "x1", target: "a1", relation: .attacker), Edge(id: "2", source: "x1", target: "a2", relation: .target),
            Edge(id: "3", source: "x2", target: "a1", relation: .attacker), Edge(id: "4", source: "x2", target: "a2", relation: .target),
            Edge(id: "5", source: "x2", target: "b1", relation: .target), Edge(id: "6", source: "a3", target: "a1", relation: .backedBy),
        ]
        let g = try EventGraph(nodes: nodes, edges: edges)
        let actors = Projections.project(g, .actors)
        #expect(actors.nodes.map(\.id) == ["a1", "a2", "a3"] && !actors.directed)
        #expect(actors.edges.map(\.id) == ["a1--a2"] && actors.edges[0].weight == 2)
        let actorBase = Projections.project(g, .actorBase)
        #expect(actorBase.edges.map { "\($0.id)=\(Int($0.weight))" } == ["a1--a2=2", "a1--b1=1", "a2--b1=1"])
    }
}
