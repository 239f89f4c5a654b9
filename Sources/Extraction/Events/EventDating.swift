import GraphModel

/// Which of a sentence's dates belong to the event of a trigger.
///
/// A sentence of this genre often names two events: the one it reports and another one that
/// explains it ("قصفت طائرات أمريكية مواقع ...، ردا على الهجوم الذي استهدف قاعدة عين الأسد يوم
/// الأحد"). A date inside the phrase about the other event dates that event, never the one
/// reported; a date that tells when a statement was made ("في بيان اليوم") dates the statement,
/// not the attack it announces; and a deadline ("حتى نهاية 2021") dates a planned withdrawal.
///
/// Each function reads the tokens of one sentence a bounded number of times: O(n) per sentence
/// of n tokens, and nothing runs for sentences without a date.
extension DocumentRun {
    /// A date bounding a period after the trigger of a withdrawal, which `findDates` leaves out
    /// since for attacks such dates bound a campaign ("منذ أكتوبر", "حتى نهاية العام"):
    /// - a deadline, after "حتى" / "لغاية", when no "منذ" opens a period before it ("بانسحاب
    ///   القوات ... حتى نهاية 2021"): the date the withdrawal is to be done by;
    /// - a start, after "منذ" ("انسحبت القوات من القاعدة منذ 17 من الشهر الماضي"): the date it
    ///   was done, the state since then being its result. Only a day.
    func boundaryDate(after g: TriggerGroup, upper: Int, in s: Sentence) -> EventDate? {
        guard g.kind == .withdrawal,
              (g.last + 1..<upper).contains(where: { Cues.until.matches(token($0)) || Cues.since.matches(token($0)) }) else { return nil }
        for (range, date) in dates.dates(in: text.text(of: s)) {
            guard let date else { continue }
            let absolute = s.start + range.lowerBound
            guard let tok = s.tokens.first(where: { token($0).end > absolute }), tok > g.last, tok < upper else { continue }
            let p = previousWord(tok, in: s)
            if let p, Cues.until.matches(token(p)), !(g.last + 1..<p).contains(where: { Cues.since.matches(token($0)) }) {
                return EventDate(start: date.start, precision: date.precision,
                                 trace: DateTrace(anchor: date.trace?.anchor ?? date.iso, rule: "deadline/" + (date.trace?.rule ?? "date")))
            }
            // Only a day: "منذ آذار" more often bounds a count ("خامس موقع يسلمه منذ آذار").
            if date.precision == .day, p.map({ Cues.since.matches(token($0)) }) ?? false || Cues.since.matches(token(tok)) {
                return EventDate(start: date.start, precision: date.precision,
                                 trace: DateTrace(anchor: date.trace?.anchor ?? date.iso, rule: "since/" + (date.trace?.rule ?? "date")))
            }
        }
        return nil
    }
}

