/// A node: an entity (actor, base, place) or an event (attack, withdrawal).
public struct Node: Hashable, Codable, Sendable, Identifiable {
    /// Stable id, derived from content for extracted nodes (see `StableID`), kept as-is for imported ones.
    public var id: String
    /// nil for nodes of imported graphs that say nothing about their kind.
    public var kind: NodeKind?
    /// Only on actors.
    public var actorType: ActorType?
    public var nameAr: String?
    public var nameEn: String?
    /// Other spellings, sorted, without the two names above.
    public var aliases: [String]
    /// On events: when it happened (or is planned to). nil = unknown.
    public var date: EventDate?
    /// On events only.
    public var modality: Modality?
    public var coordinates: Coordinates?
    /// Free typed attributes, including measures (`pagerank`, ...) and unknown imported keys.
    public var attributes: [String: AttributeValue]
    /// Documents that mention this node, sorted and unique.
    public var sources: [String]
    public var evidence: [Evidence]

    public init(id: String, kind: NodeKind? = nil, actorType: ActorType? = nil,
                nameAr: String? = nil, nameEn: String? = nil, aliases: [String] = [],
                date: EventDate? = nil, modality: Modality? = nil, coordinates: Coordinates? = nil,
                attributes: [String: AttributeValue] = [:], sources: [String] = [], evidence: [Evidence] = []) {
        self.id = id; self.kind = kind; self.actorType = actorType
        self.nameAr = nameAr; self.nameEn = nameEn; self.aliases = aliases
        self.date = date; self.modality = modality; self.coordinates = coordinates
        self.attributes = attributes; self.sources = sources; self.evidence = evidence
    }

    /// The display label in a language, falling back to the other one, then to the id.
    public func label(_ language: LabelLanguage = .en) -> String {
        switch language {
        case .en: return nameEn ?? nameAr ?? id
        case .ar: return nameAr ?? nameEn ?? id
        case .both:
            switch (nameEn, nameAr) {
            case let (en?, ar?) where en != ar: return "\(en)\n\(ar)"
            case let (en?, _): return en
            case let (nil, ar?): return ar
            default: return id
            }
        }
    }

    /// Every name of the node: both names and the aliases, unique, in a fixed order.
    public var allNames: [String] {
        var seen = Set<String>()
        return ([nameAr, nameEn].compactMap { $0 } + aliases).filter { seen.insert($0).inserted }
    }
}

/// Which name to show.
public enum LabelLanguage: String, Codable, CaseIterable, Sendable {
    case en, ar, both
}

/// A directed (or, in an undirected graph, unordered) edge between two nodes.
public struct Edge: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var source: String
    public var target: String
    public var relation: Relation
    public var date: EventDate?
    public var weight: Double
    public var attributes: [String: AttributeValue]
    public var sources: [String]
    public var evidence: [Evidence]

    public init(id: String, source: String, target: String, relation: Relation = .unspecified,
                date: EventDate? = nil, weight: Double = 1, attributes: [String: AttributeValue] = [:],
                sources: [String] = [], evidence: [Evidence] = []) {
        self.id = id; self.source = source; self.target = target; self.relation = relation
        self.date = date; self.weight = weight; self.attributes = attributes
        self.sources = sources; self.evidence = evidence
    }
}
