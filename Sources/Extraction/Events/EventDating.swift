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
/// of n tokens; the phrase scan reads only the word before each trigger, and nothing in a
/// sentence of one trigger (most of them).
extension DocumentRun {
    /// Token ranges of a sentence that speak of an event other than the one reported:
    /// - a cause: from "ردا" / "انتقاما" / "ثأرا" ("ردا على هجوم الأحد", "انتقاما لمقتل ...");
    /// - a trigger that names an earlier event (`isEventReference`: the object of a claim, a cause,
    ///   the point an offset counts from);
    /// - a definite event noun after بعد / عقب / إثر ("بعد الهجوم الذي ...");
    /// - the reference of an offset phrase ("بعد يوم من قصف أمريكي ... الثلاثاء"), to its end.
    /// A definite event noun opening a relative clause alone is not one: "وفي الهجوم الذي وقع فجر
    /// الاثنين، سقطت صواريخ" frames the event reported.
    /// Each range runs to the next punctuation, or to the next trigger that is not inside a
    /// relative clause (the verb of the event reported: "ردا على هجوم الأحد قصفت ..."). A relative
    /// clause carries it on past a comma ("انتقاما لمقتل سليماني، الذي قتل ... بغارة ... الجمعة").
    func otherEventSpans(in s: Sentence, groups: [TriggerGroup]) -> [Range<Int>] {
        // Each phrase names an event by a trigger of its own, so a sentence of one trigger has none;
        // the words before each trigger tell the rest.
        guard groups.count > 1 else { return [] }
        // `isEventReference` can answer true only after a claim or a cause word, or inside an
        // offset phrase (which starts at بعد/عقب): in a sentence with none of those lists it is
        // false, and is not asked (one bit test per list, the sentence's cue summary).
        let cues = self.cues(of: s), gate = EventGateBits.shared
        let mayReferToEvent = cues.mayReferToEvent(gate)
        assert(mayReferToEvent || !groups.contains { isEventReference($0, in: s) }, "isEventReference fires where its gate passed it over")
        var starts: [Int] = []
        for g in groups {
            guard let p = previousWord(g.first, in: s) else { continue }
            let before = token(p)
            // "انتقاما لمقتل", "ردا على الهجوم": from the cause word.
            if Cues.inResponse.matches(before) { starts.append(p); continue }
            if Cues.on.matches(before), let pp = previousWord(p, in: s), Cues.inResponse.matches(token(pp)) { starts.append(pp); continue }
            // "بعد الهجوم الذي ...": from بعد.
            if token(g.first).hasArticle, Cues.afterEvent.matches(before) { starts.append(p); continue }
            // The object of a claim, the point an offset counts from.
            if mayReferToEvent, Cues.claim.matches(before) || Cues.offsetOf.matches(before), isEventReference(g, in: s) { starts.append(g.first) }
        }
        // "بعد يوم من قصف أمريكي استهدف ... الثلاثاء": the reference of an offset phrase, to its end.
        var fixedEnds: [Int: Int] = [:]
        for p in offsetPhrases(in: s) {
            // Only a reference that names an event ("من قصف"), not "بعد ساعات من إعلان الوزارة، سحب ...".
            guard let of = p.of, groups.contains(where: { $0.first > of && $0.first < p.referenceEnd }) else { continue }
            starts.append(p.start); fixedEnds[p.start] = p.referenceEnd
        }
        guard !starts.isEmpty else { return [] }
        var spans: [Range<Int>] = []
        for start in starts.sorted() {
            if let last = spans.last, last.contains(start) { continue }
            if let end = fixedEnds[start] { spans.append(start..<end); continue }
            var end = start + 1
            var relative = false
            while end < s.tokens.upperBound {
                let t = token(end)
                if t.kind == .punctuation && !Clitics.isTransparent(t.norm) {
                    guard let n = nextWord(end, in: s), Cues.relativePronoun.matches(token(n)) else { break }
                }
                if Cues.relativePronoun.matches(token(end)) { relative = true }
                // The verb of the reported event ends the phrase, unless it belongs to a relative clause.
                if !relative, let g = groups.first(where: { $0.first == end }), end > start + 1, !(mayReferToEvent && isEventReference(g, in: s)),
                   !(previousWord(end, in: s).map { Cues.relativePronoun.matches(token($0)) } ?? false),
                   !(previousWord(end, in: s).map { Cues.afterEvent.matches(token($0)) } ?? false) {
                    break
                }
                end += 1
            }
            spans.append(start..<end)
        }
        return spans
    }

