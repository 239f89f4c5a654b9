import Testing
import GraphModel
import TestSupport
@testable import Extraction

/// The extractor's tables as the rules read them in place (speed round 11) against the
/// definitions they replace.
@Suite struct SharedTablesTests {
    /// Each entity's relation targets in the flat lists are `Gazetteer.relationTargets`, in order,
    /// with the reference the key names (nil for a key the lexicon lacks).
    @Test func flatRelationTargetsAreTheGazetteers() {
        let gazetteer = Fixture.gazetteer
        let targets = Fixture.extractor.tables.relationTargetRefs
        var total = 0
        for e in gazetteer.entities.indices {
            let range = targets.range(of: e)
            let expected = gazetteer.relationTargets[e]
            #expect(range.count == expected.count, "\(gazetteer.refs[e])")
            for (j, t) in zip(range, expected) {
                #expect(targets.relations[j] == t.relation)
                #expect(targets.refs[j] == gazetteer.index[String(t.targetRef.dropFirst(2))].map(EntityRef.lexicon), "\(t.targetRef)")
            }
            total += expected.count
        }
        #expect(total > 0 && targets.refs.count == total)
    }

    /// A reference found by its bytes is the one its key names, for every lexicon reference, for
    /// the pattern references of real articles, and for names no entity has.
    @Test func referencesByBytesAreTheDefinition() {
        var runs = 0
        for article in ExtractionFastPathTests.articles.prefix(60) {
            let run = DocumentRun(extractor: Fixture.extractor, article: article)
            run.run()
            var names = run.patternEntities.map(\.ref) + ["k:", "k:no-such-key", "p:", "", "كركوك"]
            if runs == 0 { names += Fixture.gazetteer.refs }
            for name in names {
                #expect(run.entityRef(named: name) == run.entityRefByKey(named: name), "\(name)")
            }
            runs += 1
        }
        #expect(runs > 0)
    }

    /// A match by index names the payloads inserted for the matched name, known here by
    /// construction: payloads added to a node whose run is not the last are moved to the end
    /// of the flat list, so the indices of a run do not start at 0 and are not contiguous with
    /// the insertion order.
    @Test func matchRunNamesTheInsertedPayloads() {
        var trie = NameTrie<Int>()
        trie.insert("قاعدة عين الأسد", 1)
        trie.insert("عين الأسد", 2)
        trie.insert("قاعدة عين الأسد", 3)   // the run of the first name moves past the second's
        trie.insert("الحشد الشعبي", 4)
        trie.insert("عين الأسد", 5)         // and the second's moves past the first's
        let expected: [String: [Int]] = ["في قاعدة عين الأسد أمس": [1, 3], "قصفت عين الأسد": [2, 5],
                                         "فصائل الحشد الشعبي": [4], "لا اسم هنا": []]
        for (sentence, payloads) in expected {
            let text = TokenizedText(sentence)
            var found: [Int] = []
            text.tokens.withUnsafeBufferPointer { buffer in
                var i = 0
                while i < buffer.count {
                    if let run = trie.longestMatchRun(in: buffer, at: i, limit: buffer.count) {
                        found += run.payloadIndices.map { trie.payload($0) }
                        i = run.end
                    } else { i += 1 }
                }
            }
            #expect(found == payloads, "\(sentence)")
        }
    }

    /// Whether two matches are the same.
    static func sameMatch(_ a: NameTrie<Gazetteer.Hit>.Match?, _ b: NameTrie<Gazetteer.Hit>.Match?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.start == b.start && a.end == b.end && a.cliticLetters == b.cliticLetters && a.words == b.words
            && Array(a.payloads) == Array(b.payloads)
    }

    /// A match by index (the token-buffer entry point) is the match by slice (the array entry
    /// point) at every word of the test articles.
    @Test func matchRunIsTheMatch() {
        let trie = Fixture.gazetteer.trie
        var matched = 0
        for article in ExtractionFastPathTests.articles.prefix(60) {
            let text = TokenizedText(article.text)
            text.tokens.withUnsafeBufferPointer { buffer in
                for s in text.sentences {
                    for i in s.tokens {
                        let run = trie.longestMatchRun(in: buffer, at: i, limit: s.tokens.upperBound)
                        let match = trie.longestMatch(in: text.tokens, at: i, limit: s.tokens.upperBound)
                        #expect(Self.sameMatch(run.map { trie.match($0) }, match))
                        if let run {
                            #expect(run.payloadIndices.map { trie.payload($0) } == Array(match?.payloads ?? []))
                            matched += 1
                        }
                    }
                }
            }
        }
        #expect(matched > 100)
    }
}
