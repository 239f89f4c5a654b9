import Testing
@testable import Analytics
import GraphModel

/// A small hand-built graph with every case the slicing rules distinguish.
///
/// Weeks of 2020 (ISO): W11 = 03-09…03-15, W12 = 03-16…03-22, W13 = 03-23…03-29, W14 = 03-30…04-05.
enum SliceFixture {
    static func day(_ s: String) -> EventDate { .day(Day(iso: s)!) }
    static func ev(_ doc: String, _ sentence: Int) -> Evidence {
        Evidence(document: doc, sentence: sentence, start: 0, end: 1, text: "x", rule: "test")
    }

    static func graph() throws -> EventGraph {
        let nodes = [
            Node(id: "kh", kind: .actor, actorType: .armedGroup, nameEn: "Kataib Hezbollah"),
            Node(id: "iran", kind: .actor, actorType: .state, nameEn: "Iran"),
            Node(id: "coal", kind: .actor, actorType: .coalition, nameEn: "Coalition"),
            Node(id: "taji", kind: .base, nameEn: "Camp Taji"),
            Node(id: "qaim", kind: .base, nameEn: "Al-Qaim"),
            Node(id: "lonely", kind: .place, nameEn: "Nowhere"),
            // a day-precision attack in W11, reported in doc1 sentence 2
            Node(id: "a1", kind: .attack, date: day("2020-03-11"), modality: .completed, evidence: [ev("doc1", 2)]),
            // a day-precision withdrawal in W12
            Node(id: "w1", kind: .withdrawal, date: day("2020-03-19"), modality: .completed, evidence: [ev("doc2", 0)]),
            // known only to the month: March 2020
            Node(id: "w2", kind: .withdrawal, date: .month(year: 2020, month: 3), modality: .completed),
            // planned for 2020-04-05 (W14)
            Node(id: "w3", kind: .withdrawal, date: day("2020-04-05"), modality: .planned),
            // no date at all
            Node(id: "a2", kind: .attack, modality: .claimed),
        ]
        let edges = [
            Edge(id: "e-a1-att", source: "a1", target: "kh", relation: .attacker),
            Edge(id: "e-a1-tgt", source: "a1", target: "taji", relation: .target),
            Edge(id: "e-w1-from", source: "w1", target: "qaim", relation: .from),
            Edge(id: "e-w1-act", source: "w1", target: "coal", relation: .actor),
            Edge(id: "e-w2-from", source: "w2", target: "taji", relation: .from),
            Edge(id: "e-w3-from", source: "w3", target: "qaim", relation: .from),
            Edge(id: "e-a2-tgt", source: "a2", target: "qaim", relation: .target),
            // stated in the sentence that reports a1 → supported from 2020-03-11
            Edge(id: "r-backed", source: "kh", target: "iran", relation: .backedBy, evidence: [ev("doc1", 2)]),
            // nothing dated supports it
            Edge(id: "r-hostile", source: "coal", target: "kh", relation: .hostileTo),
        ]
        return try EventGraph(nodes: nodes, edges: edges)
    }

    static func names(_ set: SliceSet) -> [String] { set.slices.map(\.window.name) }
    static func slice(_ set: SliceSet, _ name: String) -> GraphSlice { set.slices.first { $0.window.name == name }! }
}

@Suite struct SliceCalendarTests {
    @Test func windowNamesSortInTimeOrder() {
        let d = Day(iso: "2020-03-19")!
        #expect(SliceGranularity.day.window(containing: d).name == "2020-03-19")
        let w = SliceGranularity.week.window(containing: d)
        #expect(w.name == "2020-W12" && w.first.iso == "2020-03-16" && w.last.iso == "2020-03-22")
        #expect(SliceGranularity.month.window(containing: d).name == "2020-03")
        let q = SliceGranularity.quarter.window(containing: d)
        #expect(q.name == "2020-Q1" && q.first.iso == "2020-01-01" && q.last.iso == "2020-03-31")
        #expect(SliceGranularity.year.window(containing: d).name == "2020")
        // ISO week-year: 2019-12-30 is in 2020-W01; 2021-01-03 is in 2020-W53.
        #expect(SliceGranularity.week.window(containing: Day(iso: "2019-12-30")!).name == "2020-W01")
        #expect(SliceGranularity.week.window(containing: Day(iso: "2021-01-03")!).name == "2020-W53")
    }

