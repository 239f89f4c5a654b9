import Testing
import Foundation
import GraphModel
@testable import Extraction

/// "قبل يوم واحد من الضربة": a duration counted back from an event told elsewhere names that
/// event and gives no date counted from publication. Sentences written for the test.
@Suite struct OffsetBeforeTests: FindingQueries {

    @Test func theEventCountedBackFromIsNoNewEventAndTheDurationNoDate() {
        let f = Fixture.extract("""
            واستهدفت صواريخ قاعدة بلد مساء السبت. وكانت عصائب أهل الحق قد هددت قبل يومين من الهجوم باستئناف عملياتها ضد القوات الأميركية.
            """, published: "2021-05-04")
        #expect(f.events.filter { $0.kind == .attack }.count == 1)
        #expect(!f.events.contains { $0.date?.iso == "2021-05-02" })
        #expect(f.events.first.map { roles($0, .target) } == ["k:balad-air-base"])
    }

    @Test func aPlainCountBackIsStillADate() {
        // "قبل يومين" with no event after it counts from publication.
        let f = Fixture.extract("واستهدفت صواريخ قاعدة بلد قبل يومين.", published: "2021-05-04")
        #expect(f.events.first?.date?.iso == "2021-05-02")
    }
}
