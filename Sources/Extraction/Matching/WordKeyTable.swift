/// A read-mostly hash table from word keys (`ArabicFolding.key`, 64-bit FNV-1a hashes of
/// folded words), each with a small tag (the trie node a word leaves from; 0 elsewhere), to
/// small integer values: the word lists, the name trie and the nisba table all probe one of
/// these for every clitic reading of every token.
///
/// Open addressing with linear probing in one flat array (Knuth, TAOCP vol. 3, 6.4,
/// algorithm L), load factor at most 1/2, so a probe costs O(1) expected loads. The slot is
/// chosen by Fibonacci hashing of the key (multiply by 2^64/φ, keep the top bits): the keys
/// are hashes already, so no second hash function (Swift's per-process seeded SipHash, which
/// `Set<UInt64>` runs on every probe) is needed. Lookups compare the whole 64-bit key.
struct WordKeyTable: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var tag: UInt32
        /// The stored value plus one; 0 marks an empty slot.
        var valuePlusOne: UInt32
    }
    private var slots: ContiguousArray<Slot>
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 8) {
        var capacity = 8
        while capacity < 2 * minimumCapacity { capacity *= 2 }
        slots = ContiguousArray(repeating: Slot(key: 0, tag: 0, valuePlusOne: 0), count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    @inline(__always)
    private func home(_ key: UInt64, _ tag: UInt32) -> Int {
        Int(truncatingIfNeeded: ((key &+ UInt64(tag) &* 0xD6E8_FEB8_6659_FD93) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for (`key`, `tag`), or nil.
    @inline(__always)
    subscript(key: UInt64, tag tag: UInt32 = 0) -> Int? {
        slots.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = home(key, tag)
            while true {
                let slot = s[i]
                if slot.valuePlusOne == 0 { return nil }
                if slot.key == key && slot.tag == tag { return Int(slot.valuePlusOne - 1) }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Stores `value` (0 ..< 2^32 - 1) for (`key`, `tag`), replacing a value already there.
    mutating func set(_ key: UInt64, tag: UInt32 = 0, _ value: Int) {
        precondition(value >= 0 && value < Int(UInt32.max), "word key table value out of range")
        if 2 * (count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var i = home(key, tag)
        while slots[i].valuePlusOne != 0 {
            if slots[i].key == key && slots[i].tag == tag { slots[i].valuePlusOne = UInt32(value + 1); return }
            i = (i + 1) & mask
        }
        slots[i] = Slot(key: key, tag: tag, valuePlusOne: UInt32(value + 1))
        count += 1
    }

    private mutating func grow() {
        let old = slots
        self = WordKeyTable(minimumCapacity: old.count)
        for slot in old where slot.valuePlusOne != 0 { set(slot.key, tag: slot.tag, Int(slot.valuePlusOne - 1)) }
    }
}

/// A set of word keys over `WordKeyTable`.
public struct WordKeySet: Sendable {
    private var table: WordKeyTable

    public init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        table = WordKeyTable(minimumCapacity: keys.underestimatedCount)
        for k in keys { table.set(k, 0) }
    }

    @inline(__always)
    public func contains(_ key: UInt64) -> Bool { table.contains(key) }

    public var count: Int { table.count }
}
