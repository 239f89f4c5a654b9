import GraphModel

/// Relations between entities, from cue words between two mentions of one sentence:
///
/// | cue                                     | relation                          |
/// |-----------------------------------------|-----------------------------------|
/// | Y بقيادة X, Y الذي تقوده X               | X leads Y                         |
/// | X التابعة ل Y, X المنضوية في Y, أحد فصائل Y, X العاملة ضمن Y | X part_of Y  |
/// | X، العضو في Y                           | X member_of Y                     |
/// | قائد/زعيم/رئيس Y ... P                   | P leads Y                         |
/// | نائب .../القيادي في Y ... P              | P member_of Y                     |
/// | المتحدث(ة) (الرسمي/ة) باسم Y ... P, P المتحدث الرسمي ل Y | P spokesperson_of Y |
/// | X المدعومة من / المقربة من / الموالية ل Y | X backed_by Y                     |
/// | X ... على صلة وثيقة ب Y                  | X allied_with Y                   |
/// | BASE (العسكرية) في (محافظة) PLACE         | BASE located_in PLACE             |
/// | اتهم X Y, X ... الاتهام إلى Y             | X accuses Y                       |
/// | X ... تهديد/مهاجمة/محاربة Y               | X hostile_to Y                    |
///
/// A lexicon affiliation (and a lexicon `in`) becomes an edge when both entities are named
/// in the same sentence: the text puts them together, the lexicon says how they relate.
extension DocumentRun {
    mutating func addRelation(_ relation: Relation, _ a: Mention, _ b: Mention, cue: Int?, rule: String) {
        guard a.ref != b.ref else { return }
        var start = min(a.start, b.start), end = max(a.end, b.end)
        if let cue { start = min(start, token(cue).start); end = max(end, token(cue).end) }
        findings.relations.append(FoundRelation(relation: relation, source: a.ref, target: b.ref,
                                                evidence: evidence(a.sentence, start, end, rule: rule)))
    }

