import GraphModel

/// Merges the findings of every article into one graph: one node per real entity, one event
/// per real event, every mention kept as evidence.
///
/// Entities: a lexicon entity is its key. Pattern persons that are spellings of one name
/// merge when (1) their first names have consonant skeletons within edit distance 1, (2) the rasm of their surnames is within edit
/// distance 1 (`Rasm`), and (3) they share a title or an organisation; a union-find over
/// these pairs gives the classes. Everything else merges on its folded name only.
///
/// Events: same kind; anchors shared (the same base or target, or a base and the town it
/// stands in); for withdrawals from a country, the same actor as well; dates compatible —
/// their intervals, widened by two days, overlap (`EventDate.isCompatible`). Dated mentions
/// are clustered first and undated ones join the best cluster after, so the result does not
/// depend on which article came first. The order of articles is fixed (sorted by name) before
/// merging, and ids come from content, so the graph is the same whatever the input order.
public struct CorpusMerger {
    public let gazetteer: Gazetteer
    public let options: ExtractionOptions
    var findings: [DocumentFindings] = []

    let relatedAnchors: [String: Set<String>]

    public init(gazetteer: Gazetteer, options: ExtractionOptions = .init()) {
        self.gazetteer = gazetteer; self.options = options
        relatedAnchors = CorpusMerger.relatedAnchors(gazetteer)
    }

    /// Shared copies of the evidence strings of all articles held.
    var pool = StringPool()

    /// Adds one article's findings; cheap, the work happens in `graph()`. Evidence strings
    /// are pooled: held findings grow with the distinct text of the corpus, not its mentions.
    public mutating func add(_ f: DocumentFindings) {
        var f = f
        for i in f.entities.indices { for j in f.entities[i].evidence.indices { pool.intern(&f.entities[i].evidence[j]) } }
        for i in f.events.indices {
            for j in f.events[i].evidence.indices { pool.intern(&f.events[i].evidence[j]) }
            for j in f.events[i].roles.indices { pool.intern(&f.events[i].roles[j].evidence) }
        }
        for i in f.relations.indices { pool.intern(&f.relations[i].evidence) }
        findings.append(f)
    }

    /// The graph, releasing the findings it was made from (the graph shares their strings).
    public mutating func finish() -> EventGraph {
        let g = graph()
        findings = []
        pool = StringPool()
        return g
    }