    @Test func windowsAreContiguousAndCounted() {
        for g in SliceGranularity.allCases {
            let from = Day(iso: "2019-11-20")!, to = Day(iso: "2021-02-03")!
            let ws = g.windows(from: from, to: to)
            #expect(ws.count == g.windowCount(from: from, to: to), "\(g)")
            #expect(ws.first!.contains(from) && ws.last!.contains(to))
            for (a, b) in zip(ws, ws.dropFirst()) {
                #expect(a.last.adding(days: 1) == b.first, "\(g) gap after \(a.name)")
                #expect(a.name < b.name, "\(g) names must sort: \(a.name) \(b.name)")
            }
        }
    }
}

@Suite struct SliceBuilderTests {
    @Test func windowModeHoldsOnlyTheWindowsEvents() throws {
        let set = try TimeSlicer.slice(SliceFixture.graph(), options: SliceOptions(granularity: .week))
        // Default range: earliest to latest event that fits in a week (w2 is a month: not used).
        #expect(SliceFixture.names(set) == ["2020-W11", "2020-W12", "2020-W13", "2020-W14"])
        let w11 = SliceFixture.slice(set, "2020-W11")
        #expect(w11.eventIDs == ["a1"])
        // a1 with what it touches, plus the standing relations and their ends.
        #expect(w11.graph.nodes.map(\.id) == ["a1", "coal", "iran", "kh", "taji"])
        #expect(w11.graph.edges.map(\.id) == ["e-a1-att", "e-a1-tgt", "r-backed", "r-hostile"])
        #expect(SliceFixture.slice(set, "2020-W12").eventIDs == ["w1"])
        // An empty window is still produced: only the standing relations.
        let w13 = SliceFixture.slice(set, "2020-W13")
        #expect(w13.eventIDs.isEmpty && w13.graph.nodes.map(\.id) == ["coal", "iran", "kh"])
        #expect(w13.graph.attributes["slice"] == .string("2020-W13"))
        // The month-precision event is in no week; the undated one is listed.
        #expect(!set.slices.contains { $0.eventIDs.contains("w2") })
        #expect(set.unplaced.map { "\($0.id):\($0.reason.rawValue)" } == ["a2:unknown-date", "w2:coarser-than-slice"])
    }

    @Test func monthPrecisionEventBelongsToItsMonth() throws {
        let set = try TimeSlicer.slice(SliceFixture.graph(), options: SliceOptions(granularity: .month))
        #expect(SliceFixture.names(set) == ["2020-03", "2020-04"])
        #expect(SliceFixture.slice(set, "2020-03").eventIDs == ["a1", "w1", "w2"])
        #expect(SliceFixture.slice(set, "2020-03").impreciseEventIDs.isEmpty)
        #expect(SliceFixture.slice(set, "2020-04").eventIDs == ["w3"])
    }

    @Test func spreadPutsCoarseEventsInEveryOverlappingWeekMarkedImprecise() throws {
        let set = try TimeSlicer.slice(SliceFixture.graph(), options: SliceOptions(granularity: .week, spread: true))
        // With --spread the month counts for the range: W09 holds 2020-03-01.
        #expect(SliceFixture.names(set) == ["2020-W09", "2020-W10", "2020-W11", "2020-W12", "2020-W13", "2020-W14"])
        for s in set.slices {
            #expect(s.eventIDs.contains("w2"), "\(s.window.name)")
            #expect(s.impreciseEventIDs == ["w2"])
            #expect(s.graph.node("w2")?.attributes["imprecise"] == .bool(true))
        }
        #expect(SliceFixture.slice(set, "2020-W11").graph.node("a1")?.attributes["imprecise"] == nil)
        #expect(set.unplaced.map(\.id) == ["a2"])
    }

