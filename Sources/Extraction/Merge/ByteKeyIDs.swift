import Foundation
import GraphModel
#if canImport(Glibc)
import Glibc
#endif

/// Dense ids of byte strings, found by their bytes: the table behind `StringPool` and
/// `ReferenceIDs`, which look up every evidence text, rule name and reference of the corpus.
///
/// Why not `ByteKeyTable` with the string in its slot: those lookups are cache misses (a table
/// of every distinct text of the corpus, probed at random), and a hit read two places, each a
/// miss: the slot (32 bytes, half of them across two cache lines, since an array's elements start
/// 48 bytes into its block) and then the pooled string's storage for the byte comparison,
/// somewhere in a heap of hundreds of megabytes, so a TLB miss as well. Here:
///
/// - a slot is 16 bytes (the key's 64-bit hash, its id, the position of its key bytes), in a
///   block aligned to 64 bytes: four slots per cache line, none across two, and the table half
///   the size;
/// - the key bytes are copied once, when the key is new, into one arena of keys (each key its
///   length and its bytes), where the comparison on a hash match reads them; nothing of the
///   string is read, retained or released on a lookup;
/// - the slots and the arena are allocated aligned to a cache line (`CacheLineMemory`).
///   Transparent huge pages for them (`madvise(MADV_HUGEPAGE)`) made `add` alone faster but cost
///   the whole command more system time than it saved (docs/perf.md, twelfth round).
///
/// Linear probing (Knuth, TAOCP vol. 3, 6.4, algorithm L) with a load factor of at most 1/2 and
/// Fibonacci hashing of the caller's hash (`ByteHash`, low bit set: 0 marks an empty slot), as
/// in `ByteKeyTable`. Keys are equal when their bytes are: neither Unicode normalization nor a
/// hash collision can give two different keys one id. Two kinds of key live apart: byte keys
/// (a string's UTF-8 bytes) and word keys (a small string's two words, `StringWords`: its bytes,
/// count and flags; equal words exactly when equal bytes); a key of one kind never equals a key
/// of the other (their length fields differ), so a string looked up both ways gets two ids,
/// each with the same bytes, which costs only the sharing. O(key bytes) per lookup; growth
/// rehashes from the stored hashes without reading a key again.
///
/// A value type: copies share the memory until one of them inserts, which first makes its own
/// copy (`isKnownUniquelyReferenced` of the block's owner). Lookups read plain pointers held in
/// the value itself, so they retain nothing.
struct ByteKeyIDs: @unchecked Sendable {
    // @unchecked: the pointers are owned by `owner` and written only by an insert that holds
    // the one reference to it (copy on write); readers of a shared block only read.

    fileprivate struct Slot {
        /// The key's hash, 0 for an empty slot.
        var hash: UInt64
        var id: Int32
        /// Where the key is in the arena, in 4-byte units.
        var key: UInt32
    }

    /// Owns the slots and the arena (freed with the last copy of the table).
    private final class Owner {
        var slots: UnsafeMutableRawPointer
        var keys: UnsafeMutableRawPointer
        init(slots: UnsafeMutableRawPointer, keys: UnsafeMutableRawPointer) { (self.slots, self.keys) = (slots, keys) }
        deinit { free(slots); free(keys) }
    }

    /// The length field of a word key (no byte key is this long: `insert` checks).
    private static let wordsTag = UInt32.max

    private var slots: UnsafeMutablePointer<Slot>
    private var mask: Int
    /// 64 - log2(slot count).
    private var shift: UInt64
    private(set) var count = 0
    /// The arena: each key at a 4-byte boundary, its length (`UInt32`, or `wordsTag`) then its bytes.
    private var keys: UnsafeMutableRawPointer
    private var keysUsed = 0
    private var keysCapacity: Int
    private var owner: Owner

    /// An empty table of `1 << log2Capacity` slots.
    init(log2Capacity: Int) {
        precondition(log2Capacity >= 1 && log2Capacity < 40)
        let capacity = 1 << log2Capacity
        slots = Self.zeroedSlots(capacity)
        mask = capacity - 1
        shift = UInt64(64 - log2Capacity)
        keysCapacity = 16 * capacity
        keys = CacheLineMemory.allocate(byteCount: keysCapacity)
        owner = Owner(slots: UnsafeMutableRawPointer(slots), keys: keys)
    }

    // MARK: lookups

