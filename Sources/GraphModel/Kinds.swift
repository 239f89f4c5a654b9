/// What a node stands for. Imported graphs may carry nodes with no kind (`Node.kind == nil`).
public enum NodeKind: String, Codable, CaseIterable, Sendable, Comparable {
    case actor, base, place, attack, withdrawal

    /// Attacks and withdrawals are events: dated, with a modality and role edges.
    public var isEvent: Bool { self == .attack || self == .withdrawal }

    public static func < (a: NodeKind, b: NodeKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The kind of actor an `actor` node is.
public enum ActorType: String, Codable, CaseIterable, Sendable {
    case state
    case coalition
    case militaryForce = "military_force"
    case armedGroup = "armed_group"
    case governmentBody = "government_body"
    case person
    case media
}

/// How sure the text is that an event happened.
public enum Modality: String, Codable, CaseIterable, Sendable {
    case completed, planned, announced, claimed, denied

    /// Planned and announced events have not (yet) happened; slices must not show them as done.
    public var isDone: Bool { self == .completed || self == .claimed }
}

/// An edge's relation. A struct over a string, not an enum, because imported graphs
/// (CSV, networkx GraphML) carry relations we do not know, and those must survive a round trip.
public struct Relation: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
    public var description: String { rawValue }
    public static func < (a: Relation, b: Relation) -> Bool { a.rawValue < b.rawValue }

    // Event roles: event → participant.
    public static let attacker = Relation("attacker")
    public static let target = Relation("target")
    public static let actor = Relation("actor")
    public static let from = Relation("from")
    public static let recipient = Relation("recipient")
    public static let location = Relation("location")
    // Entity relations: source → target.
    public static let partOf = Relation("part_of")
    public static let memberOf = Relation("member_of")
    public static let leads = Relation("leads")
    public static let spokespersonOf = Relation("spokesperson_of")
    public static let backedBy = Relation("backed_by")
    public static let alliedWith = Relation("allied_with")
    public static let locatedIn = Relation("located_in")
    public static let accuses = Relation("accuses")
    public static let claimed = Relation("claimed")
    public static let hostileTo = Relation("hostile_to")
    /// An edge with no stated relation (a plain imported graph).
    public static let unspecified = Relation("")

    public static let eventRoles: [Relation] = [.attacker, .target, .actor, .from, .recipient, .location]
    public static let entityRelations: [Relation] = [
        .partOf, .memberOf, .leads, .spokespersonOf, .backedBy, .alliedWith,
        .locatedIn, .accuses, .claimed, .hostileTo,
    ]
    public static let known: [Relation] = eventRoles + entityRelations

    public var isEventRole: Bool { Relation.eventRoles.contains(self) }
    public var isEntityRelation: Bool { Relation.entityRelations.contains(self) }
    /// Symmetric relations: `a allied_with b` says the same as `b allied_with a`.
    public var isSymmetric: Bool { self == .alliedWith || self == .hostileTo }
}
