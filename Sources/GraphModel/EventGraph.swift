/// The graph: nodes and edges kept sorted by id, so every traversal and every export
/// sees them in the same order whatever order they were added in.
///
/// A value type. Mutations go through `upsert` / `add` / `remove`, which keep the
/// invariants (unique ids, edges between existing nodes, sorted storage); debug builds
/// check them after every mutation (`checkInvariants`).
public struct EventGraph: Hashable, Sendable {
    public var directed: Bool
    /// Graph-level attributes (a title, the corpus name, the source format).
    public var attributes: [String: AttributeValue]
    public private(set) var nodes: [Node]
    public private(set) var edges: [Edge]
    private var nodePosition: [String: Int]
    private var edgePosition: [String: Int]

    public init(directed: Bool = true, attributes: [String: AttributeValue] = [:]) {
        self.directed = directed
        self.attributes = attributes
        nodes = []; edges = []; nodePosition = [:]; edgePosition = [:]
    }

    /// Builds a graph from unsorted parts. Throws on duplicate ids or dangling edges.
    ///
    /// The parts are taken over (`consuming`) and sorted in place, and not at all when they
    /// come in id order already (a merged graph of a large corpus: copying its nodes and edges
    /// to sort them retained every string they hold).
    public init(directed: Bool = true, nodes: consuming [Node], edges: consuming [Edge], attributes: [String: AttributeValue] = [:]) throws {
        self.directed = directed
        self.attributes = attributes
        // The order is checked by reading ids in place (a closure taking each element would copy it).
        var nodesInOrder = true, edgesInOrder = true
        for i in nodes.indices.dropFirst() where nodes[i].id < nodes[i - 1].id { nodesInOrder = false; break }
        for i in edges.indices.dropFirst() where edges[i].id < edges[i - 1].id { edgesInOrder = false; break }
        if !nodesInOrder { nodes.sort { $0.id < $1.id } }
        if !edgesInOrder { edges.sort { $0.id < $1.id } }
        // The tables are built in locals and the parts read through their buffers, in place:
        // copying an edge's id, source and target out of the array (as a tuple) retained and
        // released three strings per edge, cold in cache for a large graph.
        var nodePosition: [String: Int] = [:]
        var edgePosition: [String: Int] = [:]
        nodePosition.reserveCapacity(nodes.count)
        try nodes.withUnsafeBufferPointer { nodes in
            for i in nodes.indices {
                if nodePosition.updateValue(i, forKey: nodes[i].id) != nil { throw GraphError.duplicateNode(nodes[i].id) }
            }
        }
        edgePosition.reserveCapacity(edges.count)
        try edges.withUnsafeBufferPointer { edges in
            for i in edges.indices {
                if edgePosition.updateValue(i, forKey: edges[i].id) != nil { throw GraphError.duplicateEdge(edges[i].id) }
                guard nodePosition[edges[i].source] != nil else { throw GraphError.danglingEdge(edge: edges[i].id, node: edges[i].source) }
                guard nodePosition[edges[i].target] != nil else { throw GraphError.danglingEdge(edge: edges[i].id, node: edges[i].target) }
            }
        }
        self.nodes = nodes
        self.edges = edges
        self.nodePosition = nodePosition
        self.edgePosition = edgePosition
        checkInvariants()
    }

    /// The node with this id, in O(1).
    public func node(_ id: String) -> Node? { nodePosition[id].map { nodes[$0] } }
    /// The edge with this id, in O(1).
    public func edge(_ id: String) -> Edge? { edgePosition[id].map { edges[$0] } }
    /// The node's position in `nodes` (id order).
    public func index(ofNode id: String) -> Int? { nodePosition[id] }
    public func contains(node id: String) -> Bool { nodePosition[id] != nil }
    public func contains(edge id: String) -> Bool { edgePosition[id] != nil }

    /// Inserts the node, or replaces the node with the same id.
    public mutating func upsert(_ node: Node) {
        if let i = nodePosition[node.id] {
            nodes[i] = node
        } else {
            let i = insertionIndex(nodes, node.id)
            nodes.insert(node, at: i)
            reindexNodes(from: i)
        }
        checkInvariants()
    }

