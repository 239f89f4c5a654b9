import Testing
import Foundation
import GraphModel
@testable import Extraction

/// One attack told among words about many: the singular accusative "هجوماً", and the attack that
/// "القاعدة" refers back to. Sentences written for the test about other groups, bases and dates.
@Suite struct SingleAttackTests: FindingQueries {

    @Test func anAttackInTheAccusativeIsOneAttackEvenWithAPeriodAfterIt() {
        // "منذ مطلع العام" bounds "أعنف الهجمات", not the attack claimed.
        let f = Fixture.extract("""
            تبنت عصائب أهل الحق هجوماً بطائرة مسيرة استهدف فجر اليوم الأربعاء قاعدة حرير الجوية، في أعنف الهجمات على القاعدة منذ مطلع العام.
            """, published: "2022-03-09")
        let attack = f.events.first { roles($0, .target).contains("k:harir-air-base") }
        #expect(attack?.kind == .attack)
        #expect(attack?.date?.iso == "2022-03-09")
    }

    @Test func attacksCountedOverAPeriodStayASummary() {
        let f = Fixture.extract("ونفذت الفصائل 25 هجوما على قاعدة حرير الجوية منذ مطلع العام.", published: "2022-03-09")
        #expect(!f.events.contains { $0.kind == .attack })
    }

    @Test func aWeekdayWithADayInWordsTakesThatDay() {
        let found = DateResolver(publication: thursday26March2020).mentions(in: "سقطت قذائف هاون على المعسكر الأحد الخامس عشر من الشهر الجاري")
        #expect(found.map(\.text) == ["الأحد الخامس عشر من الشهر الجاري"])
        #expect(found.first?.date?.iso == "2020-03-15")
        #expect(found.first?.rule == "relative.day-current-month")
    }

    @Test func theLastOfTheAttacksToldBeforeIsTheAttackTheClauseAfterTheCommaTells() {
        let f = Fixture.extract("""
            وتعرضت قاعدة التاجي لثلاث هجمات منذ مطلع الشهر. وفي آخر هذه الهجمات، سقطت قذائف هاون على القاعدة فجر الأحد.
            """, published: "2020-03-26")
        let last = f.events.first { $0.kind == .attack && roles($0, .target).contains("k:camp-taji") }
        #expect(last?.date?.iso == "2020-03-22")
    }

    @Test func thatCameDaysAfterAnAttackDatesTheAttackBackFromTheEventBefore() {
        let f = Fixture.extract("""
            وسقطت صواريخ على قاعدة التاجي مساء الأحد 22 آذار. وجاء ذلك بعد يومين من استهداف قاعدة عين الأسد بصواريخ مماثلة.
            """, published: "2020-03-26")
        let earlier = f.events.first { roles($0, .target).contains("k:ain-al-asad") }
        #expect(earlier?.date?.iso == "2020-03-20")
        #expect(earlier?.date?.trace?.rule == "offset-before-event")
    }

    @Test func theBaseRefersBackToABaseNotToAnAirportNamedSince() {
        let f = Fixture.extract("""
            وتعرضت قاعدة حرير لهجوم صاروخي الأحد. وسقط صاروخ قرب مطار الموصل أمس. وكان جنديان قد أصيبا في هجوم صاروخي على القاعدة في شباط الماضي.
            """, published: "2020-03-26")
        let february = f.events.first { $0.date?.iso == "2020-02" }
        #expect(february.map { roles($0, .target) } == ["k:harir-air-base"])
    }

    @Test func aSeriesOfAttacksIsASummary() {
        let f = Fixture.extract("""
            ولم تعلن أي جهة مسؤوليتها عن الانفجار، الذي يأتي ضمن سلسلة هجمات مماثلة على قاعدة فكتوريا قرب مطار بغداد.
            """, published: "2020-03-26")
        #expect(!f.events.contains { $0.kind == .attack && roles($0, .target).contains("k:camp-victory") })
    }
}
