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

/// Everything `SlicesJob.run` needs, already validated by the command line.
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

extension SlicesRequest {
    /// The engine a `--layout` name asks for. Slices need an engine that computes positions
    /// (the union graph is laid out once and every slice reuses its coordinates), so `nop`,
    /// which keeps given positions, is refused along with unknown names.
    public static func layoutEngine(named name: String) throws -> LayoutEngine {
        let engine: LayoutEngine
        do { engine = try LayoutEngine.named(name) } catch let error as GraphvizError {
            throw PipelineError.usage("--layout: \(error.description)")
        }
        guard engine != .nop else {
            throw PipelineError.usage("--layout nop keeps given positions; choose an engine that lays out (dot, neato, fdp, sfdp, circo, twopi)")
        }
        return engine
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
    /// Runs the whole job; `progress` gets one line per step (the command prints them on
    /// standard error).
    public static func run(_ request: SlicesRequest, progress: @Sendable (String) -> Void = { _ in }) async throws -> SlicesReport {
        try validate(request)
        let graph = try await GraphIO.read(path: request.input, format: request.inputFormat)
        progress("read \(request.input): \(graph.nodes.count) nodes, \(graph.edges.count) edges")
        let set: SliceSet
        do { set = try TimeSlicer.slice(graph, options: request.slicing) } catch let e as SliceError {
            throw PipelineError.input("\(request.input): \(e.description)")
        }
        let names = set.slices.map(\.window.name)
        progress("\(set.slices.count) \(request.slicing.mode.rawValue) slices by \(request.slicing.granularity.rawValue): \(names.first ?? "") … \(names.last ?? "")")
        reportUnplaced(set, progress: progress)

        let measured = try measure(set, request)
        progress("measures: \(measured.rows.count) rows (\(request.measures.map(\.rawValue).joined(separator: ", "))); \(measured.moves.count) risers and fallers")
        var files = tableFiles(set, graph: graph, measured: measured, request: request)

        // One layout of the union graph, shared by every diagram (and the GEXF viz).
        let wantsDrawings = !Set(request.formats).isDisjoint(with: [.svg, .png, .pdf, .dot])
        let union = SlicesDiagrams.union(set, of: graph)
        var positions: [String: LayoutPoint] = [:]
        if wantsDrawings || request.gexfViz {
            positions = try await SlicesDiagrams.layout(union, engine: request.layout, labels: request.labels)
            progress("laid out the union graph once (\(union.nodes.count) nodes, \(request.layout.rawValue))")
        }
        // Each slice's picture and the shared frame serve both its own diagram and the
        // small-multiples page.
        let drawings = wantsDrawings
            ? Drawings(pictures: set.slices.map { SlicesDiagrams.drawing($0, union: union, absent: request.absent,
                                                                           mode: request.slicing.mode) },
                       positions: positions, frame: SliceFrame.around(positions))
            : nil
        files += try await sliceFiles(set, measured: measured, positions: positions, drawings: drawings,
                                      request: request, progress: progress)
        if let drawings {
            files += try await overviewFiles(set, graph: graph, drawings: drawings, request: request)
            progress("small multiples: \(set.slices.count) panels; timeline")
        }
        if request.formats.contains(.gexf) {
            let time = SlicesGEXF.time(graph, set: set, rows: measured.rows)
            files.append(("graph.gexf", GEXFWriter.write(graph, options: GEXFOptions(time: time, viz: viz(positions, request), labels: request.labels))))
        }

        try write(files, into: request.outputDirectory)
        progress("wrote \(files.count) files to \(request.outputDirectory)")
        return SlicesReport(slices: names, files: files.map(\.name),
                            unknownDates: set.unplaced.filter { $0.reason == .unknownDate }.count,
                            unplaced: set.unplaced.filter { $0.reason != .unknownDate }.count)
    }

    typealias OutputFile = (name: String, data: Data)

    /// Usage problems found before any work: a bad --top, a measure that cannot be ranked,
    /// an output that cannot be a folder.
    static func validate(_ request: SlicesRequest) throws {
        guard request.top >= 0 else { throw PipelineError.usage("--top must be 0 or more") }
        if request.measures.contains(.community) {
            throw PipelineError.usage("--measures: community labels cannot be ranked; leave it out (eventgraph analyze gives communities)")
        }
        guard request.outputDirectory != "-" else {
            throw PipelineError.usage("slices writes many files: give -o a folder, not '-'")
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: request.outputDirectory, isDirectory: &isDir), !isDir.boolValue {
            throw PipelineError.io("\(request.outputDirectory): exists and is not a folder; choose another -o")
        }
    }

    /// One stderr line for events with unknown dates and one for other items in no slice.
    static func reportUnplaced(_ set: SliceSet, progress: (String) -> Void) {
        let unknown = set.unplaced.filter { $0.reason == .unknownDate }.count
        if unknown > 0 {
            progress("\(unknown) event\(unknown == 1 ? "" : "s") with unknown dates, in no slice: listed in unknown-dates.csv")
        }
        let counts = UnplacedItem.Reason.allCases.filter { $0 != .unknownDate }.compactMap { r -> String? in
            let n = set.unplaced.filter { $0.reason == r }.count
            return n == 0 ? nil : "\(n) \(r.rawValue)"
        }
        if !counts.isEmpty {
            let hint = set.unplaced.contains { $0.reason == .coarserThanSlice } ? "; --spread places coarse dates" : ""
            progress("not in any slice: \(counts.joined(separator: ", ")) (listed in unplaced.csv\(hint))")
        }
    }

    /// Each slice's measures: the slice graphs with the values attached, the long table
    /// and the risers and fallers.
    struct Measured {
        var graphs: [String: EventGraph] = [:]
        var rows: [SliceMeasureRow] = []
        var moves: [RankMove] = []
    }

    static func measure(_ set: SliceSet, _ request: SlicesRequest) throws -> Measured {
        var out = Measured()
        for s in set.slices {
            guard !s.graph.nodes.isEmpty else { out.graphs[s.window.name] = s.graph; continue }
            let table = try computeMeasures(s.graph, request.measures)
            out.graphs[s.window.name] = table.attach(to: s.graph)
            for m in request.measures {
                guard let column = table[m] else { continue }
                out.rows += SliceRanking.rows(slice: s.window.name, measure: m.rawValue,
                                              values: zip(table.ids, column).map { (node: $0.0, value: $0.1) })
            }
        }
        out.moves = SliceRanking.moves(rows: out.rows, sliceOrder: set.slices.map(\.window.name), top: request.top)
        return out
    }

    static func tableFiles(_ set: SliceSet, graph: EventGraph, measured: Measured, request: SlicesRequest) -> [OutputFile] {
        let label = { (id: String) in graph.node(id)?.label(request.labels == .both ? .en : request.labels) ?? id }
        let summary = SlicesTables.summaryHeader(set, graph: graph)
            + SliceRanking.summary(moves: measured.moves, sliceOrder: set.slices.map(\.window.name), label: label)
        return SlicesTables.measureFiles(measured.rows)
            + SlicesTables.moveFiles(measured.moves)
            + [("summary.txt", Data(summary.utf8))]
            + SlicesTables.unknownFiles(set.unplaced.filter { $0.reason == .unknownDate }, graph: graph, labels: request.labels)
            + SlicesTables.unplacedFiles(set.unplaced.filter { $0.reason != .unknownDate })
            + SlicesTables.indexFiles(set)
    }

    /// What every diagram shares: one picture per slice (in slice order), the union
    /// layout, and the frame round it.
    struct Drawings {
        var pictures: [SliceDrawing]
        var positions: [String: LayoutPoint]
        var frame: SliceFrame
    }

    /// Per slice: its graph in each requested graph format (with its measures) and its
    /// pinned diagram in each requested drawing format.
    static func sliceFiles(_ set: SliceSet, measured: Measured, positions: [String: LayoutPoint], drawings: Drawings?,
                           request: SlicesRequest, progress: (String) -> Void) async throws -> [OutputFile] {
        var files: [OutputFile] = []
        let formats = Set(request.formats)
        // The slices share most of their elements (the standing relations and their ends are
        // in every slice): each element's long texts are formatted once for all of them.
        let memo = ElementTextMemo()
        let json = SliceJSONEncoder()
        for (i, s) in set.slices.enumerated() {
            let name = s.window.name
            let g = measured.graphs[name] ?? s.graph
            if formats.contains(.graphml) { files.append(("\(name).graphml", GraphMLWriter.write(g, options: GraphMLOptions(labels: request.labels)))) }
            if formats.contains(.json) { files.append(("\(name).json", try json.encode(g))) }
            if formats.contains(.csv) {
                files.append(("\(name).nodes.csv", CSVWriter.nodes(g, labels: request.labels, memo: memo)))
                files.append(("\(name).edges.csv", CSVWriter.edges(g, memo: memo)))
            }
            if formats.contains(.gexf) {
                files.append(("\(name).gexf", GEXFWriter.write(g, options: GEXFOptions(viz: viz(positions, request), labels: request.labels),
                                                                memo: memo)))
            }
            if let drawings {
                let dot = SmallMultiples.sliceDOT(drawings.pictures[i], positions: drawings.positions, frame: drawings.frame,
                                                  labels: request.labels)
                files += try await SlicesDiagrams.render(dot: dot, base: name, formats: request.formats)
            }
            progress("slice \(i + 1)/\(set.slices.count) \(name): \(s.graph.nodes.count) nodes, \(s.graph.edges.count) edges, \(s.eventIDs.count) event\(s.eventIDs.count == 1 ? "" : "s")")
        }
        return files
    }

    /// The small-multiples page and the timeline (their SVG always, other drawing formats
    /// as requested).
    static func overviewFiles(_ set: SliceSet, graph: EventGraph, drawings: Drawings,
                              request: SlicesRequest) async throws -> [OutputFile] {
        let names = set.slices.map(\.window.name)
        let title = "\(request.slicing.mode == .cumulative ? "Cumulative slices" : "Slices") by \(request.slicing.granularity.rawValue): \(names.first ?? "") – \(names.last ?? "")"
        let page = SmallMultiples.pageDOT(drawings.pictures, positions: drawings.positions, frame: drawings.frame,
                                          labels: request.labels, title: title)
        var files = try await SlicesDiagrams.render(dot: page, base: "small-multiples", formats: request.formats, alwaysSVG: true)
        let span = set.slices.isEmpty ? "" : ": \(set.slices[0].window.first.iso) – \(set.slices[set.slices.count - 1].window.last.iso)"
        let timeline = TimelineWriter.dot(graph, options: TimelineOptions(labels: request.labels, title: "Events by date\(span)"))
        files += try await SlicesDiagrams.render(dot: timeline, base: "timeline", formats: request.formats, alwaysSVG: true)
        return files
    }

    static func viz(_ positions: [String: LayoutPoint], _ request: SlicesRequest) -> GEXFViz? {
        request.gexfViz ? SlicesGEXF.viz(positions, sizeBy: request.measures.first?.rawValue) : nil
    }

    /// Writes every file as one group (see `ExportFiles.writeAll`); a folder made for
    /// this run is removed again if the write fails.
    static func write(_ files: [OutputFile], into folder: String) throws {
        let created = try createFolder(folder)
        let dir = URL(fileURLWithPath: folder)
        do {
            try ExportFiles.writeAll(files.map { (dir.appendingPathComponent($0.name).path, $0.data) })
        } catch {
            if created { try? FileManager.default.removeItem(atPath: folder) }
            throw error
        }
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
