import Foundation
import GraphModel
import Graphviz
@testable import Formats

/// Graphs the DOT tests share: a small event graph in Arabic and English, and a graph whose
/// labels hold everything that can break a DOT encoder.
enum DOTSamples {
    static func eventGraph() throws -> EventGraph {
        let day = Day(iso: "2020-03-19")!
        return try EventGraph(nodes: [
            Node(id: "actor-coalition", kind: .actor, actorType: .coalition, nameAr: "التحالف الدولي",
                 nameEn: "Global Coalition", aliases: ["قوات التحالف"], attributes: ["pagerank": .double(0.31), "community": .int(0)],
                 sources: ["001.txt", "002.txt"]),
            Node(id: "actor-iraqi-army", kind: .actor, actorType: .militaryForce, nameAr: "الجيش العراقي",
                 nameEn: "Iraqi Army", attributes: ["pagerank": .double(0.22), "community": .int(0)]),
            Node(id: "actor-kataib-hezbollah", kind: .actor, actorType: .armedGroup, nameAr: "كتائب حزب الله",
                 nameEn: "Kata'ib Hezbollah", attributes: ["pagerank": .double(0.12), "community": .int(1)]),
            Node(id: "base-al-qaim", kind: .base, nameAr: "قاعدة القائم", nameEn: "Al-Qaim base",
                 coordinates: Coordinates(lat: 34.37, lon: 41.09), attributes: ["pagerank": .double(0.15), "community": .int(0)]),
            Node(id: "place-anbar", kind: .place, nameAr: "الأنبار", attributes: ["community": .int(0)]),
            Node(id: "withdrawal-al-qaim", kind: .withdrawal, nameAr: "تسليم قاعدة القائم", nameEn: "Handover of Al-Qaim",
                 date: .day(day), modality: .completed, attributes: ["community": .int(0)], sources: ["002.txt"]),
            Node(id: "attack-taji", kind: .attack, nameAr: "هجوم صاروخي على التاجي", nameEn: "Rocket attack on Taji",
                 date: EventDate(iso: "2020-03")!, modality: .claimed, attributes: ["community": .int(1)]),
            Node(id: "withdrawal-k1", kind: .withdrawal, nameEn: "Handover of K1", date: EventDate(iso: "2020-W13")!,
                 modality: .planned, attributes: ["community": .int(0)]),
        ], edges: [
            Edge(id: "e-w-actor", source: "withdrawal-al-qaim", target: "actor-coalition", relation: .actor, date: .day(day)),
            Edge(id: "e-w-from", source: "withdrawal-al-qaim", target: "base-al-qaim", relation: .from),
            Edge(id: "e-w-recipient", source: "withdrawal-al-qaim", target: "actor-iraqi-army", relation: .recipient, weight: 2),
            Edge(id: "e-a-attacker", source: "attack-taji", target: "actor-kataib-hezbollah", relation: .attacker),
            Edge(id: "e-a-target", source: "attack-taji", target: "actor-coalition", relation: .target),
            Edge(id: "e-base-in", source: "base-al-qaim", target: "place-anbar", relation: .locatedIn),
            Edge(id: "e-hostile", source: "actor-kataib-hezbollah", target: "actor-coalition", relation: .hostileTo, sources: ["003.txt"]),
            Edge(id: "e-k1-actor", source: "withdrawal-k1", target: "actor-coalition", relation: .actor),
        ], attributes: ["corpus": .string("sample"), "rankdir": .string("TB")])
    }

    /// Labels that break naive encoders.
    static let hostileLabels: [String] = [
        "قاعدة \"عين الأسد\" الجوية",
        "back\\slash and trailing \\",
        "line one\nline two",
        "<b>not html</b> & \"quoted\" &amp; &lt;",
        "emoji 🚀🇮🇶 and Arabic مرحبا",
        "\\N is not the node name, \\n is not a newline",
        "tab\there, {braces} [brackets]; semi=colon -> arrow -- edge",
        "مختلط Arabic and English ١٢٣ 123",
        "\u{2067}already isolated عين\u{2069}",
    ]

    static func hostileGraph() throws -> EventGraph {
        var nodes: [Node] = []
        for (i, label) in hostileLabels.enumerated() {
            nodes.append(Node(id: "n\(i) \"odd\\id\"", kind: .place, nameAr: label, nameEn: label,
                              attributes: ["note": .string(label)]))
        }
        let edges = (1..<nodes.count).map { i in
            Edge(id: "edge \(i) <\"x\">", source: nodes[i - 1].id, target: nodes[i].id, relation: Relation("rel \"\(i)\" & \\"),
                 attributes: ["comment text": .string(hostileLabels[i])])
        }
        return try EventGraph(nodes: nodes, edges: edges)
    }
}
