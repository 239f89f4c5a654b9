import GraphModel

/// Evidence records written straight into XML element content.
///
/// Gives the same characters as `XMLText.content(GraphFields.formatEvidence(evidence))`
/// without building the joined list and scanning it a second time; evidence is most of the
/// bytes of an extracted graph. Exact because `formatEvidence` escapes each item on its own,
/// the separator ` | ` holds nothing XML escapes, and `XMLText.content` works scalar by
/// scalar: the content of the joined list is the join of each item's content. An item whose
/// strings hold nothing to escape (a byte test) is appended as it is; any other goes through
/// the general functions. O(bytes written).
enum GraphMLEvidence {
    static func appendContent(_ evidence: [Evidence], to out: inout String) {
        for (i, e) in evidence.enumerated() {
            if i > 0 { out += " | " }
            guard isPlain(e.document), isPlain(e.rule), isPlain(e.text) else {
                out += XMLText.content(GraphFields.joinList([GraphFields.evidenceItem(e)]))
                continue
            }
            // `GraphFields.evidenceItem`: doc#sentence[start-end] rule: text
            out += e.document
            out += "#"
            out += String(e.sentence)
            out += "["
            out += String(e.start)
            out += "-"
            out += String(e.end)
            out += "] "
            out += e.rule
            out += ": "
            out += e.text
        }
    }

    /// Whether neither list escaping (`\`, `|`) nor XML escaping (`&`, `<`, `>`, controls,
    /// and conservatively the lead byte 0xEF of U+FFFE/U+FFFF) would change `s`.
    @inline(__always)
    static func isPlain(_ s: String) -> Bool {
        for b in s.utf8 {
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
