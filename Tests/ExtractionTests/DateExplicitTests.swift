import Testing
import GraphModel
@testable import Extraction

@Suite struct DateExplicitTests {
    static let dayMonthYearCases: [ExpectedDate] = [
        .init("أعلنت الوزارة في 5 شباط 2019 بدء العملية", "5 شباط 2019", "2019-02-05", "explicit.day-month-year"),
        .init("وصل الوفد يوم ١٢ أيار ٢٠١٨ إلى أربيل", "١٢ أيار ٢٠١٨", "2018-05-12", "explicit.day-month-year"),
        .init("جرى التوقيع في 9 يونيه 2016 ببغداد", "9 يونيه 2016", "2016-06-09", "explicit.day-month-year"),
        .init("غادرت آخر قافلة في 31 كانون الأول 2011", "31 كانون الأول 2011", "2011-12-31", "explicit.day-month-year"),
        .init("تظاهر الآلاف في 15 تشرين ثاني 2019", "15 تشرين ثاني 2019", "2019-11-15", "explicit.day-month-year"),
        .init("سقط صاروخ في 29 فبراير 2016 قرب المطار", "29 فبراير 2016", "2016-02-29", "explicit.day-month-year"),
        .init("بدأت العملية في 3 آذار/مارس 2020 فجرا", "3 آذار/مارس 2020", "2020-03-03", "explicit.day-month-year"),
        .init("أكدت الخلية (٢٢ نيسان ٢٠٢٠) أن الهجوم فشل", "٢٢ نيسان ٢٠٢٠", "2020-04-22", "explicit.day-month-year"),
        .init("دخل التنظيم المدينة في 1 أغسطس/آب 2014", "1 أغسطس/آب 2014", "2014-08-01", "explicit.day-month-year"),
        .init("حدث ذلك في ۷ اکتوبر ۲۰۲۳", "۷ اکتوبر ۲۰۲۳", "2023-10-07", "explicit.day-month-year"),
        .init("في 14 إبريل 2018 قصفت الطائرات", "14 إبريل 2018", "2018-04-14", "explicit.day-month-year"),
        .init("في 20 يوليه 2017 أعلن الجيش", "20 يوليه 2017", "2017-07-20", "explicit.day-month-year"),
        .init("انتهت المهمة في 9 ديسمبر/ كانون أول 2017", "9 ديسمبر/ كانون أول 2017", "2017-12-09", "explicit.day-month-year"),
        .init("في 2 أيلول من عام 2019 هاجم مسلحون", "2 أيلول من عام 2019", "2019-09-02", "explicit.day-month-year"),
        .init("وأعلن الاثنين 6 كانون الثاني 2020 عن", "الاثنين 6 كانون الثاني 2020", "2020-01-06", "explicit.day-month-year"),
        .init("أفاد بيان صدر الخميس (19 مارس 2020) بأن", "الخميس (19 مارس 2020)", "2020-03-19", "explicit.day-month-year"),
        .init("في 10 مايس 2003 دخلت القوات", "10 مايس 2003", "2003-05-10", "explicit.day-month-year"),
        .init("صدر القرار الخميس الموافق 19 آذار 2020", "الخميس الموافق 19 آذار 2020", "2020-03-19", "explicit.day-month-year"),
        .init("وقع الاتفاق في 5 جويلية 2019", "5 جويلية 2019", "2019-07-05", "explicit.day-month-year"),
        .init("US soldiers depart on 18 December 2011 from the base", "18 December 2011", "2011-12-18", "explicit.day-month-year"),
        .init("The last convoy left on December 18, 2011.", "December 18, 2011", "2011-12-18", "explicit.day-month-year"),
    ]

    @Test(arguments: dayMonthYearCases) func dayMonthYear(_ c: ExpectedDate) { expectSingle(c) }

    static let numericCases: [ExpectedDate] = [
        .init("نشر بتاريخ 2019/12/29 على الموقع", "2019/12/29", "2019-12-29", "explicit.numeric"),
        .init("تحديث 20/3/2020", "20/3/2020", "2020-03-20", "explicit.numeric"),
        .init("آخر تحديث: 2020-03-20", "2020-03-20", "2020-03-20", "explicit.numeric"),
        .init("الموافق 05.01.2020 حسب البيان", "05.01.2020", "2020-01-05", "explicit.numeric"),
        .init("ذكر تقرير مؤرخ 3/20/2020 أن", "3/20/2020", "2020-03-20", "explicit.numeric"),
        .init("٢٠٢٠.٠٣.٢٠ - ١٢:٢٨", "٢٠٢٠.٠٣.٢٠", "2020-03-20", "explicit.numeric"),
        .init("أعلن الجيش الأحد 29/3/2020 تسلم القاعدة", "الأحد 29/3/2020", "2020-03-29", "explicit.numeric"),
        .init("تاريخ النشر: 20 / 03 / 2020", "20 / 03 / 2020", "2020-03-20", "explicit.numeric"),
        .init("صدر البيان الجمعة 20 / 03 / 2020", "الجمعة 20 / 03 / 2020", "2020-03-20", "explicit.numeric"),
        .init("آخر تحديث 2020 - 03 - 20 الساعة 10", "2020 - 03 - 20", "2020-03-20", "explicit.numeric"),
    ]

