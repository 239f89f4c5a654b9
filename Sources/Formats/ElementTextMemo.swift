/// Text that writers format from an element's long lists (sources, evidence), kept across
/// writes of graphs that share their elements.
///
/// `eventgraph slices` writes every slice of one graph in CSV and GEXF. The standing
/// relations and the entities they join are in every slice, and their sources and evidence
/// are nearly all of each file's bytes: formatting, escaping and quoting them again for each
/// slice was most of the command's time. A memo formats each element's text once.
///
/// Contract: every graph written with one memo must give each node id, and each edge id,
/// the same sources and evidence (true of the slices of one graph, whose elements are copies
/// of the graph's, with only node attributes added). Debug builds check each reuse against
/// a fresh formatting.
public final class ElementTextMemo {
    /// Which text of an element: each writer's form of each list.
    enum Slot: UInt8 {
        case csvNodeSources, csvNodeEvidence, csvEdgeSources, csvEdgeEvidence
        case gexfNodeSources, gexfNodeEvidence, gexfEdgeSources, gexfEdgeEvidence
    }

    private struct Key: Hashable {
        let slot: Slot
        let id: String
    }

    private var texts: [Key: String] = [:]

    public init() {}

    /// The text of `slot` for element `id`, made by `make` the first time.
    func text(_ slot: Slot, _ id: String, make: () -> String) -> String {
        let key = Key(slot: slot, id: id)
        if let known = texts[key] {
            assert(known == make(), "ElementTextMemo: element \(id) changed its \(slot) between writes")
            return known
        }
        let made = make()
        texts[key] = made
        return made
    }
}
