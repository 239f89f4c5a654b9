import Testing
import GraphModel
@testable import Extraction

/// "وفي الثامن من الشهر ذاته": a day of the month named in the sentence or the two before it
/// (Events/EventToldMonth.swift). Sentences written for the test, about other bases and dates
/// than any corpus article.
@Suite struct ToldMonthAcrossSentencesTests: FindingQueries {
    private func attacks(_ f: DocumentFindings) -> [FoundEvent] { f.events.filter { $0.kind == .attack } }


    @Test func anOrdinalDayOfTheMonthToldInTheSentenceBefore() {
        let f = Fixture.extract("""
            وكانت قاعدة عين الأسد قد تعرضت في 5 من الشهر الجاري لقصف صاروخي لم تتبنه أي جهة.

            وفي الحادي عشر من الشهر ذاته، استهدفت طائرة مسيرة مطار أربيل الدولي.
            """, published: "2021-07-20")
        let erbil = attacks(f).first { roles($0, .target).contains("k:erbil-air-base") || roles($0, .target).contains("k:erbil-international-airport") }
        #expect(erbil?.date?.iso == "2021-07-11")
        #expect(erbil?.date?.trace?.rule == "same-month-as-previous")
    }

    @Test func aDayInDigitsAndATensOrdinal() {
        let f = Fixture.extract("""
            انسحبت القوات الفرنسية من قاعدة حرير في 2 آذار الماضي.
            وفي 14 من الشهر نفسه سقطت صواريخ على معسكر التاجي. وفي الثالث والعشرين من الشهر نفسه سقطت صواريخ على قاعدة بلد الجوية.
            """, published: "2020-05-10")
        let byTarget = Dictionary(uniqueKeysWithValues: attacks(f).flatMap { e in roles(e, .target).map { ($0, e.date?.iso) } })
        #expect(byTarget["k:camp-taji"] == "2020-03-14")
        #expect(byTarget["k:balad-air-base"] == "2020-03-23")
    }

    @Test func noMonthToldOrAnOrdinalOfAPeriodIsNoDay() {
        // Nothing told before: "من الشهر ذاته" refers to nothing, and the attack takes no day from it.
        let alone = Fixture.extract("وفي الثامن من الشهر ذاته، سقطت صواريخ على معسكر التاجي.", published: "2020-05-10")
        #expect(attacks(alone).first?.date?.trace?.rule != "same-month-as-previous")
        // "الأسبوع الثالث من الشهر ذاته" counts weeks, not days.
        let week = Fixture.extract("""
            انسحبت القوات الفرنسية من قاعدة حرير في 2 آذار الماضي.
            وخلال الأسبوع الثالث من الشهر ذاته سقطت صواريخ على معسكر التاجي.
            """, published: "2020-05-10")
        #expect(attacks(week).first?.date?.trace?.rule != "same-month-as-previous")
    }
}
