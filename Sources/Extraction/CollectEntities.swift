import Foundation
import GraphModel

extension DocumentRun {
    /// One `FoundEntity` per entity named in the article (back-references add no entity).
    ///
    /// Each mention finds its entity's slot by its reference's integer (`EntityRef`): a table
    /// per lexicon entity and one per pattern entity of the article, no hashing. Evidence and
    /// surface counts are then appended in place. Entities come out sorted by reference.
    func collectEntities() {
        // Each entity's slot in `found` by its reference's integer, given in a first pass over the
        // mentions (integer work only), so that the lists below are allocated once at their size
        // instead of regrown from empty as entities are met (some 35,000 regrowths on 1,000
        // articles).
        // The same pass counts each entity's mentions, so that its evidence list is allocated
        // once at its size: grown from empty, an entity named three times allocated three lists.
        var slots = EntitySlots(lexiconEntities: extractor.gazetteer.entities.count, patternEntities: patternEntities.count)
        var entityCount = 0
        var mentionCounts: [Int32] = []
        mentionCounts.reserveCapacity(mentions.count)
        withMentions { all in
            for k in all.indices where !all[k].anaphoric {
                if let slot = slots.slot(all[k].ref) { mentionCounts[slot] += 1; continue }
                slots.set(all[k].ref, entityCount)
                mentionCounts.append(1)
                entityCount += 1
            }
        }
        // A state named only by a nisba in an event ("بغارة أمريكية") holds a role: it is an entity
        // of the article too, or the merge would drop the role with no node to point at. These
        // entities (and those below) take the slots after the mentions' entities, found here
        // before the lists are allocated so that the lists are allocated once at their size.
        var extras: [FoundEntity] = []
        var extraRefs: [EntityRef] = []
        /// The lexicon entity `e`, named by `ref` in `evidence`, given the next slot unless it has one.
        func addExtra(_ e: Int, ref: String, evidence: Evidence) {
            let entityRef = EntityRef.lexicon(e)
            guard slots.slot(entityRef) == nil else { return }
            // The entry's fields are read in place: a copy of the whole entry retained each of its
            // names (strings and lists of the gazetteer, shared by every worker thread).
            slots.set(entityRef, entityCount + extras.count)
            extras.append(FoundEntity(ref: ref, kind: extractor.gazetteer.entities[e].kind,
                                      actorType: extractor.gazetteer.entities[e].actorType, key: extractor.gazetteer.entities[e].key,
                                      surfaces: [], titles: [], organisations: [], evidence: [evidence]))
            extraRefs.append(entityRef)
        }
        // The events, roles and relations are read in place, from their buffers: a copy of a
        // role or a relation retained its reference strings, which are the gazetteer's (shared
        // by every worker thread, whose reference counts both cores then write), and its
        // evidence strings. A role's strings are copied only into an entity added for it.
        findings.events.withUnsafeBufferPointer { events in
            for event in events.indices {
                events[event].roles.withUnsafeBufferPointer { roles in
                    for role in roles.indices {
                        // Looked up by the reference's bytes (`Extractor.lexiconRefTable`): cutting the
                        // key and hashing it as a `String` was about a thousand instructions per role.
                        let e = extractor.lexiconRefTable.value(of: roles[role].ref)
                        assert(e == Self.lexiconKey(of: roles[role].ref).flatMap({ extractor.gazetteer.index[$0] }), "a role's entity by bytes and by key differ")
                        if let e { addExtra(e, ref: roles[role].ref, evidence: roles[role].evidence) }
                    }
                }
            }
        }
        // So is a state named only inside a longer name that says it leads ("التحالف الدولي بقيادة
        // الولايات المتحدة"; Relations/LeaderInName.swift).
        findings.relations.withUnsafeBufferPointer { relations in
            for r in relations.indices where relations[r].evidence.rule == Self.leaderInNameRule {
                // By the reference's bytes, as for roles above (a `String` key cut and hashed
                // was some 1,500 instructions a relation).
                let e = extractor.lexiconRefTable.value(of: relations[r].source)
                assert(e == extractor.gazetteer.index[String(relations[r].source.dropFirst(2))], "a leader's entity by bytes and by key differ")
                if let e {
                    addExtra(e, ref: relations[r].source, evidence: relations[r].evidence)
                }
            }
        }
        var found: [FoundEntity] = []
        var refs: [EntityRef] = []
        found.reserveCapacity(entityCount + extras.count)
        refs.reserveCapacity(entityCount + extras.count)
        // The mentions of each entity, in article order, one entity after the other: a stable
        // counting sort by slot (`mentionCounts` gave each entity's share). Each entity's evidence
        // list is then written once at its size, where appending mention by mention to the
        // entity's list inside `found` copied the list on every append (the write-back through
        // the array of entities found it shared: some 48,000 new buffers per 1,000 articles).
        var groupStart = [Int32](repeating: 0, count: entityCount + 1)
        for slot in 0..<entityCount { groupStart[slot + 1] = groupStart[slot] + mentionCounts[slot] }
        var grouped = [Int32](repeating: 0, count: Int(groupStart[entityCount]))
        withMentions { all in
            var next = groupStart
            for k in all.indices where !all[k].anaphoric {
                let slot = slots.slot(all[k].ref)!
                grouped[Int(next[slot])] = Int32(k)
                next[slot] += 1
            }
        }
        // Per entity (cleared, its capacity kept): the evidence texts met so far, distinct by
        // bytes, and the surfaces counted, each with its count.
        var texts = EntityTexts()
        var counts: [(key: String, value: Int)] = []
        let document = self.document
        // Read from the buffer: no bounds check and no retain of a copied record per read.
        withMentions { all in
        text.withSourceUTF8 { source in
            for slot in 0..<entityCount {
                let first = Int(groupStart[slot]), end = Int(groupStart[slot + 1])
                let ref = all[Int(grouped[first])].ref
                // A pattern entity's surfaces were counted as it was found (`PatternEntity.surfaces`):
                // counts made here would go unread.
                let countsSurfaces = ref.isLexicon
                texts.removeAll()
                counts.removeAll(keepingCapacity: true)
                let evidence = [Evidence](unsafeUninitializedCapacity: end - first) { buffer, initialized in
                    for g in first..<end {
                        let m = all[Int(grouped[g])]
                        // The evidence text is the mention's surface. A text with the bytes of one
                        // met before for the entity is that string again (most mentions repeat the
                        // name): one allocation and copy per distinct text, not per mention.
                        let d = texts.index(of: m.start, m.end, in: text, source: source)
                        (buffer.baseAddress! + (g - first)).initialize(to: Evidence(
                            document: document, sentence: m.sentence, start: m.start, end: m.end,
                            text: texts.strings[d], rule: m.rule.rawValue))
                        initialized += 1
                        guard countsSurfaces, m.rule != .coreferenceSurname else { continue }
                        // Surfaces with their counts, found by comparison: an entity has one to
                        // three surfaces, and hashing Arabic text normalizes it on every lookup.
                        // A text is compared with the surfaces once, when first counted: two
                        // distinct texts differ in their bytes, so only canonical equivalence
                        // (`sameSurface`) can join them.
                        if texts.surfaces[d] < 0 {
                            if let c = counts.firstIndex(where: { Self.sameSurface($0.key, texts.strings[d]) }) {
                                texts.surfaces[d] = c
                            } else {
                                counts.append((key: texts.strings[d], value: 0))
                                texts.surfaces[d] = counts.count - 1
                            }
                        }
                        counts[texts.surfaces[d]].value += 1
                    }
                }
                let m0 = all[Int(grouped[first])]
                if let p = ref.patternEntity {
                    // A pattern entity's surfaces, titles and organisations, as counted and
                    // gathered when it was found, read in place.
                    let surfaces = Array(patternEntities[p].surfaces)
                    found.append(FoundEntity(ref: refName(ref), kind: m0.kind, actorType: m0.actorType, key: nil,
                                             surfaces: surfaces.isEmpty ? [] : surfaces.count == 1 ? [surfaces[0].key] : Self.mostFrequentFirst(surfaces),
                                             titles: patternEntities[p].titles.sorted(),
                                             organisations: patternEntities[p].organisations.sorted(), evidence: evidence))
                } else {
                    found.append(FoundEntity(ref: refName(ref), kind: m0.kind, actorType: m0.actorType,
                                             key: ref.lexiconEntity.map { extractor.gazetteer.entities[$0].key },
                                             surfaces: counts.isEmpty ? [] : counts.count == 1 ? [counts[0].key] : Self.mostFrequentFirst(counts),
                                             titles: [], organisations: [], evidence: evidence))
                }
                refs.append(ref)
            }
        }
        }
        assert(found.count == entityCount, "entities counted and found differ")
        assert(found.indices.allSatisfy { found[$0].evidence.count == Int(mentionCounts[$0]) }, "an entity's mentions counted and found differ")
        #if DEBUG
        assertEntitiesAsCollectedOneByOne(found)
        #endif
        // The entities of roles and leaders found above, after those of the mentions.
        found.append(contentsOf: extras)
        refs.append(contentsOf: extraRefs)
        // Organisations a person speaks for, from the relations found.
        // Read in place, as above.
        findings.relations.withUnsafeBufferPointer { relations in
            for r in relations.indices
            where relations[r].relation == .spokespersonOf || relations[r].relation == .memberOf || relations[r].relation == .leads {
                if let ref = entityRef(named: relations[r].source), let slot = slots.slot(ref),
                   !found[slot].organisations.contains(relations[r].target) {
                    found[slot].organisations.append(relations[r].target)
                    found[slot].organisations.sort()
                }
            }
        }
        // Sorted by reference in String order. Lexicon references (`k:KEY`) come before pattern
        // references (`p:...`), and among themselves in the order of their entities' indices,
        // since the gazetteer sorts its entities by key: an integer comparison. Pattern
        // references are compared on the bytes where that is String order (`PlainTextKey`):
        // String's `<` normalizes the Arabic references on every comparison.
        // The lexicon entities are ordered by one sort of integers (the entity's index above its
        // slot: a comparator closure cost some 60 instructions a comparison), the pattern
        // entities (a few per article) by their references, and the two runs joined. No two
        // entities share an entity index or a reference, so the order is the one total order.
        var lexiconOrder: [UInt64] = []
        var patternOrder: [Int] = []
        lexiconOrder.reserveCapacity(found.count)
        for slot in found.indices {
            if let e = refs[slot].lexiconEntity { lexiconOrder.append(UInt64(e) << 32 | UInt64(slot)) } else { patternOrder.append(slot) }
        }
        lexiconOrder.sort()
        if patternOrder.count > 1 {
            let patternKeys = patternOrder.map { PlainTextKey(found[$0].ref) }
            var byReference = Array(patternOrder.indices)
            byReference.sort { a, b in
                PlainTextKey.precedes(found[patternOrder[a]].ref, patternKeys[a], found[patternOrder[b]].ref, patternKeys[b])
            }
            patternOrder = byReference.map { patternOrder[$0] }
        }
        var order = [Int]()
        order.reserveCapacity(found.count)
        for key in lexiconOrder { order.append(Int(key & 0xFFFF_FFFF)) }
        order.append(contentsOf: patternOrder)
        assert(zip(order, order.dropFirst()).allSatisfy { found[$0].ref < found[$1].ref }, "entities out of reference order")
        // Moved into place along the permutation's cycles: `order.map { found[$0] }` copied
        // every entity (retaining its strings and arrays) and then released the originals.
        found.withUnsafeMutableBufferPointer { IndexSort.apply(order, to: $0) }
        findings.entities = found
    }

