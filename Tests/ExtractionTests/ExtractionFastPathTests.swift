import Foundation
import Testing
import GraphModel
import TestSupport
@testable import Extraction

/// Fast paths of per-article extraction against the definitions they replace, on the samples,
/// the fixture articles and every held-out set.
@Suite struct ExtractionFastPathTests {
    /// Every article the tests hold: samples, fixture articles, held-out sets.
    static let articles: [Article] = {
        do {
            var articles = try Fixture.fixtureArticles()
            for folder in [TestPaths.samples] + (try Fixture.heldOutFolders()) {
                for name in try Fixture.articleNames(in: folder) {
                    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                    articles.append(Article(document: name, text: text, published: Day(iso: "2020-03-26")))
                }
            }
            return articles
        } catch { fatalError("test articles: \(error)") }
    }()

    /// Every entity reference the articles give, and the lexicon's.
    static let references: [String] = {
        var refs = Set(Fixture.gazetteer.refs)
        for a in articles {
            let f = Fixture.extractor.extract(a)
            for e in f.entities { refs.insert(e.ref) }
            for r in f.relations { refs.insert(r.source); refs.insert(r.target) }
        }
        return refs.sorted()
    }()

    @Test func referenceTableAnswersAsADictionary() {
        let refs = Self.references
        #expect(refs.count > 500)
        #expect(refs.contains { $0.hasPrefix("p:") })
        var table = ReferenceTable()
        var dictionary: [String: Int] = [:]
        // Every other reference stored, so that the look-ups miss as well as hit.
        for (i, ref) in refs.enumerated() where i % 2 == 0 {
            table.insert(ref, i)
            dictionary[ref] = i
        }
        for ref in refs + ["", "k:", "p:actor:", "k:no-such-entity"] {
            #expect(table.value(of: ref) == dictionary[ref], "\(ref)")
        }
    }

    @Test func referencesWhoseHashesCollideStayApart() {
        // The overflow path, with one hash forced on three references.
        var table = ReferenceTable()
        table.insert("k:a", 1, hash: 42)
        table.insert("p:actor:قاعده", 2, hash: 42)
        table.insert("k:b", 3, hash: 42)
        #expect(table.value(of: "k:a", hash: 42) == 1)
        #expect(table.value(of: "p:actor:قاعده", hash: 42) == 2)
        #expect(table.value(of: "k:b", hash: 42) == 3)
        #expect(table.value(of: "k:c", hash: 42) == nil)
        #expect(table.value(of: "k:a") == nil || ReferenceTable.hash("k:a") == 42)
    }

    @Test func relatedEntityTableIsTheDictionary() {
        let extractor = Fixture.extractor
        #expect(!extractor.relatedEntities.isEmpty)
        for ref in Fixture.gazetteer.refs + Self.references {
            #expect(extractor.relatedEntityTable.value(of: ref) == extractor.relatedEntities[ref], "\(ref)")
        }
    }

    @Test func sameBytesIsByteEquality() {
        // References, surfaces of the articles, and strings that are equal as Strings but not as bytes.
        var texts = Self.references
        for a in Self.articles.prefix(40) {
            let text = TokenizedText(a.text)
            for t in text.tokens { texts.append(text.text(t.start, t.end)) }
        }
        texts += ["é", "e\u{0301}", "آ", "ا\u{0653}", "", "a", "k:abcdefghijklmnopq"]
        for (i, a) in texts.enumerated() {
            for j in [i, i + 1, (i * 7919) % texts.count] where j < texts.count {
                let b = texts[j]
                #expect(ByteText.sameBytes(a, b) == Array(a.utf8).elementsEqual(Array(b.utf8)), "\(a) \(b)")
            }
        }
        // A bridged or small string and a native one with the same bytes.
        #expect(ByteText.sameBytes(String("k:kataib-hezbollah".dropFirst(0)), "k:kataib-hezbollah"))
        #expect(!ByteText.sameBytes("é", "e\u{0301}") && "é" == "e\u{0301}")
    }

    /// The base "القاعدة" names, as the rule reads it now and as first written, at every definite
    /// word of every article after a base was named.
    @Test func salientBaseAgreesWithItsDefinition() {
        var asked = 0
        for a in Self.articles {
            let run = DocumentRun(extractor: Fixture.extractor, article: a)
            run.run()
            let fits: (Mention) -> Bool = { $0.kind == .base }
            for s in run.text.sentences {
                for i in s.tokens where run.text.tokens[i].hasArticle {
                    guard let latest = run.mentions.indices.last(where: {
                        !run.mentions[$0].anaphoric && run.mentions[$0].tokens.lowerBound < i && fits(run.mentions[$0])
                    }) else { continue }
                    asked += 1
                    #expect(run.salientBase(for: i, latest: latest, in: s, fits: fits)
                            == run.salientBaseByDictionaries(for: i, latest: latest, in: s, fits: fits))
                }
            }
        }
        #expect(asked > 300)
    }
}
