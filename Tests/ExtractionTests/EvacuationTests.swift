import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Evacuations of staff as withdrawals, and oil fields as places. Sentences written for the test
/// (Chevron pulling its US staff out of its fields in Kurdistan in January 2020, Eni's Zubair
/// field, West Qurna 2 ...).
@Suite struct EvacuationTests: FindingQueries {

    @Test func aCompanyEvacuatingItsStaffFromAFieldWithdrawsFromIt() {
        let f = Fixture.extract("""
            أجلت شركة شيفرون الأميركية موظفيها الأجانب من حقل سرسنك النفطي في محافظة دهوك أمس الأحد.
            """, published: "2020-01-06")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["p:place:حقل سرسنك"])
        #expect(w.map { roles($0, .actor) } == ["p:actor:شركه شيفرون"])
        #expect(w?.date?.iso == "2020-01-05")
        #expect(w?.modality == .completed)
    }

    @Test func postponingIsNoEvacuation() {
        let f = Fixture.extract("أجلت الحكومة العراقية الانتخابات في محافظة البصرة إلى موعد لاحق.", published: "2020-01-06")
        #expect(f.events.isEmpty)
    }

    @Test func evacuatingTheWoundedIsNoWithdrawal() {
        let f = Fixture.extract("وجرى إجلاء الجرحى من قاعدة بلد الجوية إلى مستشفى في بغداد.", published: "2020-01-06")
        #expect(!f.events.contains { $0.kind == .withdrawal })
    }

    @Test func aFieldNamedAfterATownIsOnePlaceAndNotTheTown() {
        let f = Fixture.extract("وتدير الشركة حقل غرب القرنة 2 النفطي في محافظة البصرة.", published: "2020-01-06")
        #expect(f.entities.contains { $0.ref == "p:place:حقل غرب قرنه 2" && $0.surfaces == ["حقل غرب القرنة 2"] })
        #expect(!f.entities.contains { $0.ref == "k:qurna" })
    }

    @Test func aFieldOfWorkIsNoPlace() {
        let f = Fixture.extract("وعمل الوزير سنوات في حقل التعليم قبل تعيينه.", published: "2020-01-06")
        #expect(!f.entities.contains { $0.ref.hasPrefix("p:place:حقل") })
    }
}
