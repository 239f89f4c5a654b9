import Testing
import Foundation
import GraphModel
@testable import Extraction

@Suite struct EntityRecognitionTests {
    func keys(_ f: DocumentFindings) -> Set<String> { Set(f.entities.compactMap(\.key)) }

    @Test func matchesLexiconNamesThroughClitics() {
        let f = Fixture.extract("وصلت تعزيزات للقوات الأمريكية وبقاعدة عين الأسد، وقال الحشد الشعبي إن كتائب حزب الله لم تشارك.")
        #expect(keys(f).isSuperset(of: ["us-forces", "ain-al-asad", "pmf", "kataib-hezbollah"]))
        // Longest match: كتائب حزب الله, not Lebanese Hezbollah inside it.
        #expect(!keys(f).contains("hezbollah"))
        // Evidence is the original text, without the clitics read off.
        let us = f.entities.first { $0.key == "us-forces" }!
        #expect(us.evidence[0].text.hasSuffix("الأمريكية") && !us.evidence[0].text.hasPrefix("ل"))
    }

    @Test func commonWordsAndSharedNamesNeedContext() {
        let f = Fixture.extract("يعاني البلد من أزمة، وعاد إلى بلد آخر دون تقدم يذكر.")
        #expect(keys(f).isEmpty)
        let g = Fixture.extract("سقطت صواريخ على قاعدة بلد الجوية.")
        #expect(keys(g) == ["balad-air-base"])
    }

    @Test func findsBasesGroupsAndPersonsNoLexiconLists() {
        let f = Fixture.extract("""
            تبنت سرايا ثأر المهندس قصف معسكر الصقر جنوب بغداد.
            وقال المتحدث باسم التحالف الدولي العقيد واين ماروتو إن الهجوم لم يسفر عن إصابات.
            """)
        let patterns = f.entities.filter { $0.key == nil }
        #expect(patterns.contains { $0.kind == .base && $0.surfaces.first == "معسكر الصقر" })
        #expect(patterns.contains { $0.actorType == .armedGroup && $0.surfaces.first == "سرايا ثأر المهندس" })
        #expect(patterns.contains { $0.actorType == .person && $0.surfaces.first == "واين ماروتو" })
        #expect(f.relations.contains { $0.relation == .spokespersonOf && $0.target == "k:coalition" })
        // Titles and generic nouns are not names.
        #expect(!patterns.contains { $0.surfaces.contains { $0.contains("العقيد") || $0 == "القاعدة" } })
    }

    @Test func feminineAndOfficialSpokespersonFormsFindThePerson() {
        for text in ["وقالت المتحدثة باسم التحالف الدولي سارة هولمز إن التدريب مستمر.",
                     "وأوضحت المتحدثة الرسمية باسم التحالف الدولي سارة هولمز أن القوات باقية.",
                     "وقال المتحدث الرسمي باسم التحالف الدولي سارة هولمز إن القوات باقية."] {
            let f = Fixture.extract(text)
            let person = f.entities.first { $0.actorType == .person && $0.surfaces.contains("سارة هولمز") }
            #expect(person?.evidence.first?.rule == "pattern.person.spokesperson", "\(text)")
            #expect(f.relations.contains { $0.relation == .spokespersonOf && $0.source == person?.ref && $0.target == "k:coalition" }, "\(text)")
        }
    }

    @Test func staffRankQualifierIsNotTheName() {
        for (text, name) in [("وقال اللواء الركن سالم الجبوري إن القوات جاهزة.", "سالم الجبوري"),
                             ("وصل الفريق الركن كريم الحمداني إلى القاعدة.", "كريم الحمداني"),
                             ("وأكد العميد الركن حامد الدليمي أن الهجوم فشل.", "حامد الدليمي")] {
            let f = Fixture.extract(text)
            let persons = f.entities.filter { $0.actorType == .person }
            #expect(persons.contains { $0.surfaces.first == name && $0.evidence.first?.rule == "pattern.person.title" }, "\(text)")
            #expect(!persons.contains { $0.surfaces.contains { $0.contains("الركن") } }, "\(text)")
        }
    }

