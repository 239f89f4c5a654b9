import GraphModel

/// "التحالف الدولي بقيادة الولايات المتحدة", "التحالف الذي تقوده السعودية": a lexicon name that itself
/// says who leads it. The words after the verb of leading, to the end of the name, are a state
/// of the lexicon: that state leads the named body, as "X بقيادة Y" between two mentions does.
/// The state then is an entity of the article though the text names it only inside the
/// longer name (`CollectEntities`). O(words of the name) per actor mention of three words or more.
extension DocumentRun {
    static let leaderInNameRule = "relation.leads.in-name"

    func leadersInNames(_ local: [Mention]) {
        // The two word lists read once per sentence, not at every word of every name (each read
        // of a static is a `swift_once` call: some 70,000 per 1,000 articles).
        let ledBy = Cues.ledBy, ledByVerb = Cues.ledByVerb
        for m in local where m.kind == .actor && !m.anaphoric && m.tokens.count >= 3 && m.ref.isLexicon {
            guard let cue = m.tokens.dropFirst().first(where: { ledBy.matches(token($0)) || ledByVerb.matches(token($0)) }),
                  cue + 1 < m.tokens.upperBound,
                  let match = gazetteer.trie.longestMatch(in: text.tokens, at: cue + 1, limit: m.tokens.upperBound),
                  match.end == m.tokens.upperBound,
                  let hit = match.payloads.first(where: { gazetteer.entities[$0.entity].actorType == .state }) else { continue }
            guard lexiconRef(hit.entity) != m.ref else { continue }
            findings.relations.append(FoundRelation(relation: .leads, source: gazetteer.refs[hit.entity], target: refName(m.ref),
                                                    evidence: evidence(m, rule: Self.leaderInNameRule)))
        }
    }
}

extension Cues {
    /// "الذي تقوده": the verb of a relative clause of leading inside a name.
    static let ledByVerb = WordSet(["تقوده", "يقوده", "تقودها", "يقودها"])
}
