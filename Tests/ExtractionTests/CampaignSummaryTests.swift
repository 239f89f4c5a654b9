import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Rockets at a stated distance from a site hit it; attacks told as kinds ("هجمات مماثلة", "هجمات
/// شبه يومية") or as examples of a campaign ("ومنها هجمات على قاعدة X") are no single event, and a
/// claim of the campaign reaches the bases of its examples. Sentences written for the test.
@Suite struct CampaignSummaryTests: FindingQueries {

    @Test func rocketsAtAStatedDistanceFromABaseHitIt() {
        let f = Fixture.extract("وسقطت ثلاثة صواريخ على بعد نحو 500 متر من قاعدة عين الأسد الجوية فجر الثلاثاء.", published: "2021-02-25")
        let a = f.events.first { $0.kind == .attack }
        #expect(a.map { roles($0, .target) } == ["k:ain-al-asad"])
        #expect(a?.date?.iso == "2021-02-23")
    }

    @Test func aDistanceWithoutProjectilesOnlyLocates() {
        let f = Fixture.extract("وتقع قاعدة بلد الجوية على بعد 80 كيلومتراً من بغداد.", published: "2021-02-25")
        #expect(f.events.isEmpty)
    }

    @Test func similarAndNearDailyAttacksAreKindsNotEvents() {
        let f = Fixture.extract("""
            وتنسب واشنطن عادة هجمات مماثلة على قاعدة حرير الجوية إلى فصائل مسلحة.
            وتتعرض القوات الأميركية في قاعدة التاجي لهجمات شبه يومية بالصواريخ.
            """, published: "2021-02-25")
        #expect(!f.events.contains { $0.kind == .attack })
    }

    @Test func examplesOfAClaimedCampaignAreClaimedBasesButNoEvent() {
        let f = Fixture.extract("""
            وتتبنى معظم هذه الهجمات كتائب سيد الشهداء، ومنها هجمات على معسكر التاجي وعلى قاعدة بلد الجوية.
            """, published: "2021-02-25")
        #expect(!f.events.contains { $0.kind == .attack })
        #expect(relations(f, .claimed) == ["k:kataib-sayyid-al-shuhada k:camp-taji", "k:kataib-sayyid-al-shuhada k:balad-air-base"])
    }

    @Test func anExampleWithItsOwnDateIsAnEvent() {
        let f = Fixture.extract("""
            وتعرضت القاعدة لهجمات عدة، منها هجمات على قاعدة بلد الجوية في 12 كانون الثاني الماضي.
            """, published: "2021-02-25")
        #expect(f.events.contains { $0.kind == .attack && roles($0, .target).contains("k:balad-air-base") })
    }
}

/// "قبل ذلك بخمسة أيام" counts back from the event told before; a base named to place another
/// ("المجاورة لمطار X") is not left with it. Sentences written for the test.
@Suite struct CountedBackAndLandmarkTests: FindingQueries {

    @Test func daysBeforeThatCountBackFromTheEventToldBefore() {
        let f = Fixture.extract("""
            وقتلت غارة أميركية قياديا في كتائب سيد الشهداء قرب معسكر التاجي في 14-3-2020. وكانت الولايات المتحدة قد شنت قبل ذلك بثلاثة أيام غارات على مواقع للكتائب في القائم.
            """, published: "2020-03-20")
        let qaim = f.events.first { $0.kind == .attack && $0.roles.contains { $0.ref == "k:al-qaim" } }
        #expect(qaim?.date?.iso == "2020-03-11")
        #expect(qaim?.date?.trace?.rule.hasPrefix("days-before-event") == true)
        let g = Fixture.extract("""
            وسقطت صواريخ على قاعدة بلد الجوية في 10 آذار 2020. وقبلها بيومين سقطت قذائف على معسكر التاجي.
            """, published: "2020-03-20")
        #expect(g.events.first { roles($0, .target).contains("k:camp-taji") }?.date?.iso == "2020-03-08")
    }

    @Test func anEventToldAfterAFewDaysKeepsItsOwnDate() {
        // "بعد أيام قليلة من X": X is the earlier event, dated by its own words, not by the day named before it.
        let f = Fixture.extract("""
            ويأتي قصف الأربعاء بعد أيام قليلة من سقوط قذائف هاون على معسكر التاجي مساء الأحد الماضي.
            """, published: "2020-03-20")
        #expect(f.events.first { roles($0, .target).contains("k:camp-taji") }?.date?.iso == "2020-03-15")
    }

    @Test func aBaseNamedToPlaceAnotherIsNotLeft() {
        let f = Fixture.extract("""
            وأوضح المصدر أن الانسحاب يشمل قاعدة التاجي وقاعدة بلد الجوية القريبة من مطار بلد، إذ تغادرهما القوات خلال أيام.
            """, published: "2021-03-20")
        let left = Set(f.events.filter { $0.kind == .withdrawal }.flatMap { roles($0, .from) })
        #expect(left.contains("k:camp-taji"))
        #expect(left.contains("k:balad-air-base"))
        #expect(!left.contains { $0.contains("airport") })
    }
}
