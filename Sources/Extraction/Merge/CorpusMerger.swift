import Dispatch
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
///
/// Inside the merger, findings are held as plain values (`HeldArticle`): strings, references
/// and relations are integers (`StringPool`, `ReferenceIDs`, `RelationNumbers`), and nodes and
/// edges are slots in arrays: the tables and sets of the merge then hash integers, not Arabic
/// strings, and freeing what was held releases nothing.
public struct CorpusMerger {
    public let gazetteer: Gazetteer
    public let options: ExtractionOptions
    var findings: [HeldArticle] = []

    /// The strings, references and relations the held findings name by id, among them the
    /// references of the lexicon's related anchors.
    var tables = HeldTables()
    var references: ReferenceIDs { tables.references }
    /// Reference id → the ids of the lexicon refs related to it as anchors (`relatedAnchors`).
    let relatedAnchors: [Int: Set<Int>]

    public init(gazetteer: Gazetteer, options: ExtractionOptions = .init()) {
        self.gazetteer = gazetteer; self.options = options
        var refs = ReferenceIDs()
        var related: [Int: Set<Int>] = [:]
        for (ref, others) in CorpusMerger.relatedAnchors(gazetteer) {
            var ids = Set<Int>()
            for other in others { ids.insert(refs.insert(other)) }
            related[refs.insert(ref)] = ids
        }
        tables.references = refs
        relatedAnchors = related
    }

    /// Adds one article's findings; cheap, the work happens in `graph()`. They are kept in
    /// their flat form (`HeldArticle`): every string pooled and named by its id, every
    /// reference given its id here, while later articles are still being extracted. Held
    /// findings grow with the distinct text of the corpus, not its mentions.
    ///
    /// The findings are taken (`consuming`) and freed before this returns, their memory still
    /// in cache: a caller that hands over its last copy (`add(consume findings)`) has nothing
    /// left to free.
    public mutating func add(_ f: consuming DocumentFindings) {
        findings.append(HeldArticle(f, tables: &tables))
    }

    /// The graph, releasing the findings it was made from. What is left to free (the held
    /// articles' arrays of integers, the pool, whose strings the graph shares) is freed on
    /// another thread while the caller goes on with the graph.
    public mutating func finish() -> EventGraph {
        var docs: [HeldArticle] = []
        swap(&docs, &findings)
        docs.sort { $0.document < $1.document }
        let g = docs.withUnsafeBufferPointer { graph($0) }
        // The reference ids stay: `relatedAnchors` holds ids of that table, and articles added
        // after this keep their meaning. The pool's ids are those of the held articles only.
        let held = (docs, tables.pool)
        tables.pool = StringPool()
        DispatchQueue.global().async { withExtendedLifetime(held) {} }
        return g
    }

    /// The id of a reference the findings hold (every one was inserted by `add`).
    func id(_ ref: String) -> Int {
        guard let id = references.id(ref) else { preconditionFailure("reference \(ref) was not added") }
        return id
    }

    public func graph() -> EventGraph {
        let docs = findings.sorted { $0.document < $1.document }
        return docs.withUnsafeBufferPointer { graph($0) }
    }

