import Foundation
import GraphModel

/// One shared copy of each distinct string: evidence of the whole corpus repeats the same
/// rule names ("event.attack.target") and the same surfaces ("قاعدة عين الأسد") thousands of
/// times, and a String longer than 15 UTF-8 bytes is a heap allocation of its own.
///
/// Strings are found by their UTF-8 bytes in a `ByteKeyTable` whose values are the pooled
/// strings themselves (hash and string in one slot), so neither Unicode normalization (what
/// String's own hashing and == do) nor a hash collision can merge two different strings: the
/// pooled copy has the same bytes as the one it replaces. Cost: O(bytes) per string, with no
/// allocation unless the string is new.
struct StringPool {
    private var table = ByteKeyTable<String>(log2Capacity: 10, empty: "")

    mutating func intern(_ s: String) -> String {
        var s = s
        intern(&s)
        return s
    }

    /// Replaces `s` by its pooled copy, or pools it. Written in place, and only when a pooled
    /// copy replaces it: `s = intern(s)` retained a string the pool had just taken (or that
    /// stays in place) and released the one it replaced, two atomic operations for nothing.
    @inline(__always)
    mutating func intern(_ s: inout String) {
        // Small strings are stored inline in the String value: nothing to share.
        guard s.utf8.count > 15 else { return }
        let (h, found, free): (UInt64, String?, Int) = UTF8Bytes.with(s) { bytes in
            let h = ByteHash.hash(bytes)
            let (found, free) = table.find(hash: h) { stored in UTF8Bytes.with(stored) { ByteHash.equal($0, bytes) } }
            return (h, found, free)
        }
        if let found { s = found } else { table.insert(s, hash: h, at: free) }
    }

    @inline(__always)
    mutating func intern(_ e: inout Evidence) {
        intern(&e.text)
        intern(&e.rule)
    }

    /// Every record of `evidence`, through its buffer: one uniqueness check for the array,
    /// not one per record as `evidence[j]` written in place needs.
    @inline(__always)
    mutating func intern(_ evidence: inout [Evidence]) {
        evidence.withUnsafeMutableBufferPointer { records in
            for j in records.indices { intern(&records[j]) }
        }
    }
}
