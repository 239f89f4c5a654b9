import Foundation
import Testing
import Extraction
@testable import Pipeline

/// `ArticleReadAhead` must change nothing that is read: each task reads its own file through
/// the descriptor handed over, with the text, size and error it would get by path.
@Suite struct ArticleReadAheadTests {
    /// Whether this kernel lets the process use io_uring (a sandbox may refuse it): the tests
    /// of the read-ahead itself are then skipped, and shown as skipped.
    static let ringAvailable = ArticleReadAhead.SubmissionRing(entries: 8).map { $0.release(); return true } ?? false

    /// A folder of `count` articles of different sizes (several above the 16 KB a first-page
    /// read brings in), plus bad inputs: a missing file, an empty file, a folder named `.txt`.
    static func corpus(_ count: Int) throws -> (folder: URL, paths: [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readahead-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        for i in 0..<count {
            let path = folder.appendingPathComponent(String(format: "%04d.txt", i)).path
            switch i % 50 {
            case 7:
                paths.append(path)  // never created: missing
            case 11:
                #expect(FileManager.default.createFile(atPath: path, contents: Data()))
                paths.append(path)
            case 13:
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                paths.append(path)
            default:
                let text = String(repeating: "قال المتحدث باسم الوزارة \(i) ", count: 1 + (i * 37) % (i % 9 == 0 ? 900 : 40))
                #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
                paths.append(path)
            }
        }
        return (folder, paths)
    }

    /// Whether `path` names a regular file (not missing, not a folder): those alone are read ahead.
    static func isRegularFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType == .typeRegular
    }

    static func read(_ path: String, opened: Int32?) -> Result<String, ArticleError> {
        Result { () throws(ArticleError) in
            let read: (text: String, size: Int)
            if let opened {
                read = try ArticleFile.read(path, opened: opened)
            } else {
                read = try ArticleFile.read(path)
            }
            #expect(read.size == FileManager.default.contents(atPath: path)?.count)
            return read.text
        }
    }

    /// Every file, taken in order across several batches, reads as it reads by path; a file
    /// that cannot be opened, or is not a regular file, gets no descriptor (its task opens it and
    /// gets the same error).
    @Test(.enabled(if: ringAvailable, "io_uring is not available here"))
    func everyFileReadsThroughItsDescriptorAsByPath() throws {
        let (folder, paths) = try Self.corpus(3 * ArticleReadAhead.batch + 17)
        defer { try? FileManager.default.removeItem(at: folder) }
        let readAhead = try #require(ArticleReadAhead(paths: paths))
        var handedOver = 0
        for (i, path) in paths.enumerated() {
            let opened = readAhead.take(i)
            if opened != nil { handedOver += 1 }
            #expect((opened != nil) == Self.isRegularFile(path), "\(path)")
            #expect(Self.read(path, opened: opened) == Self.read(path, opened: nil), "\(path)")
        }
        // Every 50 files, one is missing (the 8th) and one a folder (the 14th).
        #expect(handedOver == paths.count - 2 * (paths.count / 50) - (paths.count % 50 > 7 ? 1 : 0) - (paths.count % 50 > 13 ? 1 : 0))
        #expect(handedOver == paths.filter(Self.isRegularFile).count)
    }

