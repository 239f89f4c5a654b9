/// A word, number or punctuation mark of an article, with its span in the original text.
///
/// A token holds no arrays and no references: its folded word is held inline (`FoldedWord`),
/// its clitic readings are at most three suffixes of `norm`, kept inline as byte offsets with
/// their keys (`ReadingLayout`). Making a token allocates nothing, and copying one (the rules
/// do so hundreds of times per sentence) is a move of its bytes with no retain or release:
/// the conformance to `BitwiseCopyable` keeps it so.
///
/// 96 bytes, where it was 112: every pass of the rules over an article reads its token array,
/// and an article's tokens outgrow the L1 cache. The fields are ordered so that nothing is
/// padding: `kind` and `hasArticle` sit in the last two bytes of `layout` (whose one-byte fields
/// follow its keys), and the span is kept as two `Int32` (an article is at most 256 MB, far
/// below 2^31 scalars) behind the `Int` properties every rule reads. `TextFastPathTests`
/// checks the size.
public struct Token: Sendable, BitwiseCopyable {
    public enum Kind: UInt8, Sendable, Hashable, BitwiseCopyable { case word, number, punctuation }
    /// Folded form (see `ArabicFolding`): what matching compares.
    public var norm: FoldedWord
    /// Where the clitic readings of a word start in `norm`, and their keys, computed once.
    var layout: ReadingLayout
    public var kind: Kind
    /// `Clitics.hasArticle(norm)`, computed once.
    public let hasArticle: Bool
    /// The word lists (`WordSet`) a reading of the word is in, for the first
    /// `layout.cueLists` lists of `CueRegistry`; computed once by the tokenizer.
    var cues = CueMask()
    private var start32: Int32
    private var end32: Int32

    /// [start, end) in Unicode scalars of the original text. Stored in 32 bits each (a smaller
    /// token for every pass over the tokens): an article holds fewer than 2³¹ scalars (the
    /// article reader refuses files over 256 MB). The tokenizer keeps byte offsets in 32 bits
    /// too, so `TokenizedText` refuses a text of 2³¹ bytes or more with a precondition.
    public var start: Int {
        @inline(__always) get { Int(start32) }
        set {
            precondition(newValue >= 0 && newValue <= Int(Int32.max), "token span out of range")
            start32 = Int32(truncatingIfNeeded: newValue)
        }
    }
    public var end: Int {
        @inline(__always) get { Int(end32) }
        set {
            precondition(newValue >= 0 && newValue <= Int(Int32.max), "token span out of range")
            end32 = Int32(truncatingIfNeeded: newValue)
        }
    }

    public init(kind: Kind, norm: String, start: Int, end: Int) {
        var norm = norm
        let layout = kind == .word ? norm.withUTF8 { ReadingLayout(folded: $0) } : ReadingLayout()
        self.init(kind: kind, norm: FoldedWord(norm), start: start, end: end, layout: layout, hasArticle: Clitics.hasArticle(norm))
    }

    init(kind: Kind, norm: FoldedWord, start: Int, end: Int, layout: ReadingLayout, hasArticle: Bool) {
        precondition(start >= 0 && end >= start && end <= Int(Int32.max), "token span out of range")
        self.kind = kind; self.norm = norm; self.start32 = Int32(truncatingIfNeeded: start)
        self.end32 = Int32(truncatingIfNeeded: end); self.layout = layout
        self.hasArticle = hasArticle
        assert(hasArticle == Clitics.hasArticle(norm.string), "token article flag differs from Clitics.hasArticle")
    }

    /// Sets the span without the range checks of `start` and `end`: for the tokenizer, whose
    /// scalar offsets are below the text's byte count, which `TokenizedText.init` bounds by
    /// `Int32.max` (the setters' two preconditions were a good part of copying a remembered word).
    @inline(__always)
    mutating func setSpan(start: Int, end: Int) {
        assert(start >= 0 && end >= start && end <= Int(Int32.max), "token span out of range")
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
    }

    /// The clitic readings of a word (`Clitics.readings`), the literal reading first: every rule tests them.
    public var readings: CliticReadings { CliticReadings(word: norm.string, layout: layout) }
    /// `ArabicFolding.key` of each reading, in the same order.
    public var keys: ReadingKeys { ReadingKeys(layout: layout) }

    public var isWord: Bool { kind == .word }
    /// An Arabic or Latin comma: it closes a phrase or separates the items of a list.
    public var isComma: Bool { kind == .punctuation && (norm == "،" || norm == ",") }
    /// A quote or bracket (`Clitics.isTransparent`), which does not break a name.
    public var isTransparent: Bool { kind == .punctuation && Clitics.isTransparent(norm) }
}

