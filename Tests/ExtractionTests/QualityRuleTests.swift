import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Rules added after the held-out analysis, each checked on sentences written for the test
/// about other events of the genre.
@Suite struct QualityRuleTests: FindingQueries {

    // MARK: names

    @Test func hyphenatedLexiconNameMatchesAsOneName() {
        let f = Fixture.extract("وزارت وزيرة الدفاع الألمانية أنغريت كرامب-كارنباور الجنود الألمان في قاعدة الأزرق بالأردن.", published: "2019-10-20")
        #expect(f.entities.contains { $0.ref == "k:annegret-kramp-karrenbauer" })
        #expect(!f.entities.contains { $0.ref.hasPrefix("p:actor:") })
    }

    @Test func hyphenatedNameAfterATitleIsReadWhole() {
        let f = Fixture.extract("وقال الكولونيل جان-مارك دوبوا إن الجنود الفرنسيين غادروا قاعدة حرير.", published: "2020-03-26")
        let person = f.entities.first { $0.actorType == .person }
        #expect(person?.surfaces.first == "جان-مارك دوبوا")
    }

    // MARK: relations

    @Test func claimWithAnObjectPronounTiesTheGroupToTheTarget() {
        let f = Fixture.extract("""
            استهدف قصف صاروخي قاعدة بلد الجوية مساء الأحد، وتبنته جماعة تطلق على نفسها اسم "أصحاب الكهف".
            """, published: "2020-06-15")
        #expect(relations(f, .claimed).contains("k:ashab-al-kahf k:balad-air-base"))
        #expect(f.events.first.map { roles($0, .attacker).contains("k:ashab-al-kahf") } == true)
    }

    @Test func officialsNamedByANisbaAccuse() {
        let f = Fixture.extract("واتهم مسؤولون أمريكيون كتائب حزب الله بالوقوف وراء قصف معسكر التاجي.", published: "2020-03-15")
        #expect(relations(f, .accuses).contains("k:united-states k:kataib-hezbollah"))
        let g = Fixture.extract("""
            ولم تعلن أي جهة مسؤوليتها، لكن مسؤولين بريطانيين حمّلوا في تصريحات سابقة عصائب أهل الحق مسؤولية قصف قاعدة بسماية.
            """, published: "2020-03-15")
        #expect(relations(g, .accuses).contains("k:united-kingdom k:asaib-ahl-al-haq"))
    }

    @Test func accusedAfterARelativePronounIsTheNounBeforeIt() {
        let f = Fixture.extract("وأشاد قادة عصائب أهل الحق، التي تتهمها واشنطن بقصف السفارة، بقرار البرلمان.", published: "2020-01-10")
        #expect(relations(f, .accuses).contains("k:united-states k:asaib-ahl-al-haq"))
    }

    @Test func aStateQualifyingTheAccusedIsNotAccused() {
        let f = Fixture.extract("وتتهم واشنطن فصائل عراقية مسلحة مرتبطة بطهران بتنفيذ الهجمات على قواعدها.", published: "2020-06-15")
        #expect(!relations(f, .accuses).contains("k:united-states k:iran"))
    }

    @Test func unitInsideALargerForceIsPartOfIt() {
        let f = Fixture.extract("والتقى إسماعيل قاآني، قائد فيلق القدس في الحرس الثوري، قادة الفصائل في بغداد.", published: "2020-04-01")
        #expect(relations(f, .partOf).contains("k:quds-force k:irgc"))
    }

    @Test func coordinatedBaseDoesNotTakeTheNextPlace() {
        let f = Fixture.extract("وتتركز قوات التحالف الآن في قاعدتي عين الأسد وحرير في أربيل.", published: "2020-04-10")
        #expect(!relations(f, .locatedIn).contains("k:ain-al-asad k:erbil"))
    }

    // MARK: events

