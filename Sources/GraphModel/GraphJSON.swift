import Foundation

/// The versioned JSON form of a graph. `decode(encode(g)) == g` exactly.
///
/// Layout: `{"format": "eventgraph", "version": 1, "directed": ..., "attributes": {...},
/// "nodes": [...], "edges": [...]}` with keys sorted and nodes/edges in id order.
public enum GraphJSON {
    public static let formatName = "eventgraph"
    public static let version = 1

    private struct Document: Codable {
        var format: String
        var version: Int
        var directed: Bool
        var attributes: [String: AttributeValue]?
        var nodes: [Node]
        var edges: [Edge]
    }

    /// The graph as pretty-printed JSON with sorted keys and a final line break.
    public static func encode(_ graph: EventGraph) throws -> Data {
        let encoder = makeEncoder()
        let doc = Document(format: formatName, version: version, directed: graph.directed,
                           attributes: graph.attributes.isEmpty ? nil : graph.attributes,
                           nodes: graph.nodes, edges: graph.edges)
        var data = try encoder.encode(doc)
        data.append(0x0A)
        return data
    }

    /// The encoder `encode` writes with (also used by writers that assemble the same document
    /// from parts, so that both follow one setting).
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// Reads JSON written by `encode` (this version or an older one); throws
    /// `GraphError.badFormat` with a one-line reason otherwise.
    public static func decode(_ data: Data) throws -> EventGraph {
        let doc: Document
        do {
            doc = try JSONDecoder().decode(Document.self, from: data)
        } catch let DecodingError.dataCorrupted(ctx) {
            throw GraphError.badFormat("not valid eventgraph JSON: \(ctx.debugDescription)")
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw GraphError.badFormat("eventgraph JSON: missing '\(key.stringValue)' at \(path(ctx))")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw GraphError.badFormat("eventgraph JSON: wrong type at \(path(ctx)): \(ctx.debugDescription)")
        } catch let DecodingError.valueNotFound(_, ctx) {
            throw GraphError.badFormat("eventgraph JSON: null at \(path(ctx))")
        }
        guard doc.format == formatName else { throw GraphError.badFormat("JSON 'format' is '\(doc.format)', expected '\(formatName)'") }
        guard doc.version <= version else {
            throw GraphError.badFormat("eventgraph JSON version \(doc.version) is newer than this tool reads (\(version)); upgrade eventgraph")
        }
        return try EventGraph(directed: doc.directed, nodes: doc.nodes, edges: doc.edges, attributes: doc.attributes ?? [:])
    }

    private static func path(_ ctx: DecodingError.Context) -> String {
        let p = ctx.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return p.isEmpty ? "top level" : p
    }
}
