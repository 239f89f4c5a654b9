import Foundation
import Testing
@testable import Formats
import GraphModel
import TestSupport

enum GEXFFixture {
    static func make() throws -> EventGraph {
        let nodes = [
            Node(id: "kh", kind: .actor, actorType: .armedGroup, nameAr: "كتائب حزب الله", nameEn: "Kata'ib \"Hezbollah\"",
                 aliases: ["KH"], attributes: ["pagerank": .double(0.25), "n": .int(3), "flag": .bool(true)]),
            Node(id: "taji", kind: .base, nameAr: "معسكر التاجي", nameEn: "Camp Taji <north> & co",
                 coordinates: Coordinates(lat: 33.52, lon: 44.25), sources: ["001.txt"]),
            Node(id: "a1", kind: .attack, nameEn: "rocket attack\non Taji",
                 date: .day(Day(iso: "2020-03-11")!, trace: DateTrace(anchor: "published 2020-03-12", rule: "yesterday")), modality: .completed,
                 evidence: [Evidence(document: "001.txt", sentence: 2, start: 5, end: 9, text: "هجوم", rule: "event.attack")]),
            Node(id: "w2", kind: .withdrawal, date: .month(year: 2020, month: 3), modality: .planned),
        ]
        let edges = [
            Edge(id: "e1", source: "a1", target: "kh", relation: .attacker),
            Edge(id: "e2", source: "a1", target: "taji", relation: .target),
            // Two parallel edges of different relations.
            Edge(id: "e3", source: "kh", target: "taji", relation: .hostileTo, weight: 2),
            Edge(id: "e4", source: "kh", target: "taji", relation: .accuses, date: .day(Day(iso: "2020-03-12")!)),
            Edge(id: "e5", source: "w2", target: "taji", relation: .from, attributes: ["note": .string("bad\u{1}char")]),
        ]
        return try EventGraph(nodes: nodes, edges: edges, attributes: ["title": .string("test graph")])
    }

    static func time() -> GEXFTime {
        let d = { (s: String) in Day(iso: s)! }
        return GEXFTime(
            nodes: ["a1": .init(start: d("2020-03-11"), end: d("2020-03-11")),
                    "w2": .init(start: d("2020-03-01"), end: d("2020-03-31")),
                    "kh": .init(start: d("2020-03-11"), end: nil),
                    "taji": .init(start: d("2020-03-01"), end: nil)],
            edges: ["e1": .init(start: d("2020-03-11"), end: d("2020-03-11")),
                    "e4": .init(start: d("2020-03-12"), end: nil)],
            dynamicNodeAttributes: [
                .init(title: "slice_degree", values: [
                    "kh": [.init(start: d("2020-03-16"), end: d("2020-03-22"), value: 1),
                           .init(start: d("2020-03-09"), end: d("2020-03-15"), value: 3)],
                    "taji": [.init(start: d("2020-03-09"), end: d("2020-03-15"), value: 2.5)],
                ]),
            ])
    }
}

@Suite struct GEXFWriterTests {
    static var schema: String { TestPaths.shared.appendingPathComponent("schemas/gexf-1.3/gexf.xsd").path }