    /// The graph of the findings `docs` (sorted by document).
    func graph(_ docs: UnsafeBufferPointer<HeldArticle>) -> EventGraph {
        let canonical = canonicalIDs(mergeEntities(docs))
        // Entity nodes and event clusters both depend only on the findings and `canonical`:
        // they are made at the same time, on two cores.
        let (entities, clusters) = ParallelUpdate.both({ self.entityNodes(docs, canonical: canonical) },
                                                       { self.clusterEvents(docs, canonical: canonical) })
        var nodes = entities.nodes
        var nodeSources = entities.sources
        var slotOfID = entities.slotOfID
        let slotOfRef = entities.slotOfRef
        /// The node slot of a reference's entity (by its id), or nil when it has none.
        func slot(_ ref: Int32) -> Int? {
            let s = slotOfRef[canonical[Int(ref)]]
            return s < 0 ? nil : s
        }

        // Events
        // Edges are found by their end slots and relation number (`EdgeBuilder`, `EdgeTable`).
        // The lexicon's relations may add numbers: a copy of the table.
        var edgeBuilder = EdgeBuilder(relationNumbers: tables.relations)
        // Each event node depends only on its cluster and the entity nodes (its anchors): they
        // are made on every core first, then placed in cluster order.
        let entityCount = nodes.count
        var eventNodes = [Node?](repeating: nil, count: clusters.count)
        ParallelUpdate.each(&eventNodes, chunkSize: 16) { node, c in node = eventNode(clusters[c], docs: docs, nodes: nodes, slotOfRef: slotOfRef) }
        // Per article, where its events start in `slotOfEvent`: the slot of each event's node.
        var eventStart: [Int] = []
        eventStart.reserveCapacity(docs.count + 1)
        var eventCount = 0
        for d in docs.indices { eventStart.append(eventCount); eventCount += docs[d].events.count }
        var slotOfEvent = [Int](repeating: -1, count: eventCount)
        for (c, cluster) in clusters.enumerated() {
            var taken: Node?
            swap(&taken, &eventNodes[c])
            let node = taken!
            let eventSlot: Int
            if let known = slotOfID[node.id] {
                // Event ids never equal entity ids (their kinds differ), so no node an event
                // read as an anchor is replaced.
                assert(known >= entityCount, "event \(node.id) has the id of an entity")
                eventSlot = known
                nodes[known] = node
            } else {
                eventSlot = nodes.count
                slotOfID[node.id] = eventSlot
                nodes.append(node)
                nodeSources.append([])
            }
            for (d, e) in cluster.mentions { slotOfEvent[eventStart[d] + e] = eventSlot }
        }
        // The roles of every event, article by article: the findings are read in the order they
        // lie in memory rather than in cluster order, which jumped between articles (each event's
        // roles a cache miss). An edge's evidence and documents are sorted below and its date is
        // not set by roles, so the order edges and their evidence arrive in changes nothing.
        //
        // Two passes over the roles and relations, each edge's evidence made at its final size:
        // the first finds (or makes) every mention's edge and counts the records per edge
        // (`mentionEdges`: per role, then per relation, in this order, its edge or -1 for none);
        // the second appends the records, in the same order, into arrays reserved at that count.
        // Appending as edges were found grew the busiest edges' evidence by doubling.
        var mentionEdges: [Int32] = []
        var mentionCount = 0
        for d in docs.indices { mentionCount += (docs.baseAddress! + d).pointee.roles.count + (docs.baseAddress! + d).pointee.relations.count }
        mentionEdges.reserveCapacity(mentionCount)
        for d in docs.indices {
            let article = docs.baseAddress! + d
            let document = article.pointee.document
            article.pointee.events.withUnsafeBufferPointer { events in
                article.pointee.roles.withUnsafeBufferPointer { roles in
                    for e in events.indices {
                        // Every event is a mention of one cluster.
                        let eventSlot = slotOfEvent[eventStart[d] + e]
                        assert(eventSlot >= 0, "an event of \(document) is in no cluster")
                        for r in Int(events[e].roles.lowerBound)..<Int(events[e].roles.upperBound) {
                            guard let target = slot(roles[r].ref) else { mentionEdges.append(-1); continue }
                            mentionEdges.append(Int32(edgeBuilder.edge(eventSlot, Int(roles[r].relation), target, doc: document, nodes: nodes)))
                        }
                    }
                }
            }
        }
        // Relations
        for d in docs.indices {
            let article = docs.baseAddress! + d
            let document = article.pointee.document
            article.pointee.relations.withUnsafeBufferPointer { relations in
                for r in relations.indices {
                    guard let s = slot(relations[r].source), let t = slot(relations[r].target), s != t else { mentionEdges.append(-1); continue }
                    mentionEdges.append(Int32(edgeBuilder.edge(s, Int(relations[r].relation), t, doc: document, nodes: nodes)))
                }
            }
        }
        edgeBuilder.reserveEvidence()
        // The records, mention by mention in the order of the first pass. An article's events'
        // role ranges follow one another and cover its roles (`HeldArticle.init`), so the roles
        // are read in array order, as the first pass read them event by event.
        var mention = 0
        func appendRecord(_ record: HeldEvidence) {
            let edge = Int(mentionEdges[mention])
            mention += 1
            if edge >= 0 { edgeBuilder.edges[edge].evidence.append(tables.evidence(record)) }
        }
        for d in docs.indices {
            let article = docs.baseAddress! + d
            assert(article.pointee.events.indices.allSatisfy { e in
                article.pointee.events[e].roles.lowerBound == (e == 0 ? 0 : article.pointee.events[e - 1].roles.upperBound)
            } && Int(article.pointee.events.last?.roles.upperBound ?? 0) == article.pointee.roles.count,
                   "the events' role ranges of \(article.pointee.document) do not cover its roles in order")
            article.pointee.roles.withUnsafeBufferPointer { roles in
                for r in roles.indices { appendRecord(roles[r].evidence) }
            }
        }
        for d in docs.indices {
            (docs.baseAddress! + d).pointee.relations.withUnsafeBufferPointer { relations in
                for r in relations.indices { appendRecord(relations[r].evidence) }
            }
        }
        assert(mention == mentionEdges.count && edgeBuilder.edges.indices.allSatisfy { edgeBuilder.edges[$0].evidence.count == edgeBuilder.recordCounts[$0] },
               "edge evidence counted and appended differ")
        if options.withLexiconRelations {
            // Lexicon refs are never merged: their own slot, when the corpus names them.
            func lexiconSlot(_ key: String) -> Int? {
                guard let r = references.id("k:" + key), slotOfRef[r] >= 0 else { return nil }
                return slotOfRef[r]
            }
            for e in gazetteer.entities {
                guard let s = lexiconSlot(e.key) else { continue }
                for r in e.relations {
                    guard let t = lexiconSlot(r.target), s != t else { continue }
                    let ev = Evidence(document: "lexicon", sentence: 0, start: 0, end: 0, text: "\(e.key) \(r.relation.rawValue) \(r.target)",
                                      rule: "relation.lexicon")
                    let edge = edgeBuilder.edge(s, edgeBuilder.relationNumbers.number(r.relation), t, doc: "lexicon", nodes: nodes)
                    edgeBuilder.edges[edge].evidence.append(ev)
                }
            }
        }

        // Each node and edge has one owner (these arrays), so its evidence is sorted in place
        // (a second owner would make the sort copy it).
        var finalNodes = nodes
        nodes = []
        var finalEdges = edgeBuilder.edges
        edgeBuilder.edges = []
        let (edgeSources, edgeKeys, edgeEnds) = (edgeBuilder.sources, edgeBuilder.keys, edgeBuilder.ends)
        // Sorting each element's evidence and sources is independent work: spread over the cores.
        ParallelUpdate.each(&finalNodes) { node, i in
            // Event nodes bring their own sources; entity nodes get the documents that named them.
            if !nodeSources[i].isEmpty { node.sources = nodeSources[i] }
            node.sources = Self.sortedUnique(node.sources)
            IndexSort.sort(&node.evidence) { e, i, j in Evidence.lessInPlace(e[i], e[j]) }
            node.attributes["source_count"] = .int(node.sources.count)
            node.attributes["mentions"] = .int(node.evidence.count)
        }
        ParallelUpdate.each(&finalEdges) { edge, i in
            edge.sources = Self.sortedUnique(edgeSources[i])
            IndexSort.sort(&edge.evidence) { e, i, j in Evidence.lessInPlace(e[i], e[j]) }
            edge.weight = Double(edge.sources.count)
        }
        // In id order here, so that the graph takes the arrays as they are (its own sort would
        // copy every node and edge); the two sorts run at the same time.
        let (nodeOrder, edgeOrder) = ParallelUpdate.both({ IndexSort.sort(&finalNodes) { n, i, j in n[i].id < n[j].id } },
                                                         { IndexSort.sort(&finalEdges, keys: edgeKeys) })
        assert(finalEdges.indices.dropFirst().allSatisfy { finalEdges[$0 - 1].id < finalEdges[$0].id }, "edges out of id order")
        // Each edge's ends as positions in the sorted nodes: the graph then checks them by
        // position, without a table of node ids (`EventGraph(nodesInIDOrder:...)`).
        var positionOfSlot = Array(finalNodes.indices)
        if let nodeOrder { for (position, slot) in nodeOrder.enumerated() { positionOfSlot[slot] = position } }
        let endPositions = edgeOrder.map { e in (source: positionOfSlot[Int(edgeEnds[e].source)], target: positionOfSlot[Int(edgeEnds[e].target)]) }
        // Wrong positions would not change the graph (the initializer falls back to the general
        // one), only lose the shortcut without a sign: debug builds check them here.
        assert(endPositions.indices.allSatisfy { i in
            finalNodes[endPositions[i].source].id == finalEdges[i].source && finalNodes[endPositions[i].target].id == finalEdges[i].target
        }, "an edge's end positions do not name its source and target")
        return (try? EventGraph(directed: true, nodesInIDOrder: finalNodes, edgesInIDOrder: finalEdges, endPositions: endPositions,
                                attributes: ["generator": .string("eventgraph extract"), "documents": .int(docs.count)]))
            ?? EventGraph()
    }

    /// The edges of the graph as their mentions are added: per edge its documents (in the order
    /// met) and the 64-bit hash its id is made of ("e-" and the hash's 16 lowercase hex digits:
    /// ordering the edges by these integers orders them by id, without reading each id string,
    /// a cache miss, at every comparison of the sort). An edge is found by its end slots and
    /// relation number (`EdgeTable`, integers only); its id is made once per edge, not once per
    /// mention.
    ///
    /// A value with a mutating method rather than a local function: the function's captured
    /// variables (the edges, their documents and keys, the tables, the nodes) were boxed by the
    /// compiler with a dynamic exclusivity check (`swift_beginAccess`) on every access, some eight
    /// per mention.
    struct EdgeBuilder {
        var relationNumbers: RelationNumbers
        var slots = EdgeTable()
        var edges: [Edge] = []
        var sources: [[String]] = []
        var keys: [UInt64] = []
        /// Per edge, the node slots of its source and target.
        var ends: [(source: Int32, target: Int32)] = []
        /// Per relation number, whether its relation is symmetric (`Relation.isSymmetric`, which
        /// compares the name with two static relations): found once per number, not per mention.
        var symmetric: [Bool] = []

        init(relationNumbers: RelationNumbers) { self.relationNumbers = relationNumbers }

