import Testing
import GraphModel
@testable import Extraction

/// Towns after a word that places the base ("الواقعة قرب", "بين مدينتي Y وZ") say where it lies;
/// they are not places left with it (Events/EventNearSites.swift). Sentences written for the test.
@Suite struct BasePlacedByTownsTests: FindingQueries {
    private func leftPlaces(_ f: DocumentFindings) -> Set<String> {
        Set(f.events.filter { $0.kind == .withdrawal }.flatMap { roles($0, .from) })
    }

    @Test func townsBetweenWhichTheBaseLiesAreNotLeft() {
        let f = Fixture.extract("أخلت القوات الأميركية اليوم قاعدة بلد الجوية الواقعة بين مدينتي سامراء وتكريت.", published: "2020-09-10")
        #expect(leftPlaces(f) == ["k:balad-air-base"])
        #expect(f.events.filter { $0.kind == .withdrawal }.count == 1)
    }

    @Test func aTownCoordinatedWithTheBaseIsStillLeft() {
        let f = Fixture.extract("وتخطط القوات الأميركية للانسحاب من قاعدة بلد الجوية، المعروفة بقاعدة أناكوندا سابقاً، وتكريت.", published: "2020-09-10")
        #expect(leftPlaces(f).contains("k:tikrit"))
    }
}
