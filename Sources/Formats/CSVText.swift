/// RFC 4180 CSV: fields separated by commas, a field holding a comma, a double quote or a
/// line break is enclosed in double quotes, a quote inside doubled.
public enum CSVText {
    /// One record and the line it starts on (1-based), for messages.
    public struct Record: Equatable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    /// Text that is not RFC 4180 CSV, at a 1-based line.
    public struct SyntaxError: Error, Equatable {
        public var line: Int
        public var problem: String
    }

    /// A field, quoted only when it has to be. Fields with blanks at either end are quoted
    /// too, because several readers trim unquoted blanks.
    public static func field(_ s: String) -> String {
        let needsQuotes = hasSpecialCharacter(s) || s.first == " " || s.last == " "
        guard needsQuotes else { return s }
        // Quotes doubled on the bytes: a search by `Character` would pass over a quote that
        // a combining mark follows (one `Character`), leaving it single.
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(s.utf8.count + 8)
        for b in s.utf8 {
            if b == UInt8(ascii: "\"") { bytes.append(b) }
            bytes.append(b)
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `s` holds a comma, a double quote, LF or CR. Tested on the UTF-8 bytes, not on
    /// `Character`s: a CR LF pair, or a comma followed by a combining mark, is one `Character`
    /// equal to none of them, yet a reader splits rows and fields on the bytes (and `parse`
    /// reads scalars), so such a field must be quoted too. The four are ASCII, and an ASCII
    /// byte in UTF-8 is always that scalar, so the byte scan is exact.
    static func hasSpecialCharacter(_ s: String) -> Bool {
        s.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }

    /// One line of output (with its `\n`).
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    /// Parses a whole document. Accepts LF and CRLF line ends and a UTF-8 byte-order mark;
    /// skips blank lines. Throws on a quoted field that is never closed or on text
    /// between a closing quote and the next comma.
    public static func parse(_ text: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quotedFieldEnded = false
        var quoteLine = 1
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = it.next()
        if pending == "\u{FEFF}" { pending = it.next() }

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !quotedFieldEnded) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []; field = ""; quotedFieldEnded = false
        }

        while let u = pending {
            pending = it.next()
            if inQuotes {
                if u == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = it.next() }
                    else { inQuotes = false; quotedFieldEnded = true }
                } else {
                    if u == "\n" { line += 1 }
                    field.unicodeScalars.append(u)
                }
                continue
            }
            switch u {
            case ",":
                fields.append(field); field = ""; quotedFieldEnded = false
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !quotedFieldEnded:
                inQuotes = true; quoteLine = line
            default:
                if quotedFieldEnded {
                    throw SyntaxError(line: line, problem: "text after a closing quote; a quote inside a quoted field is written \"\"")
                }
                field.unicodeScalars.append(u)
            }
        }
        if inQuotes { throw SyntaxError(line: quoteLine, problem: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || quotedFieldEnded { endRecord() }
        return records
    }
}