    /// The event reported before an offset phrase that names a dated earlier one ("استهدفت قاعدة عين
    /// الأسد، بعد يوم من قصف أمريكي استهدف مقرا ... الثلاثاء") is that many days after it. The
    /// phrase must open in the trigger's clause (before `nextTrigger`), count known days, and its
    /// reference hold a day-precision date. (`offsetDate` reads the other orders.)
    func dateBeforeOffsetPhrase(_ g: TriggerGroup, nextTrigger: Int, in s: Sentence,
                                sentenceDates: [(token: Int, date: EventDate)]) -> EventDate? {
        guard sentenceDates.contains(where: { $0.token > g.last }),
              (g.last + 1..<nextTrigger).contains(where: { Cues.offsetAfter.matches(token($0)) }) else { return nil }
        for p in offsetPhrases(in: s) {
            guard let of = p.of, let days = p.days, p.start > g.last, p.start < nextTrigger,
                  let reference = sentenceDates.first(where: { $0.token > of && $0.token < p.referenceEnd && $0.date.precision == .day })
            else { continue }
            return EventDate(start: reference.date.start.adding(days: days), precision: .day,
                             trace: DateTrace(anchor: "\(days) days after \(reference.date.iso)", rule: "offset-after-reference/" + (reference.date.trace?.rule ?? "date")))
        }
        return nil
    }

    /// A planned event takes no past date, so of a clause's dates it prefers those still ahead
    /// ("أعلنت الوزارة، الثلاثاء، أن قواتها ستكمل انسحابها ... بحلول نهاية أيلول 2025").
    func datesAheadForPlans(_ pool: [(token: Int, date: EventDate)], modality: Modality) -> [(token: Int, date: EventDate)] {
        guard modality == .planned || modality == .announced, let pub = article.published else { return pool }
        let ahead = pool.filterSharingStorage { $0.date.end > pub }
        return ahead.isEmpty ? pool : ahead
    }

    /// "على أن تتسلم القوات العراقية هذه المواقع": a trigger right after "على أن" states a term of an
    /// agreement, something to be done, not something done.
    func isStipulated(_ g: TriggerGroup, in s: Sentence) -> Bool {
        guard let p = previousWord(g.first, in: s), Cues.that.matches(token(p)),
              let pp = previousWord(p, in: s), Cues.on.matches(token(pp)) else { return false }
        return true
    }

    /// The date of a planned withdrawal whose own sentence gives none: the last date still ahead of
    /// publication in the two sentences before, in any paragraph. A wire report states the
    /// agreement and its deadline first ("أعلنت ... اتفاقا ... ينتهي بحلول نهاية أيلول 2025") and
    /// then its terms ("سوف تنسحب القوات من القاعدة"); the terms take the deadline, never the
    /// publication week. A past date there dates the announcement, not the plan, so only dates
    /// ending after publication count. O(sentences before × their dates).
    func deadlineAhead(before s: Sentence) -> EventDate? {
        guard let pub = article.published else { return nil }
        for back in 1...2 where s.index - back >= 0 {
            let prev = text.sentences[s.index - back]
            guard let d = dateMentions(in: prev).last(where: { $0.date.start > pub })?.date else { continue }
            return EventDate(start: d.start, precision: d.precision,
                             trace: DateTrace(anchor: "sentence \(prev.index): \(d.trace?.anchor ?? d.iso)",
                                              rule: "plan-deadline-before/" + (d.trace?.rule ?? "date")))
        }
        return nil
    }

