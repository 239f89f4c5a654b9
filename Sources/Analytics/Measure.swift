import Foundation
import GraphModel

/// A node measure `eventgraph analyze` computes. The raw value is the column name in every
/// export (GraphML key, JSON attribute, CSV column) and the name `--measures` takes.
public enum Measure: String, CaseIterable, Sendable, Codable {
    case degree, in_degree, out_degree, betweenness, closeness, harmonic, eigenvector, pagerank,
         hubs, authorities, core, community

    /// English name for reports.
    public var title: String {
        switch self {
        case .degree: return "Degree centrality"
        case .in_degree: return "In-degree centrality"
        case .out_degree: return "Out-degree centrality"
        case .betweenness: return "Betweenness centrality"
        case .closeness: return "Closeness centrality"
        case .harmonic: return "Harmonic centrality"
        case .eigenvector: return "Eigenvector centrality"
        case .pagerank: return "PageRank"
        case .hubs: return "Hub score (HITS)"
        case .authorities: return "Authority score (HITS)"
        case .core: return "Core number (k-core)"
        case .community: return "Community (Louvain)"
        }
    }

    /// Arabic name, shown beside the English one.
    public var titleArabic: String {
        switch self {
        case .degree: return "مركزية الدرجة"
        case .in_degree: return "مركزية الدرجة الداخلة"
        case .out_degree: return "مركزية الدرجة الخارجة"
        case .betweenness: return "مركزية البينية"
        case .closeness: return "مركزية القرب"
        case .harmonic: return "المركزية التوافقية"
        case .eigenvector: return "مركزية المتجه الذاتي"
        case .pagerank: return "ترتيب الصفحات"
        case .hubs: return "درجة المحور"
        case .authorities: return "درجة المرجعية"
        case .core: return "رقم النواة"
        case .community: return "المجتمع"
        }
    }

    /// The networkx function a default run equals.
    public var networkxName: String {
        switch self {
        case .degree: return "degree_centrality"
        case .in_degree: return "in_degree_centrality"
        case .out_degree: return "out_degree_centrality"
        case .betweenness: return "betweenness_centrality"
        case .closeness: return "closeness_centrality"
        case .harmonic: return "harmonic_centrality"
        case .eigenvector: return "eigenvector_centrality"
        case .pagerank: return "pagerank"
        case .hubs, .authorities: return "hits"
        case .core: return "core_number"
        case .community: return "community.louvain_communities"
        }
    }

    /// Whether networkx weights this measure by the `weight` attribute when not told otherwise
    /// (`pagerank`, `hits` and `louvain_communities` default to `weight="weight"`; the others to
    /// `None`).
    public var weightedByDefault: Bool {
        switch self {
        case .pagerank, .hubs, .authorities, .community: return true
        default: return false
        }
    }

    /// Parses a comma-separated list such as `degree,pagerank`; `all` stands for every measure.
    public static func parseList(_ text: String) throws -> [Measure] {
        var result: [Measure] = []
        for raw in text.split(separator: ",") {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            if name.isEmpty { continue }
            if name == "all" { result += Measure.allCases; continue }
            guard let m = Measure(rawValue: name) else { throw AnalyticsError.unknownMeasure(String(raw)) }
            result.append(m)
        }
        var seen = Set<Measure>()
        result = result.filter { seen.insert($0).inserted }
        if result.isEmpty { throw AnalyticsError.invalidOption("--measures is empty; name at least one of: \(Measure.allCases.map(\.rawValue).joined(separator: ", "))") }
        return result
    }
}

/// Which edge attribute weights the measures.
public enum WeightChoice: Sendable, Equatable {
    /// As networkx with its defaults: `weight` for PageRank, HITS and Louvain, none for the rest.
    case networkxDefault
    /// Every measure unweighted.
    case none
    /// Every measure that takes a weight uses this attribute (networkx's `weight=`/`distance=`).
    case attribute(String)
}

/// Options of `computeMeasures`; the defaults equal networkx's defaults.
public struct MeasureOptions: Sendable {
    public var weight: WeightChoice = .networkxDefault
    /// Degree measures as raw counts (or weighted sums) instead of divided by n − 1.
    public var degreeCounts = false
    /// Betweenness divided by the number of pairs (networkx `normalized=True`).
    public var normalized = true
    /// Betweenness counts the path ends too (networkx `endpoints=True`).
    public var endpoints = false
    /// Betweenness estimated from this many sources sampled with `seed` (networkx `k=`);
    /// closeness and harmonic are then computed for the sampled nodes only (others NaN).
    public var sampleSize: Int? = nil
    /// Explicit source nodes instead of a sample (same meaning as the sample).
    public var sources: [String]? = nil
    public var seed: UInt64 = 0
    /// PageRank damping factor α.
    public var damping = 0.85
    /// PageRank teleport distribution (node id → weight, normalized to sum 1); nil = uniform.
    public var personalization: [String: Double]? = nil
    /// PageRank distribution for dangling nodes' mass; nil = the personalization vector.
    public var dangling: [String: Double]? = nil
    /// Power iterations stop when Σ|xₖ − xₖ₋₁| < n · tolerance (networkx's test).
    public var tolerance = 1e-10
    public var maxIterations = 10_000
    /// Louvain resolution γ and the modularity gain below which it stops.
    public var resolution = 1.0
    public var louvainThreshold = 1e-7
    /// Threads for betweenness, closeness and harmonic; nil = every core. Results do not depend on it.
    public var threads: Int? = nil

