import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Members of an accused family of factions: coordinated after "بينها", named before "في مقدمة هذه
/// الفصائل", backed as the family is; a state a family is loyal to has no parts; "بقيادة X" after a
/// coalition's purpose leads the coalition; blaming with "حمّل X مسؤوليته" claims nothing.
/// Sentences written for the test.
@Suite struct FactionFamilyTests: FindingQueries {

    @Test func coordinatedMembersOfAnAccusedFamilyAreAccusedAndBackedAsItIs() {
        let f = Fixture.extract("""
            ويتهم البنتاغون الفصائل الموالية لإيران، بينها كتائب سيد الشهداء وحركة النجباء، بالوقوف وراء الهجمات.
            """, published: "2021-03-01")
        let accused = relations(f, .accuses)
        #expect(accused.contains { $0.hasSuffix("k:kataib-sayyid-al-shuhada") })
        #expect(accused.contains { $0.hasSuffix("k:harakat-al-nujaba") })
        let backed = relations(f, .backedBy)
        #expect(backed.contains("k:kataib-sayyid-al-shuhada k:iran"))
        #expect(backed.contains("k:harakat-al-nujaba k:iran"))
        // A state the family is loyal to has no parts.
        #expect(!relations(f, .partOf).contains { $0.hasSuffix("k:iran") })
    }

    @Test func aGroupInTheForefrontOfTheFamilyIsAccused() {
        let f = Fixture.extract("""
            واتهمت واشنطن الفصائل الموالية لإيران بالهجوم، ورجحت أن تكون عصائب أهل الحق في مقدمة هذه الفصائل.
            """, published: "2021-03-01")
        #expect(relations(f, .accuses).contains("k:united-states k:asaib-ahl-al-haq"))
    }

    @Test func aLeaderAfterACoalitionsPurposeLeadsTheCoalition() {
        let f = Fixture.extract("وتنتشر في القاعدة قوات التحالف الدولي لمحاربة داعش بقيادة الولايات المتحدة.", published: "2021-03-01")
        let leads = relations(f, .leads)
        #expect(leads.contains("k:united-states k:coalition"))
        #expect(!leads.contains { $0.hasSuffix("k:isis") })
    }

    @Test func blamingAGroupIsNoClaim() {
        let f = Fixture.extract("""
            وسقطت صواريخ على قاعدة بلد الجوية في 5 آذار 2020، وحمّلت واشنطن كتائب حزب الله مسؤوليته.
            """, published: "2020-03-20")
        #expect(relations(f, .claimed).isEmpty)
        #expect(f.events.first { $0.kind == .attack }?.modality != .claimed)
    }

    @Test func aFamilyReferredBackThatActsUnderAnUmbrellaMakesItsListedGroupsParts() {
        let f = Fixture.extract("""
            ويتهم البنتاغون فصائل مسلحة، أبرزها كتائب سيد الشهداء وعصائب أهل الحق، بالهجمات، ويقول إن هذه الفصائل تعمل تحت مظلة "المقاومة الإسلامية في العراق".
            """, published: "2024-01-10")
        let parts = relations(f, .partOf)
        #expect(parts.contains("k:kataib-sayyid-al-shuhada k:islamic-resistance-iraq"))
        #expect(parts.contains("k:asaib-ahl-al-haq k:islamic-resistance-iraq"))
    }

    @Test func theMinistryReferredBackIsLedByThePersonOfTheRelativeClause() {
        let f = Fixture.extract("""
            قررت وزارة الدفاع الدنماركية سحب 100 عسكري. وقالت مصادر في الوزارة التي تقودها ترينه برامسن إن الانسحاب مؤقت.
            """, published: "2020-03-22")
        #expect(f.relations.contains { $0.relation == .leads && $0.source.contains("برامسن") && $0.target == "k:danish-mod" })
    }

    @Test func blamingWithThePronounOfWhatIsBlamedAccuses() {
        let f = Fixture.extract("""
            وسقطت صواريخ على قاعدة بلد الجوية في 5 آذار 2020، وحمّلت لندن عصائب أهل الحق مسؤوليتها.
            """, published: "2020-03-20")
        #expect(relations(f, .accuses).contains("k:united-kingdom k:asaib-ahl-al-haq"))
    }

    @Test func aParticipleWithADetachedPronounAccusesThePersonsNamedBefore() {
        let f = Fixture.extract("""
            وفرضت وزارة الخزانة الأميركية عقوبات على الأمين العام لكتائب حزب الله أبو فدك المحمداوي، متهمة إياه بتهديد القوات الأمريكية.
            """, published: "2020-03-20")
        let accused = relations(f, .accuses)
        #expect(accused.contains("k:us-treasury k:abu-fadak-al-mohammadawi"))
    }
}
