import Testing
import Foundation
import GraphModel
@testable import Extraction

/// General rules of the genre (offices, aliases, reprisals, relative and absolute dates, one
/// event with several targets, claims and accusations, governorates named after their seat),
/// each checked on sentences written for the test about other people, places and dates.
@Suite struct GenreRuleTests: FindingQueries {

    // MARK: offices

    @Test func headOfStateWithANisbaLeadsTheState() {
        let f = Fixture.extract("وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستبقي جنودها في العراق.", published: "2020-01-12")
        #expect(relations(f, .leads).contains("k:emmanuel-macron k:france"))
    }

    @Test func ministerWithANisbaLeadsTheMinistryOfThatState() {
        let f = Fixture.extract("وأكد وزير الخارجية الأمريكي مايك بومبيو أن الهجمات على السفارة لن تمر دون رد.", published: "2020-01-02")
        #expect(relations(f, .leads).contains("k:mike-pompeo k:us-state-department"))
        let g = Fixture.extract("وزار وزير الدفاع البريطاني بن والاس قاعدة حرير يوم الأحد.", published: "2020-02-10")
        #expect(relations(g, .leads).contains("k:ben-wallace k:uk-mod"))
    }

    @Test func aPersonNoLexiconListsTakesTheOfficeOfHisTitle() {
        let f = Fixture.extract("وقال وزير الدفاع الأمريكي الجديد جون ستيوارت إن القوات باقية.", published: "2020-02-10")
        let person = f.entities.first { $0.actorType == .person }
        #expect(person.map { relations(f, .leads).contains("\($0.ref) k:us-dod") } == true)
    }

    @Test func aFormerOfficeHolderLeadsNothing() {
        let f = Fixture.extract("وانتقد وزير الخارجية الأمريكي السابق مايك بومبيو قرار الانسحاب.", published: "2021-08-02")
        #expect(!relations(f, .leads).contains("k:mike-pompeo k:us-state-department"))
    }

    @Test func headOfGovernmentWithoutANisbaTakesTheGovernmentTheLexiconGives() {
        let f = Fixture.extract("وحذر رئيس حكومة تصريف الأعمال حسن روحاني من التصعيد.", published: "2021-07-20")
        #expect(relations(f, .leads).contains("k:hassan-rouhani k:iranian-government"))
        let g = Fixture.extract("وتواجه حكومة حسن روحاني ضغوطا متزايدة بسبب العقوبات.", published: "2019-11-20")
        #expect(relations(g, .leads).contains("k:hassan-rouhani k:iranian-government"))
        let h = Fixture.extract("وقالت الحكومة الإيرانية برئاسة حسن روحاني إنها لا تسعى إلى الحرب.", published: "2020-01-09")
        #expect(relations(h, .leads).contains("k:hassan-rouhani k:iranian-government"))
    }

    @Test func aHeadOfStateTitleDoesNotMakeAPresidentHeadOfAnotherBody() {
        // The lexicon says Rouhani leads Iran's government, not the state: "الرئيس" alone gives nothing.
        let f = Fixture.extract("وقال الرئيس حسن روحاني إن الرد سيكون حاسما.", published: "2020-01-09")
        #expect(relations(f, .leads).isEmpty)
    }
}

extension GenreRuleTests {
    // MARK: aliases

    @Test func spokespersonAfterTheOrganisationsBracketedAliasIsFound() {
        let f = Fixture.extract("""
            وقالت المتحدثة باسم وزارة الخارجية الأمريكية (الخارجية الأمريكية) جالينا بورتر إن السفارة ستبقى مفتوحة.
            """, published: "2020-01-10")
        let person = f.entities.first { $0.actorType == .person }
        #expect(person?.surfaces.first == "جالينا بورتر")
        #expect(person.map { relations(f, .spokespersonOf).contains("\($0.ref) k:us-state-department") } == true)
    }

    @Test func aBracketedOtherOrganisationStillEndsTheSearch() {
        // The bracket names someone else: the words after it are not the spokesperson's name.
        let f = Fixture.extract("""
            وقال المتحدث باسم وزارة الخارجية الأمريكية (البنتاغون) نفسه إن القوات باقية.
            """, published: "2020-01-10")
        #expect(!f.entities.contains { $0.actorType == .person })
    }
}

extension GenreRuleTests {
    // MARK: reprisals

