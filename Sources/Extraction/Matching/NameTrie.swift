/// A trie over sequences of normalized words, for dictionary matching of multi-word names.
///
/// Keys are words folded by `ArabicFolding` with the article removed, so "القوات العراقية",
/// "للقوات العراقية" and "والقوات العراقيه" all reach the same entry. Built once, shared
/// read-only by every worker. Lookup of the longest match at a position costs O(m) dictionary
/// probes for a match of m words (times the ≤ 3 clitic readings of the first word). Words are
/// keyed by their 64-bit FNV-1a hash (`ArabicFolding.key`); every edge of the trie is one
/// entry (word key, parent node) → child node of a single `WordKeyTable`, not a dictionary per node.
///
/// Shaped for the match loop, which runs at every word of every article: the edge table's
/// value is the child node with a flag saying whether that node ends a name, so a step reads
/// one slot and no per-node array; and the payloads of all nodes lie in one flat array, each
/// node's as one run of it, so a match hands out a slice of that array (whose one buffer
/// stays in cache) instead of a per-node array (a cache miss on that array's header to retain it).
public struct NameTrie<Payload: Sendable & Hashable>: Sendable {
    /// (word key, parent node) → `child << 1 | 1 if the child ends a name`.
    private var edges = WordKeyTable()
    /// Every node's payloads, each node's as one run `payloadRuns[node]` (runs left behind when
    /// a node's run was moved to the end to grow are never read).
    private var payloadList: [Payload] = []
    private var payloadRuns: [(start: UInt32, count: UInt32)] = [(0, 0)]
    /// The first words of names. Nearly every token is tested as a first word and nearly none
    /// is one: this 8 KB filter stays in the L1 cache and answers most of those tests without a
    /// probe into `edges` (larger than the L1 cache).
    private var firstWords = KeyFilter()
    /// The edges below the root, as (word, parent) pairs. After a first word has matched, the
    /// next word is nearly never a continuation of the name, and its probe of `edges` (a cache
    /// miss on most probes) was the costliest step of matching: this filter answers most of
    /// those probes. (A filter per first word of the words that follow it does not do that: the
    /// followers of a common first word such as "قوات" fill it. One over all (parent, word)
    /// pairs is as selective for every parent.)
    private var innerEdges = KeyFilter()

    public init() {}

    public var isEmpty: Bool { payloadRuns.count == 1 }

    /// The child of `node` by `word`, and whether it ends a name.
    @inline(__always)
    private func child(of node: Int, _ word: UInt64) -> (node: Int, ends: Bool)? {
        guard let value = edges[word, tag: UInt32(node)] else { return nil }
        return (value >> 1, value & 1 != 0)
    }

    @inline(__always)
    private func payloads(of node: Int) -> ArraySlice<Payload> {
        let run = payloadRuns[node]
        return payloadList[Int(run.start)..<Int(run.start + run.count)]
    }

    @inline(__always)
    private func mayBeFirstWord(_ word: UInt64) -> Bool { firstWords.mayContain(word) }

    /// Whether `parent` (not the root) may have a child by `word`: false means it has none.
    @inline(__always)
    private func mayHaveChild(_ parent: Int, _ word: UInt64) -> Bool {
        innerEdges.mayContain(Self.edgeKey(word, parent))
    }

    /// The key of the edge (`parent`, `word`) in `innerEdges`: the word key with the parent
    /// mixed in by an odd multiplier, so that one word below different parents sets different bits.
    @inline(__always)
    private static func edgeKey(_ word: UInt64, _ parent: Int) -> UInt64 {
        word &+ UInt64(parent) &* 0xD6E8_FEB8_6659_FD93
    }

    /// The words of a name as the trie stores them.
    public static func words(of name: String) -> [Substring] {
        let normalized = ArabicFolding.normalize(name)
        let words = (pieces(ofFoldedArabicText: normalized) ?? normalized.split(separator: " ")).map { ArabicFolding.withoutArticle($0) }
        assert(words.elementsEqual(normalized.split(separator: " ").map { ArabicFolding.withoutArticle($0) }) {
            $0.startIndex == $1.startIndex && $0.endIndex == $1.endIndex
        }, "the words of a name split on its bytes differ from those split by Character")
        return words
    }

