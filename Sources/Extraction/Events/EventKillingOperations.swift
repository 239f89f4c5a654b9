import GraphModel

/// A killing in an operation: "مقتل زعيم تنظيم داعش أبو بكر البغدادي في عملية نفذتها قوة خاصة
/// أميركية في محافظة إدلب", "اغتيل القيادي X في عملية إنزال جوي". Raids and commando operations are
/// told by the killing and "في عملية", with no word of the attack lists; the operation is the attack,
/// its victim the target, and the force that carried it out (by the nisba of "قوة خاصة أميركية") the
/// attacker.
///
/// "عملية" alone is far too common ("عمليات استعادة المدينة", "العملية السياسية"), so the trigger is the
/// indefinite "عملية" after "في", with a killing word at most ten words before (a victim may be named
/// with his title and group: "مقتل القيادي في كتائب حزب الله أبو مهدي المهندس في عملية") and, right
/// after it, a verb of carrying out or a military qualifier. The killing is then the operation's own,
/// even after بعد, which otherwise makes a killing background. Reads at most fourteen words per
/// candidate: O(1).
extension DocumentRun {
    /// Whether token `i` is the operation a killing was carried out in.
    /// Read only of a word of `Cues.operation`, the gate of `TriggerRule.killingOperation`.
    func killingOperationHolds(_ i: Int, in s: Sentence) -> Bool {
        guard !token(i).hasArticle, let p = previousWord(i, in: s), token(p).norm == "في",
              let n = nextWord(i, in: s), Cues.launched.matches(token(n)) || Cues.operationQualifier.matches(token(n)) else { return false }
        var q = previousWord(p, in: s)
        for _ in 0..<10 {
            guard let k = q else { return false }
            if Cues.killed.matches(token(k)) { return true }
            q = previousWord(k, in: s)
        }
        return false
    }

    /// The state whose force carried out the operation: "نفذتها قوة خاصة أميركية", "نفذتها قوات
    /// عراقية" (the nisba within four words after the verb of carrying out).
    func operationAgentState(_ g: TriggerGroup, upper: Int, in s: Sentence) -> Mention? {
        guard let verb = nextWord(g.last, in: s), Cues.launched.matches(token(verb)) else { return nil }
        var k = verb
        for _ in 0..<4 {
            guard let n = nextWord(k, in: s), n < upper else { return nil }
            if covered[n] >= 0 { return nil }
            if let e = stateOfNisba(token(n)) { return oneWordMention(of: e, at: n, in: s, rule: .nisbaOperationAgent) }
            k = n
        }
        return nil
    }
}

extension Cues {
    /// Qualifiers of a military operation: "عملية عسكرية", "عملية خاصة", "عملية إنزال".
    static let operationQualifier = WordSet(["عسكرية", "خاصة", "إنزال", "انزال", "أمنية", "نوعية", "جوية", "كوماندوس"])
}
