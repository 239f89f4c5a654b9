import GraphModel

/// What the extractor knows about a named entity before reading any text: the lexicon's
/// view of one entry, reduced to what matching and graph building need.
public struct KnownEntity: Sendable, Hashable {
    public var key: String
    public var kind: NodeKind
    public var actorType: ActorType?
    /// Sub-type as in the lexicon: `airbase`, `province`, `city`, `country`, ...
    public var type: String
    public var en: String
    public var ar: String
    /// Arabic names that name this entity alone.
    public var namesAr: [String]
    /// Arabic names shared with another entity (a base and its town): accepted only with context.
    public var sharedNamesAr: [String]
    public var namesEn: [String]
    /// Key of the enclosing place.
    public var enclosing: String?
    public var coordinates: Coordinates?
    /// Background relations (affiliations and `located_in`), by target key.
    public var relations: [KnownRelation]

    public init(key: String, kind: NodeKind, actorType: ActorType? = nil, type: String, en: String, ar: String,
                namesAr: [String] = [], sharedNamesAr: [String] = [], namesEn: [String] = [],
                enclosing: String? = nil, coordinates: Coordinates? = nil, relations: [KnownRelation] = []) {
        self.key = key; self.kind = kind; self.actorType = actorType; self.type = type
        self.en = en; self.ar = ar; self.namesAr = namesAr; self.sharedNamesAr = sharedNamesAr
        self.namesEn = namesEn; self.enclosing = enclosing; self.coordinates = coordinates; self.relations = relations
    }

    /// A country, a province, a city: places that contain bases and events.
    public var isCountry: Bool { kind == .place && type == "country" }
}

public struct KnownRelation: Sendable, Hashable {
    public var relation: Relation
    public var target: String
    public init(relation: Relation, target: String) { self.relation = relation; self.target = target }
}

/// The compiled dictionary: every Arabic (and Latin) name of every known entity in one trie.
/// Built once per run; immutable and shared by all workers.
public struct Gazetteer: Sendable {
    public struct Hit: Sendable, Hashable {
        public var entity: Int
        /// The name is shared with another entity: needs context.
        public var shared: Bool
    }
    public let entities: [KnownEntity]
    /// `entities[i].kind`, one byte each: matching asks the kind of every name it finds, and
    /// a `KnownEntity` is a struct of some 200 bytes whose table does not stay in cache
    /// (reading the kind from it was a cache miss per name found).
    let kinds: [NodeKind]
    /// The reference of each entity in findings, `k:KEY`, built once: mentions share these
    /// strings, so comparing two references to one entity is a pointer test, not a byte walk.
    public let refs: [String]
    public let index: [String: Int]
    public let trie: NameTrie<Hit>
    /// Place key → indices of the bases standing in it or named after it (`base(_:isAt:)`).
    public let basesAt: [String: [Int]]
    /// Each entity's background relations with the target's reference (`k:TARGET`), built
    /// once: the co-mention rule reads them for every lexicon mention of every sentence.
    let relationTargets: [[(relation: Relation, targetRef: String)]]
    /// The last word of each entity's Arabic name (folded) when the name has two words or more
    /// and that word three letters or more: how a person is named again by surname alone.
    let surnames: [Substring?]
    /// `ArabicFolding.key` of each surname: the surname rule compares word keys, as the trie
    /// does (hashing a `Substring` of Arabic text normalizes it on every look-up).
    let surnameKeys: [UInt64?]

