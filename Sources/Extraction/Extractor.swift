import GraphModel

/// Finds date expressions in a sentence and resolves them against the publication date.
/// The extractor sees dates only through this, so that the date rules live in one place.
public protocol DateFinding: Sendable {
    /// Date mentions: scalar ranges within `sentence` and the resolved date (nil when unresolvable).
    func dates(in sentence: String) -> [(range: Range<Int>, date: EventDate?)]
    /// Whether the text holds a future cue (سوف, سـ + verb, من المقرر, يعتزم, يخطط ...).
    func hasFutureCue(_ text: String) -> Bool
    /// `dates(in: text.text(of: sentence))`; a finder may read the text in place.
    func dates(in sentence: Sentence, of text: TokenizedText) -> [(range: Range<Int>, date: EventDate?)]
    /// `hasFutureCue(text.text(start, end))`; a finder may read the text in place.
    func hasFutureCue(in text: TokenizedText, from start: Int, to end: Int) -> Bool
}

/// Options that change what the extractor emits.
public struct ExtractionOptions: Sendable {
    /// Emit every lexicon affiliation between entities of the graph, not only text-supported ones.
    public var withLexiconRelations: Bool
    public init(withLexiconRelations: Bool = false) { self.withLexiconRelations = withLexiconRelations }
}

/// Arabic article → findings. Stateless apart from the compiled gazetteer; one instance is
/// shared by all workers.
///
/// Its tables are held by one object (`ExtractorTables`), which each article's run keeps a
/// reference to (`DocumentRun.extractor`). The run used to keep a copy of the extractor, and a
/// copy of two dozen tables retained and released each of them: objects that every worker
/// thread shares, so some 110 atomic writes per article to counters both cores contend for.
public struct Extractor: Sendable {
    let tables: ExtractorTables

    public var gazetteer: Gazetteer { tables.gazetteer }
    public var options: ExtractionOptions { tables.options }
    /// The tables below are documented where they are held (`ExtractorTables`).
    var relatedEntities: [String: Int] { tables.relatedEntities }
    var relatedEntityTable: ReferenceTable { tables.relatedEntityTable }
    var tokenizerScratches: TokenizerScratch.Pool { tables.tokenizerScratches }

    public init(gazetteer: Gazetteer, options: ExtractionOptions = .init(),
                dateFinder: @escaping @Sendable (Day?) -> any DateFinding) {
        tables = ExtractorTables(gazetteer: gazetteer, options: options, dateFinder: dateFinder)
    }

    /// The relative adjective of a country name: أمريكا → أمريكي, أمريكية, أمريكيون...;
    /// بريطانيا → بريطاني; إيران → إيراني; العراق → عراقي.
    /// The indefinite accusative ("عسكرياً هولندياً" → هولنديا) too, unless it is the name itself
    /// (إيطاليا → إيطالي → إيطاليا).
    static func nisbaForms(of name: String) -> [String] {
        var stem = name
        if stem.hasSuffix("يا") { stem.removeLast() }
        else if stem.hasSuffix("ا") || stem.hasSuffix("ه") { stem.removeLast(); stem += "ي" }
        else { stem += "ي" }
        let forms = [stem, stem + "ه", stem + "ون", stem + "ين", stem + "تان"]
        return stem + "ا" == name ? forms : forms + [stem + "ا"]
    }

    /// Extracts one article. Never throws: an article with nothing to find gives empty findings.
    public func extract(_ article: Article) -> DocumentFindings {
        let scratch = tokenizerScratches.take()
        defer { tokenizerScratches.giveBack(scratch) }
        let run = DocumentRun(extractor: self, article: article, scratch: scratch)
        run.run()
        return run.findings
    }
}

/// What an `Extractor` holds (see there): built once, read by every worker, never changed.
///
/// The rules read it as `DocumentRun.extractor`: a `let` of the run, whose `let` tables are read
/// in place (borrowed), as the fields of the extractor the run held before.
final class ExtractorTables: Sendable {
    let gazetteer: Gazetteer
    let options: ExtractionOptions
    let dateFinder: @Sendable (Day?) -> any DateFinding
    /// Nisba adjectives of states and countries ("أمريكية" → the United States), folded, → entity index.
    let nisba: WordKeyTable
    /// Government bodies by the shape of their names, and the cities of each province (office and place rules).
    let offices: OfficeTables
    /// Lexicon entities with background relations, by reference (`k:KEY`) → entity index: the
    /// co-mention rule looks up every lexicon mention of every sentence, and most entities have none.
    let relatedEntities: [String: Int]
    /// `relatedEntities` as a `ReferenceTable` (a byte hash instead of `String` hashing), which
    /// the rule reads; the dictionary stays the definition it is checked against.
    let relatedEntityTable: ReferenceTable
    /// Every lexicon reference (`k:KEY`) → the entity of its key (`Gazetteer.index[KEY]`, the
    /// last entity of a key), hashed by bytes: for the references of event roles, which are strings.
    let lexiconRefTable: ReferenceTable
    /// Each lexicon entity's reference in mentions (`EntityRef`) and its sub-type, found once.
    let lexiconRefs: [EntityRef]
    let subtypes: [EntitySubtype]
    /// `Gazetteer.relationTargets` with each target's reference (nil for a key the lexicon
    /// lacks), in one flat list (`LexiconRelationTargets`).
    let relationTargetRefs: LexiconRelationTargets
    /// Each entity's one-word shared names as word keys (`DocumentRun.basesNamedByTown`).
    let townNameKeys: [[UInt64]]
    /// The tokenizer's memory of words from article to article, one per concurrent extraction
    /// (`TokenizerScratch`): copies of an extractor share it, as they share the tables above.
    let tokenizerScratches = TokenizerScratch.Pool()

