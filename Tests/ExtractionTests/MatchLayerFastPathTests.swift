import Foundation
import GraphModel
import Testing
import TestSupport
@testable import Extraction

/// The shortcuts of the lexicon, pattern, surname, back-reference and entity layers against
/// the definitions they stand for, on real text: the samples and every article of the test
/// fixtures (all held-out sets).
///
/// Extracting an article in a debug build runs the asserts that compare each shortcut with its
/// definition on that article (the seat provinces noted by `matchLexicon` with every token
/// asked, the surnames by key with the surnames by text, the words after the verbs with every
/// word asked, the back-reference words with the four lists, the role references by bytes with
/// the key look-up, the entity order with String order); the tests below check that the
/// articles reach those paths, and compare the rest directly.
@Suite struct MatchLayerFastPathTests {
    static func articles() throws -> [Article] {
        var articles: [Article] = []
        for folder in try Fixture.realArticleFolders() {
            for name in try Fixture.articleNames(in: folder) {
                articles.append(Article(document: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                                        published: Day(iso: "2020-03-26")))
            }
        }
        return articles
    }

    /// Every article is extracted with the debug asserts on, and the rules whose shortcuts they
    /// check fire on these texts: surnames read after a verb, back-references, seat provinces.
    @Test func extractionReachesTheShortcutsOnRealText() throws {
        let extractor = Extractor(gazetteer: try Gazetteer(lexicon: Lexicon.loadDefault()))
        var rules: [String: Int] = [:]
        var entities = 0
        for article in try Self.articles() {
            let findings = extractor.extract(article)
            entities += findings.entities.count
            for e in findings.entities { for ev in e.evidence { rules[ev.rule, default: 0] += 1 } }
            // Entities in String order of their references, each reference once.
            #expect(zip(findings.entities, findings.entities.dropFirst()).allSatisfy { $0.ref < $1.ref })
        }
        #expect(entities > 1_000)
        #expect(rules[MentionRule.coreferenceSurname.rawValue, default: 0] > 0)
        #expect(rules[MentionRule.lexicon.rawValue, default: 0] > 1_000)
    }

    /// The trie's first-word filter never rejects a word where a name starts, and the walk over
    /// the token buffer finds what the array version finds, at every token.
    @Test func bufferMatchEqualsArrayMatchAtEveryToken() throws {
        let trie = try Gazetteer(lexicon: Lexicon.loadDefault()).trie
        var names = 0, passed = 0, tokens = 0
        for article in try Self.articles() {
            let text = TokenizedText(article.text)
            text.tokens.withUnsafeBufferPointer { buffer in
                for s in text.sentences {
                    for i in s.tokens {
                        tokens += 1
                        let byArray = trie.longestMatch(in: text.tokens, at: i, limit: s.tokens.upperBound)
                        let byBuffer = trie.longestMatch(in: buffer, at: i, limit: s.tokens.upperBound)
                        #expect(byArray?.end == byBuffer?.end && byArray?.cliticLetters == byBuffer?.cliticLetters
                                && byArray.map { Array($0.payloads) } == byBuffer.map { Array($0.payloads) })
                        if trie.mayStartName(text.tokens[i].layout) { passed += 1 } else { #expect(byArray == nil) }
                        if byArray != nil { names += 1 }
                    }
                }
            }
        }
        #expect(names > 1_000)
        // The filter passes few words that start no name.
        #expect(passed < names * 2 + tokens / 50)
    }

    /// Each token's reading keys are the keys of its readings' text, in the same order: the
    /// surname rule compares keys where it compared the readings.
    @Test func readingKeysAreTheKeysOfTheReadings() throws {
        for article in try Self.articles() {
            let text = TokenizedText(article.text)
            for t in text.tokens where t.kind == .word {
                #expect(t.keys.count == t.readings.count)
                for r in t.readings.indices { #expect(t.keys[r] == ArabicFolding.key(t.readings[r].0)) }
            }
        }
    }

    /// Surfaces ordered most frequent first, then by text, by the insertion sort of the general
    /// path: the order of the definition on lists of real surfaces with equal and different counts.
    @Test func surfaceOrderIsTheDefinedOrder() throws {
        var words: [String] = []
        for article in try Self.articles().prefix(20) {
            let text = TokenizedText(article.text)
            for t in text.tokens.prefix(200) where t.kind == .word { words.append(text.text(t.start, t.end)) }
        }
        var unique: [String] = []
        for w in words where !unique.contains(w) { unique.append(w) }
        var lists = 0
        for n in 3...7 {
            for start in stride(from: 0, to: unique.count - n, by: n) {
                let counts = unique[start..<(start + n)].enumerated().map { (key: $0.element, value: ($0.offset * 7 + start) % 3) }
                let definition = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
                #expect(DocumentRun.mostFrequentFirst(counts) == definition)
                lists += 1
            }
        }
        #expect(lists > 100)
    }
}