    #if DEBUG
    /// Debug builds: the entities of the mentions as `collectEntities` found them (before the
    /// entities of roles and leaders) against the definition, one mention at a time in article
    /// order: an entity per first mention, each mention's evidence appended to its entity's, and
    /// each lexicon mention's text counted under the first surface `==` to it.
    func assertEntitiesAsCollectedOneByOne(_ found: [FoundEntity]) {
        var order: [EntityRef] = []
        var evidence: [EntityRef: [Evidence]] = [:]
        var counts: [EntityRef: [(key: String, value: Int)]] = [:]
        for m in mentions where !m.anaphoric {
            if evidence[m.ref] == nil { order.append(m.ref); evidence[m.ref] = []; counts[m.ref] = [] }
            let e = self.evidence(m.sentence, m.start, m.end, rule: m.rule.rawValue)
            evidence[m.ref]!.append(e)
            if m.rule != .coreferenceSurname, m.ref.isLexicon {
                if let c = counts[m.ref]!.firstIndex(where: { $0.key == e.text }) { counts[m.ref]![c].value += 1 }
                else { counts[m.ref]!.append((key: e.text, value: 1)) }
            }
        }
        assert(found.count == order.count, "entities collected and defined differ in number")
        for (slot, ref) in order.enumerated() {
            let entity = found[slot]
            assert(entity.ref == refName(ref) && entity.evidence == evidence[ref]!, "an entity's reference or evidence differs from its definition")
            let surfaces: [String]
            if let p = ref.patternEntity {
                surfaces = patternEntities[p].surfaces.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
                assert(entity.titles == patternEntities[p].titles.sorted() && entity.organisations == patternEntities[p].organisations.sorted(),
                       "a pattern entity's titles or organisations differ")
            } else {
                surfaces = counts[ref]!.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
                assert(entity.titles.isEmpty && entity.organisations.isEmpty, "a lexicon entity with titles or organisations")
            }
            assert(entity.surfaces == surfaces, "an entity's surfaces differ from their definition")
        }
    }
    #endif

