import Testing
import Foundation
import GraphModel
@testable import Extraction

/// "فجر الجمعة، أي بعد يومين من هجوم الأربعاء، بغارات": the event an offset phrase counts from and
/// the event the clause tells after the phrase's comma are two triggers, never one event.
/// Sentences written for the test about other strikes, groups and dates.
@Suite struct OffsetReferenceSplitTests: FindingQueries {

    @Test func aStrikeAfterAnOffsetCountedFromAnAttackNamedByItsDay() {
        let f = Fixture.extract("""
            وشنت الولايات المتحدة فجر الأحد، أي بعد يومين من هجوم الجمعة، غارات جوية على مواقع تابعة لكتائب سيد الشهداء في البوكمال.
            """, published: "2021-06-29")
        let strike = f.events.first { $0.kind == .attack && $0.roles.contains { $0.ref == "k:kataib-sayyid-al-shuhada" } }
        #expect(strike != nil)
        #expect(strike?.date?.iso == "2021-06-27")
    }

    @Test func aReplyAfterAnOffsetCountedFromTheAttackWithTheArticle() {
        let f = Fixture.extract("""
            وردت الولايات المتحدة مساء الأحد، أي بعد يومين من الهجوم، بغارات جوية على مواقع تابعة لكتائب سيد الشهداء في البوكمال.
            """, published: "2021-06-29")
        let strike = f.events.first { $0.kind == .attack && $0.roles.contains { $0.ref == "k:kataib-sayyid-al-shuhada" } }
        #expect(strike != nil)
        #expect(strike?.date?.iso == "2021-06-27")
    }
}
