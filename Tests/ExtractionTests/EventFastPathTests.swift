import Foundation
import GraphModel
import Testing
import TestSupport
@testable import Extraction

/// The shortcuts of the event and date rules against the tests they stand for, on real text:
/// the samples and every article of the test fixtures (all held-out sets).
@Suite struct EventFastPathTests {
    static func texts() throws -> [String] {
        var texts: [String] = []
        for folder in try Fixture.realArticleFolders() {
            for name in try Fixture.articleNames(in: folder) { texts.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) }
        }
        return texts
    }

    /// A clause's future cue read from its sentence's date tokens is that of the clause's own
    /// String, for every clause from a token's start to the end of one of the next twelve tokens.
    @Test func clauseCuesFromTheSentenceTokensAreThoseOfTheClauseString() throws {
        var clauses = 0, answered = 0, cues = 0
        for publication in [Day(iso: "2020-03-26"), nil] {
            let finder = ResolverDateFinding(publication: publication)
            for article in try Self.texts() {
                let text = TokenizedText(article)
                for s in text.sentences {
                    let (spans, tokens) = finder.sentenceDates(in: s, of: text)
                    #expect(ResolverDateFinding.same(spans, finder.dates(in: text.text(of: s))))
                    for i in s.tokens {
                        for j in i..<min(i + 12, s.tokens.upperBound) {
                            let start = text.tokens[i].start, end = text.tokens[j].end
                            let reference = finder.hasFutureCue(text.text(start, end))
                            clauses += 1
                            if reference { cues += 1 }
                            if let fromTokens = finder.resolver.hasFutureCue(tokens: tokens, from: start - s.start, to: end - s.start) {
                                answered += 1
                                #expect(fromTokens == reference, "\(text.text(start, end))")
                            }
                            #expect(finder.hasFutureCue(in: text, sentence: s, tokens: tokens, from: start, to: end) == reference)
                        }
                    }
                }
            }
        }
        #expect(clauses > 20_000)
        #expect(cues > 200)
        // Nearly every clause cut at the extractor's words is answered from the sentence's tokens.
        #expect(answered * 100 > clauses * 95)
    }

    /// A clause cut inside a date token is left to the clause's own tokens.
    @Test func clausesCutInsideATokenAreNotAnsweredFromTheSentence() {
        let finder = ResolverDateFinding(publication: Day(iso: "2020-03-26"))
        let text = TokenizedText("قال إن القوات ستنسحب في 2020.03.20 من القاعدة.")
        let s = text.sentences[0]
        let (_, tokens) = finder.sentenceDates(in: s, of: text)
        // "ستنسحب" cut after its first two letters, and the date cut after "2020.".
        let verb = text.tokens.first { $0.norm == "ستنسحب" }!
        #expect(finder.resolver.hasFutureCue(tokens: tokens, from: 0, to: verb.start + 2 - s.start) == nil)
        #expect(finder.resolver.hasFutureCue(tokens: tokens, from: 0, to: verb.end - s.start) == true)
        let year = text.scalars.firstIndex(of: "2")!
        #expect(finder.resolver.hasFutureCue(tokens: tokens, from: year + 1, to: s.end - s.start) == nil)
    }

    /// The union of the trigger rules' gates, and of the claim lists, matches a token exactly
    /// when one of its lists does.
    @Test func wordListUnionsMatchWhenOneOfTheirListsDoes() throws {
        let triggerLists = DocumentRun.triggerRules.map(\.gate)
        let claimLists = [Cues.claim, Cues.responsibility, Cues.accuseCue]
        var words = 0, triggers = 0, claims = 0
        for article in try Self.texts() {
            for t in TokenizedText(article).tokens {
                words += 1
                let trigger = triggerLists.contains { $0.matches(t) }
                let claim = claimLists.contains { $0.matches(t) }
                #expect(Cues.triggerFirstWords.matches(t) == trigger, "\(t.norm)")
                #expect(Cues.claimWords.matches(t) == claim, "\(t.norm)")
                if trigger { triggers += 1 }
                if claim { claims += 1 }
            }
        }
        #expect(words > 20_000)
        #expect(triggers > 500)
        #expect(claims > 50)
    }

    /// The byte-first prefix test of the object triggers is `hasPrefix`, on every reading of
    /// every word and on readings with a mark after the stem.
    @Test func stemPrefixesByBytesAreThoseOfHasPrefix() throws {
        let run = DocumentRun(extractor: Fixture.extractor, article: Article(document: "t", text: "", published: nil))
        var readings = 0, hits = 0
        for article in try Self.texts() {
            for t in TokenizedText(article).tokens where t.kind == .word {
                for (form, _) in t.readings {
                    readings += 1
                    for stem in Cues.objectTriggerStems {
                        let expected = form.hasPrefix(stem)
                        #expect(run.startsWithStem(form, stem) == expected, "\(form) \(stem)")
                        if expected { hits += 1 }
                    }
                }
            }
        }
        #expect(readings > 20_000)
        #expect(hits > 100)
        // A combining mark after the stem ends the match for Characters, not for bytes.
        let marked = "قصف\u{0651}ت"
        #expect(run.startsWithStem(Substring(marked), "قصف") == marked.hasPrefix("قصف"))
        #expect(!run.startsWithStem("قص", "قصف"))
        #expect(run.startsWithStem("قصفت", "قصف"))
    }
}
