import GraphModel

/// Word-list tests of a token read in place, for the loops that pass over every word of a
/// sentence (trigger, claim, relation-cue and threat scans).
///
/// `WordSet.matches(_:)` and `WordSetUnion.matches(_:)` take the token by value, and where
/// their slow path (the probe of the word's keys) may be taken, the compiler copies the whole
/// token (96 bytes) out of the array before the bit test, for
/// every word. These read the word's kind and mask where they lie and copy the token only for
/// the probe, which a word whose mask covers the list never takes. The answers are the same
/// functions' (`matches` asserts that its bit agrees with the probe; so do these).
extension WordSet {
    /// `matches(tokens[i])`, reading the token in place.
    @inline(__always)
    func matches(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        if cueBit < tokens[i].layout.cueLists {
            let hit = tokens[i].cues.contains(Int(cueBit))
            assert(hit == matchesByProbing(tokens[i]), "the token's word-list bit disagrees with the list")
            return hit
        }
        return matchesByProbing(tokens[i])
    }
}

extension WordSetUnion {
    /// `matches(tokens[i])`, reading the token in place.
    @inline(__always)
    func matches(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        if let hit = matches(cues: tokens[i].cues, cueLists: tokens[i].layout.cueLists) {
            assert(hit == matchesEach(tokens[i]), "the union's bits disagree with its lists")
            return hit
        }
        return matchesEach(tokens[i])
    }
}
