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
        let temporary = try temporaryPath(for: path)
        guard StagedFiles.create(temporary, contents: data) else {
            throw PipelineError.io("\(path): cannot write in \(folder(of: path)) (permission denied or disk full)")
        }
        return temporary
    }

    /// The hidden temporary file beside `path`, once its folder is known to exist.
    static func temporaryPath(for path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir) else {
            throw PipelineError.io("\(path): output folder \(dir.path) does not exist; create it first")
        }
        guard isDir.boolValue else {
            throw PipelineError.io("\(path): output folder \(dir.path) is a file, not a folder; choose another output path")
        }
        return dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
    }
}

extension AtomicFile {
    /// Writes the bytes `produce` hands to its sink to `path` (`-`: standard output), with the
    /// same guarantee as `write(_:to:)`: they go to a temporary file beside `path`, renamed
    /// over it only once every byte is written. Nothing is held but the sink's buffer, so a
    /// large document never sits in memory whole. If `produce` throws or a write fails, the
    /// temporary file is removed and `path` is left as it was.
    public static func stream(to path: String, _ produce: (inout OutputSink) throws -> Void) throws {
        if path == "-" {
            var sink = OutputSink(descriptor: STDOUT_FILENO)
            try produce(&sink)
            sink.flush()
            if let code = sink.failure {
                throw PipelineError.io("standard output: cannot write: \(String(cString: strerror(code)))")
            }
            return
        }
        let (temporary, descriptor) = try open(for: path)
        var sink = OutputSink(descriptor: descriptor)
        do {
            try produce(&sink)
        } catch {
            close(descriptor)
            StagedFiles.remove(temporary)
            throw error
        }
        sink.flush()
        let closed = close(descriptor) == 0 ? nil : errno
        if let code = sink.failure ?? closed {
            StagedFiles.remove(temporary)
            throw PipelineError.io("\(path): cannot write in \(folder(of: path)) (\(String(cString: strerror(code))))")
        }
        if let reason = StagedFiles.rename(temporary, over: path) {
            StagedFiles.remove(temporary)
            throw PipelineError.io("\(path): cannot replace the file: \(reason)")
        }
    }

    /// Buffered writes to a file descriptor. The first failed write is kept in `failure` and
    /// every later one is skipped, so a producer need not check each piece: `stream` reports it.
    public struct OutputSink {
        let descriptor: Int32
        private var buffer: [UInt8] = []
        /// errno of the first write that failed.
        private(set) var failure: Int32?
        /// Pieces are gathered up to this size before a system call.
        static let blockSize = 1 << 20

        init(descriptor: Int32) {
            self.descriptor = descriptor
            buffer.reserveCapacity(Self.blockSize)
        }

        /// Appends the UTF-8 bytes of `text`.
        public mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
        }

        public mutating func append(_ bytes: UnsafeRawBufferPointer) {
            // A large piece (a chunk of GraphML elements is typically 100 KB or more) goes
            // straight to the file after what is buffered: copying it into the buffer first
            // would only add a pass over every byte written.
            if bytes.count >= Self.directSize {
                flush()
                writeAll(bytes)
                return
            }
            if buffer.count + bytes.count > Self.blockSize { flush() }
            buffer.append(contentsOf: bytes)
        }

        /// Pieces of at least this size are written without being buffered.
        static let directSize = 64 << 10

        mutating func flush() {
            guard !buffer.isEmpty else { return }
            buffer.withUnsafeBytes { writeAll($0) }
            buffer.removeAll(keepingCapacity: true)
        }

        private mutating func writeAll(_ bytes: UnsafeRawBufferPointer) {
            guard failure == nil, var base = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let n = Foundation.write(descriptor, base, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                left -= n
                base += n
            }
        }
    }

    /// Creates the temporary file for `path` (see `stage`) and opens it for writing.
    static func open(for path: String) throws -> (temporary: String, descriptor: Int32) {
        let temporary = try temporaryPath(for: path)
        guard let descriptor = StagedFiles.open(temporary) else {
            throw PipelineError.io("\(path): cannot write in \(folder(of: path)) (permission denied or disk full)")
        }
        return (temporary, descriptor)
    }

    static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
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
