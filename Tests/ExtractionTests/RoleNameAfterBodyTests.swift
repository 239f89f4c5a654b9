import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Two edges of the names read after a role: the spokesperson of a state's body named only by
/// the state's nisba ("الناطق باسم الحكومة الأردنية X"), and the words after "قيادي في ORG" when
/// they tell what happened rather than who ("مقتل قيادي في ORG بضربة ..."). Also a district of
/// Baghdad the lexicon knows. Sentences written for the test about other officials and events.
@Suite struct RoleNameAfterBodyTests: FindingQueries {
    @Test func theSpokespersonOfAGovernmentNamedByItsNisbaIsFound() {
        let f = Fixture.extract("وقال الناطق باسم الحكومة الكويتية طارق المزرم إن البلاد لن تكون منطلقاً لأي هجوم.", published: "2024-02-05")
        #expect(persons(f).contains("طارق المزرم"))
        #expect(relations(f, .spokespersonOf) == ["p:actor:طارق مزرم k:kuwait"])
    }

    @Test func theSpokespersonOfAMinistryNamedByItsNisbaIsFound() {
        let f = Fixture.extract("وأكد المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري أن الوساطة مستمرة.", published: "2024-02-05")
        #expect(persons(f).contains("ماجد الأنصاري"))
        #expect(relations(f, .spokespersonOf) == ["p:actor:ماجد انصاري p:actor:وزاره خارجيه قطريه"])
    }

    @Test func anEventNounAfterALeaderOfAGroupIsNoName() {
        let f = Fixture.extract("""
            مقتل قيادي في حركة النجباء بقصف استهدف سيارته قرب بغداد. وإصابة قيادي في كتائب سيد الشهداء بغارة طائرة مسيرة على مقره.
            """, published: "2024-01-04")
        #expect(!persons(f).contains { $0.contains("بقصف") || $0.contains("بغارة") })
        #expect(!f.relations.contains { $0.relation == .memberOf && ($0.source.contains("بقصف") || $0.source.contains("بغارة")) })
    }

    @Test func aLeaderOfAGroupFollowedByHisNameIsStillFound() {
        let f = Fixture.extract("وأسفر القصف عن مقتل القيادي في حركة النجباء طالب السعيدي قرب بغداد.", published: "2024-01-04")
        #expect(persons(f).contains("طالب السعيدي"))
    }

    @Test func theMashtalDistrictIsAPlaceInBaghdad() {
        let f = Fixture.extract("وسقطت قذيفة على منزل في حي المشتل شرقي بغداد.", published: "2024-01-04")
        #expect(f.entities.contains { $0.key == "mashtal" })
    }
}
