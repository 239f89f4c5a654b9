import GraphModel
import Graphviz

/// Reads DOT through Graphviz's own parser (`GraphvizEngine.parse`) into an `EventGraph`.
///
/// - Node id = DOT node name; edge id = the edge's `id` attribute, else its DOT `key`,
///   else `e<n>` (n = its position in the file, skipping numbers already taken).
/// - The fields the writer puts on nodes and edges (`kind`, `actor_type`, `name_ar`,
///   `name_en`, `aliases`, `date`, `date_precision`, `modality`, `lat`, `lon`, `relation`,
///   `weight`, `sources`) go back into the model; a value that does not parse (an unknown
///   kind, a malformed date) is kept as a string attribute under its name instead.
/// - DOT made by `DOTWriter` (graph attribute `generator="eventgraph"`): Graphviz's own
///   attributes (shape, colours, label, ...) are presentation derived from the model and are
///   dropped, and the legend cluster and invisible layout edges are skipped. DOT from elsewhere: every other attribute is
///   kept (typed by `typedValue`), and a node `label` becomes its name (Arabic when it
///   contains right-to-left text, English otherwise) unless `name_ar`/`name_en` are given.
/// - Label text is decoded as Graphviz draws it: escapes (`\n`, `\\`, `\N`), entities
///   (`&amp;`), and the RLI ... PDI isolation the writer adds is removed.
/// - Graph attributes Graphviz does not use are kept; undirected graphs stay undirected.
public enum DOTReader {
    /// Parses `text` and builds the graph; `document` names the source in errors.
    public static func read(_ text: String, document: String) async throws -> EventGraph {
        let parsed: DOTDocument
        do {
            parsed = try await GraphvizEngine.shared.parse(dot: text)
        } catch let error as GraphvizError {
            throw error.in(document: document)
        }
        return try graph(from: parsed, document: document)
    }

    /// Builds the graph from an already parsed document.
    public static func graph(from doc: DOTDocument, document: String) throws -> EventGraph {
        let ours = doc.graphAttributes[DOTWriter.generatorAttribute] == DOTWriter.generatorValue
        let graphName = DOTText.unescape(doc.name)

        var graphAttributes: [String: AttributeValue] = [:]
        for (name, value) in doc.graphAttributes
        where !DOTAttributeNames.graph.contains(name) && !(ours && name == DOTWriter.generatorAttribute) {
            graphAttributes[name] = typedValue(DOTText.unescape(value))
        }

        var skipped = Set<String>()
        var nodes: [Node] = []
        for dotNode in doc.nodes {
            if ours && dotNode.subgraphs.contains(DOTWriter.legendCluster) {
                skipped.insert(dotNode.name)
                continue
            }
            nodes.append(node(from: dotNode, ours: ours, graphName: graphName))
        }

        // Our invisible edges only arrange the drawing (see `DOTWriter.isolatedNodeRows`).
        let kept = doc.edges.filter {
            !skipped.contains($0.tail) && !skipped.contains($0.head) && !(ours && $0.attributes["style"] == "invis")
        }
        let ids = edgeIDs(kept)
        var edges: [Edge] = []
        for (dotEdge, id) in zip(kept, ids) {
            edges.append(edge(from: dotEdge, id: id, ours: ours))
        }
        do {
            return try EventGraph(directed: doc.directed, nodes: nodes, edges: edges, attributes: graphAttributes)
        } catch let error as GraphError {
            throw GraphError.badFormat("\(document): \(error.description)")
        }
    }

    // MARK: - Nodes

    static func node(from dotNode: DOTDocument.Node, ours: Bool, graphName: String) -> Node {
        var fields = FieldReader(dotNode.attributes, graphvizNames: DOTAttributeNames.node, keepGraphvizNames: !ours)
        // Names are escStrings like every other value: the writer doubles backslashes in ids.
        let id = DOTText.unescape(dotNode.name)
        var node = Node(id: id)
        node.kind = fields.take("kind", NodeKind.init(rawValue:))
        node.actorType = fields.take("actor_type", ActorType.init(rawValue:))
        node.nameAr = fields.take("name_ar") { $0 }
        node.nameEn = fields.take("name_en") { $0 }
        node.aliases = fields.take("aliases", splitList) ?? []
        node.modality = fields.take("modality", Modality.init(rawValue:))
        node.date = fields.takeDate()
        node.sources = fields.take("sources", splitList) ?? []
        node.coordinates = fields.takeCoordinates()

        let rawLabel = fields.raw["label"]
        fields.drop("label")
        if !ours, node.nameAr == nil, node.nameEn == nil, let rawLabel {
            let label = displayText(rawLabel, nodeName: id, graphName: graphName)
            if !label.isEmpty && label != id {
                if DOTText.containsRightToLeft(label) { node.nameAr = label } else { node.nameEn = label }
            }
        }
        node.attributes = fields.remaining()
        return node
    }

    /// A label as Graphviz draws it, minus the writer's bidi isolation.
    static func displayText(_ raw: String, nodeName: String, graphName: String) -> String {
        let unescaped = DOTText.unescape(raw, nodeName: nodeName, graphName: graphName)
        return DOTText.removingLineIsolates(DOTText.decodeEntities(unescaped))
    }

