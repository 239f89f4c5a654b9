import Analytics
import Foundation
import Formats
import GraphModel
import Graphviz

/// What absent nodes look like in a slice diagram.
public enum AbsentNodes: String, CaseIterable, Sendable {
    /// Left out (the slice shows only itself; positions still hold).
    case omit
    /// Drawn grey, so every diagram shows the whole union graph.
    case grey
}

/// The files `slices` can write per slice (and for the timeline, the small multiples and
/// the whole graph).
public enum SliceOutputFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, dot, graphml, gexf, csv, json

    public static let defaults: [SliceOutputFormat] = [.svg, .png, .gexf, .csv, .json]

    /// Parses `svg,png,...`; an unknown name is a usage error that lists the valid ones.
    public static func parseList(_ text: String) throws -> [SliceOutputFormat] {
        var out: [SliceOutputFormat] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !part.isEmpty {
            guard let f = SliceOutputFormat(rawValue: part) else {
                throw PipelineError.usage("--formats: unknown format '\(part)'; use some of \(allCases.map(\.rawValue).joined(separator: ","))")
            }
            if !out.contains(f) { out.append(f) }
        }
        guard !out.isEmpty else { throw PipelineError.usage("--formats is empty; use some of \(allCases.map(\.rawValue).joined(separator: ","))") }
        return out
    }
}

public struct SlicesRequest: Sendable {
    public var input: String
    public var inputFormat: GraphFormat?
    public var outputDirectory: String
    public var slicing: SliceOptions
    public var absent: AbsentNodes
    public var layout: LayoutEngine
    public var labels: LabelLanguage
    public var formats: [SliceOutputFormat]
    public var measures: [Measure]
    /// Risers and fallers kept per pair of slices and measure.
    public var top: Int
    /// Add Gephi's viz elements (positions, colours, sizes) to the GEXF files.
    public var gexfViz: Bool

    public static let defaultMeasures: [Measure] = [.degree, .betweenness, .pagerank]

    public init(input: String, inputFormat: GraphFormat? = nil, outputDirectory: String, slicing: SliceOptions = SliceOptions(),
                absent: AbsentNodes = .grey, layout: LayoutEngine = .neato, labels: LabelLanguage = .en,
                formats: [SliceOutputFormat] = SliceOutputFormat.defaults, measures: [Measure] = SlicesRequest.defaultMeasures,
                top: Int = 5, gexfViz: Bool = false) {
        self.input = input; self.inputFormat = inputFormat; self.outputDirectory = outputDirectory
        self.slicing = slicing; self.absent = absent; self.layout = layout; self.labels = labels
        self.formats = formats; self.measures = measures; self.top = top; self.gexfViz = gexfViz
    }
}

/// What a run produced, for the caller's summary.
public struct SlicesReport: Sendable {
    public var slices: [String]
    public var files: [String]
    public var unknownDates: Int
    public var unplaced: Int
}

