import Foundation
import GraphModel
import Analytics

/// What an export adds to a graph before writing it: the title, every measure with
/// `--with-measures`, and the measure a `--size-by`/`--color-by` names when the graph does
/// not carry it yet.
enum ExportPreparation {
    /// The graph to write, and one line per measure `--with-measures` had to leave out
    /// (an iteration that does not converge on this graph, say).
    struct Prepared {
        var graph: EventGraph
        var warnings: [String]
    }

    /// `document` names the input graph in messages.
    static func prepare(_ graph: EventGraph, options: ExportOptions, document: String) throws -> EventGraph {
        try prepared(graph, options: options, document: document).graph
    }

    static func prepared(_ graph: EventGraph, options: ExportOptions, document: String) throws -> Prepared {
        var g = graph
        if let title = options.title { g.attributes["title"] = .string(title) }
        // Measures a drawing option names: required, so a failure is an error.
        var required: [Measure] = []
        for (flag, name) in [("--size-by", options.sizeBy), ("--color-by", options.colorBy)] {
            guard let name, !g.nodes.contains(where: { $0.attributes[name] != nil }) else { continue }
            if let measure = Measure(rawValue: name) {
                if !required.contains(measure) { required.append(measure) }
                continue
            }
            let present = g.nodeAttributeNames
            let choices = (present.isEmpty ? "" : "attributes in the graph: " + present.joined(separator: ", ") + "; ")
                + "measures computed on demand: " + Measure.allCases.map(\.rawValue).joined(separator: ", ")
            throw PipelineError.input("\(document): no node has the attribute '\(name)' named by \(flag) (\(choices))")
        }
        if let name = options.sizeBy, Measure(rawValue: name) == nil,
           !g.nodes.contains(where: { $0.attributes[name]?.doubleValue != nil }) {
            throw PipelineError.input("\(document): --size-by needs a numeric attribute; '\(name)' holds no numbers")
        }
        if !required.isEmpty {
            do {
                g = try computeMeasures(g, required, options: MeasureOptions()).attach(to: g)
            } catch {
                throw PipelineError.input("\(document): cannot compute \(required.map(\.rawValue).joined(separator: ", ")): \(error)")
            }
        }
        var warnings: [String] = []
        if options.withMeasures {
            // One at a time, so that one measure failing (eigenvector centrality does not
            // converge on some directed graphs) leaves the others in.
            for measure in Measure.allCases where !required.contains(measure) {
                do {
                    g = try computeMeasures(g, [measure], options: MeasureOptions()).attach(to: g)
                } catch {
                    warnings.append("\(document): \(measure.rawValue) left out: \(error)")
                }
            }
        }
        return Prepared(graph: g, warnings: warnings)
    }
}
