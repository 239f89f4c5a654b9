import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Claims denied by a negation or made only of blame, killings told as background, and dates of
/// a "since" phrase. Sentences written for the test about other groups, bases and dates.
@Suite struct ClaimAndBackgroundTests: FindingQueries {

    @Test func aSentenceSayingNobodyClaimedTheAttackNamesNoClaimant() {
        let f = Fixture.extract("""
            واستهدفت صواريخ قاعدة حرير فجر اليوم. ولم تعلن أي جهة على الفور مسؤوليتها عن الهجوم، لكن عصائب أهل الحق تتبنى منذ أشهر هجمات على القوات الأميركية.
            """, published: "2021-07-06")
        let attack = f.events.first { roles($0, .target).contains("k:harir-air-base") }
        #expect(attack != nil)
        #expect(attack.map { roles($0, .attacker) } == [])
        #expect(attack?.modality == .completed)
    }

    @Test func aClaimAfterTheNegatedOneStillCountsInItsOwnSentence() {
        let f = Fixture.extract("""
            واستهدفت صواريخ قاعدة حرير فجر اليوم. وتبنت عصائب أهل الحق الهجوم في بيان.
            """, published: "2021-07-06")
        #expect(f.events.first { roles($0, .target).contains("k:harir-air-base") }.map { roles($0, .attacker) } == ["k:asaib-ahl-al-haq"])
    }

    @Test func blameIsNoClaim() {
        let f = Fixture.extract("واستهدفت صواريخ قاعدة حرير فجر اليوم. وقالت بغداد إن طهران حمّلت إسرائيل مسؤوليته.", published: "2021-07-06")
        let attack = f.events.first { roles($0, .target).contains("k:harir-air-base") }
        #expect(attack?.modality == .completed)
        #expect(!f.relations.contains { $0.relation == .claimed })
    }

    @Test func aKillingAfterBaadIsBackgroundAndDoesNotTakeTheBase() {
        let f = Fixture.extract("""
            استهدفت صواريخ قاعدة حرير مساء أمس، وسط توتر متصاعد بعد اغتيال القيادي أبو علي البصري في بغداد الخميس الماضي.
            """, published: "2021-03-12")
        let onBase = f.events.filter { roles($0, .target).contains("k:harir-air-base") }
        #expect(onBase.count == 1)
        #expect(onBase.first?.date?.iso == "2021-03-11")
    }

    @Test func aDateInsideASincePhraseIsNotTheEventsDate() {
        let f = Fixture.extract("""
            وهذا هو الهجوم الأول على قاعدة حرير منذ إعلان الفصائل، الشهر الماضي، هدنة مع واشنطن.
            """, published: "2021-03-12")
        #expect(!f.events.contains { $0.date?.iso == "2021-02" })
        // "منذ 30 أيلول الماضي، حين ..." still dates the event of the حين clause.
        let g = Fixture.extract("وتوقفت الهجمات منذ 30 أيلول الماضي، حين سقطت صواريخ على قاعدة حرير.", published: "2020-11-12")
        #expect(g.events.contains { $0.date?.iso == "2020-09-30" })
    }
}
