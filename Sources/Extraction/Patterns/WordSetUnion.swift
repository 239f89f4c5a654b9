/// Several word lists tested at once: whether any reading of a token is in any of them.
///
/// The event rules ask every word of every sentence a chain of list tests that nearly every
/// word fails (the twelve trigger lists of `findTriggers`, the three cue lists of
/// `attachClaims`): about two hundred instructions a word. When every list has a bit in
/// `CueMask` and the token's mask covers them all, the union is one test of the token's mask
/// against the lists' bits together; otherwise (a list made after the article was tokenized,
/// or past the registry's capacity) each list is tested as `WordSet.matches` would. Both
/// answers are `sets.contains { $0.matches(token) }`, so a rule gated by the union finds what
/// it found before.
struct WordSetUnion: Sendable {
    private let sets: [WordSet]
    private let mask: CueMask
    /// One more than the highest bit of the lists; past `CueMask.capacity` when a list has none.
    private let bitsNeeded: Int

    init(_ sets: [WordSet]) {
        self.sets = sets
        var mask = CueMask()
        var needed = 0
        for set in sets {
            let bit = Int(set.cueBit)
            if bit < CueMask.capacity { mask.insert(bit) }
            needed = max(needed, bit + 1)
        }
        self.mask = mask
        bitsNeeded = needed
    }

    /// Whether any reading of the token is in any of the lists: O(1) with the token's mask.
    @inline(__always)
    func matches(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        if bitsNeeded <= Int(token.layout.cueLists) {
            let hit = token.cues.low & mask.low != 0 || token.cues.middle & mask.middle != 0 || token.cues.high & mask.high != 0
            assert(hit == matchesEach(token), "the union's bits disagree with its lists")
            return hit
        }
        return matchesEach(token)
    }

    /// The answer of `matches` from a word's mask alone (`token.cues`, `token.layout.cueLists`),
    /// or nil when the mask does not cover the lists. For a loop that asks several unions of one
    /// word: handing the `Token` to each copied it out (three retains) every time.
    @inline(__always)
    func matches(cues: CueMask, cueLists: UInt8) -> Bool? {
        guard bitsNeeded <= Int(cueLists) else { return nil }
        return cues.low & mask.low != 0 || cues.middle & mask.middle != 0 || cues.high & mask.high != 0
    }

    /// The definition: some list matches the token.
    @inline(never)
    func matchesEach(_ token: Token) -> Bool { sets.contains { $0.matches(token) } }
}
