import GraphModel

/// "قبل يوم واحد من الضربة", "قبل ساعات من الهجوم": a duration counted back from an event told
/// elsewhere. The definite trigger after من names that event (not a new one, as "بعد ثلاثة أيام
/// من الهجوم الأول" does), and the duration is not a date counted from publication: "قبل يوم
/// واحد" alone would resolve to the day before the article, which is wrong whenever the event it
/// counts from is older.
///
/// Parsing reads قبل, a duration (`duration(after:in:)`, at most three tokens) and من: O(1) per token.
extension DocumentRun {
    /// The token of the definite event noun an offset phrase "قبل + duration + من" starting at `q`
    /// counts back from, or nil when `q` opens no such phrase.
    func eventCountedBackFrom(_ q: Int, in s: Sentence) -> Int? {
        guard Cues.offsetBefore.matches(token(q)), let (_, end) = duration(after: q, in: s),
              let of = nextWord(end, in: s), Cues.offsetOf.matches(token(of)), let noun = nextWord(of, in: s),
              token(noun).hasArticle, isTriggerWord(token(noun))
        else { return nil }
        return noun
    }

    /// Whether the trigger is the event an offset phrase counts back from ("قبل يوم واحد من الضربة").
    func isCountedBackFrom(_ g: TriggerGroup, in s: Sentence) -> Bool {
        let from = max(s.tokens.lowerBound, g.first - 6)
        guard from < g.first else { return false }
        return (from..<g.first).contains { eventCountedBackFrom($0, in: s) == g.first }
    }
}

extension Cues {
    static let offsetBefore = WordSet(["قبل"])
}