        /// Whether relation `number` is symmetric; numbers the lexicon's relations add later are
        /// looked up when first met.
        @inline(__always)
        mutating func isSymmetric(_ number: Int) -> Bool {
            while symmetric.count <= number { symmetric.append(relationNumbers.relation(symmetric.count).isSymmetric) }
            assert(symmetric[number] == relationNumbers.relation(number).isSymmetric, "symmetric flag out of date")
            return symmetric[number]
        }

        /// Per edge, how many mentions `edge` was asked for: the records its evidence will hold.
        var recordCounts: [Int] = []

        /// Reserves each edge's evidence at its count of mentions so far (`recordCounts`).
        mutating func reserveEvidence() {
            for e in edges.indices { edges[e].evidence.reserveCapacity(recordCounts[e]) }
        }

        /// The edge (its index in `edges`) of one mention of `source` –relation→ `target` (node
        /// slots in `nodes`; a symmetric relation goes from the smaller node id), made when first
        /// met; the mention's document is noted and counted, its evidence is the caller's to append.
        mutating func edge(_ source: Int, _ relationNumber: Int, _ target: Int, doc: String, nodes: [Node]) -> Int {
            var s = source, t = target
            if isSymmetric(relationNumber), nodes[t].id < nodes[s].id { swap(&s, &t) }
            let key = EdgeTable.key(source: s, relation: relationNumber, target: t)
            let e: Int
            let (found, free) = slots.find(key)
            if let found { e = found } else {
                let relation = relationNumbers.relation(relationNumber)
                let (sourceID, targetID) = (nodes[s].id, nodes[t].id)
                // The id's hash as a number (the sort key), its digits written once after "e-".
                let hash = StableID.fnv1a64(joining: [sourceID, relation.rawValue, targetID])
                let id = StableID.hexDigits(hash, prefix: "e-")
                assert(id == "e-" + StableID.hash([sourceID, relation.rawValue, targetID]), "edge id differs from its definition")
                edges.append(Edge(id: id, source: sourceID, target: targetID, relation: relation, date: nil))
                sources.append([])
                keys.append(hash)
                ends.append((Int32(s), Int32(t)))
                recordCounts.append(0)
                e = edges.count - 1
                slots.insert(e, key: key, at: free)
            }
            recordCounts[e] += 1
            if sources[e].last != doc { sources[e].append(doc) }
            return e
        }
    }

    /// `strings` sorted, each distinct string once (the first of equal ones, as a `Set` keeps).
    static func sortedUnique(_ strings: [String]) -> [String] {
        // Documents are appended in document order, so the list is nearly always sorted and
        // distinct already (each string < the next): then it is its own result, with no copy.
        var increasing = true
        for i in strings.indices.dropFirst() where !(strings[i - 1] < strings[i]) { increasing = false; break }
        if increasing { return strings }
        let sorted = strings.sorted()
        var out: [String] = []
        out.reserveCapacity(sorted.count)
        for s in sorted where out.last != s { out.append(s) }
        return out
    }

    /// Reference id → the id of its canonical reference (itself unless merged).
    func canonicalIDs(_ canonical: [String: String]) -> [Int] {
        var out = Array(0..<references.count)
        for (member, best) in canonical { out[id(member)] = id(best) }
        return out
    }

    /// The entity nodes, in slots; per slot, the documents naming it (sorted, as the documents
    /// are); per canonical reference id, its slot (-1: none); per node id, its slot.
    struct EntityNodes {
        var nodes: [Node] = []
        var sources: [[String]] = []
        var slotOfRef: [Int]
        var slotOfID: [String: Int] = [:]
    }

    /// One node per entity (canonical ref), with its evidence, documents and names.
    func entityNodes(_ docs: UnsafeBufferPointer<HeldArticle>, canonical: [Int]) -> EntityNodes {
        var out = EntityNodes(slotOfRef: Array(repeating: -1, count: references.count))
        // Per slot, each surface (`HeldString`) and its weight, found by comparison: an entity
        // has a few surfaces, and hashing Arabic text normalizes it on every lookup. Equal held
        // strings are equal bytes (the same small string or pool id); different ones are told
        // apart on their bytes when both are plain (`sameText`), not by String's normalizing ==.
        // The list holds each distinct text once (by `sameText`), so the entry with an equal
        // held string is the one `sameText` would find.
        var surfaceCounts: [[(surface: HeldString, count: Int, key: PlainTextKey)]] = []
        // Each node's evidence is made at its final size: the first pass finds every entity
        // mention's slot and counts the records per slot, the second appends the records into
        // arrays reserved at that count, in the same order as one pass would. Appending as the
        // slots were found grew the busiest nodes' arrays by doubling (each growth a copy of
        // the records so far into fresh, page-faulting memory).
        var mentionSlots: [Int32] = []
        var recordCounts: [Int] = []
        for d in docs.indices {
            let article = docs.baseAddress! + d
            let document = article.pointee.document
            let strings = article.pointee.strings
            article.pointee.entities.withUnsafeBufferPointer { entities in
                for i in entities.indices {
                    let ref = canonical[Int(entities[i].ref)]
                    var slot = out.slotOfRef[ref]
                    if slot < 0 {
                        let refText = references.references[ref]
                        let nodeID = makeEntityID(ref: refText, kind: entities[i].kind)
                        if let known = out.slotOfID[nodeID] { slot = known } else {
                            slot = out.nodes.count
                            out.slotOfID[nodeID] = slot
                            out.nodes.append(baseNode(id: nodeID, ref: refText, kind: entities[i].kind, actorType: entities[i].actorType))
                            out.sources.append([])
                            surfaceCounts.append([])
                            recordCounts.append(0)
                        }
                        out.slotOfRef[ref] = slot
                    }
                    mentionSlots.append(Int32(slot))
                    recordCounts[slot] += entities[i].evidence.count
                    if out.sources[slot].last != document { out.sources[slot].append(document) }
                    let surfaces = strings[Int(entities[i].surfaces.lowerBound)..<Int(entities[i].surfaces.upperBound)]
                    for (rank, surface) in surfaces.enumerated() {
                        let weight = max(1, surfaces.count - rank)
                        if let k = surfaceCounts[slot].firstIndex(where: { $0.surface == surface }) {
                            surfaceCounts[slot][k].count += weight
                            continue
                        }
                        let s = tables.string(surface)
                        let key = PlainTextKey(s)
                        if let k = surfaceCounts[slot].firstIndex(where: { Self.sameText(tables.string($0.surface), $0.key, s, key) }) {
                            surfaceCounts[slot][k].count += weight
                        } else {
                            surfaceCounts[slot].append((surface, weight, key))
                        }
                    }
                }
            }
        }
        for slot in out.nodes.indices { out.nodes[slot].evidence.reserveCapacity(recordCounts[slot]) }
        var mention = 0
        for d in docs.indices {
            let article = docs.baseAddress! + d
            article.pointee.evidence.withUnsafeBufferPointer { records in
                article.pointee.entities.withUnsafeBufferPointer { entities in
                    for i in entities.indices {
                        // Appended in place: copying a node out of its slot would copy its evidence each time.
                        tables.appendEvidence(records, entities[i].evidence, to: &out.nodes[Int(mentionSlots[mention])].evidence)
                        mention += 1
                    }
                }
            }
        }
        assert(mention == mentionSlots.count && out.nodes.indices.allSatisfy { out.nodes[$0].evidence.count == recordCounts[$0] },
               "entity evidence counted and appended differ")
        for slot in out.nodes.indices where !surfaceCounts[slot].isEmpty {
            // Most weight first, then String order (on the bytes for plain surfaces: `PlainTextKey`).
            let ordered = surfaceCounts[slot].sorted { a, b in
                a.count != b.count ? a.count > b.count : PlainTextKey.precedes(tables.string(a.surface), a.key, tables.string(b.surface), b.key)
            }.map { tables.string($0.surface) }
            if out.nodes[slot].nameAr == nil { out.nodes[slot].nameAr = ordered.first }
            let names = Set([out.nodes[slot].nameAr, out.nodes[slot].nameEn].compactMap { $0 })
            out.nodes[slot].aliases = Array(Set(ordered).subtracting(names)).sorted()
        }
        return out
    }

