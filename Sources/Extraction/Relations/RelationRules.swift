import GraphModel

/// Relations between entities, from cue words between two mentions of one sentence:
///
/// | cue                                     | relation                          |
/// |-----------------------------------------|-----------------------------------|
/// | Y بقيادة X, Y الذي تقوده X, Y برئاسة PERSON | X leads Y                       |
/// | الرئيس/رئيس الوزراء/وزير ... NISBA PERSON  | see `extractOfficeRelations`      |
/// | X التابعة ل Y, X المنضوية في Y, أحد فصائل Y, X العاملة ضمن Y | X part_of Y  |
/// | Y واجهة تنضوي تحتها ... X, X تنضوي تحت (مظلة) Y | X part_of Y                 |
/// | X، العضو في Y                           | X member_of Y                     |
/// | قائد/زعيم/رئيس Y ... P                   | P leads Y                         |
/// | ROLE في Y RANK P (مدير الإسناد في التحالف العميد P) | P member_of Y          |
/// | نائب .../القيادي في Y ... P              | P member_of Y                     |
/// | المتحدث(ة) (الرسمي/ة) باسم Y ... P, P المتحدث الرسمي ل Y | P spokesperson_of Y |
/// | X المدعومة من / المقربة من / الموالية ل Y | X backed_by Y                     |
/// | X ... على صلة وثيقة ب Y                  | X allied_with Y                   |
/// | BASE (العسكرية) في/قرب (محافظة) PLACE     | BASE located_in PLACE             |
/// | اتهم X Y, X ... الاتهام إلى Y             | X accuses Y                       |
/// | قال X إن ... بصمات Y / شنتها Y / Y كان مسؤولا عن, X ... متهما Y | X accuses Y (X the speaker) |
/// | X ... تهديد/مهاجمة/محاربة Y, توعدت X ... Y | X hostile_to Y                    |
///
/// A lexicon affiliation (and a lexicon `in`) becomes an edge when both entities are named
/// in the same sentence: the text puts them together, the lexicon says how they relate.
extension DocumentRun {
    func addRelation(_ relation: Relation, _ a: Mention, _ b: Mention, cue: Int?, rule: String) {
        guard a.ref != b.ref else { return }
        var start = min(a.start, b.start), end = max(a.end, b.end)
        if let cue { start = min(start, token(cue).start); end = max(end, token(cue).end) }
        findings.relations.append(FoundRelation(relation: relation, source: refName(a.ref), target: refName(b.ref),
                                                evidence: evidence(a.sentence, start, end, rule: rule)))
    }