    @Test(arguments: numericCases) func numeric(_ c: ExpectedDate) { expectSingle(c) }

    static let monthYearCases: [ExpectedDate] = [
        .init("استعادت القوات المدينة في نوفمبر 2017", "نوفمبر 2017", "2017-11", "explicit.month-year"),
        .init("وقعت المعارك خلال شهر حزيران 2014", "شهر حزيران 2014", "2014-06", "explicit.month-year"),
        .init("تصاعدت الهجمات منذ أكتوبر/تشرين الأول 2019", "أكتوبر/تشرين الأول 2019", "2019-10", "explicit.month-year"),
        .init("انسحبت القوات في تموز من عام 2017", "تموز من عام 2017", "2017-07", "explicit.month-year"),
        .init("وصلت التعزيزات في كانون الثاني/يناير ٢٠٢٠", "كانون الثاني/يناير ٢٠٢٠", "2020-01", "explicit.month-year"),
        .init("تغير المزاج في نهاية ديسمبر 2018", "نهاية ديسمبر 2018", "2018-12", "explicit.month-year"),
        .init("وقعت الحادثة في آب 2016", "آب 2016", "2016-08", "explicit.month-year"),
    ]

    @Test(arguments: monthYearCases) func monthYear(_ c: ExpectedDate) { expectSingle(c) }

    static let yearsCases: [ExpectedDate] = [
        .init("سيطر التنظيم على المدينة عام 2014", "عام 2014", "2014", "explicit.year"),
        .init("دخلت القوات في العام 2003", "العام 2003", "2003", "explicit.year"),
        .init("في 2014 سيطر التنظيم على القائم", "2014", "2014", "explicit.year"),
        .init("تعمل القاعدة منذ عام ٢٠٠٣", "عام ٢٠٠٣", "2003", "explicit.year"),
        .init("يكتمل الانسحاب بحلول 2021", "2021", "2021", "explicit.year"),
        .init("قال إنه في عام \"2018 كان الوضع مختلفا", "عام \"2018", "2018", "explicit.year"),
        .init("تراجعت الهجمات نهاية العام 2017", "نهاية العام 2017", "2017", "explicit.year"),
        .init("في سنة 1991 انسحبت القوات", "سنة 1991", "1991", "explicit.year"),
        .init("وفي 2019 تجددت الهجمات", "2019", "2019", "explicit.year"),
        .init("خطة الموازنة لعام 2021", "عام 2021", "2021", "explicit.year"),
    ]

    @Test(arguments: yearsCases) func years(_ c: ExpectedDate) { expectSingle(c) }

    @Test func aRangeOfYears() {
        let found = DateResolver(publication: thursday26March2020).mentions(in: "تمركزت القوات في القاعدة من 2014 إلى 2017")
        #expect(found.map(\.text) == ["2014", "2017"])
        #expect(found.map { $0.date?.iso } == ["2014", "2017"])
    }

    @Test func twoYearsJoinedByAnd() {
        let found = DateResolver(publication: thursday26March2020).mentions(in: "تصاعدت الهجمات خلال عامي 2018 و2019")
        #expect(found.map(\.text) == ["عامي 2018", "2019"])
    }

    @Test func aBracketedSecondMonthName() {
        expectSingle(.init("في 20 آذار (مارس) 2020 سلمت القوات القاعدة", "20 آذار (مارس) 2020", "2020-03-20", "explicit.day-month-year"))
    }

    @Test func anImpossibleDayIsReportedUnresolved() {
        expectSingle(.init("في 29 شباط 2019 وقع الهجوم", "29 شباط 2019", nil, "explicit.invalid-day"))
        expectSingle(.init("في 31 نيسان 2019", "31 نيسان 2019", nil, "explicit.invalid-day"))
        expectSingle(.init("في 30 شباط الماضي", "30 شباط الماضي", nil, "explicit.invalid-day"))
        expectSingle(.init("في 30 من الشهر الماضي", "30 من الشهر الماضي", nil, "relative.invalid-day"))
    }

    @Test func explicitDatesNeedNoPublication() {
        let found = DateResolver(publication: nil).mentions(in: "في 17 اذار 2020 وفي نوفمبر 2017 وعام 2014 و2020.03.20")
        #expect(found.map { $0.date?.iso } == ["2020-03-17", "2017-11", "2014", "2020-03-20"])
    }
}
