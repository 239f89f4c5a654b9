/// Two shapes of names the general patterns misread.
///
/// - "القائم بأعمال وزير الدفاع" (the acting minister): "القائم" followed by "بأعمال" is a word of
///   office, not the town of al-Qaim.
/// - "وقالت المتحدثة باسم المجلس أدريان واتسون إن ...": a surname that begins with و ("واتسون",
///   "وليامز", "والاس") is not the conjunction و when it closes a one-word name right before the
///   complementizer of a verb of saying or before punctuation: a coordinated phrase would go on
///   after it.
///
/// Both checks read one or two tokens: O(1).
extension DocumentRun {
    /// Whether the lexicon name matched at `i` is the "القائم" of "القائم بأعمال".
    func isActingTitle(_ words: Int, at i: Int, in s: Sentence) -> Bool {
        guard words == 1, let n = nextWord(i, in: s) else { return false }
        return Cues.actingDuties.matches(token(n))
    }

    /// Whether the word at `j`, which begins with و, closes a name of `nameLength` words: the name
    /// so far has one word and a complementizer (إن / أن) or punctuation follows.
    func closesNameBeforeComplementizer(_ j: Int, nameLength: Int, in s: Sentence) -> Bool {
        guard nameLength == 1 else { return false }
        let after = j + 1
        guard after < s.tokens.upperBound else { return true }
        let t = token(after)
        if t.kind == .punctuation { return !Clitics.isTransparent(t.norm) || t.norm == "," || t.norm == "،" }
        return Cues.sayComplementizer.matches(t)
    }
}

extension Cues {
    /// "القائم بأعمال": acting (in the duties of).
    static let actingDuties = WordSet(["بأعمال", "بالأعمال", "باعمال"])
    /// The complementizer after a verb of saying and its subject: "قال X إن".
    static let sayComplementizer = WordSet(["إن", "أن", "بأن"])
}