/// The clitic readings of one folded word as offsets into it: a reading is always a suffix
/// of the word (clitics and the article are stripped from the front), so three byte offsets,
/// three stripped-letter counts and three keys describe them all.
///
/// The keys come first and the one-byte fields after them (30 bytes in all), so that the
/// token's own one-byte fields fill the last two bytes of its 32-byte stride (see `Token`).
struct ReadingLayout: Sendable {
    var keys: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count: UInt8 = 0
    var byteOffsets: (UInt8, UInt8, UInt8) = (0, 0, 0)
    /// Letters stripped in front of each reading (0 to 3), two bits each, reading `i` in bits 2i, 2i + 1.
    var clitics: UInt8 = 0
    /// How many registered word lists the token's `cues` cover (0 outside the tokenizer).
    var cueLists: UInt8 = 0

    init() {}

    /// The readings of a folded word given as UTF-8, by the rules of `Clitics.readings(of:)`
    /// (which stays the reference: tests compare the two), computed on the bytes without a
    /// String. O(length of the word).
    init(folded word: UnsafeBufferPointer<UInt8>) {
        self.init(folded: word, head: FoldedWordHead(word))
    }

    /// The same, with the word's head already decoded (the tokenizer decodes it once for
    /// the readings and the article flag).
    @inline(__always)
    init(folded word: UnsafeBufferPointer<UInt8>, head: FoldedWordHead) {
        let n = head.scalars
        let lam: UInt32 = 0x0644, waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, kaf: UInt32 = 0x0643
        let first = head.withoutArticle(0)
        append(byte: head.byte(first), clitic: 0, word)
        var count = n
        var p = 0
        var stripped = 0
        if count > 3, head.value(0) == waw || head.value(0) == fa {
            p = 1; count -= 1; stripped = 1
            append(byte: head.byte(head.withoutArticle(1)), clitic: 1, word)
        }
        if count > 3, head.value(p) == ba || head.value(p) == lam || head.value(p) == kaf {
            if head.value(p) == lam, head.value(p + 1) == lam, count > 4 {
                append(byte: head.byte(p + 2), clitic: stripped + 2, word)
            } else {
                append(byte: head.byte(head.withoutArticle(p + 1)), clitic: stripped + 1, word)
            }
        }
        hashReadings(word)
    }

    @inline(__always)
    private mutating func append(byte: Int, clitic: Int, _ word: UnsafeBufferPointer<UInt8>) {
        assert(clitic >= 0 && clitic <= 3, "more than three clitic letters stripped")
        switch count {
        case 0: byteOffsets.0 = UInt8(byte)
        case 1: byteOffsets.1 = UInt8(byte)
        default: byteOffsets.2 = UInt8(byte)
        }
        clitics |= UInt8(clitic) << (2 * count)
        count += 1
    }

    /// `ArabicFolding.key` of every reading, from one hash chain over the word's bytes.
    ///
    /// The key hashes a word from its last byte to its first, and the readings are suffixes of
    /// the word: one chain from the end of the word passes the start of each reading, where the
    /// chain's state is that reading's key. O(bytes of the longest reading), one multiply a byte.
    @inline(__always)
    private mutating func hashReadings(_ word: UnsafeBufferPointer<UInt8>) {
        let prime = ArabicFolding.keyPrime
        // Reading starts in descending order (readings that do not exist are left out).
        let o0 = Int(byteOffsets.0)
        let o1 = count > 1 ? Int(byteOffsets.1) : o0
        let o2 = count > 2 ? Int(byteOffsets.2) : o0
        let hi = max(o0, o1, o2), lo = min(o0, o1, o2)
        let mid = o0 + o1 + o2 - hi - lo
        var h = ArabicFolding.keyBasis
        var i = word.count
        while i > hi { i -= 1; h = (h ^ UInt64(word[i])) &* prime }
        let kHi = h
        while i > mid { i -= 1; h = (h ^ UInt64(word[i])) &* prime }
        let kMid = h
        while i > lo { i -= 1; h = (h ^ UInt64(word[i])) &* prime }
        let kLo = h
        let k0 = o0 == hi ? kHi : o0 == mid ? kMid : kLo
        let k1 = o1 == hi ? kHi : o1 == mid ? kMid : kLo
        let k2 = o2 == hi ? kHi : o2 == mid ? kMid : kLo
        keys = (k0, count > 1 ? k1 : 0, count > 2 ? k2 : 0)
    }

    @inline(__always) func byteOffset(_ i: Int) -> Int {
        switch i { case 0: Int(byteOffsets.0); case 1: Int(byteOffsets.1); default: Int(byteOffsets.2) }
    }
    @inline(__always) func clitic(_ i: Int) -> Int { Int(clitics >> UInt8(2 * min(i, 2))) & 3 }
    @inline(__always) func key(_ i: Int) -> UInt64 {
        switch i { case 0: keys.0; case 1: keys.1; default: keys.2 }
    }
}

