import GraphModel

/// Text that writers format from an element's long lists (sources, evidence), kept across
/// writes of graphs that share their elements.
///
/// `eventgraph slices` writes every slice of one graph in CSV and GEXF. The standing
/// relations and the entities they join are in every slice, and their sources and evidence
/// are nearly all of each file's bytes: formatting, escaping and quoting them again for each
/// slice was most of the command's time. A memo formats each element's text once.
///
/// A kept text is reused only when the element has the same lists it was made with (checked
/// on every reuse, in release builds too): the slices of one graph hold copies of the graph's
/// lists, which share their storage, so the check is a comparison of two storage addresses;
/// a graph that gives an id other sources or evidence gets its text made again. So a memo
/// shared between unrelated graphs costs time, never a wrong file. Debug builds also check
/// each reuse against a fresh formatting.
public final class ElementTextMemo {
    /// Which text of an element: each writer's form of each list.
    enum Slot: UInt8 {
        case csvNodeSources, csvNodeEvidence, csvEdgeSources, csvEdgeEvidence
        case gexfNodeSources, gexfNodeEvidence, gexfEdgeSources, gexfEdgeEvidence

        /// Whether the slot's text is made from the element's sources (else its evidence).
        var isSources: Bool {
            switch self {
            case .csvNodeSources, .csvEdgeSources, .gexfNodeSources, .gexfEdgeSources: true
            default: false
            }
        }
    }

    private struct Key: Hashable {
        let slot: Slot
        let id: String
    }

    /// A kept text and the element's lists it was made with.
    private struct Kept {
        let sources: [String]
        let evidence: [Evidence]
        let text: String
    }

    private var kept: [Key: Kept] = [:]
    /// How many texts were reused rather than made (for tests).
    private(set) var reuses = 0

    public init() {}

    /// The text of `slot` for element `id` with these lists, made by `make` when not kept for
    /// the same lists. Both lists are given (though a slot's text is made from one) so that
    /// callers pass the element's lists, never a choice of them.
    func text(_ slot: Slot, _ id: String, sources: [String], evidence: [Evidence], make: () -> String) -> String {
        let key = Key(slot: slot, id: id)
        // `==` of arrays sharing their storage answers without reading the elements.
        if let known = kept[key], known.sources == sources, known.evidence == evidence {
            assert(known.text == make(), "ElementTextMemo: element \(id)'s \(slot) text differs for the same lists")
            reuses += 1
            return known.text
        }
        let made = make()
        kept[key] = Kept(sources: sources, evidence: evidence, text: made)
        return made
    }
}
