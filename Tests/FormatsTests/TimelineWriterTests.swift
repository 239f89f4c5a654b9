import Foundation
import Testing
@testable import Formats
import GraphModel
import TestSupport

@Suite struct TimelineWriterTests {
    static func make() throws -> EventGraph {
        let day = { (s: String) in EventDate.day(Day(iso: s)!) }
        let nodes = [
            Node(id: "kh", kind: .actor, nameAr: "كتائب حزب الله", nameEn: "Kataib Hezbollah"),
            Node(id: "coal", kind: .actor, nameEn: "Coalition"),
            Node(id: "taji", kind: .base, nameAr: "معسكر التاجي", nameEn: "Camp Taji"),
            Node(id: "qaim", kind: .base, nameAr: "القائم", nameEn: "Al-Qaim"),
            Node(id: "a1", kind: .attack, date: day("2020-03-11"), modality: .completed),
            Node(id: "a2", kind: .attack, date: day("2020-03-12"), modality: .claimed),
            Node(id: "a3", kind: .attack, modality: .completed),
            Node(id: "w1", kind: .withdrawal, date: day("2020-03-19"), modality: .completed),
            Node(id: "w2", kind: .withdrawal, date: .month(year: 2020, month: 4), modality: .completed),
            Node(id: "w3", kind: .withdrawal, date: day("2020-04-05"), modality: .planned),
        ]
        let edges = [
            Edge(id: "e1", source: "a1", target: "kh", relation: .attacker),
            Edge(id: "e2", source: "a1", target: "taji", relation: .target),
            Edge(id: "e3", source: "a2", target: "taji", relation: .target),
            Edge(id: "e4", source: "w1", target: "qaim", relation: .from),
            Edge(id: "e5", source: "w1", target: "coal", relation: .actor),
            Edge(id: "e6", source: "w2", target: "taji", relation: .from),
            Edge(id: "e7", source: "w3", target: "qaim", relation: .from),
        ]
        return try EventGraph(nodes: nodes, edges: edges)
    }

    func line(_ dot: String, _ prefix: String) -> String {
        dot.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix + " ") }.map(String.init) ?? ""
    }

    @Test func drawsEventsByKindWithPrecisionAndModality() throws {
        let dot = TimelineWriter.dot(try Self.make())
        // Events sorted by date: a1, a2, w1, w2 (April, a bar), w3 (planned).
        #expect(line(dot, "evl0").contains(#"label="Camp Taji · Kataib Hezbollah\n2020-03-11""#))
        #expect(line(dot, "evl1").contains(#"2020-03-12 claimed"#))
        #expect(line(dot, "ev0").contains("shape=circle") && line(dot, "ev0").contains(#"style="filled""#))
        #expect(line(dot, "ev3").contains("shape=box"))
        #expect(line(dot, "evl3").contains("2020-04 (month)"))
        #expect(line(dot, "ev4").contains(#"style="dashed""#) && line(dot, "ev4").contains(#"fillcolor="white""#))
        #expect(dot.contains("1 event without a date not shown"))
        #expect(line(dot, "lane0").contains(#"label="attacks""#) && line(dot, "lane1").contains(#"label="withdrawals""#))
        // The month bar spans 30 days at the chosen scale; a day dot is 9 points wide.
        let perDay = 1400.0 / Double(Day(iso: "2020-04-30")!.daysSinceEpoch - Day(iso: "2020-03-09")!.daysSinceEpoch + 3)
        #expect(line(dot, "ev3").contains("width=\(TimelineWriter.fmt(30 * perDay / 72))"))
        // The month bar's centre sits in the middle of April.
        let x0 = Double(Day(iso: "2020-04-01")!.daysSinceEpoch - Day(iso: "2020-03-09")!.daysSinceEpoch) * perDay
        #expect(line(dot, "ev3").contains("pos=\"\(TimelineWriter.fmt(x0 + 15 * perDay)),"))
    }

    @Test func arabicLabelsAreIsolated() throws {
        let dot = TimelineWriter.dot(try Self.make(), options: TimelineOptions(labels: .ar))
        // One right-to-left run per line: base first (at the right), then the actors.
        #expect(line(dot, "evl0").contains("\u{2067}معسكر التاجي · كتائب حزب الله\u{2069}"))
        // No Arabic name: the English one, inside the run.
        #expect(line(dot, "evl2").contains("\u{2067}القائم · Coalition\u{2069}"))
        #expect(line(dot, "lane0").contains(#"label="هجمات""#))
        // In English lines, each Arabic name is isolated on its own.
        let both = TimelineWriter.dot(try Self.make(), options: TimelineOptions(labels: .both))
        #expect(line(both, "evl0").contains("Camp Taji \u{2067}معسكر التاجي\u{2069} · Kataib Hezbollah \u{2067}كتائب حزب الله\u{2069}"))
    }

    @Test func graphvizAcceptsItAndKeepsThePins() throws {
        let dir = try TestPaths.temporaryFolder("timeline")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("t.dot").path
        try Data(TimelineWriter.dot(try Self.make()).utf8).write(to: URL(fileURLWithPath: path))
        let r = try Subprocess.run("neato", ["-n2", "-Tsvg", path])
        #expect(r.status == 0, "\(r.stderrText)")
        #expect(r.stdoutText.contains("<title>ev0</title>"))
    }

    @Test func matchesTheGoldenFile() throws {
        assertGolden(Data(TimelineWriter.dot(try Self.make(), options: TimelineOptions(labels: .both)).utf8), named: "timeline-both.dot")
    }

    @Test func sameInputSameText() throws {
        #expect(TimelineWriter.dot(try Self.make()) == TimelineWriter.dot(try Self.make()))
    }

    @Test func ticksFollowTheScale() {
        let from = Day(iso: "2020-03-09")!, to = Day(iso: "2020-05-01")!
        #expect(TimelineWriter.ticks(from: from, to: to, perDay: 20).map(\.label).prefix(2) == ["2020-03-09", "2020-03-16"])
        #expect(TimelineWriter.ticks(from: from, to: to, perDay: 3).map(\.label) == ["2020-04", "2020-05"])
        #expect(TimelineWriter.ticks(from: from, to: Day(iso: "2024-01-01")!, perDay: 0.2).map(\.label) == ["2021", "2022", "2023", "2024"])
    }
}