/// `eventgraph slices`: cuts a graph into time slices and writes, into one folder,
/// per-slice diagrams with still nodes and graph files, the long measure table, risers and
/// fallers, a small-multiples page, a timeline and a dynamic GEXF of the whole graph.
///
/// Every file is computed in memory first and written as one all-or-nothing group, so a
/// failure leaves the folder as it was.
public enum SlicesJob {
    public static func run(_ request: SlicesRequest, progress: @Sendable (String) -> Void = { _ in }) async throws -> SlicesReport {
        guard request.top >= 0 else { throw PipelineError.usage("--top must be 0 or more") }
        guard request.outputDirectory != "-" else {
            throw PipelineError.usage("slices writes many files: give -o a folder, not '-'")
        }
        if request.measures.contains(.community) {
            throw PipelineError.usage("--measures: community labels cannot be ranked; leave it out (eventgraph analyze gives communities)")
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: request.outputDirectory, isDirectory: &isDir), !isDir.boolValue {
            throw PipelineError.io("\(request.outputDirectory): exists and is not a folder; choose another -o")
        }
        let graph = try await GraphIO.read(path: request.input, format: request.inputFormat)
        progress("read \(request.input): \(graph.nodes.count) nodes, \(graph.edges.count) edges")

        let set: SliceSet
        do { set = try TimeSlicer.slice(graph, options: request.slicing) } catch let e as SliceError {
            throw PipelineError.input("\(request.input): \(e.description)")
        }
        let names = set.slices.map(\.window.name)
        progress("\(set.slices.count) \(request.slicing.mode.rawValue) slices by \(request.slicing.granularity.rawValue): \(names.first ?? "") … \(names.last ?? "")")

        let unknown = set.unplaced.filter { $0.reason == .unknownDate }
        let others = set.unplaced.filter { $0.reason != .unknownDate }
        if !unknown.isEmpty {
            progress("\(unknown.count) event\(unknown.count == 1 ? "" : "s") with unknown dates, in no slice: listed in unknown-dates.csv")
        }
        if !others.isEmpty {
            let counts = UnplacedItem.Reason.allCases.compactMap { r -> String? in
                let n = others.filter { $0.reason == r }.count
                return n == 0 ? nil : "\(n) \(r.rawValue)"
            }
            progress("not in any slice: \(counts.joined(separator: ", ")) (listed in unplaced.csv\(others.contains { $0.reason == .coarserThanSlice } ? "; --spread places coarse dates" : ""))")
        }

        var files: [(name: String, data: Data)] = []
        let formats = Set(request.formats)

        // Measures, the long table, risers and fallers.
        var rows: [SliceMeasureRow] = []
        var measured: [String: EventGraph] = [:]
        for s in set.slices {
            guard !s.graph.nodes.isEmpty else { measured[s.window.name] = s.graph; continue }
            let table = try computeMeasures(s.graph, request.measures)
            measured[s.window.name] = table.attach(to: s.graph)
            for m in request.measures {
                guard let column = table[m] else { continue }
                rows += SliceRanking.rows(slice: s.window.name, measure: m.rawValue,
                                          values: Array(zip(table.ids, column)).map { (node: $0.0, value: $0.1) })
            }
        }
        let moves = SliceRanking.moves(rows: rows, sliceOrder: names, top: request.top)
        files += SlicesTables.measureFiles(rows)
        files += SlicesTables.moveFiles(moves)
        let labelOf = { (id: String) in graph.node(id)?.label(request.labels == .both ? .en : request.labels) ?? id }
        files.append(("summary.txt", Data(SlicesTables.summaryHeader(set, graph: graph).utf8
                                        + Data(SliceRanking.summary(moves: moves, sliceOrder: names, label: labelOf).utf8))))
        files += SlicesTables.unknownFiles(unknown, graph: graph, labels: request.labels)
        files += SlicesTables.unplacedFiles(others)
        files += SlicesTables.indexFiles(set)
        progress("measures: \(rows.count) rows (\(request.measures.map(\.rawValue).joined(separator: ", "))); \(moves.count) risers and fallers")

        // Diagrams with still nodes.
        let drawings = formats.isDisjoint(with: [.svg, .png, .pdf, .dot])
        var positions: [String: LayoutPoint] = [:]
        let union = SlicesDiagrams.union(set, of: graph)
        if !drawings || request.gexfViz {
            positions = try await SlicesDiagrams.layout(union, engine: request.layout, labels: request.labels)
            progress("laid out the union graph once (\(union.nodes.count) nodes, \(request.layout.rawValue))")
        }
        let frame = SliceFrame.around(positions)
        var pictures: [SliceDrawing] = []
        for (i, s) in set.slices.enumerated() {
            let name = s.window.name
            let sliceGraph = measured[name] ?? s.graph
            if formats.contains(.graphml) { files.append(("\(name).graphml", GraphMLWriter.write(sliceGraph, options: GraphMLOptions(labels: request.labels)))) }
            if formats.contains(.json) { files.append(("\(name).json", try GraphJSON.encode(sliceGraph))) }
            if formats.contains(.csv) {
                files.append(("\(name).nodes.csv", CSVWriter.nodes(sliceGraph, labels: request.labels)))
                files.append(("\(name).edges.csv", CSVWriter.edges(sliceGraph)))
            }
            if formats.contains(.gexf) {
                let viz = request.gexfViz ? SlicesGEXF.viz(positions, sizeBy: request.measures.first?.rawValue) : nil
                files.append(("\(name).gexf", GEXFWriter.write(sliceGraph, options: GEXFOptions(viz: viz, labels: request.labels))))
            }
            let picture = SlicesDiagrams.drawing(s, union: union, absent: request.absent, mode: request.slicing.mode)
            pictures.append(picture)
            if !drawings {
                let dot = SmallMultiples.sliceDOT(picture, positions: positions, frame: frame, labels: request.labels)
                files += try await SlicesDiagrams.render(dot: dot, base: name, formats: request.formats)
            }
            progress("slice \(i + 1)/\(set.slices.count) \(name): \(s.graph.nodes.count) nodes, \(s.graph.edges.count) edges, \(s.eventIDs.count) event\(s.eventIDs.count == 1 ? "" : "s")")
        }
        if !drawings {
            let title = "\(request.slicing.mode == .cumulative ? "Cumulative slices" : "Slices") by \(request.slicing.granularity.rawValue): \(names.first ?? "") – \(names.last ?? "")"
            let page = SmallMultiples.pageDOT(pictures, positions: positions, frame: frame, labels: request.labels, title: title)
            files += try await SlicesDiagrams.render(dot: page, base: "small-multiples", formats: request.formats, alwaysSVG: true)
            progress("small multiples: \(pictures.count) panels")
        }

        // Timeline of the whole graph.
        if !drawings {
            let span = set.slices.isEmpty ? "" : " \(set.slices[0].window.first.iso) – \(set.slices[set.slices.count - 1].window.last.iso)"
            let timeline = TimelineWriter.dot(graph, options: TimelineOptions(labels: request.labels, title: "Events by date\(span.isEmpty ? "" : ":")\(span)"))
            files += try await SlicesDiagrams.render(dot: timeline, base: "timeline", formats: request.formats, alwaysSVG: true)
        }

        // The whole graph, dynamic, for Gephi's timeline.
        if formats.contains(.gexf) {
            let time = SlicesGEXF.time(graph, set: set, rows: rows)
            let viz = request.gexfViz ? SlicesGEXF.viz(positions, sizeBy: request.measures.first?.rawValue) : nil
            files.append(("graph.gexf", GEXFWriter.write(graph, options: GEXFOptions(time: time, viz: viz, labels: request.labels))))
        }

        let created = try createFolder(request.outputDirectory)
        let dir = URL(fileURLWithPath: request.outputDirectory)
        do {
            try ExportFiles.writeAll(files.map { (dir.appendingPathComponent($0.name).path, $0.data) })
        } catch {
            // Nothing was renamed into place; a folder made for this run goes too.
            if created { try? FileManager.default.removeItem(atPath: request.outputDirectory) }
            throw error
        }
        progress("wrote \(files.count) files to \(request.outputDirectory)")
        return SlicesReport(slices: names, files: files.map(\.name), unknownDates: unknown.count, unplaced: others.count)
    }

    /// Makes the output folder if needed; true when this call created it.
    static func createFolder(_ path: String) throws -> Bool {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw PipelineError.io("\(path): exists and is not a folder; choose another -o") }
            return false
        }
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw PipelineError.io("\(path): cannot create the output folder (\(error.localizedDescription))")
        }
        return true
    }
}
