import Testing
import GraphModel
@testable import Extraction

/// "وكانت القاعدة التي جرى تسليمها أمس قد تعرضت …": a base named by an event already told
/// (Events/EventRelativeClauses.swift). Sentences written for the test, about other bases,
/// states and dates than any corpus article.
@Suite struct IdentifyingClauseTests: FindingQueries {
    private func attacks(_ f: DocumentFindings) -> [FoundEvent] { f.events.filter { $0.kind == .attack } }


    private let twoHandovers = """
        سلّم التحالف الدولي قاعدة بلد الجوية إلى الجيش العراقي أمس الثلاثاء.

        وكان التحالف قد سلّم معسكر بسماية إلى القوات العراقية في 3 آب الماضي. وتتجمع القوات الأميركية الآن في قاعدة عين الأسد وقاعدة حرير.
        """

    @Test func theBaseOfTheHandoverOfTheDayTheClauseNames() {
        let f = Fixture.extract(twoHandovers + "\n\nوكانت القاعدة التي جرى تسليمها أمس قد تعرضت في حزيران الماضي لهجوم بطائرة مسيرة.",
                                published: "2020-08-26")
        #expect(attacks(f).count == 1)
        #expect(attacks(f).first.map { roles($0, .target) } == ["k:balad-air-base"])
        #expect(attacks(f).first?.date?.iso == "2020-06")
        // The relative clause tells no handover of its own.
        #expect(f.events.filter { $0.kind == .withdrawal }.count == 2)
    }

    @Test func withNoDateTheLeadEventsBase() {
        let f = Fixture.extract("""
            انسحبت القوات الأميركية من معسكر التاجي اليوم، وتتمركز الآن في قاعدة عين الأسد وقاعدة حرير.
            وكان المعسكر الذي انسحبت منه القوات قد تعرض لقصف صاروخي في آذار الماضي.
            """, published: "2020-08-23")
        #expect(attacks(f).map { roles($0, .target) } == [["k:camp-taji"]])
    }

    @Test func withNoEventToldTheRelativeClauseTellsOne() {
        let f = Fixture.extract("""
            تستضيف قاعدة عين الأسد مستشارين من التحالف الدولي.
            وقالت مصادر إن القاعدة التي تعرضت لهجوم صاروخي أمس لم تسجل فيها إصابات.
            """, published: "2020-08-23")
        #expect(attacks(f).map { roles($0, .target) } == [["k:ain-al-asad"]])
    }
}
