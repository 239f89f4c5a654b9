import Analytics
import Foundation
import GraphModel
@testable import Pipeline
import Testing
import TestSupport

/// A month of events over five ISO weeks (2020-W10 … 2020-W14), with every case slicing
/// distinguishes: a planned withdrawal, a month-precision one, an undated attack, relations.
enum SlicesJobFixture {
    static func graph() throws -> EventGraph {
        let day = { (s: String) in EventDate.day(Day(iso: s)!) }
        func ev(_ doc: String, _ s: Int) -> Evidence { Evidence(document: doc, sentence: s, start: 0, end: 4, text: "نص", rule: "test") }
        let nodes = [
            Node(id: "actor-kh", kind: .actor, actorType: .armedGroup, nameAr: "كتائب حزب الله", nameEn: "Kata'ib Hezbollah"),
            Node(id: "actor-iran", kind: .actor, actorType: .state, nameAr: "إيران", nameEn: "Iran"),
            Node(id: "actor-coalition", kind: .actor, actorType: .coalition, nameAr: "التحالف الدولي", nameEn: "Global Coalition"),
            Node(id: "actor-iraqi-army", kind: .actor, actorType: .militaryForce, nameAr: "الجيش العراقي", nameEn: "Iraqi Army"),
            Node(id: "base-taji", kind: .base, nameAr: "معسكر التاجي", nameEn: "Camp Taji"),
            Node(id: "base-qaim", kind: .base, nameAr: "قاعدة القائم", nameEn: "Al-Qaim base"),
            Node(id: "base-asad", kind: .base, nameAr: "قاعدة عين الأسد", nameEn: "Ain al-Asad"),
            Node(id: "base-k1", kind: .base, nameAr: "قاعدة كي وان", nameEn: "K1 base"),
            Node(id: "place-anbar", kind: .place, nameAr: "الأنبار", nameEn: "Anbar"),
            Node(id: "attack-taji-1", kind: .attack, date: day("2020-03-04"), modality: .completed, evidence: [ev("a.txt", 1)]),
            Node(id: "attack-taji-2", kind: .attack, date: day("2020-03-11"), modality: .completed, evidence: [ev("a.txt", 3)]),
            Node(id: "attack-asad", kind: .attack, date: day("2020-03-14"), modality: .claimed, evidence: [ev("b.txt", 0)]),
            Node(id: "withdrawal-qaim", kind: .withdrawal, date: day("2020-03-17"), modality: .completed, evidence: [ev("c.txt", 0)]),
            Node(id: "withdrawal-k1", kind: .withdrawal, date: day("2020-03-29"), modality: .completed, evidence: [ev("c.txt", 4)]),
            Node(id: "withdrawal-taji", kind: .withdrawal, date: .month(year: 2020, month: 3), modality: .completed),
            Node(id: "withdrawal-asad-planned", kind: .withdrawal, date: day("2020-04-02"), modality: .planned),
            Node(id: "attack-undated", kind: .attack, modality: .claimed),
        ]
        let edges = [
            Edge(id: "e01", source: "attack-taji-1", target: "base-taji", relation: .target),
            Edge(id: "e02", source: "attack-taji-1", target: "actor-kh", relation: .attacker),
            Edge(id: "e03", source: "attack-taji-2", target: "base-taji", relation: .target),
            Edge(id: "e04", source: "attack-taji-2", target: "actor-kh", relation: .attacker),
            Edge(id: "e05", source: "attack-asad", target: "base-asad", relation: .target),
            Edge(id: "e06", source: "withdrawal-qaim", target: "base-qaim", relation: .location),
            Edge(id: "e07", source: "withdrawal-qaim", target: "actor-coalition", relation: .from),
            Edge(id: "e08", source: "withdrawal-qaim", target: "actor-iraqi-army", relation: .recipient),
            Edge(id: "e09", source: "withdrawal-k1", target: "base-k1", relation: .location),
            Edge(id: "e10", source: "withdrawal-k1", target: "actor-coalition", relation: .from),
            Edge(id: "e11", source: "withdrawal-taji", target: "base-taji", relation: .location),
            Edge(id: "e12", source: "withdrawal-asad-planned", target: "base-asad", relation: .location),
            Edge(id: "e13", source: "attack-undated", target: "base-k1", relation: .target),
            Edge(id: "r1", source: "actor-kh", target: "actor-iran", relation: .backedBy, evidence: [ev("a.txt", 3)]),
            Edge(id: "r2", source: "base-qaim", target: "place-anbar", relation: .locatedIn),
            Edge(id: "r3", source: "base-asad", target: "place-anbar", relation: .locatedIn),
        ]
        return try EventGraph(nodes: nodes, edges: edges)
    }

