import Testing
@testable import Extraction

/// The token's inline clitic readings, the byte-level article test and the word-key table
/// against the plain definitions they replace on the hot path.
@Suite struct TokenStoreTests {
    /// Words built from every clitic and article prefix over stems of one to six letters,
    /// plus Latin words, digits and single letters.
    static let words: [String] = {
        let prefixes = ["", "و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "فال", "بال", "كال", "ول", "وب", "فب", "ولل", "فلل", "وك", "ا", "اا"]
        let stems = ["ق", "قا", "قاع", "قاعد", "قاعده", "قاعدتي", "لل", "ال", "الل", "وو", "بب", "لا", "ولا", "حشد", "عراق", "ان", "اول"]
        var out: [String] = []
        for p in prefixes { for s in stems { out.append(p + s) } }
        return out + ["us", "Ain", "al-asad", "x", "و", "ل", "لل", "ال", "وال", "2020", "Ω", "كيغنز"]
    }()

    /// `Clitics.hasArticle` as it was written on scalars, the reference for the byte version.
    static func hasArticleOnScalars(_ word: String) -> Bool {
        var s = Substring(word).unicodeScalars
        func startsWithArticle(_ u: Substring.UnicodeScalarView) -> Bool {
            var i = u.makeIterator()
            return i.next() == "ا" && i.next() == "ل"
        }
        func longerThan3(_ u: Substring.UnicodeScalarView) -> Bool { ArabicFolding.count(u, atMost: 4) > 3 }
        if longerThan3(s), let f = s.first, f == "و" || f == "ف", !startsWithArticle(s) { s = s.dropFirst() }
        if longerThan3(s), s.first == "ل", s.dropFirst().first == "ل" { return true }
        if longerThan3(s), let f = s.first, f == "ب" || f == "ك" || f == "ل", !startsWithArticle(s) { s = s.dropFirst() }
        return startsWithArticle(s) && longerThan3(s)
    }

    @Test func inlineReadingsEqualCliticReadings() {
        for w in Self.words {
            let token = Token(kind: .word, norm: w, start: 0, end: w.unicodeScalars.count)
            let expected = Clitics.readings(of: w)
            #expect(token.readings.map { String($0.0) } == expected.map { String($0.0) }, "\(w)")
            #expect(token.readings.map(\.1) == expected.map(\.1), "\(w)")
            #expect(Array(token.keys) == expected.map { ArabicFolding.key($0.0) }, "\(w)")
        }
    }

    @Test func tokenizerReadingsEqualCliticReadings() {
        let text = TokenizedText("وبالقاعدة الأمريكية، للقوات فالحشد «عين الأسد» في 2020.03.20 والـ28 US.")
        for t in text.tokens {
            let expected = t.kind == .word ? Clitics.readings(of: t.norm.string) : []
            #expect(t.readings.map { String($0.0) } == expected.map { String($0.0) }, "\(t.norm)")
            #expect(Array(t.keys) == expected.map { ArabicFolding.key($0.0) }, "\(t.norm)")
        }
    }

    @Test func byteArticleTestEqualsScalarDefinition() {
        for w in Self.words {
            #expect(Clitics.hasArticle(w) == Self.hasArticleOnScalars(w), "\(w)")
        }
        #expect(Clitics.hasArticle("والقاعده"))
        #expect(Clitics.hasArticle("للقاعده"))
        #expect(!Clitics.hasArticle("قاعده"))
    }

    @Test func transparentPunctuation() {
        for p in ["\"", "(", ")", "«", "»", "“", "”", "„", "'", "‘", "’", "[", "]"] { #expect(Clitics.isTransparent(p)) }
        for p in [".", "،", ":", "-", "((", "", "a"] { #expect(!Clitics.isTransparent(p), "\(p)") }
    }

    @Test func wordKeyTableStoresTagsAndGrows() {
        var table = WordKeyTable()
        // Keys that share their top bits land on neighbouring slots and probe past each other.
        let keys: [UInt64] = (0..<5_000).map { UInt64($0) &* 0x1000_0000_0000 ^ UInt64($0) }
        for (i, k) in keys.enumerated() { table.set(k, tag: UInt32(i % 3), i) }
        #expect(table.count == keys.count)
        for (i, k) in keys.enumerated() {
            #expect(table[k, tag: UInt32(i % 3)] == i)
            #expect(table[k, tag: UInt32(i % 3 + 1)] == nil)
        }
        table.set(keys[7], tag: 1, 42)
        #expect(table[keys[7], tag: 1] == 42)
        #expect(table.count == keys.count)
        #expect(table[0xDEAD_BEEF] == nil)
        let set = WordKeySet([1, 2, 3, 2])
        #expect(set.count == 3 && set.contains(2) && !set.contains(4))
    }

    @Test func trieFindsNamesThroughCliticsAfterTheFirstWordFilter() {
        var trie = NameTrie<Int>()
        trie.insert("عين الأسد", 1)
        trie.insert("قاعدة عين الأسد", 2)
        trie.insert("الحشد الشعبي", 3)
        let text = TokenizedText("وصلت إلى قاعدة عين الأسد وللحشد الشعبي")
        let base = trie.longestMatch(in: text.tokens, at: 2, limit: text.tokens.count)
        #expect(base?.payloads == [2] && base?.end == 5)
        let group = trie.longestMatch(in: text.tokens, at: 5, limit: text.tokens.count)
        #expect(group?.payloads == [3] && group?.cliticLetters == 3)
        #expect(trie.longestMatch(in: text.tokens, at: 0, limit: text.tokens.count) == nil)
    }
}
