import Testing
import GraphModel
@testable import Extraction

/// Publication days used for boundary cases.
private let thursday2January2020 = Day(year: 2020, month: 1, day: 2)!
private let friday10January2020 = Day(year: 2020, month: 1, day: 10)!
private let monday1March2021 = Day(year: 2021, month: 3, day: 1)!
private let sunday27December2020 = Day(year: 2020, month: 12, day: 27)!

@Suite struct DateRelativeTests {
    static let daysCases: [ExpectedDate] = [
        .init("أعلن الجيش اليوم أن القوات انسحبت", "اليوم", "2020-03-26", "relative.today"),
        .init("سلمت القوات اليوم الخميس القاعدة", "اليوم الخميس", "2020-03-26", "relative.today"),
        .init("وقال المتحدث، اليوم، إن الهجوم فشل", "اليوم", "2020-03-26", "relative.today"),
        .init("انفجرت عبوة صباح اليوم قرب الجسر", "صباح اليوم", "2020-03-26", "relative.today"),
        .init("واليوم تسلمت القوات العراقية المقر", "اليوم", "2020-03-26", "relative.today"),
        .init("أعلنت القوات اليوم السيطرة على الجسر", "اليوم", "2020-03-26", "relative.today"),
        .init("وصل الوفد أمس إلى أربيل", "أمس", "2020-03-25", "relative.ams"),
        .init("وأمس سقطت قذيفتان على المطار", "أمس", "2020-03-25", "relative.ams"),
        .init("استهدف صاروخ القاعدة مساء أمس", "مساء أمس", "2020-03-25", "relative.ams"),
        .init("هوجم الرتل يوم أمس الأربعاء", "يوم أمس الأربعاء", "2020-03-25", "relative.ams"),
        .init("بالأمس أعلنت الوزارة الحداد", "الأمس", "2020-03-25", "relative.ams"),
        .init("سقطت القذائف ليلة البارحة", "ليلة البارحة", "2020-03-25", "relative.ams"),
        .init("غادر الجنود أول أمس", "أول أمس", "2020-03-24", "relative.awwal-ams"),
        .init("غادر الجنود أول من أمس القاعدة", "أول من أمس", "2020-03-24", "relative.awwal-ams"),
        .init("وقع الانفجار أمس الأول قرب البوابة", "أمس الأول", "2020-03-24", "relative.awwal-ams"),
        .init("يصل الوزير غداً إلى بغداد", "غداً", "2020-03-27", "relative.tomorrow"),
        .init("يبدأ الانسحاب غدا الجمعة", "غدا الجمعة", "2020-03-27", "relative.tomorrow"),
        .init("تعقد الجلسة يوم غد الجمعة", "يوم غد الجمعة", "2020-03-27", "relative.tomorrow"),
        .init("يصل الوفد صباح الغد", "صباح الغد", "2020-03-27", "relative.tomorrow"),
        .init("تبدأ المحادثات بعد غد في بغداد", "بعد غد", "2020-03-28", "relative.after-tomorrow"),
        .init("سقطت ثلاثة صواريخ الليلة الماضية", "الليلة الماضية", "2020-03-25", "relative.last-night"),
    ]

    @Test(arguments: daysCases) func todayYesterdayTomorrow(_ c: ExpectedDate) { expectSingle(c) }

