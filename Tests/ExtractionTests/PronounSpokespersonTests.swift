import Testing
import Foundation
import GraphModel
@testable import Extraction

/// "المتحدث باسمها/باسمه X": the spokesperson of the organisation the pronoun refers back to.
/// Sentences written for the test about other spokespersons and bodies (Bill Urban for CENTCOM in
/// 2020, Matthew Miller for the State Department in 2024, Scott Rawlinson for the coalition in 2019).
@Suite struct PronounSpokespersonTests: FindingQueries {

    private func spokespersons(_ f: DocumentFindings) -> Set<String> {
        Set(f.relations.filter { $0.relation == .spokespersonOf }.map { "\($0.source) \($0.target)" })
    }

    @Test func aFeminineOrganisationInTheSameSentence() {
        let f = Fixture.extract("""
            وقالت القيادة المركزية الأميركية إنها تتابع الهجوم، وقال المتحدث باسمها بيل أوربان إن أحدا لم يصب.
            """, published: "2020-03-12")
        #expect(spokespersons(f) == ["p:actor:بيل اوربان k:centcom"])
    }

    @Test func aFeminineOrganisationInTheSentenceBefore() {
        let f = Fixture.extract("""
            أدانت وزارة الخارجية الأميركية الهجوم على السفارة. وقال المتحدث باسمها ماثيو ميلر إن واشنطن ستحاسب المسؤولين.
            """, published: "2024-01-10")
        #expect(spokespersons(f) == ["p:actor:ماثيو ميلر k:us-state-department"])
    }

    @Test func theMasculinePronounSkipsAFeminineBodyNamedSince() {
        let f = Fixture.extract("""
            أصدر التحالف الدولي بيانا بعد لقاء مع الحكومة العراقية، وقال المتحدث باسمه الكولونيل سكوت راولينسون إن التدريب سيستمر.
            """, published: "2019-12-05")
        #expect(spokespersons(f) == ["p:actor:سكوت راولينسون k:coalition"])
    }

    @Test func noOrganisationBeforeGivesNoRelation() {
        let f = Fixture.extract("وقال المتحدث باسمها بيل أوربان إن أحدا لم يصب.", published: "2020-03-12")
        #expect(spokespersons(f).isEmpty)
    }

    @Test func anOrganisationInAnEarlierParagraphIsTooFar() {
        let f = Fixture.extract("""
            أدانت وزارة الخارجية الأميركية الهجوم على السفارة.

            وقال المتحدث باسمها ماثيو ميلر إن واشنطن ستحاسب المسؤولين.
            """, published: "2024-01-10")
        #expect(spokespersons(f).isEmpty)
    }
}

/// Words of time that end a name ("عقب", "إثر", "أثناء"), and a training camp that is no named base.
@Suite struct NameEndTests {
    @Test func aPrepositionOfTimeEndsAName() {
        let f = Fixture.extract("وقال المتحدث باسم البنتاغون شون بارنيل عقب الاجتماع إن القوات باقية.", published: "2020-09-10")
        #expect(f.entities.contains { $0.ref == "p:actor:شون بارنيل" })
        #expect(!f.entities.contains { $0.ref.contains("عقب") })
        #expect(f.relations.contains { $0.relation == .spokespersonOf && $0.source == "p:actor:شون بارنيل" })
    }

    @Test func aTrainingCampIsNoNamedBase() {
        let f = Fixture.extract("وتضم المنطقة معسكر تدريب عراقي قرب الحدود.", published: "2020-09-10")
        #expect(!f.entities.contains { $0.kind == .base })
    }
}

/// "وقال المتحدث باسمها X" with no organisation named before to refer to: X is still read as a
/// person (a spokesperson of nobody the text names). Sentences written for the test.
@Suite struct UnresolvedSpokespersonPronounTests {
    @Test func theNameIsReadWithoutAnOrganisation() {
        let f = Fixture.extract("أكدت الوزارة أن التحقيق مستمر، وقال المتحدث باسمها سامر الحيالي إن النتائج ستعلن قريبا.",
                                published: "2021-05-02")
        let persons = f.entities.filter { $0.actorType == .person }
        #expect(persons.count == 1)
        #expect(f.relations.filter { $0.relation == .spokespersonOf }.isEmpty)
    }
}