    public init() {}

    /// The attribute weighting `measure`, or nil for unweighted.
    public func weightAttribute(for measure: Measure) -> String? {
        switch weight {
        case .none: return nil
        case .attribute(let a): return a
        case .networkxDefault: return measure.weightedByDefault ? "weight" : nil
        }
    }

    var threadCount: Int { max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount) }
}

/// Measures by node: node ids in graph order and one column per measure.
public struct MeasureTable: Sendable, Equatable {
    public let ids: [String]
    public private(set) var measures: [Measure] = []
    public private(set) var columns: [[Double]] = []
    /// Modularity of the Louvain partition (networkx `community.modularity`), when computed.
    public var modularity: Double?

    public init(ids: [String]) { self.ids = ids }

    public mutating func set(_ measure: Measure, _ values: [Double]) {
        precondition(values.count == ids.count, "column \(measure) has \(values.count) values for \(ids.count) nodes")
        if let i = measures.firstIndex(of: measure) { columns[i] = values } else { measures.append(measure); columns.append(values) }
    }

    public subscript(_ measure: Measure) -> [Double]? {
        measures.firstIndex(of: measure).map { columns[$0] }
    }

    /// The graph with each measure stored in `node.attributes[measure.rawValue]` as `.double`,
    /// so that every writer exports it as a column and DOT can size or colour by it.
    /// Nodes the table does not know, and NaN values (unsampled nodes), are left alone.
    public func attach(to graph: EventGraph) -> EventGraph {
        var g = graph
        for (row, id) in ids.enumerated() where graph.contains(node: id) {
            g.updateNode(id) { node in
                for (m, column) in zip(measures, columns) where !column[row].isNaN {
                    node.attributes[m.rawValue] = .double(column[row])
                }
            }
        }
        return g
    }
}

/// Errors of analytics; `description` is the one line the user sees.
public enum AnalyticsError: Error, CustomStringConvertible, Equatable {
    case unknownMeasure(String)
    case nonNumericWeight(attribute: String, edge: String, value: String)
    case missingWeightColumn(String)
    case notConverged(measure: String, iterations: Int, tolerance: Double)
    case unknownNode(option: String, id: String)
    case invalidOption(String)

    public var description: String {
        switch self {
        case .unknownMeasure(let m):
            return "unknown measure '\(m)'; choose from: \(Measure.allCases.map(\.rawValue).joined(separator: ", "))"
        case .nonNumericWeight(let a, let e, let v):
            return "edge \(e): weight attribute '\(a)' is '\(v)', not a finite number; fix the value or pick another --weight"
        case .missingWeightColumn(let a):
            return "no edge has the attribute '\(a)'; check the name given to --weight"
        case .notConverged(let m, let i, let t):
            return "\(m) did not converge within \(i) iterations (tolerance \(t)); raise --max-iterations or loosen --tolerance"
        case .unknownNode(let o, let id):
            return "\(o) names node '\(id)', which is not in the graph"
        case .invalidOption(let m):
            return m
        }
    }
}

/// Computes `measures` on `graph`. The graph is indexed once per weighting used.
public func computeMeasures(_ graph: EventGraph, _ measures: [Measure], options: MeasureOptions = MeasureOptions()) throws -> MeasureTable {
    let attributes = Set(measures.compactMap { options.weightAttribute(for: $0) }).sorted()
    let edges = try EdgeList(graph: graph, weightAttributes: attributes)
    return try computeMeasures(edges, measures, options: options)
}

