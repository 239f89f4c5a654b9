/// Entity references (`k:KEY`, `p:KIND:WORDS`) → small integers, found by a hash of the
/// reference's UTF-8 bytes.
///
/// Why not `[String: Int]` or `[ReferenceKey: Int]`: both run Swift's seeded SipHash over the
/// bytes (and `String` hashing first checks the Arabic references for NFC) on every lookup, and
/// the rules look references up per mention (collecting an article's entities, the lexicon
/// co-mention rule): that was some 2% of per-article extraction. Here a reference is hashed
/// with 64-bit FNV-1a (Fowler–Noll–Vo; one xor and one multiply per byte) into a
/// `WordKeyTable` (open addressing, linear probing), and a hit is confirmed by comparing the
/// stored reference's bytes, so two references whose hashes collide are never confused: the
/// second one is kept in a short overflow list searched by comparison. Lookups cost
/// O(length of the reference) expected.
///
/// References hold no combining marks (lexicon keys are ASCII, pattern references are folded
/// words), so equal references have equal bytes and byte equality is `String` equality.
struct ReferenceTable: Sendable {
    private var table = WordKeyTable()
    /// The reference stored for each value, to confirm a hit.
    private var references: [String] = []
    private var values: [Int] = []
    /// Entries whose hash was taken by another reference (never seen in practice).
    private var overflow: [(reference: String, value: Int)] = []

    init(minimumCapacity: Int = 8) {
        table = WordKeyTable(minimumCapacity: minimumCapacity)
    }

    /// FNV-1a over the reference's UTF-8 bytes.
    @inline(__always)
    static func hash(_ reference: String) -> UInt64 {
        // Read in place: `withUTF8` on a `var` copy would retain and release the string.
        func fnv<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            return h
        }
        return reference.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(reference.utf8)
    }

    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool { ByteText.sameBytes(a, b) }

    /// The value stored for `reference`, or nil.
    func value(of reference: String) -> Int? {
        value(of: reference, hash: Self.hash(reference))
    }

    func value(of reference: String, hash: UInt64) -> Int? {
        guard let k = table[hash] else { return nil }
        // The stored reference is compared in place: a copy out of the array would retain it,
        // and the extractor's tables (shared by every worker thread) hold these strings.
        if references.withUnsafeBufferPointer({ Self.sameBytes($0[k], reference) }) { return values[k] }
        return overflow.first { Self.sameBytes($0.reference, reference) }?.value
    }

    /// Stores `value` for `reference`, which must not be stored yet.
    mutating func insert(_ reference: String, _ value: Int) {
        insert(reference, value, hash: Self.hash(reference))
    }

    mutating func insert(_ reference: String, _ value: Int, hash: UInt64) {
        assert(self.value(of: reference, hash: hash) == nil, "reference stored twice")
        if table[hash] != nil {
            overflow.append((reference, value))
            return
        }
        table.set(hash, references.count)
        references.append(reference)
        values.append(value)
    }
}
