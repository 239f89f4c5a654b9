import GraphModel

/// Claims denied by a negation, killings told as the background of an attack, and the date of
/// a "since" phrase.
///
/// - "ولم تعلن أي جهة (على الفور) مسؤوليتها عن الهجوم، لكن X تتبنى منذ أشهر عشرات الهجمات":
///   a sentence that says nobody claimed the attack names no claimant, whoever it names after
///   for another reason. "حمّلت طهران إسرائيل مسؤوليته" lays blame; the possessive مسؤوليته
///   after a verb of blaming is not a claim either.
/// - "وسط توتر متصاعد بعد اغتيال X في طهران الأربعاء الماضي": a killing after بعد/إثر/عقب is
///   the background of the attack reported before it; the base that attack hit is not its target.
/// - "وهو الأول من نوعه على المنطقة الخضراء منذ إعلان الفصائل، الشهر الماضي، تعليق هجماتها":
///   a date inside a منذ phrase after the trigger tells when a period began, not when the event
///   happened (unless a حين clause makes it the event's own, "منذ 30 أيلول الماضي، حين ...").
///
/// Each check reads a window of at most ten tokens: O(1) per claim word, trigger or date.
extension DocumentRun {
    /// Whether the sentence holds a claim that it does not deny: a claim word with no negation
    /// within six words before it (punctuation ends the look-back) and no verb of blaming within
    /// three, in a sentence that does not say nobody claimed the attack.
    func affirmedClaim(in s: Sentence) -> Bool {
        var found = false
        for i in s.tokens where Cues.claim.matches(token(i)) {
            if isNegatedClaim(i, in: s) { return false }
            // "وحمّلت واشنطن كتائب حزب الله مسؤوليته": the blamed party may stand between the verb and the word.
            let blame = (max(s.tokens.lowerBound, i - 3)..<i).contains { Cues.accuseCue.matches(token($0)) }
                || blamedBefore(i, in: s)
            // "تبنت معظمها المقاومة": a claim of some of many attacks names no claimant of one (Events/EventVictimSide.swift).
            if !blame, !claimsPartOfMany(i, in: s) { found = true }
        }
        return found
    }

    /// "لم تعلن أي جهة على الفور مسؤوليتها", "من دون أن تتبنى أي جهة الهجوم": a negation within six
    /// words before the claim word, with no punctuation between.
    func isNegatedClaim(_ i: Int, in s: Sentence) -> Bool {
        var p = previousWord(i, in: s)
        var hops = 0
        while let q = p, hops < 6 {
            if (q + 1..<i).contains(where: { token($0).kind == .punctuation && !Clitics.isTransparent(token($0).norm) }) { return false }
            if Cues.negation.matches(token(q)) { return true }
            p = previousWord(q, in: s); hops += 1
        }
        return false
    }

    /// A killing trigger right after بعد / إثر / عقب ("بعد اغتيال X"): the background of the
    /// event reported before it in the sentence.
    func isBackgroundKilling(_ g: TriggerGroup, in s: Sentence) -> Bool {
        guard Cues.killed.matches(token(g.first)), let p = previousWord(g.first, in: s) else { return false }
        return Cues.afterBackground.matches(token(p))
    }

    /// Whether the date at token `d` lies in a منذ phrase that opens after the trigger (at most
    /// ten tokens before the date), with no حين in the phrase.
    func isDateOfSincePhrase(_ d: Int, trigger g: TriggerGroup, in s: Sentence) -> Bool {
        guard d > g.last + 1 else { return false }
        let from = max(g.last + 1, d - 10)
        // A date right after منذ is dropped when dates are found; this reads the ones further in.
        guard let since = (from..<d).last(where: { Cues.since.matches(token($0)) }), since + 1 < d else { return false }
        return !((since + 1)..<d).contains { Cues.when.matches(token($0)) }
    }
}

extension Cues {
    /// Words that put an event before the one reported: "بعد اغتيال", "إثر مقتل", "عقب اغتيال".
    static let afterBackground = WordSet(["بعد", "إثر", "اثر", "عقب"])
}

extension DocumentRun {
    /// A verb of blaming at most eight words before the word of responsibility at `i`, with no
    /// punctuation between: "حمّلت واشنطن كتائب حزب الله مسؤوليته" blames, it claims nothing.
    func blamedBefore(_ i: Int, in s: Sentence) -> Bool {
        var p = previousWord(i, in: s)
        for _ in 0..<8 {
            guard let q = p else { return false }
            if (q + 1..<i).contains(where: { token($0).kind == .punctuation && !Clitics.isTransparent(token($0).norm) }) { return false }
            if Cues.blameVerb.matches(token(q)) { return true }
            p = previousWord(q, in: s)
        }
        return false
    }
}

extension DocumentRun {
    /// Whether a mention of the article that passes `ok` names the entity `name`:
    /// `mentions.containsInPlace { ok($0) && refName($0.ref) == name }`.
    ///
    /// The name is looked up once (`entityRef(named:)`, by its bytes) and the mentions compared
    /// by their integer references: `refName` retained and released, for every mention, a
    /// reference string of the gazetteer, shared by every worker thread (whose reference counts
    /// both cores then write). The names asked about are role references, which the run wrote
    /// with `refName`'s bytes; a name no entity has is named by no mention. Debug builds check
    /// the answer against the definition.
    func mentionNames(_ name: String, where ok: (Mention) -> Bool) -> Bool {
        let named = entityRef(named: name).map { ref in mentions.containsInPlace { $0.ref == ref && ok($0) } } ?? false
        assert(named == mentions.containsInPlace { ok($0) && refName($0.ref) == name }, "a mention found by its reference differs from one found by its name")
        return named
    }
}
