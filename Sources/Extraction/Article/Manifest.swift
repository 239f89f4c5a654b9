import Foundation
import GraphModel

/// One row of a manifest: `{"file", "published", "source"?, "url"?, "title"?}`.
public struct ManifestEntry: Sendable, Hashable {
    public var file: String
    public var published: Day?
    public var source: String?
    public var url: String?
    public var title: String?

    public init(file: String, published: Day?, source: String? = nil, url: String? = nil, title: String? = nil) {
        self.file = file; self.published = published; self.source = source; self.url = url; self.title = title
    }
}

public struct ManifestError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    public var message: String
    public init(_ file: String, _ message: String) { self.file = file; self.message = message }
    public var description: String { "\(file): \(message)" }
}

/// The list of articles with their publication dates: a JSON array or a CSV with the header
/// `file,published,source,url,title` (any column order; `file` and `published` required).
public enum Manifest {
    /// Strict parse: any bad row is an error.
    public static func parse(_ data: Data, file: String) throws -> [ManifestEntry] {
        var none: [ManifestError]? = nil
        return try parse(data, file: file, problems: &none)
    }

    /// Like `parse`, but a row with a bad date is reported and kept without a date
    /// (its article then falls back to its dateline) instead of failing the whole manifest.
    public static func parseLenient(_ data: Data, file: String) throws -> (entries: [ManifestEntry], problems: [ManifestError]) {
        var problems: [ManifestError]? = []
        let entries = try parse(data, file: file, problems: &problems)
        return (entries, problems ?? [])
    }

    static func parse(_ data: Data, file: String, problems: inout [ManifestError]?) throws -> [ManifestEntry] {
        let text = String(decoding: data, as: UTF8.self)
        // The kind is told by the first character after leading white space. Only the CSV
        // parser needs the whole text trimmed: trimming a JSON manifest (770 KB for 10,000
        // articles) only to look at its first character took about 17 ms, a quarter of the
        // manifest's time, before any article is read.
        let whiteSpace = CharacterSet.whitespacesAndNewlines
        guard let first = text.unicodeScalars.firstIndex(where: { !whiteSpace.contains($0) }) else {
            throw ManifestError(file, "empty manifest; expected a JSON array or a CSV with a header")
        }
        // Whether the trimmed text's first character is "[": a grapheme boundary after the
        // bracket depends on the scalar that follows it only, so two scalars decide.
        let json = isJSON(text.unicodeScalars[first...])
        assert(json == text.trimmingCharacters(in: whiteSpace).hasPrefix("["), "the JSON test differs from the trimmed text's")
        if json { return try parseJSON(data, file: file, problems: &problems) }
        return try parseCSV(text.trimmingCharacters(in: whiteSpace), file: file, problems: &problems)
    }

    /// Whether text starting at its first scalar that is not white space begins with the
    /// character "[" (`hasPrefix` of the trimmed text): a grapheme boundary after the bracket
    /// depends on the scalar that follows it only, so two scalars decide.
    static func isJSON(_ trimmedStart: Substring.UnicodeScalarView) -> Bool {
        String(String.UnicodeScalarView(trimmedStart.prefix(2))).hasPrefix("[")
    }

    /// A `published` value; a bad one is collected in `problems` when given, thrown otherwise.
    static func day(_ raw: String?, file: String, row: String, problems: inout [ManifestError]?) throws -> Day? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard let d = Day(iso: String(raw.prefix(10))), raw.count == 10 || raw.dropFirst(10).first == "T" else {
            let problem = ManifestError(file, "\(row): bad date '\(raw)' in 'published'; write it as YYYY-MM-DD (the article's dateline is used instead)")
            if problems != nil { problems!.append(problem); return nil }
            throw problem
        }
        return d
    }

    static func parseJSON(_ data: Data, file: String, problems: inout [ManifestError]?) throws -> [ManifestEntry] {
        guard let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else {
            throw ManifestError(file, "not a JSON array of {\"file\", \"published\", ...} objects")
        }
        var out: [ManifestEntry] = []
        for (i, item) in array.enumerated() {
            guard let obj = item as? [String: Any] else { throw ManifestError(file, "entry \(i + 1) is not an object") }
            guard let name = obj["file"] as? String, !name.isEmpty else {
                throw ManifestError(file, "entry \(i + 1) has no \"file\"")
            }
            let published = obj["published"] as? String
            if obj["published"] != nil, !(obj["published"] is NSNull), published == nil {
                throw ManifestError(file, "entry \(i + 1) (\(name)): 'published' must be a string YYYY-MM-DD")
            }
            out.append(ManifestEntry(file: name, published: try day(published, file: file, row: "entry \(i + 1) (\(name))", problems: &problems),
                                     source: obj["source"] as? String, url: obj["url"] as? String,
                                     title: obj["title"] as? String))
        }
        return out
    }

    static func parseCSV(_ text: String, file: String, problems: inout [ManifestError]?) throws -> [ManifestEntry] {
        let rows = csvRows(text)
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
              let fileCol = header.firstIndex(of: "file") else {
            throw ManifestError(file, "CSV manifest needs a header with a 'file' column (file,published,source,url,title)")
        }
        func col(_ name: String) -> Int? { header.firstIndex(of: name) }
        var out: [ManifestEntry] = []
        for (i, row) in rows.dropFirst().enumerated() where !(row.count == 1 && row[0].isEmpty) {
            func value(_ c: Int?) -> String? {
                guard let c, c < row.count else { return nil }
                let v = row[c].trimmingCharacters(in: .whitespaces)
                return v.isEmpty ? nil : v
            }
            guard let name = value(fileCol) else { throw ManifestError(file, "line \(i + 2): empty 'file'") }
            out.append(ManifestEntry(file: name, published: try day(value(col("published")), file: file, row: "line \(i + 2)", problems: &problems),
                                     source: value(col("source")), url: value(col("url")), title: value(col("title"))))
        }
        return out
    }

    /// RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false
        var it = text.makeIterator()
        var pending: Character?
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() { if n == "\"" { field.append("\"") } else { quoted = false; pending = n } }
                    else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" || c == "\r\n" || c == "\r" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

