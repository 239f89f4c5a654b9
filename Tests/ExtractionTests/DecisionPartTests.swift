import Testing
import GraphModel
@testable import Extraction

/// "ويشمل القرار … وسيغادرون معها": a part of a decision told before takes the decision's day
/// (Events/EventDecisionParts.swift). Sentences written for the test.
@Suite struct DecisionPartTests: FindingQueries {
    private let decision = "قررت وزارة الدفاع الدنماركية أمس الأربعاء سحب نحو 100 عسكري من قاعدة عين الأسد. "

    private func norway(_ f: DocumentFindings) -> FoundEvent? {
        f.events.first { $0.kind == .withdrawal && roles($0, .actor).contains("k:norway") }
    }

    @Test func aPartOfTheDecisionTakesItsDay() {
        let f = Fixture.extract(decision + "ويشمل القرار 20 عسكرياً من النرويج يعملون مع القوة الدنماركية في القاعدة نفسها وسيغادرون معها.",
                                published: "2020-03-19")
        #expect(norway(f)?.date?.iso == "2020-03-18")
        #expect(norway(f)?.date?.trace?.rule.hasPrefix("part-of-decision") == true)
    }

    @Test func withoutTheDecisionNamedThePlanStaysUndated() {
        let f = Fixture.extract(decision + "ويعمل 20 عسكرياً من النرويج مع القوة الدنماركية في القاعدة نفسها وسيغادرون معها.",
                                published: "2020-03-19")
        #expect(norway(f) != nil)
        #expect(norway(f)?.date == nil)
    }
}