/// The first letters of a folded word, decoded from its UTF-8 bytes: the clitic and article
/// rules look at most five letters in and ask only whether a word has more than three or four.
struct FoldedWordHead: Equatable {
    /// Scalar values and byte offsets of the first five scalars (0 past the end of the word).
    private var values: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0)
    private var starts: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)
    /// Scalars in the word, and its length in bytes.
    let scalars: Int
    let bytes: Int

    static func == (a: FoldedWordHead, b: FoldedWordHead) -> Bool {
        a.scalars == b.scalars && a.bytes == b.bytes && (0..<5).allSatisfy { a.value($0) == b.value($0) && a.byte($0) == b.byte($0) }
    }

    @inline(__always)
    init(_ word: UnsafeBufferPointer<UInt8>) {
        var n = 0
        var b = 0
        while b < word.count {
            let b0 = UInt32(word[b])
            let length: Int, v: UInt32
            if b0 < 0x80 { v = b0; length = 1 }
            else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(word[b + 1] & 0x3F); length = 2 }
            else if b0 < 0xF0 { v = (b0 & 0x0F) << 12 | UInt32(word[b + 1] & 0x3F) << 6 | UInt32(word[b + 2] & 0x3F); length = 3 }
            else { v = (b0 & 0x07) << 18 | UInt32(word[b + 1] & 0x3F) << 12 | UInt32(word[b + 2] & 0x3F) << 6 | UInt32(word[b + 3] & 0x3F); length = 4 }
            switch n {
            case 0: values.0 = v; starts.0 = b
            case 1: values.1 = v; starts.1 = b
            case 2: values.2 = v; starts.2 = b
            case 3: values.3 = v; starts.3 = b
            case 4: values.4 = v; starts.4 = b
            default: break
            }
            n += 1
            b += length
        }
        scalars = n
        bytes = word.count
    }

    @inline(__always) func value(_ i: Int) -> UInt32 {
        switch i { case 0: values.0; case 1: values.1; case 2: values.2; case 3: values.3; case 4: values.4; default: 0 }
    }
    /// Byte offset of scalar `i` (the length of the word past its last scalar).
    @inline(__always) func byte(_ i: Int) -> Int {
        guard i < scalars else { return bytes }
        switch i { case 0: return starts.0; case 1: return starts.1; case 2: return starts.2; case 3: return starts.3; case 4: return starts.4; default: return bytes }
    }

    static let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644

    /// `ArabicFolding.withoutArticle` of the suffix starting at scalar `p`: where it starts.
    @inline(__always) func withoutArticle(_ p: Int) -> Int {
        scalars - p >= 4 && value(p) == Self.alef && value(p + 1) == Self.lam ? p + 2 : p
    }

    /// `Clitics.hasArticle`: the article behind at most a conjunction and a preposition.
    var hasArticle: Bool {
        let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, kaf: UInt32 = 0x0643
        @inline(__always) func startsWithArticle(_ p: Int) -> Bool { value(p) == Self.alef && value(p + 1) == Self.lam }
        var p = 0
        if scalars - p > 3, value(p) == waw || value(p) == fa, !startsWithArticle(p) { p += 1 }
        if scalars - p > 3, value(p) == Self.lam, value(p + 1) == Self.lam { return true }
        if scalars - p > 3, value(p) == ba || value(p) == kaf || value(p) == Self.lam, !startsWithArticle(p) { p += 1 }
        return startsWithArticle(p) && scalars - p > 3
    }
}

/// The readings of a token as (form without clitics and article, letters stripped in front),
/// the literal reading first; the same values `Clitics.readings(of:)` returns, without an array.
public struct CliticReadings: RandomAccessCollection, Sendable {
    let word: String
    let layout: ReadingLayout
    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(layout.count) }
    public subscript(i: Int) -> (Substring, Int) {
        precondition(i >= 0 && i < endIndex, "reading index out of range")
        let u = word.unicodeScalars
        let from = word.utf8.index(word.utf8.startIndex, offsetBy: layout.byteOffset(i))
        return (Substring(u[from...]), layout.clitic(i))
    }
}

/// `ArabicFolding.key` of each reading of a token, in reading order.
public struct ReadingKeys: RandomAccessCollection, Sendable {
    let layout: ReadingLayout
    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(layout.count) }
    @inline(__always)
    public subscript(i: Int) -> UInt64 { layout.key(i) }
}

/// A sentence: a run of tokens, with its span in the original text.
public struct Sentence: Sendable, Hashable {
    public var index: Int
    /// Paragraphs are separated by blank lines; used to bound how far a date carries.
    public var paragraph: Int
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
}