    public init(_ entities: [KnownEntity]) {
        let sorted = entities.sorted { $0.key < $1.key }
        self.entities = sorted
        self.kinds = sorted.map(\.kind)
        self.refs = sorted.map { "k:" + $0.key }
        self.relationTargets = sorted.map { e in e.relations.map { (relation: $0.relation, targetRef: "k:" + $0.target) } }
        self.surnames = sorted.map { e in
            let words = NameTrie<Int>.words(of: e.ar)
            guard words.count >= 2, let last = words.last, last.count >= 3 else { return nil }
            return last
        }
        self.surnameKeys = surnames.map { $0.map(ArabicFolding.key) }
        var index: [String: Int] = [:]
        var trie = NameTrie<Hit>()
        for (i, e) in sorted.enumerated() {
            index[e.key] = i
            for name in [e.ar] + e.namesAr + e.namesEn + [e.en] where !name.isEmpty {
                trie.insert(name, Hit(entity: i, shared: false))
            }
            for name in e.sharedNamesAr where !name.isEmpty {
                trie.insert(name, Hit(entity: i, shared: true))
            }
        }
        self.index = index
        self.trie = trie
        var basesAt: [String: [Int]] = [:]
        let bases = sorted.indices.filter { sorted[$0].kind == .base }
        // The words of every base's Arabic names, folded once: testing each town against each
        // base folded them again for every pair (towns × bases × names), which was most of
        // the time of building the gazetteer.
        let baseNameWords = bases.map { b in ([sorted[b].ar] + sorted[b].namesAr).map { NameTrie<Int>.words(of: $0) } }
        // And each distinct word as a number (`WordNumbers`), so that the pairs compare numbers:
        // comparing the words themselves (Arabic text, compared under canonical equivalence, with
        // a normalization lookup per scalar) was about 40% of building the gazetteer.
        var numbers = WordNumbers()
        let baseNameNumbers = baseNameWords.map { names in names.map { numbers.numbers(of: $0) } }
        for place in sorted where place.kind == .place && place.type != "country" && place.type != "province" {
            let town = NameTrie<Int>.words(of: place.ar)
            let townNumbers = numbers.numbers(of: town)
            let at = bases.indices.filter { k in
                Gazetteer.base(sorted[bases[k]], isAt: place, town: townNumbers, nameWords: baseNameNumbers[k])
            }.map { bases[$0] }
            assert(at == bases.indices.filter { k in
                Gazetteer.base(sorted[bases[k]], isAt: place, town: town, nameWords: baseNameWords[k])
            }.map { bases[$0] }, "bases at a town by word numbers differ from those by words")
            if !at.isEmpty { basesAt[place.key] = at }
        }
        self.basesAt = basesAt
    }

    /// Words numbered in the order first seen, equal words (as `Substring`s compare: under
    /// canonical equivalence) with one number: two lists of words are equal exactly when their
    /// numbers are. Each word is hashed once, where comparing lists compared words pair by pair.
    private struct WordNumbers {
        private var numberOf: [Substring: Int] = [:]

        mutating func numbers(of words: [Substring]) -> [Int] {
            words.map { word in
                if let n = numberOf[word] { return n }
                let n = numberOf.count
                numberOf[word] = n
                return n
            }
        }
    }

    public func entity(_ key: String) -> KnownEntity? { index[key].map { entities[$0] } }

    /// Whether a base stands in a town or is named after it: its `in` is the town, or one of
    /// its Arabic names holds the town's name ("قاعدة كركوك الجوية" and "كركوك").
    public func base(_ base: KnownEntity, isAt place: KnownEntity) -> Bool {
        basesAt[place.key]?.contains { entities[$0].key == base.key } ?? false
    }

    static func base(_ base: KnownEntity, isAt place: KnownEntity) -> Bool {
        Gazetteer.base(base, isAt: place, town: NameTrie<Int>.words(of: place.ar),
             nameWords: ([base.ar] + base.namesAr).map { NameTrie<Int>.words(of: $0) })
    }

    /// The same, with the town's words and those of each of the base's Arabic names given
    /// (as words, or as their numbers: `WordNumbers`).
    static func base<Word: Equatable>(_ base: KnownEntity, isAt place: KnownEntity, town: [Word], nameWords: [[Word]]) -> Bool {
        guard base.kind == .base, place.kind == .place, place.type != "country", place.type != "province" else { return false }
        if base.enclosing == place.key { return true }
        guard !town.isEmpty else { return false }
        return nameWords.contains { words in
            words.count > town.count && (0...(words.count - town.count)).contains { words[$0..<($0 + town.count)].elementsEqual(town) }
        }
    }
}
