import GraphModel

/// Evacuations of staff: "أجلت شركة X موظفيها الأجانب من حقل Y", "أجلت السفارة رعاياها".
///
/// An evacuation is a withdrawal (the extraction issue lists it with departure and handover):
/// the company, embassy or state that pulls its people out is the actor, and the site or town
/// after من is what they left. The verb أجلى/أجلت is written like أجّل (to postpone) once its
/// vowels are dropped, so it is a trigger only when the people evacuated follow it, within
/// four words (the subject may stand between): staff, nationals, diplomats, troops, advisers.
/// "إجلاء" (the verbal noun) needs them too ("إجلاء الموظفين"; "إجلاء الجرحى" is no withdrawal
/// either, as the wounded are not a word of the list). O(1) per word.
extension DocumentRun {
    func isEvacuation(_ i: Int, in s: Sentence) -> Bool {
        guard Cues.evacuate.matches(token(i)) else { return false }
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

extension Cues {
    /// Verbs and nouns of evacuating people (أجلى، يجلي، إجلاء).
    static let evacuate = WordSet(["أجلت", "أجلى", "أجلوا", "تجلي", "يجلي", "يجلون", "ستجلي", "سيجلي", "إجلاء"])
    /// The people an evacuation moves out, as its object.
    static let evacuatedPeople = WordSet(
        ["موظفيها", "موظفيه", "موظفي", "الموظفين", "موظفين", "موظفيهم", "رعاياها", "رعاياه", "رعايا", "الرعايا",
         "دبلوماسييها", "الدبلوماسيين", "دبلوماسيين", "العاملين", "عامليها", "العمال", "عمالها", "جنودها", "الجنود", "قواتها",
         "مستشاريها", "المستشارين", "خبرائها", "الخبراء", "طواقمها", "طاقمها", "الأجانب", "عائلات", "عائلاتهم"])
}
