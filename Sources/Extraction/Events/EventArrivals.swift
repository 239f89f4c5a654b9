import GraphModel

/// Troops arriving home from a posting: "وصل نحو ثلاثين جندياً تشيكياً كانوا في العراق إلى براغ
/// مساء الثلاثاء", "عاد 40 مدرباً دنماركياً كانوا ينتشرون في العراق إلى كوبنهاغن". The press tells a
/// contingent's withdrawal by its arrival more often than by a withdrawal verb; what makes it one is
/// the relative clause that puts the troops, in the past, in the country they left ("كانوا في X").
///
/// A verb of arriving (or returning) is a withdrawal when, within the next ten words, a troop noun
/// is followed by a form of كان and "في" + a country, with "إلى" after it: the withdrawal leaves that
/// country (`formerPosting`), and the state of the troop noun's nisba is the actor (`troopNisbaAfter`).
/// "وصل وزير الدفاع إلى بغداد" (no troops, no former posting) and "وصل 300 جندي إلى العراق" (troops
/// sent in) are not withdrawals.
///
/// Each check reads at most a dozen words after the verb: O(1) per token.
extension DocumentRun {
    /// Read only of a word of `Cues.arrive`, the gate of `TriggerRule.arrivalFromPosting`.
    func arrivalFromPostingHolds(_ i: Int, in s: Sentence) -> Bool { formerPostingIndex(after: i, in: s) != nil }

    /// The first token of the country in "كانوا في X" after the troop noun, and a "إلى" after it.
    private func formerPostingIndex(after i: Int, in s: Sentence) -> Int? {
        var k = i
        var troops = false
        for _ in 0..<10 {
            guard let n = nextWord(k, in: s) else { return nil }
            if Cues.troopNoun.matches(token(n)) { troops = true }
            if troops, Cues.wasForm.matches(token(n)) {
                // "كانوا في العراق", "كانوا ينتشرون في العراق", "كانوا منتشرين في العراق".
                var j = n
                for _ in 0..<2 {
                    guard let f = nextWord(j, in: s) else { return nil }
                    if token(f).norm == "في", let c = nextWord(f, in: s), covered[c] >= 0, mentions[Int(covered[c])].isCountry {
                        let end = mentions[Int(covered[c])].tokens.upperBound
                        // Then where they arrived: "إلى براغ".
                        var q = end - 1
                        for _ in 0..<3 {
                            guard let w = nextWord(q, in: s) else { return nil }
                            if Cues.to.matches(token(w)) { return c }
                            q = w
                        }
                        return nil
                    }
                    j = f
                }
                return nil
            }
            k = n
        }
        return nil
    }

    /// The country the arriving troops were posted in, as the mention after "كانوا في".
    func formerPosting(_ g: TriggerGroup, after: [Mention], in s: Sentence) -> Mention? {
        guard Cues.arrive.matches(token(g.first)), let c = formerPostingIndex(after: g.first, in: s) else { return nil }
        return after.first { $0.tokens.lowerBound == c }
    }

    /// The state of the nisba right after the troop noun that follows an arrival verb
    /// ("وصل نحو ثلاثين جندياً تشيكياً" → the Czech Republic).
    func troopNisbaAfter(_ g: TriggerGroup, in s: Sentence) -> Mention? {
        guard Cues.arrive.matches(token(g.first)) else { return nil }
        var k = g.last
        for _ in 0..<6 {
            guard let n = nextWord(k, in: s) else { return nil }
            if Cues.troopNoun.matches(token(n)), let a = nextWord(n, in: s) {
                // The indefinite accusative may also spell the state's name ("تشيكياً" / "تشيكيا"): then it is a mention already.
                if covered[a] >= 0 { let m = mentions[Int(covered[a])]; return m.actorType == .state ? m : nil }
                if let e = token(a).keys.lazy.compactMap({ self.extractor.nisba[$0] }).first, gazetteer.entities[e].actorType == .state {
                    return oneWordMention(of: e, at: a, in: s, rule: .nisba)
                }
                return nil
            }
            k = n
        }
        return nil
    }
}

extension Cues {
    /// Verbs of arriving and returning, past and present.
    static let arrive = WordSet(["وصل", "وصلت", "وصلوا", "يصل", "تصل", "يصلون", "عاد", "عادت", "عادوا"])
    /// Forms of كان after a troop noun: "كانوا في العراق", "كانت تنتشر في".
    static let wasForm = WordSet(["كان", "كانت", "كانوا", "كانا"])
}
