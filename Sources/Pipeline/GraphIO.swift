import Foundation
import GraphModel
import Formats
import Graphviz

/// A graph file format.
public enum GraphFormat: String, CaseIterable, Sendable {
    case graphml, json, csv, dot, svg, png, pdf, gexf

    /// Formats a graph can be read from.
    public static let readable: [GraphFormat] = [.graphml, .json, .csv, .dot]

    public var isReadable: Bool { GraphFormat.readable.contains(self) }

    /// The format with this name (`--format`), ignoring case; `gv` is DOT, `xml` GraphML.
    public static func named(_ name: String) throws -> GraphFormat {
        let lower = name.lowercased()
        if let f = GraphFormat(rawValue: lower) { return f }
        switch lower {
        case "gv": return .dot
        case "xml": return .graphml
        default:
            throw PipelineError.usage("unknown format '\(name)'; use one of: " + allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    /// The format a file name's extension says, or nil (no extension or an unknown one).
    public static func fromExtension(of path: String) -> GraphFormat? {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard !ext.isEmpty else { return nil }
        return try? named(ext)
    }

    /// The explicit format, else the one the extension says; throws a usage error naming
    /// the choices when neither says.
    public static func resolve(_ explicit: GraphFormat?, path: String) throws -> GraphFormat {
        if let f = explicit { return f }
        if let f = fromExtension(of: path) { return f }
        let names = allCases.map(\.rawValue).joined(separator: ", ")
        if path == "-" { throw PipelineError.usage("-: writing to standard output needs --format (\(names))") }
        throw PipelineError.usage("\(path): cannot tell the format from the file name; add --format (\(names))")
    }

    /// Guesses a readable format from the first bytes (for standard input and unknown
    /// extensions): `{` JSON, `<` GraphML, a DOT keyword, else CSV.
    static func sniff(_ data: Data) -> GraphFormat {
        let head = String(decoding: data.prefix(512), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        if head.hasPrefix("{") { return .json }
        if head.hasPrefix("<") { return .graphml }
        let word = head.prefix { $0.isLetter }.lowercased()
        if ["digraph", "graph", "strict"].contains(word) || head.hasPrefix("/*") || head.hasPrefix("//") { return .dot }
        return .csv
    }
}

/// How `GraphIO.write` draws and labels a graph. Built from the command line's text by
/// `init(labels:layout:...)`, which rejects bad values with usage errors.
public struct ExportOptions: Sendable {
    /// Label language of drawings and of GraphML/GEXF/CSV `label` columns.
    public var labels: LabelLanguage
    /// Layout engine for SVG/PNG/PDF (and the engine DOT output is tuned for).
    public var layout: LayoutEngine
    public var legend: Bool
    public var title: String?
    /// Node attribute scaling node size (drawings; Gephi's `size` column in GraphML/GEXF).
    public var sizeBy: String?
    /// Node attribute picking node colour (drawings; Gephi's `r`,`g`,`b` in GraphML).
    public var colorBy: String?
    /// Lay the graph out with `layout` and store node positions in GraphML (Gephi's `x`,
    /// `y` columns) and GEXF (`viz:position`), so Gephi opens it laid out. Set when the
    /// command line names a layout engine.
    public var positions: Bool
    /// Compute every node measure (`Analytics.Measure`) and store each as a node attribute
    /// (GraphML/CSV/GEXF columns, JSON attributes) before writing.
    public var withMeasures: Bool

    public init(labels: LabelLanguage = .en, layout: LayoutEngine = .dot, legend: Bool = false,
                title: String? = nil, sizeBy: String? = nil, colorBy: String? = nil, positions: Bool = false,
                withMeasures: Bool = false) {
        self.labels = labels; self.layout = layout; self.legend = legend
        self.title = title; self.sizeBy = sizeBy; self.colorBy = colorBy; self.positions = positions
        self.withMeasures = withMeasures
    }

    /// Options from command-line text.
    public init(labels: String, layout: String?, legend: Bool, title: String?, sizeBy: String?, colorBy: String?,
                withMeasures: Bool = false) throws {
        guard let language = LabelLanguage(rawValue: labels.lowercased()) else {
            throw PipelineError.usage("unknown label language '\(labels)'; use en, ar or both")
        }
        var engine = LayoutEngine.dot
        if let name = layout {
            do { engine = try LayoutEngine.named(name) } catch let e as GraphvizError {
                throw PipelineError.usage(e.description)
            }
        }
        for (flag, value) in [("--size-by", sizeBy), ("--color-by", colorBy)] where value?.isEmpty == true {
            throw PipelineError.usage("\(flag) needs an attribute name (for example pagerank)")
        }
        self.init(labels: language, layout: engine, legend: legend, title: title, sizeBy: sizeBy, colorBy: colorBy,
                  positions: layout != nil, withMeasures: withMeasures)
    }

    var dotOptions: DOTOptions {
        DOTOptions(labels: labels, legend: legend, title: title, sizeBy: sizeBy, colorBy: colorBy, engine: layout)
    }
}

/// Reading and writing graphs in every format, by path (`-` is standard input/output).
public enum GraphIO {
    // MARK: reading

    /// Reads a graph. The format is `format`, else the extension's, else guessed from the
    /// content. A CSV path `X.csv` that does not exist but has `X.nodes.csv`/`X.edges.csv`
    /// beside it (what `write` makes) reads that pair; `X.edges.csv` picks up `X.nodes.csv`.
    public static func read(path: String, format: GraphFormat? = nil) async throws -> EventGraph {
        if path != "-", (format ?? GraphFormat.fromExtension(of: path)) == .csv, let pair = csvPair(path) {
            return try CSVReader.read(nodes: (try load(pair.nodes), pair.nodes), edges: (try load(pair.edges), pair.edges))
        }
        let data = try load(path)
        let document = path == "-" ? "<stdin>" : path
        let chosen = format ?? (path == "-" ? nil : GraphFormat.fromExtension(of: path)) ?? GraphFormat.sniff(data)
        return try await decode(data, format: chosen, document: document)
    }

    /// Decodes bytes in a readable format; `document` names them in errors.
    public static func decode(_ data: Data, format: GraphFormat, document: String) async throws -> EventGraph {
        switch format {
        case .graphml:
            return try GraphMLReader.read(data, document: document)
        case .json:
            do { return try GraphJSON.decode(data) } catch let e as GraphError {
                throw PipelineError.input("\(document): \(e.description)")
            }
        case .csv:
            return try CSVReader.readEdgeList(data, document: document)
        case .dot:
            guard let text = String(data: data, encoding: .utf8) else {
                throw PipelineError.input("\(document): not UTF-8 text")
            }
            return try await DOTReader.read(text, document: document)
        case .svg, .png, .pdf, .gexf:
            throw PipelineError.usage("\(document): \(format.rawValue) can be written but not read; read GraphML, JSON, CSV or DOT")
        }
    }

    private static func load(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw PipelineError.input("\(path): no such file; check the path")
        }
        guard !isDir.boolValue else { throw PipelineError.input("\(path): is a folder, not a graph file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError.input("\(path): cannot be read (permission denied?)")
        }
        return data
    }

    /// The node and edge tables `path` stands for, when they exist.
    static func csvPair(_ path: String) -> (nodes: String, edges: String)? {
        let fm = FileManager.default
        let (stem, _) = csvStem(path)
        let nodes = stem + ".nodes.csv", edges = stem + ".edges.csv"
        if path.hasSuffix(".edges.csv") || path.hasSuffix(".nodes.csv") || !fm.fileExists(atPath: path) {
            if fm.fileExists(atPath: nodes), fm.fileExists(atPath: edges) { return (nodes, edges) }
        }
        return nil
    }

    /// `a/graph.csv`, `a/graph.nodes.csv` and `a/graph.edges.csv` all have the stem `a/graph`.
    static func csvStem(_ path: String) -> (stem: String, ext: String) {
        for suffix in [".nodes.csv", ".edges.csv", ".csv"] where path.lowercased().hasSuffix(suffix) {
            return (String(path.dropLast(suffix.count)), suffix)
        }
        return (path, "")
    }

    // MARK: writing

    /// Writes `graph` to `path` (`-`: standard output) atomically: nothing is replaced until
    /// every byte is ready, and a failure leaves no file behind. CSV writes two files,
    /// `X.nodes.csv` and `X.edges.csv`, both or neither.
    public static func write(_ graph: EventGraph, to path: String, format: GraphFormat? = nil,
                             options: ExportOptions = ExportOptions()) async throws {
        let chosen = try GraphFormat.resolve(format, path: path)
        if chosen == .graphml {
            // Streamed to the temporary file: the document (2.5 times the corpus text for an
            // extracted graph) is never in memory beside the graph.
            let prepared = try ExportPreparation.prepare(graph, options: options, document: path)
            let placed = try await positioned(prepared, path: path, options: options)
            try AtomicFile.stream(to: path) { sink in
                GraphMLWriter.write(placed, options: graphMLOptions(options)) { sink.append($0) }
            }
            return
        }
        let files = try await encode(graph, format: chosen, path: path, options: options)
        try ExportFiles.writeAll(files)
    }

    /// Node centres from `options.layout` (points, rounded to 0.01), when
    /// `options.positions` asks for them; empty otherwise.
    static func layoutPositions(_ g: EventGraph, options: ExportOptions, document: String) async throws -> [String: LayoutPoint] {
        guard options.positions, !g.nodes.isEmpty else { return [:] }
        var dotOptions = options.dotOptions
        dotOptions.legend = false
        do {
            let all = try await GraphvizEngine.shared.positions(dot: DOTWriter.write(g, options: dotOptions), engine: options.layout)
            var result: [String: LayoutPoint] = [:]
            for node in g.nodes {
                if let p = all[node.id] {
                    result[node.id] = LayoutPoint(x: (p.x * 100).rounded() / 100, y: (p.y * 100).rounded() / 100)
                }
            }
            return result
        } catch let e as GraphvizError {
            throw e.in(document: document)
        }
    }

    /// The prepared graph with the layout's node centres as `x`, `y` attributes when
    /// `options.positions` asks for them (GraphML).
    static func positioned(_ graph: EventGraph, path: String, options: ExportOptions) async throws -> EventGraph {
        var placed = graph
        for (id, point) in try await layoutPositions(placed, options: options, document: path) {
            placed.updateNode(id) {
                $0.attributes["x"] = .double(point.x)
                $0.attributes["y"] = .double(point.y)
            }
        }
        return placed
    }

    static func graphMLOptions(_ options: ExportOptions) -> GraphMLOptions {
        GraphMLOptions(labels: options.labels, sizeBy: options.sizeBy, colorBy: options.colorBy)
    }

    /// The files `write` would write, in memory.
    public static func encode(_ graph: EventGraph, format: GraphFormat, path: String,
                              options: ExportOptions = ExportOptions()) async throws -> [(path: String, data: Data)] {
        let g = try ExportPreparation.prepare(graph, options: options, document: path)
        switch format {
        case .graphml:
            let placed = try await positioned(g, path: path, options: options)
            return [(path, GraphMLWriter.write(placed, options: graphMLOptions(options)))]
        case .gexf:
            let positions = try await layoutPositions(g, options: options, document: path)
            // Gephi's viz namespace is outside the GEXF schema: only when asked for.
            let viz = positions.isEmpty && options.sizeBy == nil ? nil : SlicesGEXF.viz(positions, sizeBy: options.sizeBy)
            // Dynamic (spells from the graph's dates) whenever the graph has dates.
            let time = SlicesGEXF.time(g)
            return [(path, GEXFWriter.write(g, options: GEXFOptions(time: SlicesGEXF.hasTime(time) ? time : nil, viz: viz,
                                                                    labels: options.labels)))]
        case .json:
            return [(path, try GraphJSON.encode(g))]
        case .csv:
            if path == "-" {
                // One stream cannot hold two tables: standard output gets the edge table.
                return [(path, CSVWriter.edges(g))]
            }
            let stem = csvStem(path).stem
            return [(stem + ".nodes.csv", CSVWriter.nodes(g, labels: options.labels)),
                    (stem + ".edges.csv", CSVWriter.edges(g))]
        case .dot:
            return [(path, Data(DOTWriter.write(g, options: options.dotOptions).utf8))]
        case .svg, .png, .pdf:
            let render: RenderFormat = format == .svg ? .svg : format == .png ? .png : .pdf
            let dot = DOTWriter.write(g, options: options.dotOptions)
            do {
                return [(path, try await GraphvizEngine.shared.render(dot: dot, engine: options.layout, format: render))]
            } catch let e as GraphvizError {
                throw e.in(document: path)
            }
        }
    }
}
