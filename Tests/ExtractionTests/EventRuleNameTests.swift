import Testing
import GraphModel
@testable import Extraction

/// The event rules' evidence names are literals (Events/EventRuleNames.swift); each must be the
/// text the "event.KIND.PART" interpolation gives, for every kind and role, literal or not.
@Suite struct EventRuleNameTests {
    @Test func everyNameIsTheInterpolatedText() {
        for kind in NodeKind.allCases {
            #expect(EventRuleName.trigger(kind) == "event.\(kind.rawValue).trigger")
            #expect(EventRuleName.datedTrigger(kind) == "event.\(kind.rawValue).trigger.dated")
            #expect(EventRuleName.sentence(kind) == "event.\(kind.rawValue).sentence")
            for relation in Relation.known {
                #expect(EventRuleName.role(kind, relation) == "event.\(kind.rawValue).\(relation.rawValue)")
            }
        }
    }

    @Test func eventsOfTheFixtureArticlesCarryTheNames() throws {
        let graph = Fixture.graph(try Fixture.fixtureArticles())
        let rules = Set(graph.nodes.filter { $0.kind?.isEvent == true }.flatMap { $0.evidence.map(\.rule) })
        #expect(rules.contains("event.attack.trigger"))
        #expect(rules.contains("event.withdrawal.sentence"))
        let roleRules = Set(graph.edges.filter { Relation.eventRoles.contains($0.relation) }.flatMap { $0.evidence.map(\.rule) })
        #expect(roleRules.contains("event.withdrawal.from"))
        #expect(roleRules.contains("event.attack.target"))
    }
}
