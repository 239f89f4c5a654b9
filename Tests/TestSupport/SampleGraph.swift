import GraphModel

/// A tiny hand-written graph in the project's own terms: a coalition handing over a base,
/// a rocket attack on another, the group that claimed it and who backs it. Arabic and
/// English names, dates of several precisions, evidence, coordinates and free attributes.
public enum SampleGraph {
    public static func make() -> EventGraph {
        let doc = "sample.txt"
        func ev(_ sentence: Int, _ start: Int, _ text: String, _ rule: String) -> Evidence {
            Evidence(document: doc, sentence: sentence, start: start, end: start + text.unicodeScalars.count, text: text, rule: rule)
        }
        let nodes = [
            Node(id: "actor-coalition", kind: .actor, actorType: .coalition, nameAr: "التحالف الدولي",
                 nameEn: "Global Coalition", aliases: ["التحالف", "قوات التحالف"], sources: [doc],
                 evidence: [ev(0, 12, "التحالف الدولي", "lexicon")]),
            Node(id: "actor-iraqi-army", kind: .actor, actorType: .militaryForce, nameAr: "الجيش العراقي",
                 nameEn: "Iraqi Army", sources: [doc]),
            Node(id: "actor-kataib-hezbollah", kind: .actor, actorType: .armedGroup, nameAr: "كتائب حزب الله",
                 nameEn: "Kata'ib Hezbollah", aliases: ["KH"], attributes: ["pagerank": .double(0.3125), "core": .int(2)],
                 sources: [doc], evidence: [ev(4, 0, "كتائب حزب الله", "lexicon")]),
            Node(id: "actor-iran", kind: .actor, actorType: .state, nameAr: "إيران", nameEn: "Iran"),
            Node(id: "base-al-qaim", kind: .base, nameAr: "قاعدة القائم", nameEn: "Al-Qaim base",
                 coordinates: Coordinates(lat: 34.37, lon: 41.09), sources: [doc]),
            Node(id: "base-ain-al-asad", kind: .base, nameAr: "قاعدة عين الأسد", nameEn: "Ain al-Asad Air Base",
                 coordinates: Coordinates(lat: 33.785, lon: 42.441), attributes: ["note": .string("\"largest\" <base> & runway")]),
            Node(id: "withdrawal-al-qaim-2020-03-17", kind: .withdrawal,
                 date: .day(Day(year: 2020, month: 3, day: 17)!, trace: DateTrace(anchor: "published 2020-03-19", rule: "weekday-past")),
                 modality: .completed, sources: [doc], evidence: [ev(1, 0, "سلّم التحالف قاعدة القائم", "event.withdrawal")]),
            Node(id: "attack-ain-al-asad-2020-w11", kind: .attack,
                 date: .week(containing: Day(year: 2020, month: 3, day: 11)!), modality: .claimed,
                 attributes: ["rockets": .int(8)], sources: [doc],
                 evidence: [ev(3, 5, "سقطت ثمانية صواريخ | كاتيوشا", "event.attack.trigger")]),
            Node(id: "place-anbar", kind: .place, nameAr: "الأنبار", nameEn: "Anbar"),
        ]
        let edges = [
            Edge(id: "e-w-from", source: "withdrawal-al-qaim-2020-03-17", target: "actor-coalition", relation: .from),
            Edge(id: "e-w-recipient", source: "withdrawal-al-qaim-2020-03-17", target: "actor-iraqi-army", relation: .recipient),
            Edge(id: "e-w-location", source: "withdrawal-al-qaim-2020-03-17", target: "base-al-qaim", relation: .location),
            Edge(id: "e-a-attacker", source: "attack-ain-al-asad-2020-w11", target: "actor-kataib-hezbollah", relation: .attacker,
                 evidence: [ev(3, 40, "تبنت كتائب حزب الله", "relation.claimed")]),
            Edge(id: "e-a-target", source: "attack-ain-al-asad-2020-w11", target: "base-ain-al-asad", relation: .target),
            Edge(id: "e-kh-backed", source: "actor-kataib-hezbollah", target: "actor-iran", relation: .backedBy,
                 date: .month(year: 2020, month: 3), weight: 2, sources: [doc]),
            Edge(id: "e-base-anbar", source: "base-al-qaim", target: "place-anbar", relation: .locatedIn),
            Edge(id: "e-asad-anbar", source: "base-ain-al-asad", target: "place-anbar", relation: .locatedIn),
        ]
        return try! EventGraph(directed: true, nodes: nodes, edges: edges, attributes: ["title": .string("Sample: coalition in Iraq, March 2020")])
    }
}
