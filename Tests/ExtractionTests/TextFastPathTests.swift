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

    /// The trie (edge values carrying the end flag, payloads as runs of one flat list) against
    /// a reference built from plain dictionaries of word-key sequences, at every position of
    /// every article: the same longest match, clitic reading and payloads in the same order.
    @Test func trieAgreesWithDictionaryReferenceOnEveryArticlePosition() {
        let gazetteer = Fixture.gazetteer
        var names: [[UInt64]: [Gazetteer.Hit]] = [:]
        var prefixes: Set<[UInt64]> = []
        for (i, e) in gazetteer.entities.enumerated() {
            let named = ([e.ar] + e.namesAr + e.namesEn + [e.en]).map { ($0, false) } + e.sharedNamesAr.map { ($0, true) }
            for (name, shared) in named where !name.isEmpty {
                let keys = NameTrie<Int>.words(of: name).map(ArabicFolding.key)
                guard !keys.isEmpty else { continue }
                for k in 1...keys.count { prefixes.insert(Array(keys[..<k])) }
                let hit = Gazetteer.Hit(entity: i, shared: shared)
                if !(names[keys]?.contains(hit) ?? false) { names[keys, default: []].append(hit) }
            }
        }
        func reference(_ tokens: [Token], at start: Int, limit: Int) -> (end: Int, clitic: Int, hits: [Gazetteer.Hit])? {
            guard start < limit, tokens[start].kind != .punctuation else { return nil }
            var best: (end: Int, clitic: Int, hits: [Gazetteer.Hit], words: Int)?
            for r in 0..<tokens[start].keys.count {
                var path = [tokens[start].keys[r]]
                guard prefixes.contains(path) else { continue }
                if let hits = names[path], best == nil || best!.words < 1 { best = (start + 1, tokens[start].readings[r].1, hits, 1) }
                var i = start + 1
                while i < limit {
                    let t = tokens[i]
                    if t.kind == .punctuation {
                        if Clitics.isTransparent(t.norm.string) { i += 1; continue }
                        if Clitics.isHyphen(t.norm.string), i + 1 < limit, tokens[i - 1].end == t.start,
                           tokens[i + 1].start == t.end, tokens[i + 1].kind == .word { i += 1; continue }
                        break
                    }
                    guard t.keys.count > 0, prefixes.contains(path + [t.keys[0]]) else { break }
                    path.append(t.keys[0])
                    i += 1
                    if let hits = names[path], best == nil || best!.words < path.count {
                        best = (i, tokens[start].readings[r].1, hits, path.count)
                    }
                }
            }
            return best.map { ($0.end, $0.clitic, $0.hits) }
        }
        var matches = 0, several = 0
        for text in Self.texts {
            for s in text.sentences {
                for i in s.tokens {
                    let fast = gazetteer.trie.longestMatch(in: text.tokens, at: i, limit: s.tokens.upperBound)
                    let slow = reference(text.tokens, at: i, limit: s.tokens.upperBound)
                    #expect(fast?.end == slow?.end && fast?.cliticLetters == slow?.clitic && fast.map { Array($0.payloads) } == slow?.hits,
                            "token \(i) of \(text.tokens.count)")
                    if let slow { matches += 1; if slow.hits.count > 1 { several += 1 } }
                }
            }
        }
        #expect(matches > 200)
        #expect(several > 0)
    }

    /// Payloads added to a node after other nodes got theirs: the node's run moves to the end
    /// of the flat list, and every node keeps its payloads in insertion order.
    @Test func triePayloadsOfInterleavedInsertsKeepTheirOrder() {
        var trie = NameTrie<Int>()
        let names = ["عين الأسد", "قاعدة عين الأسد", "عين", "الحشد الشعبي"]
        var expected: [String: [Int]] = [:]
        for round in 0..<3 {
            for (k, name) in names.enumerated() {
                let payload = 10 * round + k
                trie.insert(name, payload)
                trie.insert(name, payload)
                expected[name, default: []].append(payload)
            }
        }
        for name in names {
            let text = TokenizedText(name)
            let m = trie.longestMatch(in: text.tokens, at: 0, limit: text.tokens.count)
            #expect(m.map { Array($0.payloads) } == expected[name] && m?.end == text.tokens.count, "\(name)")
        }
    }

    /// Every token of the samples and fixtures: the tokenizer's clitic readings and keys (read
    /// with constant letter positions, with and without a conjunction) against
    /// `Clitics.readings`, and each punctuation token's word (written from its scalar) against
    /// the word copied from its bytes.
    @Test func tokenizerReadingsAndMarksAgreeWithReferenceOnEveryArticle() {
        var words = 0, withClitics = 0, marks = 0
        for text in Self.texts {
            for t in text.tokens {
                switch t.kind {
                case .word:
                    let expected = Clitics.readings(of: t.norm.string)
                    #expect(t.readings.map { String($0.0) } == expected.map { String($0.0) }, "\(t.norm)")
                    #expect(t.readings.map(\.1) == expected.map(\.1), "\(t.norm)")
                    #expect(Array(t.keys) == expected.map { ArabicFolding.key($0.0) }, "\(t.norm)")
                    words += 1
                    if expected.count > 1 { withClitics += 1 }
                case .punctuation:
                    let copied = FoldedWord(text.text(t.start, t.end))
                    #expect(t.norm == copied && t.norm.isPlain == copied.isPlain && t.norm.utf8Count == copied.utf8Count, "\(copied)")
                    marks += 1
                case .number:
                    break
                }
            }
        }
        #expect(words > 2_000 && withClitics > 200 && marks > 200)
    }

    @Test func tokenHasNoPadding() {
        // Every pass of the rules reads the article's token array: the token's fields are
        // ordered so that none is padding (see `Token`). A field added to it shows here.
        #expect(MemoryLayout<ReadingLayout>.size == 30)
        #expect(MemoryLayout<Token>.size == 96 && MemoryLayout<Token>.stride == 96)
        let t = Token(kind: .word, norm: "والقوات", start: 7, end: 14)
        #expect(t.start == 7 && t.end == 14 && t.kind == .word && t.hasArticle)
        #expect(t.readings.map(\.1) == Clitics.readings(of: "والقوات").map(\.1))
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
