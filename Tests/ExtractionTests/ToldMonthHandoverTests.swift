import Testing
import GraphModel
@testable import Extraction

/// "في 26 منه": a day of the month named just before; "سلّم X قاعدةَ Y" with the subject before
/// the verb: X is whom the base went to. Sentences written for the test.
@Suite struct ToldMonthHandoverTests: FindingQueries {
    private let published20May2021 = Day(year: 2021, month: 5, day: 20)!

    @Test func aDayOfTheMonthToldBeforeInTheSentence() {
        let found = DateResolver(publication: published20May2021)
            .mentions(in: "وصل الوفد إلى أربيل في 3 آذار الماضي، ثم إلى السليمانية في 7 منه، وعاد في ١١ منه.")
        #expect(found.map { $0.date?.iso } == ["2021-03-03", "2021-03-07", "2021-03-11"])
        #expect(found.dropFirst().allSatisfy { $0.rule == "relative.day-of-told-month" })
    }

    @Test func theSameMonthSpelledOut() {
        let found = DateResolver(publication: published20May2021)
            .mentions(in: "انسحبت القوات من الموقع في 2 شباط، ثم من المطار في 23 من الشهر نفسه.")
        #expect(found.map { $0.date?.iso } == ["2021-02-02", "2021-02-23"])
    }

    @Test func noMonthToldNoDate() {
        // "منه" with nothing before it to refer to: no date, and no guess.
        let found = DateResolver(publication: published20May2021).mentions(in: "وأصيب 7 منه بجروح طفيفة.")
        #expect(found.isEmpty)
    }

    @Test func aDayBeyondTheToldMonthIsReportedUnresolved() {
        let found = DateResolver(publication: published20May2021).mentions(in: "بدأ في 4 شباط الماضي وانتهى في 30 منه.")
        #expect(found.count == 2)
        #expect(found.last?.date == nil)
    }

    @Test func daysAfterTheDayTheSentenceNamed() {
        let found = DateResolver(publication: published20May2021)
            .mentions(in: "سقطت الصواريخ على قاعدة بلد في 3 آذار الماضي، وردّت الطائرات بعد يومين بقصف مواقع الفصيل.")
        #expect(found.map { $0.date?.iso } == ["2021-03-03", "2021-03-05"])
        #expect(found.last?.rule == "relative.days-after-told-day")
    }

    @Test func daysAfterWithNothingToldOrCountedFromAnEventAreNoDate() {
        let resolver = DateResolver(publication: published20May2021)
        #expect(resolver.mentions(in: "وردّت الطائرات بعد يومين بقصف مواقع الفصيل.").isEmpty)
        // "بعد يومين من الهجوم" counts from the attack, not from the day named.
        #expect(resolver.mentions(in: "في 3 آذار الماضي أعلن الجيش، بعد يومين من الهجوم، اعتقال المنفذين.").count == 1)
    }

    @Test func handoversListedWithTheirDaysAreEachTheirOwnDay() {
        let f = Fixture.extract("""
            وكان التحالف الدولي قد سلّم الجيش العراقي معسكر بسماية في ٥ آب الماضي، ثم قاعدة بلد الجوية في ١٢ منه، ومعسكر التاجي في ٢٣ منه.
            """, published: "2020-09-10")
        let handovers = f.events.filter { $0.kind == .withdrawal }
        let byBase = Dictionary(uniqueKeysWithValues: handovers.flatMap { e in roles(e, .from).map { ($0, e.date?.iso) } })
        #expect(byBase["k:camp-besmaya"] == "2020-08-05")
        #expect(byBase["k:balad-air-base"] == "2020-08-12")
        #expect(byBase["k:camp-taji"] == "2020-08-23")
        for e in handovers {
            #expect(roles(e, .actor) == ["k:coalition"])
            #expect(roles(e, .recipient) == ["k:iraqi-army"])
        }
    }

    @Test func withNoSubjectBeforeTheVerbThePerformerAfterItActs() {
        let f = Fixture.extract("سلّمت القوات الأميركية قاعدة بلد الجوية إلى الجيش العراقي اليوم.", published: "2020-09-10")
        let e = f.events.first { $0.kind == .withdrawal }
        #expect(e.map { roles($0, .actor) } == ["k:us-forces"])
        #expect(e.map { roles($0, .recipient) } == ["k:iraqi-army"])
    }

    @Test func aircraftSubjectOfTheLaunchVerbWithTheTimeBetween() {
        let f = Fixture.extract("""
            شنّت طائرات حربية أميركية، فجر الاثنين، غارات على منشآت تستخدمها كتائب سيد الشهداء قرب الحدود السورية.
            """, published: "2021-06-28")
        let strikes = f.events.filter { $0.kind == .attack }
        #expect(strikes.count == 1)
        #expect(strikes.first.map { roles($0, .attacker) } == ["k:united-states"])
        #expect(strikes.first.map { roles($0, .target) }?.contains("k:kataib-sayyid-al-shuhada") == true)
    }

    @Test func attacksToldAsEarlierAreASummary() {
        let f = Fixture.extract("""
            وقال البنتاغون إن المنشآت تحتفظ فيها عصائب أهل الحق بطائرات مسيرة استُخدمت في هجمات سابقة على القوات الأميركية.
            """, published: "2021-06-28")
        #expect(f.events.isEmpty)
    }

    @Test func anAttackTheDayAfterTheStrikesIsAnotherEvent() {
        // "هجوم الاثنين غداة الغارات": two events; the strikes (told back with the article) never
        // take the attack's Monday, and the attack does not take the strikers.
        let f = Fixture.extract("""
            وجاء هجوم الاثنين غداة الغارات الأميركية التي طالت فجر الأحد مواقع لكتائب سيد الشهداء قرب القائم.
            """, published: "2021-06-29")
        #expect(!f.events.contains { $0.date?.iso == "2021-06-28" && roles($0, .attacker).contains("k:united-states") })
        #expect(f.events.allSatisfy { $0.date?.iso != "2021-06-28" || roles($0, .attacker).isEmpty })
    }
}
