import GraphModel

extension CorpusMerger {
    /// One article's findings as the merger keeps them until `finish()`: plain values only.
    ///
    /// Shaped for freeing and for reading. `DocumentFindings` is a tree of small heap objects
    /// (per entity its reference, surfaces, titles, organisations and evidence arrays; per
    /// event its roles and evidence; three strings per evidence record), and freeing the
    /// findings of 10,000 articles after the merge released and freed each of them, cold in
    /// cache (about 4% of the command's CPU). Here every string is an id in the merger's
    /// `StringPool` (or `ReferenceIDs`, or `RelationNumbers`), every record a row of integers,
    /// and the lists of an entity or event ranges in one array per article: freeing a held
    /// article is a handful of `free` calls (its arrays hold no references, so there is
    /// nothing to release inside them), and `add` frees the original findings at once, while
    /// their memory is still in cache. The merge reads integers: surfaces compare as ids,
    /// roles name their relation by number.
    ///
    /// Evidence records become `Evidence` values again only where the graph holds them
    /// (`evidence(_:)`), with the pooled strings: the same bytes as the findings' own.
    struct HeldArticle {
        var document = ""
        var evidence: [HeldEvidence] = []
        var entities: [HeldEntity] = []
        /// The entities' surfaces, titles and organisations (each entity a range).
        var strings: [HeldString] = []
        var events: [HeldEvent] = []
        /// Per event, its date (kept as the value: it goes into the event node as it is).
        var dates: [EventDate?] = []
        var roles: [HeldRole] = []
        var relations: [HeldRelation] = []

        /// The roles of event `e`.
        @inline(__always)
        func roles(ofEvent e: Int) -> Range<Int> { Int(events[e].roles.lowerBound)..<Int(events[e].roles.upperBound) }
    }

    /// An evidence record with its strings held as plain values (`HeldString`).
    struct HeldEvidence {
        var sentence: Int
        var start: Int
        var end: Int
        var document: HeldString
        var text: HeldString
        var rule: HeldString
    }

    /// A string of an evidence record: a small string (15 UTF-8 bytes or fewer, stored in the
    /// String value itself, no storage) as its own two words; any other as its id in the pool.
    ///
    /// Why: a third of the records' texts and most rule names are small, and pooling them cost a
    /// probe of the pool's table each (a cache miss in a table of every distinct string) for no
    /// sharing; kept as words they cost nothing and come back as the same string. A small
    /// string's words are its bytes, its count and flags, no reference (`StringWords`), so
    /// holding them needs no retain and making the string again from them none either.
    struct HeldString: Equatable {
        /// The string's two words as stored (`StringWords`), or the pool id and 0.
        var low: UInt64
        var high: UInt64

        @inline(__always)
        static func small(_ words: StringWords) -> Bool { words.isSmall }

        /// A pooled string, by id: the second word 0, which no small string has (its flags are set).
        @inline(__always)
        init(pooled id: Int32) { (low, high) = (UInt64(UInt32(bitPattern: id)), 0) }

        @inline(__always)
        init(small words: StringWords) {
            assert(Self.small(words), "not a small string's words")
            (low, high) = (words.low, words.high)
        }

        /// The string: the small string itself, or the pooled one.
        @inline(__always)
        func string(_ pool: UnsafeBufferPointer<String>) -> String {
            if high == 0 { return pool[Int(low)] }
            return StringWords(low: low, high: high).smallString
        }
    }

    struct HeldEntity {
        /// Reference id (`ReferenceIDs`).
        var ref: Int32
        var kind: NodeKind
        var actorType: ActorType?
        /// Pool id of the lexicon key, -1 for none.
        var key: Int32
        /// Ranges in `HeldArticle.strings`.
        var surfaces: Range<Int32>
        var titles: Range<Int32>
        var organisations: Range<Int32>
        /// Range in `HeldArticle.evidence`.
        var evidence: Range<Int32>
    }