    /// "وكانت طائرة مسيرة قد استهدفت ...": a form of كان, then قد before the last word of the trigger
    /// (at most eight tokens apart, in the trigger's clause), the pluperfect with which wire copy
    /// goes back to an earlier event. The trigger group may hold the weapon ("طائرة مسيرة قد استهدفت").
    func isPluperfect(_ g: TriggerGroup, in s: Sentence, from lower: Int) -> Bool {
        let start = max(lower, s.tokens.lowerBound, g.last - 8)
        guard let particle = (start..<g.last).last(where: { Cues.already.matches(token($0)) }) else { return false }
        return (start..<particle).contains { Cues.was.matches(token($0)) }
    }

    /// Whether a sentence tells something other than an attack or a withdrawal whose date an
    /// undated event after it must not borrow: a vote, a decision, a visit, a meeting ("وكان
    /// البرلمان قد صوت الأحد على قرار ...").
    func tellsAnotherKindOfEvent(_ s: Sentence) -> Bool {
        // The list read once and the words tested in place (a non-word answers false): the whole
        // sentence is read, and a copy of each token cost more than its one-bit test.
        let otherOccasion = Cues.otherOccasion
        return text.tokens.withUnsafeBufferPointer { tokens in s.tokens.contains { otherOccasion.matches(tokens, $0) } }
    }

    /// The first token of the clause of trigger `g`: `from`, or the end of a phrase about another
    /// event that lies between `from` and the trigger, or the start of the phrase `g` stands in
    /// ("استهدفت قاعدة عين الأسد، بعد يوم من قصف ...": the base is not the target of the قصف).
    func clauseStart(after spans: [Range<Int>], trigger g: TriggerGroup, from lower: Int) -> Int {
        var start = lower
        for span in spans where span.upperBound > start && span.upperBound <= g.first { start = span.upperBound }
        for span in spans where span.contains(g.first) && span.lowerBound > start { start = span.lowerBound }
        return start
    }

    /// The end of the clause of trigger `g`: `upper`, or the start of a phrase about another event
    /// that opens after the trigger ("إن القصف جاء انتقاما لمقتل سليماني": Soleimani is not its target).
    func clauseEnd(before spans: [Range<Int>], trigger g: TriggerGroup, upTo upper: Int) -> Int {
        spans.first { $0.lowerBound > g.last && $0.lowerBound < upper }?.lowerBound ?? upper
    }

    /// The dates of a sentence that may date the event of trigger `g`: those outside any phrase
    /// about another event (unless `g` stands in that phrase itself, or runs into it).
    func ownDates(_ dates: [(token: Int, date: EventDate)], trigger g: TriggerGroup, spans: [Range<Int>]) -> [(token: Int, date: EventDate)] {
        guard !spans.isEmpty else { return dates }
        // A trigger group running into the phrase ("وجاء القصف ردا على الهجوم الذي استهدف ...") reads it as its own.
        return dates.filterSharingStorage { d in !spans.contains { $0.contains(d.token) && !$0.overlaps(g.first..<(g.last + 1)) } }
    }

    /// Of several dates in a clause, those that tell when a statement was made ("أعلنت ...، في بيان
    /// اليوم، مسؤوليتها عن استهداف القاعدة أمس", "قال الأحد إن الهجوم وقع السبت") are left out: the
    /// statement is not the event. A lone date stays (a withdrawal "announced today" is today's).
    func datesNotOfStatements(_ pool: [(token: Int, date: EventDate)], in s: Sentence) -> [(token: Int, date: EventDate)] {
        guard pool.count > 1 else { return pool }
        let kept = pool.filterSharingStorage { d in
            var p = previousWord(d.token, in: s)
            if let q = p, Cues.ofHim.matches(token(q)) { p = previousWord(q, in: s) }
            guard let q = p else { return !saidBetweenCommas(d.token, in: s) }
            return !(Cues.statement.matches(token(q)) || Cues.saying.matches(token(q)))
        }
        return kept.isEmpty ? pool : kept
    }

    /// "وقالت كتائب حزب الله، اليوم الخميس، إنها ...": a date set off by a comma right after a verb
    /// of saying or of claiming and its subject (at most five words, no punctuation between).
    func saidBetweenCommas(_ date: Int, in s: Sentence) -> Bool {
        var k = date - 1
        guard k >= s.tokens.lowerBound, token(k).kind == .punctuation, !Clitics.isTransparent(token(k).norm) else { return false }
        var words = 0
        k -= 1
        while k >= s.tokens.lowerBound, words < 6 {
            let t = token(k)
            if t.kind == .punctuation { if Clitics.isTransparent(t.norm) { k -= 1; continue } else { return false } }
            // A claim is a statement too: "تبنت الجماعة، اليوم الخميس، هجومين استهدفا أمس ...".
            if Cues.saying.matches(t) || Cues.claim.matches(t) { return true }
            words += 1; k -= 1
        }
        return false
    }

