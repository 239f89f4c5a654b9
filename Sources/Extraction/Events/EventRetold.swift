import GraphModel

/// One attack told twice, and the date of an attack told in the background.
///
/// - "عبوة ناسفة أمس الاثنين على الطريق الدولي استهدفت رتلاً": a device and the verb after it are
///   one attack, not two.
/// - "فيما دان رئيس الوزراء الاعتداء الذي استهدف مدينة أربيل": a condemned attack with the target of
///   one told before is that attack told again.
/// - "متوعدا إسرائيل بـ"رد قاس"": a reply threatened dates nothing as the day after the event before.
/// - "الصادر في كانون الثاني الماضي، عقب مقتل X بضربة": a background killing takes the month of what
///   followed it. An attack told months or years back never takes the article's week.
///
/// Each check reads a window of a few words around a trigger: O(1) per trigger, O(events) for a
/// condemnation.
extension DocumentRun {
    /// "قرار البرلمان الصادر في كانون الثاني/يناير الماضي، عقب مقتل X بضربة أمريكية": a background
    /// killing with no date of its own that a dated event followed ("عقب/إثر/بعد" before the killing
    /// word) happened in that event's month or year at the latest; when that date is known only to the
    /// month or the year, it is the killing's date at that precision (a day would claim too much).
    /// The date stands within six tokens before the after-word. O(dates of the sentence).
    func monthOfEventFollowing(killedWord: Int, in s: Sentence, dates: [(token: Int, date: EventDate)]) -> EventDate? {
        // "بعد أيام من اغتيال X": a vague span between the after-word and the killing; the date
        // may then stand further back, in the clause of the event that followed (up to 14 tokens).
        guard let (afterWord, spanned) = afterWordOfKilling(killedWord, in: s) else { return nil }
        let reach = spanned ? 14 : 6
        guard let d = dates.last(where: { $0.token < afterWord && afterWord - $0.token <= reach }),
              d.date.precision == .month || d.date.precision == .year else { return nil }
        return EventDate(start: d.date.start, precision: d.date.precision,
                         trace: DateTrace(anchor: d.date.trace?.anchor ?? d.date.iso, rule: "period-of-event-following/" + (d.date.trace?.rule ?? "date")))
    }

    /// "عبوة ناسفة أمس الاثنين على الطريق الدولي استهدفت رتلاً": an attack verb without a conjunction
    /// (و، ف) after a device or projectile noun opening the trigger before it (عبوة، صاروخ، قذيفة, a drone), with only a time or place phrase between them
    /// (no punctuation, at most ten tokens), is the predicate of that noun: one event, not two.
    func verbTellsDevice(_ group: TriggerGroup, after last: TriggerGroup, in s: Sentence) -> Bool {
        guard last.kind == .attack, group.kind == .attack, group.first - last.last <= 10, group.first > last.last + 1,
              Cues.hitVerb.matches(token(group.first)), Cues.device.matches(token(last.first)) || Cues.projectile.matches(token(last.first))
        else { return false }
        let verb = token(group.first).norm
        guard !verb.hasPrefix("و"), !verb.hasPrefix("ف") else { return false }
        return !((last.last + 1)..<group.first).contains { token($0).kind == .punctuation }
    }

    /// "فيما دان رئيس الوزراء الاعتداء الذي استهدف مدينة أربيل": an attack verb in a relative clause
    /// whose head (a definite noun) is the object of a verb of condemning, within six words before
    /// it, names an attack the article told before: the latest attack event with one of its targets
    /// as a target or a location, whose index this returns. A condemnation that opens the report (no earlier attack on
    /// that target) stays a report of its own. O(events) per trigger.
    ///
    /// The targets' names are made only once the words before the trigger tell a condemnation
    /// (`targets` is an autoclosure; every test is a pure read, so the order changes no answer):
    /// made for every attack, they were a filtered list, a mapped list and a String per target.
    func condemnedAttackToldBefore(_ g: TriggerGroup, targets targetNames: @autoclosure () -> [String], in s: Sentence) -> Int? {
        guard let relative = previousWord(g.first, in: s), Cues.relativePronoun.matches(token(relative)),
              let head = previousWord(relative, in: s), token(head).hasArticle else { return nil }
        var p = previousWord(head, in: s)
        var hops = 0
        var condemned = false
        while let q = p, hops < 6 {
            if Cues.condemn.matches(token(q)) { condemned = true; break }
            p = previousWord(q, in: s); hops += 1
        }
        guard condemned else { return nil }
        let targets = targetNames()
        guard !targets.isEmpty else { return nil }
        return findings.events.indices.last { i in
            findings.events[i].kind == .attack && eventSentences[i] < s.index
                && findings.events[i].roles.contains { ($0.relation == .target || $0.relation == .location) && targets.contains($0.ref) }
        }
    }

