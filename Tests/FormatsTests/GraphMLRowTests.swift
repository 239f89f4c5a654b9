import Foundation
import Testing
import GraphModel
@testable import Formats

/// Rows hold the known columns by position; the positions must be those of the columns'
/// lists, and the free attributes' types, folded one value at a time, those of the
/// reference `narrowestType` over all values.
@Suite struct GraphMLRowTests {
    @Test func columnPositionsAreThoseOfTheColumnLists() {
        typealias W = GraphMLWriter
        let nodes: [(Int, String)] = [
            (W.NodeColumn.label, GraphFields.label), (W.NodeColumn.kind, GraphFields.kind),
            (W.NodeColumn.actorType, GraphFields.actorType), (W.NodeColumn.nameAr, GraphFields.nameAr),
            (W.NodeColumn.nameEn, GraphFields.nameEn), (W.NodeColumn.aliases, GraphFields.aliases),
            (W.NodeColumn.date, GraphFields.date), (W.NodeColumn.datePrecision, GraphFields.datePrecision),
            (W.NodeColumn.dateRule, GraphFields.dateRule), (W.NodeColumn.dateAnchor, GraphFields.dateAnchor),
            (W.NodeColumn.modality, GraphFields.modality), (W.NodeColumn.lat, GraphFields.lat),
            (W.NodeColumn.lon, GraphFields.lon), (W.NodeColumn.sources, GraphFields.sources),
            (W.NodeColumn.evidence, GraphFields.evidence), (W.NodeColumn.originalID, GraphFields.originalID),
        ]
        #expect(nodes.count == GraphFields.nodeColumns.count)
        for (i, name) in nodes { #expect(GraphFields.nodeColumns[i] == name) }
        let edges: [(Int, String)] = [
            (W.EdgeColumn.relation, GraphFields.relation), (W.EdgeColumn.weight, GraphFields.weight),
            (W.EdgeColumn.date, GraphFields.date), (W.EdgeColumn.datePrecision, GraphFields.datePrecision),
            (W.EdgeColumn.dateRule, GraphFields.dateRule), (W.EdgeColumn.dateAnchor, GraphFields.dateAnchor),
            (W.EdgeColumn.sources, GraphFields.sources), (W.EdgeColumn.evidence, GraphFields.evidence),
            (W.EdgeColumn.originalID, GraphFields.originalID),
        ]
        #expect(edges.count == GraphFields.edgeColumns.count)
        for (i, name) in edges { #expect(GraphFields.edgeColumns[i] == name) }
    }

    @Test func foldedTypeIsTheNarrowestTypeOfAllValues() {
        let values: [AttributeValue] = [.bool(true), .bool(false), .int(0), .int(-5), .int(Int(Int32.max) + 1),
                                        .int(Int(Int32.min) - 1), .double(1.5), .double(-0.0), .string("x")]
        // Every sequence of up to three of these values, in every order.
        var sequences: [[AttributeValue]] = [[]]
        for _ in 0..<3 { sequences += sequences.flatMap { s in values.map { s + [$0] } }.filter { $0.count <= 3 } }
        var seen = Set<String>()
        for s in sequences where seen.insert(s.map(\.description).joined(separator: ",") + "\(s.count)").inserted {
            var fold = GraphMLWriter.KeyTable.TypeFold()
            for v in s { fold.add(v) }
            #expect(fold.type == GraphMLWriter.KeyTable.narrowestType(s), "\(s)")
        }
        #expect(seen.count > 100)
    }

    @Test func knownValuesReadByNameAsTheDictionaryDid() throws {
        let node = Node(id: "n1", kind: .base, nameAr: "قاعدة", nameEn: "Base", aliases: ["a", "b|c"],
                        sources: ["x.txt"], evidence: [Evidence(document: "x.txt", sentence: 0, start: 0, end: 1, text: "t", rule: "r")])
        let row = GraphMLWriter.nodeRow(node, options: GraphMLOptions(), xmlID: "n1")
        #expect(row.known[GraphFields.nameAr] == "قاعدة")
        #expect(row.known[GraphFields.aliases] == "a|b\\|c")
        #expect(row.known[GraphFields.date] == nil)
        #expect(row.known["no such column"] == nil)
        #expect(row.known.keys == [GraphFields.label, GraphFields.kind, GraphFields.nameAr, GraphFields.nameEn,
                                   GraphFields.aliases, GraphFields.sources, GraphFields.evidence])
    }
}
