import GraphModel

extension CorpusMerger {
    /// How evidence records go from the findings into the graph's nodes and edges.
    ///
    /// A copy of a record retains its three strings (document, text, rule), and freeing the
    /// findings later releases them again: on 10,000 articles about a million records, each
    /// string's reference count a cache miss, several of them (the rule names, the document
    /// names) shared by the threads that build nodes at the same time. A move swaps the record
    /// with `Evidence.movedOut`, whose strings are empty (stored inline: nothing to count or free).
    enum EvidenceTransfer {
        /// Copied: the findings stay whole (`graph()`, which can be called again).
        case copy
        /// Moved out where that saves work (see `append` and `take`), `Evidence.movedOut` or an
        /// empty array left behind (`finish()`, which frees the findings after). Only for
        /// findings no one else holds: the records are written through the buffers the merge
        /// reads them from, each by the one thread that places it.
        case move
    }

    /// Appends the records of `source` to `target`, copied or moved. Moved only when `target`
    /// is empty: the two arrays are swapped, O(1), no record read. Otherwise the records are
    /// copied in bulk: moving them one by one (each swapped with a placeholder appended to
    /// `target`) cost more in the entity nodes than the retains it saved (perf samples of
    /// `entityNodes` 282–298 → 386–460 on 10,000 articles), since an entity's records mostly
    /// share one pooled text, whose count is then in cache.
    @inline(__always)
    static func append(_ source: inout [Evidence], to target: inout [Evidence], _ transfer: EvidenceTransfer) {
        if transfer == .move, target.isEmpty { swap(&source, &target) } else { target.append(contentsOf: source) }
    }

    /// One record, copied or moved (`Evidence.movedOut` left behind).
    @inline(__always)
    static func take(_ source: inout Evidence, _ transfer: EvidenceTransfer) -> Evidence {
        guard transfer == .move else { return source }
        var taken = Evidence.movedOut
        swap(&taken, &source)
        return taken
    }
}

extension Evidence {
    /// What a moved record leaves behind in the findings: empty strings, which hold no storage,
    /// so neither leaving it nor freeing it later touches a reference count.
    @inline(__always)
    static var movedOut: Evidence { Evidence(document: "", sentence: 0, start: 0, end: 0, text: "", rule: "") }
}