    func extractRelations(in s: Sentence, mentions local: [Mention]) {
        // "التحالف الدولي بقيادة الولايات المتحدة" as one lexicon name (Relations/LeaderInName.swift).
        leadersInNames(local)
        func after(_ i: Int, within n: Int, _ ok: (Mention) -> Bool = { _ in true }) -> Mention? {
            local.firstInPlace { $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= n && ok($0) }
        }
        func before(_ i: Int, within n: Int, _ ok: (Mention) -> Bool = { _ in true }) -> Mention? {
            local.lastInPlace { $0.tokens.upperBound <= i && i - $0.tokens.upperBound < n && ok($0) }
        }
        let isOrg: (Mention) -> Bool = { $0.kind == .actor && $0.actorType != .person }
        let isPerson: (Mention) -> Bool = { $0.actorType == .person }
        let isPlace: (Mention) -> Bool = { $0.kind == .place }

        // The lists every word is tested against, read once per sentence: each read of a static
        // list is a `swift_once` call, and sixteen of them per word were a tenth of this rule's time.
        let ledBy = Cues.ledBy, memberOfCue = Cues.memberOfCue, partOfCue = Cues.partOfCue, gatherUnder = Cues.gatherUnder
        let leaderNoun = Cues.leaderNoun, deputyNoun = Cues.deputyNoun, spokesperson = Cues.spokesperson
        let backedCue = Cues.backedCue, alliedCue = Cues.alliedCue, accuseCue = Cues.accuseCue, fingerprints = Cues.fingerprints
        let carriedOutBy = Cues.carriedOutBy, accusingParticiple = Cues.accusingParticiple, heldResponsible = Cues.heldResponsible
        let hostileCue = Cues.hostileCue, vowVerb = Cues.vowVerb, operateVerb = Cues.operateVerb
        // Every branch below starts with one of these lists on the word: the union of their
        // bits answers for the nine words in ten that are in none of them with one mask test.
        let cueUnion = Cues.relationCues
        for i in s.tokens where token(i).kind == .word && covered[i] < 0 {
            let t = token(i)
            guard cueUnion.matches(t) else { continue }
            if ledBy.matches(t), let x = after(i, within: 2, isOrg), let y = ledOrganisation(before: i, in: s, local) {
                addRelation(.leads, x, y, cue: i, rule: "relation.leads.led-by")
            } else if ledBy.matches(t), let x = after(i, within: 1, isPerson) ?? titledPersonAfter(i, in: local),
                      let y = before(i, within: 3, { $0.actorType == .governmentBody || $0.actorType == .militaryForce || $0.actorType == .armedGroup })
                        ?? bodyBeforeRelative(i, in: local) {
                // "الحكومة العراقية برئاسة مصطفى الكاظمي": a person named right after heads the body before.
                addRelation(.leads, x, y, cue: i, rule: "relation.leads.led-by-person")
            }
            if memberOfCue.matches(t), let y = after(i, within: 3, isOrg), let x = before(i, within: 3, isOrg) {
                addRelation(x.actorType == .state ? .memberOf : .partOf, x, y, cue: i, rule: "relation.member_of.member")
                continue
            }
            if partOfCue.matches(t), let y = after(i, within: 3, isOrg) {
                if let x = before(i, within: 4, isOrg), x.actorType != .state || y.actorType == .coalition {
                    addRelation(x.actorType == .state ? .memberOf : .partOf, x, y, cue: i, rule: "relation.part_of.cue")
                }
                // "المجموعات المنضوية في Y، وخاصة X1 و X2" (not "فصائل موالية لطهران، أبرزها X": a state backs, it has no parts).
                for x in local where y.actorType != .state && x.tokens.lowerBound > y.tokens.upperBound && x.tokens.lowerBound - y.tokens.upperBound <= 10
                    && x.actorType == .armedGroup {
                    addRelation(.partOf, x, y, cue: i, rule: "relation.part_of.listed")
                }
            }
            // "Y واجهة تنضوي تحتها فصائل ... أبرزها X1 وX2": the groups listed after gather under Y;
            // "X تنضوي تحت (مظلة/لواء) Y": X is part of Y.
            if gatherUnder.matches(t), let u = nextWord(i, in: s) {
                if Cues.underIt.matches(token(u)), let y = before(i, within: 8, isOrg) {
                    for x in local where x.actorType == .armedGroup && x.ref != y.ref && x.tokens.lowerBound > u && x.tokens.lowerBound - u <= 14 {
                        addRelation(.partOf, x, y, cue: i, rule: "relation.part_of.umbrella")
                    }
                } else if Cues.under.matches(token(u)), let y = after(u, within: 3, isOrg), let x = before(i, within: 4, isOrg),
                          x.actorType != .state {
                    addRelation(.partOf, x, y, cue: i, rule: "relation.part_of.umbrella")
                }
            }
            // "أبرزها X وY، ... وتقول إن هذه الفصائل تنشط تحت مظلة Z" (`umbrellaOfListedFamily`).
            // Asked only of the rule's verbs (its first test, on the word's bits; debug builds check the gate).
            assert(operateVerb.matches(t) || umbrellaOfListedFamily(verb: i, in: s, local).isEmpty, "an umbrella verb outside Cues.operateVerb")
            if operateVerb.matches(t) {
                for (x, y) in umbrellaOfListedFamily(verb: i, in: s, local) { addRelation(.partOf, x, y, cue: i, rule: "relation.part_of.umbrella-family") }
            }
            if leaderNoun.matches(t) || deputyNoun.matches(t) {
                // "نائب رئيس Y": the deputy noun decides.
                let deputy = deputyNoun.matches(t) || (previousWord(i, in: s).map { Cues.deputyNoun.matches(token($0)) } ?? false)
                if let y = after(i, within: 4, isOrg) {
                    let p = local.firstInPlace { isPerson($0) && $0.tokens.lowerBound >= y.tokens.upperBound && $0.tokens.lowerBound - y.tokens.upperBound <= 8 }
                        ?? before(i, within: 3, isPerson)
                    if let p { addRelation(deputy ? .memberOf : .leads, p, y, cue: i, rule: deputy ? "relation.member_of.role" : "relation.leads.role") }
                }
            }
            if spokesperson.matches(t), let y = after(i, within: 3, isOrg) {
                let p = local.firstInPlace { isPerson($0) && $0.tokens.lowerBound >= y.tokens.upperBound && $0.tokens.lowerBound - y.tokens.upperBound <= 8 }
                    ?? before(i, within: 4, isPerson)
                if let p { addRelation(.spokespersonOf, p, y, cue: i, rule: "relation.spokesperson_of") }
            }
            if backedCue.matches(t), let y = after(i, within: 2, { $0.kind == .actor && $0.actorType != .person }),
               let x = before(i, within: 3, { $0.actorType == .armedGroup || $0.actorType == .militaryForce }) {
                addRelation(.backedBy, x, y, cue: i, rule: "relation.backed_by")
            }
            if alliedCue.matches(t), let y = after(i, within: 3, isOrg) {
                for x in local where x.actorType == .armedGroup && x.tokens.upperBound <= i && i - x.tokens.upperBound <= 12 {
                    addRelation(.alliedWith, x, y, cue: i, rule: "relation.allied_with")
                }
            }
            if accuseCue.matches(t), !Cues.responsibility.matches(t) {
                // "حمل" is "carry" unless responsibility follows: "حمّلوا X مسؤولية الهجمات".
                let blame = Cues.blameVerb.matches(t)
                // "حمّلت واشنطن كتائب حزب الله مسؤوليته": with the pronoun of what is blamed.
                if blame, !(i..<min(s.tokens.upperBound, i + 18)).contains(where: { Cues.responsibility.matches(token($0)) || Cues.responsibilityFor.matches(token($0)) }) { continue }
                let pronounObject = Cues.accuseVerb.matches(t) && ["ها", "ه", "هم"].contains { t.norm.hasSuffix($0) }
                // The accuser follows a verb that opens its clause ("اتهمت واشنطن X"), else precedes it,
                // either named or as officials with a nisba ("مسؤولين أمريكيين حملوا ...").
                // ... unless the subject stands right before the verb ("المسؤولون الأمريكيون يتهمون X").
                let subjectFirst = pronounObject ? nil : nisbaOfOfficials(before: i, in: s) ?? before(i, within: 1, isOrg)
                // "اتهم المتحدث باسم X P Y", "حمّل وزير الدفاع P Y المسؤولية": an official named by his
                // title after the verb is the accuser himself, not the body of his title.
                let titled: Mention? = nextWord(i, in: s).flatMap { w in
                    Cues.office.matches(token(w)) || Cues.spokesperson.matches(token(w)) || Cues.title.matches(token(w))
                        ? local.firstInPlace { isPerson($0) && $0.tokens.lowerBound > w && $0.tokens.lowerBound - w <= 8 } : nil
                }
                let x: Mention? = Cues.accuseVerb.matches(t) || blame
                    ? (subjectFirst ?? titled ?? after(i, within: 2, { $0.kind == .actor }) ?? nisbaOfOfficials(after: i, in: s)
                        ?? before(i, within: 5, isOrg) ?? nisbaOfOfficials(before: i, in: s))
                    : before(i, within: 5, isOrg)
                guard let x else { continue }
                let from = max(i, x.tokens.lowerBound > i ? x.tokens.upperBound - 1 : i)
                var y = local.firstInPlace { isOrg($0) && $0.ref != x.ref && $0.tokens.lowerBound > from && $0.tokens.lowerBound - from <= 6
                    && !isQualifierObject($0, in: s) }
                // "الفصائل ... التي تتهمها الولايات المتحدة": the object pronoun stands for the noun before the relative.
                if pronounObject, let r = previousWord(i, in: s), Cues.relativePronoun.matches(token(r)) {
                    // ... unless that noun only qualifies the head ("الموالية لإيران"): then the head is unnamed.
                    let head = before(r, within: 4, isOrg)
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
            }
            // A report that lays attacks at someone's door accuses them, on the speaker's word:
            // "قالت X إن الهجوم يحمل بصمات Y", "قال X إن Y كان مسؤولا عن ...", "قال X إن الهجمات شنتها Y",
            // and the participle of the main clause: "نفى X ذلك، متهما Y بـ...".
            if fingerprints.matches(t) || carriedOutBy.matches(t) || accusingParticiple.matches(t),
               let speaker = reportSpeaker(before: i, in: s, mentions: local, needsReport: !accusingParticiple.matches(t)),
               let y = after(i, within: 2, { $0.kind == .actor && !isQualifierObject($0, in: s) }) {
                addRelation(.accuses, speaker, y, cue: i, rule: "relation.accuses.report")
            }
            // "فرضت وزارة الخزانة الأميركية عقوبات على X وشقيقه Y، متهمة إياهما بـ": the persons the pronoun stands for.
            // The accuser is the subject of the main clause: the first body named in the sentence, not after ل.
            if accusingParticiple.matches(t), let n = nextWord(i, in: s), Cues.objectPronoun.matches(token(n)),
               let speaker = local.first(where: { isOrg($0) && !$0.hasToClitic && !$0.anaphoric && $0.tokens.upperBound <= i }) {
                for y in local where isPerson(y) && !y.anaphoric && y.tokens.lowerBound > speaker.tokens.upperBound && y.tokens.upperBound <= i
                    && i - y.tokens.upperBound <= 15 {
                    addRelation(.accuses, speaker, y, cue: i, rule: "relation.accuses.pronoun-object")
                }
            }
            if heldResponsible.matches(t),
               (i + 1..<min(s.tokens.upperBound, i + 5)).contains(where: { Cues.about.matches(token($0)) }),
               let y = before(i, within: 4, { $0.kind == .actor }),
               let speaker = reportSpeaker(before: y.tokens.lowerBound, in: s, mentions: local, needsReport: true) {
                addRelation(.accuses, speaker, y, cue: i, rule: "relation.accuses.report")
            }
            if hostileCue.matches(t), let y = after(i, within: 2, isOrg), let x = before(i, within: 9, isOrg),
               y.actorType != .state || x.actorType == .armedGroup {
                addRelation(.hostileTo, x, y, cue: i, rule: "relation.hostile_to")
            }
            // "توعدت X بالثأر من Y", "توعد X Y بالرد": a vow of revenge or a threat by the subject after the verb.
            if vowVerb.matches(t), let x = after(i, within: 2, { $0.actorType == .armedGroup || $0.actorType == .militaryForce }),
               let y = local.firstInPlace(where: { isOrg($0) && $0.ref != x.ref && $0.tokens.lowerBound >= x.tokens.upperBound
                   && $0.tokens.lowerBound - x.tokens.upperBound <= 4 && !isQualifierObject($0, in: s) }) {
                addRelation(.hostileTo, x, y, cue: i, rule: "relation.hostile_to.vow")
            }
        }
        // "مدير الإسناد في التحالف العميد P": an officer whose post is given "in" a body before
        // his rank and name serves in that body.
        for p in local where isPerson(p) {
            var r = p.tokens.lowerBound - 1
            while r > s.tokens.lowerBound, Cues.rankQualifier.matches(token(r)) { r -= 1 }
            guard r > s.tokens.lowerBound, covered[r] < 0, Cues.militaryRank.matches(token(r)),
                  let y = local.lastInPlace(where: { $0.tokens.upperBound == r }), isOrg(y), y.actorType != .state,
                  y.tokens.lowerBound - 1 > s.tokens.lowerBound, token(y.tokens.lowerBound - 1).norm == "في",
                  covered[y.tokens.lowerBound - 2] < 0, token(y.tokens.lowerBound - 2).kind == .word
            else { continue }
            addRelation(.memberOf, p, y, cue: r, rule: "relation.member_of.post-in")
        }
        // ORG في ORG: "فيلق القدس في الحرس الثوري" — a unit inside a larger force.
        for m in local where m.kind == .actor && !m.anaphoric
            && (m.actorType == .armedGroup || m.actorType == .militaryForce || m.actorType == .governmentBody) {
            guard m.tokens.upperBound < s.tokens.upperBound, token(m.tokens.upperBound).norm == "في",
                  let y = local.firstInPlace(where: { $0.tokens.lowerBound == m.tokens.upperBound + 1 && !$0.anaphoric }),
                  y.kind == .actor, y.actorType == .armedGroup || y.actorType == .militaryForce || y.actorType == .governmentBody
                    || y.actorType == .coalition
            else { continue }
            addRelation(.partOf, m, y, cue: m.tokens.upperBound, rule: "relation.part_of.in")
        }
        // BASE (العسكرية) في (محافظة) PLACE; PLACE (شديدة التحصين) بوسط PLACE
        for m in local where (m.kind == .base || m.kind == .place) && !m.anaphoric {
            var sawIn = false
            var j = m.tokens.upperBound
            var hops = 0
            while j < s.tokens.upperBound, hops < 5 {
                let t = token(j)
                if t.kind == .punctuation { break }
                // "الأنبار ومن مواقعها في بغداد", "العراق و4 في سوريا": a conjunction opens a new
                // phrase, and the place named in it is not where this one lies.
                if t.kind == .word, t.norm.hasPrefix("و"),
                   Cues.phraseHead.matches(t) || t.norm.unicodeScalars.dropFirst().first.map({ $0.properties.numericType != nil }) == true { break }
                if covered[j] >= 0 {
                    let p = mentions[Int(covered[j])]
                    if isPlace(p), p.ref != m.ref, sawIn || p.clitic.hasSuffix("ب") {
                        addRelation(.locatedIn, m, p, cue: nil, rule: "relation.located_in.text")
                    }
                    break
                }
                // "قاعدة X قرب مدينة Y": a base near a town is placed by it.
                if Cues.inPlace.matches(t) || m.kind == .base && Cues.nearPlace.matches(t) { sawIn = true }
                // "عين الأسد وحرير في أربيل": a coordinated name takes the place that follows, not the first one.
                else if t.kind == .word, t.norm.hasPrefix("و"), t.norm.scalarCount > 3, !Cues.placeClass.matches(t),
                        !Cues.notAName.matches(t) { break }
                else if !(Cues.placeClass.matches(t) || Cues.notAName.matches(t) || hops < 2) { break }
                hops += 1; j += 1
            }
        }
        extractOfficeRelations(in: s, mentions: local)
        // Lexicon affiliations of entities named together.
        // A state named as where people are sent ("نقلهم إلى الأردن والكويت") is a place there,
        // not an actor the lexicon's affiliations speak of.
        var destinations = Set<EntityRef>()
        var previous: Mention?
        for m in local {
            if m.actorType == .state, !m.anaphoric, let w = previousWord(m.tokens.lowerBound, in: s),
               Cues.to.matches(token(w)) && covered[w] < 0
                || previous.map({ destinations.contains($0.ref) && $0.tokens.upperBound == m.tokens.lowerBound && m.clitic.hasPrefix("و") }) == true {
                destinations.insert(m.ref)
            }
            previous = m
        }
        // Indices, not copies of the mentions; a lexicon mention's reference is its entity's
        // index, and the targets of that entity's background relations are references too
        // (`Extractor.relationTargetRefs`): no look-up by name.
        let known = local.indices.filter { local[$0].ref.isLexicon && !local[$0].anaphoric && (destinations.isEmpty || !destinations.contains(local[$0].ref)) }
        // An edge joins two different entities named here: with one lexicon mention or none
        // (most sentences) there is nothing to look up.
        guard known.count > 1 else { return }
        for ka in known {
            guard let ia = local[ka].ref.lexiconEntity, !extractor.relationTargetRefs[ia].isEmpty else {
                assert(extractor.relatedEntityTable.value(of: refName(local[ka].ref)) == nil, "a related entity without relations")
                continue
            }
            assert(extractor.relatedEntities[refName(local[ka].ref)] == ia, "the entity's reference disagrees with the dictionary")
            for (r, target) in zip(gazetteer.relationTargets[ia], extractor.relationTargetRefs[ia]) {
                guard let target, let kb = known.first(where: { local[$0].ref == target }) else { continue }
                assert(refName(target) == r.targetRef, "a relation target's reference differs from its name")
                let a = local[ka], b = local[kb]
                // "فصائل مرتبطة بطهران": a name that only qualifies another noun speaks of backing,
                // and of nothing else the lexicon knows about it.
                if r.relation != .backedBy, isQualifierObject(a, in: s) || isQualifierObject(b, in: s) { continue }
                addRelation(r.relation, a, b, cue: nil, rule: "relation.lexicon.co-mention")
            }
        }
    }
}

extension DocumentRun {
    /// The mention only qualifies another noun: "(فصائل) مرتبطة بطهران", "(الفصائل) المدعومة من إيران".
    func isQualifierObject(_ m: Mention, in s: Sentence) -> Bool {
        guard let p = previousWord(m.tokens.lowerBound, in: s) else { return false }
        if Cues.backedCue.matches(token(p)) { return true }
        if Cues.from.matches(token(p)) || Cues.to.matches(token(p)), let q = previousWord(p, in: s) { return Cues.backedCue.matches(token(q)) }
        return false
    }

