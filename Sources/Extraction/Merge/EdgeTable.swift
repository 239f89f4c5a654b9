import GraphModel

/// The slot of each edge of the merged graph, found by its two end slots and its relation's
/// number (`RelationNumbers`).
///
/// Shaped for speed: every role of every event and every relation of every article looks its
/// edge up once (about half a million lookups on 10,000 articles), and a `Dictionary` keyed by
/// a struct of three integers hashes them with SipHash-1-3 each time. Here the three integers
/// are packed into one 64-bit key (end slots below 2²⁷, relation numbers below 2⁸, checked),
/// mixed by a multiply and xor-shift (MurmurHash3's finalizer) and found by linear probing
/// (Knuth, TAOCP vol. 3, 6.4, algorithm L) at a load factor of at most 1/2. O(1) expected per
/// lookup. The slots hold only integers, so nothing is retained or released.
struct EdgeTable {
    private struct Slot {
        /// The packed key with bit 63 set; 0 marks an empty slot.
        var key: UInt64
        var edge: Int
    }
    private var slots: [Slot]
    private var count = 0
    /// 64 - log2(capacity).
    private var shift: UInt64

    static let endLimit = 1 << 27
    static let relationLimit = 1 << 8

    init(log2Capacity: Int = 10) {
        precondition(log2Capacity >= 1 && log2Capacity < 63)
        slots = Array(repeating: Slot(key: 0, edge: -1), count: 1 << log2Capacity)
        shift = UInt64(64 - log2Capacity)
    }

    /// The key of an edge: its ends' slots and its relation's number, with bit 63 set.
    @inline(__always)
    static func key(source: Int, relation: Int, target: Int) -> UInt64 {
        precondition(source >= 0 && source < endLimit && target >= 0 && target < endLimit
                     && relation >= 0 && relation < relationLimit, "edge ends or relation number out of the table's range")
        return 1 << 63 | UInt64(source) << 35 | UInt64(target) << 8 | UInt64(relation)
    }

    /// The edge with this key, or, when there is none, `make()`'s new edge stored under it.
    @inline(__always)
    mutating func edge(_ key: UInt64, orMake make: () -> Int) -> Int {
        let mask = slots.count - 1
        var i = home(key)
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            while slots[i].key != 0 {
                if slots[i].key == key { return slots[i].edge }
                i = (i + 1) & mask
            }
            return nil
        }
        if let found { return found }
        let edge = make()
        count += 1
        if 2 * count > slots.count { grow(); place(key, edge) } else { slots[i] = Slot(key: key, edge: edge) }
        return edge
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        var h = key
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func place(_ key: UInt64, _ edge: Int) {
        let mask = slots.count - 1
        var i = home(key)
        while slots[i].key != 0 { i = (i + 1) & mask }
        slots[i] = Slot(key: key, edge: edge)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: 0, edge: -1), count: old.count * 2)
        shift -= 1
        for slot in old where slot.key != 0 { place(slot.key, slot.edge) }
    }
}

/// A dense number for each distinct relation, in the order first seen.
///
/// Shaped for speed: asked once per edge mention with relations that are nearly always one of
/// a dozen constants (`Relation.target`, …), whose strings are stored inline (15 bytes or
/// fewer) or share one storage. A relation whose two words as stored (`StringWords`) equal
/// a remembered one's is that relation, so the common case is a short scan of integer pairs,
/// without hashing the name (`String` hashing, as a `Dictionary` key, costs a SipHash of its
/// bytes each time). Names not recognised that way are found by value in a dictionary, so two
/// copies of one name get one number. The remembered relations are kept (retained), so the
/// storage their words point to cannot be freed and reused while the table lives.
struct RelationNumbers {
    private var recent: [(words: StringWords, relation: Relation, number: Int)] = []
    private var byName: [String: Int] = [:]
    /// How many representations are remembered: relations made fresh for each mention
    /// (distinct storage, same name) would otherwise grow the scan without end.
    private static let recentLimit = 32

    var count: Int { byName.count }

    mutating func number(_ relation: Relation) -> Int {
        let words = StringWords(relation.rawValue)
        for r in recent where r.words == words { return r.number }
        let number: Int
        if let known = byName[relation.rawValue] { number = known } else {
            number = byName.count
            byName[relation.rawValue] = number
        }
        if recent.count < Self.recentLimit { recent.append((words, relation, number)) }
        return number
    }
}

/// A `String`'s two words as stored, read without retaining it. Equal words are equal strings:
/// a small string's words are its bytes and count; a large one's are its count, flags and the
/// address of its storage, which cannot be reused while someone holds the string. (Unequal
/// words may still be equal strings: two copies of one text.)
struct StringWords: Equatable {
    var low: UInt64, high: UInt64

    @inline(__always)
    init(_ string: String) {
        (low, high) = unsafeBitCast(string, to: (UInt64, UInt64).self)
    }

    /// The words of the string at `pointer`, read in place.
    @inline(__always)
    init(at pointer: UnsafePointer<String>) {
        let raw = UnsafeRawPointer(pointer)
        low = raw.load(as: UInt64.self)
        high = raw.load(fromByteOffset: 8, as: UInt64.self)
    }
}