    /// Publication is Thursday 26 March 2020.
    static let weekdaysCases: [ExpectedDate] = [
        .init("قصفت الطائرات المواقع الأحد", "الأحد", "2020-03-22", "relative.weekday-past"),
        .init("وقع الهجوم الخميس على القاعدة", "الخميس", "2020-03-26", "relative.weekday-past"),
        .init("وأعلنت الوزارة الجمعة عن الحظر", "الجمعة", "2020-03-20", "relative.weekday-past"),
        .init("والسبت، غادرت الطائرة", "السبت", "2020-03-21", "relative.weekday-past"),
        .init("قُصفت القاعدة ليلة الثلاثاء بثلاثة صواريخ", "ليلة الثلاثاء", "2020-03-24", "relative.weekday-past"),
        .init("بدأت العملية يوم الاثنين", "يوم الاثنين", "2020-03-23", "relative.weekday-past"),
        .init("سقطت القذائف فجر الخميس", "فجر الخميس", "2020-03-26", "relative.weekday-past"),
        .init("سمعت الانفجارات نهار الخميس", "نهار الخميس", "2020-03-26", "relative.weekday-past"),
        .init("أعلن الوزير، الخيمس، سحب المدربين", "الخيمس", "2020-03-26", "relative.weekday-past"),
        .init("وصلت القافلة الأربعا مساء", "الأربعا", "2020-03-25", "relative.weekday-past"),
        .init("انسحبت القوات صباح يوم الأربعاء", "صباح يوم الأربعاء", "2020-03-25", "relative.weekday-past"),
        .init("أعلن التحالف الخميس الماضي بدء الانسحاب", "الخميس الماضي", "2020-03-19", "relative.weekday-last"),
        .init("والجمعة الماضية، أعلن الجيش", "الجمعة الماضية", "2020-03-20", "relative.weekday-last"),
        .init("وصلت القوات الأحد الفائت", "الأحد الفائت", "2020-03-22", "relative.weekday-last"),
        .init("يزور الوزير بغداد الأحد المقبل", "الأحد المقبل", "2020-03-29", "relative.weekday-next"),
        .init("تنتهي المهلة الخميس القادم", "الخميس القادم", "2020-04-02", "relative.weekday-next"),
        .init("سيزور الوزير بغداد الأحد", "الأحد", "2020-03-29", "relative.weekday-future"),
        .init("من المقرر أن يصل الوفد يوم الاثنين", "يوم الاثنين", "2020-03-30", "relative.weekday-future"),
        .init("وتعتزم الحكومة إعلان النتائج الخميس", "الخميس", "2020-03-26", "relative.weekday-future"),
        .init("قال الوزير الأحد إن القوات ستنسحب", "الأحد", "2020-03-22", "relative.weekday-past"),
        .init("أعلن التحالف الثلاثاء أنه سيسلم القاعدة", "الثلاثاء", "2020-03-24", "relative.weekday-past"),
    ]

    @Test(arguments: weekdaysCases) func weekdays(_ c: ExpectedDate) { expectSingle(c) }

    /// Each weekday looks for a cue only in its own clause.
    @Test func futureCuesStayInTheirClause() {
        let found = DateResolver(publication: thursday26March2020)
            .mentions(in: "قال الوزير الأحد إن القوات ستنسحب السبت، وكانت قد وصلت الاثنين")
        #expect(found.map(\.text) == ["الأحد", "السبت", "الاثنين"])
        #expect(found.map { $0.date?.iso } == ["2020-03-22", "2020-03-28", "2020-03-23"])
        #expect(found.map(\.rule) == ["relative.weekday-past", "relative.weekday-future", "relative.weekday-past"])
    }

    static let periodsCases: [ExpectedDate] = [
        .init("غادرت القوات الأسبوع الماضي", "الأسبوع الماضي", "2020-W12", "relative.week-past"),
        .init("والأسبوع الماضي، أعلنت أستراليا", "الأسبوع الماضي", "2020-W12", "relative.week-past"),
        .init("تجري المراسم هذا الأسبوع", "هذا الأسبوع", "2020-W13", "relative.week-current"),
        .init("تتسلم القوات القاعدة خلال الأسبوع", "خلال الأسبوع", "2020-W13", "relative.week-current"),
        .init("تستمر الحملة خلال الأسبوع الجاري", "الأسبوع الجاري", "2020-W13", "relative.week-current"),
        .init("تبدأ المفاوضات الأسبوع المقبل", "الأسبوع المقبل", "2020-W14", "relative.week-next"),
        .init("قتل ثلاثة جنود الشهر الماضي", "الشهر الماضي", "2020-02", "relative.month-past"),
        .init("بدأ الانسحاب في الشهر الحالي", "الشهر الحالي", "2020-03", "relative.month-current"),
        .init("سُلمت قاعدة القائم في وقت سابق هذا الشهر", "هذا الشهر", "2020-03", "relative.month-current"),
        .init("تنتهي المهمة الشهر المقبل", "الشهر المقبل", "2020-04", "relative.month-next"),
        .init("تراجعت الهجمات منذ العام الماضي", "العام الماضي", "2019", "relative.year-past"),
        .init("وفي السنة الماضية قتل جنديان", "السنة الماضية", "2019", "relative.year-past"),
        .init("شهد هذا العام تصعيدا", "هذا العام", "2020", "relative.year-current"),
        .init("ينتهي العقد العام المقبل", "العام المقبل", "2021", "relative.year-next"),
        .init("زادت الهجمات منذ مطلع العام الجاري", "مطلع العام الجاري", "2020", "relative.year-current"),
        .init("وفي نهاية الشهر الماضي وصلت تعزيزات", "نهاية الشهر الماضي", "2020-02", "relative.month-past"),
        .init("تعرضت القاعدة لهجومين الأسبوع قبل الماضي", "الأسبوع قبل الماضي", "2020-W11", "relative.week-before-last"),
        .init("انسحبت القوات العام قبل الماضي", "العام قبل الماضي", "2018", "relative.year-before-last"),
    ]

