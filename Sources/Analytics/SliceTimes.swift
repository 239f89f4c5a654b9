import GraphModel

/// The time facts of a graph that slicing and the dynamic GEXF need: which nodes are
/// events and when, which edges are dated contacts, and from when each standing relation
/// and each entity is supported by dated evidence.
///
/// Computed once in O(N + E + R) where R is the number of evidence records.
public struct SliceTimes: Sendable {
    /// How an edge behaves through time.
    public enum EdgeTiming: Sendable, Equatable {
        /// Touches an event: present exactly when its event(s) are.
        case eventRole
        /// A dated edge that is not one of our entity relations (for example a row of an
        /// imported, dated edge list): placed in time like an event.
        case datedContact(EventDate)
        /// An entity relation (or an undated edge between entities): a standing state.
        case standingRelation
    }

    /// Events: nodes of kind attack/withdrawal, or of no kind but with a date.
    public let eventIDs: Set<String>
    public let edgeTiming: [String: EdgeTiming]
    /// For standing relations: the first day on which dated evidence certainly supports
    /// them (see `supportDay`); absent when nothing dated supports them.
    public let relationSupport: [String: Day]
    /// For entities (non-event nodes): the first day of the first event, contact or
    /// supported relation that touches them; absent when none is dated.
    public let entityFirstDay: [String: Day]

    public static func isEvent(_ node: Node) -> Bool { node.kind?.isEvent ?? (node.date != nil) }

    /// Planned and announced events have not happened at their date (yet): they never
    /// count as done, and their dates do not date the article reporting them.
    public static func isPlanned(_ node: Node) -> Bool { node.modality == .planned || node.modality == .announced }

    public init(_ g: EventGraph) {
        let events = Set(g.nodes.filter(SliceTimes.isEvent).map(\.id))
        eventIDs = events

        // The latest done event reported in each sentence and each document: an article
        // cannot state something before the events it reports had happened, so that day
        // is the earliest the statement can be dated.
        var sentenceLatest: [SentenceKey: Day] = [:]
        var documentLatest: [String: Day] = [:]
        for n in g.nodes where events.contains(n.id) && !SliceTimes.isPlanned(n) {
            guard let d = n.date?.end else { continue }
            for r in n.evidence {
                let k = SentenceKey(document: r.document, sentence: r.sentence)
                sentenceLatest[k] = max(sentenceLatest[k] ?? d, d)
            }
            for doc in Set(n.evidence.map(\.document) + n.sources) {
                documentLatest[doc] = max(documentLatest[doc] ?? d, d)
            }
        }

        var timing: [String: EdgeTiming] = [:]
        var support: [String: Day] = [:]
        var first: [String: Day] = [:]
        func touch(_ id: String, _ d: Day) {
            if !events.contains(id) { first[id] = min(first[id] ?? d, d) }
        }
        for e in g.edges {
            if events.contains(e.source) || events.contains(e.target) {
                timing[e.id] = .eventRole
                let eventEnd = events.contains(e.source) ? e.source : e.target
                if let d = g.node(eventEnd)?.date?.start {
                    touch(e.source, d); touch(e.target, d)
                }
            } else if let d = e.date, !e.relation.isEntityRelation {
                timing[e.id] = .datedContact(d)
                touch(e.source, d.start); touch(e.target, d.start)
            } else {
                timing[e.id] = .standingRelation
                if let d = SliceTimes.supportDay(e, sentenceLatest: sentenceLatest, documentLatest: documentLatest) {
                    support[e.id] = d
                    touch(e.source, d); touch(e.target, d)
                }
            }
        }
        edgeTiming = timing
        relationSupport = support
        entityFirstDay = first
    }

    /// The first day dated evidence certainly supports a standing relation:
    /// its own date's last day if it has one; otherwise, over its evidence records, the
    /// earliest of (latest done event in the same sentence, else in the same document);
    /// documents named only in `sources` count as a whole-document record.
    static func supportDay(_ e: Edge, sentenceLatest: [SentenceKey: Day], documentLatest: [String: Day]) -> Day? {
        if let d = e.date { return d.end }
        var best: Day?
        func offer(_ d: Day?) { if let d { best = min(best ?? d, d) } }
        for r in e.evidence {
            offer(sentenceLatest[SentenceKey(document: r.document, sentence: r.sentence)] ?? documentLatest[r.document])
        }
        let evidenced = Set(e.evidence.map(\.document))
        for doc in e.sources where !evidenced.contains(doc) { offer(documentLatest[doc]) }
        return best
    }

    struct SentenceKey: Hashable {
        let document: String
        let sentence: Int
    }
}
