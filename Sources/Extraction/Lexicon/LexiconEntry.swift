import GraphModel

/// A position in a lexicon file, for messages and provenance: `lexicon/factions.yaml:41`.
public struct LexiconLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file as shown to the user: `lexicon/NAME.yaml` for the embedded default, the path as given otherwise.
    public var file: String
    /// 1-based line.
    public var line: Int

    public init(file: String, line: Int) { self.file = file; self.line = line }
    public var description: String { "\(file):\(line)" }
    public static func < (a: LexiconLocation, b: LexiconLocation) -> Bool { (a.file, a.line) < (b.file, b.line) }
}

/// A known relation of an entity to another lexicon entity ("Kataib Hezbollah part_of PMF").
///
/// An affiliation is background knowledge: the extractor turns it into an edge only where
/// the text supports it, or everywhere with `--with-lexicon-relations`.
public struct LexiconAffiliation: Hashable, Sendable {
    /// Always one of `Relation.entityRelations`.
    public var relation: Relation
    /// Key of another entry; resolved when the lexicon loads.
    public var target: String
    public var source: LexiconLocation

    public init(relation: Relation, target: String, source: LexiconLocation) {
        self.relation = relation; self.target = target; self.source = source
    }
}

/// When an entity existed or held its role. Either end may be open.
public struct ActiveRange: Hashable, Sendable {
    public var from: EventDate?
    public var to: EventDate?

    public init(from: EventDate?, to: EventDate?) { self.from = from; self.to = to }

    /// Whether the entity may have been active at some time within `date` (both ends inclusive,
    /// each end widened to its precision: `to: 2020-05` covers all of May 2020).
    public func overlaps(_ date: EventDate) -> Bool {
        if let from, date.end < from.start { return false }
        if let to, to.end < date.start { return false }
        return true
    }
}

/// One entity of the domain lexicon: an actor, a base or a place, with its names in both
/// languages and what is known about it.
public struct LexiconEntry: Hashable, Sendable {
    /// Unique across all loaded files; lowercase `[a-z0-9-]`. Becomes the node's identity.
    public var key: String
    /// `.actor`, `.base` or `.place`; never an event kind.
    public var kind: NodeKind
    /// The sub-type as written: an `ActorType` raw value for actors, `LexiconEntry.baseTypes`
    /// or `LexiconEntry.placeTypes` for the others.
    public var type: String
    /// Set exactly when `kind == .actor`.
    public var actorType: ActorType?
    /// English display name.
    public var en: String
    /// Canonical Arabic name.
    public var ar: String
    /// Other Arabic forms found in the press, each naming this entity alone.
    public var aliasesAr: [String]
    public var aliasesEn: [String]
    /// Arabic forms that also name something else (a base and its town, a news site called
    /// "ناس" = "people"). They belong to this entity, but a matcher accepts them only with
    /// context: a class word (قاعدة, مدينة, وكالة), quotation marks, an attribution, or an
    /// earlier unambiguous mention in the same article.
    public var sharedAliases: [String]
    /// Key of the enclosing place (province, country) for bases and places; implies `located_in`.
    public var `in`: String?
    public var coordinates: Coordinates?
    public var active: ActiveRange?
    public var affiliations: [LexiconAffiliation]
    public var notes: String?
    /// Where the entry was defined.
    public var source: LexiconLocation
    /// Entries in later files that extended this one (`extends: true`), in load order.
    public var extendedAt: [LexiconLocation]

    public init(key: String, kind: NodeKind, type: String, actorType: ActorType? = nil,
                en: String, ar: String, aliasesAr: [String] = [], aliasesEn: [String] = [],
                sharedAliases: [String] = [], in enclosing: String? = nil, coordinates: Coordinates? = nil,
                active: ActiveRange? = nil, affiliations: [LexiconAffiliation] = [], notes: String? = nil,
                source: LexiconLocation, extendedAt: [LexiconLocation] = []) {
        self.key = key; self.kind = kind; self.type = type; self.actorType = actorType
        self.en = en; self.ar = ar; self.aliasesAr = aliasesAr; self.aliasesEn = aliasesEn
        self.sharedAliases = sharedAliases; self.in = enclosing; self.coordinates = coordinates
        self.active = active; self.affiliations = affiliations; self.notes = notes
        self.source = source; self.extendedAt = extendedAt
    }

    /// Every Arabic form once, canonical first: `ar`, `aliasesAr`, then `sharedAliases`.
    public var arabicNames: [String] {
        var seen = Set<String>()
        return ([ar] + aliasesAr + sharedAliases).filter { seen.insert($0).inserted }
    }

    /// Whether `name` (as written in this entry) needs context to be taken as this entry:
    /// it is listed under `shared_aliases`, even if it is also the canonical `ar`.
    public func isShared(_ name: String) -> Bool { sharedAliases.contains(name) }
    /// Every English form, display name first.
    public var englishNames: [String] { [en] + aliasesEn }

    /// The affiliations plus `located_in` for `in`, the full background knowledge of the entry.
    public var knownRelations: [LexiconAffiliation] {
        guard let enclosing = self.in, !affiliations.contains(where: { $0.relation == .locatedIn && $0.target == enclosing })
        else { return affiliations }
        return [LexiconAffiliation(relation: .locatedIn, target: enclosing, source: source)] + affiliations
    }

    /// Kinds an entry may have.
    public static let kinds: [NodeKind] = [.actor, .base, .place]
    /// Types of `base` entries.
    public static let baseTypes = ["base", "airbase", "camp", "airport"]
    /// Types of `place` entries.
    public static let placeTypes = ["country", "province", "city", "district", "region", "river", "mountain", "site"]

    /// The allowed `type` values for a kind.
    public static func types(of kind: NodeKind) -> [String] {
        switch kind {
        case .actor: return ActorType.allCases.map(\.rawValue)
        case .base: return baseTypes
        case .place: return placeTypes
        case .attack, .withdrawal: return []
        }
    }
}
