import Testing
import Foundation
import GraphModel
@testable import Extraction

/// A base word before a town the lexicon knows but where it lists no base ("معسكر X"): the words
/// name a base of their own, in that town. Sentences written for the test about other towns,
/// forces and dates.
@Suite struct TownBaseTests: FindingQueries {

    @Test func aCampNamedAfterATownIsABaseInThatTown() {
        let f = Fixture.extract("سلّم التحالف الدولي معسكر المحمودية جنوبي بغداد إلى القوات العراقية اليوم.", published: "2020-05-10")
        let camp = f.entities.first { $0.kind == .base && $0.ref.hasPrefix("p:") }
        #expect(camp != nil)
        #expect(relations(f, .locatedIn).contains("\(camp?.ref ?? "-") k:mahmudiyah"))
        let handover = f.events.first { $0.kind == .withdrawal }
        #expect(handover.map { roles($0, .from) } == [camp?.ref ?? "-"])
        #expect(handover?.date?.iso == "2020-05-10")
    }

    @Test func aBaseWordBeforeAProvinceOrCountryNamesNoBase() {
        let f = Fixture.extract("وقال مسؤول إن معسكر ديالى وقاعدة العراق لم يتعرضا لأي هجوم أمس.", published: "2020-05-10")
        #expect(!f.entities.contains { $0.kind == .base && $0.ref.hasPrefix("p:") })
    }
}