    /// `text.split(separator: " ")`, found on the bytes, when every scalar of `text` is ASCII
    /// or an Arabic letter as `ArabicFolding.normalize` leaves them; nil otherwise.
    ///
    /// Exact because each of those scalars is a Character of its own (none extends, prepends
    /// to or joins a neighbour in grapheme breaking), so the Characters equal to a space are
    /// the bytes 0x20. Why: `split` breaks the text into Characters, with the grapheme rules'
    /// table lookups at every Arabic letter: it was over half the cost of every name inserted
    /// into the trie when the gazetteer is built (once per process, for every lexicon name).
    private static func pieces(ofFoldedArabicText text: String) -> [Substring]? {
        let utf8 = text.utf8
        let cuts: [Int]? = utf8.withContiguousStorageIfAvailable { bytes in
            var cuts: [Int] = []
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if b == 0x20 { cuts.append(i) }
                    i += 1
                    continue
                }
                guard b >= 0xD8, b <= 0xDB, i + 1 < bytes.count else { return nil }
                let v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                switch v {
                case 0x0621...0x063A, 0x0641...0x064A, 0x0671...0x06D3, 0x06D5, 0x06FA...0x06FC: i += 2
                default: return nil
                }
            }
            return cuts
        } ?? nil
        guard let cuts else { return nil }
        var pieces: [Substring] = []
        pieces.reserveCapacity(cuts.count + 1)
        var start = 0
        for end in cuts + [utf8.count] {
            if end > start {
                pieces.append(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
            }
            start = end + 1
        }
        return pieces
    }

    public mutating func insert(_ name: String, _ payload: Payload) {
        let words = NameTrie.words(of: name)
        guard !words.isEmpty else { return }
        var node = 0
        firstWords.insert(ArabicFolding.key(words[0]))
        let keys = words.map(ArabicFolding.key)
        for (k, w) in keys.enumerated() {
            if let next = child(of: node, w) {
                // The last word of this name: the child ends a name from now on.
                if k == keys.count - 1, !next.ends { edges.set(w, tag: UInt32(node), next.node << 1 | 1) }
                node = next.node
            } else {
                payloadRuns.append((0, 0))
                let next = payloadRuns.count - 1
                if node != 0 { innerEdges.insert(Self.edgeKey(w, node)) }
                edges.set(w, tag: UInt32(node), next << 1 | (k == keys.count - 1 ? 1 : 0))
                node = next
            }
        }
        guard !payloads(of: node).contains(payload) else { return }
        let run = payloadRuns[node]
        if run.count > 0 && Int(run.start + run.count) != payloadList.count {
            // Not the last run: move the node's run to the end so that it can grow in place.
            payloadRuns[node].start = UInt32(payloadList.count)
            payloadList.append(contentsOf: payloadList[Int(run.start)..<Int(run.start + run.count)])
        } else if run.count == 0 {
            payloadRuns[node].start = UInt32(payloadList.count)
        }
        payloadList.append(payload)
        payloadRuns[node].count += 1
        precondition(payloadList.count < Int(UInt32.max), "name trie payloads out of range")
    }

    /// A match: tokens [start, end) of the text, how many letters of clitics were read off the
    /// first word, and what the name stands for.
    public struct Match: Sendable {
        public var start: Int
        public var end: Int
        public var cliticLetters: Int
        /// What the name stands for, in the order the names were inserted (a slice of the
        /// trie's flat payload list: its indices do not start at 0).
        public var payloads: ArraySlice<Payload>
        public var words: Int
    }

    /// A match with its payloads named by where they lie in the trie's flat payload list
    /// (`payload(_:)` reads one), not by a slice of it.
    ///
    /// For the match loop, which runs on every worker thread at once: a `Match` holds a slice,
    /// and the slice retains the trie's payload list when the match is made and releases it
    /// when the match is dropped. That list is one object shared by all workers, so the two
    /// atomic writes per name found (about 140,000 per 1,000 articles) contend for its
    /// reference count across cores. This value holds integers only.
    struct MatchRun: Sendable {
        var start: Int
        var end: Int
        var cliticLetters: Int
        /// `payloads` of the `Match`: indices into the flat payload list.
        var payloadIndices: Range<Int>
        var words: Int
    }

    /// The payload at `index` of the flat payload list (an index of `MatchRun.payloadIndices`).
    @inline(__always)
    func payload(_ index: Int) -> Payload { payloadList[index] }

    /// The `Match` of `run`: the same fields, the payloads as a slice of the flat list.
    func match(_ run: MatchRun) -> Match {
        Match(start: run.start, end: run.end, cliticLetters: run.cliticLetters, payloads: payloadList[run.payloadIndices], words: run.words)
    }

    /// The longest name starting at token `start` (not crossing `limit`). Quotes and brackets
    /// between words are read through; other punctuation ends a name. Ties go to the reading
    /// with fewer clitics stripped.
    public func longestMatch(in tokens: [Token], at start: Int, limit: Int) -> Match? {
        guard start < limit, tokens[start].kind != .punctuation else { return nil }
        // Nearly no token starts a name: answered from the first-word filter before the token
        // buffer below is taken.
        guard mayStartName(tokens[start].layout) else { return nil }
        // The tokens are read in place (their inline readings), never copied out of the array.
        return tokens.withUnsafeBufferPointer { walk($0, from: start, limit: limit) }.map(match)
    }

    /// Whether a name may start at a word with these readings: false when none of its readings
    /// passes the first-word filter (no name starts there). O(readings), no probe of `edges`.
    @inline(__always)
    func mayStartName(_ layout: ReadingLayout) -> Bool {
        for r in 0..<Int(layout.count) where mayBeFirstWord(layout.key(r)) { return true }
        // The filter's promise: no name of the trie starts with a word it rejects.
        assert((0..<Int(layout.count)).allSatisfy { child(of: 0, layout.key($0)) == nil }, "the first-word filter rejected a name's first word")
        return false
    }

    /// `longestMatch(in:at:limit:)` over tokens the caller holds in place (a loop over every
    /// word of a sentence takes the buffer once, where each call of the array version took it
    /// and copied the word's readings out of the array). `limit` must not pass the buffer's end.
    @inline(__always)
    func longestMatch(in tokens: UnsafeBufferPointer<Token>, at start: Int, limit: Int) -> Match? {
        longestMatchRun(in: tokens, at: start, limit: limit).map(match)
    }

    /// `longestMatch(in:at:limit:)` over the token buffer, with the payloads as indices
    /// (`MatchRun`): retains nothing.
    @inline(__always)
    func longestMatchRun(in tokens: UnsafeBufferPointer<Token>, at start: Int, limit: Int) -> MatchRun? {
        precondition(start >= 0 && limit <= tokens.count, "name match outside the tokens")
        guard start < limit, tokens[start].kind != .punctuation, mayStartName(tokens[start].layout) else { return nil }
        return walk(tokens, from: start, limit: limit)
    }

    /// The walk of `longestMatch` from a token that passed the first-word filter.
    ///
    /// A method taking the token buffer, not a closure nested in the arrays' buffer closures:
    /// a closure captures the trie, and the trie's arrays were retained and released around
    /// it on every call (a swift_retain of the node flags and of the trie per first word).
    /// Here the trie is borrowed.
    @inline(__always)
    private func walk(_ tokens: UnsafeBufferPointer<Token>, from start: Int, limit: Int) -> MatchRun? {
        var best: (end: Int, clitic: Int, node: Int, words: Int)?
        let head = tokens[start].layout
        for r in 0..<Int(head.count) {
            let clitic = head.clitic(r)
            guard mayBeFirstWord(head.key(r)), let root = child(of: 0, head.key(r)) else { continue }
            var node = root.node
            var words = 1
            if root.ends, best == nil || best!.words < words {
                best = (start + 1, clitic, node, words)
            }
            var i = start + 1
            while i < limit {
                if tokens[i].kind == .punctuation {
                    if Clitics.isTransparent(tokens[i].norm) { i += 1; continue }
                    // A hyphen inside a name ("كرامب-كارنباور"): the trie stores it as a word break.
                    if Clitics.isHyphen(tokens[i].norm), i + 1 < limit, tokens[i - 1].end == tokens[i].start,
                       tokens[i + 1].start == tokens[i].end, tokens[i + 1].kind == .word { i += 1; continue }
                    break
                }
                let layout = tokens[i].layout
                guard layout.count > 0, mayHaveChild(node, layout.key(0)), let next = child(of: node, layout.key(0)) else {
                    assert(layout.count == 0 || child(of: node, layout.key(0)) == nil, "the edge filter rejected an edge of the trie")
                    break
                }
                node = next.node
                words += 1
                i += 1
                if next.ends, best == nil || best!.words < words {
                    best = (i, clitic, node, words)
                }
            }
        }
        return best.map {
            let run = payloadRuns[$0.node]
            let indices = Int(run.start)..<Int(run.start + run.count)
            // The definition: the node's payloads (`payloads(of:)`, what a `Match` held before).
            assert(indices.map { payloadList[$0] } == Array(payloads(of: $0.node)), "a match's payload indices are not its node's payloads")
            return MatchRun(start: start, end: $0.end, cliticLetters: $0.clitic, payloadIndices: indices, words: $0.words)
        }
    }
}

