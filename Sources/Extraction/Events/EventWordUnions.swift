extension Cues {
    /// The gates of the trigger rules of `findTriggers` (`DocumentRun.triggerRules`): a word in
    /// none of them starts no trigger.
    static let triggerFirstWords = WordSetUnion(DocumentRun.triggerRules.map(\.gate))
    /// The cue lists `attachClaims` reads every word of a sentence for.
    static let claimWords = WordSetUnion([claim, responsibility, accuseCue])
}

extension DocumentRun {
    /// `reading.hasPrefix(stem)`, its bytes compared first. String's `hasPrefix` compares
    /// Characters under canonical equivalence (about two thousand instructions for a folded
    /// reading); the stems are plain Arabic letters, which no other sequence of scalars is
    /// canonically equivalent to, so a reading with the stem as a prefix also holds its bytes
    /// as a prefix: the byte test rejects the rest exactly, and a byte match is confirmed by
    /// `hasPrefix` (a combining scalar after the stem would end the match there).
    func startsWithStem(_ reading: Substring, _ stem: String) -> Bool {
        let bytesMatch = reading.utf8.withContiguousStorageIfAvailable { r in
            stem.utf8.withContiguousStorageIfAvailable { p in
                guard p.count <= r.count else { return false }
                for k in 0..<p.count where r[k] != p[k] { return false }
                return true
            }
        }
        if let bytesMatch, let known = bytesMatch, !known {
            assert(!reading.hasPrefix(stem), "a prefix missed by its bytes")
            return false
        }
        return reading.hasPrefix(stem)
    }
}
