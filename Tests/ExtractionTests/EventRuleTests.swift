import Testing
import Foundation
import GraphModel
@testable import Extraction

@Suite struct EventRuleTests: FindingQueries {

    @Test func handoverHasFromActorAndRecipient() {
        let f = Fixture.extract("سلم التحالف الدولي، اليوم الأحد، معسكر التاجي إلى قوات الأمن العراقية.", published: "2020-08-23")
        #expect(f.events.count == 1)
        let e = f.events[0]
        #expect(e.kind == .withdrawal && e.modality == .completed)
        #expect(roles(e, .from) == ["k:camp-taji"])
        #expect(roles(e, .actor) == ["k:coalition"])
        #expect(roles(e, .recipient) == ["k:iraqi-security-forces"])
        #expect(e.date?.iso == "2020-08-23" && !e.dateIsFallback)
    }

    @Test func receivingMakesTheSubjectTheRecipient() {
        let f = Fixture.extract("وتسلمت القوات العراقية قاعدة القيارة من التحالف الدولي صباح الخميس.", published: "2020-03-26")
        let e = f.events[0]
        #expect(roles(e, .recipient) == ["k:iraqi-security-forces"])
        #expect(roles(e, .actor) == ["k:coalition"])
        #expect(roles(e, .from) == ["k:qayyarah-airfield-west"] || roles(e, .from).count == 1)
    }

    @Test func attackWithClaimAttackerTargetDateAndCasualties() {
        let f = Fixture.extract("""
            سقطت ثلاثة صواريخ كاتيوشا أمس على قاعدة بلد الجوية، ما أدى إلى إصابة اثنين من الجنود.
            وأعلنت جماعة تطلق على نفسها اسم "سرايا ثأر المهندس" تبنيها للهجوم.
            """, published: "2020-01-13")
        #expect(f.events.count == 1)
        let e = f.events[0]
        #expect(e.kind == .attack && e.modality == .claimed)
        #expect(roles(e, .target) == ["k:balad-air-base"])
        #expect(roles(e, .attacker).contains { $0.hasPrefix("p:actor:") })
        #expect(e.date?.iso == "2020-01-12")
        #expect(e.wounded == 2)
        #expect(f.relations.contains { $0.relation == .claimed && $0.target == "k:balad-air-base" })
    }

    @Test func nisbaAdjectiveNamesTheAttacker() {
        let f = Fixture.extract("قتل قائد فيلق القدس قاسم سليماني بغارة أمريكية قرب مطار بغداد في 3 يناير/كانون الثاني.", published: "2020-03-20")
        let e = f.events.first { $0.kind == .attack }
        #expect(e.map { roles($0, .attacker) } == ["k:united-states"])
        #expect(e.map { roles($0, .target).contains("k:qasem-soleimani") } == true)
        #expect(e?.date?.iso == "2020-01-03")
    }

    @Test func futureCueMakesAWithdrawalPlannedWithoutAPastDate() {
        let f = Fixture.extract("سينسحب الجيش الأمريكي من قاعدة القائم في الأسابيع المقبلة.", published: "2020-03-16")
        #expect(f.events.count == 1)
        #expect(f.events[0].modality == .planned)
        #expect(f.events[0].date == nil)
    }

    @Test(arguments: [
        "تعرضت القواعد الأمريكية في العراق لأكثر من 20 هجوما صاروخيا منذ تشرين الأول.",
        "وأدى ذلك إلى تصويت البرلمان العراقي على انسحاب القوات الأجنبية من البلاد.",
        "وأكد المسؤول أن الانسحاب سيجري بشكل منظم.",
        "ولم تعلن أي جهة مسؤوليتها عن الهجمات التي استهدفت القواعد.",
        "واتهمت كتائب حزب الله الولايات المتحدة بمهاجمة مواقعها قرب الحدود السورية.",
    ])
    func notAnEvent(_ sentence: String) {
        #expect(Fixture.extract(sentence).events.isEmpty, "\(Fixture.extract(sentence).events.map { $0.trigger })")
    }

    @Test func theBaseRefersBackToTheLastBaseNamed() {
        let f = Fixture.extract("وصل الجنود إلى قاعدة عين الأسد الشهر الماضي. وأمس سقطت صواريخ على القاعدة دون إصابات.", published: "2020-03-10")
        let attack = f.events.first { $0.kind == .attack }
        #expect(attack.map { roles($0, .target) } == ["k:ain-al-asad"])
        #expect(attack?.roles.first { $0.relation == .target }?.evidence.rule == "event.attack.target")
    }

    @Test func aCompletedEventWithoutDateFallsBackToThePublicationWeek() {
        let f = Fixture.extract("وانسحبت القوات الأمريكية من قاعدة القائم.", published: "2020-03-20")
        let e = f.events[0]
        #expect(e.dateIsFallback)
        #expect(e.date?.precision == .week)
        #expect(e.date?.trace?.rule == "publication-fallback")
    }
}
