import Foundation

/// The word lists a token belongs to, as bits: bit `b` is set when one of the token's clitic
/// readings is in the list registered as `b` (`WordSet.cueBit`).
///
/// The rules test a token against some hundred closed word lists (`Cues`), many of them for
/// every word of a sentence; a test used to be up to three probes of that list's hash table,
/// each in a different table. The tokenizer now looks each reading up once in one table of
/// all the lists' words and keeps the union of their bits in the token, so a list test is a
/// shift and a mask: O(1) with no memory access beyond the token.
struct CueMask: Sendable, Equatable {
    var low: UInt64 = 0
    var middle: UInt64 = 0
    var high: UInt64 = 0

    /// Bits for the rules' lists (about 120 now) with room for more; a list past the
    /// capacity is still tested, by probing.
    static let capacity = 192

    @inline(__always) func contains(_ bit: Int) -> Bool {
        switch bit {
        case ..<64: low & (1 << UInt64(bit)) != 0
        case ..<128: middle & (1 << UInt64(bit - 64)) != 0
        default: high & (1 << UInt64(bit - 128)) != 0
        }
    }

    @inline(__always) mutating func formUnion(_ other: CueMask) {
        low |= other.low; middle |= other.middle; high |= other.high
    }

    @inline(__always) mutating func insert(_ bit: Int) {
        switch bit {
        case ..<64: low |= 1 << UInt64(bit)
        case ..<128: middle |= 1 << UInt64(bit - 64)
        default: high |= 1 << UInt64(bit - 128)
        }
    }
}

/// Every word list made so far, each with a bit (the first `CueMask.capacity` of them), and
/// the table from a word key to the lists holding it.
///
/// Word lists register themselves when they are made (`WordSet.init`), which for the static
/// lists of the rules is their first use: lists are made lazily, so the tokenizer takes the
/// current `Snapshot` for each article and records in every token how many lists its mask
/// covers (`ReadingLayout.cueLists`). A list made after the article was tokenized, or beyond
/// the capacity, is tested by probing its own table as before; both tests give the same
/// answer, so the output never depends on when a list was first used.
///
/// Thread-safe: registration and snapshots take a lock; a snapshot is immutable.
final class CueRegistry: @unchecked Sendable {
    static let shared = CueRegistry()

    /// The membership table for the first `lists` registered lists.
    struct Snapshot: Sendable {
        let lists: Int
        /// Word key → the lists holding it.
        let table: CueTable
        /// One bit per value of the top 16 bits of a word key, set for the keys in some list:
        /// most words of a text are in none, and this 8 KB filter (in the L1 cache) answers
        /// them without a probe into `table`, which is larger than the L1 cache.
        let filter: [UInt64]

        init(lists: Int, masks: [UInt64: CueMask]) {
            self.lists = lists
            table = CueTable(masks)
            var filter = [UInt64](repeating: 0, count: 1 << 10)
            for key in masks.keys { filter[Int(truncatingIfNeeded: key >> 54)] |= 1 << ((key >> 48) & 63) }
            self.filter = filter
        }

        /// The lists any of the given reading keys belongs to.
        @inline(__always)
        func mask(of layout: ReadingLayout) -> CueMask {
            var mask = CueMask()
            for r in 0..<Int(layout.count) {
                let key = layout.key(r)
                guard filter[Int(truncatingIfNeeded: key >> 54)] & (1 << ((key >> 48) & 63)) != 0 else { continue }
                mask.formUnion(table[key])
            }
            return mask
        }
    }

    private let lock = NSLock()
    /// Keys of each list with a bit, by bit.
    private var lists: [[UInt64]] = []
    private var current = Snapshot(lists: 0, masks: [:])

    /// Registers a list: its bit, or nil when every bit is taken. O(1).
    func register(_ keys: [UInt64]) -> UInt8? {
        lock.lock(); defer { lock.unlock() }
        guard lists.count < CueMask.capacity else { return nil }
        lists.append(keys)
        return UInt8(lists.count - 1)
    }

    /// The table for every list with a bit so far, rebuilt only when a list was added since
    /// the last call: O(total words in the lists) then, O(1) otherwise.
    func snapshot() -> Snapshot {
        lock.lock(); defer { lock.unlock() }
        if current.lists != lists.count {
            var masks: [UInt64: CueMask] = [:]
            for (bit, keys) in lists.enumerated() {
                for key in keys { masks[key, default: CueMask()].insert(bit) }
            }
            current = Snapshot(lists: lists.count, masks: masks)
        }
        return current
    }
}

/// Word key → `CueMask`, by open addressing with linear probing and Fibonacci hashing (as
/// `WordKeyTable`), the mask stored in the slot: a hit is one cache miss, not a second one
/// into an array of masks. An empty mask marks an empty slot (every stored key is in some
/// list). Load factor at most 1/2.
struct CueTable: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var mask: CueMask
    }
    private let slots: [Slot]
    private let shift: UInt64

    init(_ masks: [UInt64: CueMask]) {
        var capacity = 8
        while capacity < 2 * masks.count { capacity *= 2 }
        let shift = UInt64(64 - capacity.trailingZeroBitCount)
        var slots = [Slot](repeating: Slot(key: 0, mask: CueMask()), count: capacity)
        // Any insertion order gives a table with the same answers.
        for (key, mask) in masks {
            precondition(mask != CueMask(), "a word key must be in some list")
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[i].mask != CueMask() { i = (i + 1) & (capacity - 1) }
            slots[i] = Slot(key: key, mask: mask)
        }
        self.slots = slots
        self.shift = shift
    }

    /// The lists holding `key` (empty when none).
    @inline(__always)
    subscript(key: UInt64) -> CueMask {
        slots.withUnsafeBufferPointer { s in
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let slot = s[i]
                if slot.mask == CueMask() || slot.key == key { return slot.mask }
                i = (i + 1) & (s.count - 1)
            }
        }
    }
}
