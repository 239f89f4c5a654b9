import Foundation
import GraphModel

/// One news article to extract from: its text and what the manifest says about it.
public struct Article: Sendable {
    /// The document name used in evidence and `sources`: the file name as the manifest gives it.
    public var document: String
    public var text: String
    public var published: Day?
    /// Where `published` came from: "manifest", "dateline", or nil.
    public var publishedFrom: String?
    public var outlet: String?
    public var title: String?

    public init(document: String, text: String, published: Day? = nil, publishedFrom: String? = nil,
                outlet: String? = nil, title: String? = nil) {
        self.document = document; self.text = text; self.published = published
        self.publishedFrom = publishedFrom; self.outlet = outlet; self.title = title
    }
}

/// Problems with one input, each a single line naming the file and saying what to do.
public enum ArticleError: Error, CustomStringConvertible, Sendable, Equatable {
    case empty(String)
    case notText(String)
    case notUTF8(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .empty(let f): return "\(f): empty file; skipped"
        case .notText(let f): return "\(f): binary data, not an article (expected UTF-8 text); skipped"
        case .notUTF8(let f): return "\(f): not valid UTF-8; convert it (iconv -t UTF-8) and run again; skipped"
        case .unreadable(let f, let why): return "\(f): cannot read (\(why)); skipped"
        }
    }

    /// Decodes article bytes, refusing what is not UTF-8 text. A UTF-8 byte-order mark is dropped.
    public static func decode(_ data: Data, file: String) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // One pass over the raw bytes (Data's element iterator costs a call per byte): white
        // space only, a NUL byte, control characters other than white space, and scalars
        // (every byte that is not a UTF-8 continuation byte starts one).
        var blank = true, nul = false
        var controls = 0, scalars = 0
        bytes.withUnsafeBytes { raw in
            for b in raw {
                if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { blank = false }
                if b == 0 { nul = true }
                if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { controls += 1 }
                if b & 0xC0 != 0x80 { scalars += 1 }
            }
        }
        if blank { throw ArticleError.empty(file) }
        if nul { throw ArticleError.notText(file) }
        guard let text = String(data: bytes, encoding: .utf8) else { throw ArticleError.notUTF8(file) }
        // Control characters other than white space mean a binary file that happens to decode.
        // In valid UTF-8 a byte below 0x20 is that scalar, so the byte counts are the scalar counts.
        assert(controls == text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }.count
               && scalars == text.unicodeScalars.count, "byte counts differ from scalar counts")
        if controls > 0, controls * 100 > scalars { throw ArticleError.notText(file) }
        return text
    }
}
