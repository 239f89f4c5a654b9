import GraphModel

/// An accusation against a family of factions that names its leading members: "وتتهم واشنطن
/// فصائل مسلحة مدعومة من إيران، في مقدمها كتائب حزب الله، بالوقوف وراء الهجمات", "... فصائل
/// موالية لإيران بينها عصائب أهل الحق". The accuser accuses the members named after "بينها",
/// "منها", "أبرزها", "في مقدمها/مقدمتها" as well as the family.
///
/// Reads the accusations the sentence gave (`relations`), and for each the at most eight
/// tokens after the accused: O(r) per sentence for r accusations.
extension DocumentRun {
    /// (accuser, member, cue token) for each member named after an accused family in the sentence.
    func accusedMembers(in s: Sentence, mentions local: [Mention], relations: ArraySlice<FoundRelation>) -> [(accuser: Mention, member: Mention, cue: Int)] {
        var out: [(accuser: Mention, member: Mention, cue: Int)] = []
        for r in relations where r.relation == .accuses && r.evidence.sentence == s.index {
            guard let accuser = local.firstInPlace(where: { $0.ref == r.source }),
                  let family = local.firstInPlace(where: { $0.ref == r.target && $0.tokens.lowerBound > accuser.tokens.lowerBound }) else { continue }
            let end = min(s.tokens.upperBound, family.tokens.upperBound + 8)
            guard family.tokens.upperBound < end,
                  let cue = (family.tokens.upperBound..<end).first(where: { Cues.amongThem.matches(token($0)) }),
                  // Nothing named between the family and the cue: the cue lists the family's members.
                  !local.containsInPlace(where: { $0.tokens.lowerBound >= family.tokens.upperBound && $0.tokens.upperBound <= cue }),
                  let member = local.firstInPlace(where: { $0.tokens.lowerBound > cue && $0.tokens.lowerBound - cue <= 2 && $0.actorType == .armedGroup }),
                  member.ref != family.ref, member.ref != accuser.ref else { continue }
            out.append((accuser, member, cue))
        }
        return out
    }
}

extension Cues {
    /// "بينها", "منها", "أبرزها", "في مقدمها / مقدمتها": the members listed after a family of groups.
    static let amongThem = WordSet(["بينها", "بينهم", "منها", "أبرزها", "مقدمها", "مقدمتها", "طليعتها"])
}
