import Foundation
import Testing
import TestSupport
@testable import Extraction

/// Fast paths of the text and matching layer against the definitions they replace, on the
/// words of the samples and fixture articles.
@Suite struct TextFastPathTests {
    /// The samples and the fixture articles, tokenized.
    static let texts: [TokenizedText] = {
        do {
            let samples = try FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.path)
                .filter { $0.hasSuffix(".txt") }.sorted()
            let articles = try Fixture.fixtureArticles().map(\.text)
                + samples.map { try String(contentsOf: TestPaths.samples.appendingPathComponent($0), encoding: .utf8) }
            return articles.map(TokenizedText.init)
        } catch { fatalError("sample articles: \(error)") }
    }()

    @Test func plainTextOrderIsStringOrder() {
        // Original words (with whatever marks the articles carry) and folded words, plus
        // strings where composition or marks make byte order and String order differ.
        var words: Set<String> = ["ا\u{0653}", "آ", "ا", "اب", "ب", "k:a", "k:b", "p:actor:قاعده", "é", "e\u{0301}", "Å", "\u{212B}", "مُحمد", "محمد", "", "a\u{0}", "a", "a\u{0}b", "k:abcdefghijklmnopq", "k:abcdefghijklmnopr", "k:abcdefghijklmn"]
        for text in Self.texts {
            for t in text.tokens { words.insert(t.norm.string); words.insert(text.text(t.start, t.end)) }
        }
        let list = words.sorted()
        #expect(list.count > 1000)
        #expect(!PlainTextKey("ا\u{0653}").plain && !PlainTextKey("مُحمد").plain && !PlainTextKey("é").plain)
        #expect(PlainTextKey("p:actor:قاعده").plain && PlainTextKey("").plain)
        var plain = 0
        // Each word against its neighbours in String order and against a spread of others.
        for (i, a) in list.enumerated() {
            let ka = PlainTextKey(a)
            if ka.plain { plain += 1 }
            for j in [i - 1, i + 1, (i * 7919) % list.count, (i * 104_729 + 13) % list.count] where j >= 0 && j < list.count {
                let b = list[j]
                #expect(PlainTextKey.precedes(a, ka, b, PlainTextKey(b)) == (a < b), "\(a) \(b)")
            }
        }
        #expect(plain > 500)
    }

    @Test func surfacesAreOrderedByCountThenText() {
        let counts: [(key: String, value: Int)] = [("قاعدة", 1), ("القاعدة", 3), ("قاعدةُ", 1), ("ب", 3), ("Ain", 1)]
        #expect(DocumentRun.mostFrequentFirst(counts) == counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key))
    }

    /// Every position of every article through the lexicon trie, whose first-word filter and
    /// hyphen and quote tests on scalars must still find names of one and several words.
    @Test func trieMatchesEveryArticlePosition() {
        let trie = Fixture.gazetteer.trie
        var matches = 0, longer = 0
        for text in Self.texts {
            for s in text.sentences {
                for i in s.tokens {
                    guard let m = trie.longestMatch(in: text.tokens, at: i, limit: s.tokens.upperBound) else { continue }
                    matches += 1
                    if m.words > 1 { longer += 1 }
                    #expect(m.end > m.start && m.end <= s.tokens.upperBound && !m.payloads.isEmpty)
                }
            }
        }
        #expect(matches > 200)
        #expect(longer > 50)
    }

    @Test func cueTableReturnsEveryStoredMaskAndNothingElse() {
        var masks: [UInt64: CueMask] = [:]
        // Keys sharing their top bits collide in the table and probe past each other.
        for i in 0..<3_000 {
            var mask = CueMask()
            mask.insert(i % 7)
            if i % 5 == 0 { mask.insert(100 + i % 50) }
            masks[UInt64(i) &* 0x1000_0000_0000 ^ UInt64(i) &+ 1] = mask
        }
        let table = CueTable(masks)
        for (key, mask) in masks { #expect(table[key] == mask) }
        for i in 0..<3_000 {
            let absent = UInt64(i) &* 0x1000_0000_0000 ^ UInt64(i) &+ 2
            if masks[absent] == nil { #expect(table[absent] == CueMask()) }
        }
        #expect(table[0xDEAD_BEEF] == CueMask())
    }

    @Test func decodingCountsTheSameOnEveryArticle() throws {
        // The byte counts are checked against the scalar counts by an assertion in debug builds.
        for text in Self.texts {
            var bom = Data([0xEF, 0xBB, 0xBF])
            bom.append(contentsOf: Array(text.source.utf8))
            #expect(try ArticleError.decode(bom, file: "a.txt") == text.source)
        }
        #expect(throws: ArticleError.notText("c.txt")) {
            try ArticleError.decode(Data(Array("نص".utf8) + [0x01, 0x02, 0x03]), file: "c.txt")
        }
    }
}
