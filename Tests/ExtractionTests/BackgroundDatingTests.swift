import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Attacks told in the background of an article, months or years back: they keep the period
/// their text gives (a month, a year) and never take the article's own week. Sentences written for
/// the test about other attacks (rockets on Ain al-Asad in January 2019, Camp Taji in 2017, the
/// mortars on the Green Zone of September 2019, the killing of a commander before a vote).
@Suite struct BackgroundDatingTests: FindingQueries {

    @Test func anAttackToldWithAMonthOrAYearKeepsThatPrecision() {
        let f = Fixture.extract("""
            وكانت قاعدة عين الأسد قد تعرضت لقصف صاروخي في كانون الثاني/يناير الماضي، كما تعرضت قاعدة التاجي لهجوم عام 2017.
            """, published: "2020-01-20")
        let asad = f.events.first { roles($0, .target).contains("k:ain-al-asad") }
        #expect(asad?.date?.iso == "2019-01")
        let taji = f.events.first { roles($0, .target).contains("k:camp-taji") }
        #expect(taji?.date?.iso == "2017")
        // After تعرض the base of the next clause is no object of the first attack.
        #expect(asad.map { roles($0, .target) } == ["k:ain-al-asad"])
    }

    @Test func aWhenClauseTakesTheDateOfTheAttackItTells() {
        let f = Fixture.extract("""
            وتعرضت المنطقة الخضراء لهجوم في أيلول/سبتمبر 2019، عندما سقطت ثلاث قذائف هاون قرب السفارة الأمريكية.
            """, published: "2020-01-20")
        let mortars = f.events.first { roles($0, .target).contains("k:us-embassy-baghdad") }
        #expect(mortars?.date?.iso == "2019-09")
        #expect(mortars?.dateIsFallback == false)
    }

    @Test func aBackgroundKillingBeforeAMonthDatedEventTakesItsMonth() {
        let f = Fixture.extract("""
            وتطالب الفصائل بخروج القوات تنفيذا لقرار البرلمان الصادر في تشرين الثاني/نوفمبر الماضي، عقب مقتل القيادي أبو علي البصري بضربة أمريكية قرب مطار بغداد.
            """, published: "2020-01-20")
        let strike = f.events.first { $0.kind == .attack }
        #expect(strike?.date?.iso == "2019-11")
        #expect(strike?.date?.trace?.rule.hasPrefix("period-of-event-following") == true)
        // A day-dated event before it dates nothing: the killing may have been days earlier.
        let day = Fixture.extract("""
            وتطالب الفصائل بخروج القوات تنفيذا لقرار البرلمان الصادر في 5 كانون الثاني/يناير 2020، عقب مقتل القيادي أبو علي البصري بضربة أمريكية قرب مطار بغداد.
            """, published: "2020-01-20")
        #expect(day.events.first { $0.kind == .attack }?.date == nil)
    }

    @Test func whereTheRocketsFellIsHitToo() {
        let f = Fixture.extract("""
            استهدفت صواريخ قاعدة حرير الجوية فجر الأحد وسقط أحدها قرب القنصلية الفرنسية.
            """, published: "2021-02-15")
        let attack = f.events.first { $0.kind == .attack }
        #expect(attack.map { roles($0, .target) } == ["k:harir-air-base", "p:place:قنصليه فرنسيه"])
    }
}

/// A town named with its class word after a time phrase is the object of the verb of targeting.
@Suite struct ObjectTownTests: FindingQueries {
    @Test func aTownAfterATimePhraseIsTheTarget() {
        let f = Fixture.extract("قصفت طائرة مسيرة ظهر الأربعاء مدينة زاخو في محافظة دهوك.", published: "2022-07-21")
        #expect(f.events.first.map { roles($0, .target).contains("k:zakho") } == true)
    }

    @Test func aTownAfterInOnlyLocates() {
        let f = Fixture.extract("استهدف صاروخ فجر الأحد في مدينة زاخو مقرا لحزب العمال الكردستاني.", published: "2022-07-21")
        #expect(f.events.first.map { roles($0, .target).contains("k:zakho") } == false)
    }
}
