import Foundation
import Analytics
import Formats
import GraphModel

/// How `eventgraph analyze` prints its result.
public enum AnalyzeFormat: String, CaseIterable, Sendable {
    /// A ranking for the terminal: the top N nodes per measure.
    case table
    /// `id` then one column per measure, one row per node, every value at full precision.
    case csv
    /// The same values as JSON, with the graph's size and the modularity.
    case json
}

/// What to analyse and how to report it.
public struct AnalyzeRequest: Sendable {
    public var input: String
    public var measures: [Measure]
    public var options = MeasureOptions()
    public var projection: Projection = .full
    public var format: AnalyzeFormat = .table
    public var top = 10
    /// Read every edge as undirected (each edge kept, as networkx's `MultiDiGraph.to_undirected()`).
    public var undirected = false
    /// Whether the user named the measures. When not, a power iteration that does not converge
    /// (eigenvector centrality of an acyclic graph, say) is left out with a note on stderr
    /// instead of failing the whole report.
    public var measuresNamed = true

    public init(input: String, measures: [Measure]) {
        self.input = input
        self.measures = measures
    }
}

/// `eventgraph analyze`: read a graph, compute the measures, format them.
public enum AnalyzeJob {
    public static func run(_ request: AnalyzeRequest) async throws -> Data {
        let clock = ContinuousClock()
        let t0 = clock.now
        let loaded = try await load(request)
        let t1 = clock.now
        var t2 = clock.now
        defer { if ProcessInfo.processInfo.environment["EVENTGRAPH_TIMING"] != nil { FileHandle.standardError.write(Data("load \(t1 - t0), measures \(t2 - t1), total \(clock.now - t0)\n".utf8)) } }
        var measures = request.measures
        var table: MeasureTable
        while true {
            do {
                table = try computeMeasures(loaded.edges, measures, options: request.options)
                t2 = clock.now
                break
            } catch AnalyticsError.notConverged(let name, let iterations, let tolerance) where !request.measuresNamed {
                let dropped = measures.filter { $0.rawValue == name || (name == "hits" && ($0 == .hubs || $0 == .authorities)) }
                guard !dropped.isEmpty else { throw AnalyticsError.notConverged(measure: name, iterations: iterations, tolerance: tolerance) }
                measures.removeAll { dropped.contains($0) }
                FileHandle.standardError.write(Data("note: \(dropped.map(\.rawValue).joined(separator: ", ")) left out: no convergence within \(iterations) iterations (name it in --measures to see the error)\n".utf8))
            }
        }
        switch request.format {
        case .csv: return AnalyzeReport.csv(table)
        case .json: return AnalyzeReport.json(table, graph: loaded, request: request)
        case .table: return AnalyzeReport.table(table, graph: loaded, request: request)
        }
    }

    /// The attributes the measures will read as weights.
    static func weightAttributes(_ request: AnalyzeRequest) -> [String] {
        Array(Set(request.measures.compactMap { request.options.weightAttribute(for: $0) })).sorted()
    }

    /// Reads the input into an edge list: GraphML and edge lists through the streaming readers
    /// (`AnalyzeFastLoad`), everything else — and every projection, which needs node kinds —
    /// through `GraphIO` and the graph model.
    static func load(_ request: AnalyzeRequest) async throws -> AnalyzeFastLoad.Loaded {
        let path = request.input
        let weights = weightAttributes(request)
        var loaded: AnalyzeFastLoad.Loaded? = nil
        let pair = path == "-" ? nil : GraphIO.csvPair(path)
        if request.projection == .full, pair == nil {
            let bytes: Data
            if path == "-" {
                bytes = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                    throw PipelineError.input("\(path): no such file; give the path of a GraphML, JSON, CSV, DOT or edge-list file")
                }
                guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
                    throw PipelineError.io("\(path): cannot read the file (permission denied?)")
                }
                bytes = data
            }
            switch InputKind(path: path, bytes: bytes) {
            case .graphML:
                loaded = try AnalyzeFastLoad.readGraphML(path: path, bytes: bytes, weightAttributes: weights)
                if loaded == nil { loaded = try fromModel(try await GraphIO.decode(bytes, format: .graphml, document: path), request, weights) }
            case .csvEdges, .textEdges:
                loaded = try AnalyzeFastLoad.readEdgeList(path: path, bytes: bytes, weightAttributes: weights,
                                                          csv: InputKind(path: path, bytes: bytes) == .csvEdges)
            case .other(let format):
                loaded = try fromModel(try await GraphIO.decode(bytes, format: format, document: path == "-" ? "<stdin>" : path), request, weights)
            }
        } else {
            if InputKind.isTextEdgeList(path) {
                throw PipelineError.usage("\(path): an edge list has no node kinds, so --projection \(request.projection.rawValue) finds no actors; use GraphML, JSON, or CSV with a nodes table")
            }
            loaded = try fromModel(try await GraphIO.read(path: path), request, weights)
        }
        guard var result = loaded else { throw PipelineError.input("\(path): cannot read the graph") }
        if request.undirected { result.edges.directed = false }
        return result
    }

    private static func fromModel(_ graph: EventGraph, _ request: AnalyzeRequest, _ weights: [String]) throws -> AnalyzeFastLoad.Loaded {
        let projected = Projections.project(graph, request.projection)
        return AnalyzeFastLoad.Loaded(edges: try EdgeList(graph: projected, weightAttributes: weights),
                                      nameEn: projected.nodes.map(\.nameEn), nameAr: projected.nodes.map(\.nameAr))
    }

    enum InputKind: Equatable {
        case graphML, csvEdges, textEdges
        /// Read through `GraphIO` (JSON, DOT, ...).
        case other(GraphFormat)

        static let textExtensions: Set<String> = ["txt", "edges", "edgelist", "el", "tsv", "tab"]

        static func isTextEdgeList(_ path: String) -> Bool {
            textExtensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased())
        }

        init(path: String, bytes: Data) {
            if InputKind.isTextEdgeList(path) { self = .textEdges; return }
            let format = path == "-" ? GraphFormat.sniff(bytes) : (GraphFormat.fromExtension(of: path) ?? GraphFormat.sniff(bytes))
            switch format {
            case .graphml: self = .graphML
            case .csv: self = .csvEdges
            default: self = .other(format)
            }
        }
    }
}