    @Test func theKillingAReprisalAvengesIsNotANewKilling() {
        let f = Fixture.extract("""
            واستهدفت صواريخ معسكر التاجي مساء الأربعاء. وقالت عصبة الثائرين في بيان إن القصف جاء انتقاما لمقتل أبو تقوى السعيدي.
            """, published: "2020-03-12")
        #expect(f.events.count == 1)
        #expect(!f.events.contains { e in e.roles.contains { r in r.relation == .target && f.entities.contains { $0.ref == r.ref && $0.actorType == .person } } })
    }

    @Test func aKillingToldInARelativeClauseAfterTheReprisalIsThatKilling() {
        let f = Fixture.extract("""
            وقال الحشد الشعبي إن الهجوم جاء ثأرا لمقتل أبو تقوى السعيدي، الذي قتل بغارة أمريكية قرب مطار بغداد يوم الأحد الماضي.
            """, published: "2020-03-12")
        let person = f.entities.first { $0.actorType == .person }?.ref
        let killings = f.events.filter { e in person.map { roles(e, .target).contains($0) } ?? false }
        #expect(killings.count == 1)
        #expect(killings.first.map { roles($0, .attacker) } == ["k:united-states"])
        #expect(killings.first?.date?.iso == "2020-03-08")
    }
}

extension GenreRuleTests {
    // MARK: one event, several targets

    @Test func aCountOfRocketsIsOneSalvoButACountOfAttacksIsNoEvent() {
        let f = Fixture.extract("وسقط 9 صواريخ على قاعدة بلد الجوية مساء الثلاثاء.", published: "2020-03-12")
        #expect(f.events.count == 1)
        #expect(f.events.first.map { roles($0, .target) } == ["k:balad-air-base"])
        #expect(f.events.first?.date?.iso == "2020-03-10")
        let g = Fixture.extract("وسجلت القوات الأمنية 12 هجوما على قاعدة بلد الجوية.", published: "2020-03-12")
        #expect(g.events.isEmpty)
    }

    @Test func aStatementRetellingASalvoJoinsTheEventWithTheSameBase() {
        let f = Fixture.extract("""
            أطلقت فصائل مسلحة فجر الثلاثاء 10 صواريخ على قاعدة بلد الجوية. وجاء القصف بعد يومين من غارة أمريكية قرب القائم. \
            وذكرت خلية الإعلام الأمني أن 7 صواريخ سقطت داخل قاعدة بلد.
            """, published: "2020-03-12")
        let balad = f.events.filter { roles($0, .target).contains("k:balad-air-base") }
        #expect(balad.count == 1)
        #expect(balad.first?.date?.iso == "2020-03-10")
    }

    @Test func aSiteHitInsideABaseIsTheBaseAndItsOwnerHit() {
        let f = Fixture.extract("واستهدف صاروخ مقرا تابعا للتحالف الدولي في قاعدة حرير الجوية مساء الخميس.", published: "2020-03-14")
        #expect(f.events.count == 1)
        #expect(f.events.first.map { roles($0, .target).isSuperset(of: ["k:harir-air-base", "k:coalition"]) } == true)
    }

    @Test func theDefiniteAttackNounAfterAReportDoesNotTakeABaseOfThatReport() {
        let f = Fixture.extract("""
            وسقطت ثلاثة صواريخ قرب مطار أربيل الذي يضم قاعدة حرير مساء الأحد، وقالت وزارة الداخلية في الإقليم إن الهجوم لم يوقع ضحايا.
            """, published: "2021-02-16")
        #expect(f.events.count == 1)
    }

    @Test func aWhenClauseTellsHowTheAttackBeforeItHappened() {
        let f = Fixture.extract("""
            وأدانت الحكومة محاولة اغتيال وزير الداخلية عثمان الغانمي في 3 آذار 2021، حين سقطت قذيفة هاون على منزله في بغداد، من دون أن تتبنى أي جهة الهجوم.
            """, published: "2021-03-05")
        #expect(f.events.count == 1)
        let e = f.events.first
        let person = f.entities.first { $0.actorType == .person }?.ref
        #expect(person != nil && e.map { roles($0, .target).contains(person!) } == true)
        #expect(e.map { roles($0, .location).union(roles($0, .target)).contains("k:baghdad") } == true)
        #expect(e?.date?.iso == "2021-03-03")
        #expect(e?.modality == .completed)
    }
}

extension GenreRuleTests {
    // MARK: relative and absolute dates

