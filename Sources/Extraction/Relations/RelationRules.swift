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
        // The word lists the sentence's words are in (`SentenceCues`, one OR of their masks, made
        // once per article): a scan below for words of a list no word of the sentence is in
        // finds nothing, and is not made. Exact (debug builds check every negative answer).
        let sentenceCues = cues(of: s)
        // "التحالف الدولي بقيادة الولايات المتحدة" as one lexicon name (Relations/LeaderInName.swift):
        // its cue word is one of the sentence's words, which few sentences hold. The gate is
        // exact only if every mention of `local` lies within the sentence's words.
        assert(local.allSatisfy { s.tokens.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= s.tokens.upperBound },
               "a mention of the sentence lies outside its words")
        if sentenceCues.mayMatch(Cues.ledBy) || sentenceCues.mayMatch(Cues.ledByVerb) { leadersInNames(local) }
        let isOrg: (Mention) -> Bool = RelationScan.isOrg, isPerson: (Mention) -> Bool = RelationScan.isPerson
        let isPlace: (Mention) -> Bool = { $0.kind == .place }

        // The rules that read a cue word (Relations/RelationCueRules.swift), read once per
        // sentence (each read of a static is a `swift_once` call), and the union of their gates:
        // a word in none of them (nine words in ten) is passed over with one mask test.
        let rules = Self.relationCueRules
        let cueUnion = Cues.relationCues
        let scan = RelationScan(s: s, local: local)
        // The words are read in place (a token holds no reference, so reading it retains
        // nothing, but a copy of each of the sentence's words was some forty instructions), and
        // `covered` is taken once rather than loaded through `self` at every word. No rule
        // changes the coverage.
        let covered = self.covered
        // A sentence with no word of any rule's gate is not scanned word by word.
        if sentenceCues.mayMatch(cueUnion) {
            text.tokens.withUnsafeBufferPointer { tokens in
                for i in s.tokens where tokens[i].kind == .word && covered[i] < 0 && cueUnion.matches(tokens, i) {
                    let t = tokens[i]
                    // The rules are read in place: copying one out of the array retains its gate lists
                    // and its closure; and each gate is asked on the word's mask (`opens(_:cues:cueLists:)`).
                    let cues = t.cues, cueLists = t.layout.cueLists
                    rules.withUnsafeBufferPointer { rules in
                        for k in rules.indices where rules[k].opens(t, cues: cues, cueLists: cueLists) {
                            guard rules[k].reads(self, i, t, scan) else { break }
                        }
                    }
                }
            }
        }
        // "مدير الإسناد في التحالف العميد P": an officer whose post is given "in" a body before
        // his rank and name serves in that body. The rank is a word of the sentence.
        if sentenceCues.mayMatch(Cues.militaryRank) {
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
                // "حقل كونيكو بريف دير الزور": a site in the countryside of a place lies in it.
                if Cues.inPlace.matches(t) || Cues.inCountrysideOf.matches(t) || m.kind == .base && Cues.nearPlace.matches(t) { sawIn = true }
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
        // A destination is first named after "إلى" (a word of the sentence); the states
        // coordinated with it follow it.
        var destinations = Set<EntityRef>()
        var previous: Mention?
        if sentenceCues.mayMatch(Cues.to) {
            for m in local {
                if m.actorType == .state, !m.anaphoric, let w = previousWord(m.tokens.lowerBound, in: s),
                   Cues.to.matches(token(w)) && covered[w] < 0
                    || previous.map({ destinations.contains($0.ref) && $0.tokens.upperBound == m.tokens.lowerBound && m.clitic.hasPrefix("و") }) == true {
                    destinations.insert(m.ref)
                }
                previous = m
            }
        }
        // Indices, not copies of the mentions; a lexicon mention's reference is its entity's
        // index, and the targets of that entity's background relations are references too
        // (`Extractor.relationTargetRefs`): no look-up by name.
        // An edge joins two different entities named here: with one lexicon mention or none
        // (most sentences) there is nothing to look up, and the list of them is not made.
        // Counted first, then written into one allocation of that size: `filter` grew its
        // result from empty (three or four buffers for a sentence's ten-odd mentions), some
        // 1,500 instructions per sentence.
        func isKnown(_ m: Mention) -> Bool { m.ref.isLexicon && !m.anaphoric && (destinations.isEmpty || !destinations.contains(m.ref)) }
        let knownCount = local.withUnsafeBufferPointer { ms in
            var n = 0
            for k in ms.indices where isKnown(ms[k]) { n += 1 }
            return n
        }
        guard knownCount > 1 else { return }
        // Written into a buffer on the stack: `[Int](unsafeUninitializedCapacity:)` allocated
        // through the generic path (some 550 instructions a list, for 17,000 sentences per 1,000
        // articles), for a list read only here.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: knownCount) { buffer in
            var written = 0
            local.withUnsafeBufferPointer { ms in
                for k in ms.indices where isKnown(ms[k]) { buffer[written] = k; written += 1 }
            }
            let known = UnsafeBufferPointer(rebasing: buffer[..<written])
            assert(Array(known) == local.indices.filter { isKnown(local[$0]) }, "the counted lexicon mentions differ from the filter's")
            // The targets are read in place from the flat lists (`LexiconRelationTargets`): a copy of
            // an entity's own list retained and released that list, which every worker thread shares.
            // Read through `extractor` each time, not taken into a local: a copy of the table would
            // retain its lists.
            for ka in known {
                guard let ia = local[ka].ref.lexiconEntity, !extractor.relationTargetRefs.range(of: ia).isEmpty else {
                    assert(extractor.relatedEntityTable.value(of: refName(local[ka].ref)) == nil, "a related entity without relations")
                    continue
                }
                assert(extractor.relatedEntities[refName(local[ka].ref)] == ia, "the entity's reference disagrees with the dictionary")
                // By index, the target's integer reference first: the relation is read only for a
                // target named in the sentence.
                let range = extractor.relationTargetRefs.range(of: ia)
                for j in range {
                    guard let target = extractor.relationTargetRefs.refs[j], let kb = known.first(where: { local[$0].ref == target }) else { continue }
                    let relation = extractor.relationTargetRefs.relations[j]
                    assert(refName(target) == extractor.gazetteer.relationTargets[ia][j - range.lowerBound].targetRef
                           && relation == extractor.gazetteer.relationTargets[ia][j - range.lowerBound].relation,
                           "a relation target's reference or relation differs from the gazetteer's")
                    let a = local[ka], b = local[kb]
                    // "فصائل مرتبطة بطهران": a name that only qualifies another noun speaks of backing,
                    // and of nothing else the lexicon knows about it.
                    if relation != .backedBy, isQualifierObject(a, in: s) || isQualifierObject(b, in: s) { continue }
                    addRelation(relation, a, b, cue: nil, rule: "relation.lexicon.co-mention")
                }
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
    /// Purposes of a coalition named in its name: "لمحاربة", "لهزيمة", "ضد".
    static let purposeAgainst = WordSet(["لهزيمة", "هزيمة", "لمكافحة", "مكافحة", "لقتال", "ضد"])
}

extension DocumentRun {
    /// "وتتهم واشنطن فصائل ...، أبرزها كتائب حزب الله وحركة النجباء، ... وتقول إن هذه الفصائل تنشط تحت
    /// مظلة "المقاومة الإسلامية في العراق"": a family referred back to ("هذه الفصائل") that acts under an
    /// umbrella name makes the groups listed for it in the sentence (after "أبرزها/بينها/في مقدمها")
    /// parts of the umbrella. The verb is `verb`; the umbrella follows "تحت" (and "مظلة/لواء/راية")
    /// within three words. O(mentions of the sentence).
    /// Read only of a word of `Cues.operateVerb`, the gate of its relation cue rule.
    func umbrellaOfListedFamily(verb i: Int, in s: Sentence, _ local: [Mention]) -> [(Mention, Mention)] {
        guard let u = nextWord(i, in: s), Cues.under.matches(token(u)),
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

extension Cues {
    /// "بريف" (in the countryside of), before the place a site or village lies in: "بريف دير الزور".
    /// Kept out of `inPlace`, which the event rules also read.
    static let inCountrysideOf = WordSet(["بريف"])
}
