import Testing
import GraphModel
@testable import Extraction

/// Relative days with a weekday or an explicit date beside them, days of "the month", and
/// deadlines at the end of a year. Publication is Thursday 26 March 2020 unless told.
@Suite struct DateAppositionTests {
    static let weekdayCases: [ExpectedDate] = [
        // The weekday agrees with the count: the same day.
        .init("غادر الرتل أول من أمس الثلاثاء", "أول من أمس الثلاثاء", "2020-03-24", "relative.awwal-ams"),
        // It does not: the weekday wins, on its day nearest to the count.
        .init("سقطت الصواريخ مساء أول أمس الاثنين", "مساء أول أمس الاثنين", "2020-03-23", "relative.awwal-ams"),
        .init("وقع الانفجار أمس الأول الاثنين قرب البوابة", "أمس الأول الاثنين", "2020-03-23", "relative.awwal-ams"),
        .init("انفجرت العبوة فجر أول أمس الأربعاء", "فجر أول أمس الأربعاء", "2020-03-25", "relative.awwal-ams"),
        // An explicit date after the weekday decides.
        .init("استهدف صاروخ المطار أمس الثلاثاء 17 آذار 2020", "أمس الثلاثاء 17 آذار 2020", "2020-03-17", "explicit.day-month-year"),
        .init("أعلنت القيادة اليوم الخميس 19 آذار/مارس 2020 انتهاء المهمة", "اليوم الخميس 19 آذار/مارس 2020", "2020-03-19", "explicit.day-month-year"),
        .init("هوجمت القاعدة أول أمس الاثنين 16 آذار", "أول أمس الاثنين 16 آذار", "2020-03-16", "relative.day-month"),
    ]

    @Test(arguments: weekdayCases) func relativeDayWithWeekday(_ c: ExpectedDate) { expectSingle(c) }

    static let monthCases: [ExpectedDate] = [
        .init("وتسلم الجيش القاعدة في الحادي عشر من الشهر", "الحادي عشر من الشهر", "2020-03-11", "relative.day-current-month"),
        .init("وفي 23 من الشهر، غادرت القوات المعسكر", "23 من الشهر", "2020-03-23", "relative.day-current-month"),
        // Told as done but after publication: the month before; with a future cue, this month.
        .init("وانسحبت القوات في 28 من الشهر", "28 من الشهر", "2020-02-28", "relative.day-current-month"),
        .init("ستنسحب القوات في 28 من الشهر", "28 من الشهر", "2020-03-28", "relative.day-current-month"),
    ]

    @Test(arguments: monthCases) func dayOfTheMonth(_ c: ExpectedDate) { expectSingle(c) }

    @Test func theMonthQualifiedIsNotTheCurrentMonth() {
        // "ذاته" refers to the month told before (read by the event layer), "الفضيل" names a month.
        #expect(DateResolver(publication: thursday26March2020).mentions(in: "ثم سلمت القاعدة في 19 من الشهر ذاته").isEmpty)
        #expect(DateResolver(publication: thursday26March2020).mentions(in: "وصل الوفد في العاشر من الشهر الفضيل").isEmpty)
    }

    static let deadlineCases: [ExpectedDate] = [
        .init("ستنسحب القوات بحلول نهاية 2021", "نهاية 2021", "2021-12", "explicit.deadline-year-end"),
        .init("ستنسحب القوات القتالية قبل نهاية العام", "نهاية العام", "2020-12", "relative.deadline-year-end"),
        .init("تبقى القوات حتى نهاية العام المقبل", "نهاية العام المقبل", "2021-12", "relative.deadline-year-end"),
        .init("ويكتمل الانسحاب قبل نهاية هذا العام", "نهاية هذا العام", "2020-12", "relative.deadline-year-end"),
        // Not a deadline: the part keeps the year's precision.
        .init("وصلت القوات في نهاية 2019", "نهاية 2019", "2019", "explicit.year"),
        .init("غادرت القوات أواخر 2019", "أواخر 2019", "2019", "explicit.year"),
    ]

    @Test(arguments: deadlineCases) func deadlineAtTheEndOfAYear(_ c: ExpectedDate) { expectSingle(c) }
}
