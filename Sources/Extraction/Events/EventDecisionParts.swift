import GraphModel

/// "قررت وزارة الدفاع الإسبانية سحب … . ويشمل القرار المدربين الإسبان …، و35 عسكرياً من البرتغال
/// … وسيغادرون معها": a sentence that opens by saying what the decision (the withdrawal, the
/// announcement) told before includes tells part of it. A plan with no date of its own there takes
/// the day of the latest withdrawal dated to a day in the three sentences before, with that
/// day's anchor. O(events).
extension DocumentRun {
    func dayOfIncludingDecision(in s: Sentence, before g: TriggerGroup) -> EventDate? {
        guard let first = s.tokens.first(where: { token($0).kind == .word }), first < g.first, Cues.includes.matches(token(first)),
              let noun = nextWord(first, in: s), Cues.decisionNoun.matches(token(noun)), token(noun).hasArticle else { return nil }
        guard let previous = findings.events.indices.last(where: {
            findings.events[$0].kind == .withdrawal && eventSentences[$0] >= s.index - 3 && eventSentences[$0] < s.index
                && findings.events[$0].date?.precision == .day && !findings.events[$0].dateIsFallback
        }), let d = findings.events[previous].date else { return nil }
        // The decision's own anchor is kept: a decision day counted back from publication dates a plan.
        return EventDate(start: d.start, precision: .day,
                         trace: DateTrace(anchor: d.trace?.anchor ?? d.iso, rule: "part-of-decision/" + (d.trace?.rule ?? "date")))
    }
}

extension Cues {
    /// "ويشمل/وشمل القرار": what a decision takes in.
    static let includes = WordSet(["يشمل", "ويشمل", "شمل", "وشمل", "تشمل", "وتشمل"])
    static let decisionNoun = WordSet(["القرار", "الانسحاب", "الإعلان", "الخطوة", "الإجراء", "السحب"])
}
