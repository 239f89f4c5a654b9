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
        try data.withUnsafeBytes { try decode($0, file: file) }
    }

    /// `decode(_:file:)` on bytes in place (`ArticleFile` reads them into a buffer of its own).
    ///
    /// One pass over the bytes (`ByteCounts.count`) both counts what the checks below need and
    /// validates the UTF-8, so the string is made from bytes known valid without validating
    /// them again (`String(data:encoding:)` was a second pass, byte by byte on Arabic text: about
    /// 0.9% of `eventgraph extract`, the counts another 0.4%). The errors and their order are
    /// those of the reference: blank, then a NUL byte, then invalid UTF-8, then too many controls.
    /// As there, the checks read the bytes after the first byte-order mark, and a second mark
    /// right after it is not part of the text (`String(data:encoding:)` dropped it).
    public static func decode(_ raw: UnsafeRawBufferPointer, file: String) throws(ArticleError) -> String {
        var bytes = raw
        if startsWithByteOrderMark(bytes) {
            bytes = UnsafeRawBufferPointer(rebasing: bytes[3...])
        }
        let counts = ByteCounts.count(bytes)
        assert(counts == ByteCounts.countBytewise(bytes), "word-at-a-time byte counts differ from the byte loop's")
        if counts.blank { throw ArticleError.empty(file) }
        if counts.nul { throw ArticleError.notText(file) }
        // The standard library's answer: a repair by `String(decoding:as:)` changes the bytes.
        assert(counts.valid == String(decoding: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self).utf8.elementsEqual(bytes),
               "the UTF-8 validation differs from the standard library's")
        guard counts.valid else { throw ArticleError.notUTF8(file) }
        let secondMark = startsWithByteOrderMark(bytes)
        let text = ByteCounts.string(validUTF8: secondMark ? UnsafeRawBufferPointer(rebasing: bytes[3...]) : bytes, ascii: counts.ascii)
        // Control characters other than white space mean a binary file that happens to decode.
        // In valid UTF-8 a byte below 0x20 is that scalar, so the byte counts are the scalar counts.
        assert(controls(counts, text, dropped: secondMark ? 1 : 0), "byte counts differ from scalar counts")
        if counts.controls > 0, counts.controls * 100 > counts.scalars { throw ArticleError.notText(file) }
        return text
    }

    private static func startsWithByteOrderMark(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    private static func controls(_ counts: ByteCounts, _ text: String, dropped: Int) -> Bool {
        counts.controls == text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }.count
            && counts.scalars == text.unicodeScalars.count + dropped
    }
}

/// What `ArticleError.decode` needs to know of an article's raw bytes, in one pass: whether
/// they are white space only, hold a NUL byte, how many control bytes other than white space
/// they hold, how many scalars (bytes that are not UTF-8 continuation bytes), whether they are
/// valid UTF-8 (Unicode 16.0, table 3-7: no overlong form, surrogate or scalar past U+10FFFF)
/// and whether they are all ASCII.
struct ByteCounts: Equatable {
    var blank = true
    var nul = false
    var controls = 0
    var scalars = 0
    var valid = true
    var ascii = true
    /// The validation's state between bytes: continuation bytes still expected after a lead,
    /// and the range the next one must fall in (0x80...0xBF but after E0, ED, F0, F4). Back to
    /// (0, 0x80, 0xBF) once the counts are complete, so that it never makes two counts differ.
    private var pending = 0
    private var low: UInt8 = 0x80, high: UInt8 = 0xBF