    @Test func spellingVariantsMergeOnlyWithSharedContext() {
        let a = Fixture.article("وقال المتحدث باسم التحالف الدولي العقيد واين ماروتو إن القوات انسحبت.", published: "2021-02-16", document: "a.txt")
        let b = Fixture.article("وأكد المتحدث باسم التحالف الدولي العقيد وين ماروطو أن الهجوم فشل.", published: "2021-02-17", document: "b.txt")
        let c = Fixture.article("وقال اللواء يحيى رسول إن قواتنا جاهزة.", published: "2021-02-17", document: "c.txt")
        let d = Fixture.article("ورحب الشيخ يحيى رسولي بالقرار.", published: "2021-02-17", document: "d.txt")
        let g = Fixture.graph([a, b, c, d])
        let persons = g.nodes.filter { $0.actorType == .person }
        let marotto = persons.filter { $0.allNames.contains("واين ماروتو") || $0.allNames.contains("وين ماروطو") }
        #expect(marotto.count == 1)
        #expect(marotto.first?.sources == ["a.txt", "b.txt"])
        // Same skeleton, but different titles and no shared organisation: two people.
        #expect(persons.filter { $0.allNames.contains { $0.hasPrefix("يحيى") } }.count == 2)
    }

    @Test func emphaticVariantsMergeOnlyWithSharedContext() {
        // ماتيوز / ماطيوس differ in ت/ط and ز/س: one letter apart once ط reads as ت.
        let a = Fixture.article("وقال المتحدث باسم التحالف الدولي العقيد جون ماتيوز إن القوات انسحبت.", published: "2021-02-16", document: "a.txt")
        let b = Fixture.article("وأكد العقيد جون ماطيوس أن الهجوم فشل.", published: "2021-02-17", document: "b.txt")
        let c = Fixture.article("وقال اللواء جون ماتيوز إن قواتنا جاهزة.", published: "2021-02-17", document: "c.txt")
        let d = Fixture.article("ورحب الشيخ جون ماطيوس بالقرار.", published: "2021-02-17", document: "d.txt")
        let same = Fixture.graph([a, b]).nodes.filter { $0.actorType == .person && $0.allNames.contains { $0.hasPrefix("جون") } }
        #expect(same.count == 1)
        #expect(same.first?.sources == ["a.txt", "b.txt"])
        // Same skeleton, different titles, no shared organisation: two people.
        let apart = Fixture.graph([c, d]).nodes.filter { $0.actorType == .person && $0.allNames.contains { $0.hasPrefix("جون") } }
        #expect(apart.count == 2)
    }

    @Test func surnameAloneAfterASayingVerbIsTheSamePerson() {
        let f = Fixture.extract("وقال المتحدث باسم التحالف الدولي العقيد واين ماروتو إن القوات باقية. وأضاف ماروتو أن التدريب مستمر.")
        let marotto = f.entities.first { $0.surfaces.contains("واين ماروتو") }
        #expect(marotto?.evidence.count == 2)
        #expect(marotto?.evidence.contains { $0.rule == "coreference.surname" } == true)
    }
}

@Suite struct LexiconRelationTests {
    let text = "وقالت كتائب حزب الله في بيان إنها مستعدة. وفي سياق آخر، أصدرت هيئة الحشد الشعبي بيانا."

    @Test func affiliationsNeedTheTextUnlessAskedFor() {
        let article = Fixture.article(text, published: "2020-03-20")
        let plain = Fixture.graph([article])
        // Both named, but never in one sentence: no edge from background knowledge alone.
        #expect(!plain.hasRelation("kataib-hezbollah", .partOf, "pmf"))
        var merger = CorpusMerger(gazetteer: Fixture.gazetteer, options: ExtractionOptions(withLexiconRelations: true))
        merger.add(Fixture.extractor.extract(article))
        let all = merger.graph()
        let edge = all.edges.first { $0.relation == .partOf && $0.source == "actor-kataib-hezbollah" && $0.target == "actor-pmf" }
        #expect(edge?.evidence.first?.rule == "relation.lexicon")
    }

    @Test func oneSentenceNamingBothIsEnough() {
        let g = Fixture.graph([Fixture.article("وتعد كتائب حزب الله من أبرز فصائل الحشد الشعبي.", published: "2020-03-20")])
        let found = g.hasRelation("kataib-hezbollah", .partOf, "pmf")
        #expect(found)
    }
}
