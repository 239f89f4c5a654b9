import CGraphviz
import Foundation

/// Captures what Graphviz says (instead of letting it print to stderr) and turns it into
/// `GraphvizError`s.
///
/// Graphviz hands its messages to one process-wide C callback, in pieces: `"Error"`, `": "`,
/// then the text up to a newline. A C function pointer carries no context, so the pieces
/// are collected in a global buffer.
enum ErrorFunnel {
    /// Why `nonisolated(unsafe)` is sound here: Graphviz calls the handler synchronously from
    /// inside a Graphviz call, and every Graphviz call runs inside a method of
    /// `GraphvizEngine`, an actor whose methods never suspend. So the buffer is only ever
    /// touched by the one thread running the engine at that moment, between `reset()` and
    /// `message()` of the same operation.
    nonisolated(unsafe) private static var buffer = ""

    /// Routes Graphviz's messages into the buffer. Called once, from the engine's init
    /// (`GraphvizEngine.shared` is the only instance).
    static func install() {
        _ = agseterrf { piece in
            if let piece { ErrorFunnel.buffer += String(cString: piece) }
            return 0
        }
    }

    /// Clears the captured text and Graphviz's error level before an operation. Without
    /// `agreseterrors`, one syntax error would make every later call look failed.
    static func reset() {
        buffer = ""
        _ = agreseterrors()
        // Line numbers in messages count from the start of this operation's text.
        agreadline(1)
    }

    /// Whether Graphviz reported an error (not just a warning) since `reset()`.
    /// `agerrors()` is the highest level seen: AGWARN = 0, AGERR = 1.
    static var sawError: Bool { agerrors() >= Int32(AGERR.rawValue) }

    /// Everything Graphviz said since `reset()`, as one line: messages joined with "; ",
    /// errors first (warnings only when there is nothing else).
    static func message() -> String {
        let lines = buffer.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let errors = lines.filter { !$0.hasPrefix("Warning") }
            .map { $0.hasPrefix("Error: ") ? String($0.dropFirst("Error: ".count)) : $0 }
        return (errors.isEmpty ? lines : errors).joined(separator: "; ")
    }

    /// A typed error for a failed operation, carrying Graphviz's message.
    static func error(_ kind: GraphvizError.Kind, _ summary: String) -> GraphvizError {
        let detail = message()
        return GraphvizError(kind, summary, detail: detail.isEmpty ? "no message from Graphviz" : detail)
    }
}
