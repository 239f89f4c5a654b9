import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Invisible format characters inside words, as text copied from web pages and CMSs holds
/// them: the soft hyphen, the Arabic letter mark, the word joiner and the invisible operators,
/// and U+FEFF in the middle of a text. Each is ignored for matching, like the zero-width
/// (non-)joiner and the direction marks, while spans and evidence text stay on the original.
/// Sentences written for the test.
@Suite struct InvisibleFormatTests: FindingQueries {
    /// The characters this suite puts inside words, each alone.
    static let characters: [Unicode.Scalar] = ["\u{00AD}", "\u{061C}", "\u{2060}", "\u{2061}", "\u{2062}", "\u{2063}", "\u{2064}", "\u{FEFF}"]

    /// `word` with `c` after its `at`-th scalar.
    private func split(_ word: String, at k: Int, with c: Unicode.Scalar) -> String {
        var u = Array(word.unicodeScalars)
        u.insert(c, at: k)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: u)
        return String(s)
    }

    /// The text of `e`'s span in `source`, cut by scalar offsets.
    private func spanText(_ source: String, _ e: Evidence) -> String {
        let u = Array(source.unicodeScalars)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: u[e.start..<e.end])
        return String(s)
    }

    /// The attack, its target, attacker, date and trigger, and the evidence and surfaces of the
    /// two names, in `source`.
    private func facts(_ source: String) -> (targets: Set<String>, attackers: Set<String>, date: String?, evidence: [Evidence],
                                             names: [String]) {
        let f = Fixture.extract(source, published: "2021-07-08")
        let attack = f.events.first { $0.kind == .attack }
        let named = f.entities.filter { $0.ref == "k:ain-al-asad" || $0.ref == "k:kataib-hezbollah" }
        return (attack.map { roles($0, .target) } ?? [], attack.map { roles($0, .attacker).union(roles($0, .actor)) } ?? [],
                attack?.date?.iso, named.flatMap(\.evidence) + (attack?.evidence ?? []),
                named.flatMap(\.surfaces) + [attack?.trigger ?? ""])
    }

    private func sentence(faction: String = "حزب", base: String = "الأسد", trigger: String = "بقصف") -> String {
        "وتبنت كتائب \(faction) الله \(trigger) قاعدة عين \(base) الجوية بالصواريخ يوم 6 تموز."
    }

    @Test(arguments: characters)
    func aFactionABaseAndATriggerHoldingOneAreFoundWithTheirOriginalText(_ c: Unicode.Scalar) {
        let plain = facts(sentence())
        // What the sentence tells without the character.
        #expect(plain.targets == ["k:ain-al-asad"] && plain.attackers.contains("k:kataib-hezbollah") && plain.date != nil,
                "\(plain)")
        let source = sentence(faction: split("حزب", at: 2, with: c), base: split("الأسد", at: 3, with: c), trigger: split("بقصف", at: 2, with: c))
        let marked = facts(source)
        let code = "U+\(String(c.value, radix: 16))"
        #expect(marked.targets == plain.targets && marked.attackers == plain.attackers && marked.date == plain.date, "\(code): \(marked)")
        // The same spans, one scalar longer for each word holding the character, their text the original's.
        #expect(marked.evidence.count == plain.evidence.count, "\(code)")
        for e in marked.evidence {
            #expect(e.text == spanText(source, e), "\(code)")
        }
        #expect(marked.evidence.filter { $0.text.unicodeScalars.contains(c) }.count >= 3, "\(code): \(marked.evidence.map(\.text))")
        #expect(Set(marked.evidence.map { $0.text.unicodeScalars.filter { $0 != c }.map(String.init).joined() })
                == Set(plain.evidence.map(\.text)), "\(code)")
        // The names and the trigger the graph shows are those of the plain text: one alias, one label.
        #expect(marked.names == plain.names, "\(code): \(marked.names)")
    }

    @Test func aPatternNameHoldingOneIsShownWithoutIt() {
        let f = Fixture.extract("وقال العميد نبيل ال\u{00AD}حسي\u{2060}ناوي إن القوات انتشرت.", published: "2021-07-08")
        let person = f.entities.first { $0.ref == "p:actor:نبيل حسيناوي" }
        #expect(person?.surfaces == ["نبيل الحسيناوي"], "\(f.entities.map(\.ref))")
        #expect(person?.evidence.first?.text == "نبيل ال\u{00AD}حسي\u{2060}ناوي")
    }

    @Test(arguments: characters)
    func aMonthNameHoldingOneIsADate(_ c: Unicode.Scalar) {
        let month = split("آذار", at: 2, with: c)
        let sentence = "سقطت قذائف على المعسكر يوم 14 \(month) 2020"
        let found = DateResolver(publication: thursday26March2020).mentions(in: sentence)
        #expect(found.first?.date?.iso == "2020-03-14", "U+\(String(c.value, radix: 16))")
        #expect(found.first?.text == "14 \(month) 2020")
    }

    @Test func aRunOfThemAloneIsWhiteSpaceToBothTokenizers() {
        // Between a number and its month, and between two words of a name.
        let plain = "انسحبت القوات من قاعدة عين الأسد في 14 آذار 2020"
        let marked = "انسحبت القوات من قاعدة عين \u{2060}\u{FEFF} الأسد في 14 \u{061C} آذار 2020"
        #expect(TokenizedText(marked).tokens.map(\.norm) == TokenizedText(plain).tokens.map(\.norm))
        #expect(DateTokenizer.tokenize(marked).map(\.kind) == DateTokenizer.tokenize(plain).map(\.kind))
        #expect(DateResolver(publication: thursday26March2020).mentions(in: marked).first?.date?.iso == "2020-03-14")
    }

    @Test func theyAreDroppedWhereWordsAreFoldedAndNothingElseIs() {
        #expect(ArabicFolding.normalize("عين الأ\u{00AD}سد \u{2062}") == "عين الاسد")
        #expect(LexiconNameKey.of("عين الأ\u{061C}سد") == LexiconNameKey.of("عين الأسد"))
        // The zero-width space still separates words, and visible punctuation still splits them.
        #expect(TokenizedText("عين\u{200B}الأسد").tokens.count == 2)
        #expect(TokenizedText("عين-الأسد").tokens.count == 3)
        // A text without them tokenizes as the definition says (the byte path against the reference).
        let lists = CueRegistry.shared.snapshot()
        #expect(TokenizedText.sameAsReference(TokenizedText("وقصفت الكتائب قاعدة عين الأسد.", scratch: nil, cueLists: lists), cueLists: lists))
    }

    @Test func theDateLayerAndTheTokenizerIgnoreTheSameCharacters() {
        for v in UInt32(0)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let tokenizerIgnores = ArabicFolding.classify(s) == .mark && ArabicFolding.isInvisibleFormat(v)
            #expect(DateScalars.isInvisibleFormat(v) == tokenizerIgnores, "U+\(String(v, radix: 16))")
            if DateScalars.isInvisibleFormat(v) { #expect(DateScalars.isWordMark(v)) }
        }
    }
}
