import Testing
import GraphModel
@testable import Extraction

/// "من البلاد" with no country named before: the country of the nisbas the article used
/// (Patterns/CountryByNisba.swift). Sentences written for the test.
@Suite struct CountryByNisbaTests: FindingQueries {
    @Test func theCountryOfTheNisbasToldBefore() {
        let f = Fixture.extract("""
            قالت الحكومة العراقية إن المدربين الأجانب يواصلون مهامهم مع القوات العراقية في المعسكرات.
            وكانت ألمانيا قد أعلنت أمس سحب عدد من مدربيها من البلاد بصورة مؤقتة.
            """, published: "2020-03-18")
        let withdrawals = f.events.filter { $0.kind == .withdrawal }
        #expect(withdrawals.count == 1)
        #expect(withdrawals.first.map { roles($0, .from) } == ["k:iraq"])
        #expect(withdrawals.first.map { roles($0, .actor) } == ["k:germany"])
    }

    @Test func withNoNisbaOfACountryTheWordStaysUnresolved() {
        // "الألمانية" names a state that is an actor, not a country the lexicon lists as a place.
        let f = Fixture.extract("وكانت وزارة الدفاع الألمانية قد أعلنت أمس سحب عدد من مدربيها من البلاد بصورة مؤقتة.",
                                published: "2020-03-18")
        #expect(f.events.filter { $0.kind == .withdrawal }.isEmpty)
    }
}
