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
    ///
    /// `memo` keeps each node's quoted sources and evidence fields for further writes of
    /// graphs sharing the nodes (see `ElementTextMemo`); the text is the same without it.
    public static func nodes(_ graph: EventGraph, labels: LabelLanguage = .en, memo: ElementTextMemo? = nil) -> Data {
        let rows = graph.nodes.map { GraphMLWriter.nodeRow($0, options: GraphMLOptions(labels: labels), xmlID: $0.id, deferred: memo != nil) }
        let known = GraphFields.nodeColumns.filter { $0 != GraphFields.label && $0 != GraphFields.originalID }
        let columns = self.columns(known: known, rows: rows)
        var out = CSVText.row(["Id", "Label"] + columns.map(\.name))
        let sources = GraphFields.nodeColumns[GraphMLWriter.NodeColumn.sources]
        let evidence = GraphFields.nodeColumns[GraphMLWriter.NodeColumn.evidence]
        for (node, row) in zip(graph.nodes, rows) {
            out += self.row(lead: [node.id, row.known[GraphFields.label] ?? ""], row, columns: columns, memo: memo,
                            sources: (sources, row.known.values[GraphMLWriter.NodeColumn.sources] != nil,
                                      { $0.text(.csvNodeSources, node.id, sources: node.sources, evidence: node.evidence) {
                                          CSVText.field(GraphFields.joinList(node.sources)) } }),
                            evidence: (evidence, row.known.values[GraphMLWriter.NodeColumn.evidence] != nil,
                                       { $0.text(.csvNodeEvidence, node.id, sources: node.sources, evidence: node.evidence) {
                                           CSVText.field(GraphFields.formatEvidence(node.evidence)) } }))
        }
        return Data(out.utf8)
    }

    /// The edge table (`Source,Target,Type,Id,Label,...`), one row per edge in id order.
    /// `memo` as for `nodes`.
    public static func edges(_ graph: EventGraph, memo: ElementTextMemo? = nil) -> Data {
        let rows = graph.edges.map { GraphMLWriter.edgeRow($0, xmlID: $0.id, deferred: memo != nil) }
        let known = GraphFields.edgeColumns.filter {
            $0 != GraphFields.relation && $0 != GraphFields.weight && $0 != GraphFields.originalID
        }
        let columns = self.columns(known: known, rows: rows)
        let type = graph.directed ? "Directed" : "Undirected"
        var out = CSVText.row(["Source", "Target", "Type", "Id", "Label", GraphFields.relation, GraphFields.weight] + columns.map(\.name))
        let sources = GraphFields.edgeColumns[GraphMLWriter.EdgeColumn.sources]
        let evidence = GraphFields.edgeColumns[GraphMLWriter.EdgeColumn.evidence]
        for (edge, row) in zip(graph.edges, rows) {
            out += self.row(lead: [edge.source, edge.target, type, edge.id, edge.relation.rawValue,
                                   edge.relation.rawValue, AttributeValue.format(edge.weight)], row, columns: columns, memo: memo,
                            sources: (sources, row.known.values[GraphMLWriter.EdgeColumn.sources] != nil,
                                      { $0.text(.csvEdgeSources, edge.id, sources: edge.sources, evidence: edge.evidence) {
                                          CSVText.field(GraphFields.joinList(edge.sources)) } }),
                            evidence: (evidence, row.known.values[GraphMLWriter.EdgeColumn.evidence] != nil,
                                       { $0.text(.csvEdgeEvidence, edge.id, sources: edge.sources, evidence: edge.evidence) {
                                           CSVText.field(GraphFields.formatEvidence(edge.evidence)) } }))
        }
        return Data(out.utf8)
    }

    /// A list column (sources or evidence) whose field the memo may give: its name, whether
    /// the element has the list (the deferred row then holds "" in it), and the memo's field.
    typealias MemoColumn = (name: String, present: Bool, field: (ElementTextMemo) -> String)

    /// One data row, as `CSVText.row(lead + columns' values)` writes it. With a memo the rows
    /// were made deferred, and the sources and evidence fields of an element that has them
    /// come from the memo.
    private static func row(lead: [String], _ row: GraphMLWriter.Row, columns: [Column], memo: ElementTextMemo?,
                            sources: MemoColumn, evidence: MemoColumn) -> String {
        guard let memo else { return CSVText.row(lead + columns.map { $0.value(row) }) }
        var fields = lead.map(CSVText.field)
        for c in columns {
            if c.isKnown && c.name == sources.name && sources.present {
                fields.append(sources.field(memo))
            } else if c.isKnown && c.name == evidence.name && evidence.present {
                fields.append(evidence.field(memo))
            } else {
                fields.append(CSVText.field(c.value(row)))
            }
        }
        return fields.joined(separator: ",") + "\n"
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
