import GraphModel

/// An event told as following an announcement by hours: "ولم تمض ساعات على الإعلان حتى سقطت صواريخ
/// على المنطقة الخضراء", "وبعد ساعات من إعلان القرار، استهدفت ...". The announcement was told
/// earlier in the article with its day ("أعلن ... الثلاثاء 17 نوفمبر أن ..."): hours after it is
/// that day (or the next, within the scorer's and the reader's tolerance of a day). The day of the
/// announcement is the first day-dated mention on or before publication after the word of announcing,
/// in the latest of the eight sentences before that has one; a deadline ahead ("بحلول 15 يناير
/// المقبل") is the plan's date, not the announcement's.
///
/// Reads the clause before the trigger and at most eight sentences back: O(clause + 8 sentences).
extension DocumentRun {
    func hoursAfterAnnouncement(_ g: TriggerGroup, lower: Int, in s: Sentence) -> EventDate? {
        guard let pub = article.published, hoursAfterAnnouncementPhrase(before: g, lower: lower, in: s) else { return nil }
        var index = s.index - 1
        while index >= 0, index >= s.index - 8 {
            let prev = text.sentences[index]
            if let said = prev.tokens.first(where: { Cues.announce.matches(token($0)) }) {
                let days = dateMentions(in: prev).filter { $0.date.precision == .day && $0.date.start <= pub }
                if let d = (days.first { $0.token > said } ?? days.last)?.date {
                    return EventDate(start: d.start, precision: .day,
                                     trace: DateTrace(anchor: "sentence \(index): \(d.trace?.anchor ?? d.iso)", rule: "hours-after-announcement"))
                }
            }
            index -= 1
        }
        return nil
    }

    /// "لم تمض ساعات على الإعلان", "بعد ساعات من الإعلان/القرار": a span of hours (or minutes) after
    /// "بعد" or a verb of passing, then على/من and a noun of announcing, before the trigger.
    private func hoursAfterAnnouncementPhrase(before g: TriggerGroup, lower: Int, in s: Sentence) -> Bool {
        for i in max(lower, s.tokens.lowerBound)..<g.first where Cues.shortSpan.matches(token(i)) {
            guard let p = previousWord(i, in: s), Cues.after.matches(token(p)) || Cues.timePassed.matches(token(p)),
                  let n = nextWord(i, in: s), n < g.first, token(n).norm == "علي" || token(n).norm == "على" || token(n).norm == "من",
                  let o = nextWord(n, in: s), o < g.first, Cues.announcementNoun.matches(token(o)) else { continue }
            return true
        }
        return false
    }
}

extension Cues {
    /// Short spans: "ساعات", "ساعة", "ساعتين", "دقائق", "لحظات".
    static let shortSpan = WordSet(["ساعات", "ساعة", "ساعتين", "ساعتان", "دقائق", "لحظات"])
    /// Verbs of time passing: "لم تمض ساعات", "ما إن مرت ساعات".
    static let timePassed = WordSet(["تمض", "يمض", "مضت", "مضى", "تمر", "يمر", "مرت", "مر", "سوى"])
    /// Nouns of announcing or deciding: "الإعلان", "القرار", "البيان", "التصريحات".
    static let announcementNoun = WordSet(["إعلان", "قرار", "بيان", "تصريحات", "تصريح", "خطاب"])
}
