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
    var high: UInt64 = 0

    static let capacity = 128

    @inline(__always) func contains(_ bit: Int) -> Bool {
        bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }

    @inline(__always) mutating func formUnion(_ other: CueMask) {
        low |= other.low; high |= other.high
    }

    @inline(__always) mutating func insert(_ bit: Int) {
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
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
        /// Word key → index in `masks`.
        let index: WordKeyTable
        let masks: [CueMask]
        /// One bit per value of the top 16 bits of a word key, set for the keys in some list:
        /// most words of a text are in none, and this 8 KB filter (in the L1 cache) answers
        /// them without a probe into `index`, which is larger than the L1 cache.
        let filter: [UInt64]

        init(lists: Int, index: WordKeyTable, masks: [CueMask], keys: some Sequence<UInt64>) {
            self.lists = lists; self.index = index; self.masks = masks
            var filter = [UInt64](repeating: 0, count: 1 << 10)
            for key in keys { filter[Int(truncatingIfNeeded: key >> 54)] |= 1 << ((key >> 48) & 63) }
            self.filter = filter
        }

        /// The lists any of the given reading keys belongs to.
        @inline(__always)
        func mask(of layout: ReadingLayout) -> CueMask {
            var mask = CueMask()
            for r in 0..<Int(layout.count) {
                let key = layout.key(r)
                guard filter[Int(truncatingIfNeeded: key >> 54)] & (1 << ((key >> 48) & 63)) != 0 else { continue }
                if let i = index[key] { mask.formUnion(masks[i]) }
            }
            return mask
        }
    }

    private let lock = NSLock()
    /// Keys of each list with a bit, by bit.
    private var lists: [[UInt64]] = []
    private var current = Snapshot(lists: 0, index: WordKeyTable(), masks: [], keys: [])

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
            var index = WordKeyTable()
            var masks: [CueMask] = []
            for (bit, keys) in lists.enumerated() {
                for key in keys {
                    if let i = index[key] { masks[i].insert(bit) } else {
                        index.set(key, masks.count)
                        var mask = CueMask()
                        mask.insert(bit)
                        masks.append(mask)
                    }
                }
            }
            current = Snapshot(lists: lists.count, index: index, masks: masks, keys: lists.joined())
        }
        return current
    }
}