    /// The speaker of the report that token `i` stands in: the first actor named after the last
    /// verb of saying before `i` and before its complementizer ("وقالت نائبة المتحدث باسم Y P إن"),
    /// a named person before the body they speak for. With `needsReport` the complementizer must
    /// stand between the verb and `i`, so that `i` is inside the reported words. O(sentence length).
    func reportSpeaker(before i: Int, in s: Sentence, mentions local: [Mention], needsReport: Bool) -> Mention? {
        guard let verb = (s.tokens.lowerBound..<i).last(where: { Cues.sayVerb.matches(token($0)) || Cues.saying.matches(token($0)) })
        else { return nil }
        let complementizer = (verb + 1..<i).first { Cues.complementizer.matches(token($0)) }
        if needsReport, complementizer == nil { return nil }
        let end = complementizer ?? i
        let subjects = local.filter { $0.kind == .actor && $0.tokens.lowerBound > verb && $0.tokens.upperBound <= end
            && $0.tokens.lowerBound - verb <= 10 }
        return subjects.first { $0.actorType == .person } ?? subjects.first
    }

    /// A state named by the nisba of its officials: "مسؤولون أمريكيون" → the United States.
    func nisbaOfOfficials(after i: Int, in s: Sentence) -> Mention? {
        guard let o = nextWord(i, in: s), Cues.officials.matches(token(o)), let n = nextWord(o, in: s) else { return nil }
        return nisbaMention(at: n, in: s).flatMap { $0.actorType == .state ? $0 : nil }
    }
    func nisbaOfOfficials(before i: Int, in s: Sentence) -> Mention? {
        guard let n = previousWord(i, in: s), let o = previousWord(n, in: s), Cues.officials.matches(token(o)) else { return nil }
        return nisbaMention(at: n, in: s).flatMap { $0.actorType == .state ? $0 : nil }
    }

