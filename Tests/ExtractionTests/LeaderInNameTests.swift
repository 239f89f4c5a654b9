import Testing
import GraphModel
@testable import Extraction

/// "التحالف العربي بقيادة السعودية" as one lexicon name still says who leads it
/// (Relations/LeaderInName.swift). Sentences written for the test.
@Suite struct LeaderInNameTests: FindingQueries {
    @Test func theStateAfterTheVerbOfLeadingLeadsTheNamedBody() {
        let f = Fixture.extract("وأعلن التحالف العربي بقيادة السعودية وقف عملياته العسكرية في محافظة الحديدة.", published: "2019-05-02")
        #expect(relations(f, .leads).contains("k:saudi-arabia k:saudi-led-coalition"))
        // The state, named only inside the longer name, is an entity of the article.
        #expect(f.entities.contains { $0.ref == "k:saudi-arabia" })
    }

    @Test func aNameWithoutALeaderGivesNoEdge() {
        let f = Fixture.extract("وأعلن التحالف الدولي لمحاربة داعش وقف عملياته في العراق.", published: "2019-05-02")
        #expect(relations(f, .leads).isEmpty)
    }
}
