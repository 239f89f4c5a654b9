import CGraphviz
import Foundation

/// The one door to the Graphviz C libraries: DOT text in; a layout, rendered bytes, node
/// positions or a parsed document out.
///
/// Graphviz keeps global state (the error level, the parser, font caches) and is not
/// thread-safe even with one context per thread, so every call goes through this single
/// actor. Each public method is synchronous inside the actor: one Graphviz operation runs
/// from start to finish before the next begins. To use several cores, run several processes.
///
/// Every C resource is released on the line after it is acquired (`defer`), on success and
/// on failure alike.
public actor GraphvizEngine {
    /// The only instance: a second one would share Graphviz's global state without sharing
    /// this actor's serial executor.
    public static let shared = GraphvizEngine()

    /// The Graphviz context, created once. Never freed: it lives as long as the process
    /// (`shared` is never deinitialised), and freeing it at exit would only race teardown.
    private let context: OpaquePointer?
    /// Set when the start-up check found Graphviz unusable; thrown by every operation.
    nonisolated let startupProblem: GraphvizError?
    /// The Graphviz library version, e.g. "2.43.0".
    public nonisolated let version: String

    private init() {
        ErrorFunnel.install()
        let gvc = gvContext()
        context = gvc
        if let gvc, let v = gvcVersion(gvc) { version = String(cString: v) } else { version = "unknown" }
        startupProblem = GraphvizEngine.checkPlugins(gvc)
    }

    // MARK: - Public operations

    /// Lays out `dot` with `engine` and renders it to `format`, all in memory.
    public func render(dot: String, engine: LayoutEngine, format: RenderFormat) throws -> Data {
        try withLaidOutGraph(dot, engine) { graph in
            var bytes: UnsafeMutablePointer<CChar>? = nil
            var length: UInt32 = 0
            let status = gvRenderData(context, graph, format.graphvizFormat, &bytes, &length)
            defer { if let bytes { gvFreeRenderData(bytes) } }
            guard status == 0, let bytes else {
                throw ErrorFunnel.error(.render, "Graphviz could not render \(format.rawValue)")
            }
            let data = Data(bytes: bytes, count: Int(length))
            return format == .pdf ? Self.fixingCreationDate(data) : data
        }
    }

    /// Lays out `dot` with `engine` and returns each node's centre, in points (y up),
    /// keyed by node name.
    public func positions(dot: String, engine: LayoutEngine) throws -> [String: LayoutPoint] {
        try withLaidOutGraph(dot, engine) { graph in
            // Layout results live in C structs whose accessors are macros; attach_attrs copies
            // them into the string attributes (`pos`, `width`, ...) that the API can read.
            attach_attrs(graph)
            var result: [String: LayoutPoint] = [:]
            var node = agfstnode(graph)
            while let n = node {
                let name = Self.name(of: UnsafeMutableRawPointer(n))
                let text = Self.attribute(UnsafeMutableRawPointer(n), "pos")
                guard let point = text.flatMap(Self.parsePoint) else {
                    throw GraphvizError(.output, "Graphviz gave node '\(name)' no readable position",
                                        detail: "pos is '\(text ?? "")'")
                }
                result[name] = point
                node = agnxtnode(graph, n)
            }
            return result
        }
    }

    /// Parses `dot` with Graphviz's own parser into plain values (no layout).
    public func parse(dot: String) throws -> DOTDocument {
        try withParsedGraph(dot) { graph in Self.document(of: graph) }
    }

    // MARK: - Acquisition, each paired with its release

    private func withParsedGraph<R>(_ dot: String, _ body: (UnsafeMutablePointer<Agraph_t>) throws -> R) throws -> R {
        ErrorFunnel.reset()
        guard let graph = agmemread(dot) else {
            let detail = ErrorFunnel.message()
            throw GraphvizError(.syntax, "Graphviz could not parse the DOT text",
                                detail: detail.isEmpty ? "no graph found (expected `graph {...}` or `digraph {...}`)" : detail)
        }
        defer { agclose(graph) }
        try Self.drainInput()
        return try body(graph)
    }

    /// Makes sure nothing follows the graph. agmemread parses one graph and leaves the rest
    /// of the text in the lexer's buffer, where the next call would read it as the start of
    /// its own input; reading on from an empty string consumes that rest. Trailing garbage
    /// is a syntax error (the lexer flushes itself), a second graph is refused.
    private static func drainInput() throws {
        var extraGraphs = 0
        while let extra = agmemread("") {
            agclose(extra)
            extraGraphs += 1
        }
        if ErrorFunnel.sawError {
            throw ErrorFunnel.error(.syntax, "Graphviz could not parse the DOT text after the first graph")
        }
        if extraGraphs > 0 {
            throw GraphvizError(.syntax, "the DOT text holds \(extraGraphs + 1) graphs",
                                detail: "give one graph per file")
        }
    }

    private func withLaidOutGraph<R>(_ dot: String, _ engine: LayoutEngine,
                                     _ body: (UnsafeMutablePointer<Agraph_t>) throws -> R) throws -> R {
        // Parsing needs no plugins; layout and rendering do.
        if let startupProblem { throw startupProblem }
        return try withParsedGraph(dot) { graph in
            guard gvLayout(context, graph, engine.rawValue) == 0 else {
                // gvLayout frees its partial layout itself on failure.
                throw ErrorFunnel.error(.layout, "Graphviz layout with \(engine.rawValue) failed")
            }
            defer { gvFreeLayout(context, graph) }
            // Some failures are only reported: nop with a node that has no position says so
            // and still returns 0, with every node at the origin.
            if ErrorFunnel.sawError {
                throw ErrorFunnel.error(.layout, "Graphviz layout with \(engine.rawValue) failed")
            }
            let result = try body(graph)
            if ErrorFunnel.sawError {
                throw ErrorFunnel.error(.render, "Graphviz reported an error while rendering")
            }
            return result
        }
    }

    // MARK: - Start-up check

    /// Reads the registered layout and render plugins. Debian's libgvc6 writes the plugin
    /// registry (`config6a`) in its install script; without it every layout fails with an
    /// empty list of engines, so say how to restore it instead.
    private static func checkPlugins(_ gvc: OpaquePointer?) -> GraphvizError? {
        guard let gvc else {
            return GraphvizError(.pluginsMissing, "Graphviz could not create a context",
                                 detail: "reinstall libgvc6 (apt-get install --reinstall libgvc6)")
        }
        return pluginProblem(layouts: pluginNames(gvc, kind: "layout"),
                             textLayouts: pluginNames(gvc, kind: "textlayout"))
    }

    /// The start-up verdict from the registered plugin names: every `LayoutEngine` needs
    /// its layout plugin, and PNG/PDF need a text layout plugin (pango, which shapes Arabic).
    static func pluginProblem(layouts: [String], textLayouts: [String]) -> GraphvizError? {
        let fix = "run `dot -c` as root (or reinstall libgvc6)"
        let registered = Set(layouts)
        let missing = LayoutEngine.allCases.map(\.rawValue).filter { !registered.contains($0) }
        if !missing.isEmpty {
            return GraphvizError(.pluginsMissing,
                                 "Graphviz layout plugins not found (missing: \(missing.joined(separator: ", ")))",
                                 detail: fix)
        }
        if textLayouts.isEmpty {
            return GraphvizError(.pluginsMissing, "Graphviz text layout plugin (pango) not found", detail: fix)
        }
        return nil
    }

    /// Plugin names of one kind, e.g. ["circo", "dot", ...] for "layout".
    private static func pluginNames(_ gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer {
            for i in 0..<Int(count) { free(list[i]) }
            free(list)
        }
        return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
    }

    // MARK: - Reading a parsed graph

    private static func document(of graph: UnsafeMutablePointer<Agraph_t>) -> DOTDocument {
        var doc = DOTDocument(name: publicName(of: UnsafeMutableRawPointer(graph)),
                              directed: agisdirected(graph) != 0,
                              strict: agisstrict(graph) != 0)
        let graphSymbols = symbols(graph, kind: AGRAPH)
        let nodeSymbols = symbols(graph, kind: AGNODE)
        let edgeSymbols = symbols(graph, kind: AGEDGE)
        for sym in graphSymbols {
            if let v = attribute(UnsafeMutableRawPointer(graph), sym.name) { doc.graphAttributes[sym.name] = v }
        }
        for sym in nodeSymbols where !sym.defaultValue.isEmpty { doc.nodeDefaults[sym.name] = sym.defaultValue }
        for sym in edgeSymbols where !sym.defaultValue.isEmpty { doc.edgeDefaults[sym.name] = sym.defaultValue }

        var membership: [String: [String]] = [:]
        collectSubgraphMembership(graph, into: &membership)

        var edges: [(seq: UInt64, edge: UnsafeMutablePointer<Agedge_t>)] = []
        var node = agfstnode(graph)
        while let n = node {
            let raw = UnsafeMutableRawPointer(n)
            let nodeName = name(of: raw)
            var attributes: [String: String] = [:]
            for sym in nodeSymbols {
                if let v = attribute(raw, sym.name) { attributes[sym.name] = v }
            }
            doc.nodes.append(DOTDocument.Node(name: nodeName, attributes: attributes,
                                              subgraphs: membership[nodeName] ?? []))
            // Out-edges only: in an undirected graph cgraph still stores each edge once,
            // as an out-edge of its tail, so every edge is visited exactly once.
            var edge = agfstout(graph, n)
            while let e = edge {
                edges.append((eg_object_seq(UnsafeMutableRawPointer(e)), e))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        // cgraph numbers objects as it creates them, so sequence order is file order.
        edges.sort { $0.seq < $1.seq }
        for (_, e) in edges {
            let raw = UnsafeMutableRawPointer(e)
            var attributes: [String: String] = [:]
            for sym in edgeSymbols where sym.name != "key" {
                if let v = attribute(raw, sym.name) { attributes[sym.name] = v }
            }
            let key = agnameof(raw).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
            doc.edges.append(DOTDocument.Edge(tail: name(of: UnsafeMutableRawPointer(eg_edge_tail(e))),
                                              head: name(of: UnsafeMutableRawPointer(eg_edge_head(e))),
                                              key: key, attributes: attributes))
        }
        return doc
    }

    /// Records, for every node, the names of the subgraphs containing it (depth first,
    /// subgraphs in file order).
    private static func collectSubgraphMembership(_ graph: UnsafeMutablePointer<Agraph_t>,
                                                  into membership: inout [String: [String]]) {
        var subgraphs: [UnsafeMutablePointer<Agraph_t>] = []
        var sub = agfstsubg(graph)
        while let s = sub {
            subgraphs.append(s)
            sub = agnxtsubg(s)
        }
        subgraphs.sort { eg_object_seq(UnsafeMutableRawPointer($0)) < eg_object_seq(UnsafeMutableRawPointer($1)) }
        for s in subgraphs {
            let subgraphName = publicName(of: UnsafeMutableRawPointer(s))
            var node = agfstnode(s)
            while !subgraphName.isEmpty, let n = node {
                membership[name(of: UnsafeMutableRawPointer(n)), default: []].append(subgraphName)
                node = agnxtnode(s, n)
            }
            collectSubgraphMembership(s, into: &membership)
        }
    }

    private struct Symbol { let name: String; let defaultValue: String }

    /// The declared attributes of one kind (AGRAPH, AGNODE, AGEDGE), in declaration order.
    private static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [Symbol] {
        var result: [Symbol] = []
        var sym = agnxtattr(graph, kind, nil)
        while let s = sym {
            if let n = s.pointee.name {
                result.append(Symbol(name: String(cString: n),
                                     defaultValue: s.pointee.defval.map { String(cString: $0) } ?? ""))
            }
            sym = agnxtattr(graph, kind, s)
        }
        return result
    }

    /// An object's attribute value; nil when unset or empty.
    private static func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
        // cgraph 2.42 declares `char *` parameters it never writes to.
        let value = name.withCString { agget(object, UnsafeMutablePointer(mutating: $0)) }
        guard let value else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    private static func name(of object: UnsafeMutableRawPointer) -> String {
        agnameof(object).map { String(cString: $0) } ?? ""
    }

    /// The name of a graph or subgraph as written in the file; "" for anonymous ones, which
    /// cgraph names `%<number>` internally.
    private static func publicName(of object: UnsafeMutableRawPointer) -> String {
        let text = name(of: object)
        return text.hasPrefix("%") ? "" : text
    }

    /// cairo stamps each PDF with the current time (`/CreationDate (D:20201122002648Z)`) and
    /// ignores SOURCE_DATE_EPOCH, so two renders of one graph would differ. The stamp (and a
    /// `/ModDate`, should cairo write one) is replaced by `pdfDate`, written with the same
    /// number of bytes so the cross-reference offsets stay valid; a stamp of an unexpected
    /// shape is left alone.
    static func fixingCreationDate(_ pdf: Data, date: String = pdfDate) -> Data {
        var fixed = pdf
        for key in ["/CreationDate (", "/ModDate ("] {
            let keyBytes = Data(key.utf8)
            guard let keyRange = fixed.range(of: keyBytes),
                  let close = fixed[keyRange.upperBound...].prefix(64).firstIndex(of: UInt8(ascii: ")")) else { continue }
            let stamp = keyRange.upperBound..<close
            let replacement: String
            switch stamp.count {
            case 17: replacement = "D:\(date)Z"          // D:YYYYMMDDHHmmSSZ
            case 23: replacement = "D:\(date)+00'00'"    // D:YYYYMMDDHHmmSS+HH'mm'
            default: continue
            }
            fixed.replaceSubrange(stamp, with: Data(replacement.utf8))
        }
        return fixed
    }

    /// The date every PDF carries, `YYYYMMDDHHmmSS` in UTC: `SOURCE_DATE_EPOCH` when set
    /// (the reproducible-builds convention), else 1970-01-01. Read once per process.
    static let pdfDate = pdfDate(environment: ProcessInfo.processInfo.environment)

    static func pdfDate(environment: [String: String]) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                        from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        func digits(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return digits(c.year, 4) + digits(c.month, 2) + digits(c.day, 2)
            + digits(c.hour, 2) + digits(c.minute, 2) + digits(c.second, 2)
    }

    /// Parses `x,y` (optionally followed by `!`, as in pinned input positions).
    static func parsePoint(_ text: String) -> LayoutPoint? {
        var s = Substring(text)
        if s.hasSuffix("!") { s = s.dropLast() }
        let parts = s.split(separator: ",")
        guard parts.count >= 2, let x = Double(parts[0]), let y = Double(parts[1]) else { return nil }
        return LayoutPoint(x: x, y: y)
    }
}
