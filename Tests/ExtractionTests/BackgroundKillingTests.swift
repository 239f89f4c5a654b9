import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Killings told in a passive relative clause, killings remembered, bases approached, and a
/// class word followed by an adjective only. Sentences written for the test about other people,
/// places and dates.
@Suite struct BackgroundKillingTests: FindingQueries {

    @Test func victimsOfAStrikeToldInAPassiveRelativeClauseAreItsTargets() {
        let f = Fixture.extract("""
            ورفع المحتجون صور القياديين أبو علي البصري وأبو حسين الكناني، اللذين قتلا بغارة أميركية قرب قاعدة بلد في 12 آذار 2020.
            """, published: "2021-03-12")
        let strike = f.events.first { $0.kind == .attack }
        let persons = Set(f.entities.filter { $0.actorType == .person }.map(\.ref))
        #expect(persons.count == 2)
        #expect(strike.map { roles($0, .target).isSuperset(of: persons) } == true)
        #expect(strike.map { roles($0, .target).contains("k:balad-air-base") } == true)
        #expect(strike.map { roles($0, .attacker) } == ["k:united-states"])
        #expect(strike?.date?.iso == "2020-03-12")
    }

    @Test func theSingularPronounTakesUpOnlyTheLastPerson() {
        let f = Fixture.extract("""
            والتقى القيادي أبو علي البصري برفيقه أبو حسين الكناني، الذي قتل بغارة أميركية قرب قاعدة بلد في 12 آذار 2020.
            """, published: "2021-03-12")
        let strike = f.events.first { $0.kind == .attack }
        let targets = strike.map { roles($0, .target) } ?? []
        #expect(f.entities.filter { $0.actorType == .person && targets.contains($0.ref) }.map(\.surfaces.first) == ["أبو حسين الكناني"])
    }

    @Test func aKillingRememberedIsNoTargetOfTodaysAttack() {
        let f = Fixture.extract("استهدف هجوم صاروخي قاعدة بلد في ذكرى مقتل أبو علي البصري.", published: "2021-03-12")
        let attack = f.events.first { $0.kind == .attack }
        #expect(attack.map { roles($0, .target) } == ["k:balad-air-base"])
        let g = Fixture.extract("استهدف هجوم صاروخي قاعدة بلد بعد مقتل أبو علي البصري.", published: "2021-03-12")
        #expect(g.events.first { $0.kind == .attack }.map { roles($0, .target).count } == 1)
    }

    @Test func aBaseTheDronesWereApproachingIsTheTarget() {
        let f = Fixture.extract("""
            أسقطت الدفاعات الجوية فجر اليوم طائرة مسيرة مفخخة كانت تقترب من قاعدة حرير في محافظة أربيل.
            """, published: "2021-07-06")
        let attack = f.events.first { $0.kind == .attack }
        #expect(attack.map { roles($0, .target) } == ["k:harir-air-base"])
        #expect(attack?.date?.iso == "2021-07-06")
    }

    @Test func anAirportQualifiedOnlyByAnAdjectiveIsNoBase() {
        let f = Fixture.extract("ووصف المسؤول ما جرى بأنه اعتداء على مطار مدني يستقبل المسافرين.", published: "2021-07-06")
        #expect(!f.entities.contains { $0.kind == .base })
    }

    @Test func aKillingNamedByItsNounThenTheStrikeTargetsTheVictims() {
        let f = Fixture.extract("""
            وصوت البرلمان في 5 آذار 2020 على القرار إثر مقتل القياديين أبو علي البصري وأبو حسين الكناني بغارة أميركية قرب قاعدة بلد.
            """, published: "2020-03-20")
        let strike = f.events.first { $0.kind == .attack }
        let persons = Set(f.entities.filter { $0.actorType == .person }.map(\.ref))
        #expect(persons.count == 2)
        #expect(strike.map { roles($0, .target).isSuperset(of: persons.union(["k:balad-air-base"])) } == true)
        // The vote's date is not the killing's, and a background killing gets no publication stand-in.
        #expect(strike != nil && strike?.date == nil)
        let g = Fixture.extract("""
            وتظاهر المئات إثر مقتل القيادي أبو علي البصري بغارة أميركية قرب قاعدة بلد في 12 آذار 2020.
            """, published: "2020-03-20")
        #expect(g.events.first { $0.kind == .attack }?.date?.iso == "2020-03-12")
    }
}
