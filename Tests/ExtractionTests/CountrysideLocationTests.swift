import Testing
import Foundation
import GraphModel
@testable import Extraction

/// "X بريف Y": a site in the countryside of a place lies in it (`located_in`), like "X في Y".
/// Sentences written for the test.
@Suite struct CountrysideLocationTests: FindingQueries {
    @Test func aBaseInTheCountrysideOfAProvinceLiesInIt() {
        let f = Fixture.extract("وانفجرت عبوة عند مدخل حقل العمر النفطي بريف دير الزور من دون إصابات.", published: "2023-12-01")
        #expect(relations(f, .locatedIn).contains("k:al-omar-oil-field-base k:deir-ez-zor"))
    }

    @Test func anAirfieldInTheCountrysideOfAProvinceLiesInIt() {
        let f = Fixture.extract("وحلقت مروحيات فوق قاعدة خراب الجير بريف الحسكة طوال الليل.", published: "2023-12-01")
        #expect(relations(f, .locatedIn).contains("k:kharab-al-jir k:hasakah"))
    }
}
