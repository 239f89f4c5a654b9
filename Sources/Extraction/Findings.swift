import GraphModel

/// What one article yields, before merging with the others. Entities are named by a
/// reference: `k:KEY` for lexicon entities, `p:KIND:NAME` for pattern entities (NAME is the
/// folded name), so that findings of different articles can be merged without sharing state.
public struct DocumentFindings: Sendable {
    public var document: String
    public var published: Day?
    public var entities: [FoundEntity] = []
    public var events: [FoundEvent] = []
    public var relations: [FoundRelation] = []
    public var warnings: [String] = []

    public init(document: String, published: Day?) { self.document = document; self.published = published }
}

public struct FoundEntity: Sendable {
    public var ref: String
    public var kind: NodeKind
    public var actorType: ActorType?
    /// Lexicon key, for lexicon entities.
    public var key: String?
    /// The name as written (original letters, no clitics), most frequent first.
    public var surfaces: [String]
    /// Titles seen before the name (persons), folded.
    public var titles: [String]
    /// Refs of the organisations the text ties the entity to (spokesperson of, member of).
    public var organisations: [String]
    public var evidence: [Evidence]
}

public struct FoundRole: Sendable {
    public var relation: Relation
    public var ref: String
    public var evidence: Evidence
}

public struct FoundEvent: Sendable {
    public var kind: NodeKind
    public var modality: Modality
    public var date: EventDate?
    /// The date is the publication date standing in for a missing one: it never decides a merge.
    public var dateIsFallback: Bool
    public var roles: [FoundRole]
    public var evidence: [Evidence]
    public var killed: Int?
    public var wounded: Int?
    public var trigger: String

    /// Entities the event is anchored to: the base or place left, the target hit.
    /// For an attack, the targets; the places only when nothing named was hit.
    public var anchors: [String] {
        if kind == .withdrawal { return roles.filter { $0.relation == .from }.map(\.ref) }
        let targets = roles.filter { $0.relation == .target }.map(\.ref)
        return targets.isEmpty ? roles.filter { $0.relation == .location }.map(\.ref) : targets
    }
    public var performers: [String] {
        roles.filter { $0.relation == .actor || $0.relation == .attacker }.map(\.ref)
    }
}

public struct FoundRelation: Sendable {
    public var relation: Relation
    public var source: String
    public var target: String
    public var evidence: Evidence
}
