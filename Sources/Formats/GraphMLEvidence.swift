import GraphModel

/// Evidence records written straight into XML element content, as UTF-8 bytes.
///
/// Gives the bytes of `XMLText.content(GraphFields.formatEvidence(evidence))` without
/// building the joined list and scanning it a second time; evidence is most of the bytes of
/// an extracted graph. Exact because `formatEvidence` escapes each item on its own, the
/// separator ` | ` holds nothing XML escapes, and `XMLText.content` works scalar by scalar:
/// the content of the joined list is the join of each item's content. An item whose strings
/// hold nothing to escape (a byte test) is copied as it is, its numbers formatted in place;
/// any other goes through the general functions. O(bytes written).
enum GraphMLEvidence {
    static func appendContent(_ evidence: [Evidence], to out: inout [UInt8]) {
        // Records are read in place through a pointer: `evidence[i]` handed to a function
        // copied the record, a retain and a release of each of its three strings.
        evidence.withUnsafeBufferPointer { evidence in
            for i in evidence.indices {
                if i > 0 { out.appendASCII(" | ") }
                appendItem(evidence.baseAddress! + i, to: &out)
            }
        }
    }

    /// `GraphFields.evidenceItem`, escaped: `doc#sentence[start-end] rule: text`.
    @inline(__always)
    private static func appendItem(_ e: UnsafePointer<Evidence>, to out: inout [UInt8]) {
        guard isPlain(e.pointee.document), isPlain(e.pointee.rule), isPlain(e.pointee.text) else {
            out.appendUTF8(XMLText.content(GraphFields.joinList([GraphFields.evidenceItem(e.pointee)])))
            return
        }
        out.appendUTF8(e.pointee.document)
        out.append(UInt8(ascii: "#"))
        out.appendDecimal(e.pointee.sentence)
        out.append(UInt8(ascii: "["))
        out.appendDecimal(e.pointee.start)
        out.append(UInt8(ascii: "-"))
        out.appendDecimal(e.pointee.end)
        out.appendASCII("] ")
        out.appendUTF8(e.pointee.rule)
        out.appendASCII(": ")
        out.appendUTF8(e.pointee.text)
    }

    /// An upper bound on the bytes `appendContent` writes for plain records (numbers of up
    /// to 20 digits), used to reserve a buffer once instead of growing it.
    static func plainSize(_ evidence: [Evidence]) -> Int {
        evidence.withUnsafeBufferPointer { evidence in
            var n = 0
            for i in evidence.indices {
                n += evidence[i].document.utf8.count + evidence[i].rule.utf8.count + evidence[i].text.utf8.count + 3 * 20 + 10
            }
            return n
        }
    }

    /// Whether neither list escaping (`\`, `|`) nor XML escaping (`&`, `<`, `>`, controls,
    /// and conservatively the lead byte 0xEF of U+FFFE/U+FFFF) would change `s`.
    @inline(__always)
    static func isPlain(_ s: String) -> Bool {
        UTF8Bytes.with(s) { bytes in
            let plain = isPlain(bytes)
            assert(plain == isPlainBytewise(bytes), "word-at-a-time plain test differs from the byte loop's")
            return plain
        }
    }

    /// `isPlainBytewise`, eight bytes at a time (SWAR, `ByteWords`): every evidence string of
    /// the graph (150 MB of text for 10,000 articles) is tested before it is copied, and the
    /// byte loop was most of the evidence writer's own time. A word fails when one of its bytes
    /// is below 0x20 or equals one of the six bytes; each test is exact for the whole word.
    @inline(__always)
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        let below = ByteWords.below, has = ByteWords.has
        var i = 0
        while i + 8 <= raw.count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let found = below(x, 0x20) | has(x, 0x5C) | has(x, 0x7C) | has(x, 0x26) | has(x, 0x3C) | has(x, 0x3E) | has(x, 0xEF)
            if found != 0 { return false }
            i += 8
        }
        return isPlainBytewise(UnsafeBufferPointer(rebasing: bytes[i...]))
    }

    /// The reference definition, a byte at a time.
    static func isPlainBytewise(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes {
            switch b {
            case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 0x00..<0x20, 0xEF:
                return false
            default: continue
            }
        }
        return true
    }
}

/// Appending text to a UTF-8 byte buffer (the GraphML writer's output).
extension Array where Element == UInt8 {
    /// The UTF-8 bytes of `s`, copied in one block.
    @inline(__always)
    mutating func appendUTF8(_ s: String) {
        UTF8Bytes.with(s) { append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func appendASCII(_ s: StaticString) {
        s.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// `String(n)`'s bytes, without making the String.
    mutating func appendDecimal(_ n: Int) {
        if n < 0 { append(UInt8(ascii: "-")) }
        // The magnitude as unsigned, so Int.min has one too.
        var m = n.magnitude
        var digits = 1
        var rest = m / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let first = count
        append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        withUnsafeMutableBufferPointer { buffer in
            var i = first + digits - 1
            repeat {
                buffer[i] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: m % 10)
                m /= 10
                i -= 1
            } while m > 0
        }
    }
}
