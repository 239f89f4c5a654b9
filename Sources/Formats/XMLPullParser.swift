/// A small non-validating XML 1.0 parser for the graph formats we read.
///
/// Why not Foundation's `XMLParser`: on Linux it reports errors as bare libxml2 codes and,
/// being a push parser, often at the line where it stopped reading rather than where the
/// error is. Reading a graph file wants one line that names the place and the problem.
///
/// Handles: the XML declaration, processing instructions, comments, a DOCTYPE (skipped,
/// internal subset included), CDATA sections, the five predefined entities and character
/// references, attribute-value normalisation (tab, CR, LF → space) and line-end
/// normalisation (CR LF and lone CR → LF). Not handled (not needed for GraphML or GEXF):
/// entities declared in a DTD, which are reported as undeclared.
///
/// One pass over the bytes, O(n) time; elements are reported as they close, so memory is
/// the depth of the tree plus the current text.
struct XMLPullParser {
    enum Event {
        case start(name: String, attributes: [String: String], line: Int)
        case end(name: String, line: Int)
        case text(String)
    }

    struct Failure: Error, Equatable {
        var line: Int
        var problem: String
    }

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    /// Open elements with the line each started on.
    private var open: [(name: String, line: Int)] = []
    private var sawRoot = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // UTF-8 byte-order mark.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    /// Parses the whole document, calling `handle` for each event in document order.
    /// `handle` may throw to stop early; its error is rethrown as is.
    mutating func parse(_ handle: (Event) throws -> Void) throws {
        var text: [UInt8] = []
        func flushText() throws {
            guard !text.isEmpty else { return }
            if open.isEmpty {
                if text.contains(where: { !Self.isSpace($0) }) {
                    throw Failure(line: line, problem: sawRoot ? "text after the end of the document" : "text before the root element")
                }
            } else {
                try handle(.text(String(decoding: text, as: UTF8.self)))
            }
            text.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<") {
                try flushText()
                try markup(handle)
            } else if b == UInt8(ascii: "&") {
                text.append(contentsOf: try reference())
            } else if b == 0x0D {
                // CR LF and lone CR are line ends, read as LF.
                text.append(0x0A); line += 1; i += 1
                if i < bytes.count, bytes[i] == 0x0A { i += 1 }
            } else {
                if b == 0x0A { line += 1 }
                text.append(b); i += 1
            }
        }
        try flushText()
        if let last = open.last {
            throw Failure(line: line, problem: "the file ends inside <\(last.name)> opened on line \(last.line) (truncated?)")
        }
        if !sawRoot { throw Failure(line: line, problem: "no root element") }
    }

    // MARK: markup

    private mutating func markup(_ handle: (Event) throws -> Void) throws {
        if starts(with: "<!--") {
            try skip(past: "-->", what: "comment")
        } else if starts(with: "<![CDATA[") {
            guard !open.isEmpty else { throw Failure(line: line, problem: "CDATA outside the root element") }
            i += 9
            let from = i
            let start = line
            guard let end = find("]]>") else { throw Failure(line: start, problem: "a CDATA section is not closed") }
            countLines(from, end)
            try handle(.text(String(decoding: normaliseLineEnds(bytes[from..<end]), as: UTF8.self)))
            i = end + 3
        } else if starts(with: "<!DOCTYPE") {
            try skipDoctype()
        } else if starts(with: "<?") {
            try skip(past: "?>", what: "processing instruction")
        } else if starts(with: "</") {
            try endTag(handle)
        } else {
            try startTag(handle)
        }
    }

    private mutating func startTag(_ handle: (Event) throws -> Void) throws {
        let tagLine = line
        i += 1
        guard let name = readName() else {
            throw Failure(line: line, problem: "'<' not followed by an element name (write '&lt;' for a literal '<')")
        }
        if open.isEmpty && sawRoot { throw Failure(line: tagLine, problem: "a second root element <\(name)>") }
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = skipSpaces()
            guard i < bytes.count else { throw Failure(line: tagLine, problem: "the tag <\(name)> is not closed") }
            if bytes[i] == UInt8(ascii: ">") {
                i += 1
                open.append((name, tagLine)); sawRoot = true
                try handle(.start(name: name, attributes: attributes, line: tagLine))
                return
            }
            if starts(with: "/>") {
                i += 2
                sawRoot = true
                try handle(.start(name: name, attributes: attributes, line: tagLine))
                try handle(.end(name: name, line: line))
                return
            }
            guard hadSpace, let attribute = readName() else {
                throw Failure(line: line, problem: "unexpected '\(currentCharacter())' in the tag <\(name)>")
            }
            _ = skipSpaces()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
                throw Failure(line: line, problem: "attribute '\(attribute)' of <\(name)> has no value")
            }
            i += 1
            _ = skipSpaces()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
                throw Failure(line: line, problem: "the value of attribute '\(attribute)' of <\(name)> is not quoted")
            }
            let value = try attributeValue(quote: bytes[i], element: name)
            if attributes.updateValue(value, forKey: attribute) != nil {
                throw Failure(line: line, problem: "attribute '\(attribute)' appears twice on <\(name)>")
            }
        }
    }

    private mutating func endTag(_ handle: (Event) throws -> Void) throws {
        let tagLine = line
        i += 2
        guard let name = readName() else { throw Failure(line: line, problem: "'</' not followed by an element name") }
        _ = skipSpaces()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else {
            throw Failure(line: line, problem: "the end tag </\(name)> is not closed")
        }
        i += 1
        guard let top = open.last else { throw Failure(line: tagLine, problem: "end tag </\(name)> without a start tag") }
        guard top.name == name else {
            throw Failure(line: tagLine, problem: "end tag </\(name)> does not match <\(top.name)> opened on line \(top.line)")
        }
        open.removeLast()
        try handle(.end(name: name, line: tagLine))
    }

    private mutating func attributeValue(quote: UInt8, element: String) throws -> String {
        let start = line
        i += 1
        var value: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case quote:
                i += 1
                return String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "<"):
                throw Failure(line: line, problem: "'<' inside an attribute value of <\(element)> (write '&lt;')")
            case UInt8(ascii: "&"):
                value.append(contentsOf: try reference())
            case 0x0D:
                value.append(0x20); line += 1; i += 1
                if i < bytes.count, bytes[i] == 0x0A { i += 1 }
            case 0x0A, 0x09:
                if b == 0x0A { line += 1 }
                value.append(0x20); i += 1
            default:
                value.append(b); i += 1
            }
        }
        throw Failure(line: start, problem: "an attribute value of <\(element)> is not closed")
    }

    /// `&...;` at `i`: the bytes it stands for.
    private mutating func reference() throws -> [UInt8] {
        let from = i
        i += 1
        while i < bytes.count, bytes[i] != UInt8(ascii: ";"), i - from < 40,
              !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "<"), bytes[i] != UInt8(ascii: "&") { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ";") else {
            i = from
            throw Failure(line: line, problem: "'&' that does not start an entity (write '&amp;' for a literal '&')")
        }
        let name = String(decoding: bytes[(from + 1)..<i], as: UTF8.self)
        i += 1
        switch name {
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "amp": return [UInt8(ascii: "&")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        default:
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value = digits.first == "x" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                // A reference to a character XML forbids (a C0 control) is dropped, as raw ones are.
                if let v = value, let scalar = Unicode.Scalar(v) {
                    return XMLText.isLegal(scalar) ? Array(String(scalar).utf8) : []
                }
                throw Failure(line: line, problem: "'&\(name);' is not a valid character reference")
            }
            throw Failure(line: line, problem: "undeclared entity '&\(name);' (write '&amp;' for a literal '&')")
        }
    }

    // MARK: skipping

    private mutating func skip(past terminator: String, what: String) throws {
        let start = line
        guard let end = find(terminator) else { throw Failure(line: start, problem: "a \(what) is not closed") }
        countLines(i, end)
        i = end + terminator.utf8.count
    }

    /// `<!DOCTYPE name ... [ internal subset ]>`: skipped, brackets and quotes respected.
    private mutating func skipDoctype() throws {
        let start = line
        var depth = 0
        var quote: UInt8? = nil
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1 }
            i += 1
            if let q = quote { if b == q { quote = nil }; continue }
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = b
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0: return
            default: break
            }
        }
        throw Failure(line: start, problem: "the DOCTYPE is not closed")
    }

    // MARK: scanning

    private func starts(with s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        return s.withUTF8Buffer { u in
            var k = 0
            while k < n { if bytes[i + k] != u[k] { return false }; k += 1 }
            return true
        }
    }

    private func find(_ s: String) -> Int? {
        let u = Array(s.utf8)
        var j = i
        while j + u.count <= bytes.count {
            if bytes[j] == u[0], bytes[j..<(j + u.count)].elementsEqual(u) { return j }
            j += 1
        }
        return nil
    }

    private mutating func countLines(_ from: Int, _ to: Int) {
        var j = from
        while j < to {
            if bytes[j] == 0x0A { line += 1 } else if bytes[j] == 0x0D, j + 1 >= to || bytes[j + 1] != 0x0A { line += 1 }
            j += 1
        }
    }

    private func normaliseLineEnds(_ slice: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var previousCR = false
        for b in slice {
            if b == 0x0D { out.append(0x0A); previousCR = true; continue }
            if b == 0x0A && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(b)
        }
        return out
    }

    /// Skips white space; returns whether there was any.
    private mutating func skipSpaces() -> Bool {
        let from = i
        while i < bytes.count, Self.isSpace(bytes[i]) {
            if bytes[i] == 0x0A { line += 1 }
            else if bytes[i] == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A { line += 1 }
            i += 1
        }
        return i > from
    }

    /// An XML name: any bytes up to white space or one of `/>=<"'&`. Non-ASCII name
    /// characters pass (UTF-8 lead and continuation bytes are all >= 0x80).
    private mutating func readName() -> String? {
        let from = i
        while i < bytes.count {
            let b = bytes[i]
            if Self.isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") || b == UInt8(ascii: "=")
                || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "&") { break }
            i += 1
        }
        guard i > from else { return nil }
        let first = bytes[from]
        // Names cannot start with a digit, '-' or '.'.
        if (first >= 0x30 && first <= 0x39) || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") {
            i = from
            return nil
        }
        return String(decoding: bytes[from..<i], as: UTF8.self)
    }

    private func currentCharacter() -> String {
        guard i < bytes.count else { return "end of file" }
        var j = i + 1
        while j < bytes.count, bytes[j] & 0xC0 == 0x80 { j += 1 }
        return String(decoding: bytes[i..<j], as: UTF8.self)
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
