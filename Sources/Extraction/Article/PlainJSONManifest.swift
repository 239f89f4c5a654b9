import Foundation

/// A JSON manifest read straight from its bytes when it is in the plain form that manifests are
/// written in: an array of objects whose keys are ASCII strings without escapes, each key once
/// per object, and whose values are strings or `null`. For such a text the rows are exactly
/// what `Manifest.parseJSON` reads through `JSONSerialization`; any other text (a number or a
/// nested value, a `\u` escape, a control character, bytes that are not UTF-8, a repeated key,
/// a byte-order mark, anything after the closing bracket, a combining mark after the opening
/// bracket) gives nil, and the manifest is read the general way, errors included.
///
/// Why: a large corpus's manifest (10,000 rows, 770 KB) went through JSONSerialization, which
/// builds a Foundation dictionary of every row, before any article is read.
///
/// The grammar accepted (JSON white space is space, tab, line feed and carriage return):
///
///     manifest = ws "[" [ ws object *( ws "," ws object ) ] ws "]" ws
///     object   = "{" ws [ member *( ws "," ws member ) ws ] "}"
///     member   = key ws ":" ws ( string / "null" )
///
/// where a key holds printable ASCII other than `"` and `\`, and a string may hold the escapes
/// `\" \\ \/ \b \f \n \r \t` and any valid UTF-8 from U+0020 on. O(bytes).
enum PlainJSONManifest {
    /// The rows of `data`, or nil when it is not in the plain form.
    static func rows(_ data: Data) -> [Manifest.JSONRow]? {
        data.withUnsafeBytes { raw in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            return reader.manifest()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0
        /// A string value's bytes after escapes are read (reused from string to string).
        var unescaped: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        private var next: UInt8? { at < bytes.count ? bytes[at] : nil }

        private mutating func skipWhiteSpace() {
            while let b = next, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { at += 1 }
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard next == byte else { return false }
            at += 1
            return true
        }

        mutating func manifest() -> [Manifest.JSONRow]? {
            skipWhiteSpace()
            guard take(UInt8(ascii: "[")) else { return nil }
            // `Manifest.parse` tells JSON by the first character of the trimmed text: a
            // combining mark after the bracket would make that character another one. A
            // character boundary follows the bracket whenever an ASCII byte (or nothing) does.
            if let b = next, b >= 0x80 { return nil }
            var rows: [Manifest.JSONRow] = []
            skipWhiteSpace()
            if !take(UInt8(ascii: "]")) {
                repeat {
                    skipWhiteSpace()
                    guard let row = object() else { return nil }
                    rows.append(row)
                    skipWhiteSpace()
                } while take(UInt8(ascii: ","))
                guard take(UInt8(ascii: "]")) else { return nil }
            }
            skipWhiteSpace()
            return at == bytes.count ? rows : nil
        }

        private mutating func object() -> Manifest.JSONRow? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var row = Manifest.JSONRow()
            // The keys seen in this object (their byte ranges), to refuse a repeated one.
            var keys: [Range<Int>] = []
            skipWhiteSpace()
            if take(UInt8(ascii: "}")) { return row }
            repeat {
                skipWhiteSpace()
                guard let key = self.key() else { return nil }
                for seen in keys where bytes[seen].elementsEqual(bytes[key]) { return nil }
                keys.append(key)
                skipWhiteSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipWhiteSpace()
                let value: String?
                if take(UInt8(ascii: "\"")) {
                    guard let string = stringRest() else { return nil }
                    value = string
                } else if bytes.count - at >= 4, bytes[at] == UInt8(ascii: "n"), bytes[at + 1] == UInt8(ascii: "u"),
                          bytes[at + 2] == UInt8(ascii: "l"), bytes[at + 3] == UInt8(ascii: "l") {
                    at += 4
                    value = nil
                } else {
                    return nil
                }
                switch Self.field(bytes[key]) {
                case .file: row.file = value
                case .published: row.published = value
                case .source: row.source = value
                case .url: row.url = value
                case .title: row.title = value
                case nil: break
                }
                skipWhiteSpace()
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}")) ? row : nil
        }

        /// A key's bytes (between its quotes), when it is plain printable ASCII.
        private mutating func key() -> Range<Int>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = at
            while let b = next, b != UInt8(ascii: "\"") {
                guard b >= 0x20, b < 0x7F, b != UInt8(ascii: "\\") else { return nil }
                at += 1
            }
            guard take(UInt8(ascii: "\"")) else { return nil }
            return start..<(at - 1)
        }

        private enum Field { case file, published, source, url, title }

        private static func field(_ key: Slice<UnsafeBufferPointer<UInt8>>) -> Field? {
            switch key.count {
            case 3 where key.elementsEqual("url".utf8): return .url
            case 4 where key.elementsEqual("file".utf8): return .file
            case 5 where key.elementsEqual("title".utf8): return .title
            case 6 where key.elementsEqual("source".utf8): return .source
            case 9 where key.elementsEqual("published".utf8): return .published
            default: return nil
            }
        }

        /// The rest of a string value after its opening quote, through its closing quote.
        private mutating func stringRest() -> String? {
            let start = at
            var ascii = true
            while let b = next, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") {
                guard b >= 0x20 else { return nil }
                if b >= 0x80 { ascii = false }
                at += 1
            }
            guard let end = next else { return nil }
            if end == UInt8(ascii: "\"") {
                at += 1
                return Self.text(UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)]), ascii: ascii)
            }
            // Escapes: the bytes are gathered without them.
            unescaped.removeAll(keepingCapacity: true)
            unescaped.append(contentsOf: bytes[start..<at])
            while let b = next, b != UInt8(ascii: "\"") {
                at += 1
                if b == UInt8(ascii: "\\") {
                    guard let e = next else { return nil }
                    at += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(e)
                    case UInt8(ascii: "b"): unescaped.append(0x08)
                    case UInt8(ascii: "f"): unescaped.append(0x0C)
                    case UInt8(ascii: "n"): unescaped.append(0x0A)
                    case UInt8(ascii: "r"): unescaped.append(0x0D)
                    case UInt8(ascii: "t"): unescaped.append(0x09)
                    default: return nil
                    }
                } else {
                    guard b >= 0x20 else { return nil }
                    if b >= 0x80 { ascii = false }
                    unescaped.append(b)
                }
            }
            guard take(UInt8(ascii: "\"")) else { return nil }
            return unescaped.withUnsafeBufferPointer { Self.text($0, ascii: ascii) }
        }

        /// The string of UTF-8 bytes, nil when they are not valid UTF-8.
        private static func text(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
            if ascii { return String(decoding: bytes, as: UTF8.self) }
            if #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) {
                return String(validating: bytes, as: UTF8.self)
            }
            // Before `String(validating:)`: decoding repairs invalid UTF-8, so the bytes differ.
            let repaired = String(decoding: bytes, as: UTF8.self)
            return repaired.utf8.elementsEqual(bytes) ? repaired : nil
        }
    }
}
