import Foundation

/// The folded form of one token (`ArabicFolding`) as UTF-8 bytes held inline, so that a
/// `Token` has no reference-counted field.
///
/// Why: the rules read tokens out of the article's token array hundreds of times per
/// sentence (`token(i)`, `for t in tokens[...]`, `matches(t)`). With the folded word as a
/// `String`, every such copy went through the token's value witnesses (an outlined copy and
/// destroy, a retain and a release of the string), which profiled at some 8% of extraction
/// on their own. With the bytes inline, `Token` is `BitwiseCopyable`: a copy is a plain move
/// of its bytes, and nothing is retained or released.
///
/// Layout (32 bytes): up to `inlineCapacity` (30) bytes of UTF-8, then the length byte, then a
/// flags byte. 30 bytes hold 15 Arabic letters, more than any Arabic word has; a longer token
/// (a long Latin or digit run, almost never seen in news text) is interned once in
/// `LongFoldedWords` and the word holds its index there, so every folded word keeps its
/// exact bytes.
///
/// Comparisons are on the bytes. String's own `==` and `hasPrefix` compare under canonical
/// equivalence; for a word flagged `isPlain` (only ASCII scalars and Arabic letters without
/// a canonical decomposition, U+0621 and U+0627–U+064A: NFC, and nothing in it composes) and
/// the folded literals the rules compare against, byte equality is the same test. Other words
/// fall back to the String comparison. Debug builds assert that both agree, and
/// `FoldedWordTests` compares them on every token of the samples and fixtures.
public struct FoldedWord: Sendable, BitwiseCopyable, Equatable, CustomStringConvertible {
    /// Bytes 0..<30: UTF-8 (or, for a long word, its index in `LongFoldedWords`);
    /// byte 30: the length, or `longMarker`; byte 31: flags.
    private var storage: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    static let inlineCapacity = 30
    private static let lengthByte = 30, flagsByte = 31
    private static let longMarker: UInt8 = 0xFF
    private static let plainFlag: UInt8 = 1

    public init() {}

