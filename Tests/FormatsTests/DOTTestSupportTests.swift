import Foundation
import Testing

/// Golden files and the `dot` program, for the DOT tests.
enum DOTTestSupport {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// Compares `text` with `Golden/<name>`. With RECORD_SNAPSHOTS=1 the file is rewritten
    /// and the test fails, so a re-recording run never passes by accident.
    static func assertGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
            Issue.record("re-recorded \(name); run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run with RECORD_SNAPSHOTS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let got = text.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            Issue.record("""
                \(name) differs at line \(line + 1):
                  expected: \(line < want.count ? String(want[line]) : "<end>")
                  actual:   \(line < got.count ? String(got[line]) : "<end>")
                (RECORD_SNAPSHOTS=1 re-records)
                """, sourceLocation: sourceLocation)
        }
    }

    struct ProcessResult {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// Runs the `dot` program (from the graphviz package) with `arguments`, feeding `input`.
    static func runDot(_ arguments: [String], input: String) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot"] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read on separate threads: a large graph would otherwise fill one pipe
        // while the other side waits.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errData = ErrorCollector(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: out, stderr: errData.finish())
    }

    /// Drains a pipe on its own thread.
    final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ handle: FileHandle) {
            Thread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }.start()
        }
        func finish() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
