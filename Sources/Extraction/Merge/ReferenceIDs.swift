import Foundation
import GraphModel

/// Dense integer ids for entity references (`k:KEY`, `p:KIND:NAME`), so that the merger's
/// sets and tables hold integers instead of Arabic strings.
///
/// A reference is found by its UTF-8 bytes: references hold no combining marks, so equal
/// references have equal bytes, and the lookup does not normalize the text to NFC as `String`
/// hashing and `==` do. Every role, relation and entity of every article is looked up once
/// (`CorpusMerger.add`), in a `ByteKeyTable` whose values are the ids (hash and id in one
/// slot), the bytes compared with those of `references[id]` on a hash match. O(bytes) per lookup.
///
/// Ids follow the order references were first seen; nothing written depends on them (they
/// only name things inside the merger).
struct ReferenceIDs {
    private var table = ByteKeyTable<Int>(log2Capacity: 8, empty: -1)
    /// The reference of each id.
    private(set) var references: [String] = []

    var count: Int { references.count }

    /// The id of `reference`, given a new one if it has none yet.
    @discardableResult
    mutating func insert(_ reference: String) -> Int {
        let (h, found, free) = UTF8Bytes.with(reference) { bytes in
            let h = ByteHash.hash(bytes)
            let (found, free) = lookup(bytes, hash: h)
            return (h, found, free)
        }
        if let found { return found }
        let id = references.count
        references.append(reference)
        table.insert(id, hash: h, at: free)
        return id
    }

    /// The id of `reference`, or nil if it was never inserted.
    func id(_ reference: String) -> Int? {
        UTF8Bytes.with(reference) { bytes in lookup(bytes, hash: ByteHash.hash(bytes)).found }
    }

    @inline(__always)
    private func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (found: Int?, free: Int) {
        references.withUnsafeBufferPointer { references in
            table.find(hash: h) { id in UTF8Bytes.with(references[id]) { ByteHash.equal($0, bytes) } }
        }
    }
}
