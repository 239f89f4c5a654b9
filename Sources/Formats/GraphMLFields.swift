import Foundation
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
        // A byte pre-test: without a `\\` or `|` byte no Character can be one (the Character
        // test alone would segment graphemes over the whole text).
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "|") }),
              s.contains(where: { $0 == "\\" || $0 == "|" }) else { return s }
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

    // MARK: decoding columns into the model

    /// A value typed by its GraphML type name (`int`, `long`, `float`, `double`, `boolean`,
    /// `string`); text that does not parse as its type is kept as a string.
    public static func typed(_ text: String, type: String) -> AttributeValue {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case "int", "long", "integer":
            if let i = Int(t) { return .int(i) }
            if let d = Double(t) { return .double(d) }
        case "float", "double":
            if let d = double(t) { return .double(d) }
        case "boolean", "bool":
            switch t.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: break
            }
        default:
            break
        }
        return .string(text)
    }

    static func double(_ t: String) -> Double? {
        switch t {
        case "NaN", "nan": return .nan
        case "INF", "inf", "Infinity": return .infinity
        case "-INF", "-inf", "-Infinity": return -.infinity
        default: return Double(t)
        }
    }

    /// Whether a text is written in Arabic script and has no Latin letters: such a bare
    /// label becomes the Arabic name, any other the English one.
    static func isArabicOnly(_ s: String) -> Bool {
        var arabic = false
        for u in s.unicodeScalars {
            switch u.value {
            case 0x41...0x5A, 0x61...0x7A: return false
            case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic = true
            default: break
            }
        }
        return arabic
    }

    /// The text of a `date` column in GraphML and CSV. Day, month and year dates are their
    /// ISO form. A week is written as its middle day (Thursday, which also names the ISO
    /// week), beside `date_precision = week`: tools that want one day per event (Gephi's
    /// columns, spreadsheets, scorers) get the best point estimate, as ACLED codes a
    /// week-precision event on the middle of its week. `parseDate` undoes it exactly.
    public static func dateText(_ date: EventDate) -> String {
        date.precision == .week ? date.start.adding(days: 3).iso : date.iso
    }

    /// Reads a `date` column written by `dateText` (or any form `EventDate(iso:)` reads).
    public static func parseDate(_ text: String, precision: String?, trace: DateTrace?) -> EventDate? {
        guard let parsed = EventDate(iso: text, trace: trace) else { return nil }
        if precision == DatePrecision.week.rawValue, parsed.precision == .day {
            return EventDate.week(containing: parsed.start, trace: trace)
        }
        return parsed
    }

    /// Builds a node from named column values: the `GraphFields` names fill fields, others
    /// become free attributes. `fallbackLabel` names the node when no column does.
    static func makeNode(id: String, values: [FieldValue], fallbackLabel: String?, document: String) throws -> Node {
        var node = Node(id: id)
        var label: String?, nameColumn: String?
        var date: String?, dateRule: String?, dateAnchor: String?, datePrecision: AttributeValue?
        var lat: AttributeValue?, lon: AttributeValue?
        for key in values {
            let v = key.text
            switch key.name {
            case GraphFields.label: label = v
            case GraphFields.kind:
                if let k = NodeKind(rawValue: v) { node.kind = k } else { node.attributes[key.name] = .string(v) }
            case GraphFields.actorType:
                if let a = ActorType(rawValue: v) { node.actorType = a } else { node.attributes[key.name] = .string(v) }
            case GraphFields.nameAr: node.nameAr = v
            case GraphFields.nameEn: node.nameEn = v
            case GraphFields.aliases: node.aliases = GraphFields.splitList(v)
            case GraphFields.date: date = v
            case GraphFields.datePrecision: datePrecision = .string(v)
            case GraphFields.dateRule: dateRule = v
            case GraphFields.dateAnchor: dateAnchor = v
            case GraphFields.modality:
                if let m = Modality(rawValue: v) { node.modality = m } else { node.attributes[key.name] = .string(v) }
            case GraphFields.lat: lat = typed(v, type: key.type)
            case GraphFields.lon: lon = typed(v, type: key.type)
            case GraphFields.sources: node.sources = GraphFields.splitList(v)
            case GraphFields.evidence: node.evidence = GraphFields.parseEvidence(v, document: document)
            case GraphFields.originalID: node.id = v
            default:
                if key.name == "name" { nameColumn = v } // igraph's vertex names
                node.attributes[key.name] = typed(v, type: key.type)
            }
        }
        if let d = date {
            let trace = (dateRule != nil || dateAnchor != nil) ? DateTrace(anchor: dateAnchor ?? "", rule: dateRule ?? "") : nil
            if let parsed = parseDate(d, precision: datePrecision?.description, trace: trace) {
                node.date = parsed
            } else {
                node.attributes[GraphFields.date] = .string(d)
                if let p = datePrecision { node.attributes[GraphFields.datePrecision] = p }
            }
        }
        if let la = lat?.doubleValue, let lo = lon?.doubleValue, la.isFinite, lo.isFinite {
            node.coordinates = Coordinates(lat: la, lon: lo)
        } else {
            if let la = lat { node.attributes[GraphFields.lat] = la }
            if let lo = lon { node.attributes[GraphFields.lon] = lo }
        }
        // A plain label (networkx, Gephi, igraph's `name`, yEd) becomes the name in its script.
        if node.nameAr == nil, node.nameEn == nil, let l = label ?? nameColumn ?? fallbackLabel, !l.isEmpty, l != node.id {
            if isArabicOnly(l) { node.nameAr = l } else { node.nameEn = l }
        }
        node.aliases = Array(Set(node.aliases)).sorted()
        node.sources = Array(Set(node.sources)).sorted()
        return node
    }

    /// Builds an edge from named column values, like `makeNode`.
    static func makeEdge(id: String, source: String, target: String, values: [FieldValue], document: String) throws -> Edge {
        var edge = Edge(id: id, source: source, target: target)
        var date: String?, dateRule: String?, dateAnchor: String?, datePrecision: AttributeValue?
        for key in values {
            let v = key.text
            switch key.name {
            case GraphFields.relation: edge.relation = Relation(v)
            case GraphFields.weight:
                let t = v.trimmingCharacters(in: .whitespacesAndNewlines)
                guard let w = double(t) else {
                    throw ReadError(document: document, line: key.line,
                                    "edge weight '\(t)' is not a number")
                }
                edge.weight = w
            case GraphFields.date: date = v
            case GraphFields.datePrecision: datePrecision = .string(v)
            case GraphFields.dateRule: dateRule = v
            case GraphFields.dateAnchor: dateAnchor = v
            case GraphFields.sources: edge.sources = GraphFields.splitList(v)
            case GraphFields.evidence: edge.evidence = GraphFields.parseEvidence(v, document: document)
            case GraphFields.originalID: edge.id = v
            default: edge.attributes[key.name] = typed(v, type: key.type)
            }
        }
        if let d = date {
            let trace = (dateRule != nil || dateAnchor != nil) ? DateTrace(anchor: dateAnchor ?? "", rule: dateRule ?? "") : nil
            if let parsed = parseDate(d, precision: datePrecision?.description, trace: trace) {
                edge.date = parsed
            } else {
                edge.attributes[GraphFields.date] = .string(d)
                if let p = datePrecision { edge.attributes[GraphFields.datePrecision] = p }
            }
        }
        edge.sources = Array(Set(edge.sources)).sorted()
        return edge
    }
}

/// One column value of one element, as read from a file.
struct FieldValue {
    var name: String
    var text: String
    /// GraphML type name of the column (`string`, `int`, `double`, ...).
    var type: String
    /// Line of the value in the file, for messages.
    var line: Int
}

/// Ids for imported edges that came without one: `e-` + 12 hex digits of
/// `StableID.hash([source, target, relation, n])`, where n counts the earlier edges with
/// the same ends and relation. Reading the same file twice gives the same ids; ids
/// already in the file are never reused.
struct MissingEdgeIDs {
    private var taken: Set<String>
    private var parallel: [[String]: Int] = [:]

    init(existing: Set<String>) { taken = existing }

    mutating func next(source: String, target: String, relation: Relation) -> String {
        let base = [source, target, relation.rawValue]
        let n = parallel[base, default: 0]
        parallel[base] = n + 1
        return GraphMLIDs.uniqueToken("e-" + String(StableID.hash(base + [String(n)]).prefix(12)), taken: &taken)
    }
}
