import GraphModel

/// Evacuations of staff: "أجلت شركة X موظفيها الأجانب من حقل Y", "أجلت السفارة رعاياها"; and the
/// place and date of a withdrawal told with a compass word ("من شمال سوريا") or its announcement
/// ("الذي أعلنه الوزير في 13 من الشهر").
///
/// An evacuation is a withdrawal (the extraction issue lists it with departure and handover):
/// the company, embassy or state that pulls its people out is the actor, and the site or town
/// after من is what they left. The verb أجلى/أجلت is written like أجّل (to postpone) once its
/// vowels are dropped, so it is a trigger only when the people evacuated follow it, within
/// four words (the subject may stand between): staff, nationals, diplomats, troops, advisers.
/// "إجلاء" (the verbal noun) needs them too ("إجلاء الموظفين"; "إجلاء الجرحى" is no withdrawal
/// either, as the wounded are not a word of the list). O(1) per word.
extension DocumentRun {
    /// Read only of a word of `Cues.evacuate`, the gate of `TriggerRule.evacuation`.
    func evacuationHolds(_ i: Int, in s: Sentence) -> Bool {
        var j = nextWord(i, in: s)
        var hops = 0
        while let k = j, hops < 4 {
            if Cues.evacuatedPeople.matches(token(k)) { return true }
            // The subject ("شركة إكسون موبيل الأميركية") is skipped as a whole.
            if covered[k] >= 0 { j = nextWord(mentions[Int(covered[k])].tokens.upperBound - 1, in: s) } else { j = nextWord(k, in: s) }
            hops += 1
        }
        return false
    }
}

extension DocumentRun {
    /// "انسحاب القوات الأميركية من شمال (شرقي) سوريا": a place after من and one or two compass
    /// words is left as much as after من alone (the part of it left is no entity of its own).
    func isFromPartOf(_ m: Mention, in s: Sentence) -> Bool {
        guard var p = previousWord(m.tokens.lowerBound, in: s), Cues.compass.matches(token(p)) else { return false }
        if let q = previousWord(p, in: s), Cues.compass.matches(token(q)) { p = q }
        return previousWord(p, in: s).map { Cues.from.matches(token($0)) } ?? false
    }

    /// "انسحاب القوات ...، الذي أعلنه وزير الدفاع في 13 من الشهر الحالي": a date after a relative
    /// pronoun and a verb of announcing (with its object pronoun) that follow the trigger dates the
    /// announcement, not the event; left out when another date remains.
    func datesNotOfAnnouncements(_ pool: [(token: Int, date: EventDate)], after g: TriggerGroup, in s: Sentence) -> [(token: Int, date: EventDate)] {
        guard pool.count > 1 else { return pool }
        let kept = pool.filterSharingStorage { d in
            guard d.token > g.last + 2 else { return true }
            return !((g.last + 1)..<(d.token - 1)).contains { i in
                Cues.relativePronoun.matches(token(i)) && Cues.announcedIt.matches(token(i + 1))
            }
        }
        return kept.isEmpty ? pool : kept
    }
}

extension Cues {
    /// Compass words before a place: "شمال سوريا", "شمال شرقي سوريا".
    static let compass = WordSet(["شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"])
    /// A verb of announcing with its object pronoun, after a relative pronoun: "الذي أعلنه".
    static let announcedIt = WordSet(["أعلنه", "أعلنها", "أعلنته", "أعلنتها", "أعلنوه", "أقره", "أقرها", "أقرته"])
    /// Verbs and nouns of evacuating people (أجلى، يجلي، إجلاء).
    static let evacuate = WordSet(["أجلت", "أجلى", "أجلوا", "تجلي", "يجلي", "يجلون", "ستجلي", "سيجلي", "إجلاء"])
    /// The people an evacuation moves out, as its object.
    static let evacuatedPeople = WordSet(
        ["موظفيها", "موظفيه", "موظفي", "الموظفين", "موظفين", "موظفيهم", "رعاياها", "رعاياه", "رعايا", "الرعايا",
         "دبلوماسييها", "الدبلوماسيين", "دبلوماسيين", "العاملين", "عامليها", "العمال", "عمالها", "جنودها", "الجنود", "قواتها",
         "مستشاريها", "المستشارين", "خبرائها", "الخبراء", "طواقمها", "طاقمها", "الأجانب", "عائلات", "عائلاتهم"])
}
