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
    /// Answered on the readings' bytes in place, by the rule of `String.hasLetterPrefix`: the
    /// stems are Arabic base letters, so a reading starts with one (under canonical
    /// equivalence) exactly when it holds the stem's bytes and the scalar after them, if any,
    /// extends nothing (an ASCII scalar or an Arabic letter, U+0621–U+064A). A reading with the
    /// stem's bytes and another scalar after them is left to the definition. The definition made
    /// a `String` of the word and a `Substring` per reading, and compared Characters: about
    /// 2,500 instructions for every attack trigger word that holds a stem (most of them).
    /// O(readings × stems).
    func readsObjectTriggerStem(_ i: Int) -> Bool {
        let t = token(i)
        let stems = Self.objectTriggerStemBytes
        // nil: a stem's bytes followed by a scalar that may combine with its last letter.
        let onBytes: Bool? = t.norm.withUTF8 { word in
            var undecided = false
            for r in 0..<Int(t.layout.count) {
                let from = t.layout.byteOffset(r)
                for stem in stems where stem.count <= word.count - from {
                    var k = 0
                    while k < stem.count, word[from + k] == stem[k] { k += 1 }
                    guard k == stem.count else { continue }
                    let after = from + stem.count
                    guard after < word.count else { return true }
                    let lead = word[after]
                    if lead < 0x80 { return true }
                    if lead == 0xD8 || lead == 0xD9, after + 1 < word.count {
                        let value = (UInt32(lead & 0x1F) << 6) | UInt32(word[after + 1] & 0x3F)
                        if value >= 0x0621 && value <= 0x064A { return true }
                    }
                    undecided = true
                }
            }
            return undecided ? nil : false
        }
        func definition() -> Bool { t.readings.contains { f in Cues.objectTriggerStems.contains(where: { startsWithStem(f.0, $0) }) } }
        assert(onBytes == nil || onBytes == definition(), "an object-trigger stem read differently on its bytes")
        return onBytes ?? definition()
    }

    /// The UTF-8 of `Cues.objectTriggerStems`.
    static let objectTriggerStemBytes: [[UInt8]] = Cues.objectTriggerStems.map { Array($0.utf8) }
}
