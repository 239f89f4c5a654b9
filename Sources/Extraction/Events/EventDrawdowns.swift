import GraphModel

/// Troop cuts told as a number of troops or a presence reduced: "ستخفض عدد قواتها في العراق من نحو
/// 3000 إلى 2500 جندي", "ستقلص وجودها العسكري في العراق", "تقليص عدد الجنود الأميركيين في
/// سوريا". A cut of the forces in a country is a (partial) withdrawal from that country by the
/// subject of the verb; "خفض التصعيد" (de-escalation) or "خفض الميزانية" are not, so the verb
/// must have a troop word as its object: "عدد" + a troop word, or a troop or presence word right
/// after it.
///
/// A demand is not a withdrawal: "بل تريد انسحاباً كاملاً للقوات الأميركية" tells what someone
/// wants, as "مطالبة" does. And a plan told in the past with a deadline in the same month as the
/// announcement ("أعلن في أيلول الماضي أن ... ستقلص وجودها ... خلال الشهر نفسه") is a cut
/// carried out in that month, once the month is over.
///
/// Each check reads at most four tokens after the trigger: O(1) per token.
extension DocumentRun {
    /// Whether token `i` is a verb or verbal noun of cutting whose object is the troops.
    func isDrawdown(_ i: Int, in s: Sentence) -> Bool { TriggerRule.drawdown.fires(self, i, in: s) }

    /// `isDrawdown` after its gate (`TriggerRule.drawdown`): token `i` is a word of `Cues.cutTroops`.
    func drawdownHolds(_ i: Int, in s: Sentence) -> Bool {
        guard var n = nextWord(i, in: s) else { return false }
        // The subject may stand between the verb and its object: "ستقلص ألمانيا وجودها".
        if covered[n] >= 0, mentions[Int(covered[n])].isPerformer, let o = nextWord(mentions[Int(covered[n])].tokens.upperBound - 1, in: s) { n = o }
        if Cues.troopWord.matches(token(n)) || Cues.presenceWord.matches(token(n)) { return true }
        if Cues.countWord.matches(token(n)), let m = nextWord(n, in: s) { return Cues.troopWord.matches(token(m)) }
        // "التخفيض التدريجي والمدروس لمستشاريه": a verbal noun with its adjectives, then the troops after ل.
        var k = n
        for _ in 0..<2 where token(i).hasArticle && token(k).hasArticle && covered[k] < 0 {
            guard let m = nextWord(k, in: s) else { return false }
            if Cues.troopWord.matches(token(m)), token(m).norm.hasLetterPrefix("ل") { return true }
            k = m
        }
        return false
    }

    /// The country a troop cut leaves: a country after في within eight words after the trigger
    /// ("ستخفض عدد قواتها في العراق"), before any من of a count ("من نحو 3000").
    func drawdownCountry(_ g: TriggerGroup, after: [Mention], in s: Sentence) -> Mention? {
        guard isDrawdown(g.first, in: s) else { return nil }
        return after.first { m in
            guard m.isCountry, m.tokens.lowerBound - g.last <= 8, let p = previousWord(m.tokens.lowerBound, in: s) else { return false }
            return token(p).norm == "في"
        } ?? countryOfSoil(after: g, in: s)
    }

    /// "على الأرض العراقية", "من الأراضي السورية": a country named by the nisba of its soil, within
    /// eight words after the trigger, as a mention of the nisba.
    func countryOfSoil(after g: TriggerGroup, in s: Sentence) -> Mention? {
        var k = g.last
        for _ in 0..<8 {
            guard let n = nextWord(k, in: s) else { return nil }
            if Cues.soil.matches(token(n)), let a = nextWord(n, in: s), covered[a] < 0 {
                for key in token(a).keys {
                    guard let e = extractor.nisba[key] else { continue }
                    let ent = gazetteer.entities[e]
                    guard ent.kind == .place, ent.type == "country" else { return nil }
                    return oneWordMention(of: e, at: a, in: s, rule: .nisbaSoil)
                }
            }
            k = n
        }
        return nil
    }

    /// "تريد انسحاباً", "يطالبون بانسحاب", "مطلب ... الانسحاب": a trigger right after a verb or
    /// noun of wanting (at most two words between) is a demand, not an event.
    func isDemand(_ g: TriggerGroup, in s: Sentence) -> Bool {
        var p = previousWord(g.first, in: s)
        var hops = 0
        while let q = p, hops < 3 {
            if token(q).kind == .punctuation { return false }
            if Cues.want.matches(token(q)) { return true }
            p = previousWord(q, in: s); hops += 1
        }
        return false
    }

