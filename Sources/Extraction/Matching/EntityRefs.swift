import GraphModel

/// References of an article's mentions (`EntityRef`) made and read back as strings.
///
/// A lexicon entity is named by its index, the pattern entities of the article by their order
/// of discovery; the strings (`k:KEY`, `p:KIND:WORDS`) are read only where findings are
/// written and where a rule compares a mention with a finding.
extension DocumentRun {
    /// The reference of lexicon entity `entity` (the entity of its key: see `Extractor.lexiconRefs`).
    @inline(__always)
    func lexiconRef(_ entity: Int) -> EntityRef { extractor.lexiconRefs[entity] }

    /// The sub-type of lexicon entity `entity`, read once when the extractor was built.
    @inline(__always)
    func subtype(ofEntity entity: Int) -> EntitySubtype { extractor.subtypes[entity] }

    /// The reference as findings write it: `k:KEY` or `p:KIND:WORDS`.
    func refName(_ ref: EntityRef) -> String {
        if let e = ref.lexiconEntity { return extractor.gazetteer.refs[e] }
        return patternEntities[ref.patternEntity!].ref
    }

    /// The reference named `name`, if an entity of the lexicon or of this article has it.
    /// O(length of the name): a hash look-up.
    ///
    /// Looked up by the name's bytes in `Extractor.lexiconRefTable` (every `k:KEY` → the entity
    /// `Gazetteer.index[KEY]`), then in the article's pattern references (`p:...`, never `k:`).
    /// Cutting `k:` off with `hasPrefix` and `dropFirst` walked Characters and made a `String`,
    /// and retained the name, which is most often one of the gazetteer's reference strings
    /// (shared by every worker thread). The references looked up are the strings findings
    /// hold, which the run made with the bytes of `Gazetteer.refs`; debug builds check the
    /// answer against the definition, `entityRefByKey(named:)`. Bytes and the dictionary's
    /// canonical equality agree here: lexicon keys are ASCII slugs (`LexiconFileParser.isValidKey`),
    /// which no other sequence of scalars is canonically equivalent to.
    func entityRef(named name: String) -> EntityRef? {
        let found = extractor.lexiconRefTable.value(of: name).map(EntityRef.lexicon) ?? patternIndex.value(of: name).map(EntityRef.pattern)
        assert(found == entityRefByKey(named: name), "a reference found by its bytes differs from its definition")
        return found
    }

    /// The definition of `entityRef(named:)`: the lexicon key after `k:`, or the article's pattern reference.
    func entityRefByKey(named name: String) -> EntityRef? {
        if name.hasPrefix("k:") { return extractor.gazetteer.index[String(name.dropFirst(2))].map(EntityRef.lexicon) }
        return patternIndex.value(of: name).map(EntityRef.pattern)
    }

    /// The pattern entity `ref` of this article, entered with `entity` the first time it is
    /// named (later mentions keep the first kind and type, as the table keyed by reference did).
    func patternRef(_ ref: String, _ entity: @autoclosure () -> PatternEntity) -> EntityRef {
        let hash = ReferenceTable.hash(ref)
        if let known = patternIndex.value(of: ref, hash: hash) { return .pattern(known) }
        let new = entity()
        assert(new.ref == ref, "a pattern entity entered under another reference")
        patternIndex.insert(ref, patternEntities.count, hash: hash)
        patternEntities.append(new)
        return .pattern(patternEntities.count - 1)
    }

    /// A `Mention` on lexicon entity `entity`, with its kind, actor type and sub-type.
    func lexiconMention(_ entity: Int, sentence: Int, tokens: Range<Int>, start: Int, end: Int,
                        clitic: CliticLetters = CliticLetters(), rule: MentionRule, anaphoric: Bool = false) -> Mention {
        // Fields read in place: a copy of the whole entry would retain each of its names.
        Mention(ref: lexiconRef(entity), kind: extractor.gazetteer.entities[entity].kind,
                actorType: extractor.gazetteer.entities[entity].actorType, type: subtype(ofEntity: entity),
                sentence: sentence, tokens: tokens, start: start, end: end, clitic: clitic, rule: rule, anaphoric: anaphoric)
    }
}

extension Extractor {
    /// The reference of each lexicon entity: the index of the entity its key names in
    /// `Gazetteer.index` (the last of a key, should a gazetteer built in code repeat one), so
    /// that entities sharing a key share a reference, as their `k:KEY` strings did.
    static func lexiconRefs(of gazetteer: Gazetteer) -> [EntityRef] {
        gazetteer.entities.map { EntityRef.lexicon(gazetteer.index[$0.key]!) }
    }
}
