import Testing
import Foundation
import GraphModel
@testable import Extraction

/// Four articles written for these tests about real events of the genre (not the samples):
/// the IRGC missile strike on Ain al-Asad (8 January 2020), the rockets on Erbil airport
/// claimed by Saraya Awliya al-Dam (15 February 2021), the handover of Camp Taji
/// (23 August 2020) and the Katyusha rockets on Balad air base (12 January 2020).
@Suite struct FixtureArticleTests {
    let graph: EventGraph

    init() throws { graph = Fixture.graph(try Fixture.fixtureArticles()) }

    func event(_ kind: NodeKind, anchor: String) -> Node? {
        graph.events(kind).first { graph.roles(of: $0, kind == .attack ? .target : .from).contains(anchor) }
    }

    @Test func entitiesAreTheNamedOnes() {
        for key in ["irgc", "ain-al-asad", "anbar", "saraya-awliya-al-dam", "erbil-air-base", "camp-taji", "coalition",
                    "iraqi-security-forces", "balad-air-base", "salahuddin", "camp-besmaya", "security-media-cell"] {
            let found = graph.node(key: key) != nil
            #expect(found, "missing \(key)")
        }
        // Persons no lexicon lists, found by pattern.
        for name in ["جوناثان هوفمان", "واين ماروتو", "مايلز كاغينز"] {
            #expect(graph.nodes.contains { $0.actorType == .person && $0.allNames.contains(name) }, "missing \(name)")
        }
        // Generic words never become nodes.
        #expect(!graph.nodes.contains { ["القاعدة", "المعسكر", "البلاد", "القوات"].contains($0.nameAr ?? "") })
    }

    @Test func ainAlAsadStrike() throws {
        let e = try #require(event(.attack, anchor: "ain-al-asad"))
        #expect(e.date?.iso == "2020-01-08")
        #expect(graph.roles(of: e, .attacker) == ["irgc"])
        #expect(!graph.roles(of: e, .target).contains("qasem-soleimani"), "the strike answered his killing; he is not its target")
        let claimed = graph.hasRelation("irgc", .claimed, "ain-al-asad")
        #expect(claimed)
    }

    @Test func erbilAirportRocketsClaimed() throws {
        let e = try #require(event(.attack, anchor: "erbil-air-base"))
        #expect(e.date?.iso == "2021-02-15")
        #expect(e.modality == .claimed)
        #expect(graph.roles(of: e, .attacker) == ["saraya-awliya-al-dam"])
        #expect(e.attributes["wounded"] == .int(9))
        let claimed = graph.hasRelation("saraya-awliya-al-dam", .claimed, "erbil-air-base")
        #expect(claimed)
    }

    @Test func tajiHandoverAndPlannedBesmaya() throws {
        let taji = try #require(event(.withdrawal, anchor: "camp-taji"))
        #expect(taji.date?.iso == "2020-08-23")
        #expect(taji.modality == .completed)
        #expect(graph.roles(of: taji, .recipient) == ["iraqi-security-forces"])
        #expect(graph.roles(of: taji, .actor) == ["coalition"])
        let besmaya = try #require(event(.withdrawal, anchor: "camp-besmaya"))
        #expect(besmaya.modality == .planned)
        #expect(besmaya.date == nil)
        // The aggregate "لهجمات صاروخية عدة" is not an event of its own.
        #expect(graph.events(.attack).allSatisfy { !graph.roles(of: $0, .target).contains("camp-taji") })
    }

    @Test func baladRockets() throws {
        let e = try #require(event(.attack, anchor: "balad-air-base"))
        #expect(e.date?.iso == "2020-01-12")
        #expect(e.attributes["wounded"] == .int(4))
        #expect(graph.roles(of: e, .attacker).isEmpty, "nobody claimed it")
        let located = graph.hasRelation("balad-air-base", .locatedIn, "salahuddin")
        #expect(located)
    }

    @Test func spokespersons() {
        let marotto = graph.nodes.first { $0.allNames.contains("واين ماروتو") }
        let caggins = graph.nodes.first { $0.allNames.contains("مايلز كاغينز") }
        let coalition = graph.node(key: "coalition")
        for p in [marotto, caggins] {
            #expect(graph.edges.contains { $0.source == p?.id && $0.relation == .spokespersonOf && $0.target == coalition?.id })
        }
    }

    @Test func everyNodeAndEdgeHasEvidenceInTheOriginalText() throws {
        let texts = Dictionary(uniqueKeysWithValues: try Fixture.fixtureArticles().map { ($0.document, Array($0.text.unicodeScalars)) })
        for ev in graph.nodes.flatMap(\.evidence) + graph.edges.flatMap(\.evidence) {
            let scalars = try #require(texts[ev.document])
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[ev.start..<ev.end])
            #expect(String(v) == ev.text, "\(ev.document) \(ev.start)-\(ev.end) \(ev.rule)")
            #expect(!ev.rule.isEmpty)
        }
        #expect(graph.nodes.allSatisfy { !$0.evidence.isEmpty } && graph.edges.allSatisfy { !$0.evidence.isEmpty })
    }

    @Test func theGraphDoesNotDependOnInputOrder() throws {
        let articles = try Fixture.fixtureArticles()
        let forward = try GraphJSON.encode(Fixture.graph(articles))
        let backward = try GraphJSON.encode(Fixture.graph(articles.reversed()))
        #expect(forward == backward)
    }
}

@Suite struct SampleArticleTests {
    /// The samples' own graph, checked for what any reader of them would draw.
    @Test func samplesGiveTheMainEvents() throws {
        let folder = TestPathsShim.samples
        let manifest = try Manifest.parse(Data(contentsOf: folder.appendingPathComponent("manifest.json")), file: "manifest.json")
        let articles = try manifest.map { Article(document: $0.file, text: try String(contentsOf: folder.appendingPathComponent($0.file), encoding: .utf8), published: $0.published) }
        let g = Fixture.graph(articles)
        let qaim = g.events(.withdrawal).first { g.roles(of: $0, .from).contains("al-qaim-base") }
        #expect(qaim?.date?.iso == "2020-03-19")
        #expect((qaim?.sources.count ?? 0) >= 4)
        let taji = g.events(.attack).first { g.roles(of: $0, .target).contains("camp-taji") }
        #expect(taji?.date?.iso == "2020-03-11")
        #expect(g.hasRelation("kataib-hezbollah", .partOf, "pmf"))
        #expect(g.nodes.filter { $0.actorType == .person && $0.allNames.contains { $0.hasPrefix("مايلز") } }.count == 1)
    }
}
