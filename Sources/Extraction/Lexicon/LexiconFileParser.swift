import Foundation
import GraphModel

/// An Arabic name with the line it was written on, for ambiguity warnings.
struct LocatedName: Hashable, Sendable {
    var text: String
    var location: LexiconLocation
    /// Declared in `shared_aliases`.
    var shared: Bool
    /// `LexiconNameKey.bytes(of: text)`, computed once.
    let key: [UInt8]

    init(text: String, location: LexiconLocation, shared: Bool) {
        self.text = text; self.location = location; self.shared = shared
        key = LexiconNameKey.bytes(of: text)
    }
}

/// One entry as written in a file, before it is merged into a lexicon. Fields that an
/// extending entry may omit are optional here; `LexiconFileParser` guarantees that a
/// non-extending draft has all of them.
struct LexiconDraft: Sendable {
    var key: String
    var location: LexiconLocation
    var extends: Bool
    var kind: NodeKind?
    var type: String?
    var actorType: ActorType?
    var en: String?
    var ar: LocatedName?
    var aliasesAr: [LocatedName] = []
    var aliasesEn: [String] = []
    var sharedAliases: [LocatedName] = []
    var enclosing: String?
    var enclosingLocation: LexiconLocation?
    var coordinates: Coordinates?
    var active: ActiveRange?
    var affiliations: [LexiconAffiliation] = []
    var notes: String?

    /// A complete entry; only valid for a non-extending draft.
    func entry() -> LexiconEntry {
        LexiconEntry(key: key, kind: kind!, type: type!, actorType: actorType, en: en!, ar: ar!.text,
                     aliasesAr: aliasesAr.map(\.text), aliasesEn: aliasesEn, sharedAliases: sharedAliases.map(\.text),
                     in: enclosing, coordinates: coordinates, active: active, affiliations: affiliations,
                     notes: notes, source: location)
    }

    /// Every Arabic name with its line. A name written both as a plain name (even `ar`) and
    /// under `shared_aliases` counts as shared: the entry has declared it ambiguous.
    var arabicNames: [LocatedName] {
        return ((ar.map { [$0] } ?? []) + aliasesAr).map { name in
            var name = name
            name.shared = sharedAliases.contains { $0.key == name.key }
            return name
        } + sharedAliases
    }
}

/// Reads one lexicon YAML file into drafts, checking everything that can be checked within
/// one entry (shape, fields, key syntax, names, kind/type/relation, coordinates, dates).
/// Checks across entries and files (duplicate keys, affiliation targets) are `Lexicon`'s.
///
/// Works on the composed node tree rather than `Decodable` so that every value keeps its
/// line for messages. An entry with an error is reported and skipped; the
/// other entries are still read, so one run reports every problem of the file.
struct LexiconFileParser {
    let file: String
    private(set) var errors: [LexiconError] = []
    private(set) var drafts: [LexiconDraft] = []

    static let entryFields = ["key", "kind", "type", "en", "ar", "aliases_ar", "aliases_en", "shared_aliases",
                              "in", "coordinates", "active", "affiliations", "notes", "extends"]
    /// What an entry with `extends: true` may carry: it adds names and affiliations, nothing else.
    static let extendingFields: Set<String> = ["key", "extends", "aliases_ar", "aliases_en", "shared_aliases",
                                               "affiliations", "notes"]
    static let documentFields = ["version", "entities"]

    init(file: String) { self.file = file }

    /// Parses the text of one file.
    mutating func parse(_ text: String) {
        let root: YAMLNode?
        do {
            root = try LexiconYAML.compose(text)
        } catch {
            errors.append(LexiconError(.syntax(error.problem), at: LexiconLocation(file: file, line: error.line)))
            return
        }
        guard let root, root.mapping != nil else {
            errors.append(LexiconError(.notADocument, at: location(of: root)))
            return
        }
        let document = root.mapping!
        for (name, _) in document where !Self.documentFields.contains(name.string ?? "") {
            errors.append(LexiconError(.unknownField(name.string ?? "?", allowed: Self.documentFields), at: location(of: name)))
        }
        guard let version = root["version"] else {
            errors.append(LexiconError(.missingField("version"), at: location(of: root)))
            return
        }
        guard version.scalar?.string == "1" else {
            errors.append(LexiconError(.badVersion(version.scalar?.string ?? "?"), at: location(of: version)))
            return
        }
        guard let entities = root["entities"] else {
            errors.append(LexiconError(.missingField("entities"), at: location(of: root)))
            return
        }
        if entities.scalar.map({ $0.string.isEmpty || $0.string == "null" || $0.string == "~" }) == true { return }
        guard let items = entities.sequence else {
            errors.append(LexiconError(.wrongShape(field: "entities", expected: "a list of entries"), at: location(of: entities)))
            return
        }
        for item in items {
            do {
                drafts.append(try draft(from: item))
            } catch let error as LexiconError {
                errors.append(error)
            } catch {
                errors.append(LexiconError(.syntax("\(error)"), at: location(of: item)))
            }
        }
    }