    public func graph() -> EventGraph {
        let docs = findings.sorted { $0.document < $1.document }
        let canonical = mergeEntities(docs)
        // Entity nodes and event clusters both depend only on the findings and `canonical`:
        // they are made at the same time, on two cores.
        let (entityNodes, clusters) = ParallelUpdate.both({ self.entityNodes(docs, canonical: canonical) },
                                                          { self.clusterEvents(docs, canonical: canonical) })
        var nodes = entityNodes.nodes
        let nodeID = entityNodes.nodeID
        var nodeSources = entityNodes.sources

        // Events
        // Edges are found by their ends and relation; the id (a hash of the three) is made once
        // per edge rather than once per mention.
        struct EdgeEnds: Hashable { var source: String; var relation: String; var target: String }
        var edges: [EdgeEnds: Edge] = [:]
        var edgeSources: [EdgeEnds: Set<String>] = [:]
        func addEdge(_ source: String, _ relation: Relation, _ target: String, _ ev: Evidence, doc: String, date: EventDate? = nil) {
            var s = source, t = target
            if relation.isSymmetric, t < s { swap(&s, &t) }
            let ends = EdgeEnds(source: s, relation: relation.rawValue, target: t)
            if edges[ends] == nil {
                edges[ends] = Edge(id: "e-" + StableID.hash([s, relation.rawValue, t]), source: s, target: t, relation: relation, date: date)
            }
            edges[ends]!.evidence.append(ev)
            edgeSources[ends, default: []].insert(doc)
        }
        for cluster in clusters {
            let node = eventNode(cluster, nodeID: nodeID, nodes: nodes)
            nodes[node.id] = node
            for (doc, role) in cluster.roles {
                guard let target = nodeID[canonical[role.ref] ?? role.ref] else { continue }
                addEdge(node.id, role.relation, target, role.evidence, doc: doc)
            }
        }

        // Relations
        for f in docs {
            for r in f.relations {
                guard let s = nodeID[canonical[r.source] ?? r.source], let t = nodeID[canonical[r.target] ?? r.target], s != t else { continue }
                addEdge(s, r.relation, t, r.evidence, doc: f.document)
            }
        }
        if options.withLexiconRelations {
            for e in gazetteer.entities {
                guard let s = nodeID["k:" + e.key] else { continue }
                for r in e.relations {
                    guard let t = nodeID["k:" + r.target], s != t else { continue }
                    let ev = Evidence(document: "lexicon", sentence: 0, start: 0, end: 0, text: "\(e.key) \(r.relation.rawValue) \(r.target)",
                                      rule: "relation.lexicon")
                    addEdge(s, r.relation, t, ev, doc: "lexicon")
                }
            }
        }

        // The dictionaries are emptied as their values are taken, so each evidence array has one
        // owner and is sorted in place (a second owner would make the sort copy it).
        var finalNodes: [Node] = []
        finalNodes.reserveCapacity(nodes.count)
        var nodeSourceLists: [[String]] = []
        nodeSourceLists.reserveCapacity(nodes.count)
        for id in Array(nodes.keys) {
            finalNodes.append(nodes.removeValue(forKey: id)!)
            nodeSourceLists.append(nodeSources.removeValue(forKey: id).map(Array.init) ?? [])
        }
        var finalEdges: [Edge] = []
        finalEdges.reserveCapacity(edges.count)
        var edgeSourceLists: [[String]] = []
        edgeSourceLists.reserveCapacity(edges.count)
        for ends in Array(edges.keys) {
            finalEdges.append(edges.removeValue(forKey: ends)!)
            edgeSourceLists.append(edgeSources.removeValue(forKey: ends).map(Array.init) ?? [])
        }
        // Sorting each element's evidence and sources is independent work: spread over the cores.
        ParallelUpdate.each(&finalNodes) { node, i in
            if !nodeSourceLists[i].isEmpty { node.sources = nodeSourceLists[i] }
            node.sources.sort()
            node.evidence.sort()
            node.attributes["source_count"] = .int(node.sources.count)
            node.attributes["mentions"] = .int(node.evidence.count)
        }
        ParallelUpdate.each(&finalEdges) { edge, i in
            edge.sources = edgeSourceLists[i].sorted()
            edge.evidence.sort()
            edge.weight = Double(edge.sources.count)
        }
        return (try? EventGraph(directed: true, nodes: finalNodes, edges: finalEdges,
                                attributes: ["generator": .string("eventgraph extract"), "documents": .int(docs.count)]))
            ?? EventGraph()
    }

    /// One node per entity (canonical ref), with its evidence, documents and names; and the
    /// node id of each canonical ref.
    func entityNodes(_ docs: [DocumentFindings], canonical: [String: String])
        -> (nodes: [String: Node], nodeID: [String: String], sources: [String: Set<String>]) {
        var nodes: [String: Node] = [:]
        var nodeID: [String: String] = [:]   // canonical ref → node id

        var surfaceCounts: [String: [String: Int]] = [:]
        var nodeSources: [String: Set<String>] = [:]
        for f in docs {
            for e in f.entities {
                let ref = canonical[e.ref] ?? e.ref
                let id = nodeID[ref] ?? makeEntityID(ref: ref, kind: e.kind)
                nodeID[ref] = id
                if nodes[id] == nil { nodes[id] = baseNode(id: id, ref: ref, entity: e) }
                // Appended in place: copying a node out of the dictionary would copy its evidence each time.
                nodes[id]!.evidence.append(contentsOf: e.evidence)
                nodeSources[id, default: []].insert(f.document)
                for (rank, s) in e.surfaces.enumerated() { surfaceCounts[id, default: [:]][s, default: 0] += max(1, e.surfaces.count - rank) }
            }
        }
        for (id, counts) in surfaceCounts {
            guard var node = nodes[id] else { continue }
            let ordered = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            if node.nameAr == nil { node.nameAr = ordered.first }
            let names = Set([node.nameAr, node.nameEn].compactMap { $0 })
            node.aliases = Array(Set(ordered).subtracting(names)).sorted()
            nodes[id] = node
        }
        return (nodes, nodeID, nodeSources)
    }

    // MARK: entities

    func makeEntityID(ref: String, kind: NodeKind) -> String {
        if ref.hasPrefix("k:") { return StableID.make(prefix: kind.rawValue, name: String(ref.dropFirst(2))) }
        return StableID.make(prefix: kind.rawValue, name: "", disambiguator: [ref])
    }