    /// The folded word of these bytes (valid UTF-8).
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(bytes, plain: Self.isPlain(bytes))
    }

    /// The same, with `isPlain(bytes)` already known (the tokenizer keeps it while folding).
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, plain: Bool) {
        assert(plain == Self.isPlain(bytes), "the tokenizer's plain flag differs from the bytes'")
        if bytes.count <= Self.inlineCapacity {
            withUnsafeMutableBytes(of: &storage) { raw in
                if let base = bytes.baseAddress, bytes.count > 0 {
                    raw.baseAddress!.copyMemory(from: base, byteCount: bytes.count)
                }
                raw[Self.lengthByte] = UInt8(bytes.count)
                raw[Self.flagsByte] = plain ? Self.plainFlag : 0
            }
        } else {
            let index = LongFoldedWords.shared.intern(bytes)
            withUnsafeMutableBytes(of: &storage) { raw in
                raw.storeBytes(of: index, as: UInt32.self)
                raw[Self.lengthByte] = Self.longMarker
                raw[Self.flagsByte] = plain ? Self.plainFlag : 0
            }
        }
    }

    /// The folded word of one scalar (a punctuation token), its UTF-8 written straight into
    /// the inline storage: `init(_:)` copied the bytes with a `memcpy` call and scanned them
    /// again for plainness, which the tokenizer's scalar table already gives.
    @inline(__always)
    init(scalar v: UInt32, plain: Bool) {
        let utf8: UInt64, count: UInt64
        if v < 0x80 { utf8 = UInt64(v); count = 1 }
        else if v < 0x800 { utf8 = UInt64(0xC0 | v >> 6) | UInt64(0x80 | v & 0x3F) << 8; count = 2 }
        else if v < 0x1_0000 {
            utf8 = UInt64(0xE0 | v >> 12) | UInt64(0x80 | v >> 6 & 0x3F) << 8 | UInt64(0x80 | v & 0x3F) << 16; count = 3
        } else {
            utf8 = UInt64(0xF0 | v >> 18) | UInt64(0x80 | v >> 12 & 0x3F) << 8 | UInt64(0x80 | v >> 6 & 0x3F) << 16
                | UInt64(0x80 | v & 0x3F) << 24
            count = 4
        }
        let flags: UInt64 = plain ? UInt64(Self.plainFlag) : 0
        // Byte k of the storage is bits 8k ..< 8k + 8 of its little-endian words.
        storage = (utf8.littleEndian, 0, 0, (count << 48 | flags << 56).littleEndian)
        assert(self.storage == FoldedWord(String(Unicode.Scalar(v)!)).storage, "a one-scalar word differs from its copied bytes")
    }

    /// Bytes after the start of a word that `init(zeroPadded:count:plain:)` reads.
    static let paddedCapacity = 32

    /// The folded word of the `count` bytes at `bytes`, followed by at least
    /// `paddedCapacity - count` zero bytes (the tokenizer clears them after each word): the
    /// inline storage is four 8-byte loads, with no mask per load. Bytes 30 and 31 of a word
    /// of at most 30 bytes are zero, so the length and flags are or-ed into the last load.
    @inline(__always)
    init(zeroPadded bytes: UnsafePointer<UInt8>, count: Int, plain: Bool) {
        guard count <= Self.inlineCapacity else {
            self = FoldedWord(UnsafeBufferPointer(start: bytes, count: count), plain: plain)
            return
        }
        let raw = UnsafeRawPointer(bytes)
        let flags: UInt64 = plain ? UInt64(Self.plainFlag) : 0
        @inline(__always) func load(_ q: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: 8 * q, as: UInt64.self) }
        storage = (load(0), load(1), load(2), load(3) | (UInt64(count) << 48 | flags << 56).littleEndian)
        assert(storage == FoldedWord(UnsafeBufferPointer(start: bytes, count: count), plain: plain).storage,
               "a word loaded from zero-padded bytes differs from its copy")
    }

    /// Whether both words have the same storage, bit for bit (bytes, length and flags).
    @inline(__always)
    func sameStorage(_ other: FoldedWord) -> Bool { storage == other.storage }

    /// A hash of the storage (bytes, length and flags) for `TokenizerScratch`'s table of words.
    @inline(__always)
    var storageHash: UInt64 {
        (storage.0 ^ (storage.1 << 17 | storage.1 >> 47) ^ (storage.2 << 31 | storage.2 >> 33) ^ storage.3) &* 0x9E37_79B9_7F4A_7C15
    }

    public init(_ string: String) {
        var string = string
        self = string.withUTF8 { FoldedWord($0) }
    }

    /// Whether the word is longer than the inline bytes (and interned).
    @inline(__always) var isLong: Bool { withUnsafeBytes(of: storage) { $0[Self.lengthByte] } == Self.longMarker }
    /// Only ASCII and Arabic base letters: byte comparisons are String comparisons.
    @inline(__always) public var isPlain: Bool { withUnsafeBytes(of: storage) { $0[Self.flagsByte] } & Self.plainFlag != 0 }

    /// The word's UTF-8 bytes, in place.
    @inline(__always)
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if isLong {
            var s = string
            return try s.withUTF8(body)
        }
        var copy = storage
        return try withUnsafeBytes(of: &copy) { raw in
            let count = Int(raw[Self.lengthByte])
            return try body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// Length in UTF-8 bytes.
    @inline(__always) public var utf8Count: Int {
        isLong ? string.utf8.count : Int(withUnsafeBytes(of: storage) { $0[Self.lengthByte] })
    }
    public var isEmpty: Bool { utf8Count == 0 }

    /// The word as a String (no allocation up to 15 bytes: Swift keeps such strings inline).
    public var string: String {
        if isLong {
            let index = withUnsafeBytes(of: storage) { $0.load(as: UInt32.self) }
            return LongFoldedWords.shared.word(index)
        }
        return withUTF8 { String(decoding: $0, as: UTF8.self) }
    }
    public var description: String { string }

    /// The Unicode scalars of the word (built from a String: for rare questions only).
    public var unicodeScalars: String.UnicodeScalarView { string.unicodeScalars }

    /// Scalars in the word, counted on the bytes (every byte that is not a continuation byte).
    public var scalarCount: Int {
        withUTF8 { bytes in
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n += 1 }
            return n
        }
    }

    /// The first scalar, decoded from the bytes.
    public var firstScalar: Unicode.Scalar? {
        withUTF8 { bytes in
            guard !bytes.isEmpty else { return nil }
            var it = bytes.makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let s) = decoder.decode(&it) { return s }
            return nil
        }
    }

    /// The word's scalar when it has exactly one (a punctuation token), decoded from its bytes.
    @inline(__always)
    public var onlyScalar: Unicode.Scalar? {
        withUTF8 { bytes in
            guard bytes.count >= 1, bytes.count <= 4 else { return nil }
            let b0 = UInt32(bytes[0])
            let v: UInt32, length: Int
            if b0 < 0x80 { v = b0; length = 1 }
            else if b0 < 0xE0 { guard bytes.count >= 2 else { return nil }; v = (b0 & 0x1F) << 6 | UInt32(bytes[1] & 0x3F); length = 2 }
            else if b0 < 0xF0 {
                guard bytes.count >= 3 else { return nil }
                v = (b0 & 0x0F) << 12 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F); length = 3
            } else {
                guard bytes.count >= 4 else { return nil }
                v = (b0 & 0x07) << 18 | UInt32(bytes[1] & 0x3F) << 12 | UInt32(bytes[2] & 0x3F) << 6 | UInt32(bytes[3] & 0x3F)
                length = 4
            }
            return length == bytes.count ? Unicode.Scalar(v) : nil
        }
    }

    // MARK: comparisons

    public static func == (lhs: FoldedWord, rhs: FoldedWord) -> Bool {
        if lhs.isLong || rhs.isLong { return lhs.string == rhs.string }
        if lhs.storage == rhs.storage { return true }
        // Different bytes: the same text only under canonical equivalence, impossible for plain words.
        if lhs.isPlain && rhs.isPlain { return false }
        return lhs.string == rhs.string
    }

    /// `word.string == literal`, compared on the bytes (see the type's comment).
    @inline(__always)
    public static func == (word: FoldedWord, literal: String) -> Bool {
        // A plain inline word (nearly every word): the bytes in place decide.
        if word.isPlain, !word.isLong, let equal = literal.utf8.withContiguousStorageIfAvailable({ head in
            word.inlineStarts(with: head) && word.utf8Count == head.count
        }) {
            assert(equal == (word.string == literal), "a folded word compares unlike its String")
            return equal
        }
        return equalOnBytes(word, literal)
    }

    @inline(never)
    static func equalOnBytes(_ word: FoldedWord, _ literal: String) -> Bool {
        var literal = literal
        let equalBytes = word.withUTF8 { bytes in
            literal.withUTF8 { other in
                bytes.count == other.count && (bytes.count == 0 || memcmp(bytes.baseAddress!, other.baseAddress!, bytes.count) == 0)
            }
        }
        let equal = equalBytes || !word.isPlain && word.string == literal
        assert(equal == (word.string == literal), "a folded word compares unlike its String")
        return equal
    }
    @inline(__always)
    public static func != (word: FoldedWord, literal: String) -> Bool { !(word == literal) }

    /// `string.hasPrefix(prefix)`. O(prefix).
    ///
    /// The rules ask it of most words ("ال", "و", "ل"), so a plain inline word (nearly every
    /// word) is compared in place, byte by byte: each of its scalars is a Character of its
    /// own, so a byte prefix is a Character prefix. Other words take `hasPrefixOnBytes`.
    @inline(__always)
    public func hasPrefix(_ prefix: String) -> Bool {
        if isPlain, !isLong, let result = prefix.utf8.withContiguousStorageIfAvailable({ inlineStarts(with: $0) }) {
            assert(result == string.hasPrefix(prefix), "a folded word's prefix test differs from String's")
            return result
        }
        return hasPrefixOnBytes(prefix)
    }

    @inline(__always)
    private func inlineStarts(with head: UnsafeBufferPointer<UInt8>) -> Bool {
        withUnsafeBytes(of: storage) { raw in
            guard Int(raw[Self.lengthByte]) >= head.count else { return false }
            for k in 0..<head.count where raw[k] != head[k] { return false }
            return true
        }
    }

    /// `string.hasPrefix(prefix)`, on the bytes when the prefix's bytes match and the scalar
    /// after them cannot extend its last Character (an ASCII scalar or an Arabic letter);
    /// otherwise String decides. O(prefix).
    @inline(never)
    func hasPrefixOnBytes(_ prefix: String) -> Bool {
        var prefix = prefix
        let onBytes: Bool? = withUTF8 { bytes in
            prefix.withUTF8 { head in
                guard bytes.count >= head.count else { return isPlain ? false : nil }
                if head.count > 0, memcmp(bytes.baseAddress!, head.baseAddress!, head.count) != 0 {
                    // Unequal bytes: unequal text unless the word can be another spelling of it.
                    return isPlain ? false : nil
                }
                guard bytes.count > head.count else { return true }
                return Self.startsCharacter(bytes, at: head.count) ? true : nil
            }
        }
        let result = onBytes ?? string.hasPrefix(prefix)
        assert(result == string.hasPrefix(prefix), "a folded word's prefix test differs from String's")
        return result
    }

    /// `String.hasLetterPrefix` (a prefix of Arabic base letters): the same test as `hasPrefix`.
    @inline(__always)
    public func hasLetterPrefix(_ prefix: String) -> Bool { hasPrefix(prefix) }

    /// `string.hasSuffix(suffix)` for a suffix of Arabic base letters, on the bytes when the
    /// scalar before the suffix is an ASCII scalar or an Arabic letter (it then ends a
    /// Character and the suffix starts one); otherwise String decides.
    public func hasSuffix(_ suffix: String) -> Bool {
        var suffix = suffix
        let onBytes: Bool? = withUTF8 { bytes in
            suffix.withUTF8 { tail in
                guard bytes.count >= tail.count else { return isPlain ? false : nil }
                let from = bytes.count - tail.count
                if tail.count > 0, memcmp(bytes.baseAddress! + from, tail.baseAddress!, tail.count) != 0 {
                    return isPlain ? false : nil
                }
                guard from > 0 else { return true }
                return isPlain ? true : nil
            }
        }
        let result = onBytes ?? string.hasSuffix(suffix)
        assert(result == string.hasSuffix(suffix), "a folded word's suffix test differs from String's")
        return result
    }

    /// `string == word` for a word of Arabic base letters: no other scalars are canonically
    /// equivalent to such a word, so the bytes decide.
    @inline(__always)
    public func isLetterWord(_ word: String) -> Bool { self == word }

    // MARK: helpers

    /// Whether the scalar starting at byte `i` is ASCII or an Arabic letter U+0621–U+064A:
    /// either begins a new Character after any scalar of folded text.
    @inline(__always)
    private static func startsCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let lead = bytes[i]
        if lead < 0x80 { return true }
        guard lead == 0xD8 || lead == 0xD9, i + 1 < bytes.count else { return false }
        let value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
        return value >= 0x0621 && value <= 0x064A
    }

    /// Whether `s` is a scalar a plain word may hold (see `isPlain(_:)`).
    @inline(__always)
    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x80 || v == 0x0621 || v >= 0x0627 && v <= 0x064A
    }

    /// Whether the first byte is ASCII (a Latin letter or digit in a folded word).
    @inline(__always)
    public var startsWithASCII: Bool {
        isLong ? string.utf8.first.map { $0 < 0x80 } ?? false : withUnsafeBytes(of: storage) { $0[Self.lengthByte] > 0 && $0[0] < 0x80 }
    }

    /// Only ASCII scalars and Arabic letters U+0621, U+0627–U+064A (none of which has a
    /// canonical decomposition or combines with its neighbour). O(n).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard lead == 0xD8 || lead == 0xD9, i + 1 < bytes.count else { return false }
            let value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
            guard value == 0x0621 || value >= 0x0627 && value <= 0x064A else { return false }
            i += 2
        }
        return true
    }
}

/// Folded words longer than `FoldedWord.inlineCapacity` bytes, interned once for the whole
/// process: a `FoldedWord` holds their index. Such tokens (a run of over 30 Latin letters or
/// digits, or of over 15 Arabic letters) are all but absent from news text, so the table
/// stays tiny; it is shared by all threads behind a lock.
final class LongFoldedWords: @unchecked Sendable {
    static let shared = LongFoldedWords()
    private let lock = NSLock()
    private var words: [String] = []
    /// Keyed by the bytes, not the String: String keys would merge canonically equal words.
    private var indices: [[UInt8]: UInt32] = [:]

    func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let key = Array(bytes)
        lock.lock(); defer { lock.unlock() }
        if let i = indices[key] { return i }
        let i = UInt32(words.count)
        words.append(String(decoding: bytes, as: UTF8.self))
        indices[key] = i
        return i
    }

    func word(_ index: UInt32) -> String {
        lock.lock(); defer { lock.unlock() }
        return words[Int(index)]
    }
}
