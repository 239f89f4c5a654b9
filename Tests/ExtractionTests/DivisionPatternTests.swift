import Testing
import Foundation
import GraphModel
@testable import Extraction

/// An army division named by its ordinal ("الفرقة الخامسة"). Sentences written for the test
/// about other divisions and towns.
@Suite struct DivisionPatternTests: FindingQueries {

    @Test func aDivisionNamedByItsOrdinalIsAMilitaryForce() {
        let f = Fixture.extract("وقال قائد الفرقة الخامسة في الجيش العراقي إن قواته انتشرت قرب بعقوبة.", published: "2020-03-26")
        let division = f.entities.first { $0.ref.hasPrefix("p:") && $0.actorType == .militaryForce }
        #expect(division?.surfaces.first == "الفرقة الخامسة")
    }

    @Test func aDivisionAfterAPrepositionIsFoundToo() {
        let f = Fixture.extract("سقط صاروخ قرب مقر اللواء 12 التابع للفرقة التاسعة شمالي بغداد.", published: "2020-03-26")
        #expect(f.entities.contains { $0.ref.hasPrefix("p:") && $0.actorType == .militaryForce && $0.surfaces.contains { $0.hasSuffix("فرقة التاسعة") } })
    }

    @Test func theDivisionWithoutAnOrdinalIsNoEntity() {
        let f = Fixture.extract("وقال ضابط في الفرقة إن الهجوم لم يسفر عن إصابات.", published: "2020-03-26")
        #expect(!f.entities.contains { $0.ref.hasPrefix("p:") && $0.actorType == .militaryForce })
    }
}
