/// `filter` that hands back the array itself when it keeps every element.
///
/// Why: the date rules of `extractEvents` narrow a trigger's candidate dates through a chain of
/// six filters (`ownDates`, the clause's dates, `datesNotAhead`, `datesNotOfStatements`, ...), and
/// nearly always each keeps all it is given (one or two dates). `filter` allocates a new array at
/// every step, even an identical one; returning `self` then costs a retain. The result is the
/// same elements in the same order as `filter(isIncluded)`, and the predicate is called once per
/// element, in order, as `filter` calls it. O(count).
extension Array {
    func filterSharingStorage(_ isIncluded: (Element) throws -> Bool) rethrows -> [Element] {
        var firstDropped = startIndex
        while firstDropped < endIndex, try isIncluded(self[firstDropped]) { firstDropped += 1 }
        guard firstDropped < endIndex else { return self }
        var kept = [Element]()
        kept.reserveCapacity(count - 1)
        kept.append(contentsOf: self[..<firstDropped])
        for element in self[(firstDropped + 1)...] where try isIncluded(element) { kept.append(element) }
        return kept
    }
}