    @Test func anExplicitDateBesideARelativePhraseDatesTheEvent() {
        // "بعد يومين" would give 12 March; the explicit date says 13 March.
        let f = Fixture.extract("""
            وفي 10 مارس 2021، استهدفت طائرة مسيرة مطار أربيل. وبعد يومين، في 13 مارس 2021، سقط 8 صواريخ على قاعدة بلد الجوية في صلاح الدين.
            """, published: "2021-03-20")
        let balad = f.events.first { roles($0, .target).contains("k:balad-air-base") }
        #expect(balad?.date?.iso == "2021-03-13")
        #expect(balad?.date?.precision == .day)
    }
}

extension GenreRuleTests {
    // MARK: claims, accusations, hostility, places

    @Test func officialsBeforeTheVerbAccuseTheGroupAfterIt() {
        let f = Fixture.extract("لكن المسؤولين البريطانيين يتهمون عصائب أهل الحق بالوقوف وراء القصف.", published: "2020-03-15")
        #expect(relations(f, .accuses) == ["k:united-kingdom k:asaib-ahl-al-haq"])
    }

    @Test func aVowOfRevengeIsHostility() {
        let f = Fixture.extract("وتوعدت حركة النجباء بالثأر من القوات الأمريكية بعد الغارة.", published: "2020-03-15")
        #expect(relations(f, .hostileTo).contains("k:harakat-al-nujaba k:us-forces"))
    }

    @Test func aStatementThatTheAttackWasAReprisalClaimsIt() {
        let f = Fixture.extract("""
            وسقطت صواريخ على قاعدة بلد الجوية فجر الأحد. وقالت عصائب أهل الحق في بيان إن الهجوم جاء ردا على اعتقال أحد قادتها.
            """, published: "2020-06-16")
        #expect(f.events.count == 1)
        #expect(f.events.first.map { roles($0, .attacker) } == ["k:asaib-ahl-al-haq"])
        #expect(f.events.first?.modality == .claimed)
        #expect(relations(f, .claimed) == ["k:asaib-ahl-al-haq k:balad-air-base"])
    }

    @Test func aBaseNearATownIsLocatedInIt() {
        let f = Fixture.extract("وزار القائد قاعدة التقدم الجوية قرب مدينة الفلوجة أمس.", published: "2020-06-16")
        #expect(relations(f, .locatedIn).contains("k:al-taqaddum k:fallujah"))
        // A place near another is not inside it.
        let g = Fixture.extract("وتقع ناحية البغدادي قرب مدينة هيت.", published: "2020-06-16")
        #expect(relations(g, .locatedIn).isEmpty)
    }
}

extension GenreRuleTests {
    // MARK: governorates named after their seat

    @Test func aGovernorateNamedAfterItsSeatIsTheSeat() {
        let f = Fixture.extract("وسقطت قذيفتان في محافظة كركوك، ووصل وفد إلى محافظة الديوانية.", published: "2020-06-16")
        let refs = Set(f.entities.map(\.ref))
        #expect(refs.isSuperset(of: ["k:kirkuk", "k:diwaniyah"]))
        #expect(refs.isDisjoint(with: ["k:kirkuk-province", "k:qadisiyah"]))
    }

    @Test func aGovernorateWithANameOfItsOwnStays() {
        let f = Fixture.extract("وانتشرت القوات في محافظة الأنبار ومحافظة القادسية.", published: "2020-06-16")
        let refs = Set(f.entities.map(\.ref))
        #expect(refs.isSuperset(of: ["k:anbar", "k:qadisiyah"]))
    }
}

extension GenreRuleTests {
    @Test func aCountOfRocketsOverAPeriodIsNoEvent() {
        let f = Fixture.extract("وسقط 30 صاروخا على قاعدة بلد الجوية منذ بداية العام.", published: "2020-03-12")
        #expect(f.events.isEmpty)
    }
}

extension GenreRuleTests {
    @Test func aReprisalStatementDoesNotClaimAnAttackOfSomeoneElse() {
        // The strike told last was American; a group calling it a reprisal does not make it theirs.
        let f = Fixture.extract("""
            وشنت طائرات أمريكية غارة على مواقع لكتائب حزب الله قرب القائم فجر الأحد. وقالت عصائب أهل الحق إن القصف جاء ردا على الاحتجاجات.
            """, published: "2020-06-16")
        #expect(relations(f, .claimed).isEmpty)
        #expect(!f.events.contains { roles($0, .attacker).contains("k:asaib-ahl-al-haq") })
    }
}

extension GenreRuleTests {
    // MARK: accusations on the speaker's word

    @Test func aReportOfFingerprintsAccusesTheSpeakerNotTheBodyHeSpeaksFor() {
        let f = Fixture.extract("وقال وزير الخارجية الأمريكي مايك بومبيو إن القصف يحمل بصمات عصائب أهل الحق.", published: "2020-03-15")
        #expect(relations(f, .accuses) == ["k:mike-pompeo k:asaib-ahl-al-haq"])
    }

