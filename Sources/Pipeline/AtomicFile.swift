import Foundation

/// Writes files so that a failed run leaves nothing half-written and nothing the user had is lost:
/// the bytes go to a temporary file in the destination's folder, which is renamed over the
/// destination only once complete.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw PipelineError.io("\(path): output folder \(dir.path) does not exist; create it first")
        }
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: tmp.path, contents: data) else {
            throw PipelineError.io("\(path): cannot write in \(dir.path) (permission denied or disk full)")
        }
        if rename(tmp.path, url.path) != 0 {
            let err = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: tmp)
            throw PipelineError.io("\(path): cannot replace the file: \(err)")
        }
    }
}

/// Errors of the pipeline; `description` is the one line the user sees.
public enum PipelineError: Error, CustomStringConvertible {
    case io(String)
    case input(String)
    case usage(String)

    public var description: String {
        switch self {
        case .io(let m), .input(let m), .usage(let m): return m
        }
    }
}