    // MARK: - One entry

    private func draft(from node: YAMLNode) throws -> LexiconDraft {
        guard let mapping = node.mapping else {
            throw LexiconError(.wrongShape(field: "entities", expected: "a list of mappings, one per entry"), at: location(of: node))
        }
        var fields: [String: YAMLNode] = [:]
        var fieldLocations: [String: LexiconLocation] = [:]
        for (name, value) in mapping {
            let field = name.string ?? ""
            guard Self.entryFields.contains(field) else {
                throw LexiconError(.unknownField(field, allowed: Self.entryFields), at: location(of: name))
            }
            fields[field] = value
            fieldLocations[field] = location(of: name)
        }
        let entryLocation = location(of: node)
        guard let keyNode = fields["key"] else { throw LexiconError(.missingField("key"), at: entryLocation) }
        let key = try string(keyNode, field: "key")
        guard Self.isValidKey(key) else { throw LexiconError(.badKey(key), at: location(of: keyNode)) }

        var draft = LexiconDraft(key: key, location: entryLocation, extends: false)
        if let extendsNode = fields["extends"] {
            switch try string(extendsNode, field: "extends") {
            case "true": draft.extends = true
            case "false": draft.extends = false
            default: throw LexiconError(.wrongShape(field: "extends", expected: "true or false"), at: location(of: extendsNode))
            }
        }
        if draft.extends {
            // Report the first forbidden field in file order (deterministic message).
            let forbidden = fields.keys.filter { !Self.extendingFields.contains($0) }
                .sorted { fieldLocations[$0]! < fieldLocations[$1]! }
            if let first = forbidden.first {
                throw LexiconError(.extendsCannotChange(field: first, key: key), at: fieldLocations[first]!)
            }
        } else {
            for required in ["kind", "type", "en", "ar"] where fields[required] == nil {
                throw LexiconError(.missingField(required), at: entryLocation)
            }
            let kindNode = fields["kind"]!
            let kindText = try string(kindNode, field: "kind")
            guard let kind = NodeKind(rawValue: kindText), LexiconEntry.kinds.contains(kind) else {
                throw LexiconError(.unknownKind(kindText), at: location(of: kindNode))
            }
            let typeNode = fields["type"]!
            let type = try string(typeNode, field: "type")
            let allowed = LexiconEntry.types(of: kind)
            guard allowed.contains(type) else {
                throw LexiconError(.unknownType(type, kind: kind.rawValue, allowed: allowed), at: location(of: typeNode))
            }
            draft.kind = kind
            draft.type = type
            draft.actorType = kind == .actor ? ActorType(rawValue: type) : nil
            draft.en = try name(fields["en"]!, field: "en")
            draft.ar = LocatedName(text: try name(fields["ar"]!, field: "ar"), location: location(of: fields["ar"]!), shared: false)
            if let enclosing = fields["in"] {
                let target = try string(enclosing, field: "in")
                guard Self.isValidKey(target) else { throw LexiconError(.badKey(target), at: location(of: enclosing)) }
                draft.enclosing = target
                draft.enclosingLocation = location(of: enclosing)
            }
            if let coordinates = fields["coordinates"] { draft.coordinates = try self.coordinates(coordinates) }
            if let active = fields["active"] { draft.active = try range(active) }
        }
        if let node = fields["aliases_ar"] {
            draft.aliasesAr = try names(node, field: "aliases_ar").map { LocatedName(text: $0.0, location: $0.1, shared: false) }
        }
        if let node = fields["aliases_en"] { draft.aliasesEn = try names(node, field: "aliases_en").map { $0.0 } }
        if let node = fields["shared_aliases"] {
            draft.sharedAliases = try names(node, field: "shared_aliases").map { LocatedName(text: $0.0, location: $0.1, shared: true) }
        }
        if let node = fields["affiliations"] { draft.affiliations = try affiliations(node) }
        if let node = fields["notes"] { draft.notes = try string(node, field: "notes") }
        return draft
    }

    // MARK: - Values

    private func location(of node: YAMLNode?) -> LexiconLocation {
        LexiconLocation(file: file, line: node?.line ?? 1)
    }

    private func string(_ node: YAMLNode, field: String) throws -> String {
        guard let scalar = node.scalar else {
            throw LexiconError(.wrongShape(field: field, expected: "a single value"), at: location(of: node))
        }
        return Self.trimmed(scalar.string)
    }

