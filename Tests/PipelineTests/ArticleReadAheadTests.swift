import Foundation
import Testing
import Extraction
@testable import Pipeline

/// `ArticleReadAhead` must change nothing that is read: each task reads its own file through
/// the descriptor handed over, with the text, size and error it would get by path.
@Suite struct ArticleReadAheadTests {
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
    /// that cannot be opened gets no descriptor (its task opens it and gets the same error).
    @Test func everyFileReadsThroughItsDescriptorAsByPath() throws {
        let (folder, paths) = try Self.corpus(3 * ArticleReadAhead.batch + 17)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let readAhead = ArticleReadAhead(paths: paths) else {
            #if os(Linux)
            // io_uring refused (a sandbox): reading falls back to opening by path, nothing to test.
            print("io_uring not available; read-ahead not tested")
            #endif
            return
        }
        var handedOver = 0
        for (i, path) in paths.enumerated() {
            let opened = readAhead.take(i)
            if opened != nil { handedOver += 1 }
            #expect((opened == nil) == !FileManager.default.fileExists(atPath: path), "\(path)")
            #expect(Self.read(path, opened: opened) == Self.read(path, opened: nil), "\(path)")
        }
        #expect(handedOver == paths.count - paths.count / 50 - (paths.count % 50 > 7 ? 1 : 0))
    }

    /// A run that stops early closes the descriptors it opened and never handed over. (Tests run
    /// in parallel, so a descriptor's number may be reused at once: a descriptor counts as closed
    /// when it is invalid or now names another file.)
    @Test func descriptorsNotTakenAreClosed() throws {
        let (folder, paths) = try Self.corpus(2 * ArticleReadAhead.batch)
        defer { try? FileManager.default.removeItem(at: folder) }
        func inode(_ d: Int32) -> (UInt64, UInt64)? {
            var status = stat()
            return fstat(d, &status) == 0 ? (UInt64(status.st_dev), UInt64(status.st_ino)) : nil
        }
        var held: [(descriptor: Int32, dev: UInt64, ino: UInt64)] = []
        do {
            guard let readAhead = ArticleReadAhead(paths: paths) else { return }
            if let first = readAhead.take(0) { close(first) }
            for d in readAhead.descriptors where d >= 0 {
                let id = try #require(inode(d))
                held.append((d, id.0, id.1))
            }
        }
        // The first batch, less the file taken and the missing files.
        #expect(held.count == paths[1..<ArticleReadAhead.batch].filter { FileManager.default.fileExists(atPath: $0) }.count)
        for h in held {
            if let now = inode(h.descriptor) { #expect(now != (h.dev, h.ino), "descriptor \(h.descriptor) still open") }
        }
    }

    /// The whole command gives the same graph with and without read-ahead.
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
}
