import GraphModel

extension DocumentRun {
    /// One `FoundEntity` per entity named in the article (back-references add no entity).
    ///
    /// Each reference is looked up once per mention to find its slot; evidence and surface
    /// counts are then appended in place. Entities come out sorted by reference.
    mutating func collectEntities() {
        var slotOf: [String: Int] = [:]
        var found: [FoundEntity] = []
        var surfaceCounts: [[String: Int]] = []
        for m in mentions where !m.anaphoric {
            let slot: Int
            if let known = slotOf[m.ref] { slot = known } else {
                slot = found.count
                slotOf[m.ref] = slot
                found.append(FoundEntity(ref: m.ref, kind: m.kind, actorType: m.actorType,
                                         key: m.ref.hasPrefix("k:") ? String(m.ref.dropFirst(2)) : nil,
                                         surfaces: [], titles: [], organisations: [], evidence: []))
                surfaceCounts.append([:])
            }
            let e = evidence(m)
            found[slot].evidence.append(e)
            // The evidence text is the mention's surface.
            if m.rule != "coreference.surname" { surfaceCounts[slot][e.text, default: 0] += 1 }
        }
        for slot in found.indices {
            let pattern = patterns[found[slot].ref]
            let counts = pattern?.surfaces ?? surfaceCounts[slot]
            found[slot].surfaces = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            if let pattern {
                found[slot].titles = pattern.titles.sorted()
                found[slot].organisations = pattern.organisations.sorted()
            }
        }
        // Organisations a person speaks for, from the relations found.
        for r in findings.relations where r.relation == .spokespersonOf || r.relation == .memberOf || r.relation == .leads {
            if let slot = slotOf[r.source], !found[slot].organisations.contains(r.target) {
                found[slot].organisations.append(r.target)
                found[slot].organisations.sort()
            }
        }
        findings.entities = found.sorted { $0.ref < $1.ref }
    }
}
