import GraphModel

/// The per-word rules of `extractRelations`, in the order they are asked: each is the word
/// lists its cue word is in (its gate) and what it reads around that word.
///
/// A rule is asked only of a word of its gate, and the gate is asked nowhere else:
/// `Cues.relationCues`, the one mask test that passes over the words no rule reads (nine in
/// ten), is made from the gates of this table, so a rule added here is in it by construction.
/// Each rule answers whether the rules after it are still asked of the word (`false` ends the
/// word: a membership read, or an accusation verb with no accuser).
struct RelationCueRule: Sendable {
    /// The lists the cue word is in, one of them at least: the rule's first test.
    let gate: [WordSet]
    /// `gate` as one mask test.
    private let gateUnion: WordSetUnion
    /// Reads the relations at token `i` (a word of the gate); false when no later rule reads it.
    let reads: @Sendable (DocumentRun, Int, Token, RelationScan) -> Bool

    init(_ gate: WordSet..., reads: @escaping @Sendable (DocumentRun, Int, Token, RelationScan) -> Bool) {
        self.gate = gate
        gateUnion = WordSetUnion(gate)
        self.reads = reads
    }

    /// Whether token `t` is in one of the gate's lists.
    @inline(__always)
    func opens(_ t: Token) -> Bool { gateUnion.matches(t) }

    /// `opens(t)` for a word `t` with mask `cues` and `cueLists` (`t.cues`, `t.layout.cueLists`):
    /// the token itself is read only when the mask does not cover the gate.
    @inline(__always)
    func opens(_ t: Token, cues: CueMask, cueLists: UInt8) -> Bool {
        let answer = gateUnion.matches(cues: cues, cueLists: cueLists) ?? gateUnion.matchesEach(t)
        assert(answer == opens(t), "a gate's mask disagrees with its lists")
        return answer
    }
}

/// One sentence's mentions, as the relation cue rules search them.
struct RelationScan {
    let s: Sentence
    let local: [Mention]

    /// The first mention (passing `ok`) starting within `n` tokens after token `i`.
    func after(_ i: Int, within n: Int, _ ok: (Mention) -> Bool = { _ in true }) -> Mention? {
        local.firstInPlace { $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= n && ok($0) }
    }

    /// The last mention (passing `ok`) ending less than `n` tokens before token `i`.
    func before(_ i: Int, within n: Int, _ ok: (Mention) -> Bool = { _ in true }) -> Mention? {
        local.lastInPlace { $0.tokens.upperBound <= i && i - $0.tokens.upperBound < n && ok($0) }
    }

    /// An organisation: an actor other than a person.
    static func isOrg(_ m: Mention) -> Bool { m.kind == .actor && m.actorType != .person }
    static func isPerson(_ m: Mention) -> Bool { m.actorType == .person }
}

extension Cues {
    /// The gates of the relation cue rules (`DocumentRun.relationCueRules`): a word in none of
    /// them is read by no rule.
    static let relationCues = WordSetUnion(DocumentRun.relationCueRules.flatMap(\.gate))
}

extension DocumentRun {
    /// The relation cue rules in the order `extractRelations` asks them.
    static let relationCueRules: [RelationCueRule] = [
        RelationCueRule(Cues.ledBy) { $0.ledByRelations($1, $3) },
        RelationCueRule(Cues.memberOfCue) { $0.memberRelations($1, $3) },
        RelationCueRule(Cues.partOfCue) { $0.partOfRelations($1, $3) },
        RelationCueRule(Cues.gatherUnder) { $0.umbrellaRelations($1, $3) },
        RelationCueRule(Cues.operateVerb) { $0.umbrellaFamilyRelations($1, $3) },
        RelationCueRule(Cues.leaderNoun, Cues.deputyNoun) { $0.roleRelations($1, $2, $3) },
        RelationCueRule(Cues.spokesperson) { $0.spokespersonRelations($1, $3) },
        RelationCueRule(Cues.backedCue) { $0.backedByRelations($1, $3) },
        RelationCueRule(Cues.alliedCue) { $0.alliedRelations($1, $3) },
        RelationCueRule(Cues.accuseCue) { $0.accusationRelations($1, $2, $3) },
        RelationCueRule(Cues.fingerprints, Cues.carriedOutBy, Cues.accusingParticiple) { $0.reportedAccusations($1, $2, $3) },
        RelationCueRule(Cues.accusingParticiple) { $0.pronounObjectAccusations($1, $3) },
        RelationCueRule(Cues.heldResponsible) { $0.heldResponsibleAccusations($1, $3) },
        RelationCueRule(Cues.hostileCue) { $0.hostileRelations($1, $3) },
        RelationCueRule(Cues.vowVerb) { $0.vowRelations($1, $3) },
    ]

