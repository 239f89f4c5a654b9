import ArgumentParser
import Pipeline

/// How a graph is drawn and labelled; shared by every command that exports drawings.
struct DrawingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Layout engine for SVG, PNG and PDF.", valueName: "dot|neato|fdp|sfdp|circo|twopi|nop"))
    var layout: String?

    @Option(name: .long, help: ArgumentHelp("Label language; a missing name falls back to the other language.", valueName: "en|ar|both"))
    var labels: String = "en"

    @Flag(name: .long, help: "Draw a legend of the node kinds and relations present.")
    var legend = false

    @Option(name: .long, help: "Title drawn above the graph (and stored as the graph's title).")
    var title: String?

    @Option(name: .customLong("size-by"), help: ArgumentHelp(
        "Scale nodes by a numeric node attribute; a measure the graph lacks (degree, pagerank, betweenness, ...) is computed.",
        valueName: "attribute"))
    var sizeBy: String?

    @Option(name: .customLong("color-by"), help: ArgumentHelp(
        "Colour nodes by a node attribute (community, kind-like text, or a number on a ramp); missing measures are computed.",
        valueName: "attribute"))
    var colorBy: String?

    /// The options as the pipeline takes them; bad values are usage errors (exit 2).
    func exportOptions(withMeasures: Bool = false) throws -> ExportOptions {
        try ExportOptions(labels: labels, layout: layout, legend: legend, title: title, sizeBy: sizeBy, colorBy: colorBy,
                          withMeasures: withMeasures)
    }
}