    /// `a == b` (canonical equivalence) given their keys: two plain strings are in NFC, so
    /// they are equivalent exactly when their bytes are equal; any other pair is compared by
    /// String's ==, which normalizes non-ASCII text on every comparison. Debug builds assert
    /// both agree.
    @inline(__always)
    static func sameText(_ a: String, _ ka: PlainTextKey, _ b: String, _ kb: PlainTextKey) -> Bool {
        guard ka.plain && kb.plain else { return a == b }
        let same = ka.length == kb.length && UTF8Bytes.with(a) { x in UTF8Bytes.with(b) { y in ByteHash.equal(x, y) } }
        assert(same == (a == b), "byte equality differs from String equality for plain text")
        return same
    }

    // MARK: entities

    func makeEntityID(ref: String, kind: NodeKind) -> String {
        if ref.hasPrefix("k:") { return StableID.make(prefix: kind.rawValue, name: String(ref.dropFirst(2))) }
        return StableID.make(prefix: kind.rawValue, name: "", disambiguator: [ref])
    }

    func baseNode(id: String, ref: String, kind: NodeKind, actorType: ActorType?) -> Node {
        // Room for the two counts `graph()` adds ("source_count", "mentions"): a table sized for
        // its two entries grew (rehashing them) when the counts were set.
        var attributes: [String: AttributeValue] = [:]
        attributes.reserveCapacity(Self.countAttributes + 2)
        if ref.hasPrefix("k:"), let k = gazetteer.entity(String(ref.dropFirst(2))) {
            attributes["lexicon_key"] = .string(k.key)
            attributes["type"] = .string(k.type)
            return Node(id: id, kind: k.kind, actorType: k.actorType, nameAr: k.ar, nameEn: k.en,
                        coordinates: k.coordinates, attributes: attributes)
        }
        attributes["type"] = .string(actorType?.rawValue ?? kind.rawValue)
        attributes["found_by"] = .string("pattern")
        return Node(id: id, kind: kind, actorType: actorType, nameAr: nil, nameEn: nil, attributes: attributes)
    }

    /// How many attributes `graph()` sets on every node after making it (its source count and mentions).
    static var countAttributes: Int { 2 }

    /// Pattern ref → canonical ref, for spelling variants of one person.
    func mergeEntities(_ docs: UnsafeBufferPointer<HeldArticle>) -> [String: String] {
        struct Person { var ref: String; var words: [Substring]; var titles: Set<String>; var orgs: Set<String>; var weight: Int }
        // Found by the reference's id (given by its bytes): the references are Arabic.
        var persons: [Int32: Person] = [:]
        for article in docs {
            func strings(_ range: Range<Int32>) -> [String] {
                article.strings[Int(range.lowerBound)..<Int(range.upperBound)].map(tables.string)
            }
            for e in article.entities where e.key < 0 && e.actorType == .person {
                if persons[e.ref] == nil {
                    let ref = tables.reference(e.ref)
                    let name = ref.split(separator: ":", maxSplits: 2).last.map(String.init) ?? ""
                    persons[e.ref] = Person(ref: ref, words: name.split(separator: " "), titles: [], orgs: [], weight: 0)
                }
                persons[e.ref]!.titles.formUnion(strings(e.titles))
                persons[e.ref]!.orgs.formUnion(strings(e.organisations))
                persons[e.ref]!.weight += e.evidence.count
            }
        }
        let sortedPersons = persons.values.sorted { $0.ref < $1.ref }
        let refs = sortedPersons.map(\.ref)
        // Union-find over the positions in `refs` (sorted, so the smaller position is the smaller ref).
        var parent = Array(refs.indices)
        func find(_ x: Int) -> Int { var x = x; while parent[x] != x { x = parent[x] }; return x }
        // Only names of two words or more can merge; their skeletons are computed once, not once
        // per pair: the pair loop is O(P²) in the persons of the corpus.
        struct Candidate { var index: Int; var first: [Unicode.Scalar]; var last: [Unicode.Scalar]; var titles: Set<String>; var orgs: Set<String> }
        let candidates: [Candidate] = sortedPersons.enumerated().compactMap { i, p in
            guard p.words.count >= 2 else { return nil }
            return Candidate(index: i, first: Rasm.consonants(p.words.first!), last: Rasm.consonants(p.words.last!),
                             titles: p.titles, orgs: p.orgs)
        }
        for (i, pa) in candidates.enumerated() {
            for pb in candidates[(i + 1)...] {
                // Edit distance ≥ the difference in length: a cheap rejection before the O(|a|·|b|) distance.
                guard abs(pa.first.count - pb.first.count) <= 1, abs(pa.last.count - pb.last.count) <= 1,
                      Rasm.editDistance(pa.first, pb.first) <= 1 else { continue }
                let d = Rasm.editDistance(pa.last, pb.last)
                guard d <= 1, !pa.titles.isDisjoint(with: pb.titles) || !pa.orgs.isDisjoint(with: pb.orgs) else { continue }
                let ra = find(pa.index), rb = find(pb.index)
                if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
            }
        }
        // Canonical member: most evidence, then the smallest ref.
        var groups: [Int: [Int]] = [:]
        for i in refs.indices { groups[find(i), default: []].append(i) }
        var out: [String: String] = [:]
        for (_, members) in groups where members.count > 1 {
            let best = members.min { (-sortedPersons[$0].weight, refs[$0]) < (-sortedPersons[$1].weight, refs[$1]) }!
            for m in members { out[refs[m]] = refs[best] }
        }
        return out
    }

    // MARK: events

    struct Cluster {
        var kind: NodeKind
        var anchors: SortedIDs
        var performers: SortedIDs
        var countryLevel: Bool
        /// Day-precision dates each document gave this event, so one article's two days stay
        /// two events; keyed by the document's index (`Mention.documentKey`), not its name, so
        /// the test hashes an integer.
        var daysByDocument: [Int: Set<Day>] = [:]
        /// The mentions, in the order they joined, as (article, event) indices into the sorted
        /// findings: the events stay where they are.
        var mentions: [(doc: Int, event: Int)] = []
    }

    /// Clusters sorted by the first strong date each was given (its start day, then cluster
    /// index), with the widest such date's span, so the clusters whose first date overlaps an
    /// interval are found by binary search: O(log n + k) instead of O(n).
    struct ClustersByFirstDate {
        var starts: [Int] = []
        var ends: [Int] = []
        var clusters: [Int] = []
        /// max(end - start) over the first dates held: a first date overlapping [lo, hi] starts in [lo - maxSpan, hi].
        var maxSpan = 0

