import ArgumentParser
import Foundation
import Pipeline

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read Arabic news articles and write one merged, dated graph of actors, bases, attacks and withdrawals.",
        discussion: """
        PATH is a .txt article (UTF-8) or a folder of them. Without --manifest, each folder's own \
        manifest.json gives its articles' publication dates (JSON array of \
        {"file", "published", "source"?, "url"?, "title"?}, or a CSV with the header \
        file,published,source,url,title); an article the manifest does not date is dated by its \
        dateline, if it has one. Articles with the same file name in different folders are \
        told apart by their folder (east/001.txt). The output format comes from the extension of -o \
        (.graphml .json .csv .dot .svg .png .pdf .gexf); drawing options apply to diagrams.

        Bad input (an empty, binary or non-UTF-8 file, a manifest row naming a missing file or \
        holding a bad date) is reported on standard error, one line per file, and skipped: the \
        run still writes the graph and exits 0. With --strict any such problem fails the run \
        (exit 1) and nothing is written. A malformed lexicon always fails the run.

        Examples:
          eventgraph extract samples -o out/graph.graphml
          eventgraph extract articles/ --manifest articles/list.csv --lexicon extra.yaml -o graph.json
          eventgraph extract samples -o out/graph.svg --labels ar --legend
        """
    )

    @Argument(help: ArgumentHelp("Articles (.txt) or folders of articles.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The graph file to write ('-' for standard output).", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Manifest (JSON or CSV) with publication dates.", valueName: "file"))
    var manifest: String?

    @Option(name: .long, help: ArgumentHelp("Extra lexicon file (YAML, same schema as the default); repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Flag(name: .customLong("with-lexicon-relations"), help: "Add every lexicon affiliation between entities of the graph, not only those the text supports.")
    var withLexiconRelations = false

    @Flag(name: .long, help: "Fail (exit 1, nothing written) if any input is bad, instead of skipping it.")
    var strict = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Show a progress counter on standard error (default: only on a terminal).")
    var progress: Bool?

    @Option(name: .long, help: ArgumentHelp("Output format, when the extension does not say.", valueName: "graphml|json|csv|dot|svg|png|pdf|gexf"))
    var format: String?

    @OptionGroup var drawing: DrawingOptions

    func run() async throws {
        var request = ExtractRequest(paths: paths, manifest: manifest, lexicons: lexicon,
                                     withLexiconRelations: withLexiconRelations, strict: strict, progress: progress,
                                     output: output, format: try format.map(GraphFormat.named),
                                     options: try drawing.exportOptions())
        request.exitsAfter = true
        _ = try await ExtractJob.run(request) { line in
            FileHandle.standardError.write(Data("eventgraph: \(line)\n".utf8))
        }
    }
}