    @Test(arguments: periodsCases) func periods(_ c: ExpectedDate) { expectSingle(c) }

    static let dayMonthWithoutYearCases: [ExpectedDate] = [
        .init("في 28 ديسمبر قصف صاروخ القاعدة", "28 ديسمبر", "2019-12-28", "relative.day-month"),
        .init("هوجمت القاعدة في 11 آذار/مارس", "11 آذار/مارس", "2020-03-11", "relative.day-month"),
        .init("وقع الهجوم في الـ28 من ديسمبر", "28 من ديسمبر", "2019-12-28", "relative.day-month"),
        .init("قتل القائد في 3 يناير/كانون الثاني الماضي", "3 يناير/كانون الثاني الماضي", "2020-01-03", "relative.day-month"),
        .init("وجرى الاتفاق في الأول من آذار", "الأول من آذار", "2020-03-01", "relative.day-month"),
        .init("في الثالث والعشرين من شباط اندلعت الاشتباكات", "الثالث والعشرين من شباط", "2020-02-23", "relative.day-month"),
        .init("تمدد الحظر حتى 11 نيسان/أبريل", "11 نيسان/أبريل", "2020-04-11", "relative.day-month-nearest"),
        .init("ستنسحب القوات في 15 نيسان", "15 نيسان", "2020-04-15", "relative.day-month-nearest"),
        .init("على أن تكتمل العملية قبل 31 أيار", "31 أيار", "2020-05-31", "relative.day-month-nearest"),
        .init("وقعت الهجمات قبل 11 آذار", "11 آذار", "2020-03-11", "relative.day-month-nearest"),
        .init("يعقد المؤتمر في 20 آذار المقبل", "20 آذار المقبل", "2021-03-20", "relative.day-month"),
        // The nearest past is kept when a future cue sits in the clause but the date is near behind.
        .init("سترد الحكومة على الهجوم الذي وقع في 24 آذار", "24 آذار", "2020-03-24", "relative.day-month-nearest"),
        .init("بحثت الإدارة يوم 11 من الشهر الحالي قائمة أهداف", "11 من الشهر الحالي", "2020-03-11", "relative.day-current-month"),
        .init("في الحادي عشر من الشهر الجاري", "الحادي عشر من الشهر الجاري", "2020-03-11", "relative.day-current-month"),
        .init("وصلت القوات في 11 الجاري", "11 الجاري", "2020-03-11", "relative.day-current-month"),
        .init("في 14 من الشهر الماضي", "14 من الشهر الماضي", "2020-02-14", "relative.day-previous-month"),
        .init("في 28 ديسمبر من العام الماضي", "28 ديسمبر من العام الماضي", "2019-12-28", "relative.day-month-year"),
        // Year boundaries and leap years.
        .init("في 28 ديسمبر قصف صاروخ القاعدة", "28 ديسمبر", "2019-12-28", "relative.day-month", published: friday10January2020),
        .init("في 5 كانون الثاني هوجم الرتل", "5 كانون الثاني", "2020-01-05", "relative.day-month", published: friday10January2020),
        .init("في 10 كانون الثاني هوجم الرتل", "10 كانون الثاني", "2020-01-10", "relative.day-month", published: friday10January2020),
        .init("في 28 ديسمبر هوجم الرتل", "28 ديسمبر", "2019-12-28", "relative.day-month", published: sunday27December2020),
        .init("في 29 شباط سقط صاروخ", "29 شباط", "2020-02-29", "relative.day-month", published: monday1March2021),
    ]

