/// A set of integer ids kept as a sorted array without duplicates.
///
/// Clustering tests every candidate cluster's anchors and performers against a mention's: a
/// handful of ids each, tested hundreds of thousands of times on a large corpus. As `Set<Int>`
/// every test hashed each id (SipHash) and probed a separate heap table; sorted arrays are
/// compared by a merge over contiguous memory, O(m + n) with m and n the (small) sizes, and
/// their iteration order is fixed. `contains` is a linear scan below 16 ids, a binary search above.
struct SortedIDs: Equatable, Sequence {
    private(set) var ids: [Int] = []

    init() {}

    init<S: Sequence>(_ elements: S) where S.Element == Int {
        // Sorted in place: an array handed over with no other owner is not copied (`sorted()` made a second one).
        ids = Array(elements)
        ids.sort()
        var distinct = 0
        for i in ids.indices where distinct == 0 || ids[distinct - 1] != ids[i] {
            ids[distinct] = ids[i]
            distinct += 1
        }
        ids.removeLast(ids.count - distinct)
        checkInvariants()
    }

    /// Debug builds: the ids strictly increase. `contains`, `intersects`, `sharedCount` and
    /// `formUnion` are merges and searches that give wrong answers, silently, on any other order.
    @inline(__always)
    private func checkInvariants() {
        assert(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }, "SortedIDs: ids not strictly increasing")
    }

    var isEmpty: Bool { ids.isEmpty }
    var count: Int { ids.count }
    func makeIterator() -> IndexingIterator<[Int]> { ids.makeIterator() }

    func contains(_ x: Int) -> Bool {
        if ids.count < 16 {
            for id in ids { if id >= x { return id == x } }
            return false
        }
        var (lo, hi) = (0, ids.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if ids[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < ids.count && ids[lo] == x
    }

    /// Whether the two share an id (`!Set.isDisjoint(with:)`).
    func intersects(_ other: SortedIDs) -> Bool {
        var (i, j) = (0, 0)
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] { return true }
            if ids[i] < other.ids[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// How many ids the two share (`Set.intersection(_:).count`).
    func sharedCount(_ other: SortedIDs) -> Int {
        var (i, j, n) = (0, 0, 0)
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] { n += 1; i += 1; j += 1 } else if ids[i] < other.ids[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    mutating func formUnion(_ other: SortedIDs) {
        if other.ids.isEmpty { return }
        if ids.isEmpty { ids = other.ids; return }
        var merged: [Int] = []
        merged.reserveCapacity(ids.count + other.ids.count)
        var (i, j) = (0, 0)
        while i < ids.count || j < other.ids.count {
            if j == other.ids.count || (i < ids.count && ids[i] < other.ids[j]) { merged.append(ids[i]); i += 1 }
            else if i == ids.count || other.ids[j] < ids[i] { merged.append(other.ids[j]); j += 1 }
            else { merged.append(ids[i]); i += 1; j += 1 }
        }
        ids = merged
        checkInvariants()
    }
}
