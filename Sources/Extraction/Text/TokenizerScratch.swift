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

    /// The table of words by their original bytes (`RawWordKey`), in two arrays of the same
    /// slots: the keys, and the tokens (span [0, scalars of the word)). See `rawSlot(_:)`.
    static let rawCapacityBits = 12
    static let rawCapacity = 1 << rawCapacityBits
    let rawKeys: UnsafeMutablePointer<RawWordKey.Words>
    let rawTokens: UnsafeMutablePointer<Token>

    init() {
        slots = .allocate(capacity: Self.capacity)
        rawKeys = .allocate(capacity: Self.rawCapacity)
        rawTokens = .allocate(capacity: Self.rawCapacity)
        // All-zero tokens: empty words, which no lookup matches; all-zero keys: length 0,
        // which no key of a word has.
        Self.zero(slots, count: Self.capacity)
        Self.zero(rawTokens, count: Self.rawCapacity)
        rawKeys.initialize(repeating: RawWordKey.Words(0, 0, 0, 0), count: Self.rawCapacity)
    }

    deinit {
        slots.deallocate()
        rawKeys.deallocate()
        rawTokens.deallocate()
    }

    /// Writes all-zero tokens into the slots, then binds the memory to `Token` again: the
    /// zeroing writes it as bytes, and the slots are read and written as tokens.
    private static func zero(_ slots: UnsafeMutablePointer<Token>, count: Int) {
        let raw = UnsafeMutableRawPointer(slots)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: count * MemoryLayout<Token>.stride)
        raw.bindMemory(to: Token.self, capacity: count)
    }

    /// Prepares the table for tokenizing with `lists` registered word lists.
    @inline(__always)
    func use(cueLists lists: Int) {
        guard lists != cueLists else { return }
        Self.zero(slots, count: Self.capacity)
        Self.zero(rawTokens, count: Self.rawCapacity)
        rawKeys.update(repeating: RawWordKey.Words(0, 0, 0, 0), count: Self.rawCapacity)
        cueLists = lists
    }

    /// The slot of a folded word.
    @inline(__always)
    func slot(_ word: FoldedWord) -> UnsafeMutablePointer<Token> {
        slots + Int(truncatingIfNeeded: word.storageHash >> UInt64(64 - Self.capacityBits))
    }

    /// The slot of a word's original bytes in `rawKeys` and `rawTokens`.
    @inline(__always)
    func rawSlot(_ key: RawWordKey) -> Int {
        Int(truncatingIfNeeded: key.hash >> UInt64(64 - Self.rawCapacityBits))
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

/// The original UTF-8 bytes of a word that starts with a non-ASCII scalar, up to the first
/// ASCII byte after it: the key of `TokenizerScratch`'s table of words by their original bytes.
///
/// Why a second table, by original bytes: the table by folded word (`TokenizerScratch.slot`)
/// saves making a word's token, but finding the folded word still costs a decode, a table
/// load, a fold and a store for every letter (about 29 instructions a letter, 5 letters a
/// word). A word of Arabic prose is a run of non-ASCII bytes ended by an ASCII byte (a space, a
/// full stop, a line break), so its run is found eight bytes at a time, and when the run was
/// seen before as one whole word its token is copied with no letter read one by one.
///
/// The key is made of the `readWidth` bytes at the word's start (the caller makes sure they
/// are in the text): the bytes before the first byte below 0x80, zero-padded, with their
/// number in byte 30. A run of more than `maxLength` bytes (or with no ASCII byte in the first
/// `readWidth`) has no key (`length == 0`). A key holds the run's bytes exactly: two runs with
/// the same key have the same bytes.
struct RawWordKey {
    typealias Words = (UInt64, UInt64, UInt64, UInt64)
    /// Bytes 0..<30: the run's bytes, then zeros; byte 30: the length; byte 31: zero.
    let words: Words
    /// Bytes in the run (0: no key).
    let length: Int

    static let maxLength = 30
    static let readWidth = 32

    /// The key of the run at `p` (at least `readWidth` readable bytes).
    @inline(__always)
    init(_ p: UnsafeRawPointer) {
        let high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func load(_ q: Int) -> UInt64 { UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8 * q, as: UInt64.self)) }
        // The bytes below the first of this word's bytes under 0x80 (byte k is bits 8k ..< 8k + 8).
        @inline(__always) func below(_ ascii: UInt64) -> Int { ascii.trailingZeroBitCount >> 3 }
        @inline(__always) func low(_ w: UInt64, _ bytes: Int) -> UInt64 { w & ((1 << UInt64(8 * bytes)) &- 1) }
        let w0 = load(0)
        var ascii = ~w0 & high
        if ascii != 0 {
            let n = below(ascii)
            self.init(words: (low(w0, n), 0, 0, 0), length: n)
            return
        }
        let w1 = load(1)
        ascii = ~w1 & high
        if ascii != 0 {
            let n = below(ascii)
            self.init(words: (w0, low(w1, n), 0, 0), length: 8 + n)
            return
        }
        let w2 = load(2)
        ascii = ~w2 & high
        if ascii != 0 {
            let n = below(ascii)
            self.init(words: (w0, w1, low(w2, n), 0), length: 16 + n)
            return
        }
        let w3 = load(3)
        ascii = ~w3 & high
        let n = below(ascii)
        // n is 8 when no byte of w3 is ASCII; bytes 30 and 31 hold the length.
        guard n <= Self.maxLength - 24 else {
            self.init(words: (0, 0, 0, 0), length: 0)
            return
        }
        self.init(words: (w0, w1, w2, low(w3, n)), length: 24 + n)
    }

    @inline(__always)
    private init(words: Words, length: Int) {
        self.words = (words.0, words.1, words.2, words.3 | UInt64(length) << 48)
        self.length = length
        assert(length == 0 || Self.isKey(of: words, length: length), "a word's key differs from its bytes")
    }

    /// Whether `words` hold `length` bytes none of which is ASCII, then zeros (debug builds).
    private static func isKey(of words: Words, length: Int) -> Bool {
        var copy = words
        return withUnsafeBytes(of: &copy) { raw in
            (0..<length).allSatisfy { raw[$0] >= 0x80 } && (length..<32).allSatisfy { raw[$0] == 0 }
        }
    }

    @inline(__always)
    func same(_ other: Words) -> Bool {
        words.0 == other.0 && words.1 == other.1 && words.2 == other.2 && words.3 == other.3
    }

    @inline(__always)
    var hash: UInt64 {
        (words.0 ^ (words.1 << 17 | words.1 >> 47) ^ (words.2 << 31 | words.2 >> 33) ^ words.3) &* 0x9E37_79B9_7F4A_7C15
    }
}
