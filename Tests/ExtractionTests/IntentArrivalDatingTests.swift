import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Withdrawals promised for no time and acts denied ("وليس انسحاباً"), troops arriving home from a
/// posting, a month after "في" in a list of handovers, and an event told hours after an announcement.
/// Sentences written for the tests about other states, people, places and dates.
@Suite struct IntentArrivalDatingTests: FindingQueries {

    // MARK: intentions with no time

    @Test func aWithdrawalPromisedForNoTimeIsNoEvent() {
        for text in [
            "وقال الرئيس الفرنسي إن قوات بلاده ستغادر العراق عاجلاً أم آجلاً، مشيراً إلى أن المهمة لم تنته بعد.",
            "وأكد رئيس الوزراء الدنماركي أن جنود بلاده سينسحبون من العراق \"يوماً ما\".",
            "وقال وزير الدفاع الكندي إن بلاده ستسحب قواتها من العراق في وقت ما، من دون أن يحدد موعداً لذلك.",
        ] {
            let f = Fixture.extract(text, published: "2021-06-10")
            #expect(!f.events.contains { $0.kind == .withdrawal }, "\(text)")
        }
    }

    @Test func aWithdrawalPlannedForATimeStaysAPlan() {
        // The same shape with a time: a planned event, so the rule above is what removes the vague ones.
        let f = Fixture.extract("وقال الرئيس الفرنسي إن قوات بلاده ستغادر العراق خلال الأشهر المقبلة، مشيراً إلى أن المهمة لم تنته بعد.",
                                published: "2021-06-10")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["k:iraq"])
        #expect(w?.modality == .planned)
        // A past act at a vague time is still an act.
        let past = Fixture.extract("وكانت القوات الأسترالية قد انسحبت من قاعدة عين الأسد في وقت ما من العام الماضي.", published: "2021-06-10")
        #expect(past.events.contains { $0.kind == .withdrawal && roles($0, .from) == ["k:ain-al-asad"] })
    }

    // MARK: denials

    @Test func anActDeniedWithLaysaIsNoWithdrawal() {
        let f = Fixture.extract("وشدد وزير الدفاع الألماني على أن نقل المدربين إلى أربيل خطوة مؤقتة وليست انسحاباً من العراق.",
                                published: "2020-04-02")
        #expect(!f.events.contains { $0.kind == .withdrawal && roles($0, .from).contains("k:iraq") })
        let g = Fixture.extract("وقال المتحدث إن تقليص المهام ليس انسحاباً من قاعدة عين الأسد بل إعادة تنظيم.", published: "2020-04-02")
        #expect(!g.events.contains { $0.kind == .withdrawal && roles($0, .from).contains("k:ain-al-asad") })
        // "ليس من الواضح": the knowledge is negated, not the attack told after it.
        let h = Fixture.extract("وليس من الواضح بعد من يقف وراء الهجوم الصاروخي على قاعدة عين الأسد أمس الأحد.", published: "2020-04-06")
        #expect(h.events.contains { $0.kind == .attack && roles($0, .target).contains("k:ain-al-asad") })
    }

    // MARK: arrivals home

    @Test func troopsArrivingHomeFromAPostingWithdrawFromIt() {
        let f = Fixture.extract("""
            وسبقت الدنمارك ألمانيا بخطوة مماثلة، إذ وصل نحو خمسين جندياً هولندياً كانوا في العراق إلى أمستردام مساء الأحد، بحسب وزارة الدفاع الهولندية.
            """, published: "2020-03-30")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["k:iraq"])
        #expect(w.map { roles($0, .actor) } == ["k:netherlands"])
        #expect(w?.modality == .completed)
        #expect(w?.date?.iso == "2020-03-29")
    }

    @Test func anArrivalWithoutAFormerPostingIsNoWithdrawal() {
        for text in [
            "ووصل وزير الدفاع الهولندي إلى بغداد مساء الأحد في زيارة لم يعلن عنها مسبقاً.",
            "ووصل نحو 300 جندي أميركي إلى العراق مساء الأحد لتعزيز حماية السفارة.",
        ] {
            let f = Fixture.extract(text, published: "2020-03-30")
            #expect(!f.events.contains { $0.kind == .withdrawal }, "\(text)")
        }
    }

    // MARK: a month after في

    @Test func aMonthAfterFiDatesEveryItemOfAHandoverList() {
        let f = Fixture.extract("""
            ويأتي الانسحاب بعد سلسلة من الخطوات، إذ غادر التحالف في نيسان معسكر بسماية وقاعدة عين الأسد في الأنبار، قبل أن يسلّم معسكر التاجي مطلع حزيران.
            """, published: "2020-09-14")
        let besmaya = f.events.first { $0.kind == .withdrawal && roles($0, .from) == ["k:camp-besmaya"] }
        let asad = f.events.first { $0.kind == .withdrawal && roles($0, .from).contains("k:ain-al-asad") }
        #expect(besmaya?.date?.iso == "2020-04")
        #expect(asad?.date?.iso == "2020-04")
    }

    // MARK: hours after an announcement

    @Test func anEventHoursAfterAnAnnouncementTakesItsDay() {
        let f = Fixture.extract("""
            أعلن وزير الخارجية البريطاني، الأحد 4 تشرين الأول، أن بلاده ستسحب نصف قواتها من العراق بحلول 20 كانون الأول المقبل.

            وأوضح الوزير في مؤتمر صحافي أن القرار جاء بعد مشاورات مع الحلفاء.

            ولم تمض ساعات على الإعلان حتى سقطت صواريخ على قاعدة حرير الجوية، من دون أن تسفر عن إصابات.
            """, published: "2020-10-06")
        let attack = f.events.first { $0.kind == .attack && roles($0, .target).contains("k:harir-air-base") }
        #expect(attack?.date?.iso == "2020-10-04")
        #expect(attack?.dateIsFallback == false)
    }

    // MARK: adjectives of nearness

    @Test func anAdjectiveOfNearnessAfterABaseWordIsNoName() {
        for text in [
            "وتتمركز قوات إيطالية في قاعدة ملاصقة لمطار السليمانية منذ عام 2015.",
            "وسقط صاروخ على معسكر قريب من الحدود السورية فجر الأحد.",
        ] {
            let f = Fixture.extract(text, published: "2020-05-04")
            #expect(!f.entities.contains { $0.ref.hasPrefix("p:") && $0.kind == .base }, "\(text)")
        }
    }

    // MARK: a handover of a number of bases

    @Test func aHandoverOfANumberOfBasesIsASummary() {
        let f = Fixture.extract("""
            وأعلنت أستراليا الشهر الماضي خفض عدد مدربيها في العراق، بعدما سلّم التحالف الدولي عدداً من القواعد للقوات العراقية منذ نيسان.
            """, published: "2020-10-11")
        #expect(!f.events.contains { $0.trigger.contains("سلّم") })
        // One base handed over is still an event.
        let one = Fixture.extract("وسلّم التحالف الدولي قاعدة الحبانية للقوات العراقية أمس السبت.", published: "2020-10-11")
        #expect(one.events.contains { $0.kind == .withdrawal && roles($0, .from) == ["k:al-taqaddum"] })
    }

    @Test func troopsSentBackToTheirStatesTerritoryWithdraw() {
        let f = Fixture.extract("""
            أعلنت الحكومة الإيطالية الاثنين أن إيطاليا ستعيد إلى أراضيها المدربين المنتشرين في العراق ضمن مهمة حلف شمال الأطلسي.
            """, published: "2020-03-30")
        let w = f.events.first { $0.kind == .withdrawal }
        #expect(w.map { roles($0, .from) } == ["k:iraq"])
        #expect(w.map { roles($0, .actor) } == ["k:italy"])
        #expect(w?.date?.iso == "2020-03-30")
    }

    // MARK: a killing and the strike that killed

    @Test func aKillingWordAndTheStrikeThatKilledAreOneAttack() {
        let f = Fixture.extract("""
            وتصاعد التوتر منذ اغتيال القيادي في كتائب حزب الله أبو باقر الساعدي بغارة أميركية قرب قاعدة عين الأسد مطلع شباط.
            """, published: "2024-02-10")
        let attacks = f.events.filter { $0.kind == .attack }
        #expect(attacks.count == 1)
        #expect(attacks.first.map { roles($0, .target).isSuperset(of: ["k:abu-baqir-al-saadi", "k:ain-al-asad"]) } == true)
        #expect(attacks.first?.date?.iso == "2024-02")
        // A killing that is the point a span is counted from keeps its one event.
        let g = Fixture.extract("""
            وتصاعد التوتر بعد أيام من اغتيال القيادي في حركة النجباء مشتاق طالب السعيدي بضربة أميركية قرب مطار بغداد مطلع كانون الثاني.
            """, published: "2024-02-10")
        #expect(g.events.filter { $0.kind == .attack }.count == 1)
    }

    // MARK: a cut carried on

    @Test func aCutCarriedOnOverACountryIsNoEvent() {
        let f = Fixture.extract("وأكد الجانب البريطاني حينها أنه سيواصل تقليص قواته في العراق خلال الأشهر المقبلة.", published: "2021-03-02")
        #expect(!f.events.contains { $0.kind == .withdrawal })
        // Without the verb of carrying on, the same cut is a planned event.
        let g = Fixture.extract("وأكد الجانب البريطاني حينها أنه سيبدأ تقليص قواته في العراق خلال الأشهر المقبلة.", published: "2021-03-02")
        #expect(g.events.contains { $0.kind == .withdrawal && roles($0, .from) == ["k:iraq"] })
    }

    // MARK: "القاعدة" after the town a base is named after

    @Test func aBaseReferenceAfterItsTownNamesThatBase() {
        let f = Fixture.extract("""
            سقطت صواريخ على قاعدة حرير الجوية فجر الأحد.
            وفي اليوم نفسه استهدفت طائرة مسيرة قاعدة عين الأسد في الأنبار.

            أما في حرير، فقد أفاد مصدر أمني بأن الصاروخين سقطا في محيط القاعدة من دون خسائر.
            """, published: "2020-05-04")
        // The third sentence (index 2) tells of the rockets on Harir, not of the drone on Ain al-Asad told last.
        let harir = f.events.filter { roles($0, .target).contains("k:harir-air-base") }
        let asad = f.events.filter { roles($0, .target).contains("k:ain-al-asad") }
        #expect(harir.contains { $0.evidence.contains { $0.sentence == 2 } })
        #expect(!asad.contains { $0.evidence.contains { $0.sentence == 2 } })
    }

    // MARK: a date after the last item of a list joined by "ثم"

    @Test func aDateAfterTheItemThatThenSetsLaterIsThatItemsOnly() {
        let f = Fixture.extract("""
            وتسلمت القوات العراقية معسكر التاجي اليوم السبت. وسبق ذلك تسليم قاعدة بلد الجوية في صلاح الدين، ثم معسكر بسماية جنوب شرقي بغداد قبل أربعة أيام.
            """, published: "2020-08-22")
        let besmaya = f.events.first { $0.kind == .withdrawal && roles($0, .from) == ["k:camp-besmaya"] }
        let balad = f.events.first { $0.kind == .withdrawal && roles($0, .from) == ["k:balad-air-base"] }
        #expect(besmaya?.date?.iso == "2020-08-18")
        #expect(balad != nil)
        #expect(balad?.date?.iso != "2020-08-18")
    }
}
