import GraphModel

/// "وقالت وزارة الدفاع الأميركية ...، وقال المتحدث باسمها X": the spokesperson of the organisation
/// the pronoun of "باسمها/باسمه/باسمهم" refers back to.
///
/// The antecedent is the latest organisation (an actor that is not a person) named before the
/// pronoun, in its sentence or the two before it in the same paragraph, that agrees with the
/// pronoun: "ها" and "هم" take a feminine or plural head ("وزارة", "الحكومة", "قوات", "كتائب", a
/// state), "ه" a masculine one ("التحالف", "الجيش", "البنتاغون"). The gender is read from the
/// first word of the name as written: a final ta marbuta (folded ه) or the plural ات, or a broken
/// plural of the group words, is feminine. An organisation named after باسم (another
/// spokesperson's) is skipped, as the pronoun refers to the subject told about.
///
/// O(mentions of three sentences) per pronoun, and a pronoun is rare.
extension DocumentRun {
    func spokespersonPronounAntecedent(at i: Int, in s: Sentence) -> Mention? {
        let t = token(i)
        let feminine: Bool
        if Cues.inNameOfFeminine.matches(t) { feminine = true } else if Cues.inNameOfMasculine.matches(t) { feminine = false } else { return nil }
        let earliest = text.sentences[max(0, s.index - 2)...s.index].first { $0.paragraph == s.paragraph }?.index ?? s.index
        for m in mentions.reversed() where !m.anaphoric && m.sentence >= earliest && m.sentence <= s.index && m.tokens.upperBound <= i {
            guard m.kind == .actor, m.actorType != nil, m.actorType != .person else { continue }
            let ms = text.sentences[m.sentence]
            if let p = previousWord(m.tokens.lowerBound, in: ms), Cues.inNameOf.matches(token(p)) { continue }
            if isFeminineName(m) == feminine { return m }
        }
        return nil
    }

    /// Whether the organisation's name, as written, takes feminine agreement: a state, or a first
    /// word ending in ta marbuta or ات, or a broken plural of the group words ("كتائب", "سرايا").
    func isFeminineName(_ m: Mention) -> Bool {
        if m.actorType == .state { return true }
        let first = token(m.tokens.lowerBound)
        if Cues.groupClass.matches(first) || Cues.feminineBrokenPlural.matches(first) { return true }
        let word = first.readings.last.map { String($0.0) } ?? first.norm.description
        return word.hasSuffix("ه") || word.hasSuffix("ات")
    }
}

extension Cues {
    /// باسم with a feminine or plural pronoun: the organisation is feminine or plural.
    static let inNameOfFeminine = WordSet(["باسمها", "باسمهم", "باسمهما"])
    /// باسم with the masculine pronoun.
    static let inNameOfMasculine = WordSet(["باسمه"])
    /// Broken plurals that agree in the feminine singular.
    static let feminineBrokenPlural = WordSet(["فصائل", "قوى", "عصائب", "كتائب", "سرايا", "ألوية", "فرق"])
}