    /// The counts, eight bytes at a time (SWAR). Every article's bytes pass through here once.
    /// A word without a byte below 0x20 or at or above 0xE0, and without the overlong leads
    /// C0 and C1, (nearly all of Arabic prose: letters are D8–DB and 80–BF, spaces 20) holds
    /// ASCII, two-byte leads and continuation bytes only: it is valid where each continuation
    /// byte follows a lead and each lead is followed by one (a lead in the last byte expects
    /// the next word's first byte), adds 8 minus its continuation bytes to the scalars (summed
    /// by a multiply: `nonzeroBitCount` is a dozen instructions without POPCNT in the baseline
    /// x86-64 target), and cannot make the text blank-only unless every byte is a space. Any other
    /// word (a line break, a three- or four-byte form) goes through the byte loop, which keeps
    /// the validation's state. Same result as `countBytewise` (asserted in debug builds, tested).
    static func count(_ raw: UnsafeRawBufferPointer) -> ByteCounts {
        var c = ByteCounts()
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let spaces: UInt64 = 0x2020_2020_2020_2020
        // Nonzero iff some byte of `x` is below `n` (n <= 0x80), exact as a test on the whole
        // word: Hacker's Delight 6-1, "hasless(x, n)".
        @inline(__always) func below(_ x: UInt64, _ n: UInt64) -> UInt64 { (x &- n &* ones) & ~x & highs }
        // What the words of the fast path add up, folded into `c` at the end: branches and
        // stores per word cost more than the test itself.
        var fastWords = 0, fastContinuations = 0
        var misplaced: UInt64 = 0, allBits: UInt64 = 0, notSpaces: UInt64 = 0
        var i = 0
        while i + 8 <= raw.count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Bit 7 of each byte: 11xxxxxx (a lead), 10xxxxxx (a continuation), 111xxxxx
            // (a lead of three or four bytes); bits moved up by the shifts come from the same byte.
            let leads = x & (x << 1) & highs
            let continuations = x & ~(x << 1) & highs
            let longLeads = leads & (x << 2)
            if c.pending > 1 || (longLeads | below(x, 0x20) | below((x & 0xFEFE_FEFE_FEFE_FEFE) ^ (0xC0 &* ones), 1)) != 0 {
                c.addWord(raw, at: i)
            } else {
                // A two-byte lead in byte k expects a continuation in byte k + 1 (the next
                // higher byte of the little-endian word); one pending from the last word, in
                // byte 0 (`pending` is 0 or 1 here).
                misplaced |= continuations ^ ((leads << 8) | (UInt64(c.pending) << 7))
                c.pending = Int(leads >> 63)
                // The continuation bytes' bit 7 moved to bit 0 and summed in the top byte
                // (at most 8, no carry between bytes).
                fastContinuations += Int(truncatingIfNeeded: ((continuations >> 7) &* ones) >> 56)
                fastWords += 1
                allBits |= x
                // No byte below 0x20, so the only white space possible is the space.
                notSpaces |= x ^ spaces
            }
            i += 8
        }
        c.scalars += 8 * fastWords - fastContinuations
        if misplaced != 0 { c.valid = false }
        if allBits & highs != 0 { c.ascii = false }
        if notSpaces != 0 { c.blank = false }
        c.addBytewise(UnsafeRawBufferPointer(rebasing: raw[i...]))
        c.finish()
        return c
    }

    /// The word at `offset`, through the byte loop: kept out of the word loop so that its
    /// state stays in registers there.
    @inline(never)
    private mutating func addWord(_ raw: UnsafeRawBufferPointer, at offset: Int) {
        addBytewise(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + 8)]))
    }

    /// The reference definition, a byte at a time.
    static func countBytewise(_ raw: UnsafeRawBufferPointer) -> ByteCounts {
        var c = ByteCounts()
        c.addBytewise(raw)
        c.finish()
        return c
    }

    /// A sequence cut short at the end is invalid; the state goes back to its start.
    private mutating func finish() {
        if pending > 0 { valid = false }
        pending = 0
        low = 0x80
        high = 0xBF
    }

    private mutating func addBytewise(_ raw: UnsafeRawBufferPointer) {
        for b in raw {
            if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { blank = false }
            if b == 0 { nul = true }
            if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { controls += 1 }
            if b & 0xC0 != 0x80 { scalars += 1 }
            if b >= 0x80 { ascii = false }
            if pending > 0 {
                if b >= low && b <= high {
                    pending -= 1
                    low = 0x80
                    high = 0xBF
                    continue
                }
                // Not the continuation expected: invalid; the byte is read as the start of a
                // new sequence (validity is decided, the rest only needs its counts).
                valid = false
                pending = 0
                low = 0x80
                high = 0xBF
            }
            switch b {
            case 0x00...0x7F: break
            case 0xC2...0xDF: pending = 1
            case 0xE0: pending = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: pending = 2
            case 0xED: pending = 2; high = 0x9F
            case 0xF0: pending = 3; low = 0x90
            case 0xF1...0xF3: pending = 3
            case 0xF4: pending = 3; high = 0x8F
            default: valid = false
            }
        }
    }

    /// A string of bytes `count` has found valid, without validating them a second time.
    static func string(validUTF8 bytes: UnsafeRawBufferPointer, ascii: Bool) -> String {
        let utf8 = bytes.assumingMemoryBound(to: UInt8.self)
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            return unsafe String(copying: UTF8Span(unchecked: utf8.span, isKnownASCII: ascii))
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
