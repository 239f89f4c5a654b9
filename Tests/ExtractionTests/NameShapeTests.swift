import Testing
import Foundation
import GraphModel
@testable import Extraction

/// "القائم بأعمال" is an office, a surname beginning with و closes a name before "إن", the holder
/// of an office that ends a body's name is a person, and a surname after a verb of blaming refers
/// back to the person.
/// Sentences written for the test about other people.
@Suite struct NameShapeTests: FindingQueries {

    @Test func actingIsNotTheTownOfAlQaim() {
        let f = Fixture.extract("وقال القائم بأعمال السفير الأمريكي في بغداد إن السفارة ستبقى مفتوحة.", published: "2021-05-04")
        #expect(!f.entities.contains { $0.ref == "k:al-qaim" || $0.ref == "k:al-qaim-base" })
        let g = Fixture.extract("وسقطت قذيفتان في مدينة القائم غربي الأنبار.", published: "2021-05-04")
        #expect(g.entities.contains { $0.ref == "k:al-qaim" })
    }

    @Test func aSurnameBeginningWithWawClosesTheNameBeforeTheComplementizer() {
        let f = Fixture.extract("""
            وقالت المتحدثة باسم وزارة الخارجية الأمريكية مورغان ويليامز إن السفارة ستبقى مفتوحة.
            """, published: "2021-05-04")
        let person = f.entities.first { $0.actorType == .person }
        #expect(person?.surfaces.first == "مورغان ويليامز")
        #expect(person.map { relations(f, .spokespersonOf).contains("\($0.ref) k:us-state-department") } == true)
    }

    @Test func theComplementizerWithItsPronounEndsAName() {
        let f = Fixture.extract("""
            وقال المتحدث باسم وزارة الخارجية الأمريكية جون ميلر إنه لا يملك معلومات عن الهجوم.
            """, published: "2021-05-04")
        let person = f.entities.first { $0.actorType == .person }
        #expect(person?.surfaces.first == "جون ميلر")
        #expect(person.map { relations(f, .spokespersonOf).contains("\($0.ref) k:us-state-department") } == true)
    }

    @Test func englishRanksWrittenOutInTwoWordsTitleThePerson() {
        let f = Fixture.extract("وأعلن البريغادير جنرال مارك تومسون أن القوات ستغادر القاعدة خلال أيام.", published: "2021-05-04")
        #expect(f.entities.contains { $0.actorType == .person && $0.surfaces.contains("مارك تومسون") })
        #expect(!f.entities.contains { $0.surfaces.contains { $0.contains("جنرال") } })
        let g = Fixture.extract("وقال اللفتنانت كولونيل ديفيد هاريس إن الهجوم لم يوقع إصابات.", published: "2021-05-04")
        #expect(g.entities.contains { $0.actorType == .person && $0.surfaces.contains("ديفيد هاريس") })
    }

    @Test func aConjunctionStillEndsANameWhenThePhraseGoesOn() {
        let f = Fixture.extract("وقالت المتحدثة باسم وزارة الخارجية الأمريكية مورغان وقادة آخرون إن السفارة باقية.", published: "2021-05-04")
        #expect(!f.entities.contains { $0.surfaces.contains { $0.contains("وقادة") } })
    }

    @Test func theHolderOfAnOfficeEndingABodysNameIsAPerson() {
        let f = Fixture.extract("""
            وقال المكتب الإعلامي لرئيس الوزراء حيدر مهدي الساعدي في بيان إن الحكومة ترفض الاعتداء.
            """, published: "2021-05-04")
        #expect(f.entities.contains { $0.actorType == .person && $0.surfaces.contains("حيدر مهدي الساعدي") })
        // A title with its holder inside the body's name ("إدارة الرئيس الأمريكي ترامب") is not followed by another person.
        let g = Fixture.extract("وتدرس إدارة الرئيس الأمريكي ترامب خيارات الرد على الهجمات.", published: "2020-01-04")
        #expect(!g.entities.contains { $0.actorType == .person && $0.surfaces.contains { $0.contains("خيارات") } })
    }

    @Test func aSurnameAfterAVerbOfBlamingRefersBackToThePerson() {
        let f = Fixture.extract("""
            وقال وزير الدفاع الهولندي كايسا أولونغرين إن بلاده لن تسحب جنودها. وحمّل أولونغرين عصائب أهل الحق المسؤولية عن الهجوم على القاعدة.
            """, published: "2021-05-04")
        let person = f.entities.first { $0.actorType == .person }
        #expect(person.map { relations(f, .accuses).contains("\($0.ref) k:asaib-ahl-al-haq") } == true)
    }
}