/// The text of one article, split into tokens and sentences, with both layers kept:
/// the original text for display and evidence, the folded token forms for matching.
public struct TokenizedText: Sendable {
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// Unicode scalars in the original text: every span (tokens, sentences, evidence) counts them.
    public let scalarCount: Int
    /// The original text, and the UTF-8 offset of each scalar (plus one past the end): a span's
    /// text is one slice of the original's bytes, not a string rebuilt scalar by scalar.
    let source: String
    let utf8Offsets: [Int32]

    /// The original scalars, read from the text's bytes at `utf8Offsets` (the few rules that
    /// look at an original scalar, a mark or a final letter, read one at a time).
    public var scalars: Scalars { Scalars(source: source, utf8Offsets: utf8Offsets, count: scalarCount) }

    /// The original text of a scalar span.
    ///
    /// Copied from the original's bytes between two scalar boundaries as known-valid UTF-8
    /// (`UTF8Span(unchecked:)`): `String(decoding:)` and `String(unsafeUninitializedCapacity:)`
    /// validate the bytes again, and slicing the String into a Substring first (the previous
    /// way) checked both indices and went through `Substring`'s copy: about half the
    /// instructions of either.
    public func text(_ start: Int, _ end: Int) -> String {
        let lower = max(0, start), upper = min(end, scalarCount)
        guard lower < upper else { return "" }
        let from = Int(utf8Offsets[lower]), to = Int(utf8Offsets[upper])
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *),
           let copied = source.utf8.withContiguousStorageIfAvailable({ bytes in
               unsafe String(copying: UTF8Span(unchecked: UnsafeBufferPointer(rebasing: bytes[from..<to]).span, isKnownASCII: false))
           }) {
            assert(copied.utf8.elementsEqual(textOfSubstring(lower, upper).utf8), "the span's bytes differ from the Substring's")
            return copied
        }
        return textOfSubstring(lower, upper)
    }

    /// `text(_:_:)` through a Substring of the original, for a String without contiguous UTF-8.
    private func textOfSubstring(_ lower: Int, _ upper: Int) -> String {
        let bytes = source.utf8
        let from = bytes.index(bytes.startIndex, offsetBy: Int(utf8Offsets[lower]))
        let to = bytes.index(from, offsetBy: Int(utf8Offsets[upper] - utf8Offsets[lower]))
        return String(source[from..<to])
    }
    public func text(of sentence: Sentence) -> String { text(sentence.start, sentence.end) }

    /// `text(_:_:)` without invisible format characters: a name or a trigger as the graph shows
    /// it (`ArabicFolding.withoutInvisibleFormat`). Evidence takes `text(_:_:)`, the original.
    public func nameText(_ start: Int, _ end: Int) -> String { ArabicFolding.withoutInvisibleFormat(text(start, end)) }

    /// Splits `text` into tokens and sentences in one pass over its UTF-8 bytes, O(n).
    ///
    /// Sentence ends: `.`, `!`, `?`, `؟` and line breaks. A `.` is not an end inside a
    /// number (`2020.03.20`, `3.5`), after a single Latin letter (`U.S.`), or when the next
    /// word follows without a space. Quotes and brackets never end a sentence.
    ///
    /// The tokenizer reads the bytes, not an array of decoded scalars: Arabic letters are
    /// two-byte sequences, and decoding the text into a scalar array first (4 bytes a scalar,
    /// written and read again) cost a pass, an allocation the size of the text and its page
    /// faults. The scalar offsets, which spans need, are written in the same pass.
    /// `reference(_:cueLists:)` is the definition it is tested against (and asserted against in
    /// debug builds).
    public init(_ text: String) {
        self.init(text, scratch: nil)
    }

    /// The same, with the words of earlier articles remembered in `scratch` (see `TokenizerScratch`).
    init(_ text: String, scratch: TokenizerScratch?) {
        self.init(text, scratch: scratch, cueLists: CueRegistry.shared.snapshot())
    }

    /// The same, with the masks of the word lists in `cueLists` (which the reference tokenizer
    /// is given too: another thread may register a list meanwhile).
    init(_ text: String, scratch: TokenizerScratch?, cueLists: CueRegistry.Snapshot) {
        source = text
        var utf8 = text
        let byteCount = text.utf8.count
        // Byte offsets are kept in 32 bits (`Int32(truncatingIfNeeded:)` below): a larger text
        // would wrap them and slice outside the bytes. The article reader stops at 256 MB.
        precondition(byteCount < Int(Int32.max), "a text of 2 GiB or more cannot be tokenized")
        // About one token for every nine bytes of Arabic prose (five letters and a space a
        // word, two bytes a letter); a text denser in tokens moves them to a larger buffer
        // once or twice (`TokenStorage`), then into an array of their number.
        let estimate = byteCount / 7 + 4
        scratch?.use(cueLists: cueLists.lists)
        var scalarCount = 0
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var outgrown: TokenStorage?
        utf8Offsets = [Int32](unsafeUninitializedCapacity: byteCount + 1) { offsets, offsetCount in
            // The tokens are written straight into the array's storage.
            tokens = [Token](unsafeUninitializedCapacity: estimate) { tokenBuffer, tokenCount in
                var split = SentenceSplit(tokens: TokenStorage(tokenBuffer))
                utf8.withUTF8 { bytes in
                    ArabicFolding.scalarTable.withUnsafeBufferPointer { table in
                        scalarCount = split.tokenize(bytes, offsets: offsets.baseAddress!, table: table, cueLists: cueLists,
                                                     scratch: scratch)
                    }
                }
                sentences = split.sentences
                if split.tokens.isOwnBuffer {
                    // The tokens outgrew the array's storage and were moved (none is left there).
                    outgrown = split.tokens
                    tokenCount = 0
                } else {
                    tokenCount = split.tokens.count
                }
            }
            offsetCount = scalarCount + 1
        }
        if let outgrown {
            tokens = Array(outgrown.written)
            outgrown.deallocate()
        }
        self.scalarCount = scalarCount
        self.tokens = tokens
        self.sentences = sentences
        assert(scalarCount == text.unicodeScalars.count, "scalars counted on the UTF-8 differ from the String's")
        assert(Self.sameAsReference(self, cueLists: cueLists), "the byte tokenizer differs from its reference")
    }
}

