import Foundation
import GraphModel

/// Reads GraphML written by this project, networkx, igraph, Gephi or yEd.
///
/// Columns are matched by `attr.name` (falling back to the key id): the names in
/// `GraphFields` fill the model's fields, every other column becomes a typed free
/// attribute (`int`/`long` → int, `float`/`double` → double, `boolean` → bool, else
/// string) that the writers give back. Also handled: `for="all"` keys, `<default>` values,
/// parallel edges, edges without ids or with repeated ones (networkx multigraphs; given
/// stable ids from their ends and position),
/// edges to undeclared nodes (the nodes are created, as networkx and Gephi do), yEd's
/// graphics (ignored, except a node label when there is no other), nested graphs
/// (flattened), raw control characters (dropped), UTF-16 and ISO-8859-1 files (converted).
/// Ids rewritten by `GraphMLWriter` are restored from `original_id`.
public enum GraphMLReader {
    /// Reads a GraphML document; `document` names it in errors (`ReadError`).
    public static func read(_ data: Data, document: String) throws -> EventGraph {
        let bytes = [UInt8](withoutControlBytes(try XMLEncoding.utf8(data, document: document)))
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw ReadError(document: document, "the file is empty")
        }
        let handler = GraphMLHandler(document: document)
        var parser = XMLPullParser(bytes)
        do {
            try parser.parse(handler.handle)
        } catch let failure as XMLPullParser.Failure {
            throw ReadError(document: document, line: failure.line, "malformed XML: \(failure.problem)")
        }
        guard handler.sawGraphML else {
            throw ReadError(document: document, "not GraphML: no <graphml> element")
        }
        return try handler.build()
    }

    /// `data` without the C0 control bytes XML forbids (all but tab, line feed, carriage
    /// return). networkx writes them unescaped into labels, which makes the file malformed
    /// for every strict parser; dropping them keeps the rest of the label. In UTF-8 these
    /// bytes never occur inside a multi-byte character, and no line break is removed, so
    /// line numbers in messages stay right.
    static func withoutControlBytes(_ data: Data) -> Data {
        func isControl(_ b: UInt8) -> Bool { b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D }
        guard data.contains(where: isControl) else { return data }
        return Data(data.filter { !isControl($0) })
    }
}

/// One `<key>` declaration.
struct GraphMLKey {
    var id: String
    var domain: String // node, edge, graph, all, ...
    var name: String
    var type: String
    var defaultValue: String?
    /// yEd's `yfiles.type` keys hold graphics, not values.
    var yfilesType: String?

    func applies(to element: String) -> Bool { domain == "all" || domain == element }
}

/// An element being read: its attributes, line and the `<data>` values by key id.
struct PendingElement {
    var line: Int
    var id: String?
    var source: String = ""
    var target: String = ""
    var data: [(key: String, value: String, line: Int)] = []
    var yedLabel: String?
}

final class GraphMLHandler {
    let document: String
    var sawGraphML = false

    private var keys: [String: GraphMLKey] = [:]
    private var keyOrder: [String] = []
    private var directed: Bool?
    private var graphData: [(key: String, value: String, line: Int)] = []
    private var nodes: [PendingElement] = []
    private var edges: [PendingElement] = []

    // Parse state.
    private var stack: [String] = []
    private var currentKey: GraphMLKey?
    private var inDefault = false
    private var inKeyDesc = false
    private var currentNode: [PendingElement] = [] // nested graphs put nodes inside nodes
    private var currentEdge: PendingElement?
    private var dataKey: String?
    private var dataDepth = 0
    private var dataLine = 0
    private var text = ""
    private var inYEdLabel = false
    private var yedLabelText = ""
    private var graphDepth = 0

    init(document: String) { self.document = document }

    func handle(_ event: XMLPullParser.Event) throws {
        switch event {
        case let .start(name, attributes, line): try start(name, attributes: attributes, line: line)
        case let .end(name, line): try end(name, line: line)
        case let .text(t): characters(t)
        }
    }

    private static func local(_ name: String) -> String {
        if let i = name.lastIndex(of: ":") { return String(name[name.index(after: i)...]) }
        return name
    }

