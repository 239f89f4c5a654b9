import GraphModel

/// "في 19 من الشهر ذاته", "وفي الثامن من الشهر نفسه": a day of the month told before it, in its
/// sentence or, when the sentence names none, in the two sentences before (a story that moved to
/// a month keeps it across a paragraph break: "تعرضت قاعدة بلد في 12 من الشهر الجاري … . وفي الثامن
/// من الشهر ذاته، أطلق …"). The day is in digits or an ordinal in words (الثامن، الحادي عشر،
/// الثالث والعشرين، العشرين). Read from the word "الشهر" backwards, so a sentence without it costs
/// one bit test per token.
extension DocumentRun {
    func daysOfMonthToldBefore(in s: Sentence, found: [(token: Int, date: EventDate)]) -> [(token: Int, date: EventDate)] {
        // Most sentences lack "الشهر": one pass of bit tests, with the list read once (each
        // read of a static list is a `swift_once` call), before the loop below.
        // The words are tested in place (Events/InPlaceWordTests.swift): `text.tokens[$0]` copied
        // every token of the sentence out of the array to test one bit.
        let theMonth = Cues.theMonth
        guard text.tokens.withUnsafeBufferPointer({ tokens in s.tokens.contains { theMonth.matches(tokens, $0) } }) else { return [] }
        var out: [(token: Int, date: EventDate)] = []
        for m in s.tokens where theMonth.matches(token(m)) {
            guard let k = nextWord(m, in: s), Cues.same.matches(token(k)), var last = previousWord(m, in: s) else { continue }
            if token(last).norm == "من" { guard let p = previousWord(last, in: s) else { continue }; last = p }
            guard let (day, first) = dayNumber(endingAt: last, in: s), !found.contains(where: { $0.0 == first }) else { continue }
            let isMonthOrDay = { (d: EventDate) in d.precision == .day || d.precision == .month }
            var told = found.last(where: { $0.0 < first && isMonthOrDay($0.1) })?.1
            var back = 1
            while told == nil, back <= 2, s.index - back >= 0 {
                told = dateMentions(in: text.sentences[s.index - back]).last(where: { isMonthOrDay($0.date) })?.date
                back += 1
            }
            guard let told, let d = Day(year: told.start.year, month: told.start.month, day: day) else { continue }
            out.append((first, EventDate(start: d, precision: .day,
                                         trace: DateTrace(anchor: told.trace?.anchor ?? told.iso, rule: "same-month-as-previous"))))
        }
        return out
    }

    /// The day of the month whose words end at token `last`: digits (1–31), or an ordinal in words
    /// after في or يوم ("في الثامن", "في الحادي عشر", "في الثالث والعشرين"). Returns the day and
    /// its first token.
    func dayNumber(endingAt last: Int, in s: Sentence) -> (Int, Int)? {
        let t = token(last)
        if t.kind == .number {
            guard let n = Int(t.norm.string), (1...31).contains(n) else { return nil }
            return (n, last)
        }
        var day: Int?, first = last
        let tens = Cues.ordinalTens.firstIndex { $0.matches(t) }.map { 20 + 10 * $0 }
        if let tens, t.norm.hasPrefix("و") {
            // "الثالث والعشرين": a unit before the tens.
            guard let p = previousWord(last, in: s), let unit = ordinalUnit(token(p)) else { return nil }
            day = unit + tens; first = p
        } else if let tens {
            day = tens
        } else if Cues.teen.matches(t) {
            guard let p = previousWord(last, in: s), let unit = ordinalUnit(token(p)) else { return nil }
            day = unit + 10; first = p
        } else if let unit = ordinalUnit(t), !Cues.ordinalOne.matches(t) {
            day = unit
        }
        // Words are a day only where a date stands: "في الثامن", "يوم الثامن" (not "الأسبوع الثالث من الشهر").
        guard let day, day <= 31, let p = previousWord(first, in: s), Cues.dayIntroducer.matches(token(p)) else { return nil }
        return (day, first)
    }

    /// 1…10 for الأول … العاشر, 1 for الحادي (only before عشر or a ten).
    func ordinalUnit(_ t: Token) -> Int? {
        guard t.hasArticle else { return nil }
        if Cues.ordinalOne.matches(t) { return 1 }
        return Cues.ordinalUnits.firstIndex { $0.matches(t) }.map { $0 + 1 }
    }
}

extension Cues {
    static let ordinalUnits = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
        .map { WordSet([$0]) }
    /// الحادي: one, only in الحادي عشر / الحادي والعشرين.
    static let ordinalOne = WordSet(["الحادي"])
    static let teen = WordSet(["عشر"])
    /// العشرين, الثلاثين (also after و: "الثالث والعشرين").
    static let ordinalTens = [WordSet(["العشرين"]), WordSet(["الثلاثين"])]
    /// Spelled with و too: a two-letter word is not read through its clitic.
    static let dayIntroducer = WordSet(["في", "وفي", "يوم", "ويوم"])
}