    func baseNode(id: String, ref: String, entity e: FoundEntity) -> Node {
        if ref.hasPrefix("k:"), let k = gazetteer.entity(String(ref.dropFirst(2))) {
            return Node(id: id, kind: k.kind, actorType: k.actorType, nameAr: k.ar, nameEn: k.en,
                        coordinates: k.coordinates, attributes: ["lexicon_key": .string(k.key), "type": .string(k.type)])
        }
        return Node(id: id, kind: e.kind, actorType: e.actorType, nameAr: nil, nameEn: nil,
                    attributes: ["type": .string(e.actorType?.rawValue ?? e.kind.rawValue), "found_by": .string("pattern")])
    }

    /// Pattern ref → canonical ref, for spelling variants of one person.
    func mergeEntities(_ docs: [DocumentFindings]) -> [String: String] {
        struct Person { var ref: String; var words: [Substring]; var titles: Set<String>; var orgs: Set<String>; var weight: Int }
        var persons: [String: Person] = [:]
        for f in docs {
            for e in f.entities where e.key == nil && e.actorType == .person {
                let name = e.ref.split(separator: ":", maxSplits: 2).last.map(String.init) ?? ""
                var p = persons[e.ref] ?? Person(ref: e.ref, words: name.split(separator: " "), titles: [], orgs: [], weight: 0)
                p.titles.formUnion(e.titles); p.orgs.formUnion(e.organisations); p.weight += e.evidence.count
                persons[e.ref] = p
            }
        }
        let refs = persons.keys.sorted()
        var parent = Dictionary(uniqueKeysWithValues: refs.map { ($0, $0) })
        func find(_ x: String) -> String { var x = x; while parent[x]! != x { x = parent[x]! }; return x }
        // Only names of two words or more can merge; their skeletons are computed once, not once
        // per pair: the pair loop is O(P²) in the persons of the corpus.
        struct Candidate { var ref: String; var first: [Unicode.Scalar]; var last: [Unicode.Scalar]; var titles: Set<String>; var orgs: Set<String> }
        let candidates: [Candidate] = refs.compactMap { r in
            let p = persons[r]!
            guard p.words.count >= 2 else { return nil }
            return Candidate(ref: r, first: Rasm.consonants(p.words.first!), last: Rasm.consonants(p.words.last!),
                             titles: p.titles, orgs: p.orgs)
        }
        for (i, pa) in candidates.enumerated() {
            for pb in candidates[(i + 1)...] {
                // Edit distance ≥ the difference in length: a cheap rejection before the O(|a|·|b|) distance.
                guard abs(pa.first.count - pb.first.count) <= 1, abs(pa.last.count - pb.last.count) <= 1,
                      Rasm.editDistance(pa.first, pb.first) <= 1 else { continue }
                let d = Rasm.editDistance(pa.last, pb.last)
                guard d <= 1, !pa.titles.isDisjoint(with: pb.titles) || !pa.orgs.isDisjoint(with: pb.orgs) else { continue }
                let ra = find(pa.ref), rb = find(pb.ref)
                if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
            }
        }
        // Canonical member: most evidence, then the smallest ref.
        var groups: [String: [String]] = [:]
        for r in refs { groups[find(r), default: []].append(r) }
        var out: [String: String] = [:]
        for (_, members) in groups where members.count > 1 {
            let best = members.min { (-persons[$0]!.weight, $0) < (-persons[$1]!.weight, $1) }!
            for m in members { out[m] = best }
        }
        return out
    }

    // MARK: events

    struct Cluster {
        var kind: NodeKind
        var anchors: Set<String>
        var performers: Set<String>
        var countryLevel: Bool
        /// Day-precision dates each document gave this event, so one article's two days stay two events.
        var daysByDocument: [String: Set<Day>] = [:]
        var mentions: [(doc: String, event: FoundEvent)] = []
        var roles: [(String, FoundRole)] = []
    }

    /// The O(1) tests a mention must pass to join a cluster (kind, level, dates), kept apart
    /// from the cluster's sets and lists in one contiguous array: most candidates fail them,
    /// and they then cost a few words read instead of a walk over large structs.
    struct ClusterScreen {
        var kind: NodeKind
        var countryLevel: Bool
        /// A date is compatible with all strong dates iff it overlaps [maxStart, minEnd] widened:
        /// d.start - slack ≤ min(end) and max(start) - slack ≤ d.end. Kept so the test is O(1).
        var strongMinEnd: Day?
        var strongMaxStart: Day?
        var anyMinEnd: Day?
        var anyMaxStart: Day?

