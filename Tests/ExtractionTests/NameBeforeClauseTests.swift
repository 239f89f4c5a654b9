import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Where a name found by its shape ends: before the verb of the clause after it, before a
/// preposition's phrase, and never inside a real name of several words. Sentences written for
/// the test about invented officials, bases and groups.
@Suite struct NameBeforeClauseTests {

    private func patternRefs(_ f: DocumentFindings) -> Set<String> {
        Set(f.entities.filter { $0.ref.hasPrefix("p:") }.map(\.ref))
    }

    // MARK: a verb after the name

    @Test func anOfficialsNameStopsBeforeAPresentTenseVerb() {
        let f = Fixture.extract("وقالت مصادر إن وزير الدفاع الكندي بيل هارتمان يدرس سحب المدربين من العراق.", published: "2021-02-11")
        #expect(patternRefs(f).contains("p:actor:بيل هارتمان"), "\(patternRefs(f))")
        #expect(!patternRefs(f).contains { $0.contains("يدرس") })
    }

    @Test func aTitledNameStopsBeforeAVerbWithTheConjunction() {
        let f = Fixture.extract("وزار الجنرال ديفيد هاملتون القاعدة وأكد دعم القوات العراقية.", published: "2021-02-11")
        #expect(patternRefs(f).contains("p:actor:ديفيد هاملتون"), "\(patternRefs(f))")
        let g = Fixture.extract("وكان الجنرال ديفيد هاملتون يبحث مع القادة خطط الانتشار.", published: "2021-02-11")
        #expect(patternRefs(g).contains("p:actor:ديفيد هاملتون"), "\(patternRefs(g))")
        #expect(!patternRefs(g).contains { $0.contains("يبحث") })
    }

    @Test func aSpokespersonsNameStopsBeforeAVerb() {
        let f = Fixture.extract("وكان المتحدث باسم التحالف الكولونيل مارك رايلي يشير إلى تراجع الهجمات.", published: "2021-02-11")
        #expect(patternRefs(f).contains("p:actor:مارك رايلي"), "\(patternRefs(f))")
        #expect(!patternRefs(f).contains { $0.contains("يشير") })
    }

    @Test func aVerbWhereTheNameShouldBeMakesNoName() {
        // "قاعدة" + a verb with its object pronoun: a base the clause describes, not a named one.
        let f = Fixture.extract("ونقلت القوات معداتها إلى قاعدة تستخدمها الوحدات الخاصة قرب الحدود.", published: "2021-02-11")
        #expect(!f.entities.contains { $0.kind == .base && $0.ref.hasPrefix("p:") }, "\(patternRefs(f))")
    }

    @Test func aNegationAfterTheNameEndsIt() {
        let f = Fixture.extract("وقال العقيد جون ميرفي لم تسجل أي إصابات في صفوف القوات.", published: "2021-02-11")
        #expect(patternRefs(f).contains("p:actor:جون ميرفي"), "\(patternRefs(f))")
        #expect(!patternRefs(f).contains { $0.contains("لم") })
    }

    // MARK: a preposition's phrase

    @Test func aPrepositionAfterTheNameEndsIt() {
        let f = Fixture.extract("ووصل الجنرال كينيث ماكلين دون إعلان مسبق إلى بغداد.", published: "2021-02-11")
        #expect(patternRefs(f).contains("p:actor:كينيث ماكلين"), "\(patternRefs(f))")
        #expect(!patternRefs(f).contains { $0.contains("دون") })
    }

    @Test func aClassNounBehindAPrepositionIsNoName() {
        // The office's organisation goes on with "لحركة ...": the phrase of another body, not the holder's name.
        let f = Fixture.extract("والتقى الوفد رئيس المكتب السياسي لحركة الفجر الجديد في الدوحة.", published: "2021-02-11")
        let persons = f.entities.filter { $0.actorType == .person }.map(\.ref)
        #expect(!persons.contains { $0.contains("حركه") }, "\(persons)")
    }

    @Test func aWordWithAPrepositionAndAPossessiveIsNoBaseName() {
        let f = Fixture.extract("وانتشرت القوات في قاعدة بمحيطها حقول نفط.", published: "2021-02-11")
        #expect(!f.entities.contains { $0.kind == .base && $0.ref.hasPrefix("p:") }, "\(patternRefs(f))")
    }

    // MARK: real names of several words stay whole

    @Test func namesWhoseWordsLookLikeVerbsStayWhole() {
        // Given names that begin with an imperfect prefix (ي ت ن) or look like a perfect verb.
        let f = Fixture.extract("وقال العميد يحيى ناظم التميمي إن القوات مستعدة.", published: "2021-02-11")
        #expect(patternRefs(f).contains("p:actor:يحيي ناظم تميمي"), "\(patternRefs(f))")
        let g = Fixture.extract("وأكد المتحدث باسم التحالف العقيد تيسير نعمان الحربي أن الضربات مستمرة.", published: "2021-02-11")
        #expect(patternRefs(g).contains("p:actor:تيسير نعمان حربي"), "\(patternRefs(g))")
        let h = Fixture.extract("وقال اللواء تامر يوسف إن الطريق آمن.", published: "2021-02-11")
        #expect(patternRefs(h).contains("p:actor:تامر يوسف"), "\(patternRefs(h))")
    }

    @Test func baseAndGroupNamesOfSeveralWordsStayWhole() {
        let f = Fixture.extract("وسقطت قذيفتان على معسكر تل النخيل قرب الحدود.", published: "2021-02-11")
        #expect(patternRefs(f).contains("p:base:قاعده تل نخيل"), "\(patternRefs(f))")
        let g = Fixture.extract("وتبنت سرايا ثأر المهندس الهجوم على القاعدة.", published: "2021-02-11")
        #expect(patternRefs(g).contains("p:actor:سرايا ثار مهندس"), "\(patternRefs(g))")
    }

    // MARK: the list

    @Test func noClauseVerbIsAWordOfALexiconName() throws {
        // Every Arabic name of the lexicon, word by word, with the readings a name word is tested on.
        let lexicon = try Lexicon.loadDefault()
        var hits: [String] = []
        for entry in lexicon.entries {
            // Not the descriptive aliases, a relative clause with its verb ("التحالف الذي تقوده واشنطن").
            for name in [entry.ar] + entry.aliasesAr + entry.sharedAliases where !name.contains("الذي") && !name.contains("التي") {
                for word in ArabicFolding.normalize(name).split(separator: " ") {
                    let readings = Clitics.readings(of: String(word))
                    let first = word.unicodeScalars.first
                    for (form, stripped) in readings where stripped == 0 || stripped == 1 && (first == "و" || first == "ف") {
                        if Cues.clauseVerbs.contains(where: { $0.contains(form: form) }) { hits.append("\(name): \(word)") }
                    }
                }
            }
        }
        #expect(hits.isEmpty, "\(hits)")
    }
}