    /// Writes `data` as `name` in a fresh folder; the caller removes `folder(of:)`.
    func write(_ data: Data, _ name: String) throws -> String {
        let url = try TestPaths.temporaryFolder("gexf").appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
    func folder(of path: String) -> URL { URL(fileURLWithPath: path).deletingLastPathComponent() }

    @Test func dynamicGEXFValidatesAgainstTheOfficialSchema() throws {
        let data = GEXFWriter.write(try GEXFFixture.make(), options: GEXFOptions(time: GEXFFixture.time()))
        let path = try write(data, "dynamic.gexf")
        defer { try? FileManager.default.removeItem(at: folder(of: path)) }
        let r = try Subprocess.run("xmllint", ["--noout", "--schema", Self.schema, path])
        #expect(r.status == 0, "\(r.stderrText)")
    }

    @Test func staticGEXFValidatesToo() throws {
        let path = try write(GEXFWriter.write(try GEXFFixture.make()), "static.gexf")
        defer { try? FileManager.default.removeItem(at: folder(of: path)) }
        let r = try Subprocess.run("xmllint", ["--noout", "--schema", Self.schema, path])
        #expect(r.status == 0, "\(r.stderrText)")
    }

    @Test func networkxReadsSpellsDynamicValuesAndParallelEdges() throws {
        let path = try write(GEXFWriter.write(try GEXFFixture.make(), options: GEXFOptions(time: GEXFFixture.time())), "nx.gexf")
        defer { try? FileManager.default.removeItem(at: folder(of: path)) }
        let script = """
        import json, sys, networkx as nx
        g = nx.read_gexf(sys.argv[1])
        out = {
          "mode": g.graph.get("mode"),
          "nodes": sorted(g.nodes()),
          "a1": [g.nodes["a1"].get("start"), g.nodes["a1"].get("end")],
          "kh_start": g.nodes["kh"].get("start"),
          "kh_degree": sorted(g.nodes["kh"]["slice_degree"], key=lambda t: t[1]),
          "kh_name_ar": g.nodes["kh"]["name_ar"],
          "kh_label": g.nodes["kh"]["label"],
          "kh_pagerank": g.nodes["kh"]["pagerank"], "kh_n": g.nodes["kh"]["n"], "kh_flag": g.nodes["kh"]["flag"],
          "taji_lat": g.nodes["taji"]["lat"],
          "kh_taji": sorted(d["relation"] for d in g.get_edge_data("kh", "taji").values()),
          "edges": g.number_of_edges(),
        }
        print(json.dumps(out, ensure_ascii=False, sort_keys=True))
        """
        let r = try Subprocess.run("python3", ["-c", script, path])
        #expect(r.status == 0, "\(r.stderrText)")
        let got = try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any] ?? [:]
        #expect(got["mode"] as? String == "dynamic")
        #expect(got["nodes"] as? [String] == ["a1", "kh", "taji", "w2"])
        #expect(got["a1"] as? [String] == ["2020-03-11", "2020-03-11"])
        #expect(got["kh_start"] as? String == "2020-03-11")
        let degrees = got["kh_degree"] as? [[Any]] ?? []
        #expect(degrees.count == 2)
        #expect(degrees.first?.first as? Double == 3 && degrees.first?[1] as? String == "2020-03-09")
        #expect(got["kh_name_ar"] as? String == "كتائب حزب الله")
        #expect(got["kh_label"] as? String == "Kata'ib \"Hezbollah\"")
        #expect(got["kh_pagerank"] as? Double == 0.25 && got["kh_n"] as? Int == 3 && got["kh_flag"] as? Bool == true)
        #expect(got["taji_lat"] as? Double == 33.52)
        #expect(got["kh_taji"] as? [String] == ["accuses", "hostile_to"])
        #expect(got["edges"] as? Int == 5)
    }

    @Test func escapesMarkupAndDropsForbiddenCharacters() throws {
        let text = String(decoding: GEXFWriter.write(try GEXFFixture.make()), as: UTF8.self)
        #expect(text.contains(#"label="Camp Taji &lt;north&gt; &amp; co""#))
        #expect(text.contains(#"label="rocket attack / on Taji""#))
        #expect(text.contains(#"value="badchar""#))
        #expect(text.contains(#"<edge id="e3" source="kh" target="taji" kind="hostile_to" label="hostile_to" weight="2">"#))
        #expect(!text.contains("mode=\"dynamic\""))
    }

    @Test func vizIsOptInInGephisNamespace() throws {
        let g = try GEXFFixture.make()
        let plain = String(decoding: GEXFWriter.write(g), as: UTF8.self)
        #expect(!plain.contains("viz"))
        let viz = GEXFViz(positions: ["kh": .init(x: 10.5, y: -3)], sizeBy: "pagerank")
        let text = String(decoding: GEXFWriter.write(g, options: GEXFOptions(viz: viz)), as: UTF8.self)
        #expect(text.contains(#"xmlns:viz="http://gexf.net/1.3/viz""#))
        #expect(text.contains(#"<viz:position x="10.5" y="-3" z="0"/>"#))
        #expect(text.contains(#"<viz:color r="70" g="130" b="180"/>"#))
        // networkx reads Gephi's viz namespace.
        let path = try write(Data(text.utf8), "viz.gexf")
        defer { try? FileManager.default.removeItem(at: folder(of: path)) }
        let r = try Subprocess.run("python3", ["-c", "import sys, networkx as nx; g = nx.read_gexf(sys.argv[1]); print(g.nodes['kh']['viz']['position']['x'])", path])
        #expect(r.status == 0 && r.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines) == "10.5", "\(r.stderrText)")
    }

    @Test func matchesTheGoldenFile() throws {
        let data = GEXFWriter.write(try GEXFFixture.make(), options: GEXFOptions(time: GEXFFixture.time()))
        assertGolden(data, named: "slices-dynamic.gexf")
    }

    @Test func sameInputSameBytes() throws {
        let g = try GEXFFixture.make()
        let a = GEXFWriter.write(g, options: GEXFOptions(time: GEXFFixture.time()))
        let b = GEXFWriter.write(try GEXFFixture.make(), options: GEXFOptions(time: GEXFFixture.time()))
        #expect(a == b)
    }
}