        init(kind: NodeKind, countryLevel: Bool) { self.kind = kind; self.countryLevel = countryLevel }

        func compatible(_ d: EventDate, slack: Int, strongOnly: Bool) -> Bool {
            let (minEnd, maxStart) = strongOnly ? (strongMinEnd, strongMaxStart) : (anyMinEnd, anyMaxStart)
            guard let minEnd, let maxStart else { return true }
            return d.start.adding(days: -slack) <= minEnd && maxStart.adding(days: -slack) <= d.end
        }
        mutating func add(_ d: EventDate, strong: Bool) {
            if strong {
                strongMinEnd = min(strongMinEnd ?? d.end, d.end); strongMaxStart = max(strongMaxStart ?? d.start, d.start)
            }
            anyMinEnd = min(anyMinEnd ?? d.end, d.end); anyMaxStart = max(anyMaxStart ?? d.start, d.start)
        }
    }

    func isCountry(_ ref: String) -> Bool {
        guard ref.hasPrefix("k:"), let e = gazetteer.entity(String(ref.dropFirst(2))) else { return false }
        return e.kind == .place && (e.type == "country" || e.type == "region")
    }

    /// How many anchors of two events name the same thing: the same entity; a base and the
    /// town it is named after ("قاعدة القائم" and "القائم") or stands in; a faction and the
    /// force the lexicon puts it in (an attack on Kataib Hezbollah sites is one on PMF sites).
    /// `anchorEquivalents` holds `equivalents(x)` for each anchor x of one event, computed once
    /// for all the clusters it is compared with.
    func anchorsOverlap(_ anchorEquivalents: [Set<String>], _ b: Set<String>) -> Int {
        anchorEquivalents.reduce(0) { n, eq in n + (eq.isDisjoint(with: b) ? 0 : 1) }
    }

    /// An anchor and what counts as the same anchor (see `anchorsOverlap`).
    func equivalents(_ ref: String) -> Set<String> { relatedAnchors[ref].map { $0.union([ref]) } ?? [ref] }

