import Foundation
import Testing
import GraphModel
@testable import Formats

/// The `date` column of GraphML and CSV: one day per week-precision date, read back exactly.
@Suite struct DateColumnTests {
    @Test func aWeekIsWrittenAsItsMiddleDayAndReadBackAsTheWeek() throws {
        let week = EventDate.week(containing: Day(iso: "2020-03-16")!, trace: DateTrace(anchor: "published 2020-03-26", rule: "relative.week-past"))
        #expect(GraphFields.dateText(week) == "2020-03-19")
        #expect(GraphFields.parseDate("2020-03-19", precision: "week", trace: week.trace) == week)
        // Other precisions keep their ISO text.
        #expect(GraphFields.dateText(EventDate(iso: "2020-03")!) == "2020-03")
        #expect(GraphFields.dateText(.day(Day(iso: "2019-12-28")!)) == "2019-12-28")
        #expect(GraphFields.parseDate("2020-03-19", precision: "day", trace: nil)?.precision == .day)
        // The ISO week form written by other tools still reads.
        #expect(GraphFields.parseDate("2020-W12", precision: nil, trace: nil) == EventDate.week(containing: Day(iso: "2020-03-16")!))
    }

    @Test func weekDatedEventsSurviveAGraphMLRoundTrip() throws {
        var g = EventGraph()
        for (i, monday) in ["2019-12-30", "2020-03-16", "2020-12-28"].enumerated() {
            g.upsert(Node(id: "a\(i)", kind: .attack, date: .week(containing: Day(iso: monday)!, trace: DateTrace(anchor: "published", rule: "r"))))
        }
        let back = try GraphMLReader.read(GraphMLWriter.write(g), document: "weeks.graphml")
        #expect(back.nodes.map(\.date) == g.nodes.map(\.date))
    }
}