        /// Index of the first entry whose (start, cluster) is not below the pair given.
        func lowerBound(start: Int, cluster: Int) -> Int {
            var (lo, hi) = (0, starts.count)
            while lo < hi {
                let mid = (lo + hi) / 2
                if (starts[mid], clusters[mid]) < (start, cluster) { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        mutating func insert(_ cluster: Int, start: Int, end: Int) {
            let at = lowerBound(start: start, cluster: cluster)
            starts.insert(start, at: at); ends.insert(end, at: at); clusters.insert(cluster, at: at)
            maxSpan = max(maxSpan, end - start)
        }

        /// Appends every cluster whose first date [s, e] overlaps [lo, hi].
        func append(overlapping lo: Int, _ hi: Int, to out: inout [Int]) {
            var i = lowerBound(start: lo - maxSpan, cluster: Int.min)
            while i < starts.count, starts[i] <= hi {
                if ends[i] >= lo { out.append(clusters[i]) }
                i += 1
            }
        }
    }

    /// The clusters holding one anchor ref, indexed so that a dated mention tests only the
    /// clusters whose dates can be compatible with its own.
    ///
    /// A cluster's compatible interval [max start, min end] of its dates (see `ClusterScreen`)
    /// only narrows as mentions join, and always lies within its first strong date d₀ widened
    /// to the other dates: max start ≥ d₀.start and min end ≤ d₀.end. So a mention [s, e] with
    /// slack k can pass the date test only if d₀.start ≤ e + k and d₀.end ≥ s − k: the clusters
    /// whose d₀ overlaps [s − k, e + k]. Clusters are keyed by d₀ when they take the anchor;
    /// one without a strong date then is kept in `unkeyed` and always tested. Month and year
    /// dates are kept apart from day and week ones so that one year-long date does not widen
    /// every search by a year.
    /// Days of slack in the date test of a mention joining a cluster: two for a date the text
    /// gives, a month either way for a publication-date stand-in. One constant each for the test
    /// and for the candidate search (`AnchorClusters`), whose exact overlap counts hold only
    /// while both use the same slack.
    static let strongDateSlack = 2
    static let fallbackDateSlack = 31

    struct AnchorClusters {
        var unkeyed: [Int] = []
        var short = ClustersByFirstDate()
        var long = ClustersByFirstDate()

        mutating func insert(_ cluster: Int, firstDate: (start: Int, end: Int)?) {
            guard let d = firstDate else { unkeyed.append(cluster); return }
            if d.end - d.start <= 7 { short.insert(cluster, start: d.start, end: d.end) } else { long.insert(cluster, start: d.start, end: d.end) }
        }

        /// Appends every cluster that may have dates compatible with [lo, hi] (the mention's
        /// date widened by the slack), or every cluster when the mention is undated.
        func appendCandidates(_ range: (lo: Int, hi: Int)?, to out: inout [Int]) {
            out.append(contentsOf: unkeyed)
            if let range {
                short.append(overlapping: range.lo, range.hi, to: &out)
                long.append(overlapping: range.lo, range.hi, to: &out)
            } else {
                out.append(contentsOf: short.clusters)
                out.append(contentsOf: long.clusters)
            }
        }
    }

    /// What one mention's candidate search found of a cluster (`cluster(_:of:)`), one small
    /// record per cluster in one array: set when the cluster is first reached for the mention,
    /// updated as further equivalence sets reach it.
    ///
    /// The cluster's performers are kept here too when it has at most three, so that a
    /// candidate's performer test reads the line its mark is on rather than the cluster's own
    /// array (a heap array per cluster: a cache miss per candidate).
    ///
    /// Its O(1) tests (`ClusterScreen`) are kept here as well, beside the fields the candidate
    /// search has just written: in an array of their own, reading a candidate's screen was a
    /// second cache miss per candidate (the most sampled load of the clustering).
    struct CandidateMark {
        var screen: ClusterScreen
        /// The mention `lastSet` and `overlap` are about (-1: none yet).
        var mention = -1
        /// The index of the last equivalence set of the mention that reached the cluster; -1 once
        /// the cluster has been tested for the mention.
        var lastSet: Int32 = -1
        /// How many of the mention's equivalence sets reached it (`anchorsOverlap`).
        var overlap: Int32 = 0
        /// The cluster's performers when it has at most three (`performerCount` of them, in
        /// order); `performerCount` -1 when it has more.
        var performerCount: Int32 = 0
        var performers: (Int32, Int32, Int32) = (0, 0, 0)

        mutating func keepPerformers(_ ids: SortedIDs) {
            guard ids.count <= 3, ids.allSatisfy({ $0 <= Int(Int32.max) }) else { performerCount = -1; return }
            var kept: (Int32, Int32, Int32) = (0, 0, 0)
            for (i, id) in ids.enumerated() {
                switch i {
                case 0: kept.0 = Int32(id)
                case 1: kept.1 = Int32(id)
                default: kept.2 = Int32(id)
                }
            }
            performers = kept
            performerCount = Int32(ids.count)
        }

        /// |ids ∩ the cluster's performers| when they are kept here; nil otherwise.
        @inline(__always)
        func sharedPerformers(_ ids: SortedIDs) -> Int? {
            guard performerCount >= 0 else { return nil }
            var n = 0
            if performerCount > 0, ids.contains(Int(performers.0)) { n += 1 }
            if performerCount > 1, ids.contains(Int(performers.1)) { n += 1 }
            if performerCount > 2, ids.contains(Int(performers.2)) { n += 1 }
            return n
        }
    }

    /// The O(1) tests a mention must pass to join a cluster (kind, level, dates), kept apart
    /// from the cluster's sets and lists, in the cluster's `CandidateMark`: most candidates fail
    /// them, and they then cost a few words read instead of a walk over large structs.
    struct ClusterScreen {
        var kind: NodeKind
        var countryLevel: Bool
        /// Whether the cluster has performers: read here, with the other screens, rather than
        /// from the cluster's own array.
        var hasPerformers = false
        /// A date is compatible with all strong dates iff it overlaps [maxStart, minEnd] widened:
        /// d.start - slack ≤ min(end) and max(start) - slack ≤ d.end. Kept so the test is O(1).
        var strongMinEnd: Day?
        var strongMaxStart: Day?
        var anyMinEnd: Day?
        var anyMaxStart: Day?

        init(kind: NodeKind, countryLevel: Bool) { self.kind = kind; self.countryLevel = countryLevel }

        /// Whether the interval [start, end] of a date is compatible (see above).
        func compatible(start: Day, end: Day, slack: Int, strongOnly: Bool) -> Bool {
            let (minEnd, maxStart) = strongOnly ? (strongMinEnd, strongMaxStart) : (anyMinEnd, anyMaxStart)
            guard let minEnd, let maxStart else { return true }
            return start.adding(days: -slack) <= minEnd && maxStart.adding(days: -slack) <= end
        }
        mutating func add(start: Day, end: Day, strong: Bool) {
            if strong {
                strongMinEnd = min(strongMinEnd ?? end, end); strongMaxStart = max(strongMaxStart ?? start, start)
            }
            anyMinEnd = min(anyMinEnd ?? end, end); anyMaxStart = max(anyMaxStart ?? start, start)
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
    func anchorsOverlap(_ anchorEquivalents: [SortedIDs], _ b: SortedIDs) -> Int {
        var n = 0
        for eq in anchorEquivalents where eq.intersects(b) { n += 1 }
        return n
    }

    /// An anchor and what counts as the same anchor (see `anchorsOverlap`).
    func equivalents(_ ref: Int) -> Set<Int> { relatedAnchors[ref].map { $0.union([ref]) } ?? [ref] }

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

    /// One event mention ready for clustering: its refs made canonical ids once.
    ///
    /// It holds indices and the few small values clustering tests; the event stays where it is.
    struct Mention {
        /// The article and event indices in the sorted findings.
        var doc: Int
        var event: Int
        /// The index of the first article with the same document name (`daysByDocument`'s key).
        var documentKey: Int
        var kind: NodeKind
        /// The event's date as its first and last day and precision; nil when undated.
        var date: (start: Day, end: Day, precision: DatePrecision)?
        var dateIsFallback: Bool
        var anchors: SortedIDs
        var performers: SortedIDs
        var countryLevel: Bool
        /// What each anchor counts as (`equivalents`), computed once per mention rather than once per candidate.
        var anchorEquivalents: [SortedIDs]
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
    func clusterEvents(_ docs: UnsafeBufferPointer<HeldArticle>, canonical: [Int]) -> [Cluster] {
        // Each anchor's equivalents are made once per corpus, not once per mention (mentions
        // share the arrays, copy-on-write).
        var equivalentsOf: [Int: SortedIDs] = [:]
        var mentions: [Mention] = []
        let roleNumbers = RoleNumbers(tables.relations)
        // Per article, the index of the first article with its document name (the findings are
        // sorted by name, so equal names are neighbours).
        var documentKeys: [Int] = []
        documentKeys.reserveCapacity(docs.count)
        for d in docs.indices {
            documentKeys.append(d > 0 && docs[d].document == docs[d - 1].document ? documentKeys[d - 1] : d)
        }
        // Per reference id, whether it names a country or region (`isCountry`: a lookup of the
        // gazetteer by the key's text, copying the entity found): found once per anchor, not
        // once per withdrawal naming it. 0 unknown, 1 yes, 2 no.
        var countryByRef = [UInt8](repeating: 0, count: references.count)
        func countryAnchor(_ ref: Int) -> Bool {
            if countryByRef[ref] == 0 { countryByRef[ref] = isCountry(references.references[ref]) ? 1 : 2 }
            return countryByRef[ref] == 1
        }
        // Dated mentions first, then undated ones; each in article and event order.
        for datedPass in [true, false] {
            for d in docs.indices {
                let article = docs.baseAddress! + d
                article.pointee.events.withUnsafeBufferPointer { events in
                    article.pointee.roles.withUnsafeBufferPointer { allRoles in
                        for e in events.indices where (events[e].date != nil && !events[e].dateIsFallback) == datedPass {
                            let roles = UnsafeBufferPointer(rebasing: allRoles[Int(events[e].roles.lowerBound)..<Int(events[e].roles.upperBound)])
                            let anchors = Self.anchorIDs(events[e].kind, roles, roleNumbers, canonical: canonical)
                            let performers = SortedIDs(Self.roleIDs(roles, canonical: canonical) { $0 == roleNumbers.actor || $0 == roleNumbers.attacker })
                            // Debug builds: the numbers give what the relations' names give.
                            assert(anchors == SortedIDs(article.pointee.foundEvent(e, tables).anchors.map { canonical[id($0)] }),
                                   "anchor ids differ from the anchors' refs")
                            assert(performers == SortedIDs(article.pointee.foundEvent(e, tables).performers.map { canonical[id($0)] }),
                                   "performer ids differ from the performers' refs")
                            var anchorEquivalents: [SortedIDs] = []
                            anchorEquivalents.reserveCapacity(anchors.count)
                            for a in anchors {
                                if let known = equivalentsOf[a] { anchorEquivalents.append(known) } else {
                                    let made = SortedIDs(equivalents(a))
                                    equivalentsOf[a] = made
                                    anchorEquivalents.append(made)
                                }
                            }
                            mentions.append(Mention(doc: d, event: e, documentKey: documentKeys[d], kind: events[e].kind, date: events[e].date,
                                                    dateIsFallback: events[e].dateIsFallback, anchors: anchors, performers: performers,
                                                    countryLevel: events[e].kind == .withdrawal && anchors.allSatisfy { countryAnchor($0) },
                                                    anchorEquivalents: anchorEquivalents))
                        }
                    }
                }
            }
        }

        return clusterMentions(mentions)
    }

    /// The numbers of the role relations clustering tells apart (-1 for one no role has).
    struct RoleNumbers {
        var actor: Int32, attacker: Int32, target: Int32, location: Int32, from: Int32
        init(_ numbers: RelationNumbers) {
            func number(_ r: Relation) -> Int32 { numbers.existingNumber(r).map(Int32.init) ?? -1 }
            (actor, attacker, target, location, from) = (number(.actor), number(.attacker), number(.target), number(.location), number(.from))
        }
    }

    /// The canonical ids of an event's anchors (`FoundEvent.anchors`, read from the role ids
    /// `add` gave): for a withdrawal the places it is from; otherwise its targets, or its
    /// locations when it has no target.
    static func anchorIDs(_ kind: NodeKind, _ roles: UnsafeBufferPointer<HeldRole>, _ numbers: RoleNumbers, canonical: [Int]) -> SortedIDs {
        func ids(_ relation: Int32) -> [Int] { roleIDs(roles, canonical: canonical) { $0 == relation } }
        if kind == .withdrawal { return SortedIDs(ids(numbers.from)) }
        let targets = ids(numbers.target)
        return SortedIDs(targets.isEmpty ? ids(numbers.location) : targets)
    }

    /// The canonical ids of the roles whose relation number passes `test`, in role order: one
    /// array, made in one pass (a `filter` then a `map` made two, the first a copy of the roles).
    @inline(__always)
    static func roleIDs(_ roles: UnsafeBufferPointer<HeldRole>, canonical: [Int], _ test: (Int32) -> Bool) -> [Int] {
        var out: [Int] = []
        for r in roles.indices where test(roles[r].relation) {
            if out.isEmpty { out.reserveCapacity(roles.count - r) }
            out.append(canonical[Int(roles[r].ref)])
        }
        return out
    }

    /// `clusterEvents` once the mentions are made, in their order.
    func clusterMentions(_ mentions: [Mention]) -> [Cluster] {
        // Union-find over the refs a mention can be compared through.
        var parent = Array(0..<references.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var firstRef: [Int] = []   // per mention: one of its refs, or -1 without anchors
        for m in mentions {
            var first = -1
            for equivalent in m.anchorEquivalents {
                for r in equivalent {
                    if first < 0 { first = r } else {
                        let (a, b) = (find(first), find(r))
                        if a != b { parent[max(a, b)] = min(a, b) }
                    }
                }
            }
            firstRef.append(first)
        }
        // Mention indices per group, in mention order; groups in order of their first mention.
        // A group is its kind and the root of its refs; a mention without anchors meets no
        // cluster: a group of its own (a negative key).
        let kinds = NodeKind.allCases.count
        var groupOf: [Int: Int] = [:]
        var groups: [[Int]] = []
        for (i, m) in mentions.enumerated() {
            let key = firstRef[i] < 0 ? -1 - i : find(firstRef[i]) * kinds + NodeKind.allCases.firstIndex(of: m.kind)!
            if let g = groupOf[key] { groups[g].append(i) } else { groupOf[key] = groups.count; groups.append([i]) }
        }

        var results: [[(startedBy: Int, cluster: Cluster)]] = groups.map { _ in [] }
        ParallelUpdate.each(&results, chunkSize: 1) { out, g in out = cluster(groups[g], of: mentions) }
        var all = results.flatMap { $0 }
        all.sort { $0.startedBy < $1.startedBy }
        return all.map(\.cluster)
    }

    /// One pass of clustering over the mentions of one group (`group`: their indices in
    /// `mentions`, the whole order): each mention joins the best compatible cluster or starts one.
    ///
    /// Mentions are read in place and candidates gathered into one reused list, not visited
    /// through a closure: a mention is screened against up to hundreds of clusters, and a
    /// closure capturing the mutable cluster arrays retained and released them per candidate.
    func cluster(_ group: [Int], of mentions: [Mention]) -> [(startedBy: Int, cluster: Cluster)] {
        var clusters: [Cluster] = []
        var startedBy: [Int] = []
        // Anchor ref → clusters holding it, so a mention is compared only with clusters it could join
        // (and, when dated, only with those whose dates can be compatible: `AnchorClusters`). The
        // lists are kept in an array, found by their index in `anchorList`, and read in place
        // through its buffer: read out of a dictionary, each list was copied (its six arrays
        // retained and released) for every anchor of every mention.
        var anchorList: [Int: Int] = [:]
        var anchorClusters: [AnchorClusters] = []
        // Per cluster, the first strong date it was given, as days since the epoch.
        var firstStrongDate: [(start: Int, end: Int)?] = []
        // Per cluster, what the current mention's candidate search found of it (`CandidateMark`):
        // its anchor overlap is counted there, and a cluster reached through several anchors is
        // tested once, without building a set of candidates per mention. Each mark holds its
        // cluster's screen (kind, level, dates).
        var marks: [CandidateMark] = []
        var candidates: [Int] = []
        for mentionIndex in group {
            let m = mentions[mentionIndex]
            let doc = m.documentKey
            let (anchors, performers) = (m.anchors, m.performers)
            let (countryLevel, anchorEquivalents) = (m.countryLevel, m.anchorEquivalents)
            let dated = m.date.map { (start: $0.start, end: $0.end) }
            let strong = !m.dateIsFallback
            // One article giving two different days for attacks tells two attacks (convoys hit on Sunday
            // and on Monday); a handover is often announced a day after it is done, so withdrawals are exempt.
            let attackDay = m.kind == .attack && strong && m.date?.precision == .day ? m.date?.start : nil
            // The days a compatible cluster's first strong date must overlap (see `AnchorClusters`).
            let candidateRange = dated.map { d in
                let slack = strong ? Self.strongDateSlack : Self.fallbackDateSlack
                return (lo: d.start.daysSinceEpoch - slack, hi: d.end.daysSinceEpoch + slack)
            }
            // The best cluster has the highest score, then the lowest index; candidates may
            // therefore be visited in any order, and skipping clusters that would fail the date
            // test leaves the choice unchanged.
            var best: (score: Int, index: Int)?
            candidates.removeAll(keepingCapacity: true)
            // A cluster is reached through every anchor of every equivalence set it shares with the
            // mention (when it can pass the date test: see `AnchorClusters`), so the sets it is
            // reached through are those `anchorsOverlap` counts. Counted here, they need no read of
            // the cluster's own anchors, a heap array per cluster and a cache miss per candidate
            // (half of the clustering's samples). Sets are visited in order, so a cluster's sets
            // come in order too: a new one is one not seen last.
            anchorClusters.withUnsafeBufferPointer { anchorClusters in marks.withUnsafeMutableBufferPointer { marks in
                for (k, equivalent) in anchorEquivalents.enumerated() {
                    for anchor in equivalent {
                        let before = candidates.count
                        if let list = anchorList[anchor] { anchorClusters[list].appendCandidates(candidateRange, to: &candidates) }
                        for c in before..<candidates.count {
                            let ci = candidates[c]
                            if marks[ci].mention != mentionIndex {
                                marks[ci].mention = mentionIndex
                                marks[ci].lastSet = Int32(k)
                                marks[ci].overlap = 1
                            } else if marks[ci].lastSet != Int32(k) {
                                marks[ci].lastSet = Int32(k)
                                marks[ci].overlap += 1
                            }
                        }
                    }
                }
            } }
            // The clusters are read through their buffer, in place (none is added in this loop).
            clusters.withUnsafeBufferPointer { clusters in
                for ci in candidates {
                    // Tested once: `lastSet` is no longer needed once every candidate is gathered.
                    guard marks[ci].lastSet >= 0 else { continue }
                    marks[ci].lastSet = -1
                    // The O(1) tests (kind, level, date) go before the id set ones; all must pass.
                    let screen = marks[ci].screen
                    guard screen.kind == m.kind, screen.countryLevel == countryLevel else { continue }
                    if let d = dated, strong {
                        guard screen.compatible(start: d.start, end: d.end, slack: Self.strongDateSlack, strongOnly: true) else { continue }
                        if let day = attackDay, let days = clusters[ci].daysByDocument[doc], !days.contains(day) { continue }
                    } else if let d = dated {
                        // A publication-date stand-in only rules out the far past and future: a month either way.
                        guard screen.compatible(start: d.start, end: d.end, slack: Self.fallbackDateSlack, strongOnly: false) else { continue }
                    }
                    let overlap = Int(marks[ci].overlap)
                    assert(overlap == anchorsOverlap(anchorEquivalents, clusters[ci].anchors),
                           "anchor overlap counted while gathering candidates differs from the clusters' anchors")
                    guard overlap > 0 else { continue }
                    if countryLevel {
                        guard performers.isEmpty != screen.hasPerformers else { continue }
                    }
                    // |performers ∩ cluster's performers|, counted without building the intersection,
                    // from the few performers kept with the marks when the cluster has no more (its own
                    // array, on the heap, is a cache miss per candidate).
                    let shared = performers.isEmpty ? 0
                        : marks[ci].sharedPerformers(performers) ?? performers.sharedCount(clusters[ci].performers)
                    assert(shared == performers.sharedCount(clusters[ci].performers), "performers kept with the marks out of date")
                    assert(screen.hasPerformers == !clusters[ci].performers.isEmpty, "screen's performer flag out of date")
                    if countryLevel, !performers.isEmpty { guard shared > 0 else { continue } }
                    let score = overlap * 10 + shared
                    if best == nil || score > best!.score || (score == best!.score && ci < best!.index) { best = (score, ci) }
                }
            }
            let index: Int
            if let best { index = best.index } else {
                clusters.append(Cluster(kind: m.kind, anchors: SortedIDs(), performers: SortedIDs(), countryLevel: countryLevel))
                startedBy.append(mentionIndex)
                marks.append(CandidateMark(screen: ClusterScreen(kind: m.kind, countryLevel: countryLevel)))
                firstStrongDate.append(nil)
                index = clusters.count - 1
            }
            if let d = m.date { marks[index].screen.add(start: d.start, end: d.end, strong: strong) }
            if firstStrongDate[index] == nil, let d = m.date, strong {
                firstStrongDate[index] = (d.start.daysSinceEpoch, d.end.daysSinceEpoch)
            }
            for a in anchors where !clusters[index].anchors.contains(a) {
                if let list = anchorList[a] {
                    anchorClusters[list].insert(index, firstDate: firstStrongDate[index])
                } else {
                    anchorList[a] = anchorClusters.count
                    anchorClusters.append(AnchorClusters())
                    anchorClusters[anchorClusters.count - 1].insert(index, firstDate: firstStrongDate[index])
                }
            }
            clusters[index].anchors.formUnion(anchors)
            clusters[index].performers.formUnion(performers)
            if !performers.isEmpty {
                marks[index].screen.hasPerformers = true
                marks[index].keepPerformers(clusters[index].performers)
            }
            if let d = m.date, strong, d.precision == .day { clusters[index].daysByDocument[doc, default: []].insert(d.start) }
            clusters[index].mentions.append((m.doc, m.event))
        }
        return zip(startedBy, clusters).map { ($0, $1) }
    }

    /// Rank of a date precision when choosing an event's date: the most precise first.
    static func precisionRank(_ p: DatePrecision) -> Int {
        switch p {
        case .day: return 0
        case .week: return 1
        case .month: return 2
        case .year: return 3
        case .unknown: return 4
        }
    }

    /// One event of the held findings.
    @inline(__always)
    static func event(_ docs: UnsafeBufferPointer<HeldArticle>, _ mention: (doc: Int, event: Int)) -> HeldEvent {
        docs[mention.doc].events[mention.event]
    }

    func eventNode(_ c: Cluster, docs: UnsafeBufferPointer<HeldArticle>, nodes: [Node], slotOfRef: [Int]) -> Node {
        nodes.withUnsafeBufferPointer { nodes in eventNode(c, docs: docs, nodes: nodes, slotOfRef: slotOfRef) }
    }

    /// The event node of a cluster, its mentions' evidence made into records of the graph.
    func eventNode(_ c: Cluster, docs: UnsafeBufferPointer<HeldArticle>, nodes: UnsafeBufferPointer<Node>, slotOfRef: [Int]) -> Node {
        let mentions = c.mentions
        /// The date of a mention (the value, with its trace: it may become the node's).
        func dateOf(_ i: Int) -> EventDate? { docs[mentions[i].doc].dates[mentions[i].event] }
        // Date: from mentions that report the event as done, the most precise, then the most frequent, then the earliest.
        let done = mentions.indices.filter { i in Self.event(docs, mentions[i]).modality.isDone }
        func pick(_ ms: [Int]) -> EventDate? {
            let strong = ms.compactMap { i in Self.event(docs, mentions[i]).dateIsFallback ? nil : dateOf(i) }
            guard !strong.isEmpty else { return nil }
            // One date is its own minimum: no ISO form is needed to order it (most clusters
            // have a single dated mention).
            if strong.count == 1 { return strong[0] }
            // Each date's ISO form (a string built by interpolation) and its count are found once,
            // not at every comparison of the search below.
            let isos = strong.map(\.iso)
            var counts: [String: Int] = [:]
            for iso in isos { counts[iso, default: 0] += 1 }
            let countOf = isos.map { counts[$0]! }
            let best = strong.indices.min { a, b in
                (Self.precisionRank(strong[a].precision), -countOf[a], strong[a].start.daysSinceEpoch, isos[a])
                    < (Self.precisionRank(strong[b].precision), -countOf[b], strong[b].start.daysSinceEpoch, isos[b])
            }!
            return strong[best]
        }
        var date = pick(done) ?? pick(Array(mentions.indices))
        var fallback = false
        if date == nil,
           let f = done.compactMap({ i in Self.event(docs, mentions[i]).dateIsFallback ? dateOf(i) : nil }).min() {
            date = f; fallback = true
        }

        // One pass over the mentions.
        var modalities = Set<Modality>()
        var evidence: [Evidence] = []
        var killed: Int?, wounded: Int?
        var documentIndices: [Int] = []
        // The evidence made at its final size (the mentions' record counts), not grown by appending.
        var recordCount = 0
        for m in mentions { recordCount += Self.event(docs, m).evidence.count }
        evidence.reserveCapacity(recordCount)
        documentIndices.reserveCapacity(mentions.count)
        for m in mentions {
            let e = Self.event(docs, m)
            modalities.insert(e.modality)
            docs[m.doc].evidence.withUnsafeBufferPointer { records in tables.appendEvidence(records, e.evidence, to: &evidence) }
            if let k = e.killed { killed = max(killed ?? k, k) }
            if let w = e.wounded { wounded = max(wounded ?? w, w) }
            documentIndices.append(m.doc)
        }
        let modality: Modality = modalities.contains(.completed) ? .completed : modalities.contains(.claimed) ? .claimed
            : modalities == [.denied] ? .denied : modalities.contains(.announced) ? .announced : modalities.contains(.planned) ? .planned : .completed

        // The anchors' nodes, as slots in node id order (read in place: a node copied out of
        // the array retains its evidence, names and attributes).
        let anchorSlots = c.anchors.compactMap { slotOfRef[$0] < 0 ? nil : slotOfRef[$0] }.sorted { nodes[$0].id < nodes[$1].id }
        let anchorIDs = anchorSlots.map { nodes[$0].id }
        let firstEvidence = evidence.min(by: Evidence.lessInPlace)!
        // The date's ISO form once, for the id and the English name (an interpolated string each time).
        let dateISO = date?.iso
        let id = StableID.make(prefix: c.kind.rawValue, name: "",
                               disambiguator: [c.kind.rawValue, anchorIDs.joined(separator: ","), dateISO ?? "undated",
                                               firstEvidence.document, String(firstEvidence.start)])
        let en = anchorSlots.map { nodes[$0].nameEn ?? nodes[$0].nameAr ?? nodes[$0].id }.joined(separator: ", ")
        let ar = anchorSlots.map { nodes[$0].nameAr ?? nodes[$0].nameEn ?? nodes[$0].id }.joined(separator: "، ")
        let nameEn = (c.kind == .attack ? "Attack on " : "Withdrawal from ") + en + (dateISO.map { " (\($0))" } ?? "")
        let nameAr = (c.kind == .attack ? "هجوم على " : "انسحاب من ") + ar
        let trigger = tables.pool[Self.event(docs, mentions[0]).trigger]
        var attributes: [String: AttributeValue] = [:]
        // Room for every attribute set here and the counts `graph()` adds (see `baseNode`).
        attributes.reserveCapacity(4 + Self.countAttributes)
        attributes["trigger"] = .string(trigger)
        if let k = killed { attributes["killed"] = .int(k) }
        if let w = wounded { attributes["wounded"] = .int(w) }
        if fallback { attributes["date_fallback"] = .bool(true) }
        // The documents, sorted and distinct: the findings are sorted by document, so sorted
        // indices give sorted names, and equal names are neighbours.
        documentIndices.sort()
        var sources: [String] = []
        for d in documentIndices where sources.last != docs[d].document { sources.append(docs[d].document) }
        return Node(id: id, kind: c.kind, nameAr: nameAr, nameEn: nameEn, date: date, modality: modality,
                    attributes: attributes, sources: sources, evidence: evidence)
    }
}
