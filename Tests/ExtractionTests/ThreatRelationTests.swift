import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Hostility from a threat or a record of claimed attacks whose enemy follows far after the verb,
/// and accusations that reach the members named after a family of factions.
/// Sentences written for the test about other groups.
@Suite struct ThreatRelationTests: FindingQueries {

    @Test func aThreatToResumeOperationsAgainstAForceIsHostility() {
        let f = Fixture.extract("""
            وكانت عصائب أهل الحق قد لوّحت قبل أيام من الزيارة باستئناف عملياتها العسكرية ضد القوات التركية في الشمال.
            """, published: "2022-04-20")
        #expect(relations(f, .hostileTo).contains { $0.hasPrefix("k:asaib-ahl-al-haq ") })
    }

    @Test func aNegatedThreatIsNoHostility() {
        let f = Fixture.extract("""
            وقالت عصائب أهل الحق إنها لم تهدد يوماً باستئناف عملياتها العسكرية في الشمال ضد القوات التركية.
            """, published: "2022-04-20")
        #expect(!relations(f, .hostileTo).contains { $0.hasPrefix("k:asaib-ahl-al-haq ") })
    }

    @Test func anAccusationOfAFamilyOfFactionsReachesTheMembersNamedAfterIt() {
        let f = Fixture.extract("""
            وتتهم واشنطن فصائل مسلحة موالية لإيران، في مقدمها عصائب أهل الحق، بالوقوف وراء الهجمات على قواعدها.
            """, published: "2022-04-20")
        #expect(relations(f, .accuses).contains("k:united-states k:asaib-ahl-al-haq"))
        let g = Fixture.extract("""
            وتتهم واشنطن فصائل مسلحة موالية لإيران بالوقوف وراء الهجمات، فيما نفت عصائب أهل الحق أي علاقة بها.
            """, published: "2022-04-20")
        #expect(!relations(g, .accuses).contains("k:united-states k:asaib-ahl-al-haq"))
    }
}
