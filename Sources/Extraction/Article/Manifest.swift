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
        // A JSON manifest in the plain form (every value a string or null) is read by
        // `PlainJSONManifest` straight from its bytes; any other text takes the general way.
        // Why: JSONSerialization builds a Foundation object of every row and `published` was
        // trimmed and split as Unicode text, together about 40 ms for the 10,000 rows of a
        // large corpus, serial, before any article is read. Debug builds compare the outcome
        // with the general way's.
        if let rows = PlainJSONManifest.rows(data) {
            let problemsBefore = problems
            let outcome = Result { try entries(rows, file: file, problems: &problems) }
            assert(agreesWithGeneralParse(outcome, problems: problems, data: data, file: file, problemsBefore: problemsBefore),
                   "the plain JSON manifest reader differs from JSONSerialization's")
            return try outcome.get()
        }
        return try parseGeneral(data, file: file, problems: &problems)
    }

    /// Whether `parseGeneral` gives `outcome` (and, on success, `problems`) for `data`.
    private static func agreesWithGeneralParse(_ outcome: Result<[ManifestEntry], Error>, problems: [ManifestError]?, data: Data,
                                               file: String, problemsBefore: [ManifestError]?) -> Bool {
        var generalProblems = problemsBefore
        let general = Result { try parseGeneral(data, file: file, problems: &generalProblems) }
        switch (outcome, general) {
        case (.success(let a), .success(let b)): return a == b && problems == generalProblems
        case (.failure(let a), .failure(let b)): return (a as? ManifestError) == (b as? ManifestError)
        default: return false
        }
    }

    /// `parse` of any text: JSON through JSONSerialization, or CSV.
    static func parseGeneral(_ data: Data, file: String, problems: inout [ManifestError]?) throws -> [ManifestEntry] {
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
        // Nearly every value is exactly `YYYY-MM-DD`: read from its bytes, without trimming
        // and splitting Unicode text (half of a large JSON manifest's time).
        if let raw, let plain = plainISODay(raw) {
            assert(plain == Day(iso: raw), "plainISODay differs from Day(iso:)")
            return plain
        }
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
            let published = obj["published"] as? String
            let row = JSONRow(file: obj["file"] as? String, published: published,
                              publishedIsNotText: obj["published"] != nil && !(obj["published"] is NSNull) && published == nil,
                              source: obj["source"] as? String, url: obj["url"] as? String, title: obj["title"] as? String)
            out.append(try entry(row, index: i, file: file, problems: &problems))
        }
        return out
    }

    /// What a JSON manifest's row says in the fields the manifest reads; the rest is ignored.
    struct JSONRow: Equatable {
        /// Each field's value when it is a string; nil when absent, null or of another type.
        var file: String?
        var published: String?
        /// `published` is there but neither a string nor null (an error).
        var publishedIsNotText = false
        var source: String?
        var url: String?
        var title: String?
    }

    /// The entries of a JSON manifest's rows, in order (the first bad row throws).
    static func entries(_ rows: [JSONRow], file: String, problems: inout [ManifestError]?) throws -> [ManifestEntry] {
        var out: [ManifestEntry] = []
        out.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() { out.append(try entry(row, index: i, file: file, problems: &problems)) }
        return out
    }

    /// The entry of the JSON manifest's row `index` (0-based).
    static func entry(_ row: JSONRow, index i: Int, file: String, problems: inout [ManifestError]?) throws -> ManifestEntry {
        guard let name = row.file, !name.isEmpty else {
            throw ManifestError(file, "entry \(i + 1) has no \"file\"")
        }
        if row.publishedIsNotText {
            throw ManifestError(file, "entry \(i + 1) (\(name)): 'published' must be a string YYYY-MM-DD")
        }
        return ManifestEntry(file: name, published: try day(row.published, file: file, row: "entry \(i + 1) (\(name))", problems: &problems),
                             source: row.source, url: row.url, title: row.title)
    }

    /// The day of a value written exactly `YYYY-MM-DD` in ASCII digits when it is a calendar
    /// day: then `day` finds that day (nothing to trim, three parts of 4, 2 and 2 digits).
    /// nil for anything else, which `day` reads the general way.
    static func plainISODay(_ raw: String) -> Day? {
        let utf8 = raw.utf8
        guard utf8.count == 10 else { return nil }
        let day = utf8.withContiguousStorageIfAvailable { b -> Day? in
            func number(_ from: Int, _ to: Int) -> Int? {
                var n = 0
                for i in from..<to {
                    guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                    n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
                }
                return n
            }
            guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
                  let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
            return Day(year: y, month: m, day: d)
        }
        return day ?? nil
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