    @Test func cumulativeModeKeepsEverythingUpToTheWindowEnd() throws {
        let set = try TimeSlicer.slice(SliceFixture.graph(), options: SliceOptions(granularity: .week, mode: .cumulative))
        #expect(SliceFixture.slice(set, "2020-W11").eventIDs == ["a1"])
        #expect(SliceFixture.slice(set, "2020-W12").eventIDs == ["a1", "w1"])
        #expect(SliceFixture.slice(set, "2020-W13").eventIDs == ["a1", "w1"])
        // March is over by the end of W14 (04-05): w2 has certainly happened by then.
        let w14 = SliceFixture.slice(set, "2020-W14")
        #expect(w14.eventIDs == ["a1", "w1", "w2", "w3"])
        #expect(w14.impreciseEventIDs.isEmpty)
        #expect(set.unplaced.map(\.id) == ["a2"])
    }

    @Test func plannedEventsAreMarkedPlanned() throws {
        let set = try TimeSlicer.slice(SliceFixture.graph(), options: SliceOptions(granularity: .week))
        let w14 = SliceFixture.slice(set, "2020-W14")
        #expect(w14.plannedEventIDs == ["w3"])
        #expect(w14.graph.node("w3")?.attributes["planned"] == .bool(true))
        #expect(SliceFixture.slice(set, "2020-W12").graph.node("w1")?.attributes["planned"] == nil)
    }

    @Test func relationsEvidencedWaitForDatedEvidence() throws {
        let set = try TimeSlicer.slice(SliceFixture.graph(), options: SliceOptions(granularity: .week, relationsEvidenced: true))
        // kh backed_by iran is stated in the sentence reporting a1 (2020-03-11, W11).
        for s in set.slices {
            #expect(s.graph.contains(edge: "r-backed"), "\(s.window.name)")
            #expect(!s.graph.contains(edge: "r-hostile"), "\(s.window.name)")
        }
        #expect(SliceFixture.slice(set, "2020-W13").graph.nodes.map(\.id) == ["iran", "kh"])
        #expect(set.unplaced.contains { $0.id == "r-hostile" && $0.reason == .noDatedEvidence })

        // From a week before the evidence, the relation is not there yet.
        let early = try TimeSlicer.slice(SliceFixture.graph(), options: SliceOptions(
            granularity: .week, from: Day(iso: "2020-03-02")!, relationsEvidenced: true))
        #expect(!SliceFixture.slice(early, "2020-W10").graph.contains(edge: "r-backed"))
        #expect(SliceFixture.slice(early, "2020-W11").graph.contains(edge: "r-backed"))
    }

    @Test func supportFallsBackToTheLatestDoneEventOfTheDocument() throws {
        var g = try SliceFixture.graph()
        g.upsert(Node(id: "a3", kind: .attack, date: SliceFixture.day("2020-03-25"), modality: .completed,
                      evidence: [SliceFixture.ev("doc1", 7)]))
        // A planned event in the same document does not date it.
        g.upsert(Node(id: "w9", kind: .withdrawal, date: SliceFixture.day("2020-06-01"), modality: .planned,
                      evidence: [SliceFixture.ev("doc1", 9)]))
        try g.upsert(Edge(id: "r-doc", source: "iran", target: "coal", relation: .hostileTo, evidence: [SliceFixture.ev("doc1", 5)]))
        let times = SliceTimes(g)
        #expect(times.relationSupport["r-doc"] == Day(iso: "2020-03-25"))
        #expect(times.relationSupport["r-backed"] == Day(iso: "2020-03-11"))
        #expect(times.relationSupport["r-hostile"] == nil)
        #expect(times.entityFirstDay["kh"] == Day(iso: "2020-03-11"))
        #expect(times.entityFirstDay["lonely"] == nil)
    }

