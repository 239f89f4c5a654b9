import Foundation
import GraphModel

/// The slices' graphs in `GraphJSON` form, byte for byte what `GraphJSON.encode` writes,
/// assembled from element texts encoded once per run.
///
/// Why: the standing relations and the entities they join are in every slice, and their
/// evidence and sources are most of each file; `JSONEncoder` went through all of them again
/// for every slice, which was the largest part of `eventgraph slices` on a big graph.
///
/// How: `GraphJSON.encode` is `JSONEncoder` with sorted keys and pretty printing, which
/// writes a value nested d levels deep as its own top-level text with 2·d spaces before every
/// line but the first, blank lines (the inside of an empty array or object) staying empty; no
/// line break occurs inside a string (JSON escapes it). So an element encoded alone, indented,
/// is its text in the document. An edge of a slice is the graph's edge unchanged: its text is
/// kept by id. A node differs between slices only in its attributes (measures, `imprecise`,
/// `planned`): its text is kept by id as the part before its `attributes` value and the part
/// after, and only the attributes are encoded per slice. The document's own keys, in sorted
/// order, are `attributes` (left out when empty), `directed`, `edges`, `format`, `nodes`,
/// `version`.
///
/// Contract: every graph given to one encoder is a slice of the same graph (an id always
/// names the same element, save for node attributes). A graph without nodes or edges, and a
/// node whose text does not split as expected, go through `GraphJSON.encode` itself. Debug
/// builds compare every document with `GraphJSON.encode`.
final class SliceJSONEncoder {
    private let encoder: JSONEncoder
    /// Edge id → the edge's text at the depth of the `edges` items.
    private var edgeTexts: [String: String] = [:]
    /// Node id → its text around the `attributes` value at the depth of the `nodes` items,
    /// and that value's text when empty; nil when the node's text did not split.
    private var nodeParts: [String: NodeParts?] = [:]

    struct NodeParts {
        var head: String
        var emptyAttributes: String
        var tail: String
    }

    /// Depth of the elements in the document: `{ "edges" : [ item ] }`.
    private static let itemIndent = 4

    /// How many documents were assembled from kept texts rather than made by
    /// `GraphJSON.encode` (for tests: the fallback alone would give the same bytes).
    private(set) var assembledCount = 0

    init() {
        encoder = GraphJSON.makeEncoder()
    }

    func encode(_ g: EventGraph) throws -> Data {
        let assembled = try assemble(g)
        if assembled != nil { assembledCount += 1 }
        let data = try assembled ?? GraphJSON.encode(g)
        assert(data == (try? GraphJSON.encode(g)), "SliceJSONEncoder differs from GraphJSON.encode")
        return data
    }

    /// The document, or nil when it must be made by `GraphJSON.encode`.
    private func assemble(_ g: EventGraph) throws -> Data? {
        guard !g.nodes.isEmpty, !g.edges.isEmpty else { return nil }
        var nodeTexts: [String] = []
        nodeTexts.reserveCapacity(g.nodes.count)
        for n in g.nodes {
            guard let parts = try parts(of: n) else { return nil }
            let attributes = n.attributes.isEmpty
                ? parts.emptyAttributes
                : Self.indented(try text(n.attributes), by: Self.itemIndent + 2)
            nodeTexts.append(parts.head + attributes + parts.tail)
        }
        var out = "{\n"
        if !g.attributes.isEmpty { out += "  \"attributes\" : " + Self.indented(try text(g.attributes), by: 2) + ",\n" }
        out += "  \"directed\" : \(g.directed ? "true" : "false"),\n"
        out += "  \"edges\" : [\n"
        for (i, e) in g.edges.enumerated() {
            out += "    "
            out += try edgeText(e)
            out += i == g.edges.count - 1 ? "\n" : ",\n"
        }
        out += "  ],\n"
        out += "  \"format\" : " + (try text(GraphJSON.formatName)) + ",\n"
        out += "  \"nodes\" : [\n"
        for (i, t) in nodeTexts.enumerated() {
            out += "    "
            out += t
            out += i == nodeTexts.count - 1 ? "\n" : ",\n"
        }
        out += "  ],\n"
        out += "  \"version\" : \(GraphJSON.version)\n"
        out += "}\n"
        return Data(out.utf8)
    }

    private func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func edgeText(_ e: Edge) throws -> String {
        if let known = edgeTexts[e.id] { return known }
        let made = Self.indented(try text(e), by: Self.itemIndent)
        edgeTexts[e.id] = made
        return made
    }

    /// The node's text split around its `attributes` value (encoded with no attributes,
    /// whose value is then the empty object).
    private func parts(of n: Node) throws -> NodeParts? {
        if let known = nodeParts[n.id] { return known }
        var bare = n
        bare.attributes = [:]
        let whole = Self.indented(try text(bare), by: Self.itemIndent)
        let pad = String(repeating: " ", count: Self.itemIndent + 2)
        let marker = "\n" + pad + "\"attributes\" : "
        // The empty object as `JSONEncoder` writes it at this depth.
        let empty = "{\n\n" + pad + "}"
        var parts: NodeParts? = nil
        if let m = whole.range(of: marker), whole[m.upperBound...].hasPrefix(empty) {
            let valueEnd = whole.index(m.upperBound, offsetBy: empty.count)
            parts = NodeParts(head: String(whole[..<m.upperBound]), emptyAttributes: empty, tail: String(whole[valueEnd...]))
        }
        nodeParts[n.id] = parts
        return parts
    }

    /// `text` with `spaces` spaces before every line but the first, blank lines left empty.
    static func indented(_ text: String, by spaces: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var afterNewline = false
        for b in text.utf8 {
            if afterNewline && b != 0x0A { bytes.append(contentsOf: repeatElement(0x20, count: spaces)) }
            bytes.append(b)
            afterNewline = b == 0x0A
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