    /// "متوعدا إسرائيل بـ"رد قاس وحاسم"": a word of reply after a verb of threatening, within three
    /// words, is a reply to come, not one told.
    func isThreatenedReply(_ i: Int, in s: Sentence) -> Bool {
        var p = previousWord(i, in: s)
        var hops = 0
        while let q = p, hops < 3 {
            if Cues.vowVerb.matches(token(q)) || Cues.threatening.matches(token(q)) { return true }
            p = previousWord(q, in: s); hops += 1
        }
        return false
    }
}

extension Cues {
    /// Devices that carry out an attack as the subject of its verb ("عبوة ... استهدفت").
    static let device = WordSet(["عبوة", "عبوات", "عبوتين", "عبوتان", "طائرة", "طائرات", "مسيرة", "مسيرات", "سيارة"])
    /// Participles of threatening: "متوعدا", "مهددا".
    static let threatening = WordSet(["متوعدا", "متوعدة", "متوعدين", "مهددا", "مهددة", "ملوحا", "ملوحة"])
    /// Verbs of condemning: "دان", "أدانت", "استنكر", "ندد".
    static let condemn = WordSet(["دان", "أدان", "أدانت", "دانت", "يدين", "تدين", "استنكر", "استنكرت", "يستنكر", "تستنكر",
                                  "ندد", "نددت", "يندد", "تندد", "شجب", "شجبت"])
}

extension Cues {
    /// A span of time with no count: "بعد أيام من", "بعد أسابيع من", "بعد ساعات من".
    static let vagueSpan = WordSet(["أيام", "ايام", "أسابيع", "اسابيع", "ساعات", "أشهر", "اشهر", "شهور"])
}

extension DocumentRun {
    /// "ردت عليها/عليه": a verb of replying whose object is a pronoun, the event told before it.
    /// The reply is placed by that event, not by the publication. O(1).
    func isReplyToEventToldBefore(_ i: Int, in s: Sentence) -> Bool {
        guard Cues.replied.matches(token(i)), let n = nextWord(i, in: s) else { return false }
        return Cues.onPronoun.matches(token(n))
    }
}

extension Cues {
    static let onPronoun = WordSet(["عليه", "عليها", "عليهما", "عليهم"])
}

extension DocumentRun {
    /// "…، في هجوم تبناه الحرس": an indefinite attack noun after "في", set off by a comma from the
    /// attack told before it in the sentence and naming no base or place hit after itself, is that attack
    /// told again (its claim is of every target the sentence named). O(roles).
    func sumsUpAttackBefore(_ g: TriggerGroup, roles: [(Relation, Mention)], in s: Sentence) -> Bool {
        let head = token(g.first)
        guard !head.hasArticle, Cues.attackNoun.matches(head), let p = previousWord(g.first, in: s), token(p).norm == "في",
              p > s.tokens.lowerBound, token(p - 1).isComma else { return false }
        return !roles.contains { $0.0 == .target && $0.1.kind != .actor && $0.1.tokens.lowerBound > g.last }
    }
}

extension Cues {
    /// Nouns that name an attack as a whole (not its weapon): "في هجوم", "في عملية قصف".
    static let attackNoun = WordSet(["هجوم", "اعتداء", "عملية", "ضربة", "غارة"])
}
