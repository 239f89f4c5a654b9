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
    /// The name as written (original letters, no clitics, no invisible format characters:
    /// `ArabicFolding.withoutInvisibleFormat`), most frequent first.
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
    /// The trigger words as written, without invisible format characters.
    public var trigger: String

    /// Entities the event is anchored to: the base or place left, the target hit.
    /// For an attack, the targets; the places only when nothing named was hit.
    public var anchors: [String] {
        if kind == .withdrawal { return refs { $0 == .from } }
        let targets = refs { $0 == .target }
        return targets.isEmpty ? refs { $0 == .location } : targets
    }
    public var performers: [String] {
        refs { $0 == .actor || $0 == .attacker }
    }

    /// The references of the roles whose relation passes `ok`, in role order:
    /// `roles.filter { ok($0.relation) }.map(\.ref)`. Read in place: the filtered copy of the
    /// roles retained and released each role's strings (its reference is most often the
    /// gazetteer's, shared by every worker thread); only the references returned are retained.
    private func refs(_ ok: (Relation) -> Bool) -> [String] {
        let refs = roles.withUnsafeBufferPointer { roles in
            var refs: [String] = []
            for r in roles.indices where ok(roles[r].relation) { refs.append(roles[r].ref) }
            return refs
        }
        assert(refs == roles.filter { ok($0.relation) }.map(\.ref), "role references read in place differ")
        return refs
    }
}

public struct FoundRelation: Sendable {
    public var relation: Relation
    public var source: String
    public var target: String
    public var evidence: Evidence
}
