import GraphModel

extension DocumentRun {
    /// One `FoundEntity` per entity named in the article (back-references add no entity).
    ///
    /// Each reference is looked up once per mention to find its slot (`ReferenceTable`: a byte
    /// hash, not SipHash); evidence and surface counts are then appended in place. Entities
    /// come out sorted by reference.
    func collectEntities() {
        var slotOf = ReferenceTable(minimumCapacity: 32)
        var found: [FoundEntity] = []
        // Surfaces per entity with their counts, found by comparison: an entity has one to
        // three surfaces, and hashing Arabic text normalizes it on every lookup.
        var surfaceCounts: [[(key: String, value: Int)]] = []
        // The mentions are read in place from the buffer: `for m in mentions` copied each one
        // (retaining and releasing its four strings) to read a few fields.
        mentions.withUnsafeBufferPointer { all in
            for k in all.indices where !all[k].anaphoric {
                let slot: Int
                let hash = ReferenceTable.hash(all[k].ref)
                if let known = slotOf.value(of: all[k].ref, hash: hash) { slot = known } else {
                    slot = found.count
                    slotOf.insert(all[k].ref, slot, hash: hash)
                    found.append(FoundEntity(ref: all[k].ref, kind: all[k].kind, actorType: all[k].actorType,
                                             key: all[k].ref.hasPrefix("k:") ? String(all[k].ref.dropFirst(2)) : nil,
                                             surfaces: [], titles: [], organisations: [], evidence: []))
                    surfaceCounts.append([])
                }
                // The fields, not the mention: passing `all[k]` to a method copied it.
                let e = evidence(all[k].sentence, all[k].start, all[k].end, rule: all[k].rule)
                // The evidence text is the mention's surface.
                if all[k].rule != "coreference.surname" {
                    if let c = surfaceCounts[slot].firstIndex(where: { $0.key == e.text }) { surfaceCounts[slot][c].value += 1 }
                    else { surfaceCounts[slot].append((key: e.text, value: 1)) }
                }
                found[slot].evidence.append(e)
            }
        }
        // A state named only by a nisba in an event ("بغارة أمريكية") holds a role: it is an entity
        // of the article too, or the merge would drop the role with no node to point at.
        for event in findings.events {
            for role in event.roles where role.ref.hasPrefix("k:") && slotOf.value(of: role.ref) == nil {
                guard let entry = gazetteer.entity(String(role.ref.dropFirst(2))) else { continue }
                slotOf.insert(role.ref, found.count)
                found.append(FoundEntity(ref: role.ref, kind: entry.kind, actorType: entry.actorType, key: entry.key,
                                         surfaces: [], titles: [], organisations: [], evidence: [role.evidence]))
                surfaceCounts.append([])
            }
        }
        // So is a state named only inside a longer name that says it leads ("التحالف الدولي بقيادة
        // الولايات المتحدة"; Relations/LeaderInName.swift).
        for r in findings.relations where r.evidence.rule == Self.leaderInNameRule && slotOf.value(of: r.source) == nil {
            guard let entry = gazetteer.entity(String(r.source.dropFirst(2))) else { continue }
            slotOf.insert(r.source, found.count)
            found.append(FoundEntity(ref: r.source, kind: entry.kind, actorType: entry.actorType, key: entry.key,
                                     surfaces: [], titles: [], organisations: [], evidence: [r.evidence]))
            surfaceCounts.append([])
        }
        for slot in found.indices {
            let pattern = patterns[ReferenceKey(found[slot].ref)]
            let counts = pattern.map { Array($0.surfaces) } ?? surfaceCounts[slot]
            found[slot].surfaces = counts.isEmpty ? [] : counts.count == 1 ? [counts[0].key] : Self.mostFrequentFirst(counts)
            if let pattern {
                found[slot].titles = pattern.titles.sorted()
                found[slot].organisations = pattern.organisations.sorted()
            }
        }
        // Organisations a person speaks for, from the relations found.
        for r in findings.relations where r.relation == .spokespersonOf || r.relation == .memberOf || r.relation == .leads {
            if let slot = slotOf.value(of: r.source), !found[slot].organisations.contains(r.target) {
                found[slot].organisations.append(r.target)
                found[slot].organisations.sort()
            }
        }
        // Sorted by reference in String order, compared on the bytes where that is the same
        // order (`PlainTextKey`): String's `<` normalizes the Arabic references on every comparison.
        let keys = found.map { PlainTextKey($0.ref) }
        var order = Array(found.indices)
        order.sort { PlainTextKey.precedes(found[$0].ref, keys[$0], found[$1].ref, keys[$1]) }
        // Moved into place along the permutation's cycles: `order.map { found[$0] }` copied
        // every entity (retaining its strings and arrays) and then released the originals.
        found.withUnsafeMutableBufferPointer { IndexSort.apply(order, to: $0) }
        findings.entities = found
    }

    /// Surfaces by count, most frequent first, then in String order of the text (compared by
    /// `PlainTextKey`): the order of `sorted { ($1.value, $0.key) < ($0.value, $1.key) }`.
    static func mostFrequentFirst(_ counts: [(key: String, value: Int)]) -> [String] {
        let keys = counts.map { PlainTextKey($0.key) }
        var order = Array(counts.indices)
        order.sort { a, b in
            counts[a].value != counts[b].value ? counts[a].value > counts[b].value
                : PlainTextKey.precedes(counts[a].key, keys[a], counts[b].key, keys[b])
        }
        return order.map { counts[$0].key }
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
