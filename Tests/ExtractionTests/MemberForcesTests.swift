import Testing
import Foundation
import GraphModel
@testable import Extraction

/// The forces of a coalition member named by its nisba ("المستشارون الإيطاليون") are part of
/// the coalition when the article names it. Sentences written for the test about other members,
/// sites and alliances.
@Suite struct MemberForcesTests: FindingQueries {

    @Test func advisersNamedByTheirNationAreTheMembersForces() {
        let f = Fixture.extract("أعلن التحالف الدولي تسليم موقع في الموصل إلى الجيش العراقي. وكان المستشارون الإيطاليون يدربون وحدات من الشرطة الاتحادية هناك.")
        #expect(f.entities.contains { $0.ref == "k:italian-forces" })
        #expect(relations(f, .partOf).contains("k:italian-forces k:coalition"))
    }

    @Test func forcesTheLexiconDoesNotListArePartOfTheCoalitionToo() {
        let f = Fixture.extract("قال التحالف الدولي إن الجنود السلوفاكيين غادروا قاعدة في بغداد.")
        let forces = f.entities.first { $0.ref.hasPrefix("p:") && $0.actorType == .militaryForce }
        #expect(forces != nil)
        #expect(forces.map { relations(f, .partOf).contains("\($0.ref) k:coalition") } == true)
    }

    @Test func withoutTheCoalitionNamedThereIsNoPartOf() {
        let f = Fixture.extract("وكان المستشارون الإيطاليون يدربون وحدات من الشرطة الاتحادية في أربيل.")
        #expect(!relations(f, .partOf).contains("k:italian-forces k:coalition"))
    }

    @Test func aMemberOfTwoAlliancesServesTheOneItsSentenceNames() {
        let f = Fixture.extract("أعلن التحالف الدولي خفض عدد قواته. وقالت بوخارست إن الجنود الرومانيين المشاركين في مهمة حلف شمال الأطلسي في العراق بخير.")
        let forces = f.entities.first { $0.ref.hasPrefix("p:") && $0.actorType == .militaryForce }
        #expect(forces != nil)
        if let forces {
            #expect(!relations(f, .partOf).contains("\(forces.ref) k:coalition"))
            #expect(relations(f, .partOf).contains("\(forces.ref) k:nato"))
        }
    }
}
