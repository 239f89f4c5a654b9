import ArgumentParser
import Foundation
import Pipeline

/// Exit codes: 0 success, 1 failure (a file that cannot be read or written), 2 bad usage.
/// Every message is one line on standard error, `eventgraph: <file>: <problem>`.
enum ExitStatus {
    static let failure: Int32 = 1
    static let usage: Int32 = 2
}

extension EventGraphCommand {
    /// Replaces ArgumentParser's default entry point to map errors to the exit codes
    /// above: ArgumentParser's own usage errors exit with 64 (EX_USAGE) and print the
    /// usage text; here they exit 2 with one line.
    static func main() async {
        // Before any thread allocates: a worker thread's arena is made with the settings in
        // force when it is made (`HeapTuning`).
        HeapTuning.forCommandLine()
        AtomicFile.removeTemporariesOnInterrupt()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exitReporting(error)
        }
    }

    static func exitReporting(_ error: Error) -> Never {
        if let pipeline = error as? PipelineError {
            if case .usage = pipeline { fail(pipeline.description, status: ExitStatus.usage) }
            fail(pipeline.description, status: ExitStatus.failure)
        }
        switch exitCode(for: error) {
        case .success:
            exit(withError: error) // --help, --version
        case .validationFailure:
            fail(message(for: error), status: ExitStatus.usage)
        default:
            if error is ExitCode { exit(withError: error) }
            fail(String(describing: error), status: ExitStatus.failure)
        }
    }

    /// A problem that does not stop the command: one line on standard error.
    static func warn(_ message: String) {
        let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        FileHandle.standardError.write(Data("eventgraph: warning: \(line)\n".utf8))
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        // One line, whatever the error text holds.
        let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        FileHandle.standardError.write(Data("eventgraph: \(line)\n".utf8))
        Foundation.exit(status)
    }
}
