import Foundation
import GraphModel

/// One shared copy of each distinct string: evidence of the whole corpus repeats the same
/// rule names ("event.attack.target") and the same surfaces ("قاعدة عين الأسد") thousands of
/// times, and a String longer than 15 UTF-8 bytes is a heap allocation of its own.
///
/// Strings are found by a hash of their UTF-8 bytes, read eight bytes at a time, in an
/// open-addressing table with linear probing (Knuth, TAOCP vol. 3, 6.4, algorithm L; load
/// factor at most 1/2), and compared byte for byte (`memcmp`); so neither Unicode
/// normalization (what String's own hashing and == do) nor a hash collision can merge two
/// different strings: the pooled copy has the same bytes as the one it replaces. Cost:
/// O(bytes) per string, with no allocation unless the string is new.
struct StringPool {
    /// One slot of the table: the string's hash with the low bit set (0: empty), and the
    /// string. Kept together (24 bytes) so that a probe's hash test and the load of the string
    /// it then compares read one cache line, not one in each of two arrays: lookups land at
    /// random in a table of every distinct text of the corpus, so they are mostly cache misses.
    private struct Slot {
        var hash: UInt64 = 0
        var string = ""
    }
    private var slots: [Slot]
    private var count = 0
    /// 64 - log2(capacity): Fibonacci hashing keeps the top bits of hash × 2^64/φ.
    private var shift: UInt64

    init() {
        slots = Array(repeating: Slot(), count: 1024)
        shift = 64 - 10
    }

    mutating func intern(_ s: String) -> String {
        // Small strings are stored inline in the String value: nothing to share.
        guard s.utf8.count > 15 else { return s }
        let (h, found): (UInt64, String?) = UTF8Bytes.with(s) { bytes in
            let h = Self.hash(bytes)
            return (h, slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var i = slot(h)
                while slots[i].hash != 0 {
                    if slots[i].hash == h, UTF8Bytes.with(slots[i].string, { stored in
                        stored.count == bytes.count && memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
                    }) {
                        return slots[i].string
                    }
                    i = (i + 1) & mask
                }
                return nil
            })
        }
        if let found { return found }
        insert(s, hash: h)
        return s
    }

    mutating func intern(_ e: inout Evidence) {
        e.text = intern(e.text)
        e.rule = intern(e.rule)
    }

    @inline(__always)
    private func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private mutating func insert(_ s: String, hash h: UInt64) {
        if 2 * (count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var i = slot(h)
        while slots[i].hash != 0 { i = (i + 1) & mask }
        slots[i] = Slot(hash: h, string: s)
        count += 1
    }

    private mutating func grow() {
        var old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        shift -= 1
        count = 0
        // Each string is moved to the new table (swapped out of the old one), not copied.
        for i in old.indices where old[i].hash != 0 {
            var s = ""
            swap(&s, &old[i].string)
            insert(s, hash: old[i].hash)
        }
    }

    /// A 64-bit hash of the bytes, eight at a time (multiply and xor-shift mixing, as in
    /// MurmurHash3's finalizer); the low bit is set so that 0 can mark an empty slot.
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
}

/// A string's UTF-8 bytes read in place: a native string's own storage, without the copy of
/// the value (a retain and a release) that the mutating `withUTF8` needs; a copy only for a
/// string without contiguous UTF-8.
enum UTF8Bytes {
    @inline(__always)
    static func with<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return copy.withUTF8(body)
    }
}
