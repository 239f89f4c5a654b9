/// A set of folded word forms, tested against every clitic reading of a token
/// ("وبالقاعدة" is tested as وبالقاعده, بالقاعده → قاعده, قاعده).
///
/// Forms are kept as `ArabicFolding.key` hashes: a test is one integer-set probe per reading.
/// Stems with suffixes are expanded into whole forms when the set is built. Each set also
/// takes a bit in `CueRegistry`: a token made by the tokenizer after the set was made carries
/// that bit, and the test is then a bit test.
public struct WordSet: Sendable {
    private let keys: WordKeySet
    /// The set's bit in `CueMask`, or `CueMask.capacity` for none (read by `WordSetUnion`).
    let cueBit: UInt8

    /// `words` match exactly; `stems` match alone or followed by one of `suffixes`. A list
    /// made with `inTokenMasks: false` takes no bit: one only probed by its readings
    /// (`contains(form:)`), in a rare path, need not grow the table every word of every
    /// article is looked up in.
    public init(_ words: [String], stems: [String] = [], suffixes: [String] = [], inTokenMasks: Bool = true) {
        var forms = words.map { ArabicFolding.withoutArticle(Substring(ArabicFolding.normalize($0))) }
        for stem in stems {
            let base = ArabicFolding.normalize(stem)
            forms.append(Substring(base))
            for suffix in suffixes { forms.append(Substring(base + ArabicFolding.normalize(suffix))) }
        }
        let keys = forms.map(ArabicFolding.key)
        self.keys = WordKeySet(keys)
        cueBit = inTokenMasks ? CueRegistry.shared.register(keys) ?? UInt8(CueMask.capacity) : UInt8(CueMask.capacity)
    }

    @inline(__always)
    public func contains(form: Substring) -> Bool { keys.contains(ArabicFolding.key(form)) }

    /// Whether any reading of the token is in the set.
    @inline(__always)
    public func matches(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        // The token's mask covers this set: one bit test.
        if cueBit < token.layout.cueLists {
            let hit = token.cues.contains(Int(cueBit))
            assert(hit == matchesByProbing(token), "the token's word-list bit disagrees with the list")
            return hit
        }
        return matchesByProbing(token)
    }

    /// The definition of `matches`: some reading's key is in the set. The bit test must agree.
    /// Out of line, so that the bit test inlines into the rules without the probe loop.
    @inline(never)
    func matchesByProbing(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        for k in token.keys where keys.contains(k) { return true }
        return false
    }

    /// Whether the set has a bit in `CueMask` (false past the registry's capacity).
    var hasCueBit: Bool { Int(cueBit) < CueMask.capacity }
}
