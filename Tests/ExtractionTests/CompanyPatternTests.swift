import Testing
import Foundation
import GraphModel
@testable import Extraction

/// A foreign company named "شركة X" with its state's nisba after the name. Sentences written for
/// the test about other companies.
@Suite struct CompanyPatternTests: FindingQueries {

    @Test func aCompanyNamedWithItsStatesNisbaIsABody() {
        let f = Fixture.extract("وأعلنت شركة بوينغ الأميركية أنها نقلت فنييها إلى الكويت.")
        let company = f.entities.first { $0.ref.hasPrefix("p:") && $0.actorType == .governmentBody }
        #expect(company?.surfaces.first == "شركة بوينغ")
    }

    @Test func aTwoWordNameIsKeptWhole() {
        let f = Fixture.extract("وقالت شركة بيكر هيوز الأميركية إن موظفيها بخير.")
        #expect(f.entities.contains { $0.ref.hasPrefix("p:") && $0.surfaces.contains("شركة بيكر هيوز") })
    }

    @Test func aCompanyWithoutANameOrNisbaIsNoEntity() {
        let f = Fixture.extract("وكان الفنيون يعملون مع شركة أميركية خاصة. وقالت شركة نفط الجنوب إن الإنتاج لم يتأثر.")
        #expect(!f.entities.contains { $0.ref.hasPrefix("p:") && $0.actorType == .governmentBody })
    }
}