    /// The key of a lexicon reference (`k:KEY` → `KEY`), nil for another reference:
    /// `ref.hasPrefix("k:") ? String(ref.dropFirst(2)) : nil` for a reference longer than `k:`.
    /// `hasPrefix` and `dropFirst` walk Characters (grapheme breaking), a thousand instructions
    /// per role of every event; read on the bytes instead. Nothing else is canonically equivalent
    /// to `k` or `:`, so a reference not starting with those two bytes has no such prefix; and
    /// when the third byte is ASCII (lexicon keys are), no combining scalar joins the colon, so
    /// the two Characters are the two bytes. Any other reference takes the Character path.
    static func lexiconKey(of ref: String) -> String? {
        let utf8 = ref.utf8
        guard utf8.count > 2, utf8.first == UInt8(ascii: "k"), utf8[utf8.index(after: utf8.startIndex)] == UInt8(ascii: ":") else {
            assert(!ref.hasPrefix("k:") || ref.count == 2, "a lexicon reference missed by its bytes")
            return nil
        }
        guard utf8[utf8.index(utf8.startIndex, offsetBy: 2)] < 0x80 else {
            return ref.hasPrefix("k:") ? String(ref.dropFirst(2)) : nil
        }
        let key = String(decoding: utf8.dropFirst(2), as: UTF8.self)
        assert(ref.hasPrefix("k:") && key == String(ref.dropFirst(2)), "a lexicon key cut on its bytes differs")
        return key
    }

