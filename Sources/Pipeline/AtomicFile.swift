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
    /// over it only once every byte is written. Nothing is held but the sink's two blocks, so a
    /// large document never sits in memory whole. The temporary file is written directly
    /// (`DirectWrites`) where the file system allows it. If `produce` throws or a write fails, the
    /// temporary file is removed and `path` is left as it was.
    public static func stream(to path: String, _ produce: (inout OutputSink) throws -> Void) throws {
        if path == "-" {
            var sink = OutputSink(descriptor: STDOUT_FILENO)
            do {
                try produce(&sink)
            } catch {
                sink.discard()
                throw error
            }
            sink.finish()
            if let code = sink.failure {
                throw PipelineError.io("standard output: cannot write: \(String(cString: strerror(code)))")
            }
            return
        }
        let (temporary, descriptor) = try open(for: path)
        var sink = OutputSink(descriptor: descriptor, direct: DirectWrites.enable(descriptor))
        do {
            try produce(&sink)
        } catch {
            sink.discard()
            close(descriptor)
            StagedFiles.remove(temporary)
            throw error
        }
        sink.finish()
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
    ///
    /// Pieces are gathered in blocks of `blockSize` bytes, aligned to `DirectWrites.alignment`
    /// in memory, and each full block is written at a file offset that is a multiple of the
    /// block size. That lets a descriptor opened for direct writes (`DirectWrites`) take every
    /// full block straight from this buffer, without the page cache; the last, partial block
    /// is written through the page cache once direct writes are turned off (`finish`).
    ///
    /// Full blocks are written on a serial queue of their own (`BlockWriter`) while the producer
    /// gathers the next one in a second block: a direct write returns only once the device has
    /// the bytes (3–5 ms per 4 MB block on the machines measured, 0.1–0.2 s for the 160 MB GraphML
    /// of 10,000 articles), time in which the producer, written synchronously, formatted nothing.
    /// The bytes, their order and the file are the same as written one block after the other.
    public struct OutputSink {
        /// The writer and its two blocks (a class: the sink is a struct, the blocks and the
        /// thread writing them are shared by its copies and freed once).
        private let writer: BlockWriter
        /// The block being gathered (0 or 1); `staged` of its bytes are filled.
        private var filling = 0
        private var staged = 0
        /// Pieces are gathered up to this size before a system call: a multiple of
        /// `DirectWrites.alignment`, and large enough that a direct write keeps the disk busy.
        static let blockSize = 4 << 20

        init(descriptor: Int32, direct: Bool = false) {
            writer = BlockWriter(descriptor: descriptor, direct: direct, blockSize: Self.blockSize)
        }

        /// errno of the first write that failed; read after `finish` or `discard`.
        var failure: Int32? { writer.failure }

        /// Appends the UTF-8 bytes of `text`.
        public mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
        }

        public mutating func append(_ bytes: UnsafeRawBufferPointer) {
            guard var from = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let n = min(left, Self.blockSize - staged)
                (writer.blocks[filling] + staged).copyMemory(from: from, byteCount: n)
                staged += n
                from += n
                left -= n
                if staged == Self.blockSize {
                    writer.submit(filling)
                    filling = 1 - filling
                    staged = 0
                }
            }
        }

        /// Writes what is gathered, once the full blocks are written; the sink takes no more
        /// pieces after it. A partial block cannot be written directly (its length is not
        /// aligned), so direct writes are turned off first.
        mutating func finish() {
            writer.finish(filling, count: staged)
            staged = 0
        }

        /// Waits for the blocks being written and drops the rest: the file is abandoned. The
        /// descriptor must not be closed before (the writer thread may still be using it).
        mutating func discard() {
            writer.drain()
            staged = 0
        }
    }

    /// Writes an `OutputSink`'s full blocks in order on a serial queue, one at a time, while the
    /// producer fills the other block. `free` counts the blocks the producer may fill besides
    /// the one it holds: `submit` hands one over and waits until another is free, that is until
    /// the write before it has returned, so a block is never written and filled at once.
    /// `direct` and `failure` are read and changed only by the queue's writes, or by the
    /// producer after `drain` (the queue's `sync` orders them), hence `@unchecked Sendable`.
    private final class BlockWriter: @unchecked Sendable {
        let descriptor: Int32
        let blockSize: Int
        let blocks: [UnsafeMutableRawPointer]
        /// Whether the descriptor takes direct writes now.
        private var direct: Bool
        /// errno of the first write that failed.
        private(set) var failure: Int32?
        private let queue = DispatchQueue(label: "eventgraph.output-blocks")
        private let free = DispatchSemaphore(value: 1)

        init(descriptor: Int32, direct: Bool, blockSize: Int) {
            self.descriptor = descriptor
            self.direct = direct
            self.blockSize = blockSize
            blocks = (0..<2).map { _ in UnsafeMutableRawPointer.allocate(byteCount: blockSize, alignment: DirectWrites.alignment) }
        }

        // No `drain()` here: every closure on the queue holds `self`, so the writer is freed only
        // once the queue is idle, possibly on the queue itself, where `queue.sync` would trap.
        deinit {
            for block in blocks { block.deallocate() }
        }

        /// Writes full block `index` on the queue; returns once the other block is free.
        func submit(_ index: Int) {
            queue.async {
                self.writeAll(UnsafeRawBufferPointer(start: self.blocks[index], count: self.blockSize))
                self.free.signal()
            }
            free.wait()
        }

        /// Waits until every block handed over is written.
        func drain() { queue.sync {} }

        /// The first `count` bytes of block `index`, after every full block.
        func finish(_ index: Int, count: Int) {
            drain()
            if direct {
                DirectWrites.disable(descriptor)
                direct = false
            }
            writeAll(UnsafeRawBufferPointer(start: blocks[index], count: count))
        }

        private func writeAll(_ bytes: UnsafeRawBufferPointer) {
            guard failure == nil, var base = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let n = Foundation.write(descriptor, base, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    // A file system or device may refuse a direct write it accepted at open
                    // (stricter alignment, a fall back to buffered I/O): write through the
                    // page cache from then on.
                    if direct, errno == EINVAL {
                        DirectWrites.disable(descriptor)
                        direct = false
                        continue
                    }
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

/// Direct writes (`O_DIRECT`): the device reads the bytes from the process's buffer instead
/// of the kernel copying them into fresh page-cache pages first.
///
/// Why: the streamed GraphML of a large corpus is 160 MB written once and not read back by the
/// process. Through the page cache every 4 KB costs a page allocation, its fault-in and a copy
/// (on the virtual machines this runs on, a page the guest has not used lately also costs a
/// fault in the host: writing 160 MB took 0.4 s of system time and 4 s of wall time, against
/// 0.01 s and 0.2 s written directly; `docs/perf.md`). Direct writes need the buffer's address,
/// the length and the file offset aligned to the device's logical block size; `alignment`
/// (4096) covers every common device, and a refusal falls back to ordinary writes.
/// Linux only; elsewhere `enable` does nothing and writes go through the page cache.
enum DirectWrites {
    static let alignment = 4096

    /// `O_DIRECT`, which the Glibc module does not export (it needs `_GNU_SOURCE`); its value
    /// differs between architectures (`asm-generic/fcntl.h`, `arch/arm64/.../fcntl.h`).
    private static var flag: Int32? {
        #if os(Linux) && arch(x86_64)
        return 0o40000
        #elseif os(Linux) && arch(arm64)
        return 0o200000
        #else
        return nil
        #endif
    }

    /// Turns direct writes on for `descriptor`, when the system and the file system allow it;
    /// whether they are on.
    static func enable(_ descriptor: Int32) -> Bool {
        guard let flag else { return false }
        let flags = fcntl(descriptor, F_GETFL)
        return flags >= 0 && fcntl(descriptor, F_SETFL, flags | flag) == 0
    }

    /// Turns direct writes off: the writes that follow go through the page cache.
    static func disable(_ descriptor: Int32) {
        guard let flag else { return }
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~flag) }
    }
}
