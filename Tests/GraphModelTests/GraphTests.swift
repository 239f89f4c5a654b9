import Foundation
import Testing
@testable import GraphModel

@Suite struct GraphTests {
    func sample() throws -> EventGraph {
        var g = EventGraph()
        g.upsert(Node(id: "b", kind: .base, nameAr: "قاعدة القائم", nameEn: "Al-Qaim base",
                      coordinates: Coordinates(lat: 34.37, lon: 41.09)))
        g.upsert(Node(id: "a", kind: .actor, actorType: .coalition, nameEn: "Coalition", aliases: ["التحالف"],
                      attributes: ["pagerank": .double(0.25), "note": .string("x\"y"), "n": .int(3), "flag": .bool(true)]))
        g.upsert(Node(id: "w", kind: .withdrawal, date: .day(Day(iso: "2020-03-19")!, trace: DateTrace(anchor: "published 2020-03-20", rule: "weekday-past")),
                      modality: .completed, sources: ["002.txt"],
                      evidence: [Evidence(document: "002.txt", sentence: 3, start: 10, end: 20, text: "تسلمت", rule: "event.withdrawal")]))
        try g.upsert(Edge(id: "e2", source: "w", target: "b", relation: .from))
        try g.upsert(Edge(id: "e1", source: "w", target: "a", relation: .actor, weight: 2.5))
        return g
    }

    @Test func keepsNodesAndEdgesSortedById() throws {
        let g = try sample()
        #expect(g.nodes.map(\.id) == ["a", "b", "w"])
        #expect(g.edges.map(\.id) == ["e1", "e2"])
        #expect(g.node("b")?.nameEn == "Al-Qaim base")
    }

    @Test func rejectsDanglingAndDuplicateEdges() throws {
        var g = try sample()
        #expect(throws: GraphError.danglingEdge(edge: "x", node: "nope")) {
            try g.upsert(Edge(id: "x", source: "a", target: "nope"))
        }
        #expect(throws: GraphError.duplicateNode("a")) {
            _ = try EventGraph(nodes: [Node(id: "a"), Node(id: "a")], edges: [])
        }
    }

    @Test func jsonRoundTripsExactly() throws {
        let g = try sample()
        let data = try GraphJSON.encode(g)
        let back = try GraphJSON.decode(data)
        #expect(back == g)
        #expect(try GraphJSON.encode(back) == data)
    }

    @Test func jsonRejectsForeignDocuments() {
        #expect(throws: GraphError.self) { _ = try GraphJSON.decode(Data("{\"format\":\"other\",\"version\":1,\"directed\":true,\"nodes\":[],\"edges\":[]}".utf8)) }
        #expect(throws: GraphError.self) { _ = try GraphJSON.decode(Data("[1,2".utf8)) }
    }

    @Test func stableIdsAreContentDerived() {
        #expect(StableID.slug("Kata'ib Hezbollah") == "kataib-hezbollah")
        #expect(StableID.make(prefix: "actor", name: "Kata'ib Hezbollah") == "actor-kataib-hezbollah")
        let ar = StableID.make(prefix: "actor", name: "عصبة الثائرين")
        #expect(ar == StableID.make(prefix: "actor", name: "عصبة الثائرين"))
        #expect(ar.hasPrefix("actor-") && ar.count == 18)
        #expect(StableID.hash(["a"]) == "af63dc4c8601ec8c")
    }

    /// `StableID.hash` hashes the parts where they lie and writes its digits directly; the ids
    /// must stay those of its definition (`referenceHash`: the parts joined by U+001F, FNV-1a over
    /// the joined bytes, `String(radix: 16)` padded with zeros), whatever the parts hold.
    @Test func stableHashesMatchTheirDefinition() {
        let large = String(repeating: "قاعدة عين الأسد ", count: 4)
        let partLists: [[String]] = [
            [], [""], ["", ""], ["a"], ["a", "b"], ["ab"], ["a\u{1F}b"], ["a", "", "b"],
            ["place-k-baghdad", "targets", "event-attack-0123456789ab"],
            ["عصبة الثائرين"], ["attack", "", "undated", "bench_00042.txt", "1234"],
            [large, "x", large + "y"], ["e\u{301}", "é"],
        ]
        for parts in partLists {
            #expect(StableID.hash(parts) == StableID.referenceHash(parts), "\(parts)")
            #expect(StableID.fnv1a64(joining: parts) == StableID.fnv1a64(parts.joined(separator: "\u{1F}")))
        }
        // Digits: zero-padded to 16, lowercase, after the prefix given.
        for h: UInt64 in [0, 1, 0xF, 0xABC, 0x0123_4567_89AB_CDEF, .max] {
            let s = String(h, radix: 16)
            #expect(StableID.hexDigits(h) == String(repeating: "0", count: 16 - s.count) + s)
            #expect(StableID.hexDigits(h, prefix: "e-") == "e-" + StableID.hexDigits(h))
        }
    }

    @Test func labelsFallBack() {
        let n = Node(id: "x", nameAr: "بغداد")
        #expect(n.label(.en) == "بغداد")
        #expect(Node(id: "y").label(.both) == "y")
    }
}