    /// The text without leading and trailing white space. Plain YAML scalars are already
    /// trimmed, so the common case returns the string untouched (Foundation's trimming is a
    /// measurable share of load time).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        func isPlainLetter(_ s: Unicode.Scalar) -> Bool { s.value > 0x20 && s.value != 0x7F && s.value < 0x80 || s.value >= 0x0600 && s.value <= 0x06FF }
        if isPlainLetter(first) && isPlainLetter(last) { return text }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return text }
        let start = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.endIndex
        guard start != scalars.endIndex else { return "" }
        let end = scalars.lastIndex { !$0.properties.isWhitespace }!
        return String(scalars[start...end])
    }

    private func name(_ node: YAMLNode, field: String) throws -> String {
        let text = try string(node, field: field)
        // A YAML `~`/`null` or an empty string is no name.
        guard !text.isEmpty, !(node.scalar?.plain == true && (text == "~" || text == "null")) else {
            throw LexiconError(.emptyName(field: field), at: location(of: node))
        }
        return text
    }

    private func names(_ node: YAMLNode, field: String) throws -> [(String, LexiconLocation)] {
        guard let sequence = node.sequence else {
            throw LexiconError(.wrongShape(field: field, expected: "a list of names, e.g. [name one, name two]"), at: location(of: node))
        }
        var result: [(String, LexiconLocation)] = []
        result.reserveCapacity(sequence.count)
        for item in sequence {
            let text = try name(item, field: field)
            // Lists are short: a linear byte comparison beats hashing non-ASCII strings.
            if !result.contains(where: { $0.0.utf8.elementsEqual(text.utf8) }) { result.append((text, location(of: item))) }
        }
        return result
    }

    private func coordinates(_ node: YAMLNode) throws -> Coordinates {
        guard let pair = node.sequence, pair.count == 2,
              let lat = pair[0].scalar.flatMap({ Double($0.string) }),
              let lon = pair[1].scalar.flatMap({ Double($0.string) }) else {
            throw LexiconError(.badCoordinates("(not a pair of numbers)"), at: location(of: node))
        }
        guard lat.isFinite, lon.isFinite, (-90...90).contains(lat), (-180...180).contains(lon) else {
            throw LexiconError(.badCoordinates("[\(pair[0].scalar!.string), \(pair[1].scalar!.string)]"), at: location(of: node))
        }
        return Coordinates(lat: lat, lon: lon)
    }

    private func range(_ node: YAMLNode) throws -> ActiveRange {
        guard let mapping = node.mapping else {
            throw LexiconError(.wrongShape(field: "active", expected: "a mapping {from: DATE, to: DATE}"), at: location(of: node))
        }
        var from: (EventDate, String)?
        var to: (EventDate, String)?
        for (name, value) in mapping {
            switch name.string {
            case "from": from = try date(value)
            case "to": to = try date(value)
            default: throw LexiconError(.unknownField(name.string ?? "?", allowed: ["from", "to"]), at: location(of: name))
            }
        }
        if let from, let to, to.0.end < from.0.start {
            throw LexiconError(.rangeEndsBeforeStart(from: from.1, to: to.1), at: location(of: node))
        }
        return ActiveRange(from: from?.0, to: to?.0)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part a real calendar value.
    private func date(_ node: YAMLNode) throws -> (EventDate, String) {
        let text = try string(node, field: "active")
        let digitsAndDashes = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "-" }
        guard digitsAndDashes, [4, 7, 10].contains(text.count), let date = EventDate(iso: text) else {
            throw LexiconError(.impossibleDate(text), at: location(of: node))
        }
        return (date, text)
    }

    private func affiliations(_ node: YAMLNode) throws -> [LexiconAffiliation] {
        guard let sequence = node.sequence else {
            throw LexiconError(.wrongShape(field: "affiliations", expected: "a list of {relation: R, target: KEY}"), at: location(of: node))
        }
        return try sequence.map { item in
            guard let mapping = item.mapping else {
                throw LexiconError(.wrongShape(field: "affiliations", expected: "a list of {relation: R, target: KEY}"), at: location(of: item))
            }
            var relation: Relation?
            var target: String?
            for (name, value) in mapping {
                switch name.string {
                case "relation":
                    let text = try string(value, field: "relation")
                    guard Relation.entityRelations.contains(Relation(text)) else {
                        throw LexiconError(.unknownRelation(text), at: location(of: value))
                    }
                    relation = Relation(text)
                case "target":
                    let text = try string(value, field: "target")
                    guard Self.isValidKey(text) else { throw LexiconError(.badKey(text), at: location(of: value)) }
                    target = text
                default:
                    throw LexiconError(.unknownField(name.string ?? "?", allowed: ["relation", "target"]), at: location(of: name))
                }
            }
            guard let relation else { throw LexiconError(.missingField("relation"), at: location(of: item)) }
            guard let target else { throw LexiconError(.missingField("target"), at: location(of: item)) }
            return LexiconAffiliation(relation: relation, target: target, source: location(of: item))
        }
    }

    static func isValidKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first != "-", key.unicodeScalars.last != "-" else { return false }
        return key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
