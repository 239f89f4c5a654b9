import Foundation

/// Dense integer ids for entity references (`k:KEY`, `p:KIND:NAME`), so that the merger's
/// sets and tables hold integers instead of Arabic strings.
///
/// A reference is found by its UTF-8 bytes: references hold no combining marks, so equal
/// references have equal bytes, and the lookup does not normalize the text to NFC as `String`
/// hashing and `==` do. Every role, relation and entity of every article is looked up once
/// (`CorpusMerger.add`), so the table is shaped like `StringPool`'s: open addressing with
/// linear probing (Knuth, TAOCP vol. 3, 6.4, algorithm L; load factor at most 1/2),
/// Fibonacci hashing of `StringPool.hash` (eight bytes at a time), and `memcmp` on a hash
/// match; before, a `Dictionary` keyed by the bytes hashed them with SipHash and compared
/// them byte by byte through a generic sequence comparison. O(bytes) per lookup.
///
/// Ids follow the order references were first seen; nothing written depends on them (they
/// only name things inside the merger).
struct ReferenceIDs {
    /// One slot: the reference's hash with the low bit set (0: empty), and its id; together,
    /// so that a probe reads one cache line.
    private struct Slot {
        var hash: UInt64 = 0
        var id = 0
    }
    private var slots: [Slot]
    /// 64 - log2(capacity).
    private var shift: UInt64
    /// The reference of each id.
    private(set) var references: [String] = []

    var count: Int { references.count }

    init() {
        slots = Array(repeating: Slot(), count: 256)
        shift = 64 - 8
    }

    /// The id of `reference`, given a new one if it has none yet.
    @discardableResult
    mutating func insert(_ reference: String) -> Int {
        let (h, found, free) = UTF8Bytes.with(reference) { bytes in
            let h = StringPool.hash(bytes)
            let (found, free) = lookup(bytes, hash: h)
            return (h, found, free)
        }
        if let found { return found }
        let id = references.count
        references.append(reference)
        if 2 * references.count > slots.count {
            grow()
            place(id, hash: h)
        } else {
            slots[free] = Slot(hash: h, id: id)
        }
        return id
    }

    /// The id of `reference`, or nil if it was never inserted.
    func id(_ reference: String) -> Int? {
        UTF8Bytes.with(reference) { bytes in lookup(bytes, hash: StringPool.hash(bytes)).found }
    }

    /// The id of the bytes, or the empty slot where they would go.
    private func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (found: Int?, free: Int) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = slot(h)
            while slots[i].hash != 0 {
                if slots[i].hash == h {
                    let id = slots[i].id
                    let equal = UTF8Bytes.with(references[id]) { stored in
                        stored.count == bytes.count && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
                    }
                    if equal { return (id, i) }
                }
                i = (i + 1) & mask
            }
            return (nil, i)
        }
    }

    @inline(__always)
    private func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private mutating func place(_ id: Int, hash h: UInt64) {
        let mask = slots.count - 1
        var i = slot(h)
        while slots[i].hash != 0 { i = (i + 1) & mask }
        slots[i] = Slot(hash: h, id: id)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        shift -= 1
        for s in old where s.hash != 0 { place(s.id, hash: s.hash) }
    }
}
