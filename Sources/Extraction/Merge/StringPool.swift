import GraphModel

/// One shared copy of each distinct string: evidence of the whole corpus repeats the same
/// rule names ("event.attack.target") and the same surfaces ("قاعدة عين الأسد") thousands of
/// times, and a String longer than 15 UTF-8 bytes is a heap allocation of its own.
///
/// Strings are bucketed by the 64-bit FNV-1a hash of their UTF-8 bytes (`ArabicFolding.key`)
/// and compared byte for byte, so neither Unicode normalization (what String's own hashing
/// and == do) nor a hash collision can merge two different strings: the pooled copy has the
/// same bytes as the one it replaces. Cost: O(bytes) per string.
struct StringPool {
    private var buckets: [UInt64: [String]] = [:]

    mutating func intern(_ s: String) -> String {
        // Small strings are stored inline in the String value: nothing to share.
        guard s.utf8.count > 15 else { return s }
        let key = ArabicFolding.key(Substring(s))
        if let found = buckets[key]?.first(where: { $0.utf8.elementsEqual(s.utf8) }) { return found }
        buckets[key, default: []].append(s)
        return s
    }

    mutating func intern(_ e: inout Evidence) {
        e.text = intern(e.text)
        e.rule = intern(e.rule)
    }
}
