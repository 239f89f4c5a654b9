import Analytics
import Formats
import Foundation
import GraphModel

/// The tables of `slices`, each as CSV (RFC 4180, header first) and JSON (an array of
/// objects with sorted keys), in a fixed row order.
enum SlicesTables {
    /// `measures.csv/json`: `slice,node,measure,value,rank`, by slice, measure, rank.
    static func measureFiles(_ rows: [SliceMeasureRow]) -> [(name: String, data: Data)] {
        let header = ["slice", "node", "measure", "value", "rank"]
        let cells = rows.map { [$0.slice, $0.node, $0.measure, number($0.value), String($0.rank)] }
        return pair("measures", header, cells, json: rows)
    }

    /// `risers-fallers.csv/json`.
    static func moveFiles(_ moves: [RankMove]) -> [(name: String, data: Data)] {
        let header = ["from_slice", "to_slice", "measure", "direction", "node", "rank_from", "rank_to", "rank_change",
                      "value_from", "value_to", "value_change", "presence"]
        let cells = moves.map { m in
            [m.fromSlice, m.toSlice, m.measure, m.direction.rawValue, m.node, String(m.rankFrom), String(m.rankTo),
             String(m.rankChange), number(m.valueFrom), number(m.valueTo), number(m.valueChange), m.presence.rawValue]
        }
        return pair("risers-fallers", header, cells, json: moves)
    }

    struct UnknownRow: Codable {
        let node: String, kind: String, label: String, modality: String, sources: String
    }

    /// `unknown-dates.csv/json`: events with no date, which no slice can hold.
    static func unknownFiles(_ items: [UnplacedItem], graph: EventGraph, labels: LabelLanguage) -> [(name: String, data: Data)] {
        let rows = items.compactMap { item -> UnknownRow? in
            guard let n = graph.node(item.id) else { return nil }
            return UnknownRow(node: n.id, kind: n.kind?.rawValue ?? "", label: n.label(labels),
                              modality: n.modality?.rawValue ?? "", sources: n.sources.joined(separator: "|"))
        }
        let header = ["node", "kind", "label", "modality", "sources"]
        return pair("unknown-dates", header, rows.map { [$0.node, $0.kind, $0.label, $0.modality, $0.sources] }, json: rows)
    }

    struct UnplacedRow: Codable {
        let element: String, id: String, date: String, reason: String
    }

    /// `unplaced.csv/json`: dated events, contacts and relations in no slice, with the reason.
    static func unplacedFiles(_ items: [UnplacedItem]) -> [(name: String, data: Data)] {
        let rows = items.map { UnplacedRow(element: $0.element.rawValue, id: $0.id, date: $0.date?.iso ?? "", reason: $0.reason.rawValue) }
        return pair("unplaced", ["element", "id", "date", "reason"], rows.map { [$0.element, $0.id, $0.date, $0.reason] }, json: rows)
    }

    struct IndexRow: Codable {
        let slice: String, start: String, end: String
        let nodes: Int, edges: Int, events: Int, planned: Int, imprecise: Int
    }

    /// `slices.csv/json`: one row per slice with its window and sizes.
    static func indexFiles(_ set: SliceSet) -> [(name: String, data: Data)] {
        let rows = set.slices.map { s in
            IndexRow(slice: s.window.name, start: s.window.first.iso, end: s.window.last.iso,
                     nodes: s.graph.nodes.count, edges: s.graph.edges.count, events: s.eventIDs.count,
                     planned: s.plannedEventIDs.count, imprecise: s.impreciseEventIDs.count)
        }
        let header = ["slice", "start", "end", "nodes", "edges", "events", "planned", "imprecise"]
        let cells = rows.map { [$0.slice, $0.start, $0.end, String($0.nodes), String($0.edges), String($0.events), String($0.planned), String($0.imprecise)] }
        return pair("slices", header, cells, json: rows)
    }

    static func summaryHeader(_ set: SliceSet, graph: EventGraph) -> String {
        let o = set.options
        let placed = Set(set.slices.flatMap(\.eventIDs)).count
        var lines = ["\(set.slices.count) \(o.mode.rawValue) slices by \(o.granularity.rawValue)"
                     + (set.slices.isEmpty ? "" : ", \(set.slices[0].window.first.iso) to \(set.slices[set.slices.count - 1].window.last.iso)")
                     + "; \(placed) events placed"
                     + (o.spread ? " (coarse dates spread)" : "")
                     + (o.relationsEvidenced ? "; relations from their dated evidence" : "")]
        let unknown = set.unplaced.filter { $0.reason == .unknownDate }.count
        if unknown > 0 { lines.append("\(unknown) event\(unknown == 1 ? "" : "s") with unknown dates (unknown-dates.csv)") }
        let other = set.unplaced.count - unknown
        if other > 0 { lines.append("\(other) dated item\(other == 1 ? "" : "s") in no slice (unplaced.csv)") }
        lines.append("Risers and fallers between consecutive slices (rank before→after):")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Encoding

    static func pair<T: Encodable>(_ base: String, _ header: [String], _ rows: [[String]], json: T) -> [(name: String, data: Data)] {
        [("\(base).csv", csv(header, rows)), ("\(base).json", encode(json))]
    }

    static func csv(_ header: [String], _ rows: [[String]]) -> Data {
        var text = CSVText.row(header)
        for r in rows { text += CSVText.row(r) }
        return Data(text.utf8)
    }

    static func number(_ v: Double) -> String { AttributeValue.format(v) }

    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "INF", negativeInfinity: "-INF", nan: "NaN")
        // Rows of strings, integers and doubles (non-finite ones as strings) always encode.
        var data = try! encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
