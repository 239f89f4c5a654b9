import ArgumentParser
import Pipeline

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Convert a graph to another format, or draw it as SVG, PNG or PDF.",
        discussion: """
        Reads GraphML (ours, networkx, igraph, Gephi, yEd), our JSON, CSV edge lists \
        (header source,target[,relation,weight,date]) and DOT. Writes graphml, json, csv, \
        dot, svg, png, pdf and gexf. The format comes from the file extension unless \
        --format says; '-' reads standard input or writes standard output. \
        A CSV output graph.csv is written as graph.nodes.csv and graph.edges.csv \
        (Gephi's spreadsheet import layout). Every file is written atomically: on any \
        error nothing is left behind and an existing file is untouched.

        Examples:
          eventgraph export out/graph.graphml -o out/graph.svg
          eventgraph export out/graph.json --with-measures -o out/graph.graphml
          eventgraph export out/graph.graphml -o out/graph.png --labels ar --legend
          eventgraph export out/graph.json -o out/graph.pdf --layout neato \\
              --size-by pagerank --color-by community
          eventgraph export net.graphml -o net.csv    # net.nodes.csv, net.edges.csv
          eventgraph export edges.csv -o graph.graphml --title "Attacks, March 2020"
          cat graph.dot | eventgraph export - --format graphml -o -

        Exit status: 0 success, 1 failure (unreadable input, unwritable output), 2 bad usage.
        """
    )

    @Argument(help: ArgumentHelp("The graph to read ('-' for standard input).", valueName: "graph"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write ('-' for standard output).", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Output format, when the extension does not say.",
                                            valueName: "graphml|json|csv|dot|svg|png|pdf|gexf"))
    var format: String?

    @Option(name: .customLong("input-format"), help: ArgumentHelp("Input format, when the extension does not say (otherwise guessed from the content).",
                                                                  valueName: "graphml|json|csv|dot"))
    var inputFormat: String?

    @Flag(name: .customLong("with-measures"), help: ArgumentHelp(
        "Compute every node measure (degree, betweenness, pagerank, core, community, ...) and store them as node attributes."))
    var withMeasures = false

    @OptionGroup var drawing: DrawingOptions

    func run() async throws {
        let options = try drawing.exportOptions(withMeasures: withMeasures)
        let outputFormat = try format.map(GraphFormat.named)
        let readFormat = try inputFormat.map(GraphFormat.named)
        let warnings = try await ExportJob.run(input: input, inputFormat: readFormat, output: output,
                                               outputFormat: outputFormat, options: options)
        for line in warnings { EventGraphCommand.warn(line) }
    }
}
