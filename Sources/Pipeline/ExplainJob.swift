import Foundation
import GraphModel

/// The evidence behind a node or an edge, as text for a reader.
public enum ExplainJob {
    public static func run(graph path: String, id: String) async throws -> String {
        let graph = try await GraphIO.read(path: path)
        return try explain(graph, id: id, file: path)
    }

    public static func explain(_ graph: EventGraph, id: String, file: String) throws -> String {
        if let node = graph.node(id) { return explain(node, in: graph) }
        if let edge = graph.edge(id) { return explain(edge, in: graph) }
        let wanted = id.lowercased()
        let byName = graph.nodes.filter { n in
            n.allNames.contains { $0.lowercased() == wanted } || n.attributes["lexicon_key"]?.description == id
        }
        if let node = byName.first { return explain(node, in: graph) }
        throw PipelineError.input("\(file): no node or edge '\(id)'; ids are listed by `eventgraph export \(file) -o - --format csv`")
    }

    static func name(_ n: Node?) -> String {
        guard let n else { return "?" }
        switch (n.nameEn, n.nameAr) {
        case let (en?, ar?) where en != ar: return "\(en) / \(ar)"
        case let (en?, _): return en
        case let (nil, ar?): return ar
        default: return n.id
        }
    }

    static func evidenceLines(_ evidence: [Evidence]) -> String {
        var out = ""
        for e in evidence {
            out += "    \(e.document)  sentence \(e.sentence)  chars \(e.start)-\(e.end)  rule \(e.rule)\n"
            out += "      «\(e.text.replacingOccurrences(of: "\n", with: " "))»\n"
        }
        return out
    }

    static func explain(_ n: Node, in graph: EventGraph) -> String {
        var out = "node \(n.id)\n"
        out += "  kind:      \(n.kind?.rawValue ?? "-")\(n.actorType.map { " (\($0.rawValue))" } ?? "")\n"
        if let en = n.nameEn { out += "  English:   \(en)\n" }
        if let ar = n.nameAr { out += "  Arabic:    \(ar)\n" }
        if !n.aliases.isEmpty { out += "  aliases:   \(n.aliases.joined(separator: " | "))\n" }
        if let d = n.date {
            out += "  date:      \(d.iso) (precision \(d.precision.rawValue))\n"
            if let t = d.trace { out += "  date from: \(t.anchor), rule \(t.rule)\n" }
        } else if n.kind?.isEvent == true {
            out += "  date:      unknown\n"
        }
        if let m = n.modality { out += "  modality:  \(m.rawValue)\n" }
        for key in n.attributes.keys.sorted() { out += "  \(key): \(n.attributes[key]!)\n" }
        out += "  sources:   \(n.sources.joined(separator: ", "))\n"
        let outgoing = graph.edges.filter { $0.source == n.id }
        let incoming = graph.edges.filter { $0.target == n.id }
        if n.kind?.isEvent == true, !outgoing.isEmpty {
            out += "  roles:\n"
            for e in outgoing { out += "    \(e.relation.rawValue): \(name(graph.node(e.target)))  [\(e.id)]\n" }
        } else if !outgoing.isEmpty || !incoming.isEmpty {
            out += "  edges:\n"
            for e in outgoing { out += "    → \(e.relation.rawValue) \(name(graph.node(e.target)))  [\(e.id)]\n" }
            for e in incoming { out += "    ← \(e.relation.rawValue) \(name(graph.node(e.source)))  [\(e.id)]\n" }
        }
        out += "  evidence (\(n.evidence.count)):\n" + evidenceLines(n.evidence)
        return out
    }

    static func explain(_ e: Edge, in graph: EventGraph) -> String {
        var out = "edge \(e.id)\n"
        out += "  \(name(graph.node(e.source)))  —\(e.relation.rawValue)→  \(name(graph.node(e.target)))\n"
        out += "  source:    \(e.source)\n  target:    \(e.target)\n"
        if let d = e.date { out += "  date:      \(d.iso)\n" }
        out += "  sources:   \(e.sources.joined(separator: ", "))\n"
        out += "  evidence (\(e.evidence.count)):\n" + evidenceLines(e.evidence)
        return out
    }
}
