import GraphModel

/// Oil and gas fields: "حقل غرب القرنة 1 النفطي", "حقل مجنون النفطي", "حقل كورمور الغازي". Companies
/// evacuate their staff from them and rockets fall on them, and no lexicon lists them all. The
/// name is the words between "حقل" and the adjective "النفطي/الغازي" (at most four, a number
/// among them); a town the lexicon knows inside the name ("القرنة" in "غرب القرنة 1") is part of
/// the field's name there, not a mention of the town. Without the adjective "حقل" is too common
/// a word ("في حقل التعليم") to name anything. O(name length) per "حقل".
extension Cues {
    /// "حقل" with any clitic: the gate of `matchOilField` in `matchPatterns`' word loop (the rule
    /// itself takes the bare word only).
    static let oilField = WordSet(["حقل"])
}

extension DocumentRun {
    /// Registers "حقل NAME النفطي" at `i` as a place; false when the words are not that.
    func matchOilField(at i: Int, _ t: Token, in s: Sentence) -> Bool {
        guard t.norm == "حقل" else { return false }
        var name: [Int] = []
        var inner: Int?
        var j = nextWord(i, in: s)
        while let k = j, name.count < 4 {
            if Cues.fieldAdjective.matches(token(k)) { break }
            if token(k).norm == "في" || Cues.on.matches(token(k)) || Cues.from.matches(token(k)) { return false }
            if covered[k] >= 0 {
                let m = Int(covered[k])
                // One place mention may lie inside the name; anything else ends it.
                guard inner == nil || inner == m, mentions[m].kind == .place, mentions[m].tokens.lowerBound >= k else { return false }
                inner = m
                name.append(contentsOf: mentions[m].tokens)
                j = nextWord(mentions[m].tokens.upperBound - 1, in: s)
                continue
            }
            name.append(k)
            j = nextWord(k, in: s)
        }
        guard !name.isEmpty, let end = j, Cues.fieldAdjective.matches(token(end)), name.last! + 1 == end || token(end - 1).kind == .punctuation
        else { return false }
        guard name.contains(where: { token($0).kind == .word && covered[$0] < 0 }) || inner != nil else { return false }
        // Registered here rather than by `addPatternEntity`, which refuses one-letter words: a
        // field's number ("1") is part of its name.
        let words = name.map { ArabicFolding.withoutArticle(Substring(token($0).norm.description)) }
        let reference = "p:place:حقل " + words.joined(separator: " ")
        let start = t.start, stop = token(name.last!).end
        let ref = patternRef(reference, PatternEntity(ref: reference, kind: .place, actorType: nil, type: .oilField, surfaces: SurfaceCounts(),
                                                      titles: [], organisations: [], words: words))
        patternEntities[ref.patternEntity!].surfaces.add(text.nameText(start, stop))
        addMention(Mention(ref: ref, kind: .place, actorType: nil, type: .oilField, sentence: s.index, tokens: i..<(name.last! + 1),
                           start: start, end: stop, clitic: CliticLetters(), rule: .patternOilField))
        // The new mention takes the inner town mention's slot, so no token points at the town any more.
        if let inner {
            mentions[inner] = mentions.removeLast()
            for k in i...name.last! { covered[k] = Int32(inner) }
        }
        return true
    }
}

extension Cues {
    /// Adjectives that close the name of a field.
    static let fieldAdjective = WordSet(["النفطي", "الغازي", "النفطية"])
}
