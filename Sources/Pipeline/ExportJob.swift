import Foundation
import GraphModel

/// `eventgraph export`: read a graph in any readable format, write it in any format.
public enum ExportJob {
    /// Reads `input` (`-`: standard input), prepares it (title, measures), and writes
    /// `output` atomically. Usage problems (an unknown format) are found before anything is
    /// read. Returns warnings (measures `--with-measures` had to leave out), one line each.
    @discardableResult
    public static func run(input: String, inputFormat: GraphFormat? = nil, output: String,
                           outputFormat: GraphFormat? = nil, options: ExportOptions) async throws -> [String] {
        let format = try GraphFormat.resolve(outputFormat, path: output)
        if let f = inputFormat, !f.isReadable {
            throw PipelineError.usage("\(f.rawValue) cannot be read; read GraphML, JSON, CSV or DOT")
        }
        let graph = try await GraphIO.read(path: input, format: inputFormat)
        let prepared = try ExportPreparation.prepared(graph, options: options, document: input == "-" ? "<stdin>" : input)
        // The measures are in the graph now: writing must not compute them again.
        var writeOptions = options
        writeOptions.withMeasures = false
        try await GraphIO.write(prepared.graph, to: output, format: format, options: writeOptions)
        return prepared.warnings
    }
}