    @Test func attacksCarriedOutByAGroupInAReportAreAnAccusation() {
        let f = Fixture.extract("وقال وزير الدفاع البريطاني بن والاس إن الهجمات التي شنتها كتائب حزب الله لن تمر دون رد.", published: "2020-03-15")
        #expect(relations(f, .accuses) == ["k:ben-wallace k:kataib-hezbollah"])
    }

    @Test func theAccusingParticipleTakesTheSubjectOfTheMainVerb() {
        let f = Fixture.extract("ونفى الرئيس الإيراني حسن روحاني تلك الرواية، متهما الولايات المتحدة بتضليل العالم.", published: "2020-03-15")
        #expect(relations(f, .accuses).contains("k:hassan-rouhani k:united-states"))
    }

    @Test func aNamedManHeldResponsibleInAReportIsAccused() {
        let f = Fixture.extract("وقال بن والاس إن أبو مهدي المهندس كان مسؤولا عن التخطيط لهجمات على القواعد.", published: "2020-03-15")
        #expect(relations(f, .accuses) == ["k:ben-wallace k:abu-mahdi-al-muhandis"])
    }

    @Test func withoutASpeakerOrWithTheNounOfficialThereIsNoAccusation() {
        let f = Fixture.extract("ويحمل القصف بصمات عصائب أهل الحق بحسب محللين.", published: "2020-03-15")
        #expect(relations(f, .accuses).isEmpty)
        let g = Fixture.extract("وقال مسؤول عن الملف في كتائب حزب الله إن الوضع هادئ.", published: "2020-03-15")
        #expect(relations(g, .accuses).isEmpty)
        // The fingerprints stand before the report's complementizer: no report, no accusation.
        let h = Fixture.extract("وقال بن والاس بعد معاينة بصمات عصائب أهل الحق إنه سيرد.", published: "2020-03-15")
        #expect(relations(h, .accuses).isEmpty)
    }
}

extension GenreRuleTests {
    // MARK: umbrella names and coordinated objects

    @Test func groupsListedUnderAnUmbrellaArePartOfIt() {
        let f = Fixture.extract("ويعد الحشد الشعبي مظلة تنضوي تحتها فصائل عدة، أبرزها عصائب أهل الحق وكتائب سيد الشهداء.", published: "2020-03-15")
        #expect(relations(f, .partOf).isSuperset(of: ["k:asaib-ahl-al-haq k:pmf", "k:kataib-sayyid-al-shuhada k:pmf"]))
    }

    @Test func aGroupGatheringUnderANamedBodyIsPartOfIt() {
        let f = Fixture.extract("وكانت عصائب أهل الحق تنضوي تحت الحشد الشعبي منذ سنوات.", published: "2020-03-15")
        #expect(relations(f, .partOf).contains("k:asaib-ahl-al-haq k:pmf"))
        // A state does not gather under a body.
        let g = Fixture.extract("وقالت إيران إنها لا تنضوي تحت أي تحالف.", published: "2020-03-15")
        #expect(relations(g, .partOf).isEmpty)
    }

    @Test func everyGroupOfACoordinatedObjectIsAccused() {
        let f = Fixture.extract("واتهمت بريطانيا عصائب أهل الحق وكتائب سيد الشهداء بالوقوف وراء الهجوم.", published: "2020-03-15")
        #expect(relations(f, .accuses) == ["k:united-kingdom k:asaib-ahl-al-haq", "k:united-kingdom k:kataib-sayyid-al-shuhada"])
    }
}

extension GenreRuleTests {
    // MARK: an officer's post in a body

    @Test func anOfficerWhosePostIsInABodyServesInIt() {
        let f = Fixture.extract("وقال مسؤول العمليات في الحشد الشعبي العقيد سامر الجبوري إن الموقف مستقر.", published: "2020-03-15")
        let person = f.entities.first { $0.actorType == .person }
        #expect(person.map { relations(f, .memberOf).contains("\($0.ref) k:pmf") } == true)
    }

    @Test func aPostInAStateOrWithoutARankMakesNoMembership() {
        let f = Fixture.extract("وقال مسؤول العمليات في العراق العقيد سامر الجبوري إن الموقف مستقر.", published: "2020-03-15")
        #expect(relations(f, .memberOf).isEmpty)
        let g = Fixture.extract("وقال مسؤول في الحشد الشعبي سامر الجبوري إن الموقف مستقر.", published: "2020-03-15")
        #expect(!g.relations.contains { $0.relation == .memberOf && $0.target == "k:pmf" && $0.evidence.rule == "relation.member_of.post-in" })
    }
}

