/// Dense integer ids for entity references (`k:KEY`, `p:KIND:NAME`), so that the merger's
/// sets and tables hold integers instead of Arabic strings.
///
/// A reference is looked up by its UTF-8 bytes (`ReferenceKey`): references hold no
/// combining marks, so equal references have equal bytes, and the lookup does not normalize
/// the text to NFC as `String` hashing does. Ids follow the order references were first
/// seen; nothing written depends on them (they only name things inside the merger).
struct ReferenceIDs {
    private var ids: [ReferenceKey: Int] = [:]
    /// The reference of each id.
    private(set) var references: [String] = []

    var count: Int { references.count }

    /// The id of `reference`, given a new one if it has none yet.
    @discardableResult
    mutating func insert(_ reference: String) -> Int {
        if let id = ids[ReferenceKey(reference)] { return id }
        let id = references.count
        ids[ReferenceKey(reference)] = id
        references.append(reference)
        return id
    }

    /// The id of `reference`, or nil if it was never inserted.
    func id(_ reference: String) -> Int? { ids[ReferenceKey(reference)] }
}
