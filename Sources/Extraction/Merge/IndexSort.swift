import GraphModel

/// Sorting arrays of large values (evidence records, nodes, edges) without copying them.
///
/// The standard library's sort hands elements to the comparison as arguments, and a struct
/// read out of the array to be passed to an opaque closure is copied: every string it holds
/// is retained and later released. On the merged graph of a large corpus that was most of
/// the cost of sorting. Here the comparison is given the buffer and two positions and reads
/// only the fields it compares, in place; an array of indices is sorted instead of the
/// values, and the values are then moved into place along the permutation's cycles, with
/// swaps in the buffer (moves, not copies).
///
/// Cost: n - 1 comparisons when the array is already in order (checked first: evidence and
/// sources mostly arrive in document order), otherwise O(n log n) comparisons on indices
/// plus O(n) swaps. The standard sort is stable, and so is this one (ties keep their order),
/// so the result is the one `sort(by:)` gives with the same comparison.
enum IndexSort {
    /// `less(buffer, i, j)`: whether the element at i goes before the one at j. Returns the
    /// permutation applied (position k now holds what was at `order[k]`), nil when the array
    /// was in order already.
    @discardableResult
    static func sort<T>(_ array: inout [T], by less: (UnsafeBufferPointer<T>, Int, Int) -> Bool) -> [Int]? {
        let n = array.count
        guard n > 1 else { return nil }
        let order: [Int]? = array.withUnsafeBufferPointer { values in
            var sorted = true
            for i in 1..<n where less(values, i, i - 1) { sorted = false; break }
            if sorted { return nil }
            var order = Array(0..<n)
            order.sort { less(values, $0, $1) }
            return order
        }
        guard let order else { return nil }
        array.withUnsafeMutableBufferPointer { apply(order, to: $0) }
        assert(array.withUnsafeBufferPointer { b in (1..<n).allSatisfy { !less(b, $0, $0 - 1) } }, "IndexSort left the array out of order")
        return order
    }

    /// Sorts `array` by `keys` (one per element, in the same order; equal keys keep their
    /// order), reading only the keys: for values whose order is that of an integer they carry
    /// (an edge id made of a 64-bit hash), the comparisons then touch no value at all.
    /// Returns the permutation applied (position k now holds what was at `order[k]`).
    @discardableResult
    static func sort<T>(_ array: inout [T], keys: [UInt64]) -> [Int] {
        precondition(keys.count == array.count, "one key per element")
        var order = Array(array.indices)
        guard array.count > 1 else { return order }
        keys.withUnsafeBufferPointer { keys in order.sort { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) } }
        array.withUnsafeMutableBufferPointer { apply(order, to: $0) }
        return order
    }

    /// Rearranges `buffer` so that position k holds what was at `order[k]` (a permutation),
    /// one cycle at a time: O(n) swaps, each a move of two values.
    static func apply<T>(_ order: [Int], to buffer: UnsafeMutableBufferPointer<T>) {
        var placed = [Bool](repeating: false, count: order.count)
        for start in order.indices where !placed[start] {
            var k = start
            while true {
                placed[k] = true
                let from = order[k]
                if from == start { break }
                // Before the swap, position `from` holds its original value; after it, the
                // value carried along the cycle (the original of `start`) waits there.
                buffer.swapAt(k, from)
                k = from
            }
        }
    }
}

extension Evidence {
    /// `<` (document, sentence, start, end, rule, text), comparing fields in place rather than
    /// through tuples of copies.
    @inline(__always)
    static func lessInPlace(_ a: Evidence, _ b: Evidence) -> Bool {
        if a.document != b.document { return a.document < b.document }
        if a.sentence != b.sentence { return a.sentence < b.sentence }
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.text < b.text
    }
}
