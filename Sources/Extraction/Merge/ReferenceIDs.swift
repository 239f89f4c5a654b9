import Foundation
import GraphModel

/// Dense integer ids for entity references (`k:KEY`, `p:KIND:NAME`), so that the merger's
/// sets and tables hold integers instead of Arabic strings.
///
/// A reference is found by its UTF-8 bytes: references hold no combining marks, so equal
/// references have equal bytes, and the lookup does not normalize the text to NFC as `String`
/// hashing and `==` do. Every role, relation and entity of every article is looked up once
/// (`CorpusMerger.add`), in a `ByteKeyIDs` table (hash, id and the position of a copy of the
/// reference's bytes in one slot): a lookup compares with that copy on a hash match and reads
/// nothing of `references`, so it retains no string. O(bytes) per lookup.
///
/// Ids follow the order references were first seen; nothing written depends on them (they
/// only name things inside the merger).
struct ReferenceIDs {
    private var table = ByteKeyIDs(log2Capacity: 8)
    /// The reference of each id.
    private(set) var references: [String] = []

    var count: Int { references.count }

    /// The id of `reference`, given a new one if it has none yet.
    @discardableResult
    mutating func insert(_ reference: String) -> Int {
        UTF8Bytes.with(reference) { bytes in
            let h = ByteHash.hash(bytes)
            let (found, free) = table.find(bytes: bytes, hash: h)
            if found >= 0 {
                assert(Array(references[Int(found)].utf8) == Array(bytes), "reference id of other bytes")
                return Int(found)
            }
            precondition(references.count < Int(Int32.max), "more distinct references than the table's ids can number")
            let id = references.count
            references.append(reference)
            table.insert(bytes: bytes, hash: h, id: Int32(id), at: free)
            return id
        }
    }

    /// The id of `reference`, or nil if it was never inserted.
    func id(_ reference: String) -> Int? {
        UTF8Bytes.with(reference) { bytes in
            let found = table.find(bytes: bytes, hash: ByteHash.hash(bytes)).id
            return found < 0 ? nil : Int(found)
        }
    }
}
