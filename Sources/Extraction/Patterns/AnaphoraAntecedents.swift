import GraphModel

/// The mentions a back-reference may take as its antecedent, by kind of back-reference: the
/// indices in `DocumentRun.mentions` of the named (not anaphoric) mentions of bases, armed
/// groups, countries and government bodies, each list in `mentions` order.
///
/// `resolveAnaphora` looks for the latest mention before "القاعدة" / "الجماعة" / "البلاد" /
/// "الوزارة" that fits the word, and it read every mention of the article for every such word
/// (and, for "القاعدة", every mention once more to ask whether a base was named before it).
/// Every mention a word's test admits is in its kind's list (a base for القاعدة, an armed group
/// for الجماعة, a country for البلاد, a government body for الوزارة), so reading the list in
/// `mentions` order finds the same mention, ties included.
///
/// Made once per article, at its first back-reference: by then every named mention has been
/// found (`resolveAnaphora` runs after the lexicon, the patterns and the surnames, and adds
/// only back-references, which name no antecedent). Valid until `mentions` is sorted, after
/// the back-references are resolved; debug builds compare each answer with the scan of all
/// mentions. O(mentions) once per article, then O(list) per back-reference.
struct AnaphoraAntecedents {
    var bases: [Int32] = []
    var armedGroups: [Int32] = []
    var countries: [Int32] = []
    var governmentBodies: [Int32] = []
    /// Whether each armed group reference asked about so far is named كتائب ... ("الكتائب" names
    /// one of them), in the order asked: each reference's name is folded once per article, where
    /// it was folded again for every mention of it before every such word.
    var kataibAnswers: [(ref: EntityRef, kataib: Bool)] = []
}

extension DocumentRun {
    /// The article's antecedent lists, made at the first call (see `AnaphoraAntecedents`).
    func anaphoraAntecedents() -> AnaphoraAntecedents {
        if let made = anaphoraAntecedentLists { return made }
        var lists = AnaphoraAntecedents()
        withMentions { all in
            for k in all.indices where !all[k].anaphoric {
                if all[k].kind == .base { lists.bases.append(Int32(k)) }
                if all[k].actorType == .armedGroup { lists.armedGroups.append(Int32(k)) }
                if all[k].isCountry { lists.countries.append(Int32(k)) }
                if all[k].actorType == .governmentBody { lists.governmentBodies.append(Int32(k)) }
            }
        }
        anaphoraAntecedentLists = lists
        return lists
    }

    /// `foldedNameStartsWithKataib(m)`, kept per reference for the article (`AnaphoraAntecedents.kataibAnswers`).
    func namesKataib(_ m: Mention) -> Bool {
        if let known = anaphoraAntecedentLists?.kataibAnswers.first(where: { $0.ref == m.ref }) { return known.kataib }
        let answer = foldedNameStartsWithKataib(m)
        // Asked by back-references only, after they made the lists; were it asked before, the
        // answer would simply not be kept.
        assert(anaphoraAntecedentLists != nil, "namesKataib asked before the antecedent lists were made")
        anaphoraAntecedentLists?.kataibAnswers.append((m.ref, answer))
        return answer
    }

    /// Whether the group's Arabic name (the lexicon entity's, else the pattern reference's last
    /// part) folds to a name starting with كتايب: a function of the mention's reference alone.
    func foldedNameStartsWithKataib(_ m: Mention) -> Bool {
        let name = m.ref.lexiconEntity.map { gazetteer.entities[$0].ar } ?? String(refName(m.ref).split(separator: ":").last ?? "")
        return ArabicFolding.normalize(name).hasPrefix("كتايب")
    }
}
