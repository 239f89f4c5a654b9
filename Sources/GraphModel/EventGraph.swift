import Foundation

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
    /// id → position in `nodes` and in `edges`, made when first asked for (`IDPositions`).
    private var positions: IDPositions

    public init(directed: Bool = true, attributes: [String: AttributeValue] = [:]) {
        self.directed = directed
        self.attributes = attributes
        nodes = []; edges = []; positions = IDPositions(nodes: [:], edges: [:])
    }

    /// Builds a graph from unsorted parts. Throws on duplicate ids or dangling edges.
    ///
    /// The parts are taken over (`consuming`) and sorted in place, and not at all when they
    /// come in id order already (a merged graph of a large corpus: copying its nodes and edges
    /// to sort them retained every string they hold).
    public init(directed: Bool = true, nodes: consuming [Node], edges: consuming [Edge], attributes: [String: AttributeValue] = [:]) throws {
        self.directed = directed
        self.attributes = attributes
        // Sorted, then duplicates found as equal neighbours: the errors name the first
        // duplicate id in id order, as a table filled in id order found it.
        if !Self.strictlyIncreasing(nodes) {
            nodes.sort { $0.id < $1.id }
            try nodes.withUnsafeBufferPointer { nodes in
                for i in nodes.indices.dropFirst() where nodes[i].id == nodes[i - 1].id { throw GraphError.duplicateNode(nodes[i].id) }
            }
        }
        let edgesUnique = Self.strictlyIncreasing(edges)
        if !edgesUnique { edges.sort { $0.id < $1.id } }
        // The ends are checked against a table of the node ids, read in place: copying an
        // edge's id, source and target out of the array (as a tuple) retained and released
        // three strings per edge, cold in cache for a large graph. The table is kept; the
        // edges' one is made when first asked for.
        var nodePosition: [String: Int] = [:]
        nodePosition.reserveCapacity(nodes.count)
        nodes.withUnsafeBufferPointer { nodes in
            for i in nodes.indices { nodePosition[nodes[i].id] = i }
        }
        try edges.withUnsafeBufferPointer { edges in
            for i in edges.indices {
                if !edgesUnique, i > 0, edges[i].id == edges[i - 1].id { throw GraphError.duplicateEdge(edges[i].id) }
                guard nodePosition[edges[i].source] != nil else { throw GraphError.danglingEdge(edge: edges[i].id, node: edges[i].source) }
                guard nodePosition[edges[i].target] != nil else { throw GraphError.danglingEdge(edge: edges[i].id, node: edges[i].target) }
            }
        }
        self.nodes = nodes
        self.edges = edges
        positions = IDPositions(nodes: nodePosition, edges: nil)
        checkInvariants()
    }

    /// The graph `init(directed:nodes:edges:attributes:)` makes of the same parts (the same
    /// graph, or the same error), made without hashing any id when the parts come as a merger
    /// makes them: nodes and edges in strictly increasing id order, and `endPositions[i]` the
    /// positions in `nodes` of the source and target of `edges[i]`.
    ///
    /// Why: the general initializer hashes every node id into a table, then every edge's two
    /// ends to find them there (some 180,000 strings for the merged graph of the
    /// 10,000-article corpus, each retained as a key or hashed cold in cache). Here the order
    /// is checked by comparing neighbours (strictly increasing ids are distinct), and each end
    /// by comparing the edge's id string with the node's at the position given: an equal
    /// string copied from the node's id is recognised by its representation, without reading
    /// its bytes. The tables are made when first asked for, which writing a graph never does.
    /// When either check fails, the parts go through the general initializer, which sorts
    /// them and finds the duplicate or dangling end.
    public init(directed: Bool = true, nodesInIDOrder nodes: consuming [Node], edgesInIDOrder edges: consuming [Edge],
                endPositions: [(source: Int, target: Int)], attributes: [String: AttributeValue] = [:]) throws {
        let nodeCount = nodes.count
        let checked = endPositions.count == edges.count && Self.strictlyIncreasing(nodes) && Self.strictlyIncreasing(edges)
            && nodes.withUnsafeBufferPointer { nodes in
                edges.withUnsafeBufferPointer { edges in
                    edges.indices.allSatisfy { i in
                        let (s, t) = endPositions[i]
                        return s >= 0 && s < nodeCount && t >= 0 && t < nodeCount
                            && edges[i].source == nodes[s].id && edges[i].target == nodes[t].id
                    }
                }
            }
        guard checked else {
            self = try EventGraph(directed: directed, nodes: nodes, edges: edges, attributes: attributes)
            return
        }
        self.directed = directed
        self.attributes = attributes
        self.nodes = nodes
        self.edges = edges
        positions = IDPositions()
        checkInvariants()
    }

    /// Whether the ids strictly increase (so they are in order and distinct), read in place:
    /// a closure taking each element would copy it.
    private static func strictlyIncreasing<T: Identifiable>(_ items: [T]) -> Bool where T.ID == String {
        items.withUnsafeBufferPointer { items in
            for i in items.indices.dropFirst() where !(items[i - 1].id < items[i].id) { return false }
            return true
        }
    }

    /// Whether the id tables have been made yet (for tests: a merged graph that is only written
    /// should never make them).
    var idTablesMade: (nodes: Bool, edges: Bool) {
        let made = positions.tablesMade
        return (made.nodes != nil, made.edges != nil)
    }

    private var nodePosition: [String: Int] { positions.nodeTable(nodes) }
    private var edgePosition: [String: Int] { positions.edgeTable(edges) }

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
    /// After an insertion at `i` into `nodes`: the positions from `i` on, in a table of this
    /// graph's own (a copy of a shared one, or one made now).
    private mutating func reindexNodes(from i: Int) {
        if !isKnownUniquelyReferenced(&positions) { positions = positions.copy() }
        positions.updateNodes(nodes, from: i)
    }
    private mutating func reindexEdges(from i: Int) {
        if !isKnownUniquelyReferenced(&positions) { positions = positions.copy() }
        positions.updateEdges(edges, from: i)
    }

    /// Checks every invariant in debug builds; free in release builds.
    @inline(__always)
    public func checkInvariants() {
        #if DEBUG
        // The tables made so far, or made here for the check only: making the graph's own would
        // hide, in debug builds, the path release builds take (tables made on first lookup).
        let made = positions.tablesMade
        let nodePosition = made.nodes ?? IDPositions.table(nodes)
        let edgePosition = made.edges ?? IDPositions.table(edges)
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

/// The id → position tables of a graph's nodes and edges, each made when first asked for.
///
/// Why not made with the graph: a graph made by the merger and written out (`eventgraph
/// extract`) never looks a node or edge up by id, and the tables hashed every id and kept a
/// retained copy of each as a key. A class, so that a graph read through `let` can still make
/// them; copies of a graph share it until one of them changes its nodes or edges (which copies
/// it first when shared, as an array does). A graph is `Sendable` and read from several
/// threads at once, so the tables are made and read under a lock.
final class IDPositions: @unchecked Sendable {
    private let lock = NSLock()
    private var nodes: [String: Int]?
    private var edges: [String: Int]?

    init(nodes: [String: Int]? = nil, edges: [String: Int]? = nil) { self.nodes = nodes; self.edges = edges }

    func copy() -> IDPositions { lock.withLock { IDPositions(nodes: nodes, edges: edges) } }

    /// The tables made so far, without making any (for checks and tests).
    var tablesMade: (nodes: [String: Int]?, edges: [String: Int]?) { lock.withLock { (nodes, edges) } }

    /// The table of `list` (the graph's nodes, whose positions this holds or will).
    func nodeTable(_ list: [Node]) -> [String: Int] { lock.withLock { Self.madeOnce(&nodes, list) } }
    func edgeTable(_ list: [Edge]) -> [String: Int] { lock.withLock { Self.madeOnce(&edges, list) } }

    /// `table`, made from `list` first when it was not made yet (called under the lock).
    private static func madeOnce<T: Identifiable>(_ table: inout [String: Int]?, _ list: [T]) -> [String: Int] where T.ID == String {
        if let table { return table }
        let made = Self.table(list)
        table = made
        return made
    }

    /// After an insertion into `list` at `start`: the positions from there on (the whole
    /// table when it was not made yet).
    func updateNodes(_ list: [Node], from start: Int) {
        lock.withLock { Self.update(&nodes, list, from: start) }
    }

    func updateEdges(_ list: [Edge], from start: Int) {
        lock.withLock { Self.update(&edges, list, from: start) }
    }

    private static func update<T: Identifiable>(_ table: inout [String: Int]?, _ list: [T], from start: Int) where T.ID == String {
        guard table != nil else { table = Self.table(list); return }
        list.withUnsafeBufferPointer { list in
            for j in start..<list.count { table![list[j].id] = j }
        }
    }

    /// id → position, read in place (a closure taking each element would copy it).
    static func table<T: Identifiable>(_ list: [T]) -> [String: Int] where T.ID == String {
        var out: [String: Int] = [:]
        out.reserveCapacity(list.count)
        list.withUnsafeBufferPointer { list in
            for i in list.indices { out[list[i].id] = i }
        }
        return out
    }
}
