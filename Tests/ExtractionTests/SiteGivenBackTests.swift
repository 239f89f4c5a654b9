import Testing
import GraphModel
@testable import Extraction

/// "أعادت قوات التحالف إلى الجيش العراقي الموقع الذي كانت تشغله …": a site given back to a force is
/// handed over to it (Events/EventHandoverObjects.swift). Sentences written for the test.
@Suite struct SiteGivenBackTests: FindingQueries {
    @Test func aSiteGivenBackInATownIsAHandoverFromTheTown() {
        let f = Fixture.extract("""
            وفي 12 أيار أعادت قوات التحالف إلى الجيش العراقي الموقع الذي كانت تستخدمه ضمن مقر قيادة عمليات صلاح الدين في تكريت.
            """, published: "2020-05-20")
        let w = f.events.filter { $0.kind == .withdrawal }
        #expect(w.count == 1)
        #expect(w.first.map { roles($0, .from) } == ["k:tikrit"])
        #expect(w.first.map { roles($0, .recipient) } == ["k:iraqi-army"])
        #expect(w.first?.date?.iso == "2020-05-12")
    }

    @Test func givingBackWithoutARecipientOrASiteIsNoHandover() {
        let f = Fixture.extract("وأعادت السلطات في تكريت فتح الطريق الدولي أمام حركة الشاحنات.", published: "2020-05-20")
        #expect(f.events.isEmpty)
    }
}
