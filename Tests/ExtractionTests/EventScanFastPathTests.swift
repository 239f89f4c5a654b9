import Foundation
import Testing
import GraphModel
import TestSupport
@testable import Extraction

/// The in-place scans of the event, relation and entity rules against the definitions they
/// replace, on the samples, the fixture articles and every held-out set
/// (`ExtractionFastPathTests.articles`).
@Suite struct EventScanFastPathTests {
    static var articles: [Article] { ExtractionFastPathTests.articles }

    /// A list tested on a token read in place answers as the list tested on the token, for every
    /// token of the articles and the lists the sentence scans read.
    @Test func wordTestsInPlaceAnswerAsTheTokenTests() {
        let sets = [Cues.threatOrClaimVerb, Cues.offsetAfter, Cues.claim, Cues.attack, Cues.on]
        let unions = [Cues.triggerFirstWords, Cues.claimWords, Cues.relationCues]
        var words = 0, hits = 0
        for a in Self.articles {
            let text = TokenizedText(a.text)
            text.tokens.withUnsafeBufferPointer { tokens in
                for i in tokens.indices {
                    if tokens[i].kind == .word { words += 1 }
                    for set in sets {
                        #expect(set.matches(tokens, i) == set.matches(tokens[i]))
                        #expect(set.matches(tokens, i) == set.matchesByProbing(tokens[i]))
                        if set.matches(tokens, i) { hits += 1 }
                    }
                    for union in unions {
                        #expect(union.matches(tokens, i) == union.matchesEach(tokens[i]))
                    }
                }
            }
        }
        #expect(words > 10_000)
        #expect(hits > 500)
    }

    /// A clause's mentions, split in one pass into lists reused from the trigger before (as
    /// `extractEvents` reuses them), are the three filters' lists, for every trigger of the
    /// articles and every clause bound around it.
    @Test func clauseMentionsAreTheFiltersLists() {
        var triggers = 0, nonEmpty = 0
        for a in Self.articles {
            let run = DocumentRun(extractor: Fixture.extractor, article: a)
            run.run()
            var clause: [Mention] = [], before: [Mention] = [], after: [Mention] = []
            for s in run.text.sentences {
                let local = run.mentionsIn(s)
                for g in run.findTriggers(in: s) {
                    triggers += 1
                    for lower in [s.tokens.lowerBound, max(s.tokens.lowerBound, g.first - 5)] {
                        for upper in [s.tokens.upperBound, min(s.tokens.upperBound, g.last + 6)] {
                            DocumentRun.clauseMentions(local, lower: lower, upper: upper, trigger: g,
                                                       clause: &clause, before: &before, after: &after)
                            let expected = local.filter { $0.tokens.lowerBound >= lower && $0.tokens.upperBound <= upper }
                            #expect(clause.map { [$0.tokens.lowerBound, $0.tokens.upperBound, $0.start] }
                                    == expected.map { [$0.tokens.lowerBound, $0.tokens.upperBound, $0.start] })
                            #expect(clause.map(\.ref) == expected.map(\.ref))
                            #expect(before.map(\.ref) == expected.filter { $0.tokens.upperBound <= g.first }.map(\.ref))
                            #expect(after.map(\.ref) == expected.filter { $0.tokens.lowerBound > g.last }.map(\.ref))
                            if !before.isEmpty && !after.isEmpty { nonEmpty += 1 }
                        }
                    }
                }
            }
        }
        #expect(triggers > 300)
        #expect(nonEmpty > 100)
    }

    /// The byte test of the object-trigger stems answers as the readings' `startsWithStem`, for
    /// every word of the articles.
    @Test func objectTriggerStemsByBytesAnswerAsTheReadings() {
        var words = 0, objects = 0
        for a in Self.articles {
            let run = DocumentRun(extractor: Fixture.extractor, article: a)
            for i in run.text.tokens.indices where run.text.tokens[i].kind == .word {
                words += 1
                let t = run.text.tokens[i]
                let definition = t.readings.contains { f in Cues.objectTriggerStems.contains(where: { run.startsWithStem(f.0, $0) }) }
                #expect(run.readsObjectTriggerStem(i) == definition, "\(t.norm)")
                if definition { objects += 1 }
            }
        }
        #expect(words > 10_000)
        #expect(objects > 50)
    }

    /// A lexicon key cut from a reference on its bytes is the key cut on its Characters, for
    /// every reference of the lexicon and of the articles' findings.
    @Test func lexiconKeysCutOnBytesAreTheKeysCutOnCharacters() {
        var keys = 0
        for ref in ExtractionFastPathTests.references + ["k:", "k", "p:place:k:", "", "k:\u{0653}x"] {
            let expected = ref.hasPrefix("k:") && ref.count > 2 ? String(ref.dropFirst(2)) : nil
            #expect(DocumentRun.lexiconKey(of: ref) == expected, "\(ref)")
            if expected != nil { keys += 1 }
        }
        #expect(keys > 100)
    }

    /// Surfaces compared on their bytes first are the same as under `==`, including two
    /// spellings that are canonically equivalent but differ in their bytes.
    @Test func surfacesCompareAsStrings() {
        let composed = "\u{0622}"          // ALEF WITH MADDA ABOVE
        let decomposed = "\u{0627}\u{0653}" // ALEF + MADDA ABOVE
        #expect(composed == decomposed)
        #expect(DocumentRun.sameSurface(composed, decomposed))
        #expect(DocumentRun.sameSurface("قاعدة", "قاعدة"))
        #expect(!DocumentRun.sameSurface("قاعدة", "القاعدة"))
    }
}
