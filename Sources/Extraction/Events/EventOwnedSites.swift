import GraphModel

/// Strikes on sites named by a common noun and their owner, and the attack a strike answers.
///
/// Reprisal strikes are reported by what they hit, not by a name: "غارات على ثلاثة مواقع تستخدمها
/// كتائب حزب الله", "ضربة على مقرات لكتائب سيد الشهداء", "قصف منشآت تابعة لعصائب أهل الحق". The site
/// noun has no entity; its owner, the group named right after it, is what the strike is aimed
/// at. The strikers are often named only by the aircraft and its nisba before the verbal noun
/// ("شنت طائرات حربية أميركية ... غارات").
///
/// The strike is then told as the answer to an attack ("رداً على هجوم بطائرة مسيرة استهدف أمس
/// الاثنين قاعدة أربيل الجوية"). A cause is normally a back-reference to an event told before,
/// but when the cause comes with a verb, a target and a date of its own, it is the first report
/// of that attack and must become an event dated by its own clause.
///
/// Each check reads a window of a few tokens after or before the trigger: O(1) per trigger.
extension DocumentRun {
    /// The owner of a site hit by the strike: the site noun is the object of the trigger (at most
    /// three words after it, or after على, possibly with a count between: "على ثلاثة مواقع") and the
    /// owner is an armed group or force right after it, either with the clitic ل ("مواقع لكتائب
    /// حزب الله") or after a word of use or belonging ("تستخدمها", "التابعة لـ", "تديرها"), with no
    /// punctuation between.
    func ownedSiteTargets(of g: TriggerGroup, after: [Mention], upper: Int, in s: Sentence) -> [Mention] {
        var out: [Mention] = []
        // The list is read once, not per word (each read of a static list is a `swift_once`).
        let site = Cues.site
        for k in (g.last + 1)..<min(upper, g.last + 13) where covered[k] < 0 && site.matches(token(k)) {
            var p = previousWord(k, in: s)
            if let q = p, numberValue(token(q)) != nil { p = previousWord(q, in: s) }
            // The object follows the verb, or the verb and its subject ("قصفت طائرات حربية إسرائيلية مقرات").
            let object = k - g.last <= 3 || (p.map { Cues.on.matches(token($0)) } ?? false)
                || aircraftSubjectEnd(after: g, in: s).map { $0 + 1 == k } == true
                // "استهدفت، يوم الخميس من الأسبوع الماضي، مقرا" (Events/EventVictimSide.swift).
                || parentheticalBeforeObject(from: g, to: k, in: s)
            guard object, k - g.last <= 7 || parentheticalBeforeObject(from: g, to: k, in: s) else { continue }
            guard let owner = after.first(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 3 }),
                  owner.actorType == .armedGroup || owner.actorType == .militaryForce,
                  !((k + 1)..<owner.tokens.lowerBound).contains(where: { token($0).kind == .punctuation }) else { continue }
            let between = (k + 1)..<owner.tokens.lowerBound
            let owned = (between.isEmpty && owner.hasToClitic)
                || (!between.isEmpty && between.allSatisfy { Cues.siteOwnerWord.matches(token($0)) || Cues.adjectiveOfSite.matches(token($0)) }
                    && between.contains { Cues.siteOwnerWord.matches(token($0)) })
            if owned { out.append(owner) }
        }
        return out
    }

    /// The state whose aircraft carry out the strike, named by a nisba after the aircraft noun:
    /// "شنت طائرات حربية أميركية غارات", "قصفت طائرات حربية إسرائيلية ..." → that state. The aircraft
    /// noun stands within six words before the trigger, in its clause, or right after a verb
    /// trigger; the nisba follows it within three words, after qualifiers only.
    func aircraftNisbaAttacker(before g: TriggerGroup, clauseStart: Int, in s: Sentence) -> Mention? {
        let start = max(clauseStart, s.tokens.lowerBound, g.first - 6)
        var nouns = start < g.first ? (start..<g.first).filter { Cues.warplane.matches(token($0)) } : []
        // After a verb the subject follows it: "قصفت طائرات حربية إسرائيلية ...".
        if let n = nextWord(g.last, in: s), Cues.warplane.matches(token(n)) { nouns.append(n) }
        // "شنّت طائرات حربية أميركية، ليل الخميس - الجمعة، غارات": the subject of the verb of
        // launching, with the time told between it and the strikes, up to twelve words back.
        if nouns.isEmpty {
            let far = max(clauseStart, s.tokens.lowerBound, g.first - 12)
            if far < g.first, let v = (far..<g.first).last(where: { Cues.launched.matches(token($0)) }),
               let n = nextWord(v, in: s), n < g.first, Cues.warplane.matches(token(n)) { nouns.append(n) }
        }
        // Read once, outside the closure: capturing the run would copy it.
        let nisba = extractor.nisba
        for a in nouns {
            let end = a > g.last ? min(s.tokens.upperBound, a + 4) : min(g.first, a + 4)
            guard a + 1 < end else { continue }
            for i in (a + 1)..<end {
                let t = token(i)
                guard t.kind == .word, covered[i] < 0 else { break }
                if let e = t.keys.lazy.compactMap({ nisba[$0] }).first, gazetteer.entities[e].actorType == .state {
                    return oneWordMention(of: e, at: i, in: s, rule: .nisbaAircraft)
                }
                guard Cues.attackQualifier.matches(t) || Cues.warplaneQualifier.matches(t) else { break }
            }
        }
        return nil
    }

    /// The last token of an aircraft subject right after a verb trigger ("قصفت طائرات حربية
    /// إسرائيلية"): the aircraft noun, its qualifiers and a nisba; nil when no aircraft follows.
    func aircraftSubjectEnd(after g: TriggerGroup, in s: Sentence) -> Int? {
        guard let a = nextWord(g.last, in: s), Cues.warplane.matches(token(a)) else { return nil }
        var end = a
        while let n = nextWord(end, in: s), n - a <= 3, covered[n] < 0,
              Cues.warplaneQualifier.matches(token(n)) || Cues.attackQualifier.matches(token(n)) || isNationality(token(n)) {
            end = n
        }
        return end
    }

    /// "رداً على هجوم بطائرة مسيرة استهدف أمس الاثنين قاعدة أربيل": the cause of a reprisal told with
    /// its own verb of hitting, a base after that verb and a date between them is a first report,
    /// not a back-reference. The verb stands within four words after the trigger group, the base within
    /// six words after the verb, and a date of the sentence lies between the trigger and the base.
    func answeredAttackToldInFull(_ g: TriggerGroup, in s: Sentence) -> Bool {
        guard g.kind == .attack, !token(g.first).hasArticle,
              let p = previousWord(g.first, in: s),
              Cues.inResponse.matches(token(p)) || (Cues.on.matches(token(p)) && (previousWord(p, in: s).map { Cues.inResponse.matches(token($0)) } ?? false))
        else { return false }
        // The verb may have joined the trigger group ("هجوم بطائرة مسيرة استهدف").
        let end = min(s.tokens.upperBound, g.last + 5)
        guard g.first + 1 < end, let verb = ((g.first + 1)..<end).first(where: { Cues.hitVerb.matches(token($0)) }) else { return false }
        guard let base = mentions.firstInPlace(where: { $0.sentence == s.index && $0.kind == .base && $0.tokens.lowerBound > verb
            && $0.tokens.lowerBound - verb <= 6 }) else { return false }
        let absoluteStart = token(g.last).end, absoluteEnd = token(base.tokens.lowerBound).start
        return dateReading(of: s).spans.contains { range, date in
            date != nil && s.start + range.lowerBound >= absoluteStart && s.start + range.lowerBound < absoluteEnd
        }
    }
}

