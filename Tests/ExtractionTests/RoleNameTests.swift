import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Names after a role with no title of their own, and the edges of the names: an event noun after a
/// name is its object, "عبد" + a divine name is one name, "الوزير X", "التي تقودها X", "القيادي في
/// ORG X". Sentences written for the test about other officials.
@Suite struct RoleNameTests: FindingQueries {
    @Test func anEventNounAfterANameIsItsObject() {
        let f = Fixture.extract("ووصف المتحدث باسم وزارة الداخلية العراقية اللواء سعد معن الهجوم بأنه عمل جبان.", published: "2021-03-01")
        #expect(persons(f).contains("سعد معن"))
        #expect(!persons(f).contains { $0.contains("الهجوم") })
    }

    @Test func aTheophoricNameKeepsItsDivineName() {
        let f = Fixture.extract("وقال المتحدث باسم وزارة الدفاع العراقية اللواء عبد الخالق العزاوي إن القوات تلاحق المنفذين.", published: "2021-03-01")
        #expect(persons(f).contains("عبد الخالق العزاوي"))
    }

    @Test func theMinisterTitlesAPersonAndARelativeClauseOfLeadingNamesTheHead() {
        let f = Fixture.extract("""
            وأكدت وزارة الدفاع الدنماركية، التي تقودها ترينه برامسن، أن جنودها باقون. وقالت وزارة الداخلية في إقليم كردستان، التي يتولاها الوزير ريبر أحمد، إن الهجوم إرهابي.
            """, published: "2021-03-01")
        #expect(persons(f).isSuperset(of: ["ترينه برامسن", "ريبر أحمد"]))
        let leads = f.relations.filter { $0.relation == .leads }
        #expect(leads.contains { $0.source.contains("برامسن") && $0.target == "k:danish-mod" })
        #expect(leads.contains { $0.source.contains("ريبر") && $0.target == "k:krg-interior-ministry" })
    }

    @Test func aLeadingMemberOfANamedGroupIsAMemberOfIt() {
        let f = Fixture.extract("وأسفرت الضربة عن مقتل القيادي في عصائب أهل الحق جواد الطليباوي قرب بغداد.", published: "2021-03-01")
        #expect(persons(f).contains("جواد الطليباوي"))
        #expect(f.relations.contains { $0.relation == .memberOf && $0.source.contains("طليباوي") && $0.target == "k:asaib-ahl-al-haq" })
    }

    @Test func aLeadingVerbOutsideARelativeClauseNamesNobody() {
        let f = Fixture.extract("وتقودها جهات سياسية معروفة في بغداد.", published: "2021-03-01")
        #expect(persons(f).isEmpty)
    }

    @Test func aClassWordVouchesOnlyForAReadingOfItsOwnClass() {
        let f = Fixture.extract("""
            وسقطت صواريخ على قاعدة بلد الجوية، وهي قاعدة عراقية، فيما يضم المطار قاعدة عسكرية للتحالف.
            """, published: "2021-03-01")
        let keys = Set(f.entities.compactMap(\.key))
        #expect(!keys.contains("al-iraqiya"))
        #expect(!keys.contains("al-qaeda"))
        #expect(keys.contains("balad-air-base"))
    }

    @Test func aVicePresidentLeadsNothing() {
        let f = Fixture.extract("""
            وزار نائب الرئيس الأميركي مايك بنس قاعدة عين الأسد، فيما قال الرئيس الأميركي دونالد ترامب إن الولايات المتحدة باقية.
            """, published: "2019-11-25")
        let leads = relations(f, .leads)
        #expect(!leads.contains { $0.hasPrefix("k:mike-pence") })
        #expect(leads.contains("k:donald-trump k:united-states"))
    }
}