    @Test(arguments: dayMonthWithoutYearCases) func dayMonthWithoutYear(_ c: ExpectedDate) { expectSingle(c) }

    static let monthNamesCases: [ExpectedDate] = [
        .init("قتل في يناير الماضي قرب المطار", "يناير الماضي", "2020-01", "relative.month-name-past"),
        .init("وقع الهجوم في آذار الماضي", "آذار الماضي", "2019-03", "relative.month-name-past"),
        .init("استقال في كانون الأول/ديسمبر الماضي", "كانون الأول/ديسمبر الماضي", "2019-12", "relative.month-name-past"),
        .init("شهدت نهاية ديسمبر/كانون الأول الماضي هجوما", "نهاية ديسمبر/كانون الأول الماضي", "2019-12", "relative.month-name-past"),
        .init("تجرى الانتخابات في أيار المقبل", "أيار المقبل", "2020-05", "relative.month-name-next"),
        .init("اندلعت الاحتجاجات في شهر تشرين الأول", "شهر تشرين الأول", "2019-10", "relative.month-name"),
        .init("ستجرى الانتخابات في شهر حزيران", "شهر حزيران", "2020-06", "relative.month-name-nearest"),
        .init("منذ أواخر تشرين الأول/أكتوبر تعرضت القواعد لهجمات", "أواخر تشرين الأول/أكتوبر", "2019-10", "relative.month-name"),
        .init("تبدأ المهمة في حزيران القادم", "حزيران القادم", "2020-06", "relative.month-name-next"),
        .init("وصلت القوات في الأسبوع الأول من آذار", "آذار", "2020-03", "relative.month-name"),
    ]

    @Test(arguments: monthNamesCases) func monthNames(_ c: ExpectedDate) { expectSingle(c) }

    static let agoCases: [ExpectedDate] = [
        .init("انسحبت القوات قبل يومين", "قبل يومين", "2020-03-24", "relative.ago-days"),
        .init("قتل الجندي قبل ثلاثة أيام", "قبل ثلاثة أيام", "2020-03-23", "relative.ago-days"),
        .init("وصلت التعزيزات منذ 5 أيام", "منذ 5 أيام", "2020-03-21", "relative.ago-days"),
        .init("هوجم الرتل قبل أسبوع", "قبل أسبوع", "2020-W12", "relative.ago-weeks"),
        .init("بدأ الانسحاب قبل أسبوعين", "قبل أسبوعين", "2020-W11", "relative.ago-weeks"),
        .init("عين قبل شهرين", "قبل شهرين", "2020-01", "relative.ago-months"),
        .init("غادرت القوات قبل عامين", "قبل عامين", "2018", "relative.ago-years"),
        .init("كلف قبل نحو عشرة أيام", "قبل نحو عشرة أيام", "2020-W12", "relative.ago-days-approximate"),
        .init("انسحبت القوات الفرنسية منذ أيام", "منذ أيام", nil, "relative.ago-vague"),
        .init("تعرضت القاعدة لهجمات قبل أسابيع", "قبل أسابيع", nil, "relative.ago-vague"),
        .init("تعمل القاعدة منذ سنوات", "منذ سنوات", nil, "relative.ago-vague"),
        .init("منذ عام والقوات تنتظر", "منذ عام", "2019", "relative.ago-years"),
    ]

    @Test(arguments: agoCases) func ago(_ c: ExpectedDate) { expectSingle(c) }

