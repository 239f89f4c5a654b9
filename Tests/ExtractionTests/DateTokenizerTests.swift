import Foundation
import GraphModel
import Testing
@testable import Extraction

/// The date tokenizer's fast path against its reference form, and the grammar's role bits
/// (which let it skip sentences) against the full grammar, on every sentence of the samples
/// and of the test fixtures (the held-out sets included).
@Suite struct DateTokenizerTests {
    /// The UTF-8 of every sentence of the test texts, as the date layer reads it.
    static func sentences() throws -> [[UInt8]] {
        var out: [[UInt8]] = []
        for article in try DateBytePathTests.texts() {
            let text = TokenizedText(article)
            for s in text.sentences { out.append(Array(text.text(of: s).utf8)) }
        }
        return out
    }

    @Test func tokensAreThoseOfTheReferenceTokenizer() throws {
        let sentences = try Self.sentences()
        #expect(sentences.count > 400)
        var words = 0, meanings = 0, stems = 0, verbs = 0
        for bytes in sentences {
            bytes.withUnsafeBufferPointer { u in
                var roles: UInt8 = 0
                let fast = DateTokenizer.tokenize(utf8: u, roles: &roles)
                let reference = DateTokenizer.referenceTokenize(utf8: u)
                #expect(fast == reference, "\(String(decoding: bytes, as: UTF8.self))")
                #expect(roles == DateLexicon.roles(of: reference))
                words += reference.filter { $0.kind == .word }.count
                meanings += reference.filter(\.hasWord).count
                stems += reference.filter { $0.stemStart != $0.start }.count
                verbs += reference.filter(\.isFutureVerb).count
            }
        }
        // The comparison covers every path of `classify` only if the texts exercise them.
        #expect(words > 8_000)
        #expect(meanings > 1_000)
        #expect(stems > 50)
        #expect(verbs > 5)
    }

    /// Words that exercise the rare paths: the raw letters read again (آب against أب, ة at the
    /// end of a سـ-word, سأ), marks between letters, clitics, tatweel, digits glued to clitics.
    @Test func rarePathsAgreeWithTheReference() {
        let cases = ["في آب الماضي", "أبو أب إب اب", "سيارة سأعود سأل ستنسحب سيتم", "وبالأمس للعام بيوم لعام2020",
                     "غداً الغدِ سَيَنسحِب", "و2019 بـ2014 الـ28 ـــ", "March 3, 2020 jan", "كانون الأول ١٩/٣/٢٠٢٠",
                     "والأربعاء فالخميس ولليوم", "سياستها سياراتهم", String(repeating: "ب", count: 60) + " أمس"]
        for text in cases {
            var bytes = Array(text.utf8)
            bytes.withUnsafeMutableBufferPointer { m in
                let u = UnsafeBufferPointer(m)
                var roles: UInt8 = 0
                let fast = DateTokenizer.tokenize(utf8: u, roles: &roles)
                let reference = DateTokenizer.referenceTokenize(utf8: u)
                #expect(fast == reference, "\(text)")
                #expect(roles == DateLexicon.roles(of: reference), "\(text)")
            }
        }
    }

    /// A sentence without the start role has no date, and one without the cue role no cue:
    /// the grammar given the tokenizer's roles finds exactly what the grammar claiming every
    /// role finds, for every sentence, with and without a publication day.
    @Test func rolesSkipOnlySentencesWithoutDatesOrCues() throws {
        var skippedDates = 0, skippedCues = 0, total = 0
        for bytes in try Self.sentences() {
            bytes.withUnsafeBufferPointer { u in
                var roles: UInt8 = 0
                let tokens = DateTokenizer.tokenize(utf8: u, roles: &roles)
                for publication in [Day(iso: "2020-03-26"), nil] {
                    let withRoles = DateGrammar(tokens: tokens, publication: publication, roles: roles)
                    let full = DateGrammar(tokens: tokens, publication: publication)
                    let a = withRoles.matches(), b = full.matches()
                    #expect(a.map(\.first) == b.map(\.first) && a.map(\.end) == b.map(\.end) && a.map(\.date) == b.map(\.date)
                            && a.map(\.rule) == b.map(\.rule))
                    #expect(withRoles.containsFutureCue() == full.containsFutureCue())
                    for k in tokens.indices { #expect(withRoles.futureCue(first: k, end: k) == full.futureCue(first: k, end: k)) }
                }
                total += 1
                if roles & DateLexicon.Role.starts == 0 { skippedDates += 1 }
                if roles & DateLexicon.Role.cue == 0 { skippedCues += 1 }
            }
        }
        // The roles mean something only if they let the grammar skip many sentences, not all.
        #expect(skippedDates > total / 10 && skippedDates < total)
        #expect(skippedCues > total / 2 && skippedCues < total)
    }

    /// The clause's tokens found by binary search (`DateGrammar.containsFutureCue`) are those
    /// the pass over every token finds, for clauses cut anywhere: between tokens, inside a word
    /// or a number, empty, at the sentence's ends and past them.
    @Test func clauseCueBinarySearchAgreesWithTheScan() throws {
        var clauses = 0, cutInside = 0, cues = 0
        for bytes in try Self.sentences() {
            bytes.withUnsafeBufferPointer { u in
                let tokens = DateTokenizer.tokenize(utf8: u)
                let scalars = String(decoding: u, as: UTF8.self).unicodeScalars.count
                for start in stride(from: -1, through: scalars + 1, by: 3) {
                    for length in [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144] {
                        let end = start + length
                        let fast = DateGrammar.containsFutureCue(tokens, scalars: start, end)
                        #expect(fast == DateGrammar.containsFutureCueByScan(tokens, scalars: start, end))
                        clauses += 1
                        if fast == nil { cutInside += 1 }
                        if fast == true { cues += 1 }
                    }
                }
            }
        }
        // Every kind of answer is compared, many times.
        #expect(clauses > 100_000)
        #expect(cutInside > 10_000 && cues > 500)
    }
}