    /// Whether two surfaces are the same string: equal bytes first, `==` (canonical
    /// equivalence) for the rest, so that the answer is `==`'s. Two plain texts (ASCII and
    /// Arabic letters without marks, `PlainTextKey.plain`) are in NFC, and two NFC strings are
    /// canonically equivalent only when their scalars, hence their bytes, are equal: for them
    /// `==` is not asked (some 600 instructions for two Arabic strings).
    static func sameSurface(_ a: String, _ b: String) -> Bool {
        if ByteText.sameBytes(a, b) { return true }
        let bothPlain = PlainTextKey(a).plain && PlainTextKey(b).plain
        assert(!bothPlain || a != b, "two plain texts of different bytes are equal strings")
        return !bothPlain && a == b
    }

    /// Surfaces by count, most frequent first, then in String order of the text (compared by
    /// `PlainTextKey`): the order of `sorted { ($1.value, $0.key) < ($0.value, $1.key) }`.
    static func mostFrequentFirst(_ counts: [(key: String, value: Int)]) -> [String] {
        // Two surfaces (most entities with more than one): one comparison, where the general
        // path below made an array of keys, one of indices and sorted them.
        if counts.count == 2 {
            let a = counts[0], b = counts[1]
            let aFirst = a.value != b.value ? a.value > b.value : PlainTextKey.precedes(a.key, PlainTextKey(a.key), b.key, PlainTextKey(b.key))
            let ordered = aFirst ? [a.key, b.key] : [b.key, a.key]
            assert(ordered == mostFrequentFirstSorted(counts), "two surfaces out of the general order")
            return ordered
        }
        return mostFrequentFirstSorted(counts)
    }