    @Test func eachHandoverOfAListTakesItsOwnDate() {
        let f = Fixture.extract("""
            وتأتي الخطوة بعد تسليم معسكر التاجي في 23 آب، وقبله قاعدة القيارة في 26 آذار، وقاعدة القائم في 17 من الشهر ذاته.
            """, published: "2020-08-25")
        func date(_ key: String) -> String? { f.events.first { roles($0, .from) == ["k:\(key)"] }?.date?.iso }
        #expect(date("camp-taji") == "2020-08-23")
        #expect(date("qayyarah-airfield") == "2020-03-26")
        #expect(date("al-qaim-base") == "2020-03-17")
    }

    @Test func daysAfterTheEventToldBefore() {
        let f = Fixture.extract("""
            وفي 14 نيسان استهدفت طائرة مسيرة مفخخة مطار أربيل الدولي.
            وبعد أربعة أيام سقطت خمسة صواريخ على قاعدة بلد الجوية، ما أدى إلى إصابة متعاقدين.
            """, published: "2021-04-20")
        let balad = f.events.first { roles($0, .target).contains("k:balad-air-base") }
        #expect(balad?.date?.iso == "2021-04-18")
        #expect(balad?.date?.trace?.rule.hasPrefix("days-after-event") == true)
        // "بعد يومين من X" counts from X, not from the event told before.
        let g = Fixture.extract("""
            وفي 14 نيسان استهدفت طائرة مسيرة مفخخة مطار أربيل الدولي.
            وبعد يومين من زيارة الوفد سقطت خمسة صواريخ على قاعدة بلد الجوية.
            """, published: "2021-04-20")
        #expect(g.events.first { roles($0, .target).contains("k:balad-air-base") }?.date?.trace?.rule.hasPrefix("days-after-event") != true)
    }

