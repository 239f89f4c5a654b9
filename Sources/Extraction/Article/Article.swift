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
        assert(counts == ByteCounts.countBytewise(bytes), "the block-at-a-time byte counts differ from the byte loop's")
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

    /// The counts, sixteen bytes at a time (two 64-bit words in one SSE register, SWAR within
    /// each word). Every article's bytes pass through here once.
    ///
    /// A block of 16 bytes without a byte below 0x20, at or above 0xE0, or equal to the overlong
    /// leads C0 and C1 (nearly all of Arabic prose: letters are D8–DB and 80–BF, spaces 20) holds
    /// ASCII, two-byte leads and continuation bytes only. Such a block is valid exactly where
    /// each continuation byte follows a lead and each lead is followed by a continuation byte:
    /// the continuation bytes' mask equals the leads' mask moved up one byte (the block's first
    /// byte expects what the block before it ended with). It adds 16 minus its continuation
    /// bytes to the scalars and cannot make the text blank-only unless it is blank, which is
    /// decided before the loop. A block whose only special bytes are below 0x20 (a line break,
    /// in about one block in twenty) counts its controls and NUL bytes in a short byte loop and
    /// is validated as above. Any other block (a three- or four-byte form, C0, C1; under 1% of
    /// an article's blocks) goes through the byte loop, which keeps the validation's state; the
    /// block test above is used again only once that state is "no sequence open" or "one
    /// continuation expected after a two-byte lead". Results are folded into `c` at the end:
    /// continuation bytes are summed per byte of the two words (at most one a block per byte,
    /// so 255 blocks before a byte could overflow). Same result as `countBytewise` (asserted in
    /// debug builds, tested).
    ///
    /// Why: the earlier word loop took every 8-byte word holding a line break through the byte
    /// loop; with the line breaks in the block test, the scan does about 4.2 instructions a byte
    /// where it did 8.7 (callgrind, the 1,000-article corpus). The vector operations used are
    /// those the baseline x86-64 target has (SSE2: 64-bit shifts, adds and logic, byte adds);
    /// comparisons of `SIMD` types are not used, since the standard library lowers them to a
    /// loop over the lanes.
    static func count(_ raw: UnsafeRawBufferPointer) -> ByteCounts {
        #if _endian(big)
        // The block test takes byte k of a block as byte k of its words from the low end.
        return countBytewise(raw)
        #else
        typealias Words = SIMD2<UInt64>
        let ones = Words(repeating: 0x0101_0101_0101_0101), highs = Words(repeating: 0x8080_8080_8080_8080)
        let evens = Words(repeating: 0xFEFE_FEFE_FEFE_FEFE), c0s = Words(repeating: 0xC0C0_C0C0_C0C0_C0C0)
        @inline(__always) func some(_ w: Words) -> Bool { w[0] | w[1] != 0 }
        // Nonzero iff some byte of `v`'s words is zero: Hacker's Delight 6-1, exact for the word.
        @inline(__always) func zeroByte(_ v: Words) -> Words { (v &- ones) & ~v & highs }
        // Some byte of a word of `x` is C0 or C1.
        @inline(__always) func overlong(_ x: Words) -> Words { zeroByte((x & evens) ^ c0s) }
        // Some byte is below 0x20, at or above 0xE0 (then the byte plus 0x20, modulo 256, is
        // below 0x40), or C0 or C1.
        @inline(__always) func special(_ x: Words) -> Bool {
            let lowOrLong = unsafeBitCast((unsafeBitCast(x, to: SIMD16<UInt8>.self) &+ 0x20) & 0xC0, to: Words.self)
            return some(zeroByte(lowOrLong) | overlong(x))
        }
        @inline(__always) func isTwoByteLead(_ b: UInt8) -> Bool { b &- 0xC2 < 0x1E }

        var c = ByteCounts()
        c.blank = !raw.contains { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        // What the blocks of the fast path add up, folded into `c` at the end.
        var fastBlocks = 0, fastContinuations = 0
        var continuationCounts = Words(), uncounted = 0
        var allBits = Words(), misplaced = Words()
        // Whether the validation's state after the bytes read so far is one the block test can
        // go on from (none before the first block: it takes the byte loop), and then bit 7 set
        // when the last byte read is a two-byte lead.
        var resumes = false
        var leadCarry: UInt64 = 0
        @inline(__always) func addFast(_ x: Words) {
            // Bit 7 of each byte: 11xxxxxx (a lead) and 10xxxxxx (a continuation); the bits
            // moved up by the shift come from the same byte.
            let continuations = x & ~(x &<< 1) & highs
            let leads = x & (x &<< 1) & highs
            // A lead in byte k expects a continuation in byte k + 1: the next higher byte of the
            // little-endian word, byte 0 of the high word for byte 7 of the low one, byte 0 of
            // the next block for byte 15.
            misplaced |= continuations ^ ((leads &<< 8) | Words(leadCarry, leads[0] &>> 56))
            leadCarry = leads[1] &>> 56
            // Bit 7 moved to bit 0 and added per byte.
            continuationCounts &+= continuations &>> 7
            allBits |= x
            fastBlocks &+= 1
            uncounted &+= 1
            if _slowPath(uncounted == 255) {
                fastContinuations &+= sumOfBytes(continuationCounts)
                continuationCounts = Words()
                uncounted = 0
            }
        }
        var i = 0
        let n = raw.count
        while i &+ 16 <= n {
            if resumes {
                // The loop over plain blocks, apart so that its state stays in registers.
                while i &+ 16 <= n {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: Words.self)
                    if special(x) { break }
                    addFast(x)
                    i &+= 16
                }
                guard i &+ 16 <= n else { break }
            }
            let x = raw.loadUnaligned(fromByteOffset: i, as: Words.self)
            let longLeads = x & (x &<< 1) & (x &<< 2) & highs
            if !resumes || some(longLeads | overlong(x)) {
                // The byte loop's state after a plain block: a sequence open iff it ended with a
                // two-byte lead (the range of the byte expected is then the default one).
                if resumes, i > 0 { c.pending = isTwoByteLead(raw[i &- 1]) ? 1 : 0 }
                c.addBlock(raw, at: i)
                resumes = c.pending == 0 || (c.pending == 1 && isTwoByteLead(raw[i &+ 15]))
                leadCarry = resumes && c.pending == 1 ? 0x80 : 0
            } else {
                c.addControls(raw, at: i)
                addFast(x)
            }
            i &+= 16
        }
        fastContinuations &+= sumOfBytes(continuationCounts)
        if resumes, i > 0 { c.pending = isTwoByteLead(raw[i &- 1]) ? 1 : 0 }
        c.scalars += 16 &* fastBlocks &- fastContinuations
        if some(misplaced) { c.valid = false }
        if some(allBits & highs) { c.ascii = false }
        c.addBytewise(UnsafeRawBufferPointer(rebasing: raw[i...]))
        c.finish()
        return c
        #endif
    }

    /// The sum of the 16 bytes of `w` (each at most 255).
    @inline(__always)
    private static func sumOfBytes(_ w: SIMD2<UInt64>) -> Int {
        var total = 0
        for k in 0..<2 {
            // Bytes added in pairs into 16-bit fields (at most 510), then the four fields summed
            // into the top one by a multiply (at most 2,040, no carry out of it).
            let pairs = (w[k] & 0x00FF_00FF_00FF_00FF) &+ ((w[k] >> 8) & 0x00FF_00FF_00FF_00FF)
            total &+= Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        return total
    }

    /// The block of 16 bytes at `offset`, through the byte loop: kept out of the block loop so
    /// that its state stays in registers there.
    @inline(never)
    private mutating func addBlock(_ raw: UnsafeRawBufferPointer, at offset: Int) {
        addBytewise(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + 16)]))
    }

    /// The controls and NUL bytes of the block of 16 bytes at `offset` (its other counts are
    /// the block loop's): the byte loop's `nul` and `controls`.
    @inline(never)
    private mutating func addControls(_ raw: UnsafeRawBufferPointer, at offset: Int) {
        for b in UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + 16)]) where b < 0x20 {
            if b == 0 { nul = true }
            if b != 0x0A && b != 0x0D && b != 0x09 { controls += 1 }
        }
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
