import Foundation

/// A Graphviz layout engine.
///
/// `nop` keeps the positions the DOT text gives (`pos="x,y!"`) and only routes edges:
/// it is how time slices of one graph share the layout of the union graph.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi, nop

    /// The engine with this name, or an error that lists the valid names.
    public static func named(_ name: String) throws -> LayoutEngine {
        guard let engine = LayoutEngine(rawValue: name.lowercased()) else {
            throw GraphvizError(.unknownEngine,
                                "unknown layout engine '\(name)'",
                                detail: "use one of: " + allCases.map(\.rawValue).joined(separator: ", "))
        }
        return engine
    }
}

/// An output format Graphviz produces in memory.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// SVG with real `<text>` elements (searchable; bidi left to the viewer).
    case svg
    /// PNG through cairo and pango: shaped, right-to-left Arabic.
    case png
    /// PDF through cairo and pango.
    case pdf
    /// The input graph with layout attributes (`pos`, `bb`, ...) added.
    case dot
    /// Graphviz's line-based layout description (`graph`, `node`, `edge`, `stop`).
    case plain

    /// The `-T` format string: cairo renderers for the bitmap and PDF formats, never gd
    /// (gd does not shape Arabic and clips it).
    var graphvizFormat: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        case .dot: return "dot"
        case .plain: return "plain"
        }
    }

    /// Whether the output is text (UTF-8), as opposed to binary bytes.
    public var isText: Bool { self != .png && self != .pdf }
}

/// A point in Graphviz's coordinate space: points (1/72 inch), y growing upwards.
public struct LayoutPoint: Hashable, Sendable, Codable, CustomStringConvertible {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }
    public var description: String { "\(x),\(y)" }
}

/// A DOT document as Graphviz's own parser read it: plain values, no C types.
///
/// Subgraphs are flattened: every node and edge of the file appears once, in file order,
/// with the attributes it has after Graphviz applied defaults (`node [...]` statements and
/// subgraph defaults). `subgraphs` keeps which named subgraphs a node sits in, so that a
/// reader can leave out decoration such as a legend cluster.
public struct DOTDocument: Hashable, Sendable {
    /// A node with its attributes after defaults were applied.
    public struct Node: Hashable, Sendable {
        public var name: String
        public var attributes: [String: String]
        /// Names of the named subgraphs (at any depth) that contain this node, in file order.
        public var subgraphs: [String]
        public init(name: String, attributes: [String: String] = [:], subgraphs: [String] = []) {
            self.name = name; self.attributes = attributes; self.subgraphs = subgraphs
        }
    }
    /// An edge between two node names, with its attributes after defaults were applied.
    public struct Edge: Hashable, Sendable {
        public var tail: String
        public var head: String
        /// The DOT edge key (`key=...`), which names an edge in a multigraph; nil when anonymous.
        public var key: String?
        public var attributes: [String: String]
        public init(tail: String, head: String, key: String? = nil, attributes: [String: String] = [:]) {
            self.tail = tail; self.head = head; self.key = key; self.attributes = attributes
        }
    }

    /// The graph's name; "" when anonymous.
    public var name: String
    public var directed: Bool
    public var strict: Bool
    /// Attributes set on the root graph (`label`, `rankdir`, ...); empty values left out.
    public var graphAttributes: [String: String]
    /// Root-level `node [...]` defaults.
    public var nodeDefaults: [String: String]
    /// Root-level `edge [...]` defaults.
    public var edgeDefaults: [String: String]
    /// Nodes in file order (order of first mention).
    public var nodes: [Node]
    /// Edges in file order.
    public var edges: [Edge]

    public init(name: String = "", directed: Bool = true, strict: Bool = false,
                graphAttributes: [String: String] = [:], nodeDefaults: [String: String] = [:],
                edgeDefaults: [String: String] = [:], nodes: [Node] = [], edges: [Edge] = []) {
        self.name = name; self.directed = directed; self.strict = strict
        self.graphAttributes = graphAttributes; self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults; self.nodes = nodes; self.edges = edges
    }
}

/// A failure inside Graphviz, with Graphviz's own message.
///
/// `description` is one line: the document (when known), what failed, and what Graphviz said
/// or what to do about it.
public struct GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Which step failed, for callers that react differently (tests, exit codes).
    public enum Kind: String, Hashable, Sendable {
        /// The layout or render plugins are not installed or not registered.
        case pluginsMissing
        /// A layout engine name that Graphviz does not have.
        case unknownEngine
        /// The DOT text does not parse.
        case syntax
        /// Layout failed.
        case layout
        /// Rendering failed.
        case render
        /// Graphviz's output could not be read back (positions).
        case output
    }

    public var kind: Kind
    /// What failed, e.g. "Graphviz could not parse the DOT text".
    public var summary: String
    /// Graphviz's message (joined into one line) or advice; may be empty.
    public var detail: String
    /// The file or document the DOT text came from, when the caller knows it.
    public var document: String?

    public init(_ kind: Kind, _ summary: String, detail: String = "", document: String? = nil) {
        self.kind = kind; self.summary = summary; self.detail = detail; self.document = document
    }

    /// The same error, naming the document it concerns.
    public func `in`(document: String) -> GraphvizError {
        var e = self
        e.document = document
        return e
    }

    public var description: String {
        var line = document.map { "\($0): " } ?? ""
        line += summary
        if !detail.isEmpty { line += ": " + detail }
        return line
    }
}