    /// Writes the fixture as JSON into `dir` and returns its path.
    static func input(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("graph.json").path
        try GraphJSON.encode(try graph()).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Node centres read back from a Graphviz SVG: `<g class="node"><title>id</title>` then its
/// first ellipse (cx, cy) or polygon (mean of its corners).
enum SVGNodes {
    static func centres(_ svg: String) -> [String: String] {
        var out: [String: String] = [:]
        let groups = svg.components(separatedBy: "class=\"node\"").dropFirst()
        for g in groups {
            guard let t0 = g.range(of: "<title>"), let t1 = g.range(of: "</title>") else { continue }
            let id = String(g[t0.upperBound..<t1.lowerBound])
                .replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&amp;", with: "&")
            let body = g[t1.upperBound...]
            if let e = body.range(of: "<ellipse"), let cx = attr("cx", body[e.lowerBound...]), let cy = attr("cy", body[e.lowerBound...]),
               body.range(of: "<polygon").map({ e.lowerBound < $0.lowerBound }) ?? true {
                out[id] = "\(cx),\(cy)"
            } else if let p = body.range(of: "<polygon"), let pts = attr("points", body[p.lowerBound...]) {
                let xy = pts.split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }.filter { $0.count == 2 }
                let corners = xy.count > 1 ? Array(xy.dropLast()) : xy
                let mx = corners.map { $0[0] }.reduce(0, +) / Double(max(1, corners.count))
                let my = corners.map { $0[1] }.reduce(0, +) / Double(max(1, corners.count))
                out[id] = String(format: "%.2f,%.2f", mx, my)
            }
        }
        return out
    }

    static func attr(_ name: String, _ s: Substring) -> String? {
        guard let r = s.range(of: " \(name)=\"") else { return nil }
        let rest = s[r.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}

@Suite(.serialized) struct SlicesJobTests {
    /// Runs weekly slicing of the fixture (written beside `out`) into `out`.
    func run(_ out: URL, _ configure: (inout SlicesRequest) -> Void = { _ in }) async throws -> SlicesReport {
        let input = try SlicesJobFixture.input(in: out.deletingLastPathComponent())
        var request = SlicesRequest(input: input, outputDirectory: out.path,
                                    slicing: SliceOptions(granularity: .week))
        configure(&request)
        return try await SlicesJob.run(request)
    }

    func text(_ dir: URL, _ name: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func writesSlicesTablesDiagramsAndGEXF() async throws {
        let dir = try TestPaths.temporaryFolder("slices-out")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("weeks")
        let report = try await run(out)
        #expect(report.slices == ["2020-W10", "2020-W11", "2020-W12", "2020-W13", "2020-W14"])
        #expect(report.unknownDates == 1)
        for name in ["measures.csv", "measures.json", "risers-fallers.csv", "risers-fallers.json", "summary.txt",
                     "unknown-dates.csv", "unknown-dates.json", "unplaced.csv", "slices.csv", "graph.gexf",
                     "timeline.svg", "timeline.png", "small-multiples.svg", "small-multiples.png",
                     "2020-W12.svg", "2020-W12.png", "2020-W12.gexf", "2020-W12.json", "2020-W12.nodes.csv"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        #expect(try text(out, "unknown-dates.csv") == "node,kind,label,modality,sources\nattack-undated,attack,attack-undated,claimed,\n")
        #expect(try text(out, "unplaced.csv").contains("node,withdrawal-taji,2020-03,coarser-than-slice"))
        // The diagram title carries the date range.
        #expect(try text(out, "2020-W12.svg").contains("2020&#45;W12 · 2020&#45;03&#45;16 – 2020&#45;03&#45;22"))
    }

    @Test func longTableRanksEachMeasureInEachSlice() async throws {
        let dir = try TestPaths.temporaryFolder("slices-out")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        _ = try await run(out)
        let lines = try text(out, "measures.csv").split(separator: "\n").map(String.init)
        #expect(lines.first == "slice,node,measure,value,rank")
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        var groups: [String: [(node: String, value: Double, rank: Int)]] = [:]
        for r in rows { groups["\(r[0]) \(r[2])", default: []].append((r[1], Double(r[3])!, Int(r[4])!)) }
        #expect(Set(groups.keys.map { $0.split(separator: " ")[1] }) == ["degree", "betweenness", "pagerank"])
        for (key, g) in groups {
            #expect(g.map(\.rank) == Array(1...g.count), "\(key)")
            for (a, b) in zip(g, g.dropFirst()) {
                #expect(a.value > b.value || (a.value == b.value && a.node < b.node), "\(key): \(a) before \(b)")
            }
        }
        // In W11 the Taji attack (target + attacker) and KH (attacker of it, backed_by Iran) lead by degree.
        let w11 = groups["2020-W11 degree"]!.prefix(2).map(\.node)
        #expect(w11 == ["actor-kh", "attack-taji-2"])
        let moves = try text(out, "risers-fallers.csv")
        #expect(moves.hasPrefix("from_slice,to_slice,measure,direction,node,rank_from,rank_to,rank_change,value_from,value_to,value_change,presence\n"))
        #expect(moves.contains("2020-W11,2020-W12,degree,riser,withdrawal-qaim,"))
        #expect(try text(out, "summary.txt").contains("2020-W11 → 2020-W12"))
    }

    @Test func nodesHoldStillAcrossSliceSVGs() async throws {
        for absent in AbsentNodes.allCases {
            let dir = try TestPaths.temporaryFolder("slices-still")
            defer { try? FileManager.default.removeItem(at: dir) }
            let out = dir.appendingPathComponent("out")
            let report = try await run(out) { $0.absent = absent }
            var seen: [String: String] = [:]
            var sizes = Set<String>()
            var compared = 0
            for name in report.slices {
                let svg = try text(out, "\(name).svg")
                sizes.insert(String(svg.components(separatedBy: "<svg ")[1].prefix(40)))
                for (id, centre) in SVGNodes.centres(svg) where !id.hasPrefix("__") {
                    if let before = seen[id] {
                        #expect(before == centre, "\(absent): \(id) moved in \(name)")
                        compared += 1
                    }
                    seen[id] = centre
                }
            }
            #expect(compared > 10, "\(absent): too few nodes compared (\(compared))")
            // The same frame in every slice: same picture size.
            #expect(sizes.count == 1, "\(absent): \(sizes)")
        }
    }

    @Test func everyGEXFValidatesAndNetworkxReadsIt() async throws {
        let dir = try TestPaths.temporaryFolder("slices-gexf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let report = try await run(out)
        let schema = TestPaths.shared.appendingPathComponent("schemas/gexf-1.3/gexf.xsd").path
        let files = ["graph.gexf"] + report.slices.map { "\($0).gexf" }
        let paths = files.map { out.appendingPathComponent($0).path }
        let lint = try Subprocess.run("xmllint", ["--noout", "--schema", schema] + paths)
        #expect(lint.status == 0, "\(lint.stderrText)")
        let script = """
        import sys, networkx as nx
        for p in sys.argv[1:]:
            g = nx.read_gexf(p)
        g = nx.read_gexf(sys.argv[1])
        print(g.graph["mode"], g.nodes["withdrawal-qaim"]["start"], g.nodes["actor-kh"]["start"],
              len(g.nodes["actor-kh"]["slice_degree"]))
        """
        let r = try Subprocess.python(script, paths)
        #expect(r.status == 0, "\(r.stderrText)")
        #expect(r.stdoutText == "dynamic 2020-03-17 2020-03-04 5\n")
    }

    @Test func gexfVizCarriesTheUnionLayoutForGephiAndNetworkx() async throws {
        let dir = try TestPaths.temporaryFolder("slices-viz")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let report = try await run(out) { $0.formats = [.gexf]; $0.gexfViz = true }
        #expect(!report.files.contains { $0.hasSuffix(".svg") })
        let script = """
        import sys, networkx as nx
        g = nx.read_gexf(sys.argv[1])
        placed = [n for n, d in g.nodes(data=True) if "position" in d.get("viz", {})]
        print(len(placed), g.number_of_nodes())
        """
        let r = try Subprocess.python(script, [out.appendingPathComponent("graph.gexf").path])
        #expect(r.status == 0, "\(r.stderrText)")
        // Every node in some slice has a position; the undated attack and the month-precision
        // withdrawal (no --spread) are in none.
        #expect(r.stdoutText == "15 17\n")
    }

    @Test func twoRunsGiveTheSameBytes() async throws {
        let dir = try TestPaths.temporaryFolder("slices-det")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a"), b = dir.appendingPathComponent("b")
        let ra = try await run(a) { $0.slicing.spread = true }
        _ = try await run(b) { $0.slicing.spread = true }
        for name in ra.files {
            let da = try Data(contentsOf: a.appendingPathComponent(name)), db = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(da == db, "\(name) differs between runs")
        }
    }

    @Test func failuresLeaveNothingBehind() async throws {
        let parent = try TestPaths.temporaryFolder("slices-fail")
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("never")
        await #expect(throws: PipelineError.self) {
            _ = try await SlicesJob.run(SlicesRequest(input: parent.appendingPathComponent("missing.graphml").path, outputDirectory: out.path))
        }
        await #expect(throws: PipelineError.self) {
            _ = try await run(out) { $0.slicing.from = Day(iso: "2020-05-01"); $0.slicing.to = Day(iso: "2020-04-01") }
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
