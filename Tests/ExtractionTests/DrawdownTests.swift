import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Troop cuts as withdrawals from the country, demands that are not withdrawals, and a cut
/// planned within the month of its announcement. Sentences written for the test about other
/// states and dates.
@Suite struct DrawdownTests: FindingQueries {

    @Test func aPlannedCutOfTroopsInACountryIsAPlannedWithdrawalFromIt() {
        let f = Fixture.extract("""
            وقالت لندن إن المملكة المتحدة ستخفض عدد جنودها في العراق من 1000 إلى 400 جندي بحلول 31 آذار المقبل.
            """, published: "2021-02-10")
        let cut = f.events.first { $0.kind == .withdrawal }
        #expect(cut.map { roles($0, .from) } == ["k:iraq"])
        #expect(cut.map { roles($0, .actor) } == ["k:united-kingdom"])
        #expect(cut?.modality == .planned)
        #expect(cut?.date?.iso == "2021-03-31")
    }

    @Test func aPresenceReducedIsACutToo() {
        let f = Fixture.extract("ستقلص ألمانيا وجودها العسكري في العراق خلال الأشهر المقبلة.", published: "2021-02-10")
        #expect(f.events.first { $0.kind == .withdrawal }.map { roles($0, .from) } == ["k:iraq"])
    }

    @Test func aCutToldAsANounWithAdjectivesAndTheCountrysSoil() {
        // "الشروع بالتخفيض التدريجي لمدربيها على الأرض العراقية": the troops after ل past the adjectives,
        // the country by the nisba of its soil; a cut hands nothing over to the organisation after ل.
        let f = Fixture.extract("""
            وأعلنت الحكومة الإيطالية الشروع بالتخفيض التدريجي والمدروس لمدربيها على الأرض العراقية، وصولا إلى إنهاء مهمة التحالف الدولي.
            """, published: "2021-02-10")
        let cut = f.events.first { $0.kind == .withdrawal }
        #expect(cut.map { roles($0, .from) } == ["k:iraq"])
        #expect(cut.map { roles($0, .actor) } == ["k:italy"])
        #expect(cut.map { roles($0, .recipient) } == [])
    }

    @Test func aCutOfSomethingElseIsNoWithdrawal() {
        let f = Fixture.extract("ودعت ألمانيا إلى خفض التصعيد في العراق وتقليص النفقات في سوريا.", published: "2021-02-10")
        #expect(!f.events.contains { $0.kind == .withdrawal })
    }

    @Test func aCutPlannedWithinTheMonthOfItsAnnouncementIsDoneInThatMonth() {
        let f = Fixture.extract("""
            وكان وزير الدفاع الإيطالي قد أعلن في تشرين الأول الماضي أن إيطاليا ستقلص وجودها العسكري في العراق من 900 جندي إلى 600 خلال الشهر نفسه.
            """, published: "2021-01-20")
        let cut = f.events.first { $0.kind == .withdrawal }
        #expect(cut?.date?.iso == "2020-10")
        #expect(cut?.modality == .completed)
        #expect(cut.map { roles($0, .actor).contains("k:italy") } == true)
    }

    @Test func aCutAnnouncedIsNotYetDone() {
        let f = Fixture.extract("وجاء القصف بعد إعلان ألمانيا خفض قواتها في العراق.", published: "2021-02-10")
        let cut = f.events.first { $0.kind == .withdrawal }
        #expect(cut?.modality == .announced)
        #expect(cut?.date == nil)
    }

    @Test func aDemandForWithdrawalIsNoWithdrawal() {
        let f = Fixture.extract("""
            ويرى محللون أن الفصائل لا تكتفي بالتهدئة، بل تريد انسحاباً كاملاً للقوات البريطانية من البلاد.
            """, published: "2021-02-10")
        #expect(!f.events.contains { $0.kind == .withdrawal })
        let g = Fixture.extract("ويرى محللون أن القوات البريطانية بدأت انسحاباً كاملاً من العراق.", published: "2021-02-10")
        #expect(g.events.contains { $0.kind == .withdrawal })
    }

    @Test func aMinistryCuttingTroopsActsForItsState() {
        let f = Fixture.extract("وجاء الهجوم بعد إعلان وزارة الدفاع الأميركية خفض عدد جنودها في سوريا.", published: "2021-02-10")
        #expect(f.events.first { $0.kind == .withdrawal }.map { roles($0, .actor) } == ["k:united-states"])
    }
}
