import Foundation
import GraphModel

/// One shared copy of each distinct string, named by a dense id: evidence of the whole corpus
/// repeats the same rule names ("event.attack.target") and the same surfaces ("قاعدة عين الأسد")
/// thousands of times, and a String longer than 15 UTF-8 bytes is a heap allocation of its own.
/// The held findings (`CorpusMerger.HeldArticle`) keep ids, plain integers (small strings are
/// kept as they are: `HeldString`), so that freeing them releases nothing; the graph gets the
/// pooled strings (`subscript`).
///
/// Strings are found by their UTF-8 bytes in a `ByteKeyTable` whose slots hold the hash, the
/// pooled string and its id (one cache line: the string compared on a hash match is read from
/// the slot, not from `strings`, which would be a second cache miss per lookup), so neither
/// Unicode normalization (what String's own hashing and == do) nor a hash collision can merge
/// two different strings: the pooled copy has the same bytes as the one it stands for. A small
/// string (15 UTF-8 bytes or fewer, stored in the String value itself) is hashed and compared
/// by its two words, which are its bytes, its count and an ASCII flag derived from them: equal
/// words exactly when equal bytes (a short string kept in heap storage has its storage's address
/// for words instead: it may then be pooled twice under two ids, each with the same bytes, which
/// only costs the sharing). Cost: O(bytes) per string, with no allocation unless the
/// string is new.
///
/// The last few strings looked up are remembered by their two words as stored (`StringWords`):
/// rule names of the entity rules, relation names and the document name are the same storage
/// (or the same inline small string) record after record, so most of them are recognised
/// without hashing their bytes. Equal words are equal bytes: a string's words are its bytes
/// when it is small, and its storage's address otherwise, which cannot be reused while the
/// remembered string (kept here) holds it.
struct StringPool {
    private struct Entry {
        var string: String
        var id: Int32
    }
    private var table = ByteKeyTable<Entry>(log2Capacity: 10, empty: Entry(string: "", id: -1))
    /// The string of each id.
    private(set) var strings: [String] = []
    /// Recently looked-up strings, by their words (see above), in three parallel arrays: the
    /// scan reads the words and ids only, plain values (a scan over tuples holding the strings
    /// copied each one out, a retain and a release per entry). `recentNext` is the slot to replace.
    private var recentWords: [StringWords] = []
    private var recentIDs: [Int32] = []
    /// Keeps each remembered string's storage alive, so its words cannot name another string.
    private var recentStrings: [String] = []
    private var recentNext = 0
    private static let recentLimit = 8

    var count: Int { strings.count }

    @inline(__always)
    subscript(id: Int32) -> String { strings[Int(id)] }

    /// The pooled copy of `s` (pooling it when new).
    mutating func intern(_ s: String) -> String { strings[Int(id(s))] }

    /// The id of `s`, given a new one if it has none yet.
    @inline(__always)
    mutating func id(_ s: String) -> Int32 {
        let words = StringWords(s)
        let remembered = recentWords.withUnsafeBufferPointer { recent in recent.firstIndex(of: words) }
        if let r = remembered {
            assert(Array(strings[Int(recentIDs[r])].utf8) == Array(s.utf8), "remembered words name another string")
            return recentIDs[r]
        }
        let id = idByBytes(s)
        if recentWords.count < Self.recentLimit {
            recentWords.append(words); recentIDs.append(id); recentStrings.append(s)
        } else {
            recentWords[recentNext] = words; recentIDs[recentNext] = id; recentStrings[recentNext] = s
            recentNext = (recentNext + 1) % Self.recentLimit
        }
        return id
    }

    private mutating func idByBytes(_ s: String) -> Int32 {
        let (h, found, free): (UInt64, Int32?, Int)
        if s.utf8.count <= 15 {
            let words = StringWords(s)
            h = ByteHash.hash(words)
            let (entry, slot) = table.find(hash: h) { StringWords($0.string) == words }
            (found, free) = (entry?.id, slot)
        } else {
            (h, found, free) = UTF8Bytes.with(s) { bytes in
                let h = ByteHash.hash(bytes)
                let (entry, free) = table.find(hash: h) { entry in UTF8Bytes.with(entry.string) { ByteHash.equal($0, bytes) } }
                return (h, entry?.id, free)
            }
        }
        assert(found.map { Array(strings[Int($0)].utf8) == Array(s.utf8) } ?? true, "pooled string with other bytes")
        if let found { return found }
        precondition(strings.count < Int(Int32.max), "more distinct strings than the pool's ids can number")
        let id = Int32(strings.count)
        strings.append(s)
        table.insert(Entry(string: s, id: id), hash: h, at: free)
        return id
    }
}
