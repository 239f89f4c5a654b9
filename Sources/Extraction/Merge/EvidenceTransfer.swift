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
        /// Moved out, `Evidence.movedOut` left behind (`finish()`, which frees the findings
        /// after). Only for findings no one else holds: the records are written through the
        /// buffers the merge reads them from, each by the one thread that places it.
        case move
    }

    /// Appends the records of `source` to `target`, copied or moved. Moved: when `target` is
    /// empty the two arrays are swapped (O(1)); otherwise each record is swapped with a
    /// placeholder appended to `target`. (`source`'s buffer is left to be freed with the rest
    /// of the findings, on another thread: freeing it here, while the graph grows, lowered the
    /// peak by 35 MB on 10,000 articles but cost 0.2–0.3 s of CPU in the merge.)
    @inline(__always)
    static func append(_ source: inout [Evidence], to target: inout [Evidence], _ transfer: EvidenceTransfer) {
        guard transfer == .move else { target.append(contentsOf: source); return }
        if target.isEmpty { swap(&source, &target); return }
        let start = target.count, n = source.count
        guard n > 0 else { return }
        target.append(contentsOf: repeatElement(Evidence.movedOut, count: n))
        target.withUnsafeMutableBufferPointer { t in
            source.withUnsafeMutableBufferPointer { s in
                for k in 0..<n { swap(&t[start + k], &s[k]) }
            }
        }
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
