import GraphModel

/// The column vocabulary shared by the GraphML and CSV readers and writers, and the
/// compact text forms of list-valued fields.
///
/// Lists (`aliases`, `sources`) are written as items joined by `|`; evidence records as
/// `doc#sentence[start-end] rule: text` joined by ` | `. Inside an item, `\` is written
/// `\\` and `|` is written `\|`, so every list reads back exactly.
public enum GraphFields {
    // Node columns, in the order they are declared.
    public static let label = "label"
    public static let kind = "kind"
    public static let actorType = "actor_type"
    public static let nameAr = "name_ar"
    public static let nameEn = "name_en"
    public static let aliases = "aliases"
    public static let date = "date"
    public static let datePrecision = "date_precision"
    public static let dateRule = "date_rule"
    public static let dateAnchor = "date_anchor"
    public static let modality = "modality"
    public static let lat = "lat"
    public static let lon = "lon"
    public static let sources = "sources"
    public static let evidence = "evidence"
    /// The id an element had before it was rewritten into a valid XML NMTOKEN.
    public static let originalID = "original_id"
    // Edge-only columns.
    public static let relation = "relation"
    public static let weight = "weight"

    /// Node columns that map onto `Node` fields, in declaration order.
    public static let nodeColumns: [String] = [
        label, kind, actorType, nameAr, nameEn, aliases, date, datePrecision, dateRule, dateAnchor,
        modality, lat, lon, sources, evidence, originalID,
    ]
    /// Edge columns that map onto `Edge` fields, in declaration order.
    public static let edgeColumns: [String] = [
        relation, weight, date, datePrecision, dateRule, dateAnchor, sources, evidence, originalID,
    ]

    // MARK: lists

    /// `["a", "b|c"]` → `a|b\|c`.
    public static func joinList(_ items: [String], separator: String = "|") -> String {
        items.map(escapeItem).joined(separator: separator)
    }

    /// The inverse of `joinList`: splits on unescaped `|`. With `padded`, the single space
    /// on each side of a ` | ` separator is removed (exactly that, so values read back
    /// unchanged); without, the items are taken as they are. Empty items are dropped.
    public static func splitList(_ text: String, padded: Bool = false) -> [String] {
        var items: [String] = []
        var current = ""
        var escaped = false
        for ch in text {
            if escaped {
                current.append(ch); escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == "|" {
                items.append(current); current = ""
            } else {
                current.append(ch)
            }
        }
        if escaped { current.append("\\") }
        items.append(current)
        if padded {
            for i in items.indices {
                if i > 0, items[i].first == " " { items[i].removeFirst() }
                if i < items.count - 1, items[i].last == " " { items[i].removeLast() }
            }
        }
        return items.filter { !$0.isEmpty }
    }

    private static func escapeItem(_ s: String) -> String {
        guard s.contains(where: { $0 == "\\" || $0 == "|" }) else { return s }
        var out = ""
        for ch in s {
            if ch == "\\" || ch == "|" { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    // MARK: evidence

    /// `002.txt#3[10-20] event.withdrawal: تسلمت`.
    public static func evidenceItem(_ e: Evidence) -> String {
        "\(e.document)#\(e.sentence)[\(e.start)-\(e.end)] \(e.rule): \(e.text)"
    }

    /// All records, readable, in one field.
    public static func formatEvidence(_ evidence: [Evidence]) -> String {
        joinList(evidence.map(evidenceItem), separator: " | ")
    }

    /// Parses `formatEvidence` output. Items that do not have the form become records
    /// of `document` with rule `import` and the item as their text, so nothing is lost.
    public static func parseEvidence(_ text: String, document: String) -> [Evidence] {
        splitList(text, padded: true).map { parseEvidenceItem($0) ?? Evidence(document: document, sentence: 0, start: 0, end: 0, text: $0, rule: "import") }
    }

    static func parseEvidenceItem(_ item: String) -> Evidence? {
        // doc may itself hold '#': the separator is the last '#' followed by `digits[digits-digits] `.
        let chars = Array(item)
        var hash = chars.count - 1
        while hash >= 0 {
            if chars[hash] == "#", let parsed = parseAfterHash(chars, hash) {
                return Evidence(document: String(chars[..<hash]), sentence: parsed.sentence,
                                start: parsed.start, end: parsed.end, text: parsed.text, rule: parsed.rule)
            }
            hash -= 1
        }
        return nil
    }

    private static func parseAfterHash(_ c: [Character], _ hash: Int)
        -> (sentence: Int, start: Int, end: Int, rule: String, text: String)? {
        var i = hash + 1
        func number() -> Int? {
            let from = i
            while i < c.count, let d = c[i].asciiValue, d >= 48, d <= 57 { i += 1 }
            return i > from ? Int(String(c[from..<i])) : nil
        }
        func expect(_ ch: Character) -> Bool {
            guard i < c.count, c[i] == ch else { return false }
            i += 1; return true
        }
        guard let sentence = number(), expect("["), let start = number(), expect("-"),
              let end = number(), expect("]"), expect(" ") else { return nil }
        // The rule runs to the first ": "; rule ids never hold one.
        var j = i
        while j + 1 < c.count, !(c[j] == ":" && c[j + 1] == " ") { j += 1 }
        guard j + 1 < c.count else {
            // "rule:" with an empty text.
            guard c.last == ":" else { return nil }
            return (sentence, start, end, String(c[i..<(c.count - 1)]), "")
        }
        return (sentence, start, end, String(c[i..<j]), String(c[(j + 2)...]))
    }
}
