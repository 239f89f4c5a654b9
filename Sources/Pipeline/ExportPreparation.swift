import Foundation
import GraphModel
import Analytics

/// What an export adds to a graph before writing it: the title, and the measure a
/// `--size-by`/`--color-by` names when the graph does not carry it yet.
enum ExportPreparation {
    /// `document` names the input graph in messages.
    static func prepare(_ graph: EventGraph, options: ExportOptions, document: String) throws -> EventGraph {
        var g = graph
        if let title = options.title { g.attributes["title"] = .string(title) }
        var missing: [Measure] = []
        for (flag, name) in [("--size-by", options.sizeBy), ("--color-by", options.colorBy)] {
            guard let name, !g.nodes.contains(where: { $0.attributes[name] != nil }) else { continue }
            if let measure = Measure(rawValue: name) {
                if !missing.contains(measure) { missing.append(measure) }
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
        guard !missing.isEmpty else { return g }
        do {
            return try computeMeasures(g, missing, options: MeasureOptions()).attach(to: g)
        } catch {
            throw PipelineError.input("\(document): cannot compute \(missing.map(\.rawValue).joined(separator: ", ")): \(error)")
        }
    }
}
