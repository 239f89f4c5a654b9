import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Persons named after an office or a title whose name reading used to go wrong: a governor
/// named after his province, the given name علي, and an indefinite word after the name.
/// Sentences written for the test about other officials, provinces and dates.
@Suite struct OfficeNameTests {

    private func persons(_ f: DocumentFindings) -> Set<String> {
        Set(f.entities.filter { $0.ref.hasPrefix("p:actor:") }.map(\.ref))
    }

    // MARK: a governor named after his province

    @Test func aGovernorAfterAProvinceWithTheArticle() {
        let f = Fixture.extract("وقال محافظ البصرة أسعد العيداني إن الشركات النفطية ستواصل عملها.", published: "2020-04-07")
        #expect(persons(f).contains("p:actor:اسعد عيداني"))
    }

    @Test func aGovernorAfterAProvinceTheLexiconKnowsWithoutTheArticle() {
        // "ديالى" has no article: it is skipped because the lexicon knows it as a place.
        let f = Fixture.extract("وأكد محافظ ديالى عمر الكروي أن الوضع الأمني مستقر في المحافظة.", published: "2020-05-02")
        #expect(persons(f).contains("p:actor:عمر كروي"), "\(entityRefs(f))")
        #expect(!persons(f).contains { $0.contains("ديالي") })
    }

    private func entityRefs(_ f: DocumentFindings) -> [String] { f.entities.map(\.ref).sorted() }

    @Test func aGovernorWithNoNameAfterHimIsNoPerson() {
        let f = Fixture.extract("وقال محافظ ديالى في بيان إن الطريق أعيد فتحه.", published: "2020-05-02")
        #expect(persons(f).isEmpty)
    }

    // MARK: the given name علي

    @Test func theGivenNameAliWithTheDottedYaStartsAName() {
        let f = Fixture.extract("وقال العميد علي الزيدي إن القوات انتشرت في المنطقة.", published: "2020-06-11")
        #expect(persons(f).contains("p:actor:علي زيدي"))
    }

    @Test func thePrepositionWithAlefMaqsuraStillEndsAName() {
        let f = Fixture.extract("ونشر المتحدث باسم التحالف الكولونيل واين ماروتو على حسابه في تويتر صور المراسم.", published: "2020-08-23")
        #expect(persons(f).contains("p:actor:واين ماروتو"))
        #expect(!persons(f).contains { $0.contains("علي") })
    }

    // MARK: a word written with tanween

    @Test func anIndefiniteObjectWithTanweenIsNoPartOfTheName() {
        let f = Fixture.extract("وأصدر العقيد جون هاريس بياناً حول الهجوم على القاعدة.", published: "2020-03-12")
        #expect(persons(f).contains("p:actor:جون هاريس"))
        #expect(!persons(f).contains { $0.contains("بيانا") })
    }

    @Test func anAdverbWithTanweenBeforeTheLetterAlsoEndsIt() {
        // Tanween written before the final alef ("تقريرًا") as some outlets do.
        let f = Fixture.extract("ونشر الكولونيل سكوت راولينسون تقريرًا عن التدريب.", published: "2019-12-05")
        #expect(persons(f).contains("p:actor:سكوت راولينسون"))
        #expect(!persons(f).contains { $0.contains("تقرير") })
    }
}