    /// The state a nisba adjective names ("أمريكية" → the United States), as a mention of that token.
    func nisbaMention(at i: Int, in s: Sentence) -> Mention? {
        let t = token(i)
        guard t.kind == .word, covered[i] < 0 else { return nil }
        for k in t.keys {
            guard let e = extractor.nisba[k] else { continue }
            return oneWordMention(of: e, at: i, in: s, rule: .nisba)
        }
        return nil
    }
}

extension DocumentRun {
    /// "يتولاها الوزير ريبر أحمد": the person after one title word.
    func titledPersonAfter(_ i: Int, in local: [Mention]) -> Mention? {
        guard i + 2 < text.tokens.count, Cues.title.matches(token(i + 1)) else { return nil }
        return local.first { $0.actorType == .person && $0.tokens.lowerBound == i + 2 }
    }

    /// "وزارة الداخلية في الإقليم، التي يتولاها ...": the body a relative clause opens on, the
    /// relative pronoun right before the verb and at most eight words between the body and it
    /// (a place and a comma may stand between).
    func bodyBeforeRelative(_ i: Int, in local: [Mention]) -> Mention? {
        guard i > 0, Cues.relativePronoun.matches(token(i - 1)) else { return nil }
        return local.last { $0.tokens.upperBound <= i - 1 && i - 1 - $0.tokens.upperBound <= 8
            && ($0.actorType == .governmentBody || $0.actorType == .militaryForce || $0.actorType == .armedGroup) }
    }
}

extension DocumentRun {
    /// The organisation "بقيادة X" qualifies: the one named right before, or, when that one is the
    /// object of a purpose or a hostility ("التحالف الدولي لمحاربة داعش بقيادة الولايات المتحدة"),
    /// the head the purpose belongs to. Within four words of the cue, then of the object.
    func ledOrganisation(before i: Int, in s: Sentence, _ local: [Mention]) -> Mention? {
        let isOrg: (Mention) -> Bool = { $0.kind == .actor && $0.actorType != .person }
        guard let y = local.last(where: { $0.tokens.upperBound <= i && i - $0.tokens.upperBound < 4 && isOrg($0) }) else { return nil }
        guard let p = previousWord(y.tokens.lowerBound, in: s), Cues.hostileCue.matches(token(p)) || Cues.purposeAgainst.matches(token(p)) else { return y }
        return local.last { $0.tokens.upperBound <= p && p - $0.tokens.upperBound < 4 && isOrg($0) }
    }
}

extension Cues {
    /// The lists whose words open a branch of the per-word loop of `extractRelations`: a new
    /// branch there must add the list that opens it here (`WordSetUnion` answers as the lists
    /// do, debug builds check it, but it knows nothing of the loop's branches).
    static let relationCues = WordSetUnion([
        ledBy, memberOfCue, partOfCue, gatherUnder, operateVerb, leaderNoun, deputyNoun, spokesperson, backedCue,
        alliedCue, accuseCue, fingerprints, carriedOutBy, accusingParticiple, heldResponsible, hostileCue, vowVerb,
    ])