    /// Lexicon refs related as anchors: a base and its town, a faction and its parent force (both ways).
    static func relatedAnchors(_ g: Gazetteer) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        func link(_ a: String, _ b: String) { out["k:" + a, default: []].insert("k:" + b); out["k:" + b, default: []].insert("k:" + a) }
        for (place, bases) in g.basesAt { for b in bases { link(g.entities[b].key, place) } }
        for e in g.entities where e.actorType == .armedGroup {
            for r in e.relations where r.relation == .partOf { link(e.key, r.target) }
        }
        return out
    }

    /// One event mention ready for clustering: its refs made canonical once.
    struct Mention {
        var doc: String
        var event: FoundEvent
        var anchors: Set<String>
        var performers: Set<String>
        var countryLevel: Bool
        /// What each anchor counts as (`equivalents`), computed once per mention rather than once per candidate.
        var anchorEquivalents: [Set<String>]
    }

    /// Groups the event mentions into clusters, one per real event.
    ///
    /// Mentions are taken in a fixed order (dated first, then undated; each by document and
    /// position) and each joins its best compatible cluster or starts one. A mention is only
    /// ever compared with clusters holding one of its anchors' equivalents, and only with
    /// clusters of its kind; so mentions of different kinds, or whose anchors are not linked
    /// through a chain of shared equivalents (a union-find over the refs), never meet. Each
    /// such group is clustered on its own, the groups on all cores, and the clusters are put
    /// back in the order of the mention that started them: the same clusters, in the same
    /// order, as one pass over all mentions.
    func clusterEvents(_ docs: [DocumentFindings], canonical: [String: String]) -> [Cluster] {
        var items: [(doc: String, order: Int, event: FoundEvent)] = []
        for f in docs { for (i, e) in f.events.enumerated() { items.append((f.document, i, e)) } }
        let dated = items.filter { $0.event.date != nil && !$0.event.dateIsFallback }
        let undated = items.filter { $0.event.date == nil || $0.event.dateIsFallback }
        let mentions: [Mention] = (dated + undated).map { item in
            let e = item.event
            let anchors = Set(e.anchors.map { canonical[$0] ?? $0 })
            return Mention(doc: item.doc, event: e, anchors: anchors, performers: Set(e.performers.map { canonical[$0] ?? $0 }),
                           countryLevel: e.kind == .withdrawal && anchors.allSatisfy(isCountry),
                           anchorEquivalents: anchors.map { equivalents($0) })
        }

        // Union-find over the refs a mention can be compared through.
        var refIndex: [String: Int] = [:]
        var parent: [Int] = []
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var firstRef: [Int] = []   // per mention: one of its refs, or -1 without anchors
        for m in mentions {
            var first = -1
            for equivalent in m.anchorEquivalents {
                for ref in equivalent {
                    let r: Int
                    if let known = refIndex[ref] { r = known } else { r = parent.count; refIndex[ref] = r; parent.append(r) }
                    if first < 0 { first = r } else {
                        let (a, b) = (find(first), find(r))
                        if a != b { parent[max(a, b)] = min(a, b) }
                    }
                }
            }
            firstRef.append(first)
        }
        // Mention indices per group, in mention order; groups in order of their first mention.
        var groupOf: [[Int]: Int] = [:]
        var groups: [[Int]] = []
        for (i, m) in mentions.enumerated() {
            // A mention without anchors meets no cluster: a group of its own.
            let key = firstRef[i] < 0 ? [-1 - i] : [NodeKind.allCases.firstIndex(of: m.event.kind)!, find(firstRef[i])]
            if let g = groupOf[key] { groups[g].append(i) } else { groupOf[key] = groups.count; groups.append([i]) }
        }

        var results: [[(startedBy: Int, cluster: Cluster)]] = groups.map { _ in [] }
        ParallelUpdate.each(&results, chunkSize: 1) { out, g in out = cluster(groups[g].map { ($0, mentions[$0]) }) }
        var all = results.flatMap { $0 }
        all.sort { $0.startedBy < $1.startedBy }
        return all.map(\.cluster)
    }

    /// One pass of clustering over `mentions` (indices are their place in the whole order):
    /// each mention joins the best compatible cluster or starts one.
    func cluster(_ mentions: [(index: Int, mention: Mention)]) -> [(startedBy: Int, cluster: Cluster)] {
        var clusters: [Cluster] = []
        var startedBy: [Int] = []
        var screens: [ClusterScreen] = []
        // Anchor ref → clusters holding it, so a mention is compared only with clusters it could join.
        var byAnchor: [String: [Int]] = [:]
        // Per cluster, the last mention that tested it: a cluster reached through several
        // anchors is tested once, without building a set of candidates per mention.
        var testedBy: [Int] = []
        for (mentionIndex, m) in mentions {
            let e = m.event
            let (anchors, performers, countryLevel, anchorEquivalents) = (m.anchors, m.performers, m.countryLevel, m.anchorEquivalents)
            // The best cluster has the highest score, then the lowest index; candidates may
            // therefore be visited in any order.
            var best: (score: Int, index: Int)?
            for equivalent in anchorEquivalents {
                for anchor in equivalent {
                    for ci in byAnchor[anchor] ?? [] where testedBy[ci] != mentionIndex {
                        testedBy[ci] = mentionIndex
                        // The O(1) tests (kind, level, date) go before the set ones; all must pass.
                        let screen = screens[ci]
                        guard screen.kind == e.kind, screen.countryLevel == countryLevel else { continue }
                        if let d = e.date, !e.dateIsFallback {
                            guard screen.compatible(d, slack: 2, strongOnly: true) else { continue }
                            // One article giving two different days for attacks tells two attacks (convoys hit on Sunday
                            // and on Monday); a handover is often announced a day after it is done, so withdrawals are exempt.
                            if e.kind == .attack, d.precision == .day, let days = clusters[ci].daysByDocument[m.doc], !days.contains(d.start) { continue }
                        } else if let d = e.date {
                            // A publication-date stand-in only rules out the far past and future: a month either way.
                            guard screen.compatible(d, slack: 31, strongOnly: false) else { continue }
                        }
                        let overlap = anchorsOverlap(anchorEquivalents, clusters[ci].anchors)
                        guard overlap > 0 else { continue }
                        if countryLevel {
                            guard performers.isEmpty == clusters[ci].performers.isEmpty,
                                  performers.isEmpty || !performers.isDisjoint(with: clusters[ci].performers) else { continue }
                        }
                        let score = overlap * 10 + performers.intersection(clusters[ci].performers).count
                        if best == nil || score > best!.score || (score == best!.score && ci < best!.index) { best = (score, ci) }
                    }
                }
            }
            let index: Int
            if let best { index = best.index } else {
                clusters.append(Cluster(kind: e.kind, anchors: [], performers: [], countryLevel: countryLevel))
                startedBy.append(mentionIndex)
                screens.append(ClusterScreen(kind: e.kind, countryLevel: countryLevel))
                testedBy.append(-1)
                index = clusters.count - 1
            }
            for a in anchors where !clusters[index].anchors.contains(a) { byAnchor[a, default: []].append(index) }
            clusters[index].anchors.formUnion(anchors)
            clusters[index].performers.formUnion(performers)
            if let d = e.date { screens[index].add(d, strong: !e.dateIsFallback) }
            if let d = e.date, !e.dateIsFallback, d.precision == .day { clusters[index].daysByDocument[m.doc, default: []].insert(d.start) }
            clusters[index].mentions.append((m.doc, e))
            for r in e.roles { clusters[index].roles.append((m.doc, r)) }
        }
        return zip(startedBy, clusters).map { ($0, $1) }
    }

    func eventNode(_ c: Cluster, nodeID: [String: String], nodes: [String: Node]) -> Node {
        // Date: from mentions that report the event as done, the most precise, then the most frequent, then the earliest.
        let done = c.mentions.filter { $0.event.modality.isDone }
        func pick(_ ms: [(doc: String, event: FoundEvent)]) -> EventDate? {
            let strong = ms.compactMap { $0.event.dateIsFallback ? nil : $0.event.date }
            guard !strong.isEmpty else { return nil }
            let rank: [DatePrecision: Int] = [.day: 0, .week: 1, .month: 2, .year: 3, .unknown: 4]
            var counts: [String: Int] = [:]
            for d in strong { counts[d.iso, default: 0] += 1 }
            return strong.min { a, b in
                (rank[a.precision]!, -counts[a.iso]!, a.start.daysSinceEpoch, a.iso) < (rank[b.precision]!, -counts[b.iso]!, b.start.daysSinceEpoch, b.iso)
            }
        }
        var date = pick(done) ?? pick(c.mentions)
        var fallback = false
        if date == nil, let f = done.compactMap({ $0.event.dateIsFallback ? $0.event.date : nil }).min() { date = f; fallback = true }

        let modalities = Set(c.mentions.map(\.event.modality))
        let modality: Modality = modalities.contains(.completed) ? .completed : modalities.contains(.claimed) ? .claimed
            : modalities == [.denied] ? .denied : modalities.contains(.announced) ? .announced : modalities.contains(.planned) ? .planned : .completed

        let anchorIDs = c.anchors.compactMap { nodeID[$0] }.sorted()
        let firstEvidence = c.mentions.flatMap(\.event.evidence).min()!
        let id = StableID.make(prefix: c.kind.rawValue, name: "",
                               disambiguator: [c.kind.rawValue, anchorIDs.joined(separator: ","), date?.iso ?? "undated",
                                               firstEvidence.document, String(firstEvidence.start)])
        let anchorNames = anchorIDs.compactMap { nodes[$0] }
        let en = anchorNames.map { $0.nameEn ?? $0.nameAr ?? $0.id }.joined(separator: ", ")
        let ar = anchorNames.map { $0.nameAr ?? $0.nameEn ?? $0.id }.joined(separator: "، ")
        let nameEn = (c.kind == .attack ? "Attack on " : "Withdrawal from ") + en + (date.map { " (\($0.iso))" } ?? "")
        let nameAr = (c.kind == .attack ? "هجوم على " : "انسحاب من ") + ar
        var attributes: [String: AttributeValue] = ["trigger": .string(c.mentions.first!.event.trigger)]
        if let k = c.mentions.compactMap(\.event.killed).max() { attributes["killed"] = .int(k) }
        if let w = c.mentions.compactMap(\.event.wounded).max() { attributes["wounded"] = .int(w) }
        if fallback { attributes["date_fallback"] = .bool(true) }
        let docs = Array(Set(c.mentions.map(\.doc))).sorted()
        return Node(id: id, kind: c.kind, nameAr: nameAr, nameEn: nameEn, date: date, modality: modality,
                    attributes: attributes, sources: docs, evidence: c.mentions.flatMap(\.event.evidence))
    }
}
