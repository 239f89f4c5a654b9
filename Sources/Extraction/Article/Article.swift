import Foundation
import GraphModel

/// One news article to extract from: its text and what the manifest says about it.
public struct Article: Sendable {
    /// The document name used in evidence and `sources`: the file name as the manifest gives it.
    public var document: String
    public var text: String
    public var published: Day?
    /// Where `published` came from: "manifest", "dateline", or nil.
    public var publishedFrom: String?
    public var outlet: String?
    public var title: String?

    public init(document: String, text: String, published: Day? = nil, publishedFrom: String? = nil,
                outlet: String? = nil, title: String? = nil) {
        self.document = document; self.text = text; self.published = published
        self.publishedFrom = publishedFrom; self.outlet = outlet; self.title = title
    }
}

/// Problems with one input, each a single line naming the file and saying what to do.
public enum ArticleError: Error, CustomStringConvertible, Sendable, Equatable {
    case empty(String)
    case notText(String)
    case notUTF8(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .empty(let f): return "\(f): empty file; skipped"
        case .notText(let f): return "\(f): binary data, not an article (expected UTF-8 text); skipped"
        case .notUTF8(let f): return "\(f): not valid UTF-8; convert it (iconv -t UTF-8) and run again; skipped"
        case .unreadable(let f, let why): return "\(f): cannot read (\(why)); skipped"
        }
    }

    /// Decodes article bytes, refusing what is not UTF-8 text. A UTF-8 byte-order mark is dropped.
    public static func decode(_ data: Data, file: String) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let counts = bytes.withUnsafeBytes { ByteCounts.count(UnsafeRawBufferPointer($0)) }
        assert(counts == bytes.withUnsafeBytes { ByteCounts.countBytewise(UnsafeRawBufferPointer($0)) },
               "word-at-a-time byte counts differ from the byte loop's")
        let (blank, nul, controls, scalars) = (counts.blank, counts.nul, counts.controls, counts.scalars)
        if blank { throw ArticleError.empty(file) }
        if nul { throw ArticleError.notText(file) }
        guard let text = String(data: bytes, encoding: .utf8) else { throw ArticleError.notUTF8(file) }
        // Control characters other than white space mean a binary file that happens to decode.
        // In valid UTF-8 a byte below 0x20 is that scalar, so the byte counts are the scalar counts.
        assert(controls == text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }.count
               && scalars == text.unicodeScalars.count, "byte counts differ from scalar counts")
        if controls > 0, controls * 100 > scalars { throw ArticleError.notText(file) }
        return text
    }
}

/// What `ArticleError.decode` needs to know of an article's raw bytes, in one pass: whether
/// they are white space only, hold a NUL byte, how many control bytes other than white space
/// they hold, and how many scalars (bytes that are not UTF-8 continuation bytes).
struct ByteCounts: Equatable {
    var blank = true
    var nul = false
    var controls = 0
    var scalars = 0

    /// The counts, eight bytes at a time (SWAR). Every article's bytes pass through here once,
    /// and a byte loop with four tests per byte cost about 1% of `eventgraph extract`. A word
    /// without a byte below 0x20 (nearly all of Arabic prose: letters are 0xD8–0xDB and
    /// 0x80–0xBF, spaces 0x20) adds 8 minus its continuation bytes to the scalars (a popcount)
    /// and cannot make the text blank-only unless every byte is a space; the rare word holding
    /// a byte below 0x20 (a line break) goes through the byte loop. Same result as
    /// `countBytewise` (asserted in debug builds, tested).
    static func count(_ raw: UnsafeRawBufferPointer) -> ByteCounts {
        var c = ByteCounts()
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let spaces: UInt64 = 0x2020_2020_2020_2020
        var i = 0
        while i + 8 <= raw.count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Nonzero iff some byte is below 0x20 (exact as a test on the whole word: Hacker's
            // Delight 6-1, "hasless(x, 0x20)").
            if (x &- 0x20 &* ones) & ~x & highs != 0 {
                c.addBytewise(UnsafeRawBufferPointer(rebasing: raw[i..<(i + 8)]))
            } else {
                // Continuation bytes are 10xxxxxx: bit 7 set, bit 6 clear (bit 6 moved up by the shift).
                let continuation = x & ~(x << 1) & highs
                c.scalars += 8 - continuation.nonzeroBitCount
                // No byte below 0x20, so the only white space possible is the space.
                if c.blank, x != spaces { c.blank = false }
            }
            i += 8
        }
        c.addBytewise(UnsafeRawBufferPointer(rebasing: raw[i...]))
        return c
    }

    /// The reference definition, a byte at a time.
    static func countBytewise(_ raw: UnsafeRawBufferPointer) -> ByteCounts {
        var c = ByteCounts()
        c.addBytewise(raw)
        return c
    }

    private mutating func addBytewise(_ raw: UnsafeRawBufferPointer) {
        for b in raw {
            if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { blank = false }
            if b == 0 { nul = true }
            if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { controls += 1 }
            if b & 0xC0 != 0x80 { scalars += 1 }
        }
    }
}
