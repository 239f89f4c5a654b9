/// String order (`<`) read on the UTF-8 bytes, for text that is known to be in normal form.
///
/// Swift orders strings by the Unicode scalar values of their NFC forms. For non-ASCII text
/// `<` normalizes both operands on every comparison, which made sorting an article's entity
/// references (folded Arabic) and their surfaces a visible share of collecting entities.
///
/// A string made only of ASCII scalars and Arabic base letters (U+0621–U+064A) is already in
/// NFC: none of these scalars has a canonical decomposition that NFC does not recompose, all
/// have combining class 0, and none is the second scalar of a canonical composition (the
/// Arabic compositions pair a letter with the marks U+0653–U+0655, which are not in the set).
/// For two such strings `<` is the lexicographic order of their scalars, which is the
/// lexicographic order of their UTF-8 bytes (UTF-8 preserves scalar order). Any other string
/// is compared by `String`'s own `<`, so the order is exactly `String`'s in every case.
struct ByteOrderedText {
    let text: String
    /// Whether the text holds only ASCII and Arabic base letters (see above).
    let isPlain: Bool

    init(_ text: String) {
        self.text = text
        var copy = text
        isPlain = copy.withUTF8 { ByteOrderedText.isPlain($0) }
    }

    /// Whether every scalar of the UTF-8 `bytes` is ASCII or an Arabic base letter. O(n).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard lead == 0xD8 || lead == 0xD9, i + 1 < bytes.count else { return false }
            let value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
            guard value >= 0x0621 && value <= 0x064A else { return false }
            i += 2
        }
        return true
    }

    /// `a.text < b.text`, on the bytes when both are plain. O(common prefix).
    static func < (a: ByteOrderedText, b: ByteOrderedText) -> Bool {
        guard a.isPlain && b.isPlain else { return a.text < b.text }
        var x = a.text, y = b.text
        let less = x.withUTF8 { p in
            y.withUTF8 { q in
                let common = min(p.count, q.count)
                if common > 0 {
                    let c = memcmpBytes(p.baseAddress!, q.baseAddress!, common)
                    if c != 0 { return c < 0 }
                }
                return p.count < q.count
            }
        }
        assert(less == (a.text < b.text), "byte order differs from String order for plain text")
        return less
    }

    /// `a.text == b.text` under the same conditions (plain text is equal exactly when its bytes are).
    static func == (a: ByteOrderedText, b: ByteOrderedText) -> Bool {
        guard a.isPlain && b.isPlain else { return a.text == b.text }
        return a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }
}

/// The sign of the first differing byte of two buffers of `count` bytes (0 when equal).
@inline(__always)
private func memcmpBytes(_ p: UnsafePointer<UInt8>, _ q: UnsafePointer<UInt8>, _ count: Int) -> Int {
    for k in 0..<count where p[k] != q[k] { return p[k] < q[k] ? -1 : 1 }
    return 0
}
