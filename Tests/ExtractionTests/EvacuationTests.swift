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

/// A withdrawal from a part of a country, and a withdrawal dated apart from its announcement.
@Suite struct WithdrawalPlaceAndDateTests: FindingQueries {

    @Test func leavingAPartOfACountryLeavesTheCountry() {
        let f = Fixture.extract("انسحبت القوات الهولندية من جنوب العراق في آذار 2005 بعد انتهاء مهمتها.", published: "2005-04-02")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["k:iraq"])
        #expect(w?.date?.iso == "2005-03")
    }

    @Test func theDateOfTheAnnouncementInARelativeClauseIsNotTheWithdrawals() {
        let f = Fixture.extract("""
            عبرت قافلة للتحالف الدولي أمس الخميس الطريق إلى أربيل، في أول دفعة من انسحاب قوات التحالف من قاعدة القيارة، الذي أعلنه التحالف في 19 من الشهر الحالي.
            """, published: "2020-03-27")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w?.date?.iso == "2020-03-26")
    }
}
