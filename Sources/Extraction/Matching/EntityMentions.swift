import GraphModel

/// An entity named (or referred back to) at a place in the text.
struct Mention: Sendable {
    var ref: String
    var kind: NodeKind
    var actorType: ActorType?
    /// Lexicon sub-type (`country`, `city`, `airbase`, ...) or the pattern's.
    var type: String
    var sentence: Int
    /// Token range of the name (without a class word or title before it).
    var tokens: Range<Int>
    /// Original scalar span, clitics in front of the first word left out.
    var start: Int
    var end: Int
    /// Folded clitic letters read off the first word ("و", "ل", "وب"...).
    var clitic: String
    var rule: String
    /// A back-reference ("القاعدة", "الجماعة"): used for roles, never a new node.
    var anaphoric: Bool = false

    var isCountry: Bool { kind == .place && type == "country" }
    var isPerformer: Bool {
        guard kind == .actor, let t = actorType else { return false }
        return t == .state || t == .coalition || t == .militaryForce || t == .armedGroup || t == .governmentBody
    }
    /// Carries a preposition clitic meaning "to/for" (ل) or "with/by" (ب).
    var hasToClitic: Bool { clitic.hasSuffix("ل") }
}

/// A pattern entity found in one article (what no lexicon lists).
struct PatternEntity: Sendable {
    var ref: String
    var kind: NodeKind
    var actorType: ActorType?
    var type: String
    var surfaces: [String: Int]
    var titles: Set<String>
    var organisations: Set<String>
    /// Folded words of the name without article, for surname coreference.
    var words: [Substring]
}

/// The scalar offset in `tokens[i]` after `letters` folded letters (marks in between skipped).
func offsetAfterLetters(_ text: TokenizedText, token: Token, letters: Int) -> Int {
    guard letters > 0 else { return token.start }
    var seen = 0
    var i = token.start
    while i < token.end {
        if ArabicFolding.classify(text.scalars[i]) != .mark {
            if seen == letters { return i }
            seen += 1
        }
        i += 1
    }
    return i
}

/// Searches over mention arrays that read each mention in place.
///
/// A `Mention` holds four strings, so every copy retains and releases four references. The
/// standard `first(where:)`, `last(where:)` and `contains(where:)` copy each element they pass
/// over before handing it to the predicate; the rules scan a sentence's mentions this way for
/// most words, and those copies were some 5% of extraction. Here the predicate borrows each
/// element from the array's buffer, and only the element found is copied. Same results.
extension Array where Element == Mention {
    @inline(__always)
    func firstInPlace(where ok: (Mention) throws -> Bool) rethrows -> Mention? {
        try withUnsafeBufferPointer { b in
            for i in b.indices where try ok(b[i]) { return b[i] }
            return nil
        }
    }

    @inline(__always)
    func lastInPlace(where ok: (Mention) throws -> Bool) rethrows -> Mention? {
        try withUnsafeBufferPointer { b in
            for i in b.indices.reversed() where try ok(b[i]) { return b[i] }
            return nil
        }
    }

    @inline(__always)
    func containsInPlace(where ok: (Mention) throws -> Bool) rethrows -> Bool {
        try withUnsafeBufferPointer { b in
            for i in b.indices where try ok(b[i]) { return true }
            return false
        }
    }
}
