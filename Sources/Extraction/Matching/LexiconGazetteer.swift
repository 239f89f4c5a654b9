import GraphModel

extension KnownEntity {
    /// The extractor's view of a lexicon entry.
    public init(_ e: LexiconEntry) {
        self.init(key: e.key, kind: e.kind, actorType: e.actorType, type: e.type, en: e.en, ar: e.ar,
                  namesAr: e.aliasesAr, sharedNamesAr: e.sharedAliases,
                  // Latin names shorter than four letters ("US", "KH") match too much in English captions.
                  namesEn: e.aliasesEn.filter { $0.count >= 4 },
                  enclosing: e.in, coordinates: e.coordinates,
                  relations: e.knownRelations.map { KnownRelation(relation: $0.relation, target: $0.target) })
    }
}

extension Gazetteer {
    /// Compiles a loaded lexicon: every Arabic and English name of every entry into one trie.
    public init(lexicon: Lexicon) {
        self.init(lexicon.entries.map(KnownEntity.init))
    }
}