extension Cues {
    /// Words between a site noun and its owner: "تستخدمها", "التابعة لـ", "تديرها", "يشغلها".
    static let siteOwnerWord = WordSet(["تستخدمها", "يستخدمها", "تستخدمه", "يستخدمه", "استخدمتها", "تابعة", "التابعة", "تابع", "التابع", "تابعا", "تابعين",
                                        "تديرها", "يديرها", "تشغلها", "يشغلها", "تعود", "يعود", "العائدة", "عائدة", "تسيطر", "يسيطر", "تتخذها", "يتخذها"])
    /// Adjectives that may stand between a site noun and its owner word ("مواقع عسكرية تابعة لـ").
    static let adjectiveOfSite = WordSet(["عسكرية", "عسكري", "لوجستية", "ومخازن", "أخرى"])
    /// Warplanes and strike aircraft.
    static let warplane = WordSet(["طائرات", "طائرة", "مقاتلات", "مقاتلة", "قاذفات", "قاذفة", "مروحيات", "مروحية"])
    static let warplaneQualifier = WordSet(["حربية", "مقاتلة", "مسيرة", "مسيرات", "حربيه"])
    /// Verbs of hitting that tell an attack's target in a relative-less clause after its noun.
    static let hitVerb = WordSet(["استهدف", "استهدفت", "طال", "طالت", "ضرب", "ضربت", "أصاب", "أصابت"])
}

extension DocumentRun {
    /// The doer named in an agent phrase after the trigger: "استهداف مواقع عسكرية من قبل الجانب
    /// الأميركي" → the United States; "من قبل فصائل مسلحة" names nobody known. The phrase "من قبل"
    /// stands within six words after the trigger, in its clause; the doer is the named performer
    /// right after it, or a state's nisba at most two words after it ("الجانب الأميركي", "القوات
    /// التركية"). A clause whose agent is not among an event's doers tells another event.
    func agentAfterTrigger(_ g: TriggerGroup, upper: Int, in s: Sentence) -> Mention? {
        let end = min(upper, s.tokens.upperBound, g.last + 8)
        guard g.last + 1 < end else { return nil }
        let nisba = extractor.nisba
        for i in (g.last + 1)..<end where token(i).norm == "من" {
            guard let by = nextWord(i, in: s), by < upper, Cues.agentBy.matches(token(by)) else { continue }
            var j = nextWord(by, in: s)
            var hops = 0
            while let k = j, hops < 3, k < upper {
                if covered[k] >= 0 {
                    let m = mentions[Int(covered[k])]
                    return m.isPerformer ? m : nil
                }
                let t = token(k)
                if let e = t.keys.lazy.compactMap({ nisba[$0] }).first, gazetteer.entities[e].actorType == .state {
                    return oneWordMention(of: e, at: k, in: s, rule: .nisbaAgent)
                }
                j = nextWord(k, in: s); hops += 1
            }
            return nil
        }
        return nil
    }
}

extension Cues {
    /// "من قبل" (by): the second word of the agent phrase.
    static let agentBy = WordSet(["قبل"])
}