    func ledByRelations(_ i: Int, _ c: RelationScan) -> Bool {
        let s = c.s, local = c.local
        if let x = c.after(i, within: 2, RelationScan.isOrg), let y = ledOrganisation(before: i, in: s, local) {
            addRelation(.leads, x, y, cue: i, rule: "relation.leads.led-by")
        } else if let x = c.after(i, within: 1, RelationScan.isPerson) ?? titledPersonAfter(i, in: local),
                  let y = c.before(i, within: 3, { $0.actorType == .governmentBody || $0.actorType == .militaryForce || $0.actorType == .armedGroup })
                    ?? bodyBeforeRelative(i, in: local) {
            // "الحكومة العراقية برئاسة مصطفى الكاظمي": a person named right after heads the body before.
            addRelation(.leads, x, y, cue: i, rule: "relation.leads.led-by-person")
        }
        return true
    }

    /// "X، العضو في Y": a membership read ends the word.
    func memberRelations(_ i: Int, _ c: RelationScan) -> Bool {
        guard let y = c.after(i, within: 3, RelationScan.isOrg), let x = c.before(i, within: 3, RelationScan.isOrg) else { return true }
        addRelation(x.actorType == .state ? .memberOf : .partOf, x, y, cue: i, rule: "relation.member_of.member")
        return false
    }

    func partOfRelations(_ i: Int, _ c: RelationScan) -> Bool {
        guard let y = c.after(i, within: 3, RelationScan.isOrg) else { return true }
        if let x = c.before(i, within: 4, RelationScan.isOrg), x.actorType != .state || y.actorType == .coalition {
            addRelation(x.actorType == .state ? .memberOf : .partOf, x, y, cue: i, rule: "relation.part_of.cue")
        }
        // "المجموعات المنضوية في Y، وخاصة X1 و X2" (not "فصائل موالية لطهران، أبرزها X": a state backs, it has no parts).
        for x in c.local where y.actorType != .state && x.tokens.lowerBound > y.tokens.upperBound && x.tokens.lowerBound - y.tokens.upperBound <= 10
            && x.actorType == .armedGroup {
            addRelation(.partOf, x, y, cue: i, rule: "relation.part_of.listed")
        }
        return true
    }

    /// "Y واجهة تنضوي تحتها فصائل ... أبرزها X1 وX2": the groups listed after gather under Y;
    /// "X تنضوي تحت (مظلة/لواء) Y": X is part of Y.
    func umbrellaRelations(_ i: Int, _ c: RelationScan) -> Bool {
        guard let u = nextWord(i, in: c.s) else { return true }
        if Cues.underIt.matches(token(u)), let y = c.before(i, within: 8, RelationScan.isOrg) {
            for x in c.local where x.actorType == .armedGroup && x.ref != y.ref && x.tokens.lowerBound > u && x.tokens.lowerBound - u <= 14 {
                addRelation(.partOf, x, y, cue: i, rule: "relation.part_of.umbrella")
            }
        } else if Cues.under.matches(token(u)), let y = c.after(u, within: 3, RelationScan.isOrg), let x = c.before(i, within: 4, RelationScan.isOrg),
                  x.actorType != .state {
            addRelation(.partOf, x, y, cue: i, rule: "relation.part_of.umbrella")
        }
        return true
    }

    /// "أبرزها X وY، ... وتقول إن هذه الفصائل تنشط تحت مظلة Z" (`umbrellaOfListedFamily`).
    func umbrellaFamilyRelations(_ i: Int, _ c: RelationScan) -> Bool {
        for (x, y) in umbrellaOfListedFamily(verb: i, in: c.s, c.local) { addRelation(.partOf, x, y, cue: i, rule: "relation.part_of.umbrella-family") }
        return true
    }

    func roleRelations(_ i: Int, _ t: Token, _ c: RelationScan) -> Bool {
        // "نائب رئيس Y": the deputy noun decides.
        let deputy = Cues.deputyNoun.matches(t) || (previousWord(i, in: c.s).map { Cues.deputyNoun.matches(token($0)) } ?? false)
        if let y = c.after(i, within: 4, RelationScan.isOrg) {
            let p = c.local.firstInPlace { RelationScan.isPerson($0) && $0.tokens.lowerBound >= y.tokens.upperBound && $0.tokens.lowerBound - y.tokens.upperBound <= 8 }
                ?? c.before(i, within: 3, RelationScan.isPerson)
            if let p { addRelation(deputy ? .memberOf : .leads, p, y, cue: i, rule: deputy ? "relation.member_of.role" : "relation.leads.role") }
        }
        return true
    }

