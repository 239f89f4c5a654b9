import Testing
import GraphModel
@testable import Extraction

/// Which date of a sentence an event takes: not one told of another event (a cause, a relative
/// clause about an earlier attack), not the day a statement was made, and a deadline for a
/// withdrawal to come. Publication is Thursday 26 March 2020 unless told.
@Suite struct EventDatingTests {
    func targets(_ e: FoundEvent) -> Set<String> { Set(e.roles.filter { $0.relation == .target }.map(\.ref)) }
    func attacks(_ f: DocumentFindings, hitting key: String) -> [FoundEvent] {
        f.events.filter { $0.kind == .attack && targets($0).contains(key) }
    }

    @Test func aCausePhraseOpeningTheSentenceDatesNeitherTheReprisalNorGivesItsTarget() {
        let f = Fixture.extract("ردا على الهجوم الذي استهدف قاعدة عين الأسد يوم الأحد، قصفت طائرات أمريكية مواقع لكتائب حزب الله في القائم.")
        let strikes = attacks(f, hitting: "k:kataib-hezbollah")
        #expect(strikes.count == 1)
        #expect(strikes.allSatisfy { $0.date?.iso != "2020-03-22" })
        #expect(strikes.allSatisfy { !targets($0).contains("k:ain-al-asad") })
    }

    @Test func aRelativeClauseAfterTheReprisalDoesNotDateIt() {
        let f = Fixture.extract("قصفت طائرات أمريكية مواقع لكتائب حزب الله في القائم، انتقاما للهجوم الذي استهدف قاعدة عين الأسد يوم الأحد.")
        let strikes = attacks(f, hitting: "k:kataib-hezbollah")
        #expect(strikes.count == 1)
        #expect(strikes.allSatisfy { $0.date?.iso != "2020-03-22" })
    }

    @Test func theReprisalKeepsItsOwnDateBesideTheCause() {
        let f = Fixture.extract("وشنت الولايات المتحدة فجر اليوم غارات على مواقع لكتائب حزب الله في القائم ردا على الهجوم الذي وقع الأحد على قاعدة عين الأسد.")
        let strikes = attacks(f, hitting: "k:kataib-hezbollah")
        #expect(strikes.map { $0.date?.iso } == ["2020-03-26"])
    }

    @Test func theEarlierAttackInTheRelativeClauseKeepsItsDate() {
        let f = Fixture.extract("وقصفت طائرات أمريكية مقرا لكتائب حزب الله في جرف الصخر، بعد الهجوم الذي استهدف قاعدة عين الأسد يوم الأحد.")
        #expect(attacks(f, hitting: "k:ain-al-asad").map { $0.date?.iso } == ["2020-03-22"])
        #expect(attacks(f, hitting: "k:kataib-hezbollah").allSatisfy { $0.date?.iso != "2020-03-22" })
    }

