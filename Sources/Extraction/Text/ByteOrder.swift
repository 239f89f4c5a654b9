/// String order (`<`) read on the UTF-8 bytes, for text known to be in normal form.
///
/// Swift orders strings by the Unicode scalar values of their NFC forms. For non-ASCII text
/// `<` normalizes both operands on every comparison, which made sorting an article's entity
/// references (folded Arabic) and their surfaces a visible share of collecting entities.
///
/// A string made only of ASCII scalars and Arabic base letters (U+0621–U+064A) is "plain"
/// (`plainScalarLength`, the one test of a scalar): it is already in NFC, because none of
/// these scalars has a canonical decomposition that NFC does not recompose, all have
/// combining class 0 (starters), and none is the second scalar of a canonical composition (the
/// Arabic compositions pair a letter with the marks U+0653–U+0655, which are not plain: ا +
/// U+0653 is آ). For two plain strings `<` is the lexicographic order of their scalars, which
/// is the lexicographic order of their UTF-8 bytes (UTF-8 keeps scalar order). Any other pair
/// is compared by `String`'s own `<`, so the order is `String`'s in every case.
///
/// A key also holds the first 16 bytes as two big-endian integers (zero-padded), so most
/// comparisons of two plain strings are two integer comparisons: a difference inside those
/// bytes decides, padding included (a shorter string's padding is below any byte it could
/// differ from, or equal to a NUL byte, after which the lengths decide).
struct PlainTextKey {
    let plain: Bool
    let length: Int
    private let head: (UInt64, UInt64)

    init(_ text: String) {
        // Read on the contiguous bytes: iterating `String.UTF8View` costs several times more per byte.
        var text = text
        let read = text.withUTF8 { bytes in
            var head: (UInt64, UInt64) = (0, 0)
            for k in 0..<min(bytes.count, 16) {
                if k < 8 { head.0 |= UInt64(bytes[k]) << (56 - 8 * UInt64(k)) } else { head.1 |= UInt64(bytes[k]) << (120 - 8 * UInt64(k)) }
            }
            return (plain: Self.isPlainText(bytes, through: bytes.count), length: bytes.count, head: head)
        }
        plain = read.plain
        length = read.length
        head = read.head
    }

    /// `a < b` given their keys: on the bytes when both are plain, by `String`'s `<` otherwise.
    @inline(__always)
    static func precedes(_ a: String, _ ka: PlainTextKey, _ b: String, _ kb: PlainTextKey) -> Bool {
        guard ka.plain && kb.plain else { return a < b }
        let less: Bool
        if ka.head.0 != kb.head.0 { less = ka.head.0 < kb.head.0 }
        else if ka.head.1 != kb.head.1 { less = ka.head.1 < kb.head.1 }
        // Equal first 16 bytes: a string of at most 16 bytes is a prefix of the other.
        else if ka.length <= 16 || kb.length <= 16 { less = ka.length < kb.length }
        else { less = a.utf8.lexicographicallyPrecedes(b.utf8) }
        assert(less == (a < b), "byte order differs from String order for plain text")
        return less
    }

    /// `a < b` read off the UTF-8 bytes, when the bytes decide it: the two texts differ, and
    /// each is plain text from its start through the scalar after the one where they first
    /// differ (or through its end). nil otherwise (equal bytes, or another scalar in that
    /// stretch, or no contiguous bytes).
    ///
    /// Why that stretch suffices: String compares the NFC forms scalar by scalar, and by the
    /// argument above the common plain prefix and the first differing scalars come out of
    /// normalization unchanged, as long as the scalar after each is plain too (a combining mark
    /// there could compose with it). What follows cannot reach back past a plain starter. The
    /// first difference of the NFC forms is then the first difference of the scalars, whose
    /// order UTF-8 byte order keeps. A text that is a prefix of the other precedes it when the
    /// longer one goes on with a plain scalar. Two surfaces mostly differ in their first
    /// letters (a clitic, a spelling), so this reads a few bytes where a key reads all of both.
    static func byteOrderIfDecided(_ a: String, _ b: String) -> Bool? {
        a.utf8.withContiguousStorageIfAvailable { pa -> Bool? in
            b.utf8.withContiguousStorageIfAvailable { pb -> Bool? in
                let common = min(pa.count, pb.count)
                var k = 0
                while k < common && pa[k] == pb[k] { k += 1 }
                if k == common && pa.count == pb.count { return nil }
                guard isPlainText(pa, through: k), isPlainText(pb, through: k) else { return nil }
                return k == common ? pa.count < pb.count : pa[k] < pb[k]
            } ?? nil
        } ?? nil
    }

    /// Whether the scalars of UTF-8 bytes that start at or before byte `k` (the last of them
    /// holds byte `k`), and the one after them, are plain text; the scalars after those are not
    /// read. With `k` at or past the end, the whole text.
    @inline(__always)
    static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>, through k: Int) -> Bool {
        var i = 0
        while i < bytes.count && i <= k {
            let length = plainScalarLength(bytes, at: i)
            guard length != 0 else { return false }
            i += length
        }
        return i >= bytes.count || plainScalarLength(bytes, at: i) != 0
    }

    /// The length of the plain scalar at byte `i` of valid UTF-8 (1 for ASCII, 2 for
    /// U+0621–U+064A), 0 for any other scalar.
    @inline(__always)
    static func plainScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let lead = bytes[i]
        if lead < 0x80 { return 1 }
        guard lead == 0xD8 || lead == 0xD9, i + 1 < bytes.count else { return 0 }
        let value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
        return value >= 0x0621 && value <= 0x064A ? 2 : 0
    }
}

/// Byte comparisons of strings.
enum ByteText {
    /// The same UTF-8 bytes: a length test, then a loop over the two contiguous buffers, read
    /// in place (no copy of either string, which `withUTF8` on a `var` would retain and
    /// release). Comparing the `utf8` views with `elementsEqual` walked their indices byte by
    /// byte, about five times the instructions.
    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let inPlace = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb in
                if pa.baseAddress == pb.baseAddress { return true }
                for k in 0..<pa.count where pa[k] != pb[k] { return false }
                return true
            }
        }
        if let inPlace, let answer = inPlace { return answer }
        return a.utf8.elementsEqual(b.utf8)
    }
}
