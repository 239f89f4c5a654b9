import GraphModel

/// Killings told in the background of a report, and bases approached rather than hit.
///
/// - A killing told in a passive relative clause after its victims: "في إشارة إلى القائد X
///   ونائبه Y، اللذين قتلا بضربة أميركية قرب المطار نفسه في 3 كانون الثاني 2020". The strike
///   is the trigger; the victims are the persons the relative pronoun takes up (the last one for
///   الذي/التي, the last two for the dual, all the coordinated ones for the plural), and a base
///   near which it happened is hit with them.
/// - A commemoration, "في ذكرى مقتل X" / "إحياء الذكرى السنوية لمقتل X", names an old killing:
///   X is not a target of the attack reported in the clause.
/// - Drones or rockets "approaching" a base ("كانتا تقتربان من قاعدة X") were aimed at it: the
///   base is the target even when the drones were shot down first.
///
/// Each rule reads a window of a few tokens around the trigger: O(1) per trigger, plus a scan of
/// the sentence's mentions for the victims (O(m)).
extension DocumentRun {
    /// The victims of a strike told in a passive relative clause right before the trigger
    /// ("اللذين قتلا بضربة"), with the base near which they were killed.
    func passiveKillingVictims(of g: TriggerGroup, in s: Sentence, mentions local: [Mention], upper: Int) -> [Mention] {
        guard let verb = previousWord(g.first, in: s), Cues.passiveKilled.matches(token(verb)),
              let pronoun = previousWord(verb, in: s), Cues.relativePronoun.matches(token(pronoun)) else { return [] }
        let count: Int
        switch token(pronoun).norm.string {
        case "الذي", "التي": count = 1
        case "اللذين", "اللتين", "اللذان", "اللتان": count = 2
        default: count = Int.max
        }
        // The persons named before the pronoun, nearest first, while they are coordinated.
        var victims: [Mention] = []
        var cursor = pronoun
        for m in local.reversed() where m.tokens.upperBound <= pronoun && m.actorType == .person {
            guard cursor - m.tokens.upperBound <= 14, victims.count < count else { break }
            victims.append(m)
            cursor = m.tokens.lowerBound
        }
        guard !victims.isEmpty else { return [] }
        // "قرب المطار نفسه": the base near which they were killed.
        let end = min(upper, s.tokens.upperBound, g.last + 10)
        if g.last + 1 < end, let near = ((g.last + 1)..<end).first(where: { Cues.near.matches(token($0)) }),
           let base = local.firstInPlace(where: { $0.kind == .base && $0.tokens.lowerBound > near && $0.tokens.lowerBound - near <= 2 }) {
            victims.append(base)
        }
        return victims
    }

    /// Whether the killing word at `killedWord` is commemorated ("ذكرى مقتل", "الذكرى السنوية
    /// الثانية لمقتل"): a memory word stands within three words before it.
    func isCommemorated(_ killedWord: Int, in s: Sentence) -> Bool {
        var p = previousWord(killedWord, in: s)
        var hops = 0
        while let q = p, hops < 3 {
            if Cues.memory.matches(token(q)) { return true }
            p = previousWord(q, in: s); hops += 1
        }
        return false
    }

    /// Bases that the attack's drones or rockets were approaching: an approach verb, then من and
    /// the base, within twelve words after the trigger.
    func approachedBases(of g: TriggerGroup, after: [Mention], in s: Sentence) -> [Mention] {
        after.filter { m in
            guard m.kind == .base, m.tokens.lowerBound - g.last <= 12, let p = previousWord(m.tokens.lowerBound, in: s),
                  token(p).norm == "من", let v = previousWord(p, in: s) else { return false }
            return Cues.approach.matches(token(v))
        }
    }
}

extension Cues {
    /// Passive or intransitive verbs of being killed, after a relative pronoun.
    static let passiveKilled = WordSet(["قتل", "قتلا", "قتلوا", "قتلت", "قتلتا", "اغتيل", "اغتيلا", "اغتيلوا", "لقي", "لقيا", "لقوا"])
    /// Words of remembrance before a killing: "ذكرى مقتل", "الذكرى السنوية لمقتل", "إحياء ذكرى".
    static let memory = WordSet(["ذكرى", "الذكرى", "ذكراه", "السنوية", "إحياء", "تأبين", "أربعينية"])
    /// Verbs of approaching: "كانتا تقتربان من قاعدة X".
    static let approach = WordSet(["تقترب", "يقترب", "تقتربان", "يقتربان", "اقتربت", "اقترب", "اقتربتا", "تقتربت", "مقتربة", "تقتربا"])
}

