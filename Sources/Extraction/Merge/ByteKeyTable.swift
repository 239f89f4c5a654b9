import Foundation
import GraphModel

/// An open-addressing hash table of values found by the UTF-8 bytes of a key they stand for:
/// the one table behind `StringPool` (the value is the pooled string itself) and
/// `ReferenceIDs` (the value is an id, the key the reference of that id).
///
/// Linear probing (Knuth, TAOCP vol. 3, 6.4, algorithm L) with a load factor of at most 1/2,
/// and Fibonacci hashing (the top bits of hash × 2^64/φ pick the home slot). A slot holds the
/// key's 64-bit hash (low bit set; 0 marks an empty slot) beside the value, so a probe's hash
/// test and the value it then compares read one cache line: every evidence text and reference
/// of a corpus is looked up once, at random in a table of all the distinct ones, so the lookups
/// are mostly cache misses. Keys are compared byte for byte by the caller (`find`'s `matches`,
/// typically `memcmp`), only when the whole hash matches: neither Unicode normalization (what
/// `String` hashing and `==` do, on every lookup of Arabic text) nor a hash collision can
/// merge two different keys. O(key bytes) per lookup; growth rehashes from the stored hashes
/// without reading a key again.
///
/// Generic over the value but used within this module only, so the compiler specializes it
/// for each use (`String`, `Int`) and inlines the `matches` closure: no generic dispatch on the
/// lookup path.
struct ByteKeyTable<Value> {
    fileprivate struct Slot {
        var hash: UInt64
        var value: Value
    }
    private var slots: [Slot]
    /// A value for empty slots (never returned).
    private let empty: Value
    private(set) var count = 0
    /// 64 - log2(capacity).
    private var shift: UInt64

    /// An empty table of `1 << log2Capacity` slots (a power of two), each empty slot holding `empty`.
    init(log2Capacity: Int, empty: Value) {
        precondition(log2Capacity >= 1 && log2Capacity < 63)
        self.empty = empty
        slots = Array(repeating: Slot(hash: 0, value: empty), count: 1 << log2Capacity)
        shift = UInt64(64 - log2Capacity)
    }

    /// Where a key with hash `h` is: `found` is its value when a slot with that hash holds a
    /// value for which `matches` is true; otherwise `free` is the empty slot where it would go
    /// (valid for `insert(_:hash:at:)` until the table next changes).
    @inline(__always)
    func find(hash h: UInt64, where matches: (Value) -> Bool) -> (found: Value?, free: Int) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = home(h)
            while slots[i].hash != 0 {
                if slots[i].hash == h, matches(slots[i].value) { return (slots[i].value, i) }
                i = (i + 1) & mask
            }
            return (nil, i)
        }
    }

    /// Stores `value` for a key of hash `h` that `find` did not find, in the slot `find` gave.
    mutating func insert(_ value: Value, hash h: UInt64, at free: Int) {
        assert(h & 1 == 1 && slots[free].hash == 0, "insert into a slot find did not give")
        count += 1
        if 2 * count > slots.count {
            grow()
            place(value, hash: h)
        } else {
            slots[free] = Slot(hash: h, value: value)
        }
    }

    @inline(__always)
    private func home(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Takes the value (`consuming`): growth moves every value once, and a borrowed string
    /// stored here was retained (and released where the caller dropped its copy).
    private mutating func place(_ value: consuming Value, hash h: UInt64) {
        let mask = slots.count - 1
        var i = home(h)
        while slots[i].hash != 0 { i = (i + 1) & mask }
        slots[i] = Slot(hash: h, value: value)
    }

    private mutating func grow() {
        var old = slots
        slots = Array(repeating: Slot(hash: 0, value: empty), count: old.count * 2)
        shift -= 1
        // Each value is moved into the new table (swapped out of the old one and handed over),
        // not copied: a string value is then not retained and released once more.
        for i in old.indices where old[i].hash != 0 {
            var v = empty
            swap(&v, &old[i].value)
            place(consume v, hash: old[i].hash)
        }
    }
}

extension ByteKeyTable: Sendable where Value: Sendable {}
extension ByteKeyTable.Slot: Sendable where Value: Sendable {}

/// The hash of `ByteKeyTable` (a non-generic home, so callers need no type parameter).
enum ByteHash {
    /// A 64-bit hash of the bytes, eight at a time (multiply and xor-shift mixing, as in
    /// MurmurHash3's finalizer); the low bit is set so that 0 can mark an empty slot.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0
        var bits: UInt64 = 0
        while i < raw.count {
            tail |= UInt64(raw[i]) << bits
            bits += 8
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        return h | 1
    }

    /// A 64-bit hash of a small string's two words (`StringWords`: its bytes, count and flags),
    /// with the low bit set, mixed as `hash(_:)` mixes each eight bytes.
    @inline(__always)
    static func hash(_ words: StringWords) -> UInt64 {
        var h = (0x9E37_79B9_7F4A_7C15 ^ words.low) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        h = (h ^ words.high) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        return h | 1
    }

    /// Whether two byte buffers are equal.
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }
}
