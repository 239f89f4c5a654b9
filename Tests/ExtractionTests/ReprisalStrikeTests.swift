import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Reprisal strikes told by the sites they hit and the attack they answer, and the agent phrase
/// that tells whose strike a clause reports. Sentences written for the test about other groups,
/// bases and dates.
@Suite struct ReprisalStrikeTests: FindingQueries {

    @Test func aStrikeOnSitesAGroupUsesTargetsTheGroup() {
        let f = Fixture.extract("""
            نفذت مقاتلات أميركية مساء الأحد ضربات على أربعة مواقع تستخدمها عصائب أهل الحق قرب الحدود السورية.
            """, published: "2021-06-28")
        let strike = f.events.first { $0.kind == .attack }
        #expect(strike.map { roles($0, .target) } == ["k:asaib-ahl-al-haq"])
        #expect(strike.map { roles($0, .attacker) } == ["k:united-states"])
        #expect(strike?.date?.iso == "2021-06-27")
    }

    @Test func aSiteOfAGroupWithTheClitic() {
        let f = Fixture.extract("قصفت طائرات حربية إسرائيلية مقرات لكتائب سيد الشهداء في البوكمال فجر اليوم.", published: "2019-08-25")
        let strike = f.events.first { $0.kind == .attack }
        #expect(strike.map { roles($0, .target).contains("k:kataib-sayyid-al-shuhada") } == true)
        #expect(strike.map { roles($0, .attacker) } == ["k:israel"])
    }

    @Test func aSiteWithNoOwnerAfterItGivesNoGroupTarget() {
        // The group is the one that speaks, not the owner of the sites: no site-owner word stands between.
        let f = Fixture.extract("""
            قصفت طائرات أميركية مواقع في البوكمال، وقالت كتائب سيد الشهداء إن الضربة لن تمر.
            """, published: "2019-08-25")
        #expect(!f.events.contains { roles($0, .target).contains("k:kataib-sayyid-al-shuhada") })
    }

    @Test func theAttackAStrikeAnswersIsItsOwnEventWhenToldWithItsVerbTargetAndDate() {
        let f = Fixture.extract("""
            شنت طائرات حربية أميركية فجر اليوم الخميس غارات على مخازن ومواقع تستخدمها حركة النجباء، رداً على هجوم صاروخي استهدف مساء الثلاثاء قاعدة عين الأسد الجوية.
            """, published: "2021-03-04")
        let answered = f.events.first { roles($0, .target).contains("k:ain-al-asad") }
        #expect(answered?.date?.iso == "2021-03-02")
        let strike = f.events.first { roles($0, .target).contains("k:harakat-al-nujaba") }
        #expect(strike?.date?.iso == "2021-03-04")
        #expect(f.events.filter { $0.kind == .attack }.count == 2)
    }

    @Test func aCauseNamedWithoutItsOwnDateStaysABackReference() {
        let f = Fixture.extract("""
            وقصفت طائرات أميركية مواقع لكتائب حزب الله اليوم، رداً على هجوم استهدف قاعدة التاجي.
            """, published: "2020-03-12")
        #expect(!f.events.contains { roles($0, .target).contains("k:camp-taji") })
    }

    @Test func anAgentPhraseOfAnotherDoerDoesNotDateTheAttackToldBefore() {
        let told = "وقصفت كتائب حزب الله قاعدة حرير بطائرة مسيرة."
        let f = Fixture.extract(told + " ودانت بغداد استهداف مواقع عراقية من قبل الجانب الأميركي اليوم.", published: "2022-02-09")
        let harir = f.events.first { roles($0, .target).contains("k:harir-air-base") }
        #expect(harir != nil)
        #expect(harir?.date?.trace?.rule.hasPrefix("same-event-sentence") == false)
        // Without the agent phrase the dated clause is the attack told before.
        let g = Fixture.extract(told + " ودانت بغداد استهداف مواقع عراقية اليوم.", published: "2022-02-09")
        #expect(g.events.first { roles($0, .target).contains("k:harir-air-base") }?.date?.trace?.rule.hasPrefix("same-event-sentence") == true)
    }
}