    func spokespersonRelations(_ i: Int, _ c: RelationScan) -> Bool {
        guard let y = c.after(i, within: 3, RelationScan.isOrg) else { return true }
        let p = c.local.firstInPlace { RelationScan.isPerson($0) && $0.tokens.lowerBound >= y.tokens.upperBound && $0.tokens.lowerBound - y.tokens.upperBound <= 8 }
            ?? c.before(i, within: 4, RelationScan.isPerson)
        if let p { addRelation(.spokespersonOf, p, y, cue: i, rule: "relation.spokesperson_of") }
        return true
    }

    func backedByRelations(_ i: Int, _ c: RelationScan) -> Bool {
        if let y = c.after(i, within: 2, { $0.kind == .actor && $0.actorType != .person }),
           let x = c.before(i, within: 3, { $0.actorType == .armedGroup || $0.actorType == .militaryForce }) {
            addRelation(.backedBy, x, y, cue: i, rule: "relation.backed_by")
        }
        return true
    }

    func alliedRelations(_ i: Int, _ c: RelationScan) -> Bool {
        guard let y = c.after(i, within: 3, RelationScan.isOrg) else { return true }
        for x in c.local where x.actorType == .armedGroup && x.tokens.upperBound <= i && i - x.tokens.upperBound <= 12 {
            addRelation(.alliedWith, x, y, cue: i, rule: "relation.allied_with")
        }
        return true
    }

    /// "اتهم X Y", "حمّلوا X مسؤولية الهجمات", "X ... الاتهام إلى Y". A blame verb with no
    /// responsibility after it, or an accusation with no accuser, ends the word.
    func accusationRelations(_ i: Int, _ t: Token, _ c: RelationScan) -> Bool {
        let s = c.s, local = c.local, isOrg = RelationScan.isOrg
        // "حمل" is "carry" unless responsibility follows: "حمّلوا X مسؤولية الهجمات".
        guard !Cues.responsibility.matches(t) else { return true }
        let blame = Cues.blameVerb.matches(t)
        // "حمّلت واشنطن كتائب حزب الله مسؤوليته": with the pronoun of what is blamed.
        if blame, !(i..<min(s.tokens.upperBound, i + 18)).contains(where: { Cues.responsibility.matches(token($0)) || Cues.responsibilityFor.matches(token($0)) }) { return false }
        let pronounObject = Cues.accuseVerb.matches(t) && ["ها", "ه", "هم"].contains { t.norm.hasSuffix($0) }
        // The accuser follows a verb that opens its clause ("اتهمت واشنطن X"), else precedes it,
        // either named or as officials with a nisba ("مسؤولين أمريكيين حملوا ...").
        // ... unless the subject stands right before the verb ("المسؤولون الأمريكيون يتهمون X").
        let subjectFirst = pronounObject ? nil : nisbaOfOfficials(before: i, in: s) ?? c.before(i, within: 1, isOrg)
        // "اتهم المتحدث باسم X P Y", "حمّل وزير الدفاع P Y المسؤولية": an official named by his
        // title after the verb is the accuser himself, not the body of his title.
        let titled: Mention? = nextWord(i, in: s).flatMap { w in
            Cues.office.matches(token(w)) || Cues.spokesperson.matches(token(w)) || Cues.title.matches(token(w))
                ? local.firstInPlace { RelationScan.isPerson($0) && $0.tokens.lowerBound > w && $0.tokens.lowerBound - w <= 8 } : nil
        }
        let x: Mention? = Cues.accuseVerb.matches(t) || blame
            ? (subjectFirst ?? titled ?? c.after(i, within: 2, { $0.kind == .actor }) ?? nisbaOfOfficials(after: i, in: s)
                ?? c.before(i, within: 5, isOrg) ?? nisbaOfOfficials(before: i, in: s))
            : c.before(i, within: 5, isOrg)
        guard let x else { return false }
        let from = max(i, x.tokens.lowerBound > i ? x.tokens.upperBound - 1 : i)
        var y = local.firstInPlace { isOrg($0) && $0.ref != x.ref && $0.tokens.lowerBound > from && $0.tokens.lowerBound - from <= 6
            && !isQualifierObject($0, in: s) }
        // "الفصائل ... التي تتهمها الولايات المتحدة": the object pronoun stands for the noun before the relative.
        if pronounObject, let r = previousWord(i, in: s), Cues.relativePronoun.matches(token(r)) {
            // ... unless that noun only qualifies the head ("الموالية لإيران"): then the head is unnamed.
            let head = c.before(r, within: 4, isOrg)
            y = head.flatMap { isQualifierObject($0, in: s) ? nil : $0 }
        }
        if let y {
            let rule = Cues.accuseVerb.matches(t) || blame ? "relation.accuses.verb" : "relation.accuses.noun"
            addRelation(.accuses, x, y, cue: i, rule: rule)
            // "تتهم واشنطن كتائب حزب الله وعصائب أهل الحق": each group of a coordinated object is accused.
            var last = y
            while let next = local.firstInPlace(where: { isOrg($0) && $0.tokens.lowerBound == last.tokens.upperBound && $0.clitic.hasPrefix("و") }) {
                addRelation(.accuses, x, next, cue: i, rule: rule)
                last = next
            }
        }
        return true
    }

