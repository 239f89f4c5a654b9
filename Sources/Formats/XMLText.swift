import GraphModel

/// Escaping for the XML we write (GraphML, GEXF).
///
/// XML 1.0 allows only `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`;
/// anything else (NUL, the C0 controls, U+FFFE/U+FFFF) cannot be written even as a character
/// reference, and Gephi refuses files holding one. Such characters are dropped.
public enum XMLText {
    /// Whether the XML 1.0 `Char` production admits `u`.
    @inline(__always)
    public static func isLegal(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `s` without the characters XML cannot carry.
    public static func stripIllegal(_ s: String) -> String {
        if s.unicodeScalars.allSatisfy(isLegal) { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where isLegal(u) { out.append(u) }
        return String(out)
    }

    /// Text for element content. `\r` becomes `&#13;` because parsers normalise a bare
    /// carriage return to a line feed, which would change the value on reading back.
    public static func content(_ s: String) -> String {
        escape(s, attribute: false)
    }

    /// Text for a double-quoted attribute value. Tabs and line breaks become character
    /// references, which attribute-value normalisation would otherwise turn into spaces.
    public static func attribute(_ s: String) -> String {
        escape(s, attribute: true)
    }

    private static func escape(_ s: String, attribute: Bool) -> String {
        if !needsEscaping(s, attribute: attribute) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default:
                if isLegal(u) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// Whether `escape` would change `s`, read on the UTF-8 bytes: most text (Arabic prose)
    /// has nothing to escape and is then returned as it is, without a scalar-by-scalar copy.
    /// Conservative: any byte 0xEF (the lead byte of U+FFFE/U+FFFF, among others) sends the
    /// text the slow way.
    @inline(__always)
    static func needsEscaping(_ s: String, attribute: Bool) -> Bool {
        UTF8Bytes.with(s) { needsEscaping($0, attribute: attribute) }
    }

    /// `needsEscapingBytewise`, eight bytes at a time (`needsEscapingWordwise`); debug builds
    /// check the two agree.
    @inline(__always)
    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) -> Bool {
        let needs = needsEscapingWordwise(bytes, attribute: attribute)
        assert(needs == needsEscapingBytewise(bytes, attribute: attribute), "word-at-a-time escape test differs from the byte loop's")
        return needs
    }

    /// `needsEscapingBytewise`, eight bytes at a time (`ByteWords`): every column value of
    /// every GraphML element is scanned (a node's sources list runs to tens of kilobytes). A
    /// word holding `&`, `<`, `>`, 0xEF (or `"` in an attribute) needs escaping; a word holding
    /// a byte below 0x20 is read byte by byte, since line feed and tab pass in content.
    static func needsEscapingWordwise(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        guard raw.count >= 8 else { return needsEscapingBytewise(bytes, attribute: attribute) }
        let quote: UInt64 = attribute ? UInt64(UInt8(ascii: "\"")) : UInt64(UInt8(ascii: "&"))
        @inline(__always) func wordNeeds(at i: Int) -> Bool {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let special = ByteWords.has(x, UInt64(UInt8(ascii: "&"))) | ByteWords.has(x, UInt64(UInt8(ascii: "<")))
                | ByteWords.has(x, UInt64(UInt8(ascii: ">"))) | ByteWords.has(x, 0xEF) | ByteWords.has(x, quote)
            if special != 0 { return true }
            return ByteWords.below(x, 0x20) != 0
                && needsEscapingBytewise(UnsafeBufferPointer(rebasing: bytes[i..<(i + 8)]), attribute: attribute)
        }
        var i = 0
        while i + 8 <= raw.count {
            if wordNeeds(at: i) { return true }
            i += 8
        }
        // The last bytes as the word that ends the text, overlapping bytes already tested
        // (harmless for "some byte needs escaping"), instead of a byte loop.
        return i < raw.count && wordNeeds(at: raw.count - 8)
    }

    /// The reference definition, a byte at a time.
    static func needsEscapingBytewise(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) -> Bool {
        for b in bytes {
            switch b {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0x0D, 0xEF: return true
            case UInt8(ascii: "\""), 0x0A, 0x09: if attribute { return true }
            case 0x00..<0x20: return true
            default: continue
            }
        }
        return false
    }
}

extension ByteBuffer {
    /// The bytes of `XMLText.content(s)`.
    @inline(__always)
    mutating func appendXMLContent(_ s: String) { appendEscaped(s, attribute: false) }

    /// The bytes of `XMLText.attribute(s)`.
    @inline(__always)
    mutating func appendXMLAttribute(_ s: String) { appendEscaped(s, attribute: true) }

    /// The bytes of `XMLText.attribute` of the string whose UTF-8 is `bytes`.
    @inline(__always)
    mutating func appendXMLAttribute(_ bytes: UnsafeBufferPointer<UInt8>) {
        if XMLText.needsEscaping(bytes, attribute: true) {
            appendUTF8(XMLText.attribute(String(decoding: bytes, as: UTF8.self)))
        } else {
            append(bytes)
        }
    }

    /// `s`'s own bytes, copied, when nothing in them needs escaping (the common case); the
    /// escaped form otherwise.
    @inline(__always)
    private mutating func appendEscaped(_ s: String, attribute: Bool) {
        let copied = UTF8Bytes.with(s) { bytes in
            guard !XMLText.needsEscaping(bytes, attribute: attribute) else { return false }
            append(bytes)
            return true
        }
        if !copied { appendUTF8(attribute ? XMLText.attribute(s) : XMLText.content(s)) }
    }
}
