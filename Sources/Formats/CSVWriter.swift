import Foundation
import GraphModel

/// Writes a graph as two CSV tables in the layout of Gephi's spreadsheet import:
///
/// - nodes: `Id,Label,` then the model's columns in use (`kind`, `actor_type`, `name_ar`,
///   `name_en`, `aliases`, `date`, ...; see `GraphFields`), then the free attributes
///   sorted by name;
/// - edges: `Source,Target,Type,Id,Label,relation,weight,` then the edge columns in use and
///   the free attributes. `Type` is `Directed` or `Undirected`, `Label` the relation.
///
/// Values are the same text as in GraphML (lists joined by `|`, evidence compact); fields
/// are quoted per RFC 4180; rows follow the graph's id order; lines end in `\n`.
public enum CSVWriter {
    /// The node table (`Id,Label,...`), one row per node in id order.
    public static func nodes(_ graph: EventGraph, labels: LabelLanguage = .en) -> Data {
        let rows = graph.nodes.map { GraphMLWriter.nodeRow($0, options: GraphMLOptions(labels: labels), xmlID: $0.id) }
        let known = GraphFields.nodeColumns.filter { $0 != GraphFields.label && $0 != GraphFields.originalID }
        let columns = self.columns(known: known, rows: rows)
        var out = CSVText.row(["Id", "Label"] + columns.map(\.name))
        for (node, row) in zip(graph.nodes, rows) {
            out += CSVText.row([node.id, row.known[GraphFields.label] ?? ""] + columns.map { $0.value(row) })
        }
        return Data(out.utf8)
    }

    /// The edge table (`Source,Target,Type,Id,Label,...`), one row per edge in id order.
    public static func edges(_ graph: EventGraph) -> Data {
        let rows = graph.edges.map { GraphMLWriter.edgeRow($0, xmlID: $0.id) }
        let known = GraphFields.edgeColumns.filter {
            $0 != GraphFields.relation && $0 != GraphFields.weight && $0 != GraphFields.originalID
        }
        let columns = self.columns(known: known, rows: rows)
        let type = graph.directed ? "Directed" : "Undirected"
        var out = CSVText.row(["Source", "Target", "Type", "Id", "Label", GraphFields.relation, GraphFields.weight] + columns.map(\.name))
        for (edge, row) in zip(graph.edges, rows) {
            out += CSVText.row([edge.source, edge.target, type, edge.id, edge.relation.rawValue,
                                edge.relation.rawValue, AttributeValue.format(edge.weight)] + columns.map { $0.value(row) })
        }
        return Data(out.utf8)
    }

    struct Column {
        var name: String
        var isKnown: Bool
        func value(_ row: GraphMLWriter.Row) -> String {
            if isKnown { return row.known[name] ?? row.free[name]?.description ?? "" }
            return row.free[name]?.description ?? ""
        }
    }

    /// The known columns some row uses, in their fixed order, then the free ones sorted.
    /// A free attribute named like a known column goes in that column (see GraphMLWriter).
    static func columns(known: [String], rows: [GraphMLWriter.Row]) -> [Column] {
        var used = Set<String>(), free = Set<String>()
        for r in rows { used.formUnion(r.known.keys); free.formUnion(r.free.keys) }
        let knownSet = Set(known)
        used.formUnion(free.filter(knownSet.contains))
        return known.filter(used.contains).map { Column(name: $0, isKnown: true) }
            + free.filter { !knownSet.contains($0) }.sorted().map { Column(name: $0, isKnown: false) }
    }
}