extension TokenizedText {
    /// The original scalars of a text, by index: each decoded from the text's bytes.
    public struct Scalars: RandomAccessCollection, Sendable {
        let source: String
        let utf8Offsets: [Int32]
        public let count: Int
        public var startIndex: Int { 0 }
        public var endIndex: Int { count }
        public subscript(i: Int) -> Unicode.Scalar {
            precondition(i >= 0 && i < count, "scalar index out of range")
            let u = source.utf8
            return source.unicodeScalars[u.index(u.startIndex, offsetBy: Int(utf8Offsets[i]))]
        }
    }
}

/// Where the tokenizer writes its tokens: storage handed over by the caller (the uninitialized
/// storage of the token array being made), and when that is full a buffer of its own, twice
/// the size each time, into which the tokens written so far are moved. Tokens are
/// `BitwiseCopyable`: writing one is a store of its bytes, and moving them a copy.
struct TokenStorage {
    private(set) var base: UnsafeMutablePointer<Token>
    private(set) var count = 0
    private(set) var capacity: Int
    /// Whether `base` was allocated here (the caller's storage filled up): then the caller's
    /// storage holds no token, and `deallocate()` frees this one.
    private(set) var isOwnBuffer = false

    init(_ storage: UnsafeMutableBufferPointer<Token>) {
        precondition(storage.count > 0, "token storage without room")
        base = storage.baseAddress!
        capacity = storage.count
    }

    /// The tokens written.
    var written: UnsafeBufferPointer<Token> { UnsafeBufferPointer(start: base, count: count) }

    subscript(i: Int) -> Token {
        @inline(__always) get {
            assert(i >= 0 && i < count, "token index out of range")
            return base[i]
        }
    }

    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count &+= 1
    }

    /// Appends a copy of the token at `token` with the span [start, end), copied straight
    /// from where it is into its place (not through a temporary).
    @inline(__always)
    mutating func append(_ token: UnsafePointer<Token>, start: Int, end: Int) {
        if count == capacity { grow() }
        let place = base + count
        place.initialize(to: token.pointee)
        place.pointee.setSpan(start: start, end: end)
        count &+= 1
    }

    @inline(never)
    private mutating func grow() {
        let larger = 2 * capacity
        let buffer = UnsafeMutablePointer<Token>.allocate(capacity: larger)
        buffer.moveInitialize(from: base, count: count)
        if isOwnBuffer { base.deallocate() }
        base = buffer
        capacity = larger
        isOwnBuffer = true
    }

    /// Frees the buffer allocated here, if any (the caller's storage is the caller's).
    func deallocate() {
        if isOwnBuffer { base.deallocate() }
    }
}

/// Tokens and sentences as the tokenizer makes them.
///
/// The tokens are written in place into storage the caller hands over (`TokenStorage`: the
/// uninitialized storage of the token array being made), not appended to an `Array`: every
/// `append` tested the array's uniqueness (a call into the runtime) and capacity and copied the
/// token through the stack, some 35 instructions for each of the ~630 tokens of an article.
private struct SentenceSplit {
    var tokens: TokenStorage
    var sentences: [Sentence] = []
    var sentenceStartToken = 0
    var paragraph = 0

    init(tokens: TokenStorage) { self.tokens = tokens }