/// A Bloom filter (B. H. Bloom, "Space/time trade-offs in hash coding with allowable errors",
/// CACM 13(7), 1970) of 64-bit word keys: 2^16 bits (8 KB, small enough to stay in the L1
/// cache), two bits per key, taken from two 16-bit slices of the key after a multiplicative
/// mix. With n keys a key not inserted passes with probability about (1 − e^(−2n/2^16))²:
/// 0.2% for the default lexicon's ~1,600 first words (one bit per key let 2.4% pass), 1.2% for
/// its ~3,900 edges below the root. A key inserted always passes.
/// O(1), two loads.
struct KeyFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1 << 10)

    @inline(__always)
    private static func slices(_ key: UInt64) -> (Int, Int) {
        let h = key &* 0x9E37_79B9_7F4A_7C15
        return (Int(truncatingIfNeeded: h >> 48), Int(truncatingIfNeeded: (h >> 32) & 0xFFFF))
    }

    mutating func insert(_ key: UInt64) {
        let (a, b) = Self.slices(key)
        bits[a >> 6] |= 1 << UInt64(a & 63)
        bits[b >> 6] |= 1 << UInt64(b & 63)
    }

    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let (a, b) = Self.slices(key)
        return bits[a >> 6] & (1 << UInt64(a & 63)) != 0 && bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}

