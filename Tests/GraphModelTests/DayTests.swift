import Testing
@testable import GraphModel

@Suite struct DayTests {
    @Test func roundTripsCivilDates() {
        for (y, m, d) in [(1970, 1, 1), (2020, 2, 29), (2019, 12, 28), (2000, 3, 1), (1900, 2, 28)] {
            let day = Day(year: y, month: m, day: d)!
            #expect(day.components == (y, m, d))
        }
        #expect(Day(year: 2019, month: 2, day: 29) == nil)
        #expect(Day(year: 2020, month: 13, day: 1) == nil)
    }

    @Test func weekdaysAndWeeks() {
        let d = Day(iso: "2020-03-17")!          // a Tuesday
        #expect(d.isoWeekday == 2)
        #expect(d.isoWeek == (2020, 12))
        #expect(Day(iso: "2021-01-03")!.isoWeek == (2020, 53))
        #expect(EventDate.week(containing: d).iso == "2020-W12")
        #expect(EventDate(iso: "2020-W12")!.start == Day(iso: "2020-03-16")!)
    }

    @Test func precisionIntervalsAndCompatibility() {
        let march = EventDate(iso: "2020-03")!
        #expect(march.end == Day(iso: "2020-03-31")!)
        #expect(march.isCompatible(with: .day(Day(iso: "2020-03-19")!)))
        #expect(!march.isCompatible(with: .day(Day(iso: "2020-04-02")!)))
        #expect(march.isCompatible(with: .day(Day(iso: "2020-04-02")!), slackDays: 2))
        #expect(EventDate(iso: "2020")!.end == Day(iso: "2020-12-31")!)
    }
}
