import Foundation
import Testing
import TestSupport
@testable import Extraction

/// The tables and per-sentence memories the rule layer keeps for speed, against the
/// computations they stand for, on real text.
@Suite struct RuleLayerTests {
    /// Every lexicon reference: the co-mention table gives an entity exactly when the
    /// gazetteer's key index does and that entity has background relations.
    @Test func relatedEntityTableAgreesWithTheGazetteer() {
        let gazetteer = Fixture.gazetteer
        let table = Fixture.extractor.relatedEntities
        var related = 0
        for ref in gazetteer.refs {
            let byKey = gazetteer.index[String(ref.dropFirst(2))]
            let expected = byKey.flatMap { gazetteer.relationTargets[$0].isEmpty ? nil : $0 }
            #expect(table[ref] == expected, "\(ref)")
            if expected != nil { related += 1 }
        }
        // Meaningful only if some entities have relations and some have none.
        #expect(related > 10)
        #expect(related < gazetteer.refs.count)
        #expect(table.count == related)
    }

    /// The offset phrases kept for the sentence read last are those found anew, whatever
    /// order the sentences are asked for in (samples and fixture articles).
    @Test func offsetPhrasesKeptPerSentenceAreThoseFoundAnew() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.path).filter { $0.hasSuffix(".txt") }.sorted()
        let articles = try Fixture.fixtureArticles()
            + samples.map { Fixture.article(try String(contentsOf: TestPaths.samples.appendingPathComponent($0), encoding: .utf8), published: "2020-03-26", document: $0) }
        func describe(_ phrases: [DocumentRun.OffsetPhrase]) -> [String] {
            phrases.map { "\($0.start) \($0.of.map(String.init) ?? "-") \($0.referenceEnd) \($0.days.map(String.init) ?? "-")" }
        }
        var phrases = 0
        for article in articles {
            let run = DocumentRun(extractor: Fixture.extractor, article: article)
            let sentences = run.text.sentences
            // Forwards, then each sentence again after its neighbour (the memory must follow the sentence asked for).
            for s in sentences + sentences.reversed() {
                let fresh = describe(run.findOffsetPhrases(in: s))
                #expect(describe(run.offsetPhrases(in: s)) == fresh)
                #expect(describe(run.offsetPhrases(in: s)) == fresh)
                phrases += fresh.count
            }
        }
        #expect(phrases > 0)
    }
}
