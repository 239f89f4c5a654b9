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

    /// The initializer for parts in id order with their ends' positions gives what the general
    /// one gives: the same graph when the parts are right, and, through the general one, the
    /// same graph or error when they are not (out of order, a wrong position, a duplicate or
    /// dangling end). Its id tables are made when first asked for, and a copy changed later
    /// does not change the original's.
    @Test func graphFromPartsInIDOrderMatchesTheGeneralInitializer() throws {
        let nodes = [Node(id: "a"), Node(id: "b"), Node(id: "c")]
        let edges = [Edge(id: "e1", source: "a", target: "b"), Edge(id: "e2", source: "c", target: "a")]
        let ends = [(source: 0, target: 1), (source: 2, target: 0)]
        let general = try EventGraph(nodes: nodes, edges: edges)
        let ordered = try EventGraph(nodesInIDOrder: nodes, edgesInIDOrder: edges, endPositions: ends)
        #expect(ordered.idTablesMade == (false, false))
        #expect(ordered == general)
        #expect(ordered.idTablesMade == (false, false))
        #expect(ordered.node("c") == nodes[2] && ordered.edge("e2") == edges[1] && ordered.index(ofNode: "b") == 1)
        #expect(!ordered.contains(node: "e1") && !ordered.contains(edge: "a"))
        #expect(ordered.idTablesMade == (true, true))
        // Wrong hints: the general initializer decides.
        let wrongPositions = [(source: 1, target: 0), (source: 2, target: 7)]
        #expect(try EventGraph(nodesInIDOrder: nodes, edgesInIDOrder: edges, endPositions: wrongPositions) == general)
        #expect(try EventGraph(nodesInIDOrder: nodes.reversed(), edgesInIDOrder: edges.reversed(), endPositions: ends) == general)
        #expect(throws: GraphError.duplicateEdge("e1")) {
            _ = try EventGraph(nodesInIDOrder: nodes, edgesInIDOrder: [edges[0], edges[0]], endPositions: [ends[0], ends[0]])
        }
        #expect(throws: GraphError.duplicateNode("a")) {
            _ = try EventGraph(nodesInIDOrder: [nodes[0], nodes[0]], edgesInIDOrder: [], endPositions: [])
        }
        #expect(throws: GraphError.danglingEdge(edge: "e3", node: "x")) {
            _ = try EventGraph(nodesInIDOrder: nodes, edgesInIDOrder: [Edge(id: "e3", source: "a", target: "x")], endPositions: [(0, 1)])
        }
        // Copies share the tables until one changes.
        var changed = ordered
        changed.upsert(Node(id: "aa"))
        try changed.upsert(Edge(id: "e0", source: "aa", target: "c"))
        #expect(changed.index(ofNode: "b") == 2 && changed.index(ofNode: "aa") == 1 && changed.edge("e0") != nil)
        #expect(ordered.index(ofNode: "b") == 1 && ordered.node("aa") == nil && ordered.edge("e0") == nil)
        var fresh = try EventGraph(nodesInIDOrder: nodes, edgesInIDOrder: edges, endPositions: ends)
        fresh.upsert(Node(id: "0"))
        #expect(fresh.index(ofNode: "a") == 1 && fresh.index(ofNode: "0") == 0)
    }

    /// A graph read from many threads at once, and a copy of it, each make their id tables on
    /// the first lookup (under their shared lock) and every thread finds every id at its place.
    @Test func idTablesMadeOnFirstLookupFromManyThreads() throws {
        let nodes = (0..<400).map { Node(id: String(format: "n%04d", $0)) }
        let edges = (0..<399).map { Edge(id: String(format: "e%04d", $0), source: nodes[$0].id, target: nodes[$0 + 1].id) }
        let ends = (0..<399).map { (source: $0, target: $0 + 1) }
        let graph = try EventGraph(nodesInIDOrder: nodes, edgesInIDOrder: edges, endPositions: ends)
        let copy = graph
        #expect(graph.idTablesMade == (false, false))
        final class Misses: @unchecked Sendable { let lock = NSLock(); var count = 0 }
        let wrong = Misses()
        DispatchQueue.concurrentPerform(iterations: 16) { t in
            let g = t % 2 == 0 ? graph : copy
            var misses = 0
            for i in stride(from: t % 7, to: nodes.count, by: 3) {
                if g.index(ofNode: nodes[i].id) != i { misses += 1 }
                if i < edges.count, g.edge(edges[i].id) != edges[i] { misses += 1 }
            }
            wrong.lock.withLock { wrong.count += misses }
        }
        #expect(wrong.count == 0)
        #expect(graph.idTablesMade == (true, true) && copy.idTablesMade == (true, true))
    }
}