    @Test func theDayOfAStatementIsNotTheDayOfTheAttack() {
        let f = Fixture.extract("أعلنت المقاومة الإسلامية في العراق، في بيان اليوم، مسؤوليتها عن استهداف قاعدة عين الأسد أمس بطائرة مسيرة.")
        let hits = attacks(f, hitting: "k:ain-al-asad")
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.date?.iso == "2020-03-25" })
    }

    @Test func aLoneDateAfterAStatementStillDatesTheEvent() {
        let f = Fixture.extract("وأعلن التحالف الدولي في بيان اليوم انسحاب قواته من قاعدة القائم.")
        let w = f.events.filter { $0.kind == .withdrawal }
        #expect(w.count == 1)
        #expect(w.first?.date?.iso == "2020-03-26")
    }

    @Test func aClaimDatesTheAttackItNames() {
        let f = Fixture.extract("""
            تعرضت قاعدة حرير في أربيل لهجوم بطائرتين مسيرتين.
            وتبنت المقاومة الإسلامية في العراق الهجوم الذي وقع أمس.
            """)
        let hits = attacks(f, hitting: "k:harir-air-base")
        #expect(hits.count == 1)
        #expect(hits.first?.date?.iso == "2020-03-25" && hits.first?.dateIsFallback == false)
    }

    @Test func aDeadlineDatesAWithdrawalToCome() {
        let f = Fixture.extract("وتعهدت الحكومة بانسحاب القوات القتالية للتحالف الدولي من العراق حتى نهاية 2021.", published: "2021-07-27")
        let w = f.events.filter { $0.kind == .withdrawal }
        #expect(w.count == 1)
        #expect(w.first?.date?.iso == "2021-12" && w.first?.date?.precision == .month)
        #expect(w.first?.modality == .planned)
    }

    @Test func aDeadlineAtTheEndOfTheYearIsItsDecember() {
        let f = Fixture.extract("وقال المسؤول إن القوات الأمريكية ستنسحب من قاعدة عين الأسد حتى نهاية العام الجاري.", published: "2024-01-18")
        let w = f.events.filter { $0.kind == .withdrawal }
        #expect(w.map { $0.date?.iso } == ["2024-12"])
        #expect(w.first?.modality == .planned)
    }

    @Test func anExplicitDateBesideARelativeDayDatesTheAttack() {
        let f = Fixture.extract("استهدف هجوم صاروخي قاعدة عين الأسد أمس الثلاثاء 17 آذار 2020.")
        #expect(attacks(f, hitting: "k:ain-al-asad").map { $0.date?.iso } == ["2020-03-17"])
    }

    @Test func aWeekdayBesideACountedDayDatesTheAttack() {
        let f = Fixture.extract("سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء أول أمس الاثنين.")
        #expect(attacks(f, hitting: "k:ain-al-asad").map { $0.date?.iso } == ["2020-03-23"])
    }

    @Test func aCauseAfterTheTriggerGivesItNoTargetAndKeepsItsOwnDate() {
        let f = Fixture.extract("وأكدت الفصائل أن القصف جاء ثأرا لمقتل أبو مهدي المهندس، الذي قتل مع قاسم سليماني بغارة أمريكية قرب مطار بغداد يوم الجمعة.")
        let killings = attacks(f, hitting: "k:qasem-soleimani")
        #expect(killings.count == 1)
        #expect(killings.first?.date?.iso == "2020-03-20")
    }

    @Test func aDayAfterSinceDatesAWithdrawal() {
        let f = Fixture.extract("وانسحبت القوات الأمريكية من قاعدة عين الأسد منذ 17 من الشهر الماضي.")
        #expect(f.events.filter { $0.kind == .withdrawal }.map { $0.date?.iso } == ["2020-02-17"])
    }

    @Test func aMonthAfterSinceBoundsACountAndDatesNoWithdrawal() {
        let f = Fixture.extract("وكانت قاعدة التاجي ثالث قاعدة يسلمها التحالف الدولي إلى القوات العراقية منذ آذار الماضي.")
        #expect(f.events.allSatisfy { $0.date?.iso != "2019-03" })
    }

    @Test func anEventBeforeAnOffsetPhraseIsCountedFromTheDatedReference() {
        let f = Fixture.extract("وقالت المقاومة الإسلامية في العراق إنها استهدفت قاعدة عين الأسد، بعد يوم من قصف أمريكي استهدف مقرا لكتائب حزب الله الثلاثاء.")
        // Tuesday 24 March, and the attack on the base one day after it.
        #expect(attacks(f, hitting: "k:ain-al-asad").map { $0.date?.iso } == ["2020-03-25"])
        #expect(attacks(f, hitting: "k:kataib-hezbollah").map { $0.date?.iso } == ["2020-03-24"])
    }

    @Test func anEventNounFramingTheSentenceDatesTheEventReported() {
        let f = Fixture.extract("وفي الهجوم الذي وقع فجر الاثنين، سقطت صواريخ على قاعدة حرير.")
        #expect(attacks(f, hitting: "k:harir-air-base").map { $0.date?.iso } == ["2020-03-23"])
    }

    @Test func aTriggerRunningIntoTheCausePhraseKeepsItsDate() {
        let f = Fixture.extract("""
            قصفت طائرات أمريكية مواقع لكتائب حزب الله في القائم.
            وجاء القصف ردا على الهجوم الذي استهدف قاعدة عين الأسد يوم الأحد.
            """)
        #expect(attacks(f, hitting: "k:ain-al-asad").map { $0.date?.iso } == ["2020-03-22"])
    }

    @Test func anUndatedAttackDoesNotBorrowTheDayOfAVote() {
        let f = Fixture.extract("وكان البرلمان العراقي قد صوت الأحد على قرار يطالب بإخراج القوات الأجنبية. وسقطت ثلاثة صواريخ على قاعدة عين الأسد.")
        let hits = attacks(f, hitting: "k:ain-al-asad")
        #expect(hits.count == 1)
        #expect(hits.allSatisfy { $0.date?.iso != "2020-03-22" })
    }

    @Test func aPlanTakesTheDateStillAheadOfSeveral() {
        let f = Fixture.extract("وأعلنت وزارة الدفاع الأمريكية، الثلاثاء، أن قواتها ستكمل انسحابها من قاعدة عين الأسد بحلول نهاية أيلول/سبتمبر 2025.")
        let w = f.events.filter { $0.kind == .withdrawal }
        #expect(w.map { $0.date?.iso } == ["2025-09"])
    }

    @Test func aDateSetOffAfterTheSpeakerDatesTheStatement() {
        let f = Fixture.extract("وقالت كتائب حزب الله، اليوم الخميس، إنها استهدفت قاعدة عين الأسد أمس بطائرة مسيرة.")
        let hits = attacks(f, hitting: "k:ain-al-asad")
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.date?.iso == "2020-03-25" })
    }

    @Test func anExplicitDayBesideACountedOneDatesTheEvent() {
        // Publication is Thursday 26 March; the counts would give the 25th and the 24th.
        let a = Fixture.extract("استهدفت طائرة مسيرة قاعدة حرير أمس، 20 آذار 2020.")
        #expect(attacks(a, hitting: "k:harir-air-base").map { $0.date?.iso } == ["2020-03-20"])
        let b = Fixture.extract("وفي 21 آذار، أي قبل يومين، استهدفت طائرة مسيرة قاعدة حرير في أربيل.")
        #expect(attacks(b, hitting: "k:harir-air-base").map { $0.date?.iso } == ["2020-03-21"])
    }

    @Test func aHandoverStipulatedByAnAgreementIsPlanned() {
        let f = Fixture.extract("وبموجب الاتفاق سوف تنسحب القوات الأميركية من قاعدة التاجي، على أن يتسلم الجيش العراقي القاعدة.")
        let w = f.events.filter { $0.kind == .withdrawal }
        #expect(!w.isEmpty)
        #expect(w.allSatisfy { $0.modality == .planned })
        #expect(w.allSatisfy { !$0.dateIsFallback })
    }

    @Test func aPlannedWithdrawalTakesTheDeadlineStatedTheSentenceBefore() {
        let f = Fixture.extract("""
            أعلنت الحكومة العراقية، أمس، التوصل إلى اتفاق مع واشنطن ينتهي بحلول نهاية آذار (مارس) 2021.

            وبحسب البيان، سوف تنسحب القوات الأميركية من قاعدة التاجي في بغداد.
            """)
        let w = f.events.filter { $0.kind == .withdrawal }
        #expect(w.map { $0.date?.iso } == ["2021-03"])
        #expect(w.first?.date?.trace?.rule.hasPrefix("plan-deadline-before") == true)
    }

    @Test func aPastDateBeforeAPlannedWithdrawalDoesNotDateIt() {
        let f = Fixture.extract("""
            وقعت الحكومة العراقية اتفاقا مع واشنطن في 10 كانون الثاني 2020.

            وبحسب الاتفاق، سوف تنسحب القوات الأميركية من قاعدة التاجي في بغداد.
            """)
        let w = f.events.filter { $0.kind == .withdrawal }
        #expect(w.count == 1)
        #expect(w.allSatisfy { $0.date == nil })
    }

    @Test func aPluperfectEarlierAttackLendsItsDateToNoAttackToldBefore() {
        let f = Fixture.extract("""
            قصفت طائرات أمريكية مقرات لكتائب حزب الله في القائم.

            وكانت طائرة مسيرة قد استهدفت، السبت الماضي، موقعا عسكريا في شمال الأردن.
            """)
        let strikes = attacks(f, hitting: "k:kataib-hezbollah")
        #expect(strikes.count == 1)
        #expect(strikes.allSatisfy { $0.date?.iso != "2020-03-21" })
    }

    @Test func theBodyThatReportsAnAttackIsNotItsAttacker() {
        let f = Fixture.extract("وأعلن الجيش العراقي أن طائرة مسيرة مفخخة أسقطت قرب قاعدة بلد الجوية في صلاح الدين.")
        let hits = f.events.filter { $0.kind == .attack }
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { !$0.roles.contains { $0.relation == .attacker } })
    }

    @Test func theDayOfAClaimSetOffByCommasIsNotTheDayOfTheAttack() {
        let f = Fixture.extract("تبنت جماعة مسلحة، اليوم الخميس، هجوما بطائرة مسيرة استهدف أمس الأربعاء قاعدة بلد الجوية في صلاح الدين.")
        let hits = f.events.filter { $0.kind == .attack }
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.date?.iso == "2020-03-25" })
    }

    @Test func theAttackAnsweredIsNeitherDatedAfterTheAnswerNorJoinedToIt() {
        let f = Fixture.extract("""
            شنت القوات الأمريكية، فجر اليوم الخميس، غارات على مواقع لكتائب حزب الله في القائم، ردا على هجوم صاروخي استهدف مساء الثلاثاء قاعدة بلد الجوية في صلاح الدين.

            وقال المتحدث باسم البنتاغون إن الغارات جاءت ردا مباشرا على سلسلة من الهجمات ضد القوات الأمريكية، ومنها الهجوم على قاعدة بلد الجوية.
            """)
        #expect(attacks(f, hitting: "k:balad-air-base").allSatisfy { $0.date?.iso != "2020-03-27" })
        #expect(attacks(f, hitting: "k:kataib-hezbollah").allSatisfy { !targets($0).contains("k:balad-air-base") })
    }
}
