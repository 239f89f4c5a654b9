import GraphModel

extension CorpusMerger {
    /// Held evidence rows read as the graph's `Evidence` values, one by one: the sequence
    /// `HeldTables.appendEvidence` appends.
    ///
    /// Why a sequence: `Array.append(contentsOf:)` of a sequence whose `underestimatedCount`
    /// is its exact count reserves once and then initializes the array's free capacity from
    /// the iterator directly, so each record costs its making and one store; `append` of one
    /// record at a time checked the array's uniqueness and capacity again for every record
    /// (about 1.7 million records for the 10,000-article corpus). It holds only pointers (the
    /// rows and the pool's strings, both alive for the call), so nothing is retained to make it.
    struct GraphRecords: Sequence, IteratorProtocol {
        private var row: UnsafePointer<HeldEvidence>?
        private let end: UnsafePointer<HeldEvidence>?
        private let strings: UnsafeBufferPointer<String>

        init(_ rows: UnsafeBufferPointer<HeldEvidence>, strings: UnsafeBufferPointer<String>) {
            row = rows.baseAddress
            end = rows.baseAddress.map { $0 + rows.count }
            self.strings = strings
        }

        /// Exact: `append(contentsOf:)` then writes every record into capacity it reserved.
        var underestimatedCount: Int {
            guard let row, let end else { return 0 }
            return end - row
        }

        @inline(__always)
        mutating func next() -> Evidence? {
            guard let current = row, current != end else { return nil }
            row = current + 1
            let h = current.pointee
            return Evidence(document: h.document.string(strings), sentence: h.sentence, start: h.start, end: h.end,
                            text: h.text.string(strings), rule: h.rule.string(strings))
        }
    }
}