    /// Purposes of a coalition named in its name: "لمحاربة", "لهزيمة", "ضد".
    static let purposeAgainst = WordSet(["لهزيمة", "هزيمة", "لمكافحة", "مكافحة", "لقتال", "ضد"])
}

extension DocumentRun {
    /// "وتتهم واشنطن فصائل ...، أبرزها كتائب حزب الله وحركة النجباء، ... وتقول إن هذه الفصائل تنشط تحت
    /// مظلة "المقاومة الإسلامية في العراق"": a family referred back to ("هذه الفصائل") that acts under an
    /// umbrella name makes the groups listed for it in the sentence (after "أبرزها/بينها/في مقدمها")
    /// parts of the umbrella. The verb is `verb`; the umbrella follows "تحت" (and "مظلة/لواء/راية")
    /// within three words. O(mentions of the sentence).
    func umbrellaOfListedFamily(verb i: Int, in s: Sentence, _ local: [Mention]) -> [(Mention, Mention)] {
        guard Cues.operateVerb.matches(token(i)), let u = nextWord(i, in: s), Cues.under.matches(token(u)),
              let noun = previousWord(i, in: s), Cues.familyNoun.matches(token(noun)),
              let d = previousWord(noun, in: s), Cues.demonstrative.matches(token(d)),
              let umbrella = local.first(where: { $0.tokens.lowerBound > u && $0.tokens.lowerBound - u <= 3 && $0.actorType == .armedGroup }),
              let cue = (s.tokens.lowerBound..<d).first(where: { Cues.amongThem.matches(token($0)) }) else { return [] }
        return local.filter { $0.actorType == .armedGroup && $0.tokens.lowerBound > cue && $0.tokens.upperBound <= d && $0.ref != umbrella.ref }
            .map { ($0, umbrella) }
    }
}

extension Cues {
    /// Verbs of acting under an umbrella: "تنشط تحت مظلة", "تعمل تحت لواء", "تنضوي تحت".
    static let operateVerb = WordSet(["تنشط", "ينشط", "تعمل", "يعمل", "تنضوي", "ينضوي", "تندرج", "تقاتل", "يقاتل"])
    /// A family of groups referred back to: "هذه الفصائل", "هذه الجماعات".
    static let familyNoun = WordSet(["الفصائل", "الجماعات", "المجموعات", "الميليشيات", "المليشيات", "التنظيمات"])
}

extension Cues {
    /// The detached object pronoun after a participle: "متهمة إياهما" (accusing the two of them).
    static let objectPronoun = WordSet(["إياه", "إياها", "إياهما", "إياهم", "إياهن"])
}

extension Cues {
    /// Responsibility with the pronoun of what is blamed: "حمّلت X مسؤوليته".
    static let responsibilityFor = WordSet(["مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسؤوليتهما"])
}