    static let yearBoundaryCases: [ExpectedDate] = [
        .init("غادرت القوات الأسبوع الماضي", "الأسبوع الماضي", "2019-W52", "relative.week-past", published: thursday2January2020),
        .init("قتل ثلاثة جنود الشهر الماضي", "الشهر الماضي", "2019-12", "relative.month-past", published: thursday2January2020),
        .init("وصل الوفد أمس", "أمس", "2020-01-01", "relative.ams", published: thursday2January2020),
        .init("قصفت الطائرات الثلاثاء الماضي", "الثلاثاء الماضي", "2019-12-31", "relative.weekday-last", published: thursday2January2020),
        .init("وقع الهجوم في ديسمبر الماضي", "ديسمبر الماضي", "2019-12", "relative.month-name-past", published: thursday2January2020),
        .init("حدث ذلك في يناير الماضي", "يناير الماضي", "2019-01", "relative.month-name-past", published: thursday2January2020),
    ]

    @Test(arguments: yearBoundaryCases) func yearBoundary(_ c: ExpectedDate) { expectSingle(c) }

    /// Without a publication day, relative expressions are found but not resolved.
    static let noAnchorCases: [ExpectedDate] = [
        .init("وصل الوفد أمس", "أمس", nil, "relative.ams", published: nil),
        .init("قصفت الطائرات المواقع الأحد", "الأحد", nil, "relative.weekday-past", published: nil),
        .init("في 28 ديسمبر قصف صاروخ القاعدة", "28 ديسمبر", nil, "relative.day-month", published: nil),
        .init("غادرت القوات الأسبوع الماضي", "الأسبوع الماضي", nil, "relative.week-past", published: nil),
        .init("قتل في يناير الماضي", "يناير الماضي", nil, "relative.month-name-past", published: nil),
        .init("انسحبت القوات قبل يومين", "قبل يومين", nil, "relative.ago-days", published: nil),
        .init("أعلن الجيش اليوم الخميس", "اليوم الخميس", nil, "relative.today", published: nil),
        .init("في 11 من الشهر الحالي", "11 من الشهر الحالي", nil, "relative.day-current-month", published: nil),
    ]

    @Test(arguments: noAnchorCases) func noAnchor(_ c: ExpectedDate) { expectSingle(c) }
}

/// Expressions counted from the story's day, not from publication.
@Suite struct DateStoryDayTests {
    let resolver = DateResolver(publication: thursday26March2020)
    let story = EventDate.day(Day(year: 2020, month: 3, day: 11)!)

    @Test(arguments: [
        ("وفي اليوم التالي انسحب المسلحون", "اليوم التالي", "2020-03-12", "story.next-day"),
        ("ووصلت التعزيزات صباح اليوم التالي", "صباح اليوم التالي", "2020-03-12", "story.next-day"),
        ("ثم انسحبوا مساء اليوم نفسه", "مساء اليوم نفسه", "2020-03-11", "story.same-day"),
        ("وفي ذلك اليوم أطلقت الصواريخ", "ذلك اليوم", "2020-03-11", "story.same-day"),
        ("وفي نفس اليوم قصفت الطائرات", "نفس اليوم", "2020-03-11", "story.same-day"),
        ("وكان قد هدد في اليوم السابق", "اليوم السابق", "2020-03-10", "story.previous-day"),
    ])
    func storyDays(_ sentence: String, _ text: String, _ iso: String, _ rule: String) throws {
        let found = resolver.mentions(in: sentence, storyDay: story)
        #expect(found.map(\.text) == [text])
        let m = try #require(found.first)
        #expect(m.date?.iso == iso)
        #expect(m.rule == rule)
        #expect(m.date?.trace == DateTrace(anchor: "story 2020-03-11", rule: rule))
        // Without a story day these are not dates at all.
        #expect(resolver.mentions(in: sentence).isEmpty)
        #expect(resolver.mentions(in: sentence, storyDay: .month(year: 2020, month: 3)).isEmpty)
    }

    @Test func publicationFormsAreUnchanged() {
        let sentence = "أعلن الجيش اليوم أن القوات انسحبت أمس"
        #expect(resolver.mentions(in: sentence, storyDay: story) == resolver.mentions(in: sentence))
    }
}
