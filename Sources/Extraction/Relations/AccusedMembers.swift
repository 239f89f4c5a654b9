import GraphModel

/// An accusation against a family of factions that names its leading members: "وتتهم واشنطن
/// فصائل مسلحة مدعومة من إيران، في مقدمها كتائب حزب الله، بالوقوف وراء الهجمات", "... فصائل
/// موالية لإيران بينها عصائب أهل الحق". The accuser accuses the members named after "بينها",
/// "منها", "أبرزها", "في مقدمها/مقدمتها" as well as the family, with the members coordinated with
/// the first one ("بينها كتائب حزب الله وعصائب أهل الحق"), and a member named before "في مقدمة هذه
/// الفصائل" ("ورجحوا أن تكون كتائب حزب الله في مقدمة هذه الفصائل"). A member is backed by whom the
/// family is backed by (the family's backers in the lexicon, or told in the sentence).
///
/// Reads the accusations the sentence gave (`relations`), and for each the at most eight
/// tokens after the accused and the list after the cue: O(r · m) per sentence for r accusations
/// and m mentions.
extension DocumentRun {
    /// (accuser, member, cue token, family) for each member named with an accused family in the sentence.
    func accusedMembers(in s: Sentence, mentions local: [Mention], relations: ArraySlice<FoundRelation>)
        -> [(accuser: Mention, member: Mention, cue: Int, family: Mention)] {
        var out: [(accuser: Mention, member: Mention, cue: Int, family: Mention)] = []
        // Read in place: a copy of each relation retained its strings (the references are the
        // gazetteer's, shared by every worker thread).
        relations.withUnsafeBufferPointer { relations in
            for r in relations.indices where relations[r].relation == .accuses && relations[r].evidence.sentence == s.index {
                // The references named: no mention has a name no entity has.
                guard let source = entityRef(named: relations[r].source), let target = entityRef(named: relations[r].target),
                      let accuser = local.first(where: { $0.ref == source }),
                      let family = local.first(where: { $0.ref == target && $0.tokens.lowerBound > accuser.tokens.lowerBound }) else { continue }
                for (member, cue) in listedMembers(after: family, in: s, mentions: local) + membersLeading(after: family, in: s, mentions: local)
                    where member.ref != family.ref && member.ref != accuser.ref {
                    out.append((accuser, member, cue, family))
                }
            }
        }
        return out
    }

    /// The groups listed after "بينها/أبرزها/في مقدمها" right after the family: the first within two
    /// words of the cue, then each one coordinated with و within two words of the one before.
    func listedMembers(after family: Mention, in s: Sentence, mentions local: [Mention]) -> [(Mention, Int)] {
        let end = min(s.tokens.upperBound, family.tokens.upperBound + 8)
        guard family.tokens.upperBound < end,
              let cue = (family.tokens.upperBound..<end).first(where: { Cues.amongThem.matches(token($0)) }),
              // Nothing named between the family and the cue: the cue lists the family's members.
              !local.contains(where: { $0.tokens.lowerBound >= family.tokens.upperBound && $0.tokens.upperBound <= cue }),
              let first = local.first(where: { $0.tokens.lowerBound > cue && $0.tokens.lowerBound - cue <= 2 && $0.actorType == .armedGroup })
        else { return [] }
        var out = [(first, cue)]
        var last = first
        for m in local where m.tokens.lowerBound >= last.tokens.upperBound && m.actorType == .armedGroup && !m.anaphoric {
            guard m.tokens.lowerBound - last.tokens.upperBound <= 1, m.clitic.hasPrefix("و") else { break }
            out.append((m, cue)); last = m
        }
        return out
    }

    /// "ورجحوا أن تكون كتائب حزب الله في مقدمة هذه الفصائل": a group right before "في مقدمة/طليعة" +
    /// a demonstrative, after the family in the sentence.
    func membersLeading(after family: Mention, in s: Sentence, mentions local: [Mention]) -> [(Mention, Int)] {
        var out: [(Mention, Int)] = []
        for i in family.tokens.upperBound..<s.tokens.upperBound where Cues.forefront.matches(token(i)) {
            guard let d = nextWord(i, in: s), Cues.demonstrative.matches(token(d)),
                  let p = previousWord(i, in: s), token(p).norm == "في",
                  let member = local.last(where: { $0.tokens.upperBound <= p && p - $0.tokens.upperBound <= 0 && $0.actorType == .armedGroup })
            else { continue }
            out.append((member, i))
        }
        return out
    }

    /// Whom a family of factions is backed by: its lexicon backers, and those the sentence names
    /// with a backed_by edge from it.
    func backers(of family: Mention, in s: Sentence) -> [String] {
        var out: [String] = []
        if let e = family.ref.lexiconEntity {
            out += gazetteer.relationTargets[e].filter { $0.relation == .backedBy }.map(\.targetRef)
        }
        let familyName = refName(family.ref)
        out += findings.relations.filter { $0.relation == .backedBy && $0.source == familyName && $0.evidence.sentence == s.index }.map(\.target)
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }
}

extension Cues {
    /// "بينها", "منها", "أبرزها", "في مقدمها / مقدمتها": the members listed after a family of groups.
    static let amongThem = WordSet(["بينها", "بينهم", "منها", "أبرزها", "مقدمها", "مقدمتها", "طليعتها"])
    /// "في مقدمة / طليعة هذه الفصائل": the member named before leads the family.
    static let forefront = WordSet(["مقدمة", "طليعة"])
}