    /// The tokenizer's pass over the UTF-8 bytes (see `TokenizedText.init`): writes the byte
    /// offset of every scalar into `offsets` (and the byte count after the last) and returns
    /// the number of scalars. O(n).
    ///
    /// Shaped for speed, as every byte of every article passes here: each scalar is decoded
    /// from its bytes once, and classed, folded, tested for plainness and given its folded
    /// UTF-8 by one load from `ArabicFolding.scalarTable` (which covers every one- and two-byte
    /// scalar, Latin and Arabic, and general punctuation); the folded bytes are written into a buffer and
    /// followed by zeros, so that the token's inline word is four 8-byte loads; and a word made
    /// before on this worker (`scratch`) is copied, not made again.
    ///
    /// The word loop keeps few values live, so that they stay in registers (it had spilled
    /// the word's length, its plain and letter flags and its start to the stack and reloaded
    /// them for every letter): the folded bytes are written through one moving pointer; the
    /// plain and letter flags are one AND of the scalars' table entries (`wordBits`); and
    /// whether the scalar before a separator is a digit is read back from the bytes at the
    /// offset already written for it, only when a separator is met. The first scalar of a word,
    /// decoded to dispatch on its class, is not decoded again. Counters use wrapping
    /// arithmetic: every offset is below the text's byte count, which `TokenizedText.init`
    /// bounds by `Int32.max`.
    mutating func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, offsets: UnsafeMutablePointer<Int32>,
                           table: UnsafeBufferPointer<UInt64>, cueLists: CueRegistry.Snapshot,
                           scratch: TokenizerScratch?) -> Int {
        typealias Entry = ArabicFolding.ScalarEntry
        let byteCount = bytes.count
        var newlineRun = 0
        // Byte offset and scalar index of the next scalar.
        var b = 0
        var i = 0
        // The folded word as UTF-8 bytes, written into one buffer. Folding never lengthens a
        // scalar's UTF-8 (ArabicFolding.fold maps Arabic letters to Arabic letters, digits and
        // Latin capitals to ASCII), so a word's folded bytes never exceed the text's bytes;
        // `FoldedWord.paddedCapacity` bytes after the word may be read (and are ignored).
        // After each word `paddedCapacity` zero bytes are written (`FoldedWord(zeroPadded:)`).
        let wordBuffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: byteCount + FoldedWord.paddedCapacity)
        wordBuffer.baseAddress!.initialize(repeating: 0, count: FoldedWord.paddedCapacity)
        defer { wordBuffer.deallocate() }
        let wordBytes = wordBuffer.baseAddress!
        while b < byteCount {
            // A space (one scalar in six of Arabic prose) makes no token: passed over before
            // decoding and the table load.
            if bytes[b] == 0x20 {
                assert(Entry.of(0x20, table).kind == Entry.space, "U+0020 must be a space to the tokenizer")
                offsets[i] = Int32(truncatingIfNeeded: b)
                i &+= 1
                b &+= 1
                continue
            }
            let (s, length) = Self.decode(bytes, at: b)
            let entry = Entry.of(s, table)
            switch entry.kind {
            case Entry.letter, Entry.digit, Entry.mark:
                // A word or a number: letters, digits and marks; digits joined by . / : , stay one number.
                let start = i
                // Where the next folded byte goes.
                var out = wordBytes
                // The AND of the table entries of the word's letters and digits: bit 3 (plain)
                // stays set when every one is plain (`FoldedWord.isPlain`, kept while folding
                // rather than by a second pass over the word's bytes), and bit 0 when every
                // one is a digit (`Entry.letter` is 0, `Entry.digit` 1): the word has a letter
                // when it is clear.
                var wordBits = UInt64.max
                var j = i, bj = b
                var c = s, cLength = length, e = entry
                while true {
                    if e.isWordScalar {
                        wordBits &= e.bits
                        // The folded scalar's UTF-8, stored as four bytes (the buffer is padded).
                        UnsafeMutableRawPointer(out).storeBytes(of: e.foldedUTF8, as: UInt32.self)
                        out += e.foldedLength
                    } else if e.kind == Entry.mark {
                        // Dropped from the folded word; its offset is written below.
                    } else if c == 0x2E || c == 0x3A || c == 0x2F || c == 0x2C,
                              Self.joinsDigits(wordBits: wordBits, scalarBefore: j > start ? Int(offsets[j - 1]) : -1,
                                               next: bj + 1, bytes, table) {
                        // A separator between digits, in a number: one byte, the next scalar right after it.
                        out.pointee = UInt8(truncatingIfNeeded: c)
                        out += 1
                    } else { break }
                    offsets[j] = Int32(truncatingIfNeeded: bj)
                    j &+= 1
                    bj &+= cLength
                    guard bj < byteCount else { break }
                    (c, cLength) = Self.decode(bytes, at: bj)
                    e = Entry.of(c, table)
                }
                let wordLength = out - wordBytes
                if wordLength > 0 {
                    assert(wordLength <= byteCount, "a folded word is longer than the text")
                    let tail = UnsafeMutableRawPointer(out)
                    for q in 0..<(FoldedWord.paddedCapacity / 8) { tail.storeBytes(of: 0 as UInt64, toByteOffset: 8 * q, as: UInt64.self) }
                    let hasLetter = wordBits & 1 == 0
                    let norm = FoldedWord(zeroPadded: UnsafePointer(wordBytes), count: wordLength, plain: wordBits & 8 != 0)
                    let kind: Token.Kind = hasLetter ? .word : .number
                    // A word made before on this worker: its token, with this span.
                    let remembered = scratch.map { $0.slot(norm) }
                    if let remembered, remembered.pointee.kind == kind, remembered.pointee.norm.sameStorage(norm) {
                        tokens.append(remembered, start: start, end: j)
                    } else {
                        // The word's first letters, decoded from its bytes: only for a word not seen before.
                        let word = UnsafeBufferPointer(start: UnsafePointer(wordBytes), count: wordLength)
                        let head = FoldedWordHead(word)
                        var layout = hasLetter ? ReadingLayout(folded: word, head: head) : ReadingLayout()
                        var token = Token(kind: kind, norm: norm, start: start, end: j, layout: layout, hasArticle: head.hasArticle)
                        if hasLetter {
                            layout.cueLists = UInt8(cueLists.lists)
                            token.layout = layout
                            token.cues = cueLists.mask(of: layout)
                        }
                        tokens.append(token)
                        // Long words are interned by index (`LongFoldedWords`), the same index for the same bytes.
                        remembered?.pointee = token
                    }
                }
                newlineRun = 0
                i = j
                b = bj
            case Entry.space:
                offsets[i] = Int32(truncatingIfNeeded: b)
                i &+= 1
                b &+= length
            case Entry.newline:
                if s == 0x0D, b + 1 < byteCount, bytes[b + 1] == 0x0A {
                    offsets[i] = Int32(truncatingIfNeeded: b)
                    i &+= 1
                    b &+= 1
                }
                newlineRun += 1
                closeSentence()
                if newlineRun == 2 { paragraph += 1 }
                offsets[i] = Int32(truncatingIfNeeded: b)
                i &+= 1
                b &+= length
            default:
                // Punctuation: one scalar, never an article.
                let mark = FoldedWord(scalar: s, plain: entry.isPlain)
                tokens.append(Token(kind: .punctuation, norm: mark, start: i, end: i + 1, layout: ReadingLayout(),
                                    hasArticle: false))
                newlineRun = 0
                if s == 0x21 || s == 0x3F || s == 0x061F || s == 0x06D4 {
                    closeSentence()
                } else if s == 0x2E {
                    let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
                    let abbreviation = previous.map { $0.kind == .word && $0.end == i && $0.norm.scalarCount == 1
                        && $0.norm.firstScalar!.isASCII } ?? false
                    // The next scalar is an ASCII letter (the `.` is one byte).
                    let glued = b + 1 < byteCount && bytes[b + 1] < 0x80 && Entry.of(UInt32(bytes[b + 1]), table).kind == Entry.letter
                    if !abbreviation && !glued { closeSentence() }
                }
                offsets[i] = Int32(truncatingIfNeeded: b)
                i &+= 1
                b &+= length
            }
        }
        closeSentence()
        offsets[i] = Int32(truncatingIfNeeded: byteCount)
        return i
    }

    /// Whether a separator (one of `. : / ,`, one byte), met inside a word, joins digits into
    /// one number (`2020.03.20`, `3.5`, `12:28`, `20/3`, `2,500`): in a word without a letter
    /// yet (`wordBits` bit 0 set), after a digit (the scalar at byte `scalarBefore`, -1 for
    /// none) and before one (the scalar at byte `next`, right after the separator). Asked only
    /// of such a separator (the caller tests the scalar first, so that a word's end costs
    /// nothing more).
    @inline(__always)
    static func joinsDigits(wordBits: UInt64, scalarBefore: Int, next: Int,
                            _ bytes: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt64>) -> Bool {
        typealias Entry = ArabicFolding.ScalarEntry
        guard wordBits & 1 != 0, scalarBefore >= 0, next < bytes.count else { return false }
        return Entry.of(decode(bytes, at: scalarBefore).value, table).kind == Entry.digit
            && Entry.of(decode(bytes, at: next).value, table).kind == Entry.digit
    }

    /// The scalar value at byte `b` of valid UTF-8 and its length in bytes: a String's UTF-8
    /// is valid, so nothing is checked beyond the lead byte's length.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at b: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[b])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[b + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(bytes[b + 1] & 0x3F) << 6 | UInt32(bytes[b + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(bytes[b + 1] & 0x3F) << 12 | UInt32(bytes[b + 2] & 0x3F) << 6 | UInt32(bytes[b + 3] & 0x3F), 4)
    }

    mutating func closeSentence() {
        guard sentenceStartToken < tokens.count else { return }
        // Trailing or leading punctuation alone is not a sentence.
        if (sentenceStartToken..<tokens.count).contains(where: { tokens[$0].kind != .punctuation }) {
            sentences.append(Sentence(index: sentences.count, paragraph: paragraph,
                                      tokens: sentenceStartToken..<tokens.count,
                                      start: tokens[sentenceStartToken].start,
                                      end: tokens[tokens.count - 1].end))
        }
        sentenceStartToken = tokens.count
    }
}