    @Test func governmentNamedByANisbaWithdrawsItsTroopsFromTheCountry() {
        let f = Fixture.extract("أعلنت الحكومة الدنماركية، اليوم الخميس، سحب جزء من جنودها المنتشرين في العراق ونقلهم إلى الكويت.",
                                published: "2020-01-09")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .actor) } == ["k:denmark"])
        #expect(w.map { roles($0, .from) } == ["k:iraq"])
        #expect(w.map { roles($0, .recipient).isEmpty } == true)
        #expect(w?.date?.iso == "2020-01-09")
    }

    @Test func troopsMovedToAnotherCountryLeaveTheOneTheyServeIn() {
        let f = Fixture.extract("وأعلنت وزارة الدفاع السلوفاكية أن الجنود السلوفاكيين العاملين في العراق نقلوا إلى الكويت.", published: "2020-01-08")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["k:iraq"])
        #expect(w.map { !roles($0, .actor).isEmpty } == true)
        #expect(f.entities.contains { $0.actorType == .governmentBody && $0.surfaces.first == "وزارة الدفاع السلوفاكية" })
        // "نقل مسؤولية" is a handover, not a move of troops.
        let g = Fixture.extract("ونقلت قوات التحالف مسؤولية قاعدة القيارة إلى قوات الأمن العراقية.", published: "2020-03-26")
        #expect(g.events.first.map { roles($0, .recipient) } == ["k:iraqi-security-forces"])
    }

    @Test func aDestinationIsNotWhereTheyLeave() {
        let f = Fixture.extract("وغادرت آخر قافلة لقوات التحالف قاعدة القائم صباح الثلاثاء باتجاه قاعدة عين الأسد.", published: "2020-03-17")
        #expect(f.events.count == 1)
        #expect(f.events.first.map { roles($0, .from) } == ["k:al-qaim-base"])
    }

    @Test func aNegatedOrDefinitionalWithdrawalIsNotAnEvent() {
        let f = Fixture.extract("وأكد المتحدث أن إعادة التموضع لا تعني انسحابا من العراق.", published: "2020-04-10")
        #expect(f.events.isEmpty)
    }

    @Test func anAttackDatedByAYearAndTheKillingItAnswered() {
        let f = Fixture.extract("""
            وكان مطار أربيل الدولي قد تعرض في الثامن من كانون الثاني 2020 لهجوم بصواريخ باليستية إيرانية انتقاما لاغتيال قائد فيلق القدس.
            """, published: "2021-02-16")
        let attacks = f.events.filter { $0.kind == .attack }
        #expect(attacks.contains { roles($0, .target).contains("k:erbil-air-base") && $0.date?.iso == "2020-01-08" })
        #expect(!attacks.contains { roles($0, .target).contains("k:quds-force") })
    }

    @Test func theAttackToldAgainFromItsLaunchSiteIsNotANewOne() {
        let f = Fixture.extract("""
            سقطت ثلاثة صواريخ على قاعدة بلد الجوية فجر اليوم الأحد.
            وقالت خلية الإعلام الأمني إن الهجوم نفذ بصواريخ انطلقت من منطقة زراعية في قضاء الدجيل.
            """, published: "2020-01-12")
        let attacks = f.events.filter { $0.kind == .attack }
        #expect(attacks.count == 1)
        #expect(attacks.allSatisfy { roles($0, .location).isEmpty })
    }

    @Test func anAnswerToAnotherAttackGetsNoPublicationStandIn() {
        let f = Fixture.extract("وانتقاما لقصف السفارة، شنت مقاتلات أمريكية غارات على مواقع لكتائب حزب الله قرب البوكمال.", published: "2021-03-01")
        let strike = f.events.first { roles($0, .target).contains("k:kataib-hezbollah") }
        #expect(strike != nil)
        #expect(strike?.date == nil && strike?.dateIsFallback == false)
    }

    @Test func aSiteInATownAnchorsTheHandover() {
        let f = Fixture.extract("""
            وأعلن التحالف الدولي أنه سلم اليوم موقعه في مدينة كركوك إلى قوات الأمن العراقية.
            ويعد موقع كركوك ثالث موقع يسلمه التحالف خلال الشهر.
            """, published: "2020-03-29")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["k:kirkuk"])
        #expect(w?.date?.iso == "2020-03-29")
        let site = f.entities.first { $0.kind == .base && $0.ref.hasPrefix("p:") }
        #expect(site?.surfaces.first == "موقع كركوك")
        #expect(f.relations.contains { $0.relation == .locatedIn && $0.source == site?.ref && $0.target == "k:kirkuk" })
        // The site is left together with its town: one event, not one per anchor.
        #expect(f.events.contains { roles($0, .from) == Set([site?.ref ?? "", "k:kirkuk"]) })
    }

    @Test func aDateToComeDoesNotDateAHandoverToldAsDone() {
        let f = Fixture.extract("""
            سلم التحالف الدولي معسكر بسماية إلى الجيش العراقي.
            وتأتي عملية التسليم قبل جولة حوار استراتيجي من المقرر أن تنطلق في حزيران المقبل.
            """, published: "2020-05-20")
        #expect(f.events.first.map { $0.date?.start.month != 6 } == true)
    }

    @Test func aSharedNameAfterAClassWordIsTheLexiconBase() {
        let f = Fixture.extract("وسقط صاروخان على معسكر الحبانية مساء أمس.", published: "2020-04-10")
        #expect(f.entities.contains { $0.ref == "k:al-taqaddum" })
        #expect(!f.entities.contains { $0.ref.hasPrefix("p:base:") })
    }

    @Test func townsListedAfterAPluralBaseWordAreBases() {
        let f = Fixture.extract("وأخلى التحالف خلال عام 2020 قواعد القائم، والقيارة في جنوب الموصل، والتاجي وسلمها إلى القوات العراقية.",
                                published: "2020-12-30")
        let refs = Set(f.entities.map(\.ref))
        #expect(refs.isSuperset(of: ["k:al-qaim-base", "k:qayyarah-airfield", "k:camp-taji", "k:mosul"]))
        #expect(!refs.contains("k:al-qaim") && !refs.contains("k:qayyarah") && !refs.contains("k:taji"))
    }

    @Test func aTownLeftAfterItsBaseWasNamedIsTheBase() {
        let f = Fixture.extract("""
            تسلمت القوات العراقية معسكر التاجي من التحالف الدولي يوم الأحد.
            وقال ضابط عراقي إن آخر رتل أمريكي غادر التاجي صباح اليوم نفسه.
            """, published: "2020-08-24")
        #expect(!f.entities.contains { $0.ref == "k:taji" })
        #expect(f.entities.contains { $0.ref == "k:camp-taji" })
    }

    @Test func aCommonWordWithAPrepositionIsNotANeighbourhood() {
        let f = Fixture.extract("وقال قائد العمليات بدوره إن القوات العراقية قادرة على حماية القاعدة.", published: "2020-04-30")
        #expect(!f.entities.contains { $0.ref == "k:dora" })
    }

    @Test func aNisbaInsideTheTargetNameIsNotTheAttacker() {
        let f = Fixture.extract("سقطت ثلاثة صواريخ على محيط السفارة الأمريكية في المنطقة الخضراء ليل الأحد.", published: "2020-09-29")
        #expect(f.events.count == 1)
        #expect(f.events.first.map { roles($0, .attacker).isEmpty } == true)
        let g = Fixture.extract("ودمرت غارة جوية أمريكية مستودعا لكتائب حزب الله قرب القائم فجر الجمعة.", published: "2020-03-14")
        #expect(g.events.first.map { roles($0, .attacker) } == ["k:united-states"])
    }

    @Test func basesThatPrecededTheHandoverAreNotItsAnchors() {
        let f = Fixture.extract("ويعد معسكر التاجي ثامن موقع يسلمه التحالف هذا العام، إذ سبقته قواعد القائم والقيارة وكي وان.", published: "2020-08-23")
        #expect(!f.events.contains { roles($0, .from).contains("k:al-qaim-base") })
        #expect(f.events.contains { roles($0, .from) == ["k:camp-taji"] })
    }

    @Test func theSubjectOfTaaraddaIsTheTarget() {
        let f = Fixture.extract("وتعرض معسكر التاجي شمال بغداد، مساء الأربعاء، لقصف بعدة صواريخ كاتيوشا.", published: "2020-03-12")
        let e = f.events.first
        #expect(e.map { roles($0, .target) } == ["k:camp-taji"])
        #expect(e.map { roles($0, .location).contains("k:baghdad") } == true)
        #expect(e?.date?.iso == "2020-03-11")
    }

    @Test func anAttackToldAgainInTheNextSentenceIsOneEvent() {
        let f = Fixture.extract("""
            تعرضت المنطقة الخضراء في بغداد مساء الأحد لهجوم صاروخي.
            وأفادت خلية الإعلام الأمني بأن ثلاثة صواريخ كاتيوشا سقطت داخل المنطقة الخضراء من دون خسائر.
            """, published: "2020-09-21")
        #expect(f.events.count == 1)
        #expect(f.events.first?.date?.iso == "2020-09-20")
    }

    @Test func thePublicationWeekStandInNeverFallsAfterPublication() {
        // Published on a Monday: the week written by its middle day must not lie in the future.
        let f = Fixture.extract("سقطت ثلاثة صواريخ على قاعدة بلد الجوية.", published: "2020-01-06")
        let e = f.events.first
        #expect(e?.dateIsFallback == true && e?.date?.precision == .week)
        #expect(e.flatMap { $0.date.map { $0.start.adding(days: 3) <= Day(iso: "2020-01-06")! } } == true)
    }

    @Test func anOperationsCommandByItsShortName() {
        let f = Fixture.extract("وقال قائد عمليات الأنبار اللواء الركن ناصر الغنام إن القوات العراقية تسلمت قاعدة التقدم.", published: "2020-04-05")
        #expect(f.relations.contains { $0.relation == .leads && $0.target == "k:anbar-operations-command" })
    }

    @Test func anExpertIsReadWithHisWholeName() {
        let f = Fixture.extract("ويرى الخبير الأمني هشام الهاشمي أن الفصائل تسعى إلى إخراج القوات الأمريكية.", published: "2020-03-01")
        #expect(f.entities.contains { $0.actorType == .person && $0.surfaces.first == "هشام الهاشمي" })
        let g = Fixture.extract("وقال المحلل السياسي ماجد أبو كلل إن الهجوم رسالة إلى واشنطن.", published: "2020-03-01")
        #expect(g.entities.contains { $0.actorType == .person && $0.surfaces.first == "ماجد أبو كلل" })
    }

    @Test func aPrepositionAfterAnOfficeIsNotItsOrganisation() {
        let f = Fixture.extract("ودعا رئيس الحكومة إلى وضع حد للجماعات الخارجة عن القانون.", published: "2021-04-15")
        #expect(!f.entities.contains { $0.actorType == .person })
    }

    @Test func aConvoyAttackHitsItsOwnerWhereTheClauseOpens() {
        let f = Fixture.extract("""
            سقط صاروخان على قاعدة بلد الجوية مساء الأحد.
            وفي الديوانية، استهدفت عبوة ناسفة رتلا للدعم اللوجستي تابعا للتحالف الدولي على الطريق السريع.
            وتبنت جماعة "أصحاب الكهف" الهجوم في بيان.
            """, published: "2020-07-20")
        let convoy = f.events.first { roles($0, .target) == ["k:coalition"] }
        #expect(convoy.map { roles($0, .location) } == ["k:diwaniyah"])
        // The claim goes to the attack told just before it, not to the earlier one on the base.
        #expect(convoy.map { roles($0, .attacker) } == ["k:ashab-al-kahf"])
        #expect(f.events.first { roles($0, .target).contains("k:balad-air-base") }.map { roles($0, .attacker).isEmpty } == true)
    }

    @Test func rocketsThatFellNearASiteHitIt() {
        let f = Fixture.extract("سقطت ثلاثة صواريخ كاتيوشا، فجر الاثنين، قرب معسكر فكتوري المحاذي لمطار بغداد الدولي، من دون إصابات.",
                                published: "2020-09-29")
        #expect(f.events.count == 1)
        #expect(f.events.first.map { roles($0, .target) } == ["k:camp-victory"])
        #expect(f.events.first?.date?.iso == "2020-09-28")
    }

    @Test func aSiteNamedAfterATownWithABaseIsThatBase() {
        let f = Fixture.extract("وأعلنت القيادة المركزية الأمريكية أن قواتها أخلت موقع القائم بالكامل.", published: "2020-03-19")
        #expect(f.events.first.map { roles($0, .from) } == ["k:al-qaim-base"])
    }

    @Test func aDecisionToWithdrawIsPlanned() {
        let f = Fixture.extract("وقررت هولندا سحب مدربيها العسكريين من أربيل ونقلهم إلى الأردن.", published: "2020-01-08")
        #expect(f.events.allSatisfy { $0.modality != .completed && $0.date == nil })
    }

    @Test func twoDronesAttackABaseNamedAfterATimePhrase() {
        let f = Fixture.extract("هاجمت طائرتان مسيرتان مفخختان، مساء السبت، قاعدة عين الأسد الجوية غربي الأنبار.", published: "2021-06-27")
        #expect(f.events.first.map { roles($0, .target) } == ["k:ain-al-asad"])
        #expect(f.events.first?.date?.iso == "2021-06-26")
    }

    @Test func theNextDayCountsFromTheEventToldBefore() {
        let f = Fixture.extract("""
            سقطت ثلاثة صواريخ على معسكر التاجي في 11 آذار.
            وفي اليوم التالي استهدفت غارات أمريكية مواقع لكتائب حزب الله في جرف الصخر.
            """, published: "2020-03-20")
        let strike = f.events.first { roles($0, .target).contains("k:kataib-hezbollah") }
        #expect(strike?.date?.iso == "2020-03-12")
    }

    @Test func theCountryInAMissionNameIsWhereTroopsServed() {
        let f = Fixture.extract("وأعلنت وزارة الدفاع الرومانية أن الجنود الرومانيين المشاركين في بعثة الناتو في العراق نقلوا إلى الكويت.",
                                published: "2020-01-08")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["k:iraq"])
        #expect(w.map { !roles($0, .actor).contains("k:kuwait") } == true)
    }
}
