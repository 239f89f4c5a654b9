import GraphModel

/// Which graph the measures run on.
public enum Projection: String, CaseIterable, Sendable {
    /// The graph as it is.
    case full
    /// Actors only; two actors linked when they take part in the same event, weighted by the
    /// number of events they share.
    case actors
    /// Actors and bases; two of them linked when they take part in the same event (an attack
    /// on a base, a base handed over), weighted by the number of shared events.
    case actorBase = "actor-base"
}

/// Co-participation projections of an event graph (one-mode projections of the bipartite
/// event–participant graph; Newman, "Scientific collaboration networks", Phys. Rev. E 64, 2001,
/// counting shared events as the weight). The result is undirected; its edges are
/// `a--b` with `a < b`, relation `co_participant`, `weight` = shared events, and `sources`
/// the union of the events' documents. Every node of the kept kinds is kept, linked or not.
public enum Projections {
    public static func project(_ graph: EventGraph, _ projection: Projection) -> EventGraph {
        let keptKinds: Set<NodeKind>
        switch projection {
        case .full: return graph
        case .actors: keptKinds = [.actor]
        case .actorBase: keptKinds = [.actor, .base]
        }
        let kept = graph.nodes.filter { $0.kind.map(keptKinds.contains) ?? false }
        let keptIDs = Set(kept.map(\.id))
        // Participants of each event: kept nodes joined to it by any edge, in either direction.
        var participants: [String: Set<String>] = [:]
        for e in graph.edges {
            for (event, other) in [(e.source, e.target), (e.target, e.source)] {
                guard graph.node(event)?.kind?.isEvent == true, keptIDs.contains(other) else { continue }
                participants[event, default: []].insert(other)
            }
        }
        var shared: [String: (a: String, b: String, count: Int, sources: Set<String>)] = [:]
        for event in participants.keys.sorted() {
            let members = participants[event]!.sorted()
            let documents = graph.node(event)?.sources ?? []
            for i in 0 ..< members.count {
                for j in (i + 1) ..< members.count {
                    let key = members[i] + "--" + members[j]
                    var entry = shared[key] ?? (members[i], members[j], 0, [])
                    entry.count += 1
                    entry.sources.formUnion(documents)
                    shared[key] = entry
                }
            }
        }
        let edges = shared.keys.sorted().map { key -> Edge in
            let s = shared[key]!
            return Edge(id: key, source: s.a, target: s.b, relation: Relation("co_participant"),
                        weight: Double(s.count), sources: s.sources.sorted())
        }
        var attributes = graph.attributes
        attributes["projection"] = .string(projection.rawValue)
        return try! EventGraph(directed: false, nodes: kept, edges: edges, attributes: attributes)
    }
}