/// Computes `measures` on an edge list (the path big files take, never building an `EventGraph`).
public func computeMeasures(_ edges: EdgeList, _ measures: [Measure], options: MeasureOptions = MeasureOptions()) throws -> MeasureTable {
    var table = MeasureTable(ids: edges.ids)
    if case .attribute(let a) = options.weight, edges.weights[a] == nil, !measures.isEmpty {
        throw AnalyticsError.missingWeightColumn(a)
    }
    // Group the measures by weighting so that each index is built once and freed before the next.
    var groups: [(weight: String?, measures: [Measure])] = []
    for m in measures {
        // A default `weight` attribute the file does not have means unweighted, as in networkx.
        var w = options.weightAttribute(for: m)
        if let a = w, edges.weights[a] == nil { w = nil }
        if let i = groups.firstIndex(where: { $0.weight == w }) { groups[i].measures.append(m) } else { groups.append((w, [m])) }
    }
    let sources = try sampledSources(edges, options)
    for group in groups {
        let index = try CSRIndex(edges, weight: group.weight)
        var hits: (hubs: [Double], authorities: [Double])?
        for m in group.measures {
            switch m {
            case .degree: table.set(m, DegreeCentrality.compute(index, direction: .total, counts: options.degreeCounts))
            case .in_degree: table.set(m, DegreeCentrality.compute(index, direction: .in, counts: options.degreeCounts))
            case .out_degree: table.set(m, DegreeCentrality.compute(index, direction: .out, counts: options.degreeCounts))
            case .betweenness:
                table.set(m, BetweennessCentrality.compute(index, normalized: options.normalized, endpoints: options.endpoints,
                                                           sources: sources, threads: options.threadCount))
            case .closeness: table.set(m, ClosenessCentrality.compute(index, nodes: sources, threads: options.threadCount))
            case .harmonic: table.set(m, HarmonicCentrality.compute(index, nodes: sources, threads: options.threadCount))
            case .eigenvector:
                table.set(m, try EigenvectorCentrality.compute(index, tolerance: options.tolerance, maxIterations: options.maxIterations))
            case .pagerank:
                table.set(m, try PageRank.compute(index, damping: options.damping,
                                                  personalization: try vector(options.personalization, edges, "personalization"),
                                                  dangling: try vector(options.dangling, edges, "dangling"),
                                                  tolerance: options.tolerance, maxIterations: options.maxIterations))
            case .hubs, .authorities:
                if hits == nil { hits = try HITS.compute(index, tolerance: options.tolerance, maxIterations: options.maxIterations) }
                table.set(m, m == .hubs ? hits!.hubs : hits!.authorities)
            case .core: table.set(m, CoreNumber.compute(index))
            case .community:
                let result = try Louvain.compute(index, resolution: options.resolution, threshold: options.louvainThreshold, seed: options.seed)
                table.set(m, result.community.map(Double.init))
                table.modularity = result.modularity
            }
        }
    }
    // Keep the requested order whatever the grouping.
    var ordered = MeasureTable(ids: edges.ids)
    for m in measures { ordered.set(m, table[m]!) }
    ordered.modularity = table.modularity
    return ordered
}

/// The node indexes betweenness starts from (and closeness/harmonic are computed for), sorted;
/// nil = every node. A sample is k distinct indexes drawn by a partial Fisher–Yates shuffle
/// driven by SplitMix64(seed), so the same seed gives the same sources on every machine.
func sampledSources(_ edges: EdgeList, _ options: MeasureOptions) throws -> [Int]? {
    if let ids = options.sources {
        var position: [String: Int] = [:]
        for (i, id) in edges.ids.enumerated() { position[id] = i }
        var result: [Int] = []
        for id in ids {
            guard let i = position[id] else { throw AnalyticsError.unknownNode(option: "sources", id: id) }
            result.append(i)
        }
        return Array(Set(result)).sorted()
    }
    guard let k = options.sampleSize else { return nil }
    guard k > 0 else { throw AnalyticsError.invalidOption("--sample must be at least 1") }
    let n = edges.nodeCount
    if k >= n { return nil }
    var rng = SplitMix64(seed: options.seed)
    var pool = Array(0 ..< n)
    for i in 0 ..< k {
        let j = i + Int(rng.next(below: UInt64(n - i)))
        pool.swapAt(i, j)
    }
    return pool[0 ..< k].sorted()
}

private func vector(_ map: [String: Double]?, _ edges: EdgeList, _ option: String) throws -> [Double]? {
    guard let map else { return nil }
    var position: [String: Int] = [:]
    for (i, id) in edges.ids.enumerated() { position[id] = i }
    var v = [Double](repeating: 0, count: edges.nodeCount)
    for (id, w) in map {
        guard let i = position[id] else { throw AnalyticsError.unknownNode(option: option, id: id) }
        v[i] = w
    }
    return v
}

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator whose stream is the same on
/// every platform, unlike `SystemRandomNumberGenerator`.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in 0 ..< bound, without modulo bias (Lemire 2019).
    public mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let t = (0 &- bound) % bound
            while m.low < t { m = next().multipliedFullWidth(by: bound) }
        }
        return m.high
    }
}
