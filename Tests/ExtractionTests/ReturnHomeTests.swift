import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Coalition members taking their troops home: a return told with "إلى بلادهم", troops placed by
/// "في" before the verb, troops counted "من" their state, deployment verbs before the country, the
/// day a plan was told of, and dates of other steps in the clause (the start of the mission, a
/// deadline ahead). Sentences written for the test about other states, places and dates.
@Suite struct ReturnHomeTests: FindingQueries {

    @Test func troopsGoingHomeLeaveWhereTheTextPutsThem() {
        let f = Fixture.extract("""
            وكان وزير الدفاع النرويجي قد أبلغ البرلمان، الأربعاء الماضي، بأن 50 من أصل 60 عسكرياً نرويجياً في أربيل سيعودون إلى بلادهم بعد تعليق التدريب لقوات البيشمركة.
            """, published: "2020-04-03")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["k:erbil"])
        #expect(w.map { roles($0, .actor) } == ["k:norway"])
        // Going home hands nothing over to the force trained.
        #expect(w.map { roles($0, .recipient) } == [])
        #expect(w?.modality == .planned)
        // The day the plan was told of, counted back from publication.
        #expect(w?.date?.iso == "2020-04-01")
    }

    @Test func aReturnToTheCountryOrWithoutHomeIsNoWithdrawal() {
        let f = Fixture.extract("""
            وأكد وزير الدفاع الدنماركي أن جزءاً من العسكريين الدنماركيين في بغداد سيعود إلى العراق حين تسمح الظروف، وأن توقيت العودة لم يحدد.
            """, published: "2020-04-03")
        #expect(!f.events.contains { $0.kind == .withdrawal })
    }

    @Test func aBaseWhereOthersStayIsNotLeftByTroopsGoingHome() {
        let f = Fixture.extract("""
            وتراجع عدد جنود التحالف بعد أن أعادت دول عدة مدربيها إلى بلدانها، فيما تتركز القوات المتبقية في قاعدة حرير الجوية.
            """, published: "2020-05-10")
        #expect(!f.events.contains { $0.kind == .withdrawal && roles($0, .from).contains("k:harir-air-base") })
    }

    @Test func troopsCountedFromAStateAreThatStatesAndACompanionIsNot() {
        let f = Fixture.extract("""
            ويعمل في معسكر التاجي 20 عسكرياً من ليتوانيا مع القوة البولندية في القاعدة نفسها وسيغادرون معها.
            """, published: "2020-04-03")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["k:camp-taji"])
        #expect(w.map { roles($0, .actor) } == ["k:lithuania"])
        #expect(w?.modality == .planned)
    }

    @Test func aCountryAfterADeploymentVerbIsLeftPastACountOfTroops() {
        let f = Fixture.extract("""
            قررت الحكومة السلوفاكية سحب ما بين 20 و30 عسكرياً من أصل نحو 70 تنشرهم في العراق ضمن بعثة حلف شمال الأطلسي.
            """, published: "2020-04-03")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["k:iraq"])
        #expect(w.map { roles($0, .actor) } == ["k:slovakia"])
    }

    @Test func theStartOfTheMissionAndADeadlineAheadDoNotDateTheDeparture() {
        let f = Fixture.extract("""
            أعلنت الحكومة الأسترالية، أمس الخميس، أن جنودها غادروا معسكر التاجي، منهية بذلك مهمة تدريب بدأتها عام 2015، قبل الموعد المقرر لانتهائها في تموز المقبل.
            """, published: "2020-06-12")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["k:camp-taji"])
        #expect(w?.date?.iso == "2020-06-11")
    }

    @Test func aWrittenPastDateDoesNotDateAPlan() {
        // A plan told with a date written out in the past: that date is an earlier step, the plan has none.
        let f = Fixture.extract("وكانت بلجيكا قد أعلنت في 3 شباط 2020 أنها ستسحب قواتها من العراق.", published: "2020-04-03")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { $0.modality == .planned || $0.modality == .announced } == true)
        #expect(w?.date == nil)
    }

    @Test func troopsWithAPossessivePronounAreThoseOfTheOrganisationNamedBefore() {
        let f = Fixture.extract("""
            وأعلن العراق بتاريخ 2021/12/9 انتهاء المهمة القتالية لقوات التحالف الدولي وانسحاب قواته القتالية من البلاد.
            """, published: "2022-01-10")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .actor) } == ["k:coalition"])
        #expect(w?.date?.iso == "2021-12-09")
        // Troops without a pronoun are nobody's in particular.
        let g = Fixture.extract("وأعلن العراق انتهاء مهمة التحالف الدولي وانسحاب القوات القتالية من البلاد.", published: "2022-01-10")
        #expect(g.events.first { $0.kind == .withdrawal }.map { roles($0, .actor) } == [])
    }

    @Test func theIndefiniteAccusativeNisbaNamesTheStateButNeverTheNameItself() {
        #expect(Extractor.nisbaForms(of: "هولندا").contains("هولنديا"))
        #expect(!Extractor.nisbaForms(of: "ايطاليا").contains("ايطاليا"))
    }

    @Test func aMinistryWithdrawsForItsStateAndTheDayThePlanWasToldOfDatesIt() {
        let f = Fixture.extract("""
            قررت وزارة الدفاع الدنماركية سحب نحو 100 عسكري من أصل 130 تنشرهم في العراق.
            وأفادت مصادر في الوزارة، أمس الخميس، بأن الانسحاب مؤقت.
            """, published: "2020-03-27")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .actor) } == ["k:denmark"])
        #expect(w?.modality == .planned)
        #expect(w?.date?.iso == "2020-03-26")
    }

    @Test func aVerbAfterTheBaseWordIsNoBaseName() {
        let f = Fixture.extract("وسقطت صواريخ على قاعدة بلد الجوية، وهي قاعدة تضم مقاتلات عراقية.", published: "2020-03-27")
        #expect(!f.entities.contains { $0.kind == .base && $0.surfaces.contains { $0.contains("تضم") } })
    }
}
