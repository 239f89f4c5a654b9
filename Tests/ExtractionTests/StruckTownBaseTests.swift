import Testing
import GraphModel
@testable import Extraction

/// "عملية التاجي", "صواريخ تضرب القيارة": a town struck, in an article that names the base called
/// after it (a headline before the body included), is that base (Patterns/EntityPatterns.swift).
/// Sentences written for the test.
@Suite struct StruckTownBaseTests: FindingQueries {
    private func refs(_ f: DocumentFindings) -> Set<String> { Set(f.entities.map(\.ref)) }

    @Test func aHeadlineStrikeOnATownWhoseBaseTheBodyNames() {
        let f = Fixture.extract("""
            صواريخ تضرب القيارة مجدداً.. ولا إصابات

            سقطت ثلاثة صواريخ، مساء أمس الأحد، على قاعدة القيارة الجوية جنوب الموصل من دون أن تسفر عن إصابات.
            """, published: "2020-02-17")
        #expect(refs(f).contains("k:qayyarah-airfield"))
        #expect(!refs(f).contains("k:qayyarah"))
    }

    @Test func anOperationNamedByTheTown() {
        let f = Fixture.extract("""
            وأعلنت جماعة مجهولة تبنيها عملية القائم، بعد يومين من سقوط صواريخ على قاعدة القائم قرب الحدود السورية.
            """, published: "2020-02-17")
        #expect(!refs(f).contains("k:al-qaim"))
    }

    @Test func withTheBaseNeverNamedTheTownStays() {
        let f = Fixture.extract("وسقطت صواريخ تضرب القيارة، بحسب مصادر محلية.", published: "2020-02-17")
        #expect(refs(f).contains("k:qayyarah"))
    }
}
