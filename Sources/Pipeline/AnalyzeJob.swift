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
        let loaded = try load(request)
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

    /// Reads the input into an edge list: big GraphML files and edge lists through the
    /// streaming readers, everything else (and every projection) through the graph model.
    static func load(_ request: AnalyzeRequest) throws -> AnalyzeFastLoad.Loaded {
        let path = request.input
        let bytes: Data
        if path == "-" {
            bytes = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw PipelineError.input("\(path): no such file; give the path of a GraphML, JSON or edge-list file")
            }
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
                throw PipelineError.io("\(path): cannot read the file (permission denied?)")
            }
            bytes = data
        }
        let kind = InputKind(path: path, bytes: bytes)
        let weights = weightAttributes(request)
        var loaded: AnalyzeFastLoad.Loaded
        if request.projection == .full, kind == .graphML,
           let fast = try AnalyzeFastLoad.readGraphML(path: path, bytes: bytes, weightAttributes: weights) {
            loaded = fast
        } else if kind == .csvEdges || kind == .textEdges {
            guard request.projection == .full else {
                throw PipelineError.usage("\(path): an edge list has no node kinds, so --projection \(request.projection.rawValue) cannot find actors; use GraphML or JSON")
            }
            loaded = try AnalyzeFastLoad.readEdgeList(path: path, bytes: bytes, weightAttributes: weights, csv: kind == .csvEdges)
        } else {
            var graph: EventGraph
            do {
                switch kind {
                case .graphML: graph = try GraphMLReader.read(bytes, document: path)
                case .json: graph = try GraphJSON.decode(bytes)
                default:
                    throw PipelineError.input("\(path): analyze reads GraphML (.graphml), JSON (.json) and edge lists (.csv, .txt, .edges); convert the file with eventgraph export first")
                }
            } catch let error as GraphError {
                throw PipelineError.input("\(path): \(error.description)")
            }
            graph = Projections.project(graph, request.projection)
            loaded = AnalyzeFastLoad.Loaded(edges: try EdgeList(graph: graph, weightAttributes: weights),
                                            nameEn: graph.nodes.map(\.nameEn), nameAr: graph.nodes.map(\.nameAr))
        }
        if request.undirected { loaded.edges.directed = false }
        return loaded
    }

    enum InputKind {
        case graphML, json, csvEdges, textEdges, other

        init(path: String, bytes: Data) {
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "graphml", "xml": self = .graphML
            case "json": self = .json
            case "csv": self = .csvEdges
            case "txt", "edges", "edgelist", "el", "tsv", "tab": self = .textEdges
            default:
                // stdin or an unknown extension: look at the first byte that is not blank.
                let first = bytes.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
                switch first {
                case UInt8(ascii: "<"): self = .graphML
                case UInt8(ascii: "{"): self = .json
                default: self = path == "-" ? .textEdges : .other
                }
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

    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func csv(_ table: MeasureTable) -> Data {
        var out = "id" + table.measures.map { "," + $0.rawValue }.joined() + "\n"
        out.reserveCapacity(table.ids.count * (12 + 20 * table.measures.count))
        for (row, id) in table.ids.enumerated() {
            out += csvField(id)
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
