import Foundation
import GraphModel

/// Reads graphs from CSV.
///
/// - Edge lists: a header naming `source` and `target` (any case, so Gephi's `Source,Target`
///   too), optionally `relation`, `weight`, `date`, Gephi's `Type` (`Directed` /
///   `Undirected`; the graph is undirected when every row says so), `Id` and `Label`, and the other model columns (`sources`, `evidence`,
///   ...). Any other column is kept as a free attribute typed by its values (all integers
///   → int, all numbers → double, all true/false → bool, else string). Nodes are the ends.
/// - Node tables (`Id,Label,...`, as `CSVWriter` writes them) add node names and columns.
///
/// A non-numeric weight, a missing column, a malformed quote are errors naming the file
/// and the line.
public enum CSVReader {
    /// A graph from an edge list alone.
    public static func readEdgeList(_ data: Data, document: String) throws -> EventGraph {
        try read(nodes: nil, edges: (data, document))
    }

    /// A graph from an edge list and, when given, a node table.
    public static func read(nodes: (data: Data, document: String)?, edges: (data: Data, document: String)) throws -> EventGraph {
        var nodeList: [Node] = []
        var known = Set<String>()
        if let (data, document) = nodes {
            let table = try Table(data, document: document)
            guard let idColumn = table.column("id") else {
                throw ReadError(document: document, line: table.headerLine,
                                "a node table needs an 'Id' column (found: \(table.header.joined(separator: ", ")))")
            }
            for record in table.rows {
                let id = record.fields[idColumn]
                guard !id.isEmpty else { throw ReadError(document: document, line: record.line, "empty node id") }
                guard known.insert(id).inserted else {
                    throw ReadError(document: document, line: record.line, "node id '\(id)' appears twice")
                }
                let values = table.values(record, skipping: [idColumn])
                nodeList.append(try GraphFields.makeNode(id: id, values: values, fallbackLabel: nil, document: document))
            }
        }

        let (data, document) = edges
        let table = try Table(data, document: document)
        guard let s = table.column("source"), let t = table.column("target") else {
            throw ReadError(document: document, line: table.headerLine,
                            "an edge list needs 'source' and 'target' columns (found: \(table.header.joined(separator: ", ")))")
        }
        // Gephi's `Type` column says Directed/Undirected; a `type` column holding anything
        // else is an ordinary attribute.
        let typeColumn = table.column("type").flatMap { c in
            table.rows.allSatisfy { ["", "directed", "undirected", "mixed"].contains($0.fields[c].lowercased()) } ? c : nil
        }
        let idColumn = table.column("id")
        let relationColumn = table.column(GraphFields.relation)
        let labelColumn = table.column("label")
        var edgeList: [Edge] = []
        var undirectedRows = 0
        var missing = MissingEdgeIDs(existing: Set(idColumn.map { c in table.rows.map { $0.fields[c] }.filter { !$0.isEmpty } } ?? []))
        var seenEdges = Set<String>()
        for record in table.rows {
            let (source, target) = (record.fields[s], record.fields[t])
            guard !source.isEmpty, !target.isEmpty else {
                throw ReadError(document: document, line: record.line, "an edge needs both a source and a target")
            }
            var skip = [s, t]
            if let c = typeColumn {
                skip.append(c)
                if record.fields[c].lowercased() == "undirected" { undirectedRows += 1 }
            }
            if let c = idColumn { skip.append(c) }
            // Our own files repeat the relation as Gephi's Label; drop it when it says the same.
            if let c = labelColumn, let r = relationColumn, record.fields[c] == record.fields[r] { skip.append(c) }
            var edge = try GraphFields.makeEdge(id: idColumn.map { record.fields[$0] } ?? "", source: source, target: target,
                                                values: table.values(record, skipping: skip), document: document)
            if edge.id.isEmpty { edge.id = missing.next(source: source, target: target, relation: edge.relation) }
            guard seenEdges.insert(edge.id).inserted else {
                throw ReadError(document: document, line: record.line, "edge id '\(edge.id)' appears twice")
            }
            for end in [source, target] where known.insert(end).inserted { nodeList.append(Node(id: end)) }
            edgeList.append(edge)
        }
        let directed = !(undirectedRows > 0 && undirectedRows == table.rows.count)
        do {
            return try EventGraph(directed: directed, nodes: nodeList, edges: edgeList)
        } catch let e as GraphError {
            throw ReadError(document: document, e.description)
        }
    }

    /// A parsed CSV file: the header and the rows, each padded to the header's width.
    struct Table {
        var header: [String]
        var headerLine: Int
        var rows: [CSVText.Record]
        /// Per column, the GraphML type its non-empty values share.
        var types: [String]
        let document: String

        init(_ data: Data, document: String) throws {
            self.document = document
            guard let text = String(data: data, encoding: .utf8) else {
                throw ReadError(document: document, "not UTF-8 text; save the CSV as UTF-8")
            }
            var records: [CSVText.Record]
            do { records = try CSVText.parse(text) } catch let e as CSVText.SyntaxError {
                throw ReadError(document: document, line: e.line, "malformed CSV: \(e.problem)")
            }
            guard !records.isEmpty else { throw ReadError(document: document, "the file is empty") }
            let head = records.removeFirst()
            header = head.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            headerLine = head.line
            for i in records.indices {
                let n = records[i].fields.count
                if n > header.count {
                    throw ReadError(document: document, line: records[i].line,
                                    "\(n) fields but the header has \(header.count); quote fields that hold a comma")
                }
                records[i].fields += Array(repeating: "", count: header.count - n)
            }
            rows = records
            types = header.indices.map { c in Self.inferType(records.map { $0.fields[c] }) }
        }

        /// Index of the first column with this name, ignoring case.
        func column(_ name: String) -> Int? {
            header.firstIndex { $0.lowercased() == name.lowercased() }
        }

        /// The record's non-empty cells as named values. Columns named like a model column
        /// in another case (`Weight`, `Relation`) take the model's spelling.
        func values(_ record: CSVText.Record, skipping skip: [Int]) -> [FieldValue] {
            var out: [FieldValue] = []
            for (c, name) in header.enumerated() where !skip.contains(c) && !record.fields[c].isEmpty {
                let lower = name.lowercased()
                let modelName = (GraphFields.nodeColumns + GraphFields.edgeColumns).contains(lower) && column(lower) == c ? lower : name
                out.append(FieldValue(name: modelName, text: record.fields[c], type: types[c], line: record.line))
            }
            return out
        }

        static func inferType(_ cells: [String]) -> String {
            let values = cells.filter { !$0.isEmpty }
            if values.isEmpty { return "string" }
            if values.allSatisfy({ Int($0) != nil }) { return "int" }
            if values.allSatisfy({ GraphFields.double($0) != nil }) { return "double" }
            if values.allSatisfy({ ["true", "false"].contains($0.lowercased()) }) { return "boolean" }
            return "string"
        }
    }
}