    /// Inserts the edge, or replaces the edge with the same id. Both ends must exist.
    public mutating func upsert(_ edge: Edge) throws {
        guard nodePosition[edge.source] != nil else { throw GraphError.danglingEdge(edge: edge.id, node: edge.source) }
        guard nodePosition[edge.target] != nil else { throw GraphError.danglingEdge(edge: edge.id, node: edge.target) }
        if let i = edgePosition[edge.id] {
            edges[i] = edge
        } else {
            let i = insertionIndex(edges, edge.id)
            edges.insert(edge, at: i)
            reindexEdges(from: i)
        }
        checkInvariants()
    }

    /// Changes a node in place. The closure must not change the id.
    public mutating func updateNode(_ id: String, _ body: (inout Node) -> Void) {
        guard let i = nodePosition[id] else { return }
        body(&nodes[i])
        precondition(nodes[i].id == id, "updateNode must not change the id")
    }

    /// Changes an edge in place. The closure must not change the id or the ends.
    public mutating func updateEdge(_ id: String, _ body: (inout Edge) -> Void) {
        guard let i = edgePosition[id] else { return }
        let (s, t) = (edges[i].source, edges[i].target)
        body(&edges[i])
        precondition(edges[i].id == id && edges[i].source == s && edges[i].target == t, "updateEdge must not change id or ends")
    }

    /// Removes a node and every edge touching it.
    public mutating func removeNode(_ id: String) {
        guard nodePosition[id] != nil else { return }
        self = try! EventGraph(directed: directed,
                               nodes: nodes.filter { $0.id != id },
                               edges: edges.filter { $0.source != id && $0.target != id },
                               attributes: attributes)
    }

    /// The subgraph on the given nodes (edges with both ends kept).
    public func subgraph(nodeIDs keep: Set<String>, edgeFilter: (Edge) -> Bool = { _ in true }) -> EventGraph {
        try! EventGraph(directed: directed,
                        nodes: nodes.filter { keep.contains($0.id) },
                        edges: edges.filter { keep.contains($0.source) && keep.contains($0.target) && edgeFilter($0) },
                        attributes: attributes)
    }

    /// Sorted names of every node attribute in use.
    public var nodeAttributeNames: [String] {
        Array(Set(nodes.flatMap { $0.attributes.keys })).sorted()
    }
    /// Sorted names of every edge attribute in use.
    public var edgeAttributeNames: [String] {
        Array(Set(edges.flatMap { $0.attributes.keys })).sorted()
    }

    private func insertionIndex<T: Identifiable>(_ array: [T], _ id: String) -> Int where T.ID == String {
        var lo = 0, hi = array.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if array[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
    private mutating func reindexNodes(from i: Int) {
        for j in i..<nodes.count { nodePosition[nodes[j].id] = j }
    }
    private mutating func reindexEdges(from i: Int) {
        for j in i..<edges.count { edgePosition[edges[j].id] = j }
    }

    /// Checks every invariant in debug builds; free in release builds.
    @inline(__always)
    public func checkInvariants() {
        #if DEBUG
        assert(nodes.count == nodePosition.count && edges.count == edgePosition.count, "index out of step with storage")
        for (i, n) in nodes.enumerated() {
            assert(nodePosition[n.id] == i, "node index broken at \(n.id)")
            if i > 0 { assert(nodes[i - 1].id < n.id, "nodes not sorted at \(n.id)") }
        }
        for (i, e) in edges.enumerated() {
            assert(edgePosition[e.id] == i, "edge index broken at \(e.id)")
            if i > 0 { assert(edges[i - 1].id < e.id, "edges not sorted at \(e.id)") }
            assert(nodePosition[e.source] != nil && nodePosition[e.target] != nil, "dangling edge \(e.id)")
        }
        #endif
    }

    public static func == (a: EventGraph, b: EventGraph) -> Bool {
        a.directed == b.directed && a.attributes == b.attributes && a.nodes == b.nodes && a.edges == b.edges
    }
    public func hash(into h: inout Hasher) {
        h.combine(directed); h.combine(nodes); h.combine(edges)
    }
}

/// A graph that breaks an invariant, or a document that does not hold a graph;
/// `description` is one line.
public enum GraphError: Error, Equatable, CustomStringConvertible {
    case duplicateNode(String)
    case duplicateEdge(String)
    case danglingEdge(edge: String, node: String)
    case badFormat(String)

    public var description: String {
        switch self {
        case .duplicateNode(let id): return "duplicate node id '\(id)'"
        case .duplicateEdge(let id): return "duplicate edge id '\(id)'"
        case .danglingEdge(let e, let n): return "edge '\(e)' refers to missing node '\(n)'"
        case .badFormat(let m): return m
        }
    }
}
