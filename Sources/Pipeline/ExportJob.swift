import Foundation
import GraphModel

/// `eventgraph export`: read a graph in any readable format, write it in any format.
public enum ExportJob {
    /// Reads `input` (`-`: standard input), prepares it (title, measures for
    /// `--size-by`/`--color-by`), and writes `output` atomically. Usage problems (an unknown
    /// format) are found before anything is read.
    public static func run(input: String, inputFormat: GraphFormat? = nil, output: String,
                           outputFormat: GraphFormat? = nil, options: ExportOptions) async throws {
        let format = try GraphFormat.resolve(outputFormat, path: output)
        if let f = inputFormat, !f.isReadable {
            throw PipelineError.usage("\(f.rawValue) cannot be read; read GraphML, JSON, CSV or DOT")
        }
        let graph = try await GraphIO.read(path: input, format: inputFormat)
        let prepared = try ExportPreparation.prepare(graph, options: options, document: input == "-" ? "<stdin>" : input)
        try await GraphIO.write(prepared, to: output, format: format, options: options)
    }
}