    struct HeldEvent {
        var kind: NodeKind
        var modality: Modality
        /// The date's first and last day and precision (nil when undated): what clustering
        /// reads, here among plain values; the date itself is in `HeldArticle.dates`.
        var date: (start: Day, end: Day, precision: DatePrecision)?
        var dateIsFallback: Bool
        var killed: Int?
        var wounded: Int?
        /// Pool id of the trigger.
        var trigger: Int32
        /// Range in `HeldArticle.roles`.
        var roles: Range<Int32>
        /// Range in `HeldArticle.evidence`.
        var evidence: Range<Int32>
    }

    struct HeldRole {
        /// Relation number (`RelationNumbers`).
        var relation: Int32
        /// Reference id.
        var ref: Int32
        var evidence: HeldEvidence
    }

    struct HeldRelation {
        var relation: Int32
        var source: Int32
        var target: Int32
        var evidence: HeldEvidence
    }

    /// The merger's tables of strings, references and relations, which the held articles' ids
    /// index. Kept together so that `HeldArticle.init` and the readers take one value.
    struct HeldTables {
        var pool = StringPool()
        var references = ReferenceIDs()
        var relations = RelationNumbers()
        /// `StringWords.smallFormIsKnown`, read once here rather than through its lazy global
        /// on every string held: with another string layout every string is pooled.
        let keepsSmallStrings = StringWords.smallFormIsKnown

        /// `pool.bytesHash` of each text of the records of the article being held (entities'
        /// records, then events'), 0 for a text kept as words; reused from article to article.
        var textHashes: [UInt64] = []
        /// What the reads ahead of the lookups gave (`HeldArticle.init`), kept so that they are made.
        var touched: UInt64 = 0

        /// The record at `record` with its strings held (small ones as they are, others pooled),
        /// read in place: taking the record by value copied it (a retain and a release of each
        /// of its three strings). `textHash` is `pool.bytesHash(record.text)`.
        @inline(__always)
        mutating func hold(_ record: UnsafePointer<Evidence>, textHash: UInt64) -> HeldEvidence {
            let text: HeldString
            if textHash == 0 {
                text = HeldString(small: StringWords(record.pointee.text))
            } else {
                text = HeldString(pooled: pool.id(record.pointee.text, bytesHash: textHash))
            }
            assert(text.high == 0 || keepsSmallStrings, "a text kept as words where their layout is not known")
            return HeldEvidence(sentence: record.pointee.sentence, start: record.pointee.start, end: record.pointee.end,
                                document: hold(record.pointee.document), text: text, rule: hold(record.pointee.rule))
        }

        /// `record` with its strings held (a role's or relation's own record).
        @inline(__always)
        mutating func hold(_ record: borrowing Evidence) -> HeldEvidence {
            HeldEvidence(sentence: record.sentence, start: record.start, end: record.end,
                         document: hold(record.document), text: hold(record.text), rule: hold(record.rule))
        }

        @inline(__always)
        mutating func hold(_ s: String) -> HeldString {
            let words = StringWords(s)
            guard keepsSmallStrings, HeldString.small(words) else { return HeldString(pooled: pool.id(s)) }
            assert(s.utf8.count <= 15, "a string with the small flag and more than 15 bytes")
            return HeldString(small: words)
        }

        /// The record as a graph holds it: the same bytes as the findings'.
        @inline(__always)
        func evidence(_ r: HeldEvidence) -> Evidence {
            pool.strings.withUnsafeBufferPointer { strings in
                Evidence(document: r.document.string(strings), sentence: r.sentence, start: r.start, end: r.end,
                         text: r.text.string(strings), rule: r.rule.string(strings))
            }
        }

        @inline(__always)
        func reference(_ id: Int32) -> String { references.references[Int(id)] }

        @inline(__always)
        func string(_ h: HeldString) -> String { pool.strings.withUnsafeBufferPointer { h.string($0) } }