    /// A date counted from publication beside an explicit day (within seven tokens: "أمس، 10 كانون الثاني 2024",
    /// "في 7 يوليو 2021، أي قبل يومين") gives way to it: the explicit day is what the writer checked,
    /// and the publication day it is counted from may be a day off.
    func explicitDaysBesideRelative(_ pool: [(token: Int, date: EventDate)]) -> [(token: Int, date: EventDate)] {
        guard pool.count > 1 else { return pool }
        // A day named by its month ("10 كانون الثاني", resolved to a year from publication) counts as explicit.
        func named(_ d: EventDate) -> Bool { d.trace?.rule.hasPrefix("relative.day-month") ?? false }
        func explicitDay(_ d: EventDate) -> Bool { d.precision == .day && ((d.trace?.anchor.hasPrefix("explicit") ?? false) || named(d)) }
        return pool.filterSharingStorage { r in
            guard r.date.isCountedFromPublication, !named(r.date) else { return true }
            return !pool.contains { explicitDay($0.date) && abs($0.token - r.token) <= 7 }
        }
    }

    /// A date bounding a period after the trigger of a withdrawal, which `findDates` leaves out
    /// since for attacks such dates bound a campaign ("منذ أكتوبر", "حتى نهاية العام"):
    /// - a deadline, after "حتى" / "لغاية", when no "منذ" opens a period before it ("بانسحاب
    ///   القوات ... حتى نهاية 2021"): the date the withdrawal is to be done by;
    /// - a start, after "منذ" ("انسحبت القوات من القاعدة منذ 17 من الشهر الماضي"): the date it
    ///   was done, the state since then being its result. Only a day.
    func boundaryDate(after g: TriggerGroup, upper: Int, in s: Sentence) -> EventDate? {
        guard g.kind == .withdrawal else { return nil }
        // The lists are read once, not per word (each read of a static list is a `swift_once`).
        let until = Cues.until, since = Cues.since
        guard (g.last + 1..<upper).contains(where: { until.matches(token($0)) || since.matches(token($0)) }) else { return nil }
        for (range, date) in dateReading(of: s).spans {
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

extension Cues {
    /// Occasions of other kinds, with dates of their own: votes, decisions, visits, meetings, talks.
    static let otherOccasion = WordSet(["صوت", "تصويت", "يصوت", "قرار", "مقترح", "قانون", "زار", "زارت", "زيارة", "اجتمع",
                                        "اجتماع", "لقاء", "التقى", "مباحثات", "محادثات", "جلسة", "مؤتمر", "قمة"])
    /// "بعد الهجوم", "عقب القصف", "إثر الغارة": the event named is an earlier one.
    static let afterEvent = WordSet(["بعد", "عقب", "إثر", "اثر", "أعقاب", "اعقاب"])
    /// Where a statement is made: "في بيان اليوم", "في تصريح له أمس".
    static let statement = WordSet(["بيان", "بيانا", "تصريح", "تصريحات", "تصريحا", "مؤتمر", "تغريدة", "كلمة", "حديث", "إيجاز"])
    /// Verbs of saying right before a date: "قال الأحد إن ...".
    static let saying = WordSet(["قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت", "صرح", "صرحت",
                                 "أوضح", "أوضحت", "أضاف", "أضافت", "كشف", "كشفت"])
    /// "في بيان له اليوم": the pronoun between the statement and its date.
    static let ofHim = WordSet(["له", "لها", "لهم"])
    /// The particle of a stipulation: "على أن".
    static let that = WordSet(["أن", "ان"])
    /// The particle of the pluperfect: "كان ... قد".
    static let already = WordSet(["قد"])
    /// The forms of كان that open a pluperfect.
    static let was = WordSet(["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"])
}