    private func start(_ elementName: String, attributes: [String: String], line: Int) throws {
        let name = Self.local(elementName)
        defer { stack.append(name) }
        if stack.isEmpty {
            guard name == "graphml" else { throw ReadError(document: document, line: line, "not GraphML: the root element is <\(elementName)>, expected <graphml>") }
            sawGraphML = true
            return
        }
        if dataKey != nil {
            // Inside <data>: only yEd's label text is of interest.
            dataDepth += 1
            if name == "NodeLabel" || name == "EdgeLabel" { inYEdLabel = true; yedLabelText = "" }
            return
        }
        switch name {
        case "key":
            guard let id = attributes["id"] else { throw ReadError(document: document, line: line, "<key> without an id") }
            let k = GraphMLKey(id: id, domain: attributes["for"] ?? "all",
                               name: attributes["attr.name"] ?? id,
                               type: (attributes["attr.type"] ?? "string").lowercased(),
                               defaultValue: nil, yfilesType: attributes["yfiles.type"])
            currentKey = k
        case "default":
            inDefault = true; text = ""
        case "desc" where currentKey != nil:
            inKeyDesc = true; text = ""
        case "graph":
            graphDepth += 1
            if graphDepth == 1 {
                switch attributes["edgedefault"] {
                case "undirected": directed = false
                default: directed = true
                }
            }
        case "node":
            guard let id = attributes["id"] else { throw ReadError(document: document, line: line, "<node> without an id") }
            currentNode.append(PendingElement(line: line, id: id))
        case "edge":
            guard let s = attributes["source"], let t = attributes["target"] else {
                throw ReadError(document: document, line: line, "<edge> without source or target")
            }
            currentEdge = PendingElement(line: line, id: attributes["id"], source: s, target: t)
        case "hyperedge":
            throw ReadError(document: document, line: line, "hyperedges are not supported; convert them to ordinary edges")
        case "data":
            guard let key = attributes["key"] else { throw ReadError(document: document, line: line, "<data> without a key") }
            dataKey = key; dataDepth = 0; dataLine = line; text = ""
        default:
            break
        }
    }

    private func end(_ elementName: String, line: Int) throws {
        let name = Self.local(elementName)
        stack.removeLast()
        if let key = dataKey {
            if dataDepth > 0 {
                dataDepth -= 1
                if inYEdLabel, name == "NodeLabel" || name == "EdgeLabel" {
                    inYEdLabel = false
                    let label = yedLabelText.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !label.isEmpty, currentEdge == nil, !currentNode.isEmpty, currentNode[currentNode.count - 1].yedLabel == nil {
                        currentNode[currentNode.count - 1].yedLabel = label
                    }
                }
                return
            }
            // </data>
            let entry = (key: key, value: text, line: dataLine)
            if currentEdge != nil { currentEdge!.data.append(entry) }
            else if !currentNode.isEmpty { currentNode[currentNode.count - 1].data.append(entry) }
            else if graphDepth > 0 { graphData.append(entry) }
            dataKey = nil; text = ""
            return
        }
        switch name {
        case "default":
            inDefault = false
            currentKey?.defaultValue = text
        case "desc" where inKeyDesc:
            inKeyDesc = false
            // GraphMLWriter keeps a column name that is not an NMTOKEN here.
            if let k = currentKey, !text.isEmpty, k.name.hasPrefix(GraphMLIDs.nmtoken(text, prefix: "attr")) {
                currentKey?.name = text
            }
        case "key":
            if let k = currentKey {
                if keys[k.id] != nil { throw ReadError(document: document, line: line, "key id '\(k.id)' is declared twice") }
                keys[k.id] = k; keyOrder.append(k.id)
            }
            currentKey = nil
        case "graph":
            graphDepth -= 1
        case "node":
            if let n = currentNode.popLast() { nodes.append(n) }
        case "edge":
            if let e = currentEdge { edges.append(e) }
            currentEdge = nil
        default:
            break
        }
    }

    private func characters(_ string: String) {
        if inYEdLabel { yedLabelText += string }
        else if (dataKey != nil && dataDepth == 0) || inDefault || inKeyDesc { text += string }
    }

