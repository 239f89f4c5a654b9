import GraphModel

/// Dates of a sentence that belong to something other than the event of a trigger, told in the
/// same clause:
/// - the start of an undertaking, after a verb of beginning that follows the trigger ("غادروا
///   المعسكر، منهية بذلك مهمة لتدريب القوات العراقية بدأتها عام 2015"): 2015 dates the mission,
///   not the departure;
/// - a date still ahead of publication, for an event told as done ("قبل الموعد المقرر لانتهائها في
///   يونيو المقبل"): it dates the plan the event came before.
/// And, with no date of its own in the clause, an event counted back from the one told before
/// ("قبل ذلك بخمسة أيام", `daysBeforePreviousEvent`).
///
/// Each test reads at most three words before a date: O(1) per date.
extension DocumentRun {
    /// Whether the date at token `d` follows a verb of beginning that stands after the trigger,
    /// with at most two words between ("بدأتها عام 2015", "انطلقت في 2014").
    func isDateOfBeginning(_ d: Int, trigger g: TriggerGroup, in s: Sentence) -> Bool {
        guard d > g.last + 1 else { return false }
        var p = previousWord(d, in: s)
        for _ in 0..<3 {
            guard let q = p, q > g.last else { return false }
            if Cues.begin.matches(token(q)) { return true }
            p = previousWord(q, in: s)
        }
        return false
    }

    /// The dates of `pool` an event of `modality` may take: an event told as done (or claimed) takes
    /// none after publication.
    func datesNotAhead(_ pool: [(token: Int, date: EventDate)], modality: Modality) -> [(token: Int, date: EventDate)] {
        guard modality == .completed || modality == .claimed, let pub = article.published else { return pool }
        return pool.filterSharingStorage { $0.date.start <= pub }
    }
}

extension Cues {
    /// Verbs of beginning or founding, with an object pronoun: "بدأتها", "انطلقت", "تأسست".
    static let begin = WordSet(["بدأ", "بدأت", "بدأها", "بدأتها", "بدأه", "بدأته", "بدأوها", "بدأوا", "انطلقت", "انطلق",
                                "تأسست", "تأسس", "أسست", "أسسها", "أنشئت", "أنشئ", "دشنت", "دشنها"])
}

/// "وكانت واشنطن قد شنت قبل ذلك بخمسة أيام غارات ...": "قبل ذلك / قبلها" + ب + a duration counts
/// back from the event told just before, as "بعد خمسة أيام" counts forward (`daysAfterPreviousEvent`).
/// Reads the clause once and three words after each قبل: O(clause).
extension DocumentRun {
    /// Days to subtract from the event told before, with the words that said so, or nil.
    func daysBeforePreviousEvent(in s: Sentence, lower: Int, upper: Int) -> (Int, String)? {
        // The two lists read once: this runs for every trigger over its clause, and each read
        // of a static list is a `swift_once` call and a retain of its table.
        let offsetBefore = Cues.offsetBefore, beforeIt = Cues.beforeIt
        for i in max(lower, s.tokens.lowerBound)..<upper where offsetBefore.matches(token(i)) || beforeIt.matches(token(i)) {
            var k = i
            if offsetBefore.matches(token(i)) {
                // "قبل ذلك": the demonstrative stands for the event told before.
                guard let d = nextWord(i, in: s), Cues.demonstrative.matches(token(d)) else { continue }
                k = d
            }
            // "بخمسة أيام", "بيومين", "بأسبوع": the amount, with the preposition ب.
            guard let amount = nextWord(k, in: s), token(amount).norm.hasLetterPrefix("ب") else { continue }
            var days: Int?
            var end = amount
            if let unit = Self.unitDays(token(amount), dual: true) {
                days = unit
            } else if let n = numberValue(token(amount)), let u = nextWord(amount, in: s), let unit = Self.unitDays(token(u), dual: false) {
                days = n * unit; end = u
            }
            guard let days else { continue }
            return (days, text.text(token(i).start, token(end).end))
        }
        return nil
    }
}

extension Cues {
    /// "قبلها", "قبله": before it (the event told before).
    static let beforeIt = WordSet(["قبلها", "قبله", "قبلهما"])
}