        /// Appends the records `range` of `records` to `target` as the graph holds them.
        ///
        /// The records are written straight into the array's free capacity (`GraphRecords`,
        /// a sequence over the held rows and the pool's buffer, whose count is exact): one
        /// uniqueness and capacity check per call, not one per record as `append` in a loop
        /// made. Not a lazy map either: its closure is escaping, and capturing the merger's
        /// tables copied them into a heap context (retaining every array they hold) once per
        /// entity and event. Capacity grows geometrically, as appending does, but once per
        /// call; callers that know the final count reserve it first.
        func appendEvidence(_ records: UnsafeBufferPointer<HeldEvidence>, _ range: Range<Int32>, to target: inout [Evidence]) {
            let needed = target.count + range.count
            if target.capacity < needed { target.reserveCapacity(Swift.max(needed, 2 * target.capacity)) }
            pool.strings.withUnsafeBufferPointer { strings in
                target.append(contentsOf: GraphRecords(UnsafeBufferPointer(rebasing: records[Int(range.lowerBound)..<Int(range.upperBound)]),
                                                       strings: strings))
            }
        }
    }
}

extension CorpusMerger.HeldArticle {
    /// The flat form of `f`, every string pooled in `tables`. The findings are taken
    /// (`consuming`) and freed when this returns, while their memory is still in cache.
    init(_ f: consuming DocumentFindings, tables: inout CorpusMerger.HeldTables) {
        document = f.document
        var recordCount = 0
        var stringCount = 0
        for e in f.entities.indices {
            recordCount += f.entities[e].evidence.count
            stringCount += f.entities[e].surfaces.count + f.entities[e].titles.count + f.entities[e].organisations.count
        }
        var roleCount = 0
        for e in f.events.indices { recordCount += f.events[e].evidence.count; roleCount += f.events[e].roles.count }
        evidence.reserveCapacity(recordCount)
        strings.reserveCapacity(stringCount)
        entities.reserveCapacity(f.entities.count)
        events.reserveCapacity(f.events.count)
        dates.reserveCapacity(f.events.count)
        roles.reserveCapacity(roleCount)
        relations.reserveCapacity(f.relations.count)

        // The texts of the records are looked up in the pool, a table of every distinct text
        // of the corpus: each lookup of a text new to this article is a cache miss on its slot,
        // then one on its key bytes, and done one after the other (each lookup's branches wait
        // for its reads) they are paid in turn. So the texts are hashed first, then every home
        // slot is read, then every first key compared: independent reads, which the processor
        // overlaps, and the lookups below find those lines in cache. Same lookups, same ids.
        var textHashes: [UInt64] = []
        swap(&textHashes, &tables.textHashes)
        textHashes.removeAll(keepingCapacity: true)
        textHashes.reserveCapacity(recordCount)
        func hashTexts(_ records: UnsafeBufferPointer<Evidence>) {
            for r in records.indices { textHashes.append(tables.pool.bytesHash((records.baseAddress! + r).pointee.text)) }
        }
        f.entities.withUnsafeBufferPointer { found in
            for e in found.indices { found[e].evidence.withUnsafeBufferPointer(hashTexts) }
        }
        f.events.withUnsafeBufferPointer { found in
            for e in found.indices { found[e].evidence.withUnsafeBufferPointer(hashTexts) }
        }
        var touched = tables.touched
        for h in textHashes where h != 0 { touched &+= tables.pool.touchSlot(h) }
        for h in textHashes where h != 0 { touched &+= tables.pool.touchKey(h) }
        tables.touched = touched
        var nextText = 0

        // Read through the buffers, in place: copying an entity or event out of its array
        // retains every string and array it holds.
        f.entities.withUnsafeBufferPointer { found in
            for e in found.indices {
                let firstRecord = Int32(evidence.count)
                found[e].evidence.withUnsafeBufferPointer { records in
                    for r in records.indices {
                        evidence.append(tables.hold(records.baseAddress! + r, textHash: textHashes[nextText]))
                        nextText += 1
                    }
                }
                func held(_ list: [String]) -> Range<Int32> {
                    let first = Int32(strings.count)
                    list.withUnsafeBufferPointer { list in for s in list.indices { strings.append(tables.hold(list[s])) } }
                    return first..<Int32(strings.count)
                }
                entities.append(CorpusMerger.HeldEntity(
                    ref: Int32(tables.references.insert(found[e].ref)), kind: found[e].kind, actorType: found[e].actorType,
                    key: found[e].key.map { tables.pool.id($0) } ?? -1,
                    surfaces: held(found[e].surfaces), titles: held(found[e].titles), organisations: held(found[e].organisations),
                    evidence: firstRecord..<Int32(evidence.count)))
            }
        }
        f.events.withUnsafeBufferPointer { found in
            for e in found.indices {
                let firstRecord = Int32(evidence.count)
                found[e].evidence.withUnsafeBufferPointer { records in
                    for r in records.indices {
                        evidence.append(tables.hold(records.baseAddress! + r, textHash: textHashes[nextText]))
                        nextText += 1
                    }
                }
                let firstRole = Int32(roles.count)
                found[e].roles.withUnsafeBufferPointer { found in
                    for r in found.indices {
                        roles.append(CorpusMerger.HeldRole(relation: Int32(tables.relations.number(found[r].relation)),
                                                           ref: Int32(tables.references.insert(found[r].ref)),
                                                           evidence: tables.hold(found[r].evidence)))
                    }
                }
                events.append(CorpusMerger.HeldEvent(
                    kind: found[e].kind, modality: found[e].modality,
                    date: found[e].date.map { (start: $0.start, end: $0.end, precision: $0.precision) }, dateIsFallback: found[e].dateIsFallback,
                    killed: found[e].killed, wounded: found[e].wounded, trigger: tables.pool.id(found[e].trigger),
                    roles: firstRole..<Int32(roles.count), evidence: firstRecord..<Int32(evidence.count)))
                dates.append(found[e].date)
            }
        }
        f.relations.withUnsafeBufferPointer { found in
            for r in found.indices {
                relations.append(CorpusMerger.HeldRelation(
                    relation: Int32(tables.relations.number(found[r].relation)),
                    source: Int32(tables.references.insert(found[r].source)), target: Int32(tables.references.insert(found[r].target)),
                    evidence: tables.hold(found[r].evidence)))
            }
        }
        assert(nextText == textHashes.count, "a text hash left over")
        swap(&textHashes, &tables.textHashes)
        assert(evidence.count == recordCount && strings.count == stringCount && roles.count == roleCount, "held counts differ from the findings'")
    }

