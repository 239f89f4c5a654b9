import Testing
import Foundation
import GraphModel
@testable import Extraction

/// One attack told among words about many: the singular accusative "هجوماً", and the attack that
/// "القاعدة" refers back to. Sentences written for the test about other groups, bases and dates.
@Suite struct SingleAttackTests: FindingQueries {

    @Test func anAttackInTheAccusativeIsOneAttackEvenWithAPeriodAfterIt() {
        // "منذ مطلع العام" bounds "أعنف الهجمات", not the attack claimed.
        let f = Fixture.extract("""
            تبنت عصائب أهل الحق هجوماً بطائرة مسيرة استهدف فجر اليوم الأربعاء قاعدة حرير الجوية، في أعنف الهجمات على القاعدة منذ مطلع العام.
            """, published: "2022-03-09")
        let attack = f.events.first { roles($0, .target).contains("k:harir-air-base") }
        #expect(attack?.kind == .attack)
        #expect(attack?.date?.iso == "2022-03-09")
    }

    @Test func attacksCountedOverAPeriodStayASummary() {
        let f = Fixture.extract("ونفذت الفصائل 25 هجوما على قاعدة حرير الجوية منذ مطلع العام.", published: "2022-03-09")
        #expect(!f.events.contains { $0.kind == .attack })
    }
}