extension DocumentRun {
    /// "إثر مقتل القائد X ونائبه Y بغارة أمريكية قرب مطار Z": a killing named by its verbal noun,
    /// then its victims, then the strike that killed them (the trigger, with the clitic ب). The
    /// killing word stands at most fourteen tokens before the trigger with no sentence
    /// punctuation between; the victims are the persons between them, and a base after قرب is
    /// hit with them. Returns the killing word and the victims, or nil.
    func killingByStrike(_ g: TriggerGroup, in s: Sentence, mentions local: [Mention], upper: Int) -> (killedWord: Int, victims: [Mention])? {
        guard g.kind == .attack, Cues.instrumentStrike.matches(token(g.first)) else { return nil }
        let from = max(s.tokens.lowerBound, g.first - 20)
        guard from < g.first, let killed = (from..<g.first).last(where: { Cues.killedNoun.matches(token($0)) }),
              !((killed + 1)..<g.first).contains(where: { token($0).kind == .punctuation && !Clitics.isTransparent(token($0).norm) })
        else { return nil }
        var victims = local.filter { $0.actorType == .person && $0.tokens.lowerBound > killed && $0.tokens.upperBound <= g.first }
        guard !victims.isEmpty else { return nil }
        let end = min(upper, s.tokens.upperBound, g.last + 10)
        if g.last + 1 < end, let near = ((g.last + 1)..<end).first(where: { Cues.near.matches(token($0)) }),
           let base = local.firstInPlace(where: { $0.kind == .base && $0.tokens.lowerBound > near && $0.tokens.lowerBound - near <= 2 }) {
            victims.append(base)
        }
        return (killed, victims)
    }

    /// "اغتيال X ونائبه Y بضربة أميركية قرب مطار Z": the killing word and the strike told after it as
    /// its instrument are one event. When both groups of the sentence made an event, the killing
    /// word's joins the strike's (roles, evidence, casualties, and its date when the strike has none
    /// of its own) and is removed. When only one made an event (the strike is the point a span is
    /// counted from, "بعد أيام من اغتيال X بغارة", or names no anchor), that one stays.
    /// `groupEvent` maps a trigger group of the sentence to the one event it made. O(groups²), a
    /// handful per sentence.
    func foldKillingWordsIntoStrikes(_ groups: [TriggerGroup], groupEvent: [Int: Int], in s: Sentence, mentions local: [Mention]) {
        var removed: [Int] = []
        for (k, g) in groups.enumerated() where g.kind == .attack && g.first == g.last && Cues.killedNoun.matches(token(g.first)) {
            guard let killing = groupEvent[k],
                  let j = groups.indices.first(where: { $0 > k
                      && killingByStrike(groups[$0], in: s, mentions: local, upper: s.tokens.upperBound)?.killedWord == g.first }),
                  let strike = groupEvent[j], strike != killing else { continue }
            let told = findings.events[killing]
            for role in told.roles where !findings.events[strike].roles.contains(where: { $0.ref == role.ref }) {
                findings.events[strike].roles.append(role)
            }
            findings.events[strike].evidence += told.evidence
            if findings.events[strike].killed == nil { findings.events[strike].killed = told.killed }
            if findings.events[strike].wounded == nil { findings.events[strike].wounded = told.wounded }
            if findings.events[strike].date == nil || findings.events[strike].dateIsFallback, told.date != nil, !told.dateIsFallback {
                findings.events[strike].date = told.date; findings.events[strike].dateIsFallback = false
            }
            removed.append(killing)
        }
        for i in removed.sorted(by: >) {
            findings.events.remove(at: i); eventSentences.remove(at: i)
        }
    }

    /// The killing word of a killing by strike told as background ("إثر مقتل X بغارة", "بعد
    /// اغتيال X بضربة"): such a killing is older than the sentence's other dates, so only a date
    /// after the killing word dates it, and it gets no publication stand-in.
    func backgroundKillingByStrike(_ g: TriggerGroup, in s: Sentence, mentions local: [Mention], upper: Int) -> Int? {
        guard let (killed, _) = killingByStrike(g, in: s, mentions: local, upper: upper),
              afterWordOfKilling(killed, in: s) != nil else { return nil }
        return killed
    }

    /// The word "بعد/إثر/عقب" that puts the killing at `killed` in the background: right before it,
    /// or before a vague span and "من" ("بعد أيام من اغتيال X"). Returns its token and whether a
    /// span stands between.
    func afterWordOfKilling(_ killed: Int, in s: Sentence) -> (token: Int, spanned: Bool)? {
        guard let p = previousWord(killed, in: s) else { return nil }
        if Cues.afterBackground.matches(token(p)) { return (p, false) }
        guard token(p).norm == "من", let span = previousWord(p, in: s), Cues.vagueSpan.matches(token(span)),
              let after = previousWord(span, in: s), Cues.afterBackground.matches(token(after)) else { return nil }
        return (after, true)
    }
}

extension Cues {
    /// A strike named as the instrument of a killing: "بغارة", "بضربة", "بقصف".
    static let instrumentStrike = WordSet(["بغارة", "بضربة", "بقصف", "بصاروخ", "بغارات", "بضربات"])
    /// The verbal nouns of a killing: "مقتل", "اغتيال", "استشهاد".
    static let killedNoun = WordSet(["مقتل", "اغتيال", "استشهاد", "مصرع"])
}
