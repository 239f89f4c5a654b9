import GraphModel

/// The two objects of a handover verb.
///
/// "سلّم" takes two objects, whom and what: "كان التحالف قد سلّم القوات العراقية قاعدة القائم"
/// (the coalition handed the Iraqi forces the al-Qaim base). After the verb, a performer followed
/// at once by a base is the first object — the recipient — when the verb's subject already
/// stands before it in the clause; with no subject before ("سلّمت القوات الأميركية قاعدة …") the
/// performer after the verb is its subject, as before. O(mentions before the trigger).
extension DocumentRun {
    /// `performer` (the first performer after the handover trigger `g`) when it is the verb's
    /// first object: a base of `anchors` starts within two tokens after it, and a performer other
    /// than it, not governed by a preposition, stands at most four tokens before the trigger
    /// inside the clause starting at `clauseStart`.
    func handoverFirstObject(_ performer: Mention, trigger g: TriggerGroup, before: [Mention], anchors: [Mention],
                             clauseStart: Int, in s: Sentence) -> Mention? {
        guard anchors.contains(where: { $0.kind == .base && $0.tokens.lowerBound >= performer.tokens.upperBound
                                        && $0.tokens.lowerBound - performer.tokens.upperBound <= 2 }) else { return nil }
        let subject = before.last { m in
            guard m.isPerformer, m.ref != performer.ref, m.tokens.lowerBound >= clauseStart,
                  g.first - m.tokens.upperBound <= 4, !m.hasToClitic else { return false }
            if let q = previousWord(m.tokens.lowerBound, in: s),
               Cues.from.matches(token(q)) || Cues.to.matches(token(q)) || token(q).norm == "في" { return false }
            return true
        }
        return subject == nil ? nil : performer
    }
}

extension Cues {
    /// Words that order two events: "هجوم السبت غداة الغارات": the attack came the day after
    /// the strikes; two trigger words with one of these between are two events, never one.
    static let sequenceBetween = WordSet(["غداة", "عقب", "إثر", "اثر", "بعد", "قبل", "عشية"])
}

/// "أعادت قوات التحالف إلى الجيش العراقي الموقع الذي كانت تشغله ضمن مقر قيادة عمليات نينوى": a site
/// or base given back to a force or government is handed over to it. The verb of giving back
/// needs both, within eight words after it: a recipient after إلى or ل (a force or a government,
/// not a country: "أعادت قواتها إلى بلادها" is troops going home) and the definite site or base
/// word as its object ("الموقع", "القاعدة", "المعسكر", "مقرها"). O(8) per verb of giving back.
extension DocumentRun {
    /// Read only of a word of `Cues.giveBack`, the gate of `TriggerRule.siteGivenBack`.
    func siteGivenBackHolds(_ i: Int, in s: Sentence) -> Bool {
        var recipient = false, site = false
        var j = nextWord(i, in: s)
        var hops = 0
        while let k = j, hops < 8 {
            if covered[k] >= 0 {
                let m = mentions[Int(covered[k])]
                if m.kind == .actor, m.actorType == .militaryForce || m.actorType == .governmentBody,
                   m.hasToClitic || previousWord(k, in: s).map({ Cues.to.matches(token($0)) }) == true { recipient = true }
                j = nextWord(m.tokens.upperBound - 1, in: s)
            } else {
                let t = token(k)
                if Cues.site.matches(t) && t.hasArticle || Cues.theBase.matches(t) || Cues.ownSite.matches(t) { site = true }
                j = nextWord(k, in: s)
            }
            hops += 1
        }
        return recipient && site
    }
}

extension Cues {
    /// Verbs of giving back: "أعادت", "يعيد", "ستعيد".
    static let giveBack = WordSet(giveBackForms)
    /// Its forms, shared with the verbs of returning (`returnVerb`), which take them too.
    static let giveBackForms = ["أعاد", "أعادت", "أعادوا", "يعيد", "تعيد", "سيعيد", "ستعيد"]
    /// A site with its owner's pronoun: "موقعها", "مقره".
    static let ownSite = WordSet(["موقعه", "موقعها", "مقره", "مقرها"])
}
