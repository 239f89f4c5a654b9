import GraphModel

/// The forces of a coalition member, named by the member's nisba ("القوات الإيطالية",
/// "المستشارون الفرنسيون"), are part of the coalition when the article names the coalition:
/// in this genre a member's troops in Iraq serve under it. The rule is read over the whole
/// article because the coalition is often named a sentence or more away ("مستشارو قوات
/// التحالف الدولي" … "وكان المستشارون الفرنسيون"). The evidence is the forces' own name.
///
/// O(F · (R · C + M)): F forces mentions, R the state's lexicon relations, C coalition mentions, M mentions.
extension DocumentRun {
    func memberForcesOfCoalition() {
        // The coalitions and the forces named by a nisba, found by reading the mentions in place:
        // `filter` and `for m in mentions` copied every mention of the article (retaining its four
        // strings) and compared every mention's rule as a String.
        var coalitions: [Mention] = []
        var forces: [Int] = []
        withMentions { all in
            for k in all.indices {
                if all[k].kind == .actor && all[k].actorType == .coalition && !all[k].anaphoric { coalitions.append(all[k]) }
                if all[k].actorType == .militaryForce && all[k].rule == .patternForcesNisba { forces.append(k) }
            }
        }
        guard !coalitions.isEmpty else { return }
        var done = Set<EntityRef>()
        for k in forces where !done.contains(mentions[k].ref) {
            let m = mentions[k]
            // The nisba is the last word of the name ("القوات الفرنسية").
            guard let state = stateOfNisba(token(m.tokens.upperBound - 1)) else { continue }
            // An alliance counts as named by its own name or by one of its bodies ("مهمة حلف شمال الأطلسي في العراق").
            var inSentence = Set<String>()
            for n in mentions where n.sentence == m.sentence && !n.anaphoric {
                inSentence.insert(refName(n.ref))
                // An entity without background relations adds nothing here.
                if let e = n.ref.lexiconEntity {
                    for r in gazetteer.relationTargets[e] where r.relation == .partOf { inSentence.insert(r.targetRef) }
                }
            }
            // A member of two alliances serves the one its own sentence names ("الجنود الكرواتيين
            // … المشاركين في مهمة حلف شمال الأطلسي"); with none named there, every one the article names.
            let alliances = gazetteer.relationTargets[state].filter { r in
                r.relation == .memberOf && (inSentence.contains(r.targetRef) || coalitions.contains { refName($0.ref) == r.targetRef })
            }.map(\.targetRef)
            let named = alliances.filter { inSentence.contains($0) }
            for target in named.isEmpty ? alliances : named {
                findings.relations.append(FoundRelation(relation: .partOf, source: refName(m.ref), target: target,
                                                        evidence: evidence(m, rule: "relation.part_of.member-forces")))
                done.insert(m.ref)
            }
        }
    }
}
