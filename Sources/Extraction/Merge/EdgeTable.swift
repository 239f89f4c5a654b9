import GraphModel

/// The slot of each edge of the merged graph, found by its two end slots and its relation's
/// number (`RelationNumbers`).
///
/// Shaped for speed: every role of every event and every relation of every article looks its
/// edge up once (about half a million lookups on 10,000 articles), and a `Dictionary` keyed by
/// a struct of three integers hashes them with SipHash-1-3 each time. Here the three integers
/// are packed into one 64-bit key (end slots below 2²⁷, relation numbers below 2⁸, checked)
/// that is its own hash in a `ByteKeyTable` (linear probing, Fibonacci hashing, load factor at
/// most 1/2): two keys are equal exactly when their hashes are, so a probe compares integers
/// only. O(1) expected per lookup; nothing is retained or released.
struct EdgeTable {
    private var table: ByteKeyTable<Int>

    static let endLimit = 1 << 27
    static let relationLimit = 1 << 8

    init(log2Capacity: Int = 10) {
        table = ByteKeyTable(log2Capacity: log2Capacity, empty: -1)
    }

    /// The key of an edge: its ends' slots and its relation's number, shifted left by one with
    /// the low bit set (the table's mark of a used slot). One-to-one: the packed fields take 62 bits.
    @inline(__always)
    static func key(source: Int, relation: Int, target: Int) -> UInt64 {
        precondition(source >= 0 && source < endLimit && target >= 0 && target < endLimit
                     && relation >= 0 && relation < relationLimit, "edge ends or relation number out of the table's range")
        return (UInt64(source) << 35 | UInt64(target) << 8 | UInt64(relation)) << 1 | 1
    }

    /// The edge with this key when there is one; otherwise `free`, where `insert` puts it
    /// (valid until the table next changes).
    @inline(__always)
    func find(_ key: UInt64) -> (edge: Int?, free: Int) {
        // The key is the whole hash, so a slot with an equal hash holds this key's edge.
        let (found, free) = table.find(hash: key) { _ in true }
        return (found, free)
    }

    /// Stores `edge` under a key `find` did not find, in the slot it gave.
    @inline(__always)
    mutating func insert(_ edge: Int, key: UInt64, at free: Int) { table.insert(edge, hash: key, at: free) }
}

/// A dense number for each distinct relation, in the order first seen.
///
/// Shaped for speed: asked once per edge mention with relations that are nearly always one of
/// a dozen constants (`Relation.target`, …), whose strings are stored inline (15 bytes or
/// fewer) or share one storage. A relation whose two words as stored (`StringWords`) equal
/// a remembered one's is that relation, so the common case is a short scan of integer pairs,
/// without hashing the name (`String` hashing, as a `Dictionary` key, costs a SipHash of its
/// bytes each time). Names not recognised that way are found by value in a dictionary, so two
/// copies of one name get one number. The remembered relations are kept (retained), so the
/// storage their words point to cannot be freed and reused while the table lives.
///
/// Each number stands for the relation first seen with it (`relation(_:)`). Relations come from
/// the rules' constants and the lexicon's names, ASCII identifiers: two copies of one name have
/// the same bytes (debug builds check it), so which copy stands for the number does not show.
struct RelationNumbers {
    private var recent: [(words: StringWords, relation: Relation, number: Int)] = []
    private var byName: [String: Int] = [:]
    /// The relation of each number.
    private(set) var relations: [Relation] = []
    /// How many representations are remembered: relations made fresh for each mention
    /// (distinct storage, same name) would otherwise grow the scan without end.
    private static let recentLimit = 32

    var count: Int { byName.count }

    mutating func number(_ relation: Relation) -> Int {
        let words = StringWords(relation.rawValue)
        for r in recent where r.words == words { return r.number }
        let number: Int
        if let known = byName[relation.rawValue] {
            number = known
            assert(Array(relations[known].rawValue.utf8) == Array(relation.rawValue.utf8), "one relation name with two byte forms")
        } else {
            number = byName.count
            byName[relation.rawValue] = number
            relations.append(relation)
        }
        if recent.count < Self.recentLimit { recent.append((words, relation, number)) }
        return number
    }
}

extension RelationNumbers {
    /// The relation of `number`.
    @inline(__always)
    func relation(_ number: Int) -> Relation { relations[number] }

    /// The number of `relation` if it has one, without giving it one.
    func existingNumber(_ relation: Relation) -> Int? { byName[relation.rawValue] }
}
