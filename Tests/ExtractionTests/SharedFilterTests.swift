import Testing
@testable import Extraction

/// `filterSharingStorage` is `filter`: the same elements in the same order, the predicate asked
/// once per element in order, and the array's own storage handed back when all are kept.
struct SharedFilterTests {
    @Test func agreesWithFilter() {
        // Every array of up to five elements over 0..<4 (1,365 arrays), each cut at every value.
        for length in 0...5 {
            for code in 0..<(1 << (2 * length)) {
                let values = (0..<length).map { (code >> (2 * $0)) & 3 }
                for cut in 0..<5 {
                    var asked: [Int] = [], askedByFilter: [Int] = []
                    let shared = values.filterSharingStorage { asked.append($0); return $0 >= cut }
                    let filtered = values.filter { askedByFilter.append($0); return $0 >= cut }
                    #expect(shared == filtered)
                    #expect(asked == askedByFilter)
                }
            }
        }
    }

    @Test func keepsTheStorageWhenNothingIsDropped() {
        let values = [3, 1, 4, 1, 5, 9, 2, 6]
        let all = values.filterSharingStorage { _ in true }
        let some = values.filterSharingStorage { $0 != 1 }
        values.withUnsafeBufferPointer { original in
            all.withUnsafeBufferPointer { #expect($0.baseAddress == original.baseAddress) }
            some.withUnsafeBufferPointer { #expect($0.baseAddress != original.baseAddress) }
        }
        #expect(some == [3, 4, 5, 9, 2, 6])
        #expect(values.filterSharingStorage { _ in false }.isEmpty)
    }
}
