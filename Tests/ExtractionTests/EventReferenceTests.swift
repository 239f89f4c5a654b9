import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Mentions of earlier events, prevented attacks, summaries, and dates told relative to another event.
@Suite struct EventReferenceTests: FindingQueries {

    @Test func claimSentenceAttachesToTheAttackInsteadOfMakingOne() {
        let f = Fixture.extract("""
            سقطت ثلاثة صواريخ على قاعدة بلد الجوية مساء أمس الأحد.
            وتبنت الهجوم جماعة تطلق على نفسها "سرايا ثأر المهندس".
            """, published: "2020-04-06")
        #expect(f.events.count == 1)
        #expect(f.events.first.map { roles($0, .target) } == ["k:balad-air-base"])
        #expect(f.events.first?.modality == .claimed)
        #expect(f.events.first.map { roles($0, .attacker).isEmpty } == false)
    }

    @Test func defusedBombIsNotAnAttack() {
        let f = Fixture.extract("وفككت القوات الأمنية عبوة ناسفة كانت معدة لاستهداف رتل للتحالف في محافظة بابل.", published: "2020-06-10")
        #expect(f.events.isEmpty)
    }

    @Test func anyMoveSeenAsTargetingIsHypothetical() {
        let f = Fixture.extract("وترى الفصائل في أي عملية أمنية ضدها استهدافا للحشد الشعبي في بغداد.", published: "2020-06-27")
        #expect(f.events.isEmpty)
    }

    @Test func causeClauseNamesAnEarlierEventNotANewOne() {
        let f = Fixture.extract("وفي 29 كانون الأول/ديسمبر 2019 شنت طائرات أميركية غارات على مواقع لكتائب حزب الله، ردا على هجوم كركوك.",
                                published: "2020-01-02")
        let attacks = f.events.filter { $0.kind == .attack }
        #expect(attacks.count == 1)
        #expect(attacks.first.map { roles($0, .target).contains("k:kataib-hezbollah") } == true)
        #expect(attacks.first?.date?.iso == "2019-12-29")
    }

    @Test func eventCountedFromAnEarlierOneTakesItsDatePlusTheOffset() {
        let f = Fixture.extract("""
            سقطت ثلاثة صواريخ على المنطقة الخضراء في بغداد في 21 كانون الثاني/يناير.
            وبعد خمسة أيام من الهجوم الأول، سقطت صواريخ جديدة على المنطقة الخضراء.
            """, published: "2020-01-28")
        #expect(f.events.count == 2)
        #expect(f.events.map { $0.date?.iso } == ["2020-01-21", "2020-01-26"])
        #expect(f.events.last?.date?.trace?.rule == "offset-after")
    }

    @Test func eventInsideAnOffsetPhraseIsThatManyDaysBeforeTheClause() {
        let f = Fixture.extract("عقد المجلس الوزاري للأمن الوطني اجتماعا في 10 تموز/يوليو 2020، بعد أربعة أيام من اغتيال الخبير الأمني هشام الهاشمي في بغداد.",
                                published: "2020-07-12")
        let attack = f.events.first { $0.kind == .attack }
        #expect(attack?.date?.iso == "2020-07-06")
    }

    @Test func sinceDateFollowedByWhenDatesThatEvent() {
        let f = Fixture.extract("وهذا الهجوم الأول على قاعدة بلد منذ 20 شباط/فبراير الماضي، حين سقطت صواريخ على القاعدة.", published: "2021-04-05")
        let attack = f.events.first { $0.kind == .attack }
        #expect(attack?.date?.iso == "2021-02-20")
    }

    @Test func dayAndMonthTakeTheYearOfTheStoryBeingTold() {
        let f = Fixture.extract("""
            استهدفت صواريخ قاعدة بلد الجوية في 31 كانون الأول/ديسمبر 2019.
            وفي 4 كانون الثاني/يناير سقطت صواريخ أخرى على قاعدة بلد الجوية.
            """, published: "2021-03-01")
        #expect(f.events.map { $0.date?.iso } == ["2019-12-31", "2020-01-04"])
    }

    @Test func launchSiteIsNotWhereTheRocketsFell() {
        let f = Fixture.extract("سقطت ثلاثة صواريخ قرب مطار أربيل أطلقت من سهل نينوى مساء أمس.", published: "2020-10-01")
        let attack = f.events.first { $0.kind == .attack }
        #expect(attack.map { roles($0, .location).contains { $0.contains("nineveh") } } == false)
        #expect(attack.map { roles($0, .target).isEmpty } == false)
    }

    @Test(arguments: [
        "وسلم التحالف الدولي معظم القواعد الصغيرة، ومنها قاعدة القائم، إلى القوات العراقية.",
        "وتسعى الفصائل إلى الضغط على واشنطن لسحب قواتها من العراق.",
        "وقال الرئيس إن بلاده تسحب قواتها من العراق بسرعة.",
    ])
    func summariesGoalsAndPolicyAreNotWithdrawals(_ text: String) {
        let f = Fixture.extract(text, published: "2020-09-10")
        #expect(f.events.filter { $0.kind == .withdrawal }.isEmpty)
    }

    @Test func governmentNamedByItsNisbaActsForItsState() {
        let f = Fixture.extract("أعلنت الحكومة الإيطالية، اليوم الأحد، سحب جزء من قواتها من العراق.", published: "2020-01-05")
        #expect(f.events.first.map { roles($0, .actor) } == ["k:italy"])
    }

    @Test func oneArticleGivingTwoDaysKeepsTwoAttacks() {
        let text = """
            انفجرت عبوة ناسفة على رتل للتحالف في محافظة بابل يوم الأحد.
            وانفجرت عبوة ناسفة أخرى على رتل للتحالف في محافظة بابل يوم الاثنين.
            """
        let g = Fixture.graph([Fixture.article(text, published: "2020-06-03")])
        #expect(g.events(.attack).count == 2)
    }

    @Test func officialStatementAfterAReportRetellsTheSameAttack() {
        let text = """
            انفجرت عبوة ناسفة على رتل للتحالف في محافظة الديوانية أمس الثلاثاء.
            وقالت خلية الإعلام الأمني في بيان إن "عبوة ناسفة انفجرت على رتل تابع لشركة متعاقدة مع التحالف".
            """
        let g = Fixture.graph([Fixture.article(text, published: "2020-07-08")])
        #expect(g.events(.attack).count == 1)
        #expect(g.events(.attack).first?.date?.iso == "2020-07-07")
    }
}