extension GenreRuleTests {
    // MARK: lexicon affiliations of entities named together

    @Test func aStateNamedAsADestinationTakesNoLexiconAffiliation() {
        let f = Fixture.extract("وقرر التحالف الدولي نقل مدربيه مؤقتا إلى الأردن والكويت.", published: "2020-03-15")
        #expect(!relations(f, .memberOf).contains("k:jordan k:coalition"))
        #expect(!relations(f, .memberOf).contains("k:kuwait k:coalition"))
        let g = Fixture.extract("وقال الأردن إنه باق في التحالف الدولي.", published: "2020-03-15")
        #expect(relations(g, .memberOf).contains("k:jordan k:coalition"))
    }
}

extension GenreRuleTests {
    // MARK: a person as accuser

    @Test func anOfficialNamedByHisTitleAfterTheVerbIsTheAccuser() {
        let f = Fixture.extract("واتهم وزير الخارجية الأمريكي مايك بومبيو عصائب أهل الحق بتنفيذ الهجوم.", published: "2020-03-15")
        #expect(relations(f, .accuses) == ["k:mike-pompeo k:asaib-ahl-al-haq"])
    }

    @Test func aPersonRightAfterTheBlameVerbIsTheAccuser() {
        let f = Fixture.extract("وحمّل بن والاس كتائب حزب الله مسؤولية الهجوم على القاعدة.", published: "2020-03-15")
        #expect(relations(f, .accuses) == ["k:ben-wallace k:kataib-hezbollah"])
    }
}

extension GenreRuleTests {
    @Test func aNameThatOnlyQualifiesAnotherNounTakesNoLexiconStance() {
        let f = Fixture.extract("وحذرت واشنطن فصائل مسلحة مرتبطة بطهران من مواصلة الهجمات.", published: "2020-03-15")
        #expect(!relations(f, .hostileTo).contains("k:iran k:united-states"))
        let g = Fixture.extract("وحذرت واشنطن طهران من مواصلة الهجمات.", published: "2020-03-15")
        #expect(relations(g, .hostileTo).contains("k:iran k:united-states"))
    }
}

extension GenreRuleTests {
    @Test func aPlaceAfterAConjunctionOpensANewPhraseNotTheLocationOfTheFirst() {
        let f = Fixture.extract("وستنسحب القوات من محافظة نينوى ومن مواقعها في كركوك.", published: "2020-03-15")
        #expect(!relations(f, .locatedIn).contains("k:nineveh k:kirkuk"))
        let g = Fixture.extract("وقتل خمسة في العراق و3 في سوريا.", published: "2020-03-15")
        #expect(!relations(g, .locatedIn).contains("k:iraq k:syria"))
        let h = Fixture.extract("وستنسحب القوات من مواقعها في كركوك.", published: "2020-03-15")
        #expect(relations(h, .locatedIn).isEmpty)
        let k = Fixture.extract("وسقط صاروخ على قاعدة كي وان العسكرية في محافظة كركوك.", published: "2020-03-15")
        #expect(!relations(k, .locatedIn).isEmpty)
    }
}

extension GenreRuleTests {
    @Test func aRankWithItsServiceQualifierStillIntroducesTheName() {
        let f = Fixture.extract("وقال المتحدث باسم وزارة الدفاع البريطانية النقيب البحري جون بيكر إن السفينة عادت.", published: "2020-03-15")
        let person = f.entities.first { $0.actorType == .person }
        #expect(person?.surfaces.first == "جون بيكر")
        #expect(person.map { relations(f, .spokespersonOf).contains("\($0.ref) k:uk-mod") } == true)
    }
}

extension GenreRuleTests {
    @Test func theVerbalNounAnnouncedAfterAnOfficialsNameIsNotPartOfIt() {
        let f = Fixture.extract("وأعلن وزير الدفاع البريطاني جون بيكر إرسال 200 جندي إضافي إلى العراق.", published: "2020-03-15")
        #expect(f.entities.filter { $0.actorType == .person }.map { $0.surfaces.first } == ["جون بيكر"])
        // A three-word name stays whole.
        let g = Fixture.extract("وقال وزير الدفاع البريطاني جون بيتر بيكر إن الجنود عادوا.", published: "2020-03-15")
        #expect(g.entities.filter { $0.actorType == .person }.map { $0.surfaces.first } == ["جون بيتر بيكر"])
    }
}