    // MARK: building the graph

    func build() throws -> EventGraph {
        var modelID: [String: String] = [:] // XML node id → model id
        var built: [Node] = []
        var seenXML = Set<String>()
        for pending in nodes {
            let xmlID = pending.id!
            guard seenXML.insert(xmlID).inserted else {
                throw ReadError(document: document, line: pending.line, "node id '\(xmlID)' is declared twice")
            }
            let node = try makeNode(pending)
            modelID[xmlID] = node.id
            built.append(node)
        }
        var seenModel = Set<String>()
        for n in built where !seenModel.insert(n.id).inserted {
            throw ReadError(document: document, "two nodes have the id '\(n.id)' once original_id is applied")
        }
        // Edges to nodes nobody declared: create the nodes, as networkx and Gephi do.
        for pending in edges {
            for end in [pending.source, pending.target] where modelID[end] == nil {
                modelID[end] = end
                built.append(Node(id: end))
                seenModel.insert(end)
            }
        }
        var builtEdges: [Edge] = []
        var missingIDs = MissingEdgeIDs(existing: Set(edges.compactMap { e -> String? in
            guard let id = e.id else { return nil }
            return e.data.first { columnName($0.key) == GraphFields.originalID }?.value ?? id
        }))
        var seenEdgeIDs = Set<String>()
        for pending in edges {
            var edge = try makeEdge(pending, source: modelID[pending.source]!, target: modelID[pending.target]!)
            // networkx writes a multigraph's edge keys as ids, and keys repeat across node
            // pairs (`0` on every first edge): a repeated id is replaced like a missing one.
            if pending.id == nil || seenEdgeIDs.contains(edge.id) {
                edge.id = missingIDs.next(source: edge.source, target: edge.target, relation: edge.relation)
            }
            seenEdgeIDs.insert(edge.id)
            builtEdges.append(edge)
        }
        var attributes: [String: AttributeValue] = [:]
        for entry in withDefaults(graphData, for: "graph") {
            guard let key = keys[entry.key], key.yfilesType == nil else { continue }
            attributes[key.name] = GraphFields.typed(entry.value, type: key.type)
        }
        do {
            return try EventGraph(directed: directed ?? true, nodes: built, edges: builtEdges, attributes: attributes)
        } catch let e as GraphError {
            throw ReadError(document: document, e.description)
        }
    }

    /// The column a `<data key>` fills: the key's `attr.name`, the id itself when the key
    /// is undeclared, nil for yEd graphics.
    private func columnName(_ keyID: String) -> String? {
        guard let k = keys[keyID] else { return keyID }
        guard k.yfilesType == nil else { return nil }
        return k.name
    }

    /// The element's data plus the defaults of the keys it has no data for, in key order.
    private func withDefaults(_ data: [(key: String, value: String, line: Int)], for element: String)
        -> [(key: String, value: String, line: Int)] {
        let present = Set(data.map(\.key))
        var out = data
        for id in keyOrder {
            let k = keys[id]!
            if k.applies(to: element), let d = k.defaultValue, !present.contains(id) {
                out.append((key: id, value: d, line: 0))
            }
        }
        return out
    }

    private func fieldValues(_ data: [(key: String, value: String, line: Int)], for element: String, line: Int) -> [FieldValue] {
        withDefaults(data, for: element).compactMap { entry in
            let key = keys[entry.key] ?? GraphMLKey(id: entry.key, domain: element, name: entry.key, type: "string", yfilesType: nil)
            guard key.yfilesType == nil else { return nil }
            return FieldValue(name: key.name, text: entry.value, type: key.type, line: entry.line == 0 ? line : entry.line)
        }
    }

    private func makeNode(_ p: PendingElement) throws -> Node {
        try GraphFields.makeNode(id: p.id!, values: fieldValues(p.data, for: "node", line: p.line),
                                 fallbackLabel: p.yedLabel, document: document)
    }

    private func makeEdge(_ p: PendingElement, source: String, target: String) throws -> Edge {
        try GraphFields.makeEdge(id: p.id ?? "", source: source, target: target,
                                 values: fieldValues(p.data, for: "edge", line: p.line), document: document)
    }
}
