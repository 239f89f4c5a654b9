import GraphModel

/// Troops going home: "سيعودون مؤقتاً إلى بلادهم", "سيعيد بعض قواته إلى بلدانها", "عودة الجنود إلى
/// وطنهم". A member state pulling its contingent out of Iraq tells it as a return more often than
/// as a withdrawal. A verb or verbal noun of returning (or of sending back) is a withdrawal only
/// when "إلى" + a word for the troops' own country follows in its clause: "سيعود إلى العراق" (back to
/// Iraq) and "توقيت العودة" (the timing of the return) are not.
///
/// Where they leave is where the text puts them before the verb: "40 عسكرياً هولندياً في أربيل
/// وبغداد سيعودون" (`troopsStationedIn`); who leaves, the state of the troop noun's nisba
/// ("عسكرياً هولندياً", `nisbaSubject`) or the state after "من" ("35 عسكرياً من البرتغال",
/// `troopsOfState`).
///
/// Each check reads at most eight words after or before the trigger: O(1) per token.
extension DocumentRun {
    /// Whether token `i` returns troops home: a return verb with "إلى" + a homeland word within the
    /// next eight words, no punctuation between (brackets and quotes aside).
    func isReturnHome(_ i: Int, in s: Sentence) -> Bool { TriggerRule.returnHome.fires(self, i, in: s) }

    /// `isReturnHome` after its gate (`TriggerRule.returnHome`): token `i` is a word of `Cues.returnVerb`.
    func returnHomeHolds(_ i: Int, in s: Sentence) -> Bool {
        var k = i
        for _ in 0..<8 {
            guard let n = nextWord(k, in: s) else { return false }
            if (k + 1..<n).contains(where: { !Clitics.isTransparent(token($0).norm) }) { return false }
            if Cues.homeland.matches(token(n)), let p = previousWord(n, in: s), Cues.to.matches(token(p)) { return true }
            k = n
        }
        return false
    }

    /// The place troops are said to be in, right before a withdrawal trigger: "40 عسكرياً هولندياً
    /// في أربيل وبغداد سيعودون", "جزءاً من عسكرييها في العراق سيعودون". A town or country after
    /// "في", with a troop noun at most three words before "في" (a nisba or a number between), within
    /// the ten words before the trigger. Only the first place: the troops of a list leave together.
    func troopsStationedIn(before g: TriggerGroup, clause before: [Mention], in s: Sentence) -> Mention? {
        for m in before where m.kind == .place && g.first - m.tokens.upperBound <= 10 {
            guard let p = previousWord(m.tokens.lowerBound, in: s), token(p).norm == "في" else { continue }
            var q = previousWord(p, in: s)
            for _ in 0..<3 {
                guard let k = q else { break }
                if Cues.troopNoun.matches(token(k)) { return m }
                q = previousWord(k, in: s)
            }
        }
        return nil
    }

    /// Whether the state mention `m` is said of a number of troops: "35 عسكرياً من البرتغال" (the
    /// troops from Portugal are Portugal's, so it is a subject, not a place left).
    func troopsOfState(_ m: Mention, in s: Sentence) -> Bool {
        guard m.actorType == .state || m.isCountry, let p = previousWord(m.tokens.lowerBound, in: s), token(p).norm == "من",
              let q = previousWord(p, in: s) else { return false }
        return Cues.troopNoun.matches(token(q))
    }
}

extension Cues {
    /// Verbs and verbal nouns of returning, and of sending back.
    static let returnVerb = WordSet(["عاد", "عادت", "عادوا", "يعود", "تعود", "يعودون", "سيعود", "ستعود", "سيعودون", "نعود", "سنعود",
                                     "عودة", "العودة", "سنعيد", "إعادة"] + giveBackForms)
    /// The troops' own country, after "إلى": "إلى بلادهم", "إلى بلدانها", "إلى الوطن", "إلى ديارهم", "إلى أراضيها".
    static let homeland = WordSet(["بلاد", "بلاده", "بلادها", "بلادهم", "بلادهما", "بلدانها", "بلدانهم", "بلده", "بلدها", "بلدهم",
                                   "الوطن", "وطنه", "وطنها", "وطنهم", "أوطانهم", "ديارهم", "ديارها",
                                   // "ستعيد إلى أراضيها العسكريين المنتشرين في العراق": to its own territory.
                                   "أراضيها", "أراضيه", "أراضيهم", "أراضيهما"])
    /// Nouns for soldiers, singular and plural, definite or not, with a pronoun: "عسكرياً", "عسكرييها",
    /// "جنديا", "مدربيها", "عنصراً" (Events/TroopNouns.swift).
    static let troopNoun = WordSet(TroopNouns.words(.counted))
}

extension Cues {
    /// "مع": a companion of the subject ("يعملون مع القوة الإسبانية"), never the subject itself.
    static let with = WordSet(["مع"])
}

extension DocumentRun {
    /// Whether the past date of a planned withdrawal is the day it was decided or told of: a day
    /// counted back from publication ("أمس السبت", "الثلاثاء الماضي"), not a date written out, and the
    /// plan told as a plan (a future verb or قرر), not a cut "announced" ahead of its deadline. Troops
    /// sent home "within the coming days" leave around that day; a written date in the past more often
    /// tells an earlier step ("أعلن في 2020 أنه سينسحب").
    func isDecisionDay(_ d: EventDate, modality: Modality) -> Bool {
        modality == .planned && d.precision == .day && d.isCountedFromPublication
    }
}

extension DocumentRun {
    /// "انتهاء المهمة القتالية لقوات التحالف الدولي وانسحاب قواته القتالية من البلاد": a withdrawal
    /// whose object is troops with a possessive pronoun ("قواته", "جنودها", "مستشاريه") is by the
    /// organisation or state named last before it in the clause, whatever preposition that one
    /// carries (the subject rule leaves out names after ل). Within fifteen words before the trigger.
    func possessorOfTroops(_ g: TriggerGroup, before: [Mention], in s: Sentence) -> Mention? {
        // The troops right after the trigger, or after its adjectives ("التخفيض التدريجي لمستشاريه").
        var troops: Int?
        var k = g.last
        for _ in 0..<3 {
            guard let n = nextWord(k, in: s) else { break }
            if Cues.ownTroops.matches(token(n)) { troops = n; break }
            guard token(n).hasArticle, covered[n] < 0 else { break }
            k = n
        }
        guard troops != nil else { return nil }
        return before.last { $0.isPerformer && $0.actorType != .governmentBody && g.first - $0.tokens.upperBound <= 15 }
    }
}

extension Cues {
    /// Troops with a possessive pronoun: "قواته", "قواتها", "جنوده", "مستشاريه" (Events/TroopNouns.swift).
    static let ownTroops = WordSet(TroopNouns.words(.possessed))
}
