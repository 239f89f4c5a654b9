/// Several word lists tested at once: whether a token may be in any of them.
///
/// A rule loop that asks every word of a sentence one list after another (the relation cues
/// ask some seventeen) spends most of its time on the words that are in none of them, nearly
/// all words. Each list's bit is in the token's `cues` mask (`WordSet`, `CueRegistry`), so the
/// union of the lists is one mask, and one AND over the token's mask answers "in none" for the
/// whole loop. When some list has no bit in the token's mask (the list was first made after the
/// article was tokenized, or has no bit at all) the union cannot tell, and `mayMatch` says yes:
/// the lists are then asked one by one as before, so the answer never changes.
struct WordSetUnion: Sendable {
    private let mask: CueMask
    /// One past the highest bit of the lists; above `CueMask.capacity` when a list has none.
    private let bitLimit: Int
    /// The lists, kept to check the union against them in debug builds.
    private let sets: [WordSet]

    init(_ sets: [WordSet]) {
        var mask = CueMask()
        var limit = 0
        for set in sets {
            if set.hasCueBit { mask.insert(Int(set.cueBit)); limit = max(limit, Int(set.cueBit) + 1) }
            else { limit = CueMask.capacity + 1 }
        }
        self.mask = mask
        self.bitLimit = limit
        self.sets = sets
    }

    /// False only when no list matches the token (`WordSet.matches` is false for each).
    @inline(__always)
    func mayMatch(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        guard bitLimit <= Int(token.layout.cueLists) else { return true }
        let hit = (token.cues.low & mask.low) | (token.cues.middle & mask.middle) | (token.cues.high & mask.high) != 0
        assert(hit || !sets.contains { $0.matches(token) }, "the union of the lists' bits disagrees with the lists")
        return hit
    }
}