    /// `mostFrequentFirst` for any number of surfaces.
    ///
    /// An insertion sort of the indices: an entity has a handful of surfaces, and the standard
    /// sort's general machinery cost some 2,800 instructions for each of these short lists.
    /// Every two surfaces differ, so the order is the one total order `sortedByDefinition` gives.
    static func mostFrequentFirstSorted(_ counts: [(key: String, value: Int)]) -> [String] {
        let keys = counts.map { PlainTextKey($0.key) }
        func precedes(_ a: Int, _ b: Int) -> Bool {
            counts[a].value != counts[b].value ? counts[a].value > counts[b].value
                : PlainTextKey.precedes(counts[a].key, keys[a], counts[b].key, keys[b])
        }
        var order = Array(counts.indices)
        for k in order.indices.dropFirst() {
            let moving = order[k]
            var j = k
            while j > 0, precedes(moving, order[j - 1]) { order[j] = order[j - 1]; j -= 1 }
            order[j] = moving
        }
        let ordered = order.map { counts[$0].key }
        assert(ordered == counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key), "surfaces out of the defined order")
        return ordered
    }
}

/// Each entity's slot in an article's list of entities, by its reference's integer
/// (`EntityRef`): a table per lexicon entity and one per pattern entity of the article, no
/// hashing. A value held by `collectEntities`, not tables captured by nested functions, which
/// made them boxes whose accesses were checked for exclusivity at run time.
struct EntitySlots {
    private var lexicon: [Int32]
    private var pattern: [Int32]

    init(lexiconEntities: Int, patternEntities: Int) {
        lexicon = [Int32](repeating: -1, count: lexiconEntities)
        pattern = [Int32](repeating: -1, count: patternEntities)
    }

    @inline(__always)
    func slot(_ ref: EntityRef) -> Int? {
        let s = ref.lexiconEntity.map { lexicon[$0] } ?? pattern[ref.patternEntity!]
        return s < 0 ? nil : Int(s)
    }

    @inline(__always)
    mutating func set(_ ref: EntityRef, _ slot: Int) {
        if let e = ref.lexiconEntity { lexicon[e] = Int32(slot) } else { pattern[ref.patternEntity!] = Int32(slot) }
    }
}

/// An entity reference as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// References are `k:` plus a lexicon key or `p:KIND:` plus folded words, which hold no
/// combining marks, so equal references have equal bytes. `String`'s own hashing normalizes
/// non-ASCII text (the Arabic pattern references) to NFC on every lookup.
struct ReferenceKey: Hashable {
    let reference: String
    init(_ reference: String) { self.reference = reference }

    func hash(into hasher: inout Hasher) {
        var bytes = reference
        bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: ReferenceKey, b: ReferenceKey) -> Bool {
        ByteText.sameBytes(a.reference, b.reference)
    }
}


/// The distinct evidence texts of one entity's mentions (distinct by bytes), each with the
/// surface it was counted under (-1 before it is counted): `collectEntities` reuses the string
/// of a text met before instead of copying the same bytes out of the article again.
struct EntityTexts {
    /// UTF-8 offsets of each text in the article.
    private var from: [Int] = []
    private var to: [Int] = []
    private(set) var strings: [String] = []
    var surfaces: [Int] = []

    mutating func removeAll() {
        from.removeAll(keepingCapacity: true); to.removeAll(keepingCapacity: true)
        strings.removeAll(keepingCapacity: true); surfaces.removeAll(keepingCapacity: true)
    }

    /// The index of the text `text.text(start, end)`, entered if its bytes are new. `source` is
    /// the article's UTF-8 (nil when not contiguous: then every text is entered).
    mutating func index(of start: Int, _ end: Int, in text: TokenizedText, source: UnsafeBufferPointer<UInt8>?) -> Int {
        let lower = max(0, start), upper = min(end, text.scalarCount)
        // The bounds `TokenizedText.text` reads; an empty span is the empty string.
        let f = lower < upper ? Int(text.utf8Offsets[lower]) : 0
        let t = lower < upper ? Int(text.utf8Offsets[upper]) : 0
        if let source {
            for d in strings.indices where to[d] - from[d] == t - f {
                if f == from[d] || t == f || memcmp(source.baseAddress! + f, source.baseAddress! + from[d], t - f) == 0 {
                    assert(ByteText.sameBytes(strings[d], text.text(start, end)), "a repeated evidence text differs")
                    return d
                }
            }
        }
        from.append(f); to.append(t)
        strings.append(text.text(start, end))
        surfaces.append(-1)
        return strings.count - 1
    }
}

extension TokenizedText {
    /// `body` with the article's UTF-8 bytes in place, or nil when they are not contiguous.
    func withSourceUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>?) throws -> R) rethrows -> R {
        if let answer = try source.utf8.withContiguousStorageIfAvailable({ try body($0) }) { return answer }
        return try body(nil)
    }
}
