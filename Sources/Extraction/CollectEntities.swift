import GraphModel

extension DocumentRun {
    /// One `FoundEntity` per entity named in the article (back-references add no entity).
    mutating func collectEntities() {
        var byRef: [String: FoundEntity] = [:]
        var surfaceCounts: [String: [String: Int]] = [:]
        for m in mentions where !m.anaphoric {
            var e = byRef[m.ref] ?? FoundEntity(ref: m.ref, kind: m.kind, actorType: m.actorType,
                                                key: m.ref.hasPrefix("k:") ? String(m.ref.dropFirst(2)) : nil,
                                                surfaces: [], titles: [], organisations: [], evidence: [])
            e.evidence.append(evidence(m))
            byRef[m.ref] = e
            if m.rule != "coreference.surname" { surfaceCounts[m.ref, default: [:]][surface(m), default: 0] += 1 }
        }
        for (ref, var e) in byRef {
            let counts = patterns[ref]?.surfaces ?? surfaceCounts[ref] ?? [:]
            e.surfaces = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            if let p = patterns[ref] {
                e.titles = p.titles.sorted()
                e.organisations = p.organisations.sorted()
            }
            byRef[ref] = e
        }
        // Organisations a person speaks for, from the relations found.
        for r in findings.relations where r.relation == .spokespersonOf || r.relation == .memberOf || r.relation == .leads {
            if var e = byRef[r.source], !e.organisations.contains(r.target) { e.organisations.append(r.target); e.organisations.sort(); byRef[r.source] = e }
        }
        findings.entities = byRef.keys.sorted().map { byRef[$0]! }
    }
}