    /// A run that stops early closes the descriptors it opened and never handed over. (Tests run
    /// in parallel, so a descriptor's number may be reused at once: a descriptor counts as closed
    /// when it is invalid or now names another file.)
    @Test(.enabled(if: ringAvailable, "io_uring is not available here"))
    func descriptorsNotTakenAreClosed() throws {
        let (folder, paths) = try Self.corpus(2 * ArticleReadAhead.batch)
        defer { try? FileManager.default.removeItem(at: folder) }
        func inode(_ d: Int32) -> (UInt64, UInt64)? {
            var status = stat()
            return fstat(d, &status) == 0 ? (UInt64(status.st_dev), UInt64(status.st_ino)) : nil
        }
        var held: [(descriptor: Int32, dev: UInt64, ino: UInt64)] = []
        do {
            let readAhead = try #require(ArticleReadAhead(paths: paths))
            try withExtendedLifetime(readAhead) {
                if let first = readAhead.take(0) { close(first) }
                for d in readAhead.descriptors where d >= 0 {
                    let id = try #require(inode(d))
                    held.append((d, id.0, id.1))
                }
            }
        }
        // The first batch, less the file taken, the missing files and the folder.
        #expect(held.count == paths[1..<ArticleReadAhead.batch].filter(Self.isRegularFile).count)
        for h in held {
            if let now = inode(h.descriptor) { #expect(now != (h.dev, h.ino), "descriptor \(h.descriptor) still open") }
        }
    }

    /// An article read through a descriptor opened ahead gives the same outcome as one read by
    /// path: the same size, the same numbers of events and entities, or the same error.
    @Test func extractOneReadsTheSameWithADescriptor() throws {
        let (folder, paths) = try Self.corpus(60)
        defer { try? FileManager.default.removeItem(at: folder) }
        let extractor = Extractor(gazetteer: try ExtractJob.loadGazetteer([]))
        for path in paths {
            let item = ExtractJob.InputFile(path: path, document: (path as NSString).lastPathComponent, entry: nil)
            let opened = open(path, O_RDONLY | O_CLOEXEC)
            let viaDescriptor = ExtractJob.extractOne(item, opened: opened >= 0 ? opened : nil, extractor: extractor)
            let viaPath = ExtractJob.extractOne(item, extractor: extractor)
            switch (viaDescriptor, viaPath) {
            case (.done(let a, let sizeA), .done(let b, let sizeB)):
                #expect(sizeA == sizeB)
                #expect(a.events.count == b.events.count && a.entities.count == b.entities.count)
            case (.failed(let a), .failed(let b)):
                #expect(a == b)
            default:
                Issue.record("\(path): one way failed, the other did not")
            }
        }
    }

    /// The requests as the kernel reads them: each queued read takes the first byte of its file
    /// into the buffer given (1 byte read), 0 bytes for an empty file, EISDIR for a folder. The
    /// read-ahead itself never looks at its results; this checks the request layout it writes.
    @Test(.enabled(if: ringAvailable, "io_uring is not available here"))
    func queuedReadsReadTheFirstByteOfTheirFile() throws {
        let (folder, paths) = try Self.corpus(14)
        defer { try? FileManager.default.removeItem(at: folder) }
        var ring = try #require(ArticleReadAhead.SubmissionRing(entries: 16))
        defer { ring.release() }
        let buffers = UnsafeMutablePointer<UInt8>.allocate(capacity: paths.count)
        defer { buffers.deallocate() }
        buffers.initialize(repeating: 0, count: paths.count)
        var descriptors: [Int: Int32] = [:]
        for (slot, path) in paths.enumerated() {
            let d = open(path, O_RDONLY | O_CLOEXEC)
            guard d >= 0 else { continue }
            descriptors[slot] = d
            ring.queueFirstByteRead(descriptor: d, slot: descriptors.count - 1,
                                    buffer: UInt64(UInt(bitPattern: buffers + slot)))
        }
        let submitted = ring.submit(descriptors.count)
        #expect(submitted)
        var results: [Int: Int32] = [:]
        while results.count < descriptors.count {
            results.merge(ring.waitForCompletions(descriptors.count - results.count)) { a, _ in a }
        }
        defer { for d in descriptors.values { close(d) } }
        // Slots were given in order of the files opened.
        for (k, slot) in descriptors.keys.sorted().enumerated() {
            let contents = FileManager.default.contents(atPath: paths[slot])
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: paths[slot], isDirectory: &isFolder)
            if isFolder.boolValue {
                #expect(results[k] == -EISDIR, "\(paths[slot])")
            } else if let first = contents?.first {
                #expect(results[k] == 1, "\(paths[slot])")
                #expect(buffers[slot] == first, "\(paths[slot])")
            } else {
                #expect(results[k] == 0, "\(paths[slot])")
            }
        }
    }

    /// A pipe named as an article is left to its task: read-ahead neither opens it (a FIFO's
    /// open waits for a writer) nor reads from it (a pipe's read takes bytes out of its stream).
    @Test(.enabled(if: ringAvailable, "io_uring is not available here"))
    func pipesAreLeftToTheirTasks() throws {
        let (folder, paths) = try Self.corpus(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("fifo.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let text = Array("قال المتحدث".utf8)
        #expect(Foundation.write(ends[1], text, text.count) == text.count)
        let readAhead = try #require(ArticleReadAhead(paths: [paths[0], fifo, "/dev/fd/\(ends[0])", paths[2]]))
        try withExtendedLifetime(readAhead) {
            let first = try #require(readAhead.take(0))
            close(first)
            #expect(readAhead.take(1) == nil)
            #expect(readAhead.take(2) == nil)
            let last = try #require(readAhead.take(3))
            close(last)
        }
        // Every byte is still in the pipe.
        var back = [UInt8](repeating: 0, count: text.count + 1)
        #expect(Foundation.read(ends[0], &back, back.count) == text.count)
        #expect(Array(back.prefix(text.count)) == text)
    }
}
