import Foundation
import Testing
import TestSupport
@testable import Extraction

/// `ArticleFile.read` (open, fstat, read, one scan that counts and validates) must give the
/// text and the error of the reference path it replaced: `FileManager.contents(atPath:)`, then
/// the byte-order mark dropped, the byte loop's counts and `String(data:encoding: .utf8)`.
@Suite struct ArticleFileTests {
    /// The reference: the reading and decoding as they were, step by step.
    static func reference(_ path: String) -> Result<String, ArticleError> {
        guard var data = FileManager.default.contents(atPath: path) else {
            return .failure(.unreadable(path, "permission denied or not a file"))
        }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        let counts = data.withUnsafeBytes { ByteCounts.countBytewise($0) }
        if counts.blank { return .failure(.empty(path)) }
        if counts.nul { return .failure(.notText(path)) }
        guard let text = String(data: data, encoding: .utf8) else { return .failure(.notUTF8(path)) }
        let controls = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }.count
        if controls > 0, controls * 100 > text.unicodeScalars.count { return .failure(.notText(path)) }
        return .success(text)
    }

    static func read(_ path: String) -> Result<String, ArticleError> {
        Result { () throws(ArticleError) in try ArticleFile.read(path).text }
    }

    @Test func readsEveryArticleAsTheReferenceDoes() throws {
        let fm = FileManager.default
        var read = 0
        for folder in try Fixture.realArticleFolders() {
            for name in try Fixture.articleNames(in: folder) {
                let path = folder.appendingPathComponent(name).path
                let result = try ArticleFile.read(path)
                #expect(Result<String, ArticleError>.success(result.text) == Self.reference(path))
                #expect(result.size == fm.contents(atPath: path)?.count)
                read += 1
            }
        }
        #expect(read > 50)
    }

    @Test func badFilesGetTheReferenceErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("article-file-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let arabic = Array("قصفت الفصائل قاعدة عين الأسد صباح اليوم.\n".utf8)
        let cases: [(String, [UInt8], ArticleError?)] = [
            ("empty.txt", [], .empty("")),
            ("blank.txt", Array(" \n\t\r\n   ".utf8), .empty("")),
            ("bom-only.txt", [0xEF, 0xBB, 0xBF], .empty("")),
            ("bom-blank.txt", [0xEF, 0xBB, 0xBF, 0x20, 0x0A], .empty("")),
            ("zip.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00] + arabic, .notText("")),
            ("nul-late.txt", arabic + arabic + [0x00] + arabic, .notText("")),
            ("latin1.txt", Array("Le ministre a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9, 0x20, 0xC7], .notUTF8("")),
            ("cut.txt", arabic + [0xD8], .notUTF8("")),
            ("surrogate.txt", arabic + [0xED, 0xA0, 0x80] + arabic, .notUTF8("")),
            ("overlong.txt", arabic + [0xC0, 0xAF] + arabic, .notUTF8("")),
            ("controls.txt", Array(repeating: 0x01, count: 3) + Array("abc".utf8), .notText("")),
            ("few-controls.txt", [0x0C] + arabic + arabic + arabic, nil),
            ("bom.txt", [0xEF, 0xBB, 0xBF] + arabic, nil),
            // A second mark right after the first is not part of the text either.
            ("bom-twice.txt", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + arabic, nil),
            ("bom-twice-only.txt", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], nil),
            ("four-byte.txt", arabic + Array("🚀 ok".utf8) + arabic, nil),
            ("ascii.txt", Array("Rocket attack on Ain al-Asad.\n".utf8), nil),
        ]
        for (name, bytes, expected) in cases {
            let path = folder.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            let got = Self.read(path)
            #expect(got == Self.reference(path), "\(name)")
            if let expected {
                let named: ArticleError
                switch expected {
                case .empty: named = .empty(path)
                case .notText: named = .notText(path)
                case .notUTF8: named = .notUTF8(path)
                case .unreadable(_, let why): named = .unreadable(path, why)
                }
                #expect(got == .failure(named), "\(name)")
            } else {
                #expect((try? got.get()) != nil, "\(name)")
            }
        }
        // A folder named like an article, and a file that is not there.
        let dir = folder.appendingPathComponent("folder.txt").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        #expect(Self.read(dir) == Self.reference(dir))
        #expect(Self.read(dir) == .failure(.unreadable(dir, "permission denied or not a file")))
        let missing = folder.appendingPathComponent("missing.txt").path
        #expect(Self.read(missing) == Self.reference(missing))
    }

    /// A file larger than a read's usual size is read whole.
    @Test func readsLargeFiles() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("article-large-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = String(repeating: "قصفت الفصائل قاعدة عين الأسد صباح اليوم.\n", count: 40_000)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        let read = try ArticleFile.read(path)
        #expect(read.text == text && read.size == text.utf8.count)
    }

    /// A file whose size `fstat` gives as 0 but that has content (a kernel file) is read whole:
    /// the buffer grows until a read returns nothing.
    @Test func readsFilesLongerThanTheirStatedSize() throws {
        let path = "/proc/version"
        try #require(FileManager.default.fileExists(atPath: path), "no /proc on this system")
        #expect(Self.read(path) == Self.reference(path))
        #expect(((try? Self.read(path).get()) ?? "").isEmpty == false)
    }

    /// A source that never ends stops at `largestArticle` with one line naming it.
    @Test func endlessSourceIsRefused() throws {
        let path = "/dev/zero"
        try #require(FileManager.default.fileExists(atPath: path), "no /dev/zero on this system")
        #expect(Self.read(path) == .failure(.unreadable(path, "larger than 256 MB, not an article")))
        // So is a file stated larger (sparse: nothing is written or read).
        let large = FileManager.default.temporaryDirectory.appendingPathComponent("article-huge-\(getpid()).txt").path
        defer { try? FileManager.default.removeItem(atPath: large) }
        #expect(FileManager.default.createFile(atPath: large, contents: Data("x".utf8)))
        #expect(truncate(large, off_t(ArticleFile.largestArticle + 1)) == 0)
        #expect(Self.read(large) == .failure(.unreadable(large, "larger than 256 MB, not an article")))
    }
}
