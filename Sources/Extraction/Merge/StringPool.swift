import Foundation
import GraphModel

/// One shared copy of each distinct string, named by a dense id: evidence of the whole corpus
/// repeats the same rule names ("event.attack.target") and the same surfaces ("قاعدة عين الأسد")
/// thousands of times, and a String longer than 15 UTF-8 bytes is a heap allocation of its own.
/// The held findings (`CorpusMerger.HeldArticle`) keep ids, plain integers (small strings are
/// kept as they are: `HeldString`), so that freeing them releases nothing; the graph gets the
/// pooled strings (`subscript`).
///
/// Strings are found by their bytes in a `ByteKeyIDs` table (hash, id and the position of a
/// copy of the key's bytes per slot: a lookup reads the slot and the copied bytes, not the
/// pooled string), so neither Unicode normalization (what String's own hashing and == do) nor
/// a hash collision can merge two different strings: the pooled copy has the same bytes as the
/// one it stands for. A small string (15 UTF-8 bytes or fewer, stored in the String value
/// itself) is hashed and compared by its two words, which are its bytes, its count and an ASCII
/// flag derived from them: equal words exactly when equal bytes (any other string, a short one
/// kept in heap storage too, by its UTF-8 bytes: it may then be pooled twice under two ids,
/// each with the same bytes, which only costs the sharing). Cost: O(bytes) per string, with no
/// allocation unless the string is new.
///
/// The last few strings looked up are remembered by their two words as stored (`StringWords`):
/// rule names of the entity rules, relation names and the document name are the same storage
/// (or the same inline small string) record after record, so most of them are recognised
/// without hashing their bytes. Equal words are equal bytes: a string's words are its bytes
/// when it is small, and its storage's address otherwise, which cannot be reused while the
/// remembered string (kept here) holds it.
struct StringPool {
    private var table = ByteKeyIDs(log2Capacity: 10)
    /// `StringWords.smallFormIsKnown`, read once: without it no string is keyed by its words.
    private let wordsAreBytes = StringWords.smallFormIsKnown
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

    // MARK: looking up many strings at once

    /// The hash under which `s` is pooled by its bytes (`id(_:bytesHash:)`), or 0 when `s` is
    /// a small string, keyed by its words (and kept as words by `HeldTables.hold`).
    @inline(__always)
    func bytesHash(_ s: String) -> UInt64 {
        if wordsAreBytes && StringWords(s).isSmall { return 0 }
        return UTF8Bytes.with(s) { ByteHash.hash($0) }
    }

    /// Reads the memory a lookup of a string of hash `h` (`bytesHash`) reads first, its home
    /// slot, and gives a word of it (to be kept, so the read is not left out). See `HeldArticle.init`.
    @inline(__always)
    func touchSlot(_ h: UInt64) -> UInt64 { table.touchSlot(h) }

    /// Reads the key bytes a lookup of hash `h` compares first (after `touchSlot`).
    @inline(__always)
    func touchKey(_ h: UInt64) -> UInt64 { table.touchKey(h) }

    /// The id of `s`, whose `bytesHash` is `h` (not 0), given a new one if it has none yet: the
    /// id `id(_:)` gives, without hashing `s` again.
    @inline(__always)
    mutating func id(_ s: String, bytesHash h: UInt64) -> Int32 {
        assert(h != 0 && h == bytesHash(s), "not the string's bytes hash")
        return UTF8Bytes.with(s) { bytes in id(s, bytes, hash: h) }
    }

    @inline(__always)
    private mutating func id(_ s: String, _ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32 {
        let (found, free) = table.find(bytes: bytes, hash: h)
        if found >= 0 {
            assert(Array(strings[Int(found)].utf8) == Array(bytes), "pooled string with other bytes")
            return found
        }
        let id = newID(s)
        table.insert(bytes: bytes, hash: h, id: id, at: free)
        return id
    }

    private mutating func idByBytes(_ s: String) -> Int32 {
        let words = StringWords(s)
        if wordsAreBytes && words.isSmall {
            let h = ByteHash.hash(words)
            let (found, free) = table.find(words: words, hash: h)
            if found >= 0 {
                assert(Array(strings[Int(found)].utf8) == Array(s.utf8), "pooled string with other bytes")
                return found
            }
            let id = newID(s)
            table.insert(words: words, hash: h, id: id, at: free)
            return id
        }
        return UTF8Bytes.with(s) { bytes in id(s, bytes, hash: ByteHash.hash(bytes)) }
    }

    /// Pools `s` under the next id.
    @inline(__always)
    private mutating func newID(_ s: String) -> Int32 {
        precondition(strings.count < Int(Int32.max), "more distinct strings than the pool's ids can number")
        strings.append(s)
        return Int32(strings.count - 1)
    }
}
