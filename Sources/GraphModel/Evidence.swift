/// Where in which article a node, edge or field comes from, and which rule put it there.
public struct Evidence: Hashable, Codable, Sendable, Comparable {
    /// The article's file name (as in the manifest), or the imported graph's file name.
    public var document: String
    /// 0-based index of the sentence in the document.
    public var sentence: Int
    /// Character span in the original document text, [start, end), counted in Unicode scalars.
    public var start: Int
    public var end: Int
    /// The original text of the span (not normalized).
    public var text: String
    /// The rule that fired, e.g. "lexicon", "pattern.base", "event.attack.trigger".
    public var rule: String

    public init(document: String, sentence: Int, start: Int, end: Int, text: String, rule: String) {
        self.document = document; self.sentence = sentence
        self.start = start; self.end = end; self.text = text; self.rule = rule
    }

    public static func < (a: Evidence, b: Evidence) -> Bool {
        (a.document, a.sentence, a.start, a.end, a.rule, a.text) < (b.document, b.sentence, b.start, b.end, b.rule, b.text)
    }
}

/// A typed free attribute. Imported graphs keep their unknown attributes as these, and
/// writers give them back with their type.
public enum AttributeValue: Hashable, Sendable, Codable, CustomStringConvertible {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)

    public var description: String {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return AttributeValue.format(d)
        case .bool(let b): return b ? "true" : "false"
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .string(let s): return Double(s)
        case .bool: return nil
        }
    }

    /// Shortest text that reads back as the same Double; integers without a trailing ".0".
    public static func format(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-INF" : "INF" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return "\(d)"
    }

    private enum CodingKeys: String, CodingKey { case type, value }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .type) {
        case "string": self = .string(try c.decode(String.self, forKey: .value))
        case "int": self = .int(try c.decode(Int.self, forKey: .value))
        case "double":
            // Non-finite doubles travel as strings so the JSON stays valid.
            if let d = try? c.decode(Double.self, forKey: .value) { self = .double(d) }
            else {
                let s = try c.decode(String.self, forKey: .value)
                switch s {
                case "NaN": self = .double(.nan)
                case "INF": self = .double(.infinity)
                case "-INF": self = .double(-.infinity)
                default: throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "not a double: \(s)")
                }
            }
        case "bool": self = .bool(try c.decode(Bool.self, forKey: .value))
        case let t: throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown attribute type \(t)")
        }
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .string(let s): try c.encode("string", forKey: .type); try c.encode(s, forKey: .value)
        case .int(let i): try c.encode("int", forKey: .type); try c.encode(i, forKey: .value)
        case .double(let d):
            try c.encode("double", forKey: .type)
            if d.isFinite { try c.encode(d, forKey: .value) } else { try c.encode(AttributeValue.format(d), forKey: .value) }
        case .bool(let b): try c.encode("bool", forKey: .type); try c.encode(b, forKey: .value)
        }
    }
}

/// Geographic coordinates in decimal degrees (WGS 84).
public struct Coordinates: Hashable, Codable, Sendable {
    public var lat: Double
    public var lon: Double
    public init(lat: Double, lon: Double) { self.lat = lat; self.lon = lon }
}
