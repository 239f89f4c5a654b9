import Testing
import GraphModel
@testable import Extraction

/// "بعد أيام من اغتيال X بغارة": a background killing with a vague span before it takes the
/// period of the event that followed it, never the article's week. Sentences written for the test.
@Suite struct VagueSpanKillingTests: FindingQueries {
    @Test func theKillingTakesTheMonthOfWhatFollowedIt() {
        let f = Fixture.extract("""
            وخرجت تظاهرات حاشدة في بغداد مطلع الشهر الجاري رفضاً للوجود الأجنبي، وذلك بعد أيام من مقتل القيادي في كتائب حزب الله أبو باقر الساعدي بغارة أميركية شرقي بغداد.
            """, published: "2024-02-20")
        let killing = f.events.first { $0.kind == .attack }
        #expect(killing?.date?.iso == "2024-02")
        #expect(killing?.dateIsFallback == false)
        #expect(killing?.date?.trace?.rule.hasPrefix("period-of-event-following") == true)
    }

    @Test func aVagueSpanWithNoDateBeforeLeavesTheKillingUndated() {
        let f = Fixture.extract("""
            وخرجت تظاهرات حاشدة في بغداد رفضاً للوجود الأجنبي، وذلك بعد أيام من مقتل القيادي في كتائب حزب الله أبو باقر الساعدي بغارة أميركية شرقي بغداد.
            """, published: "2024-02-20")
        let killing = f.events.first { $0.kind == .attack }
        #expect(killing.map { $0.date == nil || $0.dateIsFallback } == true)
    }
}