    /// "إعلان واشنطن خفض قواتها في العراق": a cut named after a word of announcing (within five
    /// words, brackets allowed between) is announced, not yet done: numbers are cut ahead.
    func isAnnouncedDrawdown(_ g: TriggerGroup, in s: Sentence) -> Bool {
        guard isDrawdown(g.first, in: s) else { return false }
        var i = g.first - 1
        var words = 0
        while i >= s.tokens.lowerBound, words < 5 {
            let t = token(i)
            if t.kind == .punctuation, !["(", ")", "«", "»", "\""].contains(where: { t.norm == $0 }) { return false }
            if t.kind == .word {
                if Cues.announce.matches(t) { return true }
                words += 1
            }
            i -= 1
        }
        return false
    }

    /// A cut planned "خلال الشهر نفسه" (within the same month) as the date told before the trigger
    /// in the sentence: that month; and when the month is over at publication, the cut is told as
    /// done. Returns nil when no such phrase follows the trigger in its clause.
    func sameMonthDeadline(_ g: TriggerGroup, upper: Int, in s: Sentence, modality: Modality) -> (EventDate, Modality)? {
        guard g.kind == .withdrawal, modality == .planned || modality == .announced else { return nil }
        let end = min(upper, s.tokens.upperBound)
        guard g.last + 1 < end,
              let month = ((g.last + 1)..<end).first(where: { Cues.theMonth.matches(token($0)) && (nextWord($0, in: s).map { Cues.same.matches(token($0)) } ?? false) }),
              let p = previousWord(month, in: s), Cues.within.matches(token(p)) else { return nil }
        guard let told = dateMentions(in: s).last(where: { $0.token < g.first && ($0.date.precision == .month || $0.date.precision == .day) })?.date,
              let first = Day(year: told.start.year, month: told.start.month, day: 1) else { return nil }
        let date = EventDate(start: first, precision: .month,
                             trace: DateTrace(anchor: told.trace?.anchor ?? told.iso, rule: "same-month-deadline"))
        guard let pub = article.published else { return (date, modality) }
        return (date, date.end <= pub ? .completed : modality)
    }
}

extension Cues {
    /// Verbs and verbal nouns of cutting a number or a presence.
    static let cutTroops = WordSet(["خفض", "خفضت", "يخفض", "تخفض", "ستخفض", "سيخفض", "سنخفض", "تخفيض", "تقليص", "قلص", "قلصت",
                                    "يقلص", "تقلص", "ستقلص", "سيقلص", "سنقلص"])
    /// Troops as the object of a cut (Events/TroopNouns.swift).
    static let troopWord = WordSet(TroopNouns.words(.cutObject))
    /// A military presence as the object of a cut: "وجودها العسكري", "الوجود الأميركي".
    static let presenceWord = WordSet(["وجودها", "وجوده", "الوجود", "وجود", "وجودنا", "حضورها"])
    /// "عدد" before the troops.
    static let countWord = WordSet(["عدد"])
    /// Wanting or demanding: "تريد انسحاباً", "يطالبون بانسحاب".
    static let want = WordSet(["تريد", "يريد", "يريدون", "تريدان", "نريد", "أريد", "يطالبون", "طالب", "طالبت", "تطالبان", "مطلب", "مطالب",
                               "تتطلع", "يتطلع", "تسعى", "يسعى", "تأمل", "يأمل"])
    /// "خلال" / "في غضون" before "الشهر نفسه".
    static let within = WordSet(["خلال", "غضون", "طوال"])
}

extension DocumentRun {
    /// The troops a ministry cuts are its state's: "إعلان وزارة الدفاع الأميركية خفض عدد جنودها"
    /// is a cut by the United States. A government body the lexicon makes `part_of` a state acts
    /// for that state in a troop cut; any other actor stays as it is.
    func stateActingFor(_ m: Mention) -> Mention {
        guard m.actorType == .governmentBody, let e = m.ref.lexiconEntity,
              let state = gazetteer.entities[e].relations.first(where: { r in
                  r.relation == .partOf && gazetteer.index[r.target].map { gazetteer.entities[$0].actorType == .state } == true }),
              let s = gazetteer.index[state.target] else { return m }
        var out = m
        let ent = gazetteer.entities[s]
        out.ref = lexiconRef(s); out.kind = ent.kind; out.actorType = ent.actorType; out.type = subtype(ofEntity: s)
        out.rule = .drawdownStateOfBody
        return out
    }
}

extension Cues {
    /// The soil of a country, before its nisba: "الأرض العراقية", "الأراضي السورية".
    static let soil = WordSet(["الأرض", "الأراضي", "أرض", "أراضي"])
}