    /// The id of the byte key `bytes` (hash `h`, `ByteHash.hash(bytes)`), or -1; `free` is the
    /// empty slot where it would go (valid for `insert` until the table next changes).
    @inline(__always)
    func find(bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (id: Int32, free: Int) {
        var i = home(h)
        while true {
            let slot = slots[i]
            if slot.hash == 0 { return (-1, i) }
            if slot.hash == h && equal(slot.key, bytes) { return (slot.id, i) }
            i = (i + 1) & mask
        }
    }

    /// The id of the word key `words` (hash `h`, `ByteHash.hash(words)`), or -1, and the free slot.
    @inline(__always)
    func find(words: StringWords, hash h: UInt64) -> (id: Int32, free: Int) {
        var i = home(h)
        while true {
            let slot = slots[i]
            if slot.hash == 0 { return (-1, i) }
            if slot.hash == h && equal(slot.key, words) { return (slot.id, i) }
            i = (i + 1) & mask
        }
    }

    /// The first word of the home slot of hash `h`: a read of the line a lookup reads first,
    /// given back so that the caller can keep it (a read whose value is dropped is left out).
    @inline(__always)
    func touchSlot(_ h: UInt64) -> UInt64 { slots[home(h)].hash }

    /// The length field of the key of the first slot of hash `h` on its probe chain (0 when
    /// there is none): the line a lookup's byte comparison reads first.
    @inline(__always)
    func touchKey(_ h: UInt64) -> UInt64 {
        var i = home(h)
        while slots[i].hash != 0 {
            if slots[i].hash == h { return UInt64((keys + 4 * Int(slots[i].key)).load(as: UInt32.self)) }
            i = (i + 1) & mask
        }
        return 0
    }

    @inline(__always)
    private func home(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always)
    private func equal(_ key: UInt32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let p = keys + 4 * Int(key)
        // The stored length is compared as a full integer: no key of another length can pass.
        guard Int(p.load(as: UInt32.self)) == bytes.count else { return false }
        return bytes.isEmpty || memcmp(p + 4, bytes.baseAddress!, bytes.count) == 0
    }

    @inline(__always)
    private func equal(_ key: UInt32, _ words: StringWords) -> Bool {
        let p = keys + 4 * Int(key)
        return p.load(as: UInt32.self) == Self.wordsTag
            && p.loadUnaligned(fromByteOffset: 4, as: UInt64.self) == words.low
            && p.loadUnaligned(fromByteOffset: 12, as: UInt64.self) == words.high
    }

    // MARK: inserts

    /// Gives the byte key `bytes`, which `find` did not find, the id `id`, in the slot `find` gave.
    mutating func insert(bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64, id: Int32, at free: Int) {
        precondition(UInt64(bytes.count) < UInt64(Self.wordsTag), "a key longer than the arena's length field can say")
        let key = appendKey(length: UInt32(bytes.count), byteCount: bytes.count) { target in
            if !bytes.isEmpty { target.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count) }
        }
        place(Slot(hash: h, id: id, key: key), at: free)
    }

    /// Gives the word key `words`, which `find` did not find, the id `id`, in the slot `find` gave.
    mutating func insert(words: StringWords, hash h: UInt64, id: Int32, at free: Int) {
        let key = appendKey(length: Self.wordsTag, byteCount: 16) { target in
            target.storeBytes(of: words.low, as: UInt64.self)
            (target + 8).storeBytes(of: words.high, as: UInt64.self)
        }
        place(Slot(hash: h, id: id, key: key), at: free)
    }

    /// Copies a key into the arena (growing it when full) and gives its position.
    private mutating func appendKey(length: UInt32, byteCount: Int, _ write: (UnsafeMutableRawPointer) -> Void) -> UInt32 {
        makeUnique()
        let size = (4 + byteCount + 3) & ~3
        if keysUsed + size > keysCapacity {
            let capacity = Swift.max(2 * keysCapacity, keysUsed + size)
            let grown = CacheLineMemory.allocate(byteCount: capacity)
            grown.copyMemory(from: keys, byteCount: keysUsed)
            free(keys)
            (keys, keysCapacity, owner.keys) = (grown, capacity, grown)
        }
        let position = keysUsed / 4
        precondition(position <= Int(UInt32.max), "more key bytes than the arena's positions can say")
        let p = keys + keysUsed
        p.storeBytes(of: length, as: UInt32.self)
        write(p + 4)
        keysUsed += size
        return UInt32(position)
    }

    private mutating func place(_ slot: Slot, at free: Int) {
        assert(slot.hash & 1 == 1 && slots[free].hash == 0, "insert into a slot find did not give")
        count += 1
        if 2 * count > mask + 1 {
            grow()
            var i = home(slot.hash)
            while slots[i].hash != 0 { i = (i + 1) & mask }
            slots[i] = slot
        } else {
            slots[free] = slot
        }
    }

    private mutating func grow() {
        let old = slots, oldCapacity = mask + 1
        let capacity = 2 * oldCapacity
        slots = Self.zeroedSlots(capacity)
        mask = capacity - 1
        shift -= 1
        for j in 0..<oldCapacity where old[j].hash != 0 {
            var i = home(old[j].hash)
            while slots[i].hash != 0 { i = (i + 1) & mask }
            slots[i] = old[j]
        }
        free(old)
        owner.slots = UnsafeMutableRawPointer(slots)
    }

    /// Gives this value its own memory when another copy shares it.
    @inline(__always)
    private mutating func makeUnique() {
        if isKnownUniquelyReferenced(&owner) { return }
        let capacity = mask + 1
        let copiedSlots = Self.zeroedSlots(capacity)
        copiedSlots.update(from: slots, count: capacity)
        let copiedKeys = CacheLineMemory.allocate(byteCount: keysCapacity)
        copiedKeys.copyMemory(from: keys, byteCount: keysUsed)
        (slots, keys) = (copiedSlots, copiedKeys)
        owner = Owner(slots: UnsafeMutableRawPointer(copiedSlots), keys: copiedKeys)
    }

    private static func zeroedSlots(_ capacity: Int) -> UnsafeMutablePointer<Slot> {
        assert(MemoryLayout<Slot>.stride == 16, "a slot is not 16 bytes")
        let raw = CacheLineMemory.allocate(byteCount: capacity * MemoryLayout<Slot>.stride)
        memset(raw, 0, capacity * MemoryLayout<Slot>.stride)
        return raw.bindMemory(to: Slot.self, capacity: capacity)
    }
}

/// Memory for tables read at random: aligned to a cache line, so that a 16-byte slot never
/// spans two lines. Freed with `free`.
enum CacheLineMemory {
    static func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        var p: UnsafeMutableRawPointer?
        guard posix_memalign(&p, 64, Swift.max(byteCount, 64)) == 0, let p else { fatalError("out of memory (\(byteCount) bytes)") }
        return p
    }
}
