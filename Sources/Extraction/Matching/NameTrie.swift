/// A trie over sequences of normalized words, for dictionary matching of multi-word names.
///
/// Keys are words folded by `ArabicFolding` with the article removed, so "القوات العراقية",
/// "للقوات العراقية" and "والقوات العراقيه" all reach the same entry. Built once, shared
/// read-only by every worker. Lookup of the longest match at a position costs O(m) dictionary
/// probes for a match of m words (times the ≤ 3 clitic readings of the first word). Words are
/// keyed by their 64-bit FNV-1a hash (`ArabicFolding.key`); every edge of the trie is one
/// entry (word key, parent node) → child node of a single `WordKeyTable`, not a dictionary per node.
public struct NameTrie<Payload: Sendable & Hashable>: Sendable {
    private var edges = WordKeyTable()
    private var payloads: [[Payload]] = [[]]
    /// Whether a node ends a name (`!payloads[node].isEmpty`), one byte per node: the match
    /// asks this for every node it reaches, and reading an inner array's count costs a cache
    /// miss on that array's own storage.
    private var ends: [Bool] = [false]
    /// One bit per value of the top 16 bits of a word key, set for the first words of names.
    /// Nearly every token is tested as a first word and nearly none is one: this 8 KB filter
    /// stays in the L1 cache and answers most of those tests without a probe into `edges`.
    private var firstWords = [UInt64](repeating: 0, count: 1 << 10)

    public init() {}

    public var isEmpty: Bool { payloads.count == 1 }

    @inline(__always)
    private func child(of node: Int, _ word: UInt64) -> Int? { edges[word, tag: UInt32(node)] }

    @inline(__always)
    private func mayBeFirstWord(_ word: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: word >> 48)
        return firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The words of a name as the trie stores them.
    public static func words(of name: String) -> [Substring] {
        ArabicFolding.normalize(name).split(separator: " ").map { ArabicFolding.withoutArticle($0) }
    }

    public mutating func insert(_ name: String, _ payload: Payload) {
        let words = NameTrie.words(of: name)
        guard !words.isEmpty else { return }
        var node = 0
        let first = ArabicFolding.key(words[0])
        firstWords[Int(truncatingIfNeeded: first >> 54)] |= 1 << ((first >> 48) & 63)
        for w in words.map(ArabicFolding.key) {
            if let next = child(of: node, w) { node = next } else {
                payloads.append([])
                ends.append(false)
                let next = payloads.count - 1
                edges.set(w, tag: UInt32(node), next)
                node = next
            }
        }
        if !payloads[node].contains(payload) { payloads[node].append(payload) }
        ends[node] = true
    }

    /// A match: tokens [start, end) of the text, how many letters of clitics were read off the
    /// first word, and what the name stands for.
    public struct Match: Sendable {
        public var start: Int
        public var end: Int
        public var cliticLetters: Int
        public var payloads: [Payload]
        public var words: Int
    }

    /// The longest name starting at token `start` (not crossing `limit`). Quotes and brackets
    /// between words are read through; other punctuation ends a name. Ties go to the reading
    /// with fewer clitics stripped.
    public func longestMatch(in tokens: [Token], at start: Int, limit: Int) -> Match? {
        guard start < limit, tokens[start].kind != .punctuation else { return nil }
        // Nearly no token starts a name: answered from the first-word filter before the buffers
        // below are taken (taking them retains and releases the token and node arrays, which
        // cost more than the filter tests for the tokens that fail them).
        let first = tokens[start].layout
        var mayStart = false
        for r in 0..<Int(first.count) where mayBeFirstWord(first.key(r)) { mayStart = true; break }
        guard mayStart else { return nil }
        // The tokens are read in place (their inline readings), never copied out of the array.
        return tokens.withUnsafeBufferPointer { tokens in ends.withUnsafeBufferPointer { ends in
            var best: (end: Int, clitic: Int, node: Int, words: Int)?
            let head = tokens[start].layout
            for r in 0..<Int(head.count) {
                let clitic = head.clitic(r)
                guard mayBeFirstWord(head.key(r)), var node = child(of: 0, head.key(r)) else { continue }
                var words = 1
                if ends[node], best == nil || best!.words < words {
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
                    guard layout.count > 0, let next = child(of: node, layout.key(0)) else { break }
                    node = next
                    words += 1
                    i += 1
                    if ends[node], best == nil || best!.words < words {
                        best = (i, clitic, node, words)
                    }
                }
            }
            return best.map { Match(start: start, end: $0.end, cliticLetters: $0.clitic, payloads: payloads[$0.node], words: $0.words) }
        } }
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