    @Test func rangeOptionsAndErrors() throws {
        let g = try SliceFixture.graph()
        let set = try TimeSlicer.slice(g, options: SliceOptions(granularity: .week, from: Day(iso: "2020-03-17")!, to: Day(iso: "2020-03-25")!))
        #expect(SliceFixture.names(set) == ["2020-W12", "2020-W13"])
        #expect(set.unplaced.contains { $0.id == "a1" && $0.reason == .outOfRange })
        #expect(throws: SliceError.emptyRange(from: Day(iso: "2020-04-01")!, to: Day(iso: "2020-03-01")!)) {
            try TimeSlicer.slice(g, options: SliceOptions(from: Day(iso: "2020-04-01")!, to: Day(iso: "2020-03-01")!))
        }
        #expect(throws: SliceError.tooManySlices(count: 36525, granularity: .day)) {
            try TimeSlicer.slice(g, options: SliceOptions(granularity: .day, from: Day(iso: "1920-01-01")!, to: Day(iso: "2019-12-31")!))
        }
        let undated = try EventGraph(nodes: [Node(id: "a", kind: .actor), Node(id: "b", kind: .actor)],
                                     edges: [Edge(id: "e", source: "a", target: "b", relation: .alliedWith)])
        #expect(throws: SliceError.noDatedEvents) { try TimeSlicer.slice(undated, options: SliceOptions()) }
    }

    @Test func datedContactEdgesOfImportedGraphsArePlacedLikeEvents() throws {
        let g = try EventGraph(nodes: [Node(id: "a"), Node(id: "b"), Node(id: "c")], edges: [
            Edge(id: "ab", source: "a", target: "b", date: SliceFixture.day("2020-01-02")),
            Edge(id: "bc", source: "b", target: "c", date: SliceFixture.day("2020-02-10")),
        ])
        let set = try TimeSlicer.slice(g, options: SliceOptions(granularity: .month))
        #expect(SliceFixture.slice(set, "2020-01").graph.edges.map(\.id) == ["ab"])
        #expect(SliceFixture.slice(set, "2020-02").graph.nodes.map(\.id) == ["b", "c"])
    }
}

@Suite struct SliceRankingTests {
    @Test func ranksAreByValueThenNodeIdWithNaNLast() {
        let rows = SliceRanking.rows(slice: "s", measure: "degree",
                                     values: [("b", 2), ("d", .nan), ("a", 2), ("c", 5)])
        #expect(rows.map(\.node) == ["c", "a", "b", "d"])
        #expect(rows.map(\.rank) == [1, 2, 3, 4])
    }

    @Test func risersAndFallersIncludeEntrantsAndLeavers() {
        let rows = SliceRanking.rows(slice: "s1", measure: "m", values: [("x", 3), ("y", 2), ("z", 1)])
            + SliceRanking.rows(slice: "s2", measure: "m", values: [("y", 5), ("x", 1), ("w", 0.5)])
        let moves = SliceRanking.moves(rows: rows, sliceOrder: ["s1", "s2"], top: 5)
        let text = moves.map { "\($0.direction.rawValue) \($0.node) \($0.rankFrom)→\($0.rankTo) \($0.presence.rawValue)" }
        #expect(text == [
            "riser y 2→1 both", "riser w 4→3 entered",
            "faller x 1→2 both", "faller z 3→4 left",
        ])
        #expect(moves[0].valueChange == 3 && moves[3].valueChange == -1)
        #expect(SliceRanking.moves(rows: rows, sliceOrder: ["s1", "s2"], top: 1).map(\.node) == ["y", "x"])
        // Zero on both sides is no move, even when the id order among zeros shifts its rank.
        let zeros = SliceRanking.rows(slice: "a", measure: "m", values: [("p", 1), ("z", 0)])
            + SliceRanking.rows(slice: "b", measure: "m", values: [("p", 1), ("a0", 0), ("z", 0)])
        #expect(SliceRanking.moves(rows: zeros, sliceOrder: ["a", "b"], top: 5).isEmpty)
        let summary = SliceRanking.summary(moves: moves, sliceOrder: ["s1", "s2"], label: { $0.uppercased() })
        #expect(summary == "s1 → s2\n  m: up Y 2→1, W 4→3 new; down X 1→2, Z 3→4 gone\n")
    }
}