    mutating func extractRelations(in s: Sentence, mentions local: [Mention]) {
        func after(_ i: Int, within n: Int, _ ok: (Mention) -> Bool = { _ in true }) -> Mention? {
            local.first { $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= n && ok($0) }
        }
        func before(_ i: Int, within n: Int, _ ok: (Mention) -> Bool = { _ in true }) -> Mention? {
            local.last { $0.tokens.upperBound <= i && i - $0.tokens.upperBound < n && ok($0) }
        }
        let isOrg: (Mention) -> Bool = { $0.kind == .actor && $0.actorType != .person }
        let isPerson: (Mention) -> Bool = { $0.actorType == .person }
        let isPlace: (Mention) -> Bool = { $0.kind == .place }

        for i in s.tokens where token(i).kind == .word && covered[i] < 0 {
            let t = token(i)
            if Cues.ledBy.matches(t), let x = after(i, within: 2, isOrg), let y = before(i, within: 4, isOrg) {
                addRelation(.leads, x, y, cue: i, rule: "relation.leads.led-by")
            }
            if Cues.memberOfCue.matches(t), let y = after(i, within: 3, isOrg), let x = before(i, within: 3, isOrg) {
                addRelation(x.actorType == .state ? .memberOf : .partOf, x, y, cue: i, rule: "relation.member_of.member")
                continue
            }
            if Cues.partOfCue.matches(t), let y = after(i, within: 3, isOrg) {
                if let x = before(i, within: 4, isOrg), x.actorType != .state || y.actorType == .coalition {
                    addRelation(x.actorType == .state ? .memberOf : .partOf, x, y, cue: i, rule: "relation.part_of.cue")
                }
                // "المجموعات المنضوية في Y، وخاصة X1 و X2"
                for x in local where x.tokens.lowerBound > y.tokens.upperBound && x.tokens.lowerBound - y.tokens.upperBound <= 10
                    && x.actorType == .armedGroup {
                    addRelation(.partOf, x, y, cue: i, rule: "relation.part_of.listed")
                }
            }
            if Cues.leaderNoun.matches(t) || Cues.deputyNoun.matches(t) {
                // "نائب رئيس Y": the deputy noun decides.
                let deputy = Cues.deputyNoun.matches(t) || (previousWord(i, in: s).map { Cues.deputyNoun.matches(token($0)) } ?? false)
                if let y = after(i, within: 4, isOrg) {
                    let p = local.first { isPerson($0) && $0.tokens.lowerBound >= y.tokens.upperBound && $0.tokens.lowerBound - y.tokens.upperBound <= 8 }
                        ?? before(i, within: 3, isPerson)
                    if let p { addRelation(deputy ? .memberOf : .leads, p, y, cue: i, rule: deputy ? "relation.member_of.role" : "relation.leads.role") }
                }
            }
            if Cues.spokesperson.matches(t), let y = after(i, within: 3, isOrg) {
                let p = local.first { isPerson($0) && $0.tokens.lowerBound >= y.tokens.upperBound && $0.tokens.lowerBound - y.tokens.upperBound <= 8 }
                    ?? before(i, within: 4, isPerson)
                if let p { addRelation(.spokespersonOf, p, y, cue: i, rule: "relation.spokesperson_of") }
            }
            if Cues.backedCue.matches(t), let y = after(i, within: 2, { $0.kind == .actor && $0.actorType != .person }),
               let x = before(i, within: 3, { $0.actorType == .armedGroup || $0.actorType == .militaryForce }) {
                addRelation(.backedBy, x, y, cue: i, rule: "relation.backed_by")
            }
            if Cues.alliedCue.matches(t), let y = after(i, within: 3, isOrg) {
                for x in local where x.actorType == .armedGroup && x.tokens.upperBound <= i && i - x.tokens.upperBound <= 12 {
                    addRelation(.alliedWith, x, y, cue: i, rule: "relation.allied_with")
                }
            }
            if Cues.accuseCue.matches(t), !Cues.responsibility.matches(t) {
                if Cues.accuseVerb.matches(t), let x = after(i, within: 2, isOrg), let y = local.first(where: { isOrg($0) && $0.tokens.lowerBound >= x.tokens.upperBound
                    && $0.tokens.lowerBound - x.tokens.upperBound <= 3 }) {
                    addRelation(.accuses, x, y, cue: i, rule: "relation.accuses.verb")
                } else if let x = before(i, within: 5, isOrg), let y = after(i, within: 4, isOrg) {
                    addRelation(.accuses, x, y, cue: i, rule: "relation.accuses.noun")
                }
            }
            if Cues.hostileCue.matches(t), let y = after(i, within: 2, isOrg), let x = before(i, within: 9, isOrg),
               y.actorType != .state || x.actorType == .armedGroup {
                addRelation(.hostileTo, x, y, cue: i, rule: "relation.hostile_to")
            }
        }
        // BASE (العسكرية) في (محافظة) PLACE; PLACE (شديدة التحصين) بوسط PLACE
        for m in local where (m.kind == .base || m.kind == .place) && !m.anaphoric {
            var sawIn = false
            var j = m.tokens.upperBound
            var hops = 0
            while j < s.tokens.upperBound, hops < 5 {
                let t = token(j)
                if t.kind == .punctuation { break }
                if covered[j] >= 0 {
                    let p = mentions[Int(covered[j])]
                    if isPlace(p), p.ref != m.ref, sawIn || p.clitic.hasSuffix("ب") {
                        addRelation(.locatedIn, m, p, cue: nil, rule: "relation.located_in.text")
                    }
                    break
                }
                if Cues.inPlace.matches(t) { sawIn = true }
                else if !(Cues.placeClass.matches(t) || Cues.notAName.matches(t) || hops < 2) { break }
                hops += 1; j += 1
            }
        }
        // Lexicon affiliations of entities named together.
        let known = local.filter { $0.ref.hasPrefix("k:") && !$0.anaphoric }
        for a in known {
            guard let ia = gazetteer.index[String(a.ref.dropFirst(2))] else { continue }
            for r in gazetteer.entities[ia].relations {
                let targetRef = "k:" + r.target
                guard let b = known.first(where: { $0.ref == targetRef }) else { continue }
                addRelation(r.relation, a, b, cue: nil, rule: "relation.lexicon.co-mention")
            }
        }
    }
}
