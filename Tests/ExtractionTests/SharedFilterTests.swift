import Testing
@testable import Extraction

/// `filterSharingStorage` is `filter`: the same elements in the same order, the predicate asked
/// once per element in order, and the array's own storage handed back when all are kept.
struct SharedFilterTests {
    @Test func agreesWithFilter() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<12 {
            for _ in 0..<40 {
                let values = (0..<length).map { _ in Int.random(in: 0..<6, using: &generator) }
                for cut in 0..<6 {
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