/// The three report forms of `eventgraph analyze`.
enum AnalyzeReport {
    /// Shortest text that reads back as the same Double (empty for NaN).
    static func number(_ d: Double) -> String {
        d.isNaN ? "" : AttributeValue.format(d)
    }

    static func csv(_ table: MeasureTable) -> Data {
        var out = "id" + table.measures.map { "," + $0.rawValue }.joined() + "\n"
        out.reserveCapacity(table.ids.count * (12 + 20 * table.measures.count))
        for (row, id) in table.ids.enumerated() {
            out += CSVText.field(id)
            for column in table.columns { out += ","; out += number(column[row]) }
            out += "\n"
        }
        return Data(out.utf8)
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    static func jsonNumber(_ d: Double?) -> String {
        guard let d, d.isFinite else { return "null" }
        return AttributeValue.format(d)
    }

    static func json(_ table: MeasureTable, graph: AnalyzeFastLoad.Loaded, request: AnalyzeRequest) -> Data {
        var out = "{\n"
        out += "  \"directed\": \(graph.edges.directed),\n"
        out += "  \"edges\": \(graph.edges.edgeCount),\n"
        out += "  \"measures\": [\(table.measures.map { jsonString($0.rawValue) }.joined(separator: ", "))],\n"
        if table.modularity != nil { out += "  \"modularity\": \(jsonNumber(table.modularity)),\n" }
        out += "  \"nodes\": [\n"
        for (row, id) in table.ids.enumerated() {
            out += "    {\"id\": \(jsonString(id))"
            for (m, column) in zip(table.measures, table.columns) { out += ", \(jsonString(m.rawValue)): \(jsonNumber(column[row]))" }
            out += row + 1 < table.ids.count ? "},\n" : "}\n"
        }
        out += "  ],\n"
        out += "  \"projection\": \(jsonString(request.projection.rawValue))\n}\n"
        return Data(out.utf8)
    }

    static func table(_ table: MeasureTable, graph: AnalyzeFastLoad.Loaded, request: AnalyzeRequest) -> Data {
        let edges = graph.edges
        func name(_ row: Int) -> String {
            let en = graph.nameEn.indices.contains(row) ? graph.nameEn[row] : nil
            let ar = graph.nameAr.indices.contains(row) ? graph.nameAr[row] : nil
            switch (en, ar) {
            case let (en?, ar?) where en != ar: return "\(en)  \(ar)"
            case let (en?, _): return en
            case let (nil, ar?): return ar
            default: return table.ids[row]
            }
        }
        func shown(_ d: Double) -> String {
            if d.isNaN { return "-" }
            if d == d.rounded(), abs(d) < 1e9 { return String(Int(d)) }
            return String(format: "%.6g", d)
        }
        var out = "\(request.input == "-" ? "stdin" : request.input): \(edges.nodeCount) nodes, \(edges.edgeCount) edges, "
        out += edges.directed ? "directed" : "undirected"
        if request.projection != .full { out += ", projection \(request.projection.rawValue)" }
        out += "\n"
        if edges.nodeCount == 0 { return Data((out + "The graph has no nodes: nothing to rank.\n").utf8) }
        for (m, column) in zip(table.measures, table.columns) {
            out += "\n\(m.title) — \(m.titleArabic)   [\(m.rawValue) = networkx \(m.networkxName)]\n"
            if m == .community {
                var members: [Int: [Int]] = [:]
                for (row, c) in column.enumerated() { members[Int(c), default: []].append(row) }
                let ranked = members.keys.sorted { (members[$0]!.count, -$0) > (members[$1]!.count, -$1) }
                out += "  \(members.count) communities, modularity \(table.modularity.map { $0.isNaN ? "undefined (no edges)" : String(format: "%.4f", $0) } ?? "-")\n"
                for c in ranked.prefix(request.top) {
                    let list = members[c]!
                    let names = list.prefix(6).map(name).joined(separator: "; ")
                    out += "  \(pad(String(c), 4)) \(pad(String(list.count), 6)) nodes: \(names)\(list.count > 6 ? "; …" : "")\n"
                }
                continue
            }
            let ranked = column.indices.filter { !column[$0].isNaN }.sorted { column[$0] != column[$1] ? column[$0] > column[$1] : $0 < $1 }
            for (rank, row) in ranked.prefix(request.top).enumerated() {
                out += "  \(pad(String(rank + 1), 3)) \(pad(shown(column[row]), 12)) \(name(row))\n"
            }
        }
        return Data(out.utf8)
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
