import Foundation

/// What the tokenizer keeps from one article to the next on one worker: the tokens of the
/// words it made lately, by folded word, so that a word seen before is copied instead of made.
///
/// Why: making a word's token (its clitic readings and their keys, `ReadingLayout`; the article
/// flag; the probe of the word-list table, `CueRegistry.Snapshot.mask`, a cache miss nearly every
/// time) is some 300 instructions, and news text repeats a small vocabulary: across the articles
/// a worker extracts, most words were seen before. (A memory per article was tried and did not
/// pay: only 28% of an article's words repeat a word of the same article.) Everything in a
/// token but its span is a function of its folded word (its bytes and plain flag), its kind
/// and the word lists registered (`CueRegistry`), so a remembered token with the same folded
/// word, the same kind and made with the same lists is the token the tokenizer would make.
///
/// The table is direct-mapped (a word takes the slot of its hash, replacing what was there):
/// bounded memory (`capacity` tokens, 384 KB), one probe, no growth. Its size is a trade: 4,096
/// slots find 86% of the words of the bench corpus, 16,384 find 95% with fewer instructions,
/// but a table four times the size misses the L2 cache more often (callgrind's cache
/// simulation), which the time side by side could not tell apart. Debug builds check every
/// article's tokens against the reference tokenizer (`TokenizedText.sameAsReference`).
///
/// One scratch serves one article at a time (it is mutated while tokenizing, without a lock);
/// `TokenizerScratch.Pool` hands each extraction its own.
final class TokenizerScratch {
    static let capacityBits = 12
    static let capacity = 1 << capacityBits
    /// Remembered tokens (span meaningless); a slot whose word is empty holds nothing (the
    /// tokenizer never makes an empty word).
    let slots: UnsafeMutablePointer<Token>
    /// `CueRegistry.Snapshot.lists` when the slots were filled: a list registered since then
    /// changes the cue masks, and the table is cleared.
    var cueLists = -1

    init() {
        slots = .allocate(capacity: Self.capacity)
        // All-zero tokens: empty words, which no lookup matches.
        Self.zero(slots)
    }

    deinit { slots.deallocate() }

    /// Writes all-zero tokens into the slots, then binds the memory to `Token` again: the
    /// zeroing writes it as bytes, and the slots are read and written as tokens.
    private static func zero(_ slots: UnsafeMutablePointer<Token>) {
        let raw = UnsafeMutableRawPointer(slots)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: capacity * MemoryLayout<Token>.stride)
        raw.bindMemory(to: Token.self, capacity: capacity)
    }

    /// Prepares the table for tokenizing with `lists` registered word lists.
    @inline(__always)
    func use(cueLists lists: Int) {
        guard lists != cueLists else { return }
        Self.zero(slots)
        cueLists = lists
    }

    /// The slot of a folded word.
    @inline(__always)
    func slot(_ word: FoldedWord) -> UnsafeMutablePointer<Token> {
        slots + Int(truncatingIfNeeded: word.storageHash >> UInt64(64 - Self.capacityBits))
    }

    /// Scratches for concurrent extractions: each extraction takes one (or a new one when all
    /// are in use) and gives it back, so there are at most as many as extractions ever ran at
    /// once (the workers), each used by one thread at a time.
    final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var free: [TokenizerScratch] = []

        init() {}

        func take() -> TokenizerScratch {
            lock.lock(); defer { lock.unlock() }
            return free.popLast() ?? TokenizerScratch()
        }

        func giveBack(_ scratch: TokenizerScratch) {
            lock.lock(); defer { lock.unlock() }
            free.append(scratch)
        }
    }
}