    /// The findings this article was made from (the reference path of the tests: every field
    /// `add` keeps, given back from the ids; the warnings are not kept).
    func findings(_ tables: CorpusMerger.HeldTables) -> DocumentFindings {
        var f = DocumentFindings(document: document, published: nil)
        func list(_ range: Range<Int32>) -> [String] { strings[Int(range.lowerBound)..<Int(range.upperBound)].map(tables.string) }
        func records(_ range: Range<Int32>) -> [Evidence] { evidence[Int(range.lowerBound)..<Int(range.upperBound)].map(tables.evidence) }
        f.entities = entities.map { e in
            FoundEntity(ref: tables.reference(e.ref), kind: e.kind, actorType: e.actorType, key: e.key < 0 ? nil : tables.pool[e.key],
                        surfaces: list(e.surfaces), titles: list(e.titles), organisations: list(e.organisations), evidence: records(e.evidence))
        }
        f.events = events.indices.map { foundEvent($0, tables) }
        f.relations = relations.map { r in
            FoundRelation(relation: tables.relations.relation(Int(r.relation)), source: tables.reference(r.source),
                          target: tables.reference(r.target), evidence: tables.evidence(r.evidence))
        }
        return f
    }

    /// Event `i` as the findings held it (see `findings`).
    func foundEvent(_ i: Int, _ tables: CorpusMerger.HeldTables) -> FoundEvent {
        let e = events[i]
        let roles = self.roles[Int(e.roles.lowerBound)..<Int(e.roles.upperBound)].map { r in
            FoundRole(relation: tables.relations.relation(Int(r.relation)), ref: tables.reference(r.ref), evidence: tables.evidence(r.evidence))
        }
        return FoundEvent(kind: e.kind, modality: e.modality, date: dates[i], dateIsFallback: e.dateIsFallback, roles: roles,
                          evidence: evidence[Int(e.evidence.lowerBound)..<Int(e.evidence.upperBound)].map(tables.evidence),
                          killed: e.killed, wounded: e.wounded, trigger: tables.pool[e.trigger])
    }
}
