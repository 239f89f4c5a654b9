import Testing
import GraphModel
@testable import Extraction

/// "وهي الجريمة التي ردت عليها إيران بقصف …": a reply to an event the pronoun refers to is placed
/// by that event, never by the publication week (Events/EventRetold.swift). Sentences written
/// for the test.
@Suite struct ReplyToToldEventTests {
    private func strike(on base: String, _ f: DocumentFindings) -> FoundEvent? {
        f.events.first { $0.kind == .attack && $0.roles.contains { $0.relation == .target && $0.ref == base } }
    }

    @Test func aReplyToTheEventReferredBackTakesNoPublicationWeek() {
        let f = Fixture.extract("""
            وتأتي هذه التطورات بعد أكثر من شهر على اغتيال القيادي في حركة النجباء أبو تقوى السعيدي، \
            وهي العملية التي ردت عليها الفصائل بقصف قاعدة حرير الجوية.
            """, published: "2024-02-20")
        let harir = strike(on: "k:harir-air-base", f)
        #expect(harir != nil)
        #expect(harir?.dateIsFallback == false)
        #expect(harir?.date == nil)
    }

    @Test func aStrikeWithNoReplyStillTakesThePublicationWeek() {
        let f = Fixture.extract("وقصفت الفصائل قاعدة حرير الجوية بطائرات مسيرة.", published: "2024-02-20")
        #expect(strike(on: "k:harir-air-base", f)?.dateIsFallback == true)
    }
}

/// "…، في هجوم تبنته X": the attack noun sums up the attack the sentence told before it, so the
/// claim reaches every target named there (Events/EventRetold.swift). Sentences written for the test.
@Suite struct SummedUpAttackTests: FindingQueries {
    @Test func theClaimReachesEveryTargetOfTheAttackSummedUp() {
        let f = Fixture.extract("""
            أطلقت الفصائل طائرات مسيرة على قاعدة حرير الجوية وعلى قاعدة عين الأسد، في هجوم تبنته المقاومة الإسلامية في العراق.
            """, published: "2023-11-02")
        #expect(f.events.filter { $0.kind == .attack }.count == 1)
        let claimed = relations(f, .claimed)
        #expect(claimed.contains { $0.hasSuffix(" k:harir-air-base") })
        #expect(claimed.contains { $0.hasSuffix(" k:ain-al-asad") })
    }

    @Test func anAttackNounWithATargetOfItsOwnIsAnotherAttack() {
        let f = Fixture.extract("""
            سقطت صواريخ على قاعدة حرير الجوية، في هجوم على قاعدة عين الأسد تبنته المقاومة الإسلامية في العراق.
            """, published: "2023-11-02")
        #expect(f.events.filter { $0.kind == .attack }.count == 2)
    }
}
