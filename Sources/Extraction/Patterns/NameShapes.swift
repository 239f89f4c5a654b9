/// Two shapes of names the general patterns misread.
///
/// - "القائم بأعمال وزير الدفاع" (the acting minister): "القائم" followed by "بأعمال" is a word of
///   office, not the town of al-Qaim.
/// - "وقالت المتحدثة باسم المجلس أدريان واتسون إن ...": a surname that begins with و ("واتسون",
///   "وليامز", "والاس") is not the conjunction و when it closes a one-word name right before the
///   complementizer of a verb of saying or before punctuation: a coordinated phrase would go on
///   after it.
///
/// - "وحمّل أوستن كتائب حزب الله المسؤولية": a surname alone after a verb of blaming refers back
///   to the person named before, as after a verb of saying.
/// - "المكتب الإعلامي لرئيس الوزراء محمد شياع السوداني": a lexicon body whose name ends in an
///   office ("لرئيس الوزراء") is followed by the holder of that office, as "رئيس الوزراء X" is.
///
/// The checks read one or two tokens, the last one a name of at most three words: O(1).
extension DocumentRun {
    /// Whether the lexicon name matched at `i` is the "القائم" of "القائم بأعمال".
    func isActingTitle(_ words: Int, at i: Int, in s: Sentence) -> Bool {
        guard words == 1, let n = nextWord(i, in: s) else { return false }
        return Cues.actingDuties.matches(token(n))
    }

    /// Whether the word at `j`, which begins with و, closes a name of `nameLength` words: the name
    /// so far has one word and a complementizer (إن / أن) or punctuation follows.
    func closesNameBeforeComplementizer(_ j: Int, nameLength: Int, in s: Sentence) -> Bool {
        guard nameLength == 1 else { return false }
        let after = j + 1
        guard after < s.tokens.upperBound else { return true }
        let t = token(after)
        if t.kind == .punctuation { return !Clitics.isTransparent(t.norm) || t.isComma }
        return Cues.sayComplementizer.matches(t)
    }
}

extension DocumentRun {
    /// The person named right after a lexicon body whose name holds an office word in construct
    /// state after its first word ("المكتب الإعلامي لرئيس الوزراء" + NAME), when `i` is the body's
    /// last token: the name's tokens and the office as title, or nil. The caller registers it.
    func personAfterOfficeInName(_ i: Int, in s: Sentence) -> (name: [Int], title: String)? {
        // Asked for every word inside a name: the integer tests read the mention in place, and
        // only a government body's name ending here is copied.
        let k = Int(covered[i])
        guard withMentions({ $0[k].tokens.upperBound - 1 == i && $0[k].kind == .actor && $0[k].actorType == .governmentBody })
        else { return nil }
        let m = mentions[k]
        guard m.tokens.upperBound - 1 == i, m.kind == .actor, m.actorType == .governmentBody,
              // In construct state ("لرئيس الوزراء"), not a title with its holder in the name ("إدارة الرئيس ترامب").
              let office = m.tokens.first(where: { $0 > m.tokens.lowerBound && Cues.office.matches(token($0)) && !token($0).hasArticle }),
              let start = nextWord(i, in: s), covered[start] < 0 else { return nil }
        let name = readName(from: start, in: s, maxWords: 3, allowArticleFirst: false)
        guard name.count >= 2, isPlausibleName(name) else { return nil }
        return (name, String(Clitics.stem(token(office).norm.string)))
    }
}

extension Cues {
    /// "القائم بأعمال": acting (in the duties of).
    static let actingDuties = WordSet(["بأعمال", "بالأعمال", "باعمال"])
    /// The complementizer after a verb of saying and its subject: "قال X إن".
    static let sayComplementizer = WordSet(["إن", "أن", "بأن"])
    /// Verbs of blaming and accusing after which a person named before in the article is taken up
    /// by surname alone, as after a verb of saying: "وحمّل أوستن كتائب حزب الله المسؤولية",
    /// "واتهم ماكرون ...". Only surnames of persons already named are read (`matchSurnames`).
    static let blameBeforeSurname = WordSet(["حمل", "حملت", "حمّل", "حمّلت", "اتهم", "اتهمت", "يتهم", "تتهم", "دان", "دانت", "أدان", "أدانت"])
}

extension DocumentRun {
    /// Whether a word is in one of the event trigger lists (attack, withdrawal, handover), as a
    /// noun or a verb.
    func isTriggerWord(_ t: Token) -> Bool {
        Cues.attack.matches(t) || Cues.withdraw.matches(t) || Cues.handOver.matches(t)
    }
}

extension Cues {
    /// "عبد" of a theophoric name ("عبد الكريم", "عبد الله"): the divine name after it carries the article.
    static let servantOf = WordSet(["عبد"])
}

/// Persons named after a role with no title word of their own:
/// - after a verb of leading in a relative clause on a body: "الوزارة التي تقودها مارغريتا روبليس",
///   "الهيئة التي يترأسها فالح الفياض";
/// - after "القيادي في" + a named group: "القيادي في حركة النجباء مشتاق طالب السعيدي".
/// The name is two or three words, none with the article first, none known to the lexicon.
/// Reads the name after at most one group mention: O(1).
extension DocumentRun {
    func personAfterLeaderVerbOrMemberOf(_ i: Int, next: Int, in s: Sentence) -> (name: [Int], title: String)? {
        let t = token(i)
        var start = next
        if Cues.leadingVerb.matches(t) {
            guard let p = previousWord(i, in: s), Cues.relativePronoun.matches(token(p)) else { return nil }
        } else if Cues.leaderOfGroup.matches(t) {
            guard token(next).norm == "في", let org = nextWord(next, in: s), covered[org] >= 0 else { return nil }
            let m = mentions[Int(covered[org])]
            guard m.kind == .actor, m.actorType != .person, m.tokens.lowerBound == org,
                  let after = nextWord(m.tokens.upperBound - 1, in: s) else { return nil }
            start = after
        } else {
            return nil
        }
        guard covered[start] < 0, !Cues.title.matches(token(start)) else { return nil }
        let name = readName(from: start, in: s, maxWords: 3, allowArticleFirst: false)
        // "مقتل قيادي في كتائب حزب الله بضربة مسيرة": when no name follows the group, the words
        // after it tell what happened; a word of attack or withdrawal ("بضربة") is never a name.
        guard name.count >= 2, isPlausibleName(name), !name.contains(where: { isTriggerWord(token($0)) }) else { return nil }
        return (name, String(Clitics.stem(t.norm.string)))
    }
}

extension Cues {
    /// Verbs of leading, with the body as object pronoun: "تقودها", "يتولاها", "يترأسها".
    static let leadingVerb = WordSet(["تقودها", "يقودها", "تقوده", "يقوده", "يتولاها", "تتولاها", "يتولاه", "تتولاه",
                                      "يترأسها", "تترأسها", "يترأسه", "تترأسه", "يرأسها", "ترأسها", "يرأسه", "ترأسه"])
    /// A leading member of a group, before "في" + the group: "القيادي في".
    static let leaderOfGroup = WordSet(["القيادي", "القيادية"])
}
