import GraphModel

/// A lexicon file that cannot be used. `description` is one line: `FILE:LINE: problem; what to do`.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        case unreadable(reason: String)
        case notUTF8
        case syntax(String)
        case notADocument
        case badVersion(String)
        case wrongShape(field: String, expected: String)
        case unknownField(String, allowed: [String])
        case missingField(String)
        case badKey(String)
        case duplicateKey(String, firstAt: LexiconLocation)
        case emptyName(field: String)
        case unknownKind(String)
        case unknownType(String, kind: String, allowed: [String])
        case unknownRelation(String)
        case missingTarget(relation: String, target: String)
        case enclosingNotAPlace(target: String, kind: String)
        case badCoordinates(String)
        case impossibleDate(String)
        case rangeEndsBeforeStart(from: String, to: String)
        case extendsUnknownKey(String)
        case extendsCannotChange(field: String, key: String)
        case defaultLexiconMissing(String)
    }

    public var location: LexiconLocation
    public var problem: Problem

    public init(_ problem: Problem, at location: LexiconLocation) {
        self.problem = problem; self.location = location
    }

    public var description: String { "\(location): \(message)" }

    /// The message without the location.
    public var message: String {
        switch problem {
        case .unreadable(let reason):
            return "cannot read the lexicon file (\(reason)); check the path given to --lexicon"
        case .notUTF8:
            return "not UTF-8 text; save the lexicon as UTF-8"
        case .syntax(let what):
            return "YAML syntax error: \(what); fix the YAML (indentation, quotes, colons)"
        case .notADocument:
            return "expected a mapping with 'version: 1' and 'entities:'; see docs/lexicon.md"
        case .badVersion(let v):
            return "unsupported lexicon version '\(v)'; write 'version: 1'"
        case .wrongShape(let field, let expected):
            return "'\(field)' must be \(expected)"
        case .unknownField(let f, let allowed):
            return "unknown field '\(f)'; allowed: \(allowed.joined(separator: ", "))"
        case .missingField(let f):
            return "missing required field '\(f)'"
        case .badKey(let k):
            return "bad key '\(k)'; use lowercase letters, digits and '-' (e.g. kataib-hezbollah)"
        case .duplicateKey(let k, let first):
            return "duplicate key '\(k)' (first at \(first)); rename one, or add 'extends: true' to merge into the first"
        case .emptyName(let f):
            return "empty name '\(f)'; give the \(f == "en" ? "English" : "Arabic") name"
        case .unknownKind(let k):
            return "unknown kind '\(k)'; use actor, base or place"
        case .unknownType(let t, let kind, let allowed):
            return "unknown type '\(t)' for kind \(kind); use one of \(allowed.joined(separator: ", "))"
        case .unknownRelation(let r):
            return "unknown relation '\(r)'; use one of \(Self.relationNames)"
        case .missingTarget(let relation, let target):
            return "\(relation) target '\(target)' is not a key of any loaded entity; add it or fix the key"
        case .enclosingNotAPlace(let target, let kind):
            return "'in: \(target)' names a \(kind), not a place; 'in' takes the key of a province, city or country"
        case .badCoordinates(let what):
            return "bad coordinates \(what); write [lat, lon] in decimal degrees, lat in -90...90, lon in -180...180"
        case .impossibleDate(let d):
            return "impossible date '\(d)'; write an existing YYYY, YYYY-MM or YYYY-MM-DD"
        case .rangeEndsBeforeStart(let from, let to):
            return "active range ends (\(to)) before it starts (\(from)); swap or fix the dates"
        case .extendsUnknownKey(let k):
            return "'extends: true' but no loaded entity has key '\(k)'; drop 'extends' to define a new entity"
        case .extendsCannotChange(let f, let k):
            return "an entry with 'extends: true' adds names and affiliations only; '\(f)' of '\(k)' cannot be changed"
        case .defaultLexiconMissing(let what):
            return "the embedded default lexicon is missing (\(what)); the build lost its resources"
        }
    }

    static let relationNames = Relation.entityRelations.map(\.rawValue).joined(separator: ", ")
}

/// A lexicon problem that does not stop loading: an Arabic name shared by two entities of one
/// kind without being declared in `shared_aliases`.
public struct LexiconWarning: Hashable, Sendable, CustomStringConvertible {
    public var location: LexiconLocation
    public var message: String
    public init(location: LexiconLocation, message: String) { self.location = location; self.message = message }
    public var description: String { "\(location): warning: \(message)" }
}

