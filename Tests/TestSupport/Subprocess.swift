import Foundation

/// What a finished child process gave back.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: Data
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

public enum SubprocessError: Error, CustomStringConvertible {
    case notFound(String)
    public var description: String {
        switch self { case .notFound(let m): return m }
    }
}

/// Runs child processes for the tests: the built `eventgraph` binary, `python3`, `xmllint`, `dot`.
public enum Subprocess {
    /// Runs `executable` (a path, or a name looked up on PATH) and waits for it.
    /// Output is drained while the child runs, so large outputs do not block it.
    public static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil,
                           currentDirectory: URL? = nil, environment: [String: String]? = nil) throws -> ProcessResult {
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        }
        process.arguments = executable.contains("/") ? arguments : [executable] + arguments
        if let dir = currentDirectory { process.currentDirectoryURL = dir }
        if let env = environment { process.environment = env }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes on their own threads; a child filling one pipe while we block on
        // the other would otherwise deadlock.
        let collected = Collected()
        let group = DispatchGroup()
        for (handle, isOut) in [(out.fileHandleForReading, true), (err.fileHandleForReading, false)] {
            group.enter()
            DispatchQueue.global().async {
                let data = handle.readDataToEndOfFile()
                collected.set(data, stdout: isOut)
                group.leave()
            }
        }
        if let data = stdin { input.fileHandleForWriting.write(data) }
        try? input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: collected.out, stderr: collected.err)
    }

    /// Runs a Python 3 program given as text, with `arguments` in `sys.argv[1:]`.
    public static func python(_ program: String, _ arguments: [String] = []) throws -> ProcessResult {
        try run("python3", ["-c", program] + arguments)
    }

    /// Whether a program is on PATH.
    public static func has(_ program: String) -> Bool {
        (try? run("sh", ["-c", "command -v \(program)"]).status) == 0
    }
}

private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var _out = Data(), _err = Data()
    func set(_ d: Data, stdout: Bool) {
        lock.lock(); defer { lock.unlock() }
        if stdout { _out = d } else { _err = d }
    }
    var out: Data { lock.lock(); defer { lock.unlock() }; return _out }
    var err: Data { lock.lock(); defer { lock.unlock() }; return _err }
}

extension TestPaths {
    /// The debug build of the command-line tool. `make test` builds it (`swift build
    /// --build-tests` builds every product); a bare `swift test` may not.
    public static func eventgraphBinary() throws -> URL {
        let url = packageRoot.appendingPathComponent(".build/debug/eventgraph")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw SubprocessError.notFound("\(url.path) is missing: run `swift build` (or `make test`) before the end-to-end tests")
        }
        return url
    }

    /// A fresh empty folder under the system temporary folder.
    public static func temporaryFolder(_ label: String = "eventgraph-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The shared GraphML schema used to validate our output (under `../shared`).
    public static var graphMLSchema: URL { shared.appendingPathComponent("schemas/graphml/graphml.xsd") }
    /// Hand-written fixture files (Tests/Fixtures).
    public static var fixtures: URL { packageRoot.appendingPathComponent("Tests/Fixtures") }
}
