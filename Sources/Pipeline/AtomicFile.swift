import Foundation

/// Writes files so that a failed run leaves nothing half-written and nothing the user had is lost:
/// the bytes go to a temporary file in the destination's folder, which is renamed over the
/// destination only once complete.
public enum AtomicFile {
    /// Writes `data` to `path` (`-`: standard output), replacing any file there in one step.
    public static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let temporary = try stage(data, for: path)
        if let reason = StagedFiles.rename(temporary, over: path) {
            StagedFiles.remove(temporary)
            throw PipelineError.io("\(path): cannot replace the file: \(reason)")
        }
    }

    /// Writes `data` to a hidden temporary file beside `path` (same folder, so the final
    /// `rename` cannot cross file systems) and returns the temporary file's path. The caller
    /// renames it into place or removes it, through `StagedFiles`.
    static func stage(_ data: Data, for path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir) else {
            throw PipelineError.io("\(path): output folder \(dir.path) does not exist; create it first")
        }
        guard isDir.boolValue else {
            throw PipelineError.io("\(path): output folder \(dir.path) is a file, not a folder; choose another output path")
        }
        let temporary = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
        guard StagedFiles.create(temporary, contents: data) else {
            throw PipelineError.io("\(path): cannot write in \(dir.path) (permission denied or disk full)")
        }
        return temporary
    }
}

/// Errors of the pipeline; `description` is the one line the user sees.
public enum PipelineError: Error, CustomStringConvertible {
    /// An output file or folder that cannot be written (exit 1).
    case io(String)
    /// An input that cannot be read or does not hold a usable graph (exit 1).
    case input(String)
    /// A command line that asks for something impossible (exit 2).
    case usage(String)

    public var description: String {
        switch self {
        case .io(let m), .input(let m), .usage(let m): return m
        }
    }
}
