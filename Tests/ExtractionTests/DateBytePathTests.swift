import Foundation
import GraphModel
import Testing
import TestSupport
@testable import Extraction

/// The date layer read in place from an article's bytes against the same rules run on the
/// String of each sentence or clause, which the extractor used to build.
@Suite struct DateBytePathTests {
    /// Every article of the samples and of the test fixtures (the held-out sets included).
    static func texts() throws -> [String] {
        let fm = FileManager.default
        var folders = [TestPaths.samples, Fixture.articlesFolder]
        for name in ["heldout", "heldout2", "heldout3", "heldout4", "heldout5"] {
            folders.append(TestPaths.packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/\(name)"))
        }
        var texts: [String] = []
        for folder in folders {
            let names = try fm.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names { texts.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) }
        }
        return texts
    }

    @Test func sentenceDatesReadInPlaceAreThoseOfTheSentenceString() throws {
        let texts = try Self.texts()
        #expect(texts.count > 20)
        var sentences = 0, dated = 0, withTraces = 0
        for publication in [Day(iso: "2020-03-26"), nil] {
            let finder = ResolverDateFinding(publication: publication)
            for article in texts {
                let text = TokenizedText(article)
                for s in text.sentences {
                    sentences += 1
                    let inPlace = finder.dates(in: s, of: text)
                    let reference = finder.dates(in: text.text(of: s))
                    #expect(ResolverDateFinding.same(inPlace, reference), "\(text.text(of: s))")
                    // The spans are those of the mentions, whose text is the span's text.
                    let mentions = finder.resolver.mentions(in: text.text(of: s))
                    #expect(mentions.map(\.range) == inPlace.map(\.range))
                    for m in mentions {
                        #expect(m.text == text.text(s.start + m.range.lowerBound, s.start + m.range.upperBound))
                    }
                    dated += inPlace.count
                    withTraces += inPlace.filter { $0.date?.trace != nil }.count
                }
            }
        }
        // The comparison means something only if many sentences hold resolved dates.
        #expect(sentences > 800)
        #expect(dated > 300)
        #expect(withTraces > 150)
    }

    @Test func clauseCuesReadInPlaceAreThoseOfTheClauseString() throws {
        let finder = ResolverDateFinding(publication: Day(iso: "2020-03-26"))
        var clauses = 0, cues = 0
        for article in try Self.texts() {
            let text = TokenizedText(article)
            for s in text.sentences {
                // Every clause from a token's start to the end of one of the next twelve tokens,
                // as the event rules cut them (clause start to trigger).
                for i in s.tokens {
                    for j in i..<min(i + 12, s.tokens.upperBound) {
                        let start = text.tokens[i].start, end = text.tokens[j].end
                        let inPlace = finder.hasFutureCue(in: text, from: start, to: end)
                        #expect(inPlace == finder.hasFutureCue(text.text(start, end)), "\(text.text(start, end))")
                        clauses += 1
                        if inPlace { cues += 1 }
                    }
                }
            }
        }
        #expect(clauses > 10_000)
        #expect(cues > 100)
    }

    @Test func periodRulesAreTheirInterpolatedNames() {
        let units: [DateWord.Unit] = [.day, .week, .month, .year]
        let relations = [(-2, "before-last"), (-1, "past"), (0, "current"), (1, "next")]
        for unit in units {
            for (delta, name) in relations {
                #expect(DateGrammar.periodRule(unit, delta: delta) == "relative.\(unit)-\(name)")
            }
        }
    }

    @Test func spansOutsideTheTextAreClampedAsTheStringIs() {
        let text = TokenizedText("قال المتحدث إن القوات ستنسحب غداً.")
        let finder = ResolverDateFinding(publication: Day(iso: "2020-03-26"))
        for (start, end) in [(-5, 4), (0, 0), (10, 3), (20, 1_000), (0, 1_000)] {
            #expect(finder.hasFutureCue(in: text, from: start, to: end) == finder.hasFutureCue(text.text(start, end)))
        }
        #expect(finder.hasFutureCue(in: text, from: 0, to: 1_000))
        #expect(!finder.hasFutureCue(in: text, from: 0, to: 10))
    }

    /// The tokenizer folds letters below U+0700 through a table built from `fold`: every one of
    /// those scalars folds alike both ways, and the table changes the letters it must.
    @Test func foldTableIsFold() {
        DateScalars.foldTable.withUnsafeBufferPointer { table in
            let differing = (UInt32(0)..<0x700).filter { DateScalars.fold($0, table) != DateScalars.fold($0) }
            #expect(differing.isEmpty, "\(differing.map { "U+" + String($0, radix: 16) })")
            #expect(DateScalars.fold(0x0623, table) == DateScalars.alef)     // أ → ا
            #expect(DateScalars.fold(0x0629, table) == 0x0647)               // ة → ه
            #expect(DateScalars.fold(0x06CC, table) == 0x064A)               // ی → ي, read from the table
            #expect(DateScalars.fold(0x0041, table) == 0x0061)               // A → a
            #expect(DateScalars.fold(0x06D5, table) == 0x0647)               // ە → ه
            #expect(DateScalars.fold(0xFB50, table) == 0xFB50)               // above the table: `fold`
        }
    }
}
