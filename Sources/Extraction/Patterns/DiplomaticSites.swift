import GraphModel

/// Embassies and consulates named by their state's nisba: "السفارة البريطانية", "والقنصلية
/// التركية", "لدى السفارة الفرنسية". The press names a foreign mission this way far more often
/// than by its full title, and the lexicon lists only the missions that recur (the US embassy);
/// the mission is a place (a site in its city, as the gold format types the US embassy), the
/// target when a bomb hits one of its vehicles (`Events/EventVictimSide.swift`).
///
/// One entity per mission word and state whatever clitics the word carries: the reference is
/// built from the reading without clitics and article ("p:place:سفاره بريطانيه"). O(1) per word.
extension DocumentRun {
    /// Registers "MISSION NISBA" at `i` as a diplomatic site; false when the words are not that.
    func matchDiplomaticSite(at i: Int, _ t: Token, next: Int, in s: Sentence) -> Bool {
        // The list's bit first (asked for every word): it holds exactly when some reading is in the list,
        // which the `first(where:)` below finds; the nisba look-up after it costs probes.
        guard Cues.diplomaticMission.matches(t), covered[next] < 0, token(next).norm.hasLetterPrefix("ال"), stateOfNisba(token(next)) != nil,
              let (form, stripped) = t.readings.first(where: { Cues.diplomaticMission.contains(form: $0.0) }) else { return false }
        // Only the definite noun ("السفارة", "بالسفارة", "للسفارة"): "سفارة" in construct names the mission by what follows.
        // A reading's count is of the clitic letters before the article, which the surface keeps.
        let rest = t.norm.unicodeScalars.dropFirst(stripped)
        guard rest.starts(with: "ال".unicodeScalars) || stripped == 2 && t.norm.hasPrefix("لل") else { return false }
        let surfaceLetters = stripped
        let nisba = ArabicFolding.withoutArticle(Substring(token(next).norm.description))
        let reference = "p:place:" + String(form) + " " + nisba
        let start = offsetAfterLetters(text, token: t, letters: surfaceLetters)
        let end = token(next).end
        let ref = patternRef(reference, PatternEntity(ref: reference, kind: .place, actorType: nil, type: .site, surfaces: SurfaceCounts(), titles: [],
                                                      organisations: [], words: [form, nisba]))
        patternEntities[ref.patternEntity!].surfaces.add(text.nameText(start, end))
        addMention(Mention(ref: ref, kind: .place, actorType: nil, type: .site, sentence: s.index, tokens: i..<(next + 1),
                           start: start, end: end, clitic: cliticLetters(t, surfaceLetters), rule: .patternDiplomaticSite))
        return true
    }
}

extension Mention {
    /// A place that is a site (an embassy, a consulate, named by the lexicon or by a nisba): it can own a vehicle.
    var isSitePlace: Bool { kind == .place && type == .site }
}

extension Cues {
    /// A foreign mission: embassy, consulate.
    static let diplomaticMission = WordSet(["سفارة", "قنصلية"])
}
