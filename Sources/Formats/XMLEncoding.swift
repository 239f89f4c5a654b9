import Foundation

/// Brings an XML file to UTF-8, the only encoding `XMLPullParser` reads.
///
/// UTF-8 (the default, with or without a byte-order mark) passes through after a validity
/// check; UTF-16 (recognised by its byte-order mark) and an `encoding="ISO-8859-1"` (or
/// `latin1`, `US-ASCII`) declaration are converted. Anything else is refused with a
/// message saying to save the file as UTF-8.
enum XMLEncoding {
    static func utf8(_ data: Data, document: String) throws -> Data {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else {
                throw ReadError(document: document, "the file starts like UTF-16 but is not valid UTF-16; save it as UTF-8")
            }
            return Data(text.utf8)
        }
        let declared = declaredEncoding(data)?.lowercased()
        switch declared {
        case nil, "utf-8", "utf8":
            break
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii":
            guard let text = String(data: data, encoding: .isoLatin1) else {
                throw ReadError(document: document, "not valid \(declared!) text")
            }
            return Data(text.utf8)
        case let other?:
            throw ReadError(document: document, "the file is in the \(other) encoding, which is not supported; save it as UTF-8")
        }
        guard String(data: data, encoding: .utf8) != nil else {
            throw ReadError(document: document, line: firstInvalidUTF8Line(data),
                            "not valid UTF-8 (a file in another encoding without an XML declaration saying so?); save it as UTF-8")
        }
        return data
    }

    /// The `encoding` of an `<?xml ... ?>` declaration at the start, if any.
    static func declaredEncoding(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(200), as: UTF8.self)
        guard let start = head.range(of: "<?xml"), let end = head.range(of: "?>", range: start.upperBound..<head.endIndex) else { return nil }
        let decl = head[start.upperBound..<end.lowerBound]
        guard let key = decl.range(of: "encoding") else { return nil }
        let rest = decl[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// The line holding the first byte sequence that is not UTF-8.
    static func firstInvalidUTF8Line(_ data: Data) -> Int {
        var line = 1
        var lineStart = data.startIndex
        for (i, b) in zip(data.indices, data) where b == 0x0A {
            if String(data: data[lineStart..<i], encoding: .utf8) == nil { return line }
            line += 1
            lineStart = i + 1
        }
        return line
    }
}