/// Attached clitics: the conjunctions و ف, the prepositions ب ل ك, and the article, which
/// `لل` (ل + ال) contracts.
public enum Clitics {
    /// Readings of a folded word as (key without clitics and article, letters stripped in front),
    /// the literal reading first. A word keeps at least two letters after stripping.
    /// Works on Unicode scalars throughout: the folded text has no combining marks left.
    @inline(__always)
    public static func readings(of word: String) -> [(Substring, Int)] {
        var out: [(Substring, Int)] = [(ArabicFolding.withoutArticle(Substring(word)), 0)]
        var s = Substring(word).unicodeScalars
        // Only "more than 3" and "more than 4" are asked, before and after one letter is dropped.
        var count = ArabicFolding.count(s, atMost: 6)
        var stripped = 0
        if count > 3, let f = s.first, f == "و" || f == "ف" {
            s = s.dropFirst(); count -= 1; stripped = 1
            out.append((ArabicFolding.withoutArticle(Substring(s)), stripped))
        }
        if count > 3, let f = s.first, f == "ب" || f == "ل" || f == "ك" {
            let rest = s.dropFirst()
            if f == "ل", rest.first == "ل", count > 4 {
                out.append((Substring(rest.dropFirst()), stripped + 2))
            } else {
                out.append((ArabicFolding.withoutArticle(Substring(rest)), stripped + 1))
            }
        }
        return out
    }

    /// Whether the word carries the article, behind any clitics ("والقاعدة", "بالقاعدة", "للقاعدة").
    /// Read off the first four letters of the UTF-8 bytes: the rules ask this of most words.
    public static func hasArticle(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { FoldedWordHead($0).hasArticle }
    }
    /// The bare form of a word: the last (most stripped) reading. For trigger and cue lists.
    @inline(__always)
    public static func stem(_ word: String) -> Substring { readings(of: word).last!.0 }

    /// A hyphen or dash written between two parts of one name, with no space around it.
    public static func isHyphen(_ p: String) -> Bool {
        // One scalar with no canonical decomposition each, as in `isTransparent`: comparing the
        // scalar is the same test as comparing the strings, without String's comparison.
        var scalars = p.unicodeScalars.makeIterator()
        guard let s = scalars.next(), scalars.next() == nil else { return false }
        return s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// `hasArticle` of a token's folded word, read off its bytes in place.
    public static func hasArticle(_ word: FoldedWord) -> Bool { word.withUTF8 { FoldedWordHead($0).hasArticle } }

    /// `isHyphen` and `isTransparent` of a token's folded word: its only scalar, read off its bytes.
    public static func isHyphen(_ p: FoldedWord) -> Bool {
        guard let s = p.onlyScalar else { return false }
        return s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }
    @inline(__always)
    public static func isTransparent(_ p: FoldedWord) -> Bool {
        guard let s = p.onlyScalar else { return false }
        return isTransparent(scalar: s)
    }

    /// Quotes and brackets do not break a name: `قاعدة (كي ا)`, `"عصبة الثائرين"`.
    @inline(__always)
    public static func isTransparent(_ p: String) -> Bool {
        // Each of these is one scalar with no canonical decomposition, so comparing the
        // scalar is the same test as comparing the strings.
        var scalars = p.unicodeScalars.makeIterator()
        guard let s = scalars.next(), scalars.next() == nil else { return false }
        return isTransparent(scalar: s)
    }

    @inline(__always)
    static func isTransparent(scalar s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "(", ")", "«", "»", "“", "”", "„", "'", "‘", "’", "[", "]": return true
        default: return false
        }
    }
}
