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
                // By the reference's bytes, as for roles above: cutting the key and hashing it
                // as a `String` was some 1,500 instructions a relation.
                let e = extractor.lexiconRefTable.value(of: relations[r].source)
                assert(e == extractor.gazetteer.index[String(relations[r].source.dropFirst(2))], "a leader's entity by bytes and by key differ")
                if let e {
                    addExtra(e, ref: relations[r].source, evidence: relations[r].evidence)
                }
            }
        }
        var found: [FoundEntity] = []
        var refs: [EntityRef] = []
        // Surfaces per entity with their counts, found by comparison: an entity has one to
        // three surfaces, and hashing Arabic text normalizes it on every lookup. The first
        // surface is held in one flat array (count 0: none yet), the others in a list per
        // entity: most entities have one surface, and a list of their own cost each of them an
        // allocation (an empty array allocates nothing).
        var firstSurface: [(key: String, value: Int)] = []
        var otherSurfaces: [[(key: String, value: Int)]] = []
        found.reserveCapacity(entityCount + extras.count)
        refs.reserveCapacity(entityCount + extras.count)
        firstSurface.reserveCapacity(entityCount + extras.count)
        otherSurfaces.reserveCapacity(entityCount + extras.count)
        // Read from the buffer: no bounds check and no retain of a copied record per read.
        withMentions { all in
        for m in all where !m.anaphoric {
            let slot = slots.slot(m.ref)!
            assert(slot <= found.count, "an entity's slot out of the order of first mentions")
            if slot == found.count {
                // The entity's first mention: slots were given in this order.
                let ref = refName(m.ref)
                var evidence: [Evidence] = []
                evidence.reserveCapacity(Int(mentionCounts[slot]))
                found.append(FoundEntity(ref: ref, kind: m.kind, actorType: m.actorType,
                                         key: m.ref.lexiconEntity.map { extractor.gazetteer.entities[$0].key },
                                         surfaces: [], titles: [], organisations: [], evidence: evidence))
                refs.append(m.ref)
                firstSurface.append((key: "", value: 0))
                otherSurfaces.append([])
            }
            let e = evidence(m.sentence, m.start, m.end, rule: m.rule.rawValue)
            // The evidence text is the mention's surface (shown without invisible format characters). A pattern entity's surfaces were
            // counted as it was found (`PatternEntity.surfaces`): these counts would go unread.
            // Surfaces are compared on their bytes first: most mentions repeat the first surface,
            // and `==` on two Arabic strings compares them canonically (some 240 instructions);
            // equal bytes are equal strings, and other bytes still go to `==`.
            if m.rule != .coreferenceSurname, m.ref.isLexicon {
                // The name as shown: without the invisible format characters the evidence keeps.
                let surface = ArabicFolding.withoutInvisibleFormat(e.text)
                if firstSurface[slot].value == 0 { firstSurface[slot] = (key: surface, value: 1) }
                else if Self.sameSurface(firstSurface[slot].key, surface) { firstSurface[slot].value += 1 }
                else if let c = otherSurfaces[slot].firstIndex(where: { Self.sameSurface($0.key, surface) }) { otherSurfaces[slot][c].value += 1 }
                else { otherSurfaces[slot].append((key: surface, value: 1)) }
            }
            found[slot].evidence.append(e)
        }
        }
        assert(found.count == entityCount, "entities counted and found differ")
        assert(found.indices.allSatisfy { found[$0].evidence.count == Int(mentionCounts[$0]) }, "an entity's mentions counted and found differ")
        // The entities of roles and leaders found above, after those of the mentions.
        found.append(contentsOf: extras)
        refs.append(contentsOf: extraRefs)
        firstSurface.append(contentsOf: repeatElement((key: "", value: 0), count: extras.count))
        otherSurfaces.append(contentsOf: repeatElement([], count: extras.count))
        for slot in found.indices {
            let pattern = refs[slot].patternEntity.map { patternEntities[$0] }
            if let pattern {
                let counts = pattern.surfaces.counts
                found[slot].surfaces = Self.mostFrequentFirst(counts)
            } else if firstSurface[slot].value > 0 {
                // The first surface and the others are ordered as one list without joining them
                // into one (`[first] + others` allocated and copied a list per entity).
                found[slot].surfaces = otherSurfaces[slot].isEmpty ? [firstSurface[slot].key]
                    : Self.mostFrequentFirst(firstSurface[slot], otherSurfaces[slot][...])
            }
            if let pattern {
                found[slot].titles = pattern.titles.sorted()
                found[slot].organisations = pattern.organisations.sorted()
            }
        }
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

    /// Whether two surfaces are the same string: equal bytes first; then, for different bytes,
    /// "no" where the bytes decide it (`PlainTextKey.byteOrderIfDecided`: plain text up to just
    /// past the first difference); `==` (canonical equivalence) for the rest, so that the answer is `==`'s.
    /// `==` normalized two Arabic texts (some 600 instructions a comparison, 13,000 comparisons
    /// per 1,000 articles: a surface met again with other clitics or another spelling).
    @inline(__always)
    static func sameSurface(_ a: String, _ b: String) -> Bool {
        if ByteText.sameBytes(a, b) { return true }
        if PlainTextKey.byteOrderIfDecided(a, b) != nil {
            assert(a != b, "texts that differ in plain text are equal strings")
            return false
        }
        return a == b
    }

    /// Surfaces by count, most frequent first, then in String order of the text: the order of
    /// `counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)`.
    ///
    /// An insertion sort of the entries' positions, in a buffer on the stack, whose texts are
    /// then appended to the result, its one allocation: an entity has two to a handful of
    /// surfaces, and the earlier version allocated a list of sort keys (`PlainTextKey`, some 600
    /// instructions each), one of positions and the result, and its caller a joined list of the
    /// entries. Texts are compared only when their counts tie, by `textPrecedes` (on the bytes
    /// where they decide the order, by `<` otherwise). Every two surfaces differ (they were
    /// counted apart by `==`), so the order is the one total order; debug builds compare it
    /// with the definition's `sorted`.
    static func mostFrequentFirst(_ counts: [(key: String, value: Int)]) -> [String] {
        // None or one surface (most pattern entities): nothing to order.
        counts.count <= 1 ? counts.map(\.key) : mostFrequentFirst(counts[0], counts.dropFirst())
    }

    /// `mostFrequentFirst` of the list `first` then `others`.
    static func mostFrequentFirst(_ first: (key: String, value: Int), _ others: ArraySlice<(key: String, value: Int)>) -> [String] {
        let n = others.count + 1
        var ordered: [String] = []
        ordered.reserveCapacity(n)
        others.withUnsafeBufferPointer { others in
            // Entry k of the list `first` then `others`, read in place.
            func value(_ k: Int) -> Int { k == 0 ? first.value : others[k - 1].value }
            func key(_ k: Int) -> String { k == 0 ? first.key : others[k - 1].key }
            func precedes(_ a: Int, _ b: Int) -> Bool {
                let va = value(a), vb = value(b)
                if va != vb { return va > vb }
                return textPrecedes(key(a), key(b))
            }
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { order in
                for k in 0..<n {
                    var j = k
                    while j > 0, precedes(k, order[j - 1]) { order[j] = order[j - 1]; j -= 1 }
                    order[j] = k
                }
                for k in 0..<n { ordered.append(key(order[k])) }
            }
        }
        assert(ordered == ([first] + others).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key),
               "surfaces out of the defined order")
        return ordered
    }

    /// `a < b` for two surface texts: on the bytes where they decide it
    /// (`PlainTextKey.byteOrderIfDecided`, a few bytes read), by String's `<` otherwise (which
    /// normalizes Arabic text on every comparison). The sort keys used before (`PlainTextKey`)
    /// cost some 600 instructions each to make, reading every byte of a text, and for two
    /// surfaces whose first 16 bytes agree `PlainTextKey.precedes` compared on with
    /// `lexicographicallyPrecedes` on the `UTF8View`, some 1,600 instructions more.
    static func textPrecedes(_ a: String, _ b: String) -> Bool {
        guard let less = PlainTextKey.byteOrderIfDecided(a, b) else { return a < b }
        assert(less == (a < b), "byte order differs from String order where the bytes decide it")
        return less
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


/// Surface texts with their counts, as a `[String: Int]` counted them: one entry per text up to
/// canonical equivalence, under the first text met. A list searched with `sameSurface` (bytes
/// first, then `==`): a pattern entity has one to three surfaces, and the dictionary hashed
/// each Arabic text, normalizing it, on every count (two look-ups of some 2,200 instructions
/// each). The entries are in the order met; `mostFrequentFirst` orders them by a total order
/// (every two entries differ), so that order is never seen.
struct SurfaceCounts: Sendable {
    private(set) var counts: [(key: String, value: Int)] = []

    init() {}

    mutating func add(_ text: String) {
        let c = counts.firstIndex { DocumentRun.sameSurface($0.key, text) }
        assert(c == counts.firstIndex { $0.key == text }, "a surface found by bytes and by == differ")
        if let c { counts[c].value += 1 } else { counts.append((key: text, value: 1)) }
    }
}