    init(gazetteer: Gazetteer, options: ExtractionOptions, dateFinder: @escaping @Sendable (Day?) -> any DateFinding) {
        self.gazetteer = gazetteer
        self.options = options
        self.dateFinder = dateFinder
        var nisba = WordKeyTable()
        // States first: "غارة أمريكية" names the United States (the actor), not a place.
        let states = gazetteer.entities.indices.filter { gazetteer.entities[$0].actorType == .state }
        let countries = gazetteer.entities.indices.filter { gazetteer.entities[$0].kind == .place && gazetteer.entities[$0].type == "country" }
        for i in states + countries {
            let e = gazetteer.entities[i]
            for name in [e.ar] + e.namesAr {
                let words = NameTrie<Int>.words(of: name)
                guard words.count == 1, let w = words.first, w.count >= 3 else { continue }
                // A name that itself begins with ال ("ألمانيا" → المانيا) keeps it in its nisba (الألمانية → المانيه).
                let whole = ArabicFolding.normalize(name)
                let stems = whole.hasPrefix("ال") && !whole.contains(" ") && whole.count >= 5 ? [String(w), whole] : [String(w)]
                for stem in stems {
                    for form in Extractor.nisbaForms(of: stem) where nisba[ArabicFolding.key(Substring(form))] == nil {
                        nisba.set(ArabicFolding.key(Substring(form)), i)
                    }
                }
            }
        }
        self.nisba = nisba
        self.offices = OfficeTables(gazetteer: gazetteer, nisba: nisba)
        var related: [String: Int] = [:]
        // The last entity of a key wins, as in `Gazetteer.index`.
        for (i, ref) in gazetteer.refs.enumerated() { related[ref] = i }
        self.relatedEntities = related.filter { !gazetteer.relationTargets[$0.value].isEmpty }
        var table = ReferenceTable(minimumCapacity: relatedEntities.count)
        // Any insertion order gives the same answers.
        for (ref, i) in relatedEntities { table.insert(ref, i) }
        self.relatedEntityTable = table
        var refTable = ReferenceTable(minimumCapacity: gazetteer.refs.count)
        // From the last entity back, so that the last entity of a key is the one kept.
        for i in gazetteer.refs.indices.reversed() where refTable.value(of: gazetteer.refs[i]) == nil {
            refTable.insert(gazetteer.refs[i], i)
        }
        self.lexiconRefTable = refTable
        self.lexiconRefs = Extractor.lexiconRefs(of: gazetteer)
        self.subtypes = gazetteer.entities.map { EntitySubtype($0.type) }
        self.townNameKeys = gazetteer.entities.map(DocumentRun.townNameKeys)
        self.relationTargetRefs = LexiconRelationTargets(gazetteer.relationTargets.map { targets in
            targets.map { (relation: $0.relation, ref: gazetteer.index[String($0.targetRef.dropFirst(2))].map(EntityRef.lexicon)) }
        })
    }
}

/// Each lexicon entity's background relations (`Gazetteer.relationTargets`, same order) as the
/// relation and the target's reference (nil for a key the lexicon lacks), all entities' in one
/// flat list: entity `e`'s are `range(of: e)`.
///
/// The co-mention rule reads them for every lexicon mention of a sentence with two or more.
/// A list per entity (`[[EntityRef?]]`) was copied out of the outer list to be read, and that
/// copy retained and released the entity's list, shared by every worker thread: two atomic
/// writes to a shared counter per mention read (about 100,000 per 1,000 articles), which both
/// cores contend for. Reading flat lists in place writes nothing.
struct LexiconRelationTargets: Sendable {
    /// Entity `e`'s entries are `starts[e]..<starts[e + 1]`.
    private let starts: [Int32]
    let refs: [EntityRef?]
    let relations: [Relation]

    init(_ perEntity: [[(relation: Relation, ref: EntityRef?)]]) {
        var starts: [Int32] = [0]
        var refs: [EntityRef?] = [], relations: [Relation] = []
        starts.reserveCapacity(perEntity.count + 1)
        for targets in perEntity {
            for t in targets { refs.append(t.ref); relations.append(t.relation) }
            precondition(refs.count < Int(Int32.max), "relation targets out of range")
            starts.append(Int32(refs.count))
        }
        self.starts = starts; self.refs = refs; self.relations = relations
    }

    /// Where entity `e`'s targets lie in `refs` and `relations`.
    @inline(__always)
    func range(of e: Int) -> Range<Int> { Int(starts[e])..<Int(starts[e + 1]) }
}