extension TokenizedText {
    /// The tokenizer's definition, which `init(_:)` is checked against (tests; every text in
    /// debug builds): on the String's scalars, with the general `ArabicFolding.classify` and
    /// `fold`, each word built as a String and made a token by `Token(kind:norm:start:end:)`.
    /// O(n), slow.
    static func reference(_ text: String, cueLists: CueRegistry.Snapshot) -> (tokens: [Token], sentences: [Sentence], utf8Offsets: [Int32]) {
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int32] = []
        var byte = 0
        for s in scalars {
            offsets.append(Int32(byte))
            byte += UTF8.width(s)
        }
        offsets.append(Int32(byte))
        var tokens: [Token] = [], sentences: [Sentence] = []
        var sentenceStart = 0, paragraph = 0, newlineRun = 0
        func closeSentence() {
            if tokens[sentenceStart...].contains(where: { $0.kind != .punctuation }) {
                sentences.append(Sentence(index: sentences.count, paragraph: paragraph, tokens: sentenceStart..<tokens.count,
                                          start: tokens[sentenceStart].start, end: tokens[tokens.count - 1].end))
            }
            sentenceStart = tokens.count
        }
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < scalars.count && ArabicFolding.classify(scalars[k]) == .digit }
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            switch ArabicFolding.classify(s) {
            case .letter, .digit, .mark:
                var norm = String.UnicodeScalarView()
                var hasLetter = false
                var j = i
                word: while j < scalars.count {
                    let c = scalars[j]
                    switch ArabicFolding.classify(c) {
                    case .letter: hasLetter = true; norm.append(ArabicFolding.fold(c))
                    case .digit: norm.append(ArabicFolding.fold(c))
                    case .mark: break
                    default:
                        // A separator between digits, in a number.
                        guard !hasLetter, ".:/,".unicodeScalars.contains(c), isDigit(j - 1), isDigit(j + 1) else { break word }
                        norm.append(c)
                    }
                    j += 1
                }
                if !norm.isEmpty {
                    var token = Token(kind: hasLetter ? .word : .number, norm: String(norm), start: i, end: j)
                    if hasLetter {
                        token.layout.cueLists = UInt8(cueLists.lists)
                        token.cues = cueLists.mask(of: token.layout)
                    }
                    tokens.append(token)
                }
                newlineRun = 0
                i = j
            case .space:
                i += 1
            case .newline:
                if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                newlineRun += 1
                closeSentence()
                if newlineRun == 2 { paragraph += 1 }
                i += 1
            case .punctuation:
                tokens.append(Token(kind: .punctuation, norm: String(s), start: i, end: i + 1))
                newlineRun = 0
                if s == "!" || s == "?" || s == "\u{061F}" || s == "\u{06D4}" {
                    closeSentence()
                } else if s == "." {
                    let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
                    let abbreviation = previous.map { $0.kind == .word && $0.end == i && $0.norm.string.unicodeScalars.count == 1
                        && $0.norm.string.unicodeScalars.first!.isASCII } ?? false
                    let glued = i + 1 < scalars.count && scalars[i + 1].isASCII && ArabicFolding.classify(scalars[i + 1]) == .letter
                    if !abbreviation && !glued { closeSentence() }
                }
                i += 1
            }
        }
        closeSentence()
        return (tokens, sentences, offsets)
    }

    /// Whether `text`, tokenized with the word lists of `cueLists`, holds the tokens, sentences
    /// and offsets of `reference(_:cueLists:)`. Tokens are compared byte for byte: `Token` is
    /// `BitwiseCopyable` and has no padding (see `Token`).
    static func sameAsReference(_ text: TokenizedText, cueLists: CueRegistry.Snapshot) -> Bool {
        let expected = reference(text.source, cueLists: cueLists)
        guard text.tokens.count == expected.tokens.count, text.sentences == expected.sentences,
              text.utf8Offsets == expected.utf8Offsets, text.scalarCount + 1 == expected.utf8Offsets.count else { return false }
        for (a, b) in zip(text.tokens, expected.tokens) {
            let same = withUnsafeBytes(of: a) { ra in withUnsafeBytes(of: b) { rb in ra.elementsEqual(rb) } }
            if !same { return false }
        }
        return true
    }
}
