import GraphModel

/// The evidence rule names of an event's records ("event.attack.trigger", "event.withdrawal.from").
///
/// Why literals: these names are longer than a small string holds (15 bytes), so building one by
/// interpolation allocates a heap string for every record of every event, which the corpus merger
/// then hashes into its string pool and frees again. A literal lives in the binary: no allocation,
/// no reference counting, and every record of a rule shares one storage (which the GraphML
/// writer's "same rule as the record before" shortcut recognises). The result is the same text
/// the interpolation gave; a kind or relation without a literal still gets it by interpolation
/// (checked by `EventRuleNameTests`).
enum EventRuleName {
    static func trigger(_ kind: NodeKind) -> String {
        switch kind {
        case .attack: "event.attack.trigger"
        case .withdrawal: "event.withdrawal.trigger"
        default: "event.\(kind.rawValue).trigger"
        }
    }

    static func datedTrigger(_ kind: NodeKind) -> String {
        switch kind {
        case .attack: "event.attack.trigger.dated"
        case .withdrawal: "event.withdrawal.trigger.dated"
        default: "event.\(kind.rawValue).trigger.dated"
        }
    }

    static func sentence(_ kind: NodeKind) -> String {
        switch kind {
        case .attack: "event.attack.sentence"
        case .withdrawal: "event.withdrawal.sentence"
        default: "event.\(kind.rawValue).sentence"
        }
    }

    /// "event.KIND.ROLE" for the six event roles of `Relation.eventRoles`.
    static func role(_ kind: NodeKind, _ relation: Relation) -> String {
        switch (kind, relation) {
        case (.attack, .attacker): "event.attack.attacker"
        case (.attack, .target): "event.attack.target"
        case (.attack, .actor): "event.attack.actor"
        case (.attack, .from): "event.attack.from"
        case (.attack, .recipient): "event.attack.recipient"
        case (.attack, .location): "event.attack.location"
        case (.withdrawal, .attacker): "event.withdrawal.attacker"
        case (.withdrawal, .target): "event.withdrawal.target"
        case (.withdrawal, .actor): "event.withdrawal.actor"
        case (.withdrawal, .from): "event.withdrawal.from"
        case (.withdrawal, .recipient): "event.withdrawal.recipient"
        case (.withdrawal, .location): "event.withdrawal.location"
        default: "event.\(kind.rawValue).\(relation.rawValue)"
        }
    }
}
