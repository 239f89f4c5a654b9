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

extension DocumentRun {
    /// Whether a reading of token `i` starts with one of `Cues.objectTriggerStems` (a verb or
    /// verbal noun whose object is what was hit): `token(i).readings.contains { reading in
    /// stems.contains { startsWithStem(reading, $0) } }`.
    ///
    /// The readings' bytes are tested in place first. `startsWithStem` answers false for a
    /// reading that does not hold the stem's bytes as a prefix, so a word none of whose readings
    /// does is answered here; the others go to the definition. Each reading made a `String` of the
    /// word and a `Substring` of it, for every word of every attack trigger. O(readings × stems).
    func readsObjectTriggerStem(_ i: Int) -> Bool {
        let t = token(i)
        let stems = Self.objectTriggerStemBytes
        let bytePrefix = t.norm.withUTF8 { word in
            (0..<Int(t.layout.count)).contains { r in
                let from = t.layout.byteOffset(r)
                return stems.contains { stem in
                    guard stem.count <= word.count - from else { return false }
                    for k in stem.indices where word[from + k] != stem[k] { return false }
                    return true
                }
            }
        }
        func definition() -> Bool { t.readings.contains { f in Cues.objectTriggerStems.contains(where: { startsWithStem(f.0, $0) }) } }
        guard bytePrefix else {
            assert(!definition(), "an object-trigger stem missed by its bytes")
            return false
        }
        return definition()
    }

    /// The UTF-8 of `Cues.objectTriggerStems`.
    static let objectTriggerStemBytes: [[UInt8]] = Cues.objectTriggerStems.map { Array($0.utf8) }
}
