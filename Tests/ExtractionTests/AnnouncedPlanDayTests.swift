import Testing
import GraphModel
@testable import Extraction

/// A plan told in an announcement ("بإعلان مماثل الاثنين الماضي، حين قالت … سيعودون") takes the day
/// it was announced, counted back from publication, as a plan told without the announcement
/// does (Events/EventRules.swift). Sentences written for the test.
@Suite struct AnnouncedPlanDayTests: FindingQueries {
    @Test func theDayOfTheAnnouncementDatesThePlan() {
        let f = Fixture.extract("""
            وسبقت هولندا ألمانيا بإعلان مماثل الاثنين الماضي، حين قالت وزارة الدفاع الهولندية إن معظم عسكرييها في العراق سيعودون إلى بلادهم.
            """, published: "2020-03-26")
        let w = f.events.first { $0.kind == .withdrawal && roles($0, .actor).contains("k:netherlands") }
        #expect(w?.modality == .announced)
        #expect(w?.date?.iso == "2020-03-23")
    }

    @Test func aWrittenPastDateStillDatesNoAnnouncedPlan() {
        let f = Fixture.extract("""
            وسبقت هولندا ألمانيا بإعلان مماثل في 3 آذار 2020، حين قالت وزارة الدفاع الهولندية إن معظم عسكرييها في العراق سيعودون إلى بلادهم.
            """, published: "2020-06-26")
        let w = f.events.first { $0.kind == .withdrawal && roles($0, .actor).contains("k:netherlands") }
        #expect(w != nil)
        #expect(w?.date == nil)
    }
}
