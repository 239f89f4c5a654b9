import Analytics
import ArgumentParser
import Foundation
import GraphModel
import Pipeline

struct SlicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slices",
        abstract: "Cut a dated graph into time slices: diagrams whose nodes hold still, measures per slice, a timeline, a Gephi GEXF.",
        discussion: """
        A slice holds the events dated in its window (--mode cumulative: up to the window's \
        end) with the actors, bases and places they touch. Relations between entities \
        (backed_by, allied_with, ...) are in every slice, or with --relations-evidenced \
        only from the first day dated evidence supports them (their own date, else the \
        latest completed event reported in the same sentence, else in the same article). \
        An event known only to the month belongs to its month; in week slices it appears \
        only with --spread, in every week it overlaps, drawn with a double border. Planned \
        and announced events are drawn dashed, never as done. Events without a date go to \
        unknown-dates.csv. Slices run from the earliest to the latest dated event (or \
        --from/--to); empty windows in between are kept so time reads evenly.

        Written into DIR (slice names sort in time order: 2020-03-19, 2020-W12,
        2020-03, 2020-Q1, 2020):
          <slice>.svg .png ...   one diagram per slice; the union graph is laid
                                 out once, so a node keeps its coordinates
          small-multiples.svg    every slice side by side, in order
          timeline.svg           events on a date axis, one lane per kind
          graph.gexf             the whole graph in time (Gephi: Timeline)
          measures.csv .json     slice,node,measure,value,rank (1 = highest)
          risers-fallers.csv .json, summary.txt
          slices.csv, unknown-dates.csv, unplaced.csv

        Examples:
          eventgraph slices out/graph.graphml --by week -o out/slices
          eventgraph slices out/graph.graphml --by month --mode cumulative -o out/m
          eventgraph slices g.graphml --by week --spread --relations-evidenced \\
                            --from 2020-03 --to 2020-04 -o out/w
          eventgraph slices g.graphml --by quarter --formats svg,pdf,gexf -o out/q

        Progress goes to standard error. Exit status: 0 success, 1 failure, 2 bad usage.
        """
    )

    @Argument(help: ArgumentHelp("The graph to slice (GraphML, JSON, CSV or DOT; '-' for standard input).", valueName: "graph"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder to write into (created if missing).", valueName: "dir"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Slice length.", valueName: "day|week|month|quarter|year"))
    var by: String = "week"

    @Option(name: .long, help: ArgumentHelp("First date (2020-03-19, 2020-W12, 2020-03 or 2020); default: the earliest event.", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Last date, same forms; default: the latest event.", valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("window: each slice holds its own window; cumulative: everything up to the window's end.", valueName: "window|cumulative"))
    var mode: String = "window"

    @Flag(name: .customLong("relations-evidenced"), help: "Show entity relations only from the day dated evidence supports them.")
    var relationsEvidenced = false

    @Flag(name: .long, help: "Put events with a date coarser than a slice (a month in week slices) in every slice they overlap, marked imprecise.")
    var spread = false

    @Option(name: .long, help: ArgumentHelp("Nodes not in a slice: left out, or drawn grey.", valueName: "omit|grey"))
    var absent: String = "grey"

    @Option(name: .long, help: ArgumentHelp("Engine that lays out the union graph once.", valueName: "dot|neato|fdp|sfdp|circo|twopi"))
    var layout: String = "neato"

    @Option(name: .long, help: ArgumentHelp("Label language; a missing name falls back to the other language.", valueName: "en|ar|both"))
    var labels: String = "en"

    @Option(name: .long, help: ArgumentHelp("Files per slice, and renderings of the timeline and small multiples (SVG always).",
                                            valueName: "svg,png,pdf,dot,graphml,gexf,csv,json"))
    var formats: String = SliceOutputFormat.defaults.map(\.rawValue).joined(separator: ",")

    @Option(name: .long, help: ArgumentHelp("Measures per slice.", valueName: "degree,betweenness,pagerank,..."))
    var measures: String = SlicesRequest.defaultMeasures.map(\.rawValue).joined(separator: ",")

    @Option(name: .long, help: ArgumentHelp("Risers and fallers kept per pair of slices and measure.", valueName: "n"))
    var top: Int = 5

    @Flag(name: .customLong("gexf-viz"), help: "Add Gephi's viz positions, colours and sizes to the GEXF files (Gephi and networkx read them; the official 1.3 schema does not accept them).")
    var gexfViz = false

    @Option(name: .customLong("input-format"), help: ArgumentHelp("Input format, when the extension does not say.", valueName: "graphml|json|csv|dot"))
    var inputFormat: String?

    func run() async throws {
        guard let granularity = SliceGranularity(rawValue: by.lowercased()) else {
            throw ValidationError("--by '\(by)': use day, week, month, quarter or year")
        }
        guard let sliceMode = SliceMode(rawValue: mode.lowercased()) else {
            throw ValidationError("--mode '\(mode)': use window or cumulative")
        }
        guard let absentNodes = AbsentNodes(rawValue: absent.lowercased() == "gray" ? "grey" : absent.lowercased()) else {
            throw ValidationError("--absent '\(absent)': use omit or grey")
        }
        guard let language = LabelLanguage(rawValue: labels.lowercased()) else {
            throw ValidationError("--labels '\(labels)': use en, ar or both")
        }
        let engine = try SlicesRequest.layoutEngine(named: layout)
        func day(_ text: String?, _ option: String, end: Bool) throws -> Day? {
            guard let text else { return nil }
            guard let d = EventDate(iso: text) else {
                throw ValidationError("\(option) '\(text)': write a date as 2020-03-19, 2020-W12, 2020-03 or 2020")
            }
            return end ? d.end : d.start
        }
        let slicing = SliceOptions(granularity: granularity, mode: sliceMode,
                                   from: try day(from, "--from", end: false), to: try day(to, "--to", end: true),
                                   relationsEvidenced: relationsEvidenced, spread: spread)
        let chosenMeasures: [Measure]
        do { chosenMeasures = try Measure.parseList(measures) } catch { throw ValidationError("--measures: \(error)") }
        let request = SlicesRequest(
            input: input, inputFormat: try inputFormat.map(GraphFormat.named), outputDirectory: output,
            slicing: slicing, absent: absentNodes, layout: engine, labels: language,
            formats: try SliceOutputFormat.parseList(formats), measures: chosenMeasures, top: top, gexfViz: gexfViz)
        _ = try await SlicesJob.run(request) { line in
            FileHandle.standardError.write(Data("slices: \(line)\n".utf8))
        }
    }
}
