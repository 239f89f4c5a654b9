import GraphModel

/// "وكانت القاعدة التي جرى تسليمها أمس قد تعرضت … لهجوم صاروخي": a trigger in a relative clause
/// right after "القاعدة" (with جرى/تم between, or none) names the base by an event already told;
/// it tells no event of its own, and the base is that event's anchor, not the base named last.
/// The clause's own date picks the event ("أمس" → the handover of that day); without one, the
/// first event of that kind told as done (the article's lead). With no such event told before
/// the clause is left alone: it may tell the event first ("القاعدة التي تعرضت لهجوم أمس").
/// O(events) per relative clause; a sentence without one costs a word test per trigger.
extension DocumentRun {
    struct IdentifyingClause {
        /// The trigger groups that only identify a base.
        var groups: Set<Int> = []
        /// The spans whose dates are those of the events told before, not of this sentence's.
        var spans: [Range<Int>] = []
    }

    func identifyingRelativeClauses(_ groups: [TriggerGroup], in s: Sentence, mentions local: inout [Mention]) -> IdentifyingClause {
        var found = IdentifyingClause()
        for (k, g) in groups.enumerated() {
            guard var p = previousWord(g.first, in: s) else { continue }
            if Cues.passiveAuxiliary.matches(token(p)), let q = previousWord(p, in: s) { p = q }
            guard Cues.relativePronoun.matches(token(p)), let q = previousWord(p, in: s),
                  let a = local.firstIndex(where: { $0.anaphoric && $0.kind == .base && $0.tokens.upperBound == q + 1 }) else { continue }
            let anchorRole: Relation = g.kind == .withdrawal ? .from : .target
            let anchorOf = { (e: FoundEvent) in e.roles.first { r in r.relation == anchorRole && self.mentions.containsInPlace { $0.kind == .base && !$0.anaphoric && self.refName($0.ref) == r.ref } } }
            let told = findings.events.indices.filter { findings.events[$0].kind == g.kind && anchorOf(findings.events[$0]) != nil }
            guard !told.isEmpty else { continue }
            // The clause's date: right after the trigger ("جرى تسليمها أمس").
            let clauseDate = dateMentions(in: s).first { $0.token > g.last && $0.token <= g.last + 3 }
            let chosen = clauseDate.flatMap { d in told.first { findings.events[$0].date?.start == d.date.start && findings.events[$0].date?.precision == d.date.precision } }
                ?? told.first { findings.events[$0].modality == .completed }
            guard let e = chosen, let anchor = anchorOf(findings.events[e]),
                  let named = mentions.first(where: { !$0.anaphoric && refName($0.ref) == anchor.ref }) else { continue }
            let old = local[a]
            local[a].ref = named.ref; local[a].type = named.type
            if let m = mentions.firstIndex(where: { $0.anaphoric && $0.sentence == s.index && $0.tokens == old.tokens }) {
                mentions[m].ref = named.ref; mentions[m].type = named.type
            }
            found.groups.insert(k)
            found.spans.append(p..<((clauseDate?.token).map { $0 + 1 } ?? g.last + 1))
        }
        return found
    }
}

extension Cues {
    /// "جرى/تم تسليمها": the auxiliary of a passive told with a verbal noun.
    static let passiveAuxiliary = WordSet(["جرى", "تم", "يجري", "يتم"])
}