    /// A report that lays attacks at someone's door accuses them, on the speaker's word:
    /// "قالت X إن الهجوم يحمل بصمات Y", "قال X إن Y كان مسؤولا عن ...", "قال X إن الهجمات شنتها Y",
    /// and the participle of the main clause: "نفى X ذلك، متهما Y بـ...".
    func reportedAccusations(_ i: Int, _ t: Token, _ c: RelationScan) -> Bool {
        if let speaker = reportSpeaker(before: i, in: c.s, mentions: c.local, needsReport: !Cues.accusingParticiple.matches(t)),
           let y = c.after(i, within: 2, { $0.kind == .actor && !isQualifierObject($0, in: c.s) }) {
            addRelation(.accuses, speaker, y, cue: i, rule: "relation.accuses.report")
        }
        return true
    }

    /// "فرضت وزارة الخزانة الأميركية عقوبات على X وشقيقه Y، متهمة إياهما بـ": the persons the pronoun stands for.
    /// The accuser is the subject of the main clause: the first body named in the sentence, not after ل.
    func pronounObjectAccusations(_ i: Int, _ c: RelationScan) -> Bool {
        if let n = nextWord(i, in: c.s), Cues.objectPronoun.matches(token(n)),
           let speaker = c.local.first(where: { RelationScan.isOrg($0) && !$0.hasToClitic && !$0.anaphoric && $0.tokens.upperBound <= i }) {
            for y in c.local where RelationScan.isPerson(y) && !y.anaphoric && y.tokens.lowerBound > speaker.tokens.upperBound && y.tokens.upperBound <= i
                && i - y.tokens.upperBound <= 15 {
                addRelation(.accuses, speaker, y, cue: i, rule: "relation.accuses.pronoun-object")
            }
        }
        return true
    }

    func heldResponsibleAccusations(_ i: Int, _ c: RelationScan) -> Bool {
        if (i + 1..<min(c.s.tokens.upperBound, i + 5)).contains(where: { Cues.about.matches(token($0)) }),
           let y = c.before(i, within: 4, { $0.kind == .actor }),
           let speaker = reportSpeaker(before: y.tokens.lowerBound, in: c.s, mentions: c.local, needsReport: true) {
            addRelation(.accuses, speaker, y, cue: i, rule: "relation.accuses.report")
        }
        return true
    }

    func hostileRelations(_ i: Int, _ c: RelationScan) -> Bool {
        if let y = c.after(i, within: 2, RelationScan.isOrg), let x = c.before(i, within: 9, RelationScan.isOrg),
           y.actorType != .state || x.actorType == .armedGroup {
            addRelation(.hostileTo, x, y, cue: i, rule: "relation.hostile_to")
        }
        return true
    }

    /// "توعدت X بالثأر من Y", "توعد X Y بالرد": a vow of revenge or a threat by the subject after the verb.
    func vowRelations(_ i: Int, _ c: RelationScan) -> Bool {
        if let x = c.after(i, within: 2, { $0.actorType == .armedGroup || $0.actorType == .militaryForce }),
           let y = c.local.firstInPlace(where: { RelationScan.isOrg($0) && $0.ref != x.ref && $0.tokens.lowerBound >= x.tokens.upperBound
               && $0.tokens.lowerBound - x.tokens.upperBound <= 4 && !isQualifierObject($0, in: c.s) }) {
            addRelation(.hostileTo, x, y, cue: i, rule: "relation.hostile_to.vow")
        }
        return true
    }
}