    // MARK: - Edges

    static func edge(from dotEdge: DOTDocument.Edge, id: String, ours: Bool) -> Edge {
        var fields = FieldReader(dotEdge.attributes, graphvizNames: DOTAttributeNames.edge, keepGraphvizNames: !ours)
        var edge = Edge(id: id, source: DOTText.unescape(dotEdge.tail), target: DOTText.unescape(dotEdge.head))
        fields.drop("id")
        edge.relation = fields.take("relation") { Relation($0) } ?? .unspecified
        edge.date = fields.takeDate()
        edge.weight = fields.take("weight") { Double($0).flatMap { $0.isFinite ? $0 : nil } } ?? 1
        edge.sources = fields.take("sources", splitList) ?? []
        if !ours, let label = fields.raw["label"] {
            // A foreign edge label is text to keep, decoded as Graphviz draws it.
            fields.set("label", displayText(label, nodeName: "", graphName: ""))
        }
        edge.attributes = fields.remaining()
        return edge
    }

    /// `id` attribute, else DOT key, else `e<position>`; a repeated id gets `-2`, `-3`, ...
    static func edgeIDs(_ edges: [DOTDocument.Edge]) -> [String] {
        let given = edges.map { e in (e.attributes["id"] ?? e.key).map { DOTText.unescape($0) }.flatMap { $0.isEmpty ? nil : $0 } }
        var taken = Set(given.compactMap { $0 })
        var used = Set<String>()
        var ids: [String] = []
        for (position, candidate) in given.enumerated() {
            var id: String
            if let candidate {
                id = candidate
                var n = 2
                while used.contains(id) { id = "\(candidate)-\(n)"; n += 1 }
            } else {
                id = "e\(position)"
                var n = 2
                while taken.contains(id) || used.contains(id) { id = "e\(position)-\(n)"; n += 1 }
            }
            used.insert(id)
            taken.insert(id)
            ids.append(id)
        }
        return ids
    }

    static func splitList(_ text: String) -> [String]? {
        text.split(separator: Character(DOTWriter.listSeparator)).map(String.init).filter { !$0.isEmpty }
    }
}

/// Takes known fields out of a DOT attribute dictionary, leaving what is left over as
/// string attributes. Values are unescaped once, here.
private struct FieldReader {
    private(set) var raw: [String: String]
    private var values: [String: String]
    private let graphvizNames: Set<String>
    private let keepGraphvizNames: Bool

    init(_ attributes: [String: String], graphvizNames: Set<String>, keepGraphvizNames: Bool) {
        raw = attributes
        values = attributes.mapValues { DOTText.unescape($0) }
        self.graphvizNames = graphvizNames
        self.keepGraphvizNames = keepGraphvizNames
    }

    /// The parsed field, removed from the leftovers; a value that does not parse stays.
    mutating func take<T>(_ name: String, _ parse: (String) -> T?) -> T? {
        guard let text = values[name], let value = parse(text) else { return nil }
        values[name] = nil
        return value
    }

    mutating func drop(_ name: String) { values[name] = nil }
    mutating func set(_ name: String, _ value: String) { values[name] = value }

    /// `date` with `date_precision`; precision comes from the date's form, so a matching
    /// or absent `date_precision` is consumed, a contradicting one kept.
    mutating func takeDate() -> EventDate? {
        guard let text = values["date"], let date = EventDate(iso: text) else {
            if values["date"] == nil, values["date_precision"] == DatePrecision.unknown.rawValue {
                values["date_precision"] = nil
            }
            return nil
        }
        values["date"] = nil
        if values["date_precision"] == nil || values["date_precision"] == date.precision.rawValue {
            values["date_precision"] = nil
        }
        return date
    }

    mutating func takeCoordinates() -> Coordinates? {
        guard let latText = values["lat"], let lonText = values["lon"],
              let lat = Double(latText), let lon = Double(lonText),
              (-90...90).contains(lat), (-180...180).contains(lon) else { return nil }
        values["lat"] = nil
        values["lon"] = nil
        return Coordinates(lat: lat, lon: lon)
    }

    func remaining() -> [String: AttributeValue] {
        var out: [String: AttributeValue] = [:]
        for (name, value) in values where keepGraphvizNames || !graphvizNames.contains(name) {
            out[name] = typedValue(value)
        }
        return out
    }
}

/// DOT values are untyped text. A value whose text is exactly the canonical form of an
/// int, a double or a bool (as `AttributeValue.description` writes it) is read as that
/// type, so measures and counts come back as numbers; anything else (`007`, `1e3`, `TRUE`)
/// stays a string, so no text is ever changed.
func typedValue(_ text: String) -> AttributeValue {
    if text == "true" { return .bool(true) }
    if text == "false" { return .bool(false) }
    if let i = Int(text), String(i) == text { return .int(i) }
    if text.contains("."), let d = Double(text), d.isFinite, AttributeValue.format(d) == text { return .double(d) }
    return .string(text)
}
