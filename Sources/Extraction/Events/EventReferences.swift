import GraphModel

/// Mentions of an event that are not a new occurrence, and dates told relative to another event.
///
/// News about a campaign of attacks names earlier events all the time: as the object of a
/// claim ("وتبنت الهجوم جماعة"), as a cause ("ردا على هجوم أربيل"), or as the point a new
/// event is counted from ("بعد ثلاثة أيام من الهجوم الأول"). Those mentions must not become
/// events of their own, and the offset they give is the only date some events have.
///
/// An offset phrase is `بعد|عقب` + duration + `من|على` + the referenced event; the duration is
/// a dual ("يومين"), a count and a unit ("ثلاثة أيام", "3 أسابيع") or a bare plural ("أيام",
/// unknown length). Parsing reads at most four tokens after بعد, so a sentence of n tokens
/// costs O(n).
extension DocumentRun {
    struct OffsetPhrase {
        /// The token of بعد / عقب.
        var start: Int
        /// The token of من / على that introduces the referenced event; nil for a bare "بعد خمسة أيام",
        /// counted from the event told before.
        var of: Int?
        /// The end (exclusive) of the referenced event's noun phrase: the next punctuation or the sentence end.
        var referenceEnd: Int
        /// Days between the referenced event and the clause's; nil when the text does not say ("بعد أيام").
        var days: Int?
    }

    /// "وجاء ذلك بعد يوم واحد من استهداف مطار بغداد": the subject before the phrase is the event told
    /// just before (a demonstrative or a definite event noun stands for it), so the referenced event
    /// lies that many days before it. Nil when the subject is something else, the days are not told,
    /// or the event before has no day of its own.
    func countedBackFromEventToldBefore(_ p: OffsetPhrase, in s: Sentence) -> EventDate? {
        guard let days = p.days, s.tokens.lowerBound < p.start else { return nil }
        let subject = (s.tokens.lowerBound..<p.start).contains { i in
            token(i).kind == .word && (Cues.demonstrative.matches(token(i))
                || token(i).hasArticle && (Cues.attack.matches(token(i)) || Cues.withdraw.matches(token(i))))
        }
        guard subject, let before = findings.events.indices.last(where: { eventSentences[$0] >= s.index - 2 && eventSentences[$0] < s.index
                  && !findings.events[$0].dateIsFallback && findings.events[$0].date?.precision == .day }),
              let d = findings.events[before].date else { return nil }
        return EventDate(start: d.start.adding(days: -days), precision: .day,
                         trace: DateTrace(anchor: "\(days) days before the event in sentence \(eventSentences[before]) (\(d.iso))",
                                          rule: "offset-before-event"))
    }

    /// The offset phrases of a sentence, in text order. Found once per sentence: the event rules
    /// ask for them once per trigger and several times more for each date (references, spans,
    /// offsets), and sentences are read one after the other.
    func offsetPhrases(in s: Sentence) -> [OffsetPhrase] {
        if let cached = offsetPhraseCache, cached.sentence == s.index { return cached.phrases }
        let phrases = findOffsetPhrases(in: s)
        offsetPhraseCache = (s.index, phrases)
        return phrases
    }

    /// The offset phrases of a sentence, found anew (what `offsetPhrases(in:)` keeps).
    func findOffsetPhrases(in s: Sentence) -> [OffsetPhrase] {
        var out: [OffsetPhrase] = []
        // The list is read once and the words are tested in place (Events/InPlaceWordTests.swift):
        // every word of a sentence with a trigger is asked, and few are بعد or عقب.
        let offsetAfter = Cues.offsetAfter
        let starts = text.tokens.withUnsafeBufferPointer { tokens in s.tokens.filter { offsetAfter.matches(tokens, $0) } }
        for i in starts {
            guard let (days, durationEnd) = duration(after: i, in: s) else { continue }
            var unitEnd = durationEnd
            // "بعد أيام قليلة من", "بعد ساعات معدودة على": a word of fewness after a vague period.
            if days == nil, let few = nextWord(unitEnd, in: s), Cues.few.matches(token(few)) { unitEnd = few }
            guard let of = nextWord(unitEnd, in: s), Cues.offsetOf.matches(token(of)) else {
                out.append(OffsetPhrase(start: i, of: nil, referenceEnd: unitEnd + 1, days: days))
                continue
            }
            var end = of + 1
            while end < s.tokens.upperBound, token(end).kind != .punctuation || Clitics.isTransparent(token(end).norm) { end += 1 }
            out.append(OffsetPhrase(start: i, of: of, referenceEnd: end, days: days))
        }
        return out
    }

    /// A duration right after `i`: (days or nil if unknown, the last token of the duration).
    func duration(after i: Int, in s: Sentence) -> (Int?, Int)? {
        guard let a = nextWord(i, in: s) else { return nil }
        if let unit = Self.unitDays(token(a), dual: true) {
            // "بعد يوم واحد من", "بعد أسبوع واحد".
            if let n = nextWord(a, in: s), ["واحد", "واحده"].contains(where: { token(n).norm == $0 }) { return (unit, n) }
            return (unit, a)
        }
        if Cues.vaguePeriod.matches(token(a)) { return (nil, a) }
        guard let count = numberValue(token(a)), let b = nextWord(a, in: s), let unit = Self.unitDays(token(b), dual: false) else { return nil }
        return (count * unit, b)
    }

    /// Days in one unit word; with `dual`, the dual and singular forms that stand alone ("يومين", "أسبوع").
    static func unitDays(_ t: Token, dual: Bool) -> Int? {
        for (form, _) in t.readings {
            switch String(form) {
            case "يوم", "ايام", "يوما": return dual && form != "يوم" ? nil : 1
            case "اسبوع", "اسابيع": return dual && form != "اسبوع" ? nil : 7
            case "يومين", "يومان": return dual ? 2 : nil
            case "اسبوعين", "اسبوعان": return dual ? 14 : nil
            default: continue
            }
        }
        return nil
    }

    /// A small cardinal: digits or a number word (folded forms).
    func numberValue(_ t: Token) -> Int? {
        if t.kind == .number { return Int(t.norm.string) }
        for (form, _) in t.readings { if let v = Self.smallNumbers[String(form)] { return v } }
        return nil
    }

    /// The number words of `numberValue`, folded. A static table: a dictionary literal in the
    /// function was built (every key hashed) on each call.
    static let smallNumbers: [String: Int] = ["واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7,
                                              "ثمانيه": 8, "تسعه": 9, "عشره": 10, "ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7,
                                              "ثماني": 8, "تسع": 9, "عشر": 10]

    /// Whether the trigger names an event told elsewhere rather than a new one: the object of
    /// a claim ("تبنت الهجوم"), a cause ("ردا على هجوم أربيل", "انتقاما لمقتل"), or the event an
    /// offset is counted from ("بعد ثلاثة أيام من الهجوم الأول").
    func isEventReference(_ g: TriggerGroup, in s: Sentence) -> Bool {
        guard let p = previousWord(g.first, in: s) else { return false }
        // "تبنت الهجوم جماعة": the attack just told; "تبنيها للهجوم على قاعدة X" still names its target.
        if Cues.claim.matches(token(p)), token(g.first).hasArticle,
           !(nextWord(g.last, in: s).map { Cues.on.matches(token($0)) } ?? false) { return true }
        if Cues.on.matches(token(p)), let pp = previousWord(p, in: s), Cues.inResponse.matches(token(pp)) { return true }
        if Cues.inResponse.matches(token(p)) { return true }
        return offsetPhrases(in: s).contains { $0.of.map { $0 + 1 } == g.first && token(g.first).hasArticle }
    }

    /// The date of an event told relative to another one.
    ///
    /// - Inside the reference of an offset phrase ("صوت ... في 5 كانون الثاني ... بعد يومين من
    ///   مقتل ... بغارة"), the event is `days` before the date of the clause the phrase hangs on.
    /// - After an offset phrase counted from an event named by a definite noun ("وبعد ثلاثة أيام
    ///   من الهجوم الأول، ... قصف ... استهدف المعسكر"), the event is `days` after that one: the
    ///   latest earlier event of the same kind sharing an anchor with this one, else the latest
    ///   dated one, within the four sentences before. The phrase must open the sentence or the
    ///   trigger's clause. (A bare "وردت إيران بعد خمسة أيام" is dated by `daysAfterPreviousEvent`.)
    ///
    /// Returns `.some(nil)` when an offset phrase governs the trigger but gives no usable date
    /// (then no date of the sentence may be used either), `nil` when no phrase applies.
    func offsetDate(for g: TriggerGroup, kind: NodeKind, anchors: @autoclosure () -> [String], clauseStart: Int, in s: Sentence,
                    sentenceDates: [(token: Int, date: EventDate)]) -> EventDate?? {
        for p in offsetPhrases(in: s) {
            if let of = p.of, g.first > of, g.first < p.referenceEnd {
                // The trigger is the referenced, earlier event; a date of its own inside the reference wins.
                if sentenceDates.contains(where: { $0.token > of && $0.token < p.referenceEnd }) { return nil }
                guard let main = sentenceDates.last(where: { $0.token < p.start }) else {
                    return countedBackFromEventToldBefore(p, in: s).map { .some($0) }
                }
                guard let days = p.days, main.date.precision == .day else { return .some(nil) }
                return EventDate(start: main.date.start.adding(days: -days), precision: .day,
                                 trace: DateTrace(anchor: "\(days) days before \(main.date.iso)", rule: "offset-before/" + (main.date.trace?.rule ?? "date")))
            }
            // Only a phrase opening the sentence governs the clauses after it.
            // A bare "وبعد أربعة أيام" is left to `daysAfterPreviousEvent` (counted from the event told just before).
            if p.of != nil, g.first >= p.referenceEnd, previousWord(p.start, in: s) == nil || p.start >= clauseStart, !sentenceDates.contains(where: { $0.token > p.start && $0.token < g.last }) {
                guard let days = p.days else { return .some(nil) }
                let earlier = findings.events.indices.filter { i in
                    findings.events[i].kind == kind && eventSentences[i] >= s.index - 4 && eventSentences[i] <= s.index
                        && !findings.events[i].dateIsFallback && findings.events[i].date?.precision == .day
                }
                let anchors = anchors()
                let shared = earlier.last { i in findings.events[i].anchors.contains { anchors.contains($0) } }
                guard let ref = shared ?? earlier.last, let d = findings.events[ref].date else { return .some(nil) }
                return EventDate(start: d.start.adding(days: days), precision: .day,
                                 trace: DateTrace(anchor: "\(days) days after the event in sentence \(eventSentences[ref]) (\(d.iso))",
                                                  rule: "offset-after"))
            }
        }
        return nil
    }

    /// A day and month without a year resolved against the publication date may land in the
    /// wrong year when the text is telling an older story: "قتلت غارة ... في 3 كانون الثاني/يناير
    /// 2020 ... ثم ردت إيران في 8 كانون الثاني/يناير" in an article of 2021. The latest explicit
    /// date with a year in this sentence (before it) or the two before, in the same paragraph,
    /// sets the year when that puts the day within 45 days of it (the year before or after it
    /// too, for a story that crosses New Year).
    func contextYear(_ date: EventDate, at tokenIndex: Int, in s: Sentence) -> EventDate {
        guard date.precision == .day, let rule = date.trace?.rule, rule.hasPrefix("relative.day-month"), !Self.ruleMentions(rule, "nearest") else { return date }
        var anchor: EventDate?
        if let d = dateMentions(in: s).last(where: { $0.token < tokenIndex && ($0.date.trace?.rule.hasPrefix("explicit.") ?? false) }) {
            anchor = d.date
        } else {
            for k in stride(from: s.index - 1, through: max(0, s.index - 2), by: -1) {
                let prev = text.sentences[k]
                guard prev.paragraph == s.paragraph else { break }
                if let d = dateMentions(in: prev).last(where: { $0.date.trace?.rule.hasPrefix("explicit.") ?? false }) { anchor = d.date; break }
            }
        }
        // The same day and month in the anchor's year or a year next to it (a story crossing New Year), the closest.
        guard let anchor else { return date }
        let distance = { (d: Day) in abs(d.daysSinceEpoch - anchor.start.daysSinceEpoch) }
        let candidates = (anchor.start.year - 1...anchor.start.year + 1).compactMap { Day(year: $0, month: date.start.month, day: date.start.day) }
        guard let moved = candidates.min(by: { distance($0) < distance($1) }), moved != date.start, distance(moved) <= 45 else { return date }
        return EventDate(start: moved, precision: .day,
                         trace: DateTrace(anchor: "year of \(anchor.iso)", rule: rule + "/context-year"))
    }
}

extension DocumentRun {
    /// `rule.contains(word)` for an ASCII `word`: Foundation's `contains` searches under canonical
    /// equivalence (some 6,500 instructions for a rule name of thirty letters). A rule name of
    /// ASCII alone (every name the date grammar makes) holds the word exactly when its bytes do,
    /// since no ASCII scalar is canonically equivalent to another sequence; any other name is
    /// left to `contains`. O(rule length × word length).
    static func ruleMentions(_ rule: String, _ word: String) -> Bool {
        var rule = rule, word = word
        let onBytes: Bool? = rule.withUTF8 { r in
            word.withUTF8 { w in
                guard !w.isEmpty, r.allSatisfy({ $0 < 0x80 }), w.allSatisfy({ $0 < 0x80 }) else { return nil }
                guard w.count <= r.count else { return false }
                for start in 0...(r.count - w.count) where r[start] == w[0] {
                    var k = 1
                    while k < w.count, r[start + k] == w[k] { k += 1 }
                    if k == w.count { return true }
                }
                return false
            }
        }
        assert(onBytes == nil || onBytes == rule.contains(word), "an ASCII rule name must hold a word as its bytes do")
        return onBytes ?? rule.contains(word)
    }
}

extension Cues {
    /// Offset phrases: "بعد/عقب" + duration + "من/على".
    static let offsetAfter = WordSet(["بعد", "عقب"])
    static let offsetOf = WordSet(["من", "على"])
    /// A duration of unknown length: "بعد أيام من", "بعد أسابيع من".
    static let vaguePeriod = WordSet(["أيام", "أسابيع", "ساعات", "أشهر", "أسبوعين", "شهور"])
    /// "أيام قليلة", "ساعات معدودة": a vague period qualified as short.
    static let few = WordSet(["قليلة", "قلائل", "معدودة", "معدودات"])
    /// "ردا على X", "انتقاما لـ X": X is an earlier event, the cause of the one told.
    static let inResponse = WordSet(["ردا", "رداً", "انتقاما", "ثأرا"])
    /// Making a device safe or finding it is not an attack: "فككت عبوتين", "إبطال مفعول", "عثرت على صواريخ معدة للإطلاق".
    static let prevented = WordSet(["فكك", "فككت", "تفكيك", "أبطل", "أبطلت", "إبطال", "أحبط", "أحبطت", "إحباط", "ضبط", "ضبطت", "عثر", "عثرت", "العثور"])
    /// A generic quantity of bases: "سلم التحالف معظم القواعد" summarises handovers, it is not one.
    static let quantifier = WordSet(["معظم", "بقية", "جميع", "كل", "عدد", "عددا", "عدة", "أغلب", "باقي"])
    static let sitePlural = WordSet(["قواعد", "مواقع", "معسكرات", "مطارات", "القواعد", "المواقع"])
}

extension DocumentRun {
    /// Whether the date ending at scalar offset `rangeEnd` is followed by "حين"/"عندما" (after a
    /// comma at most): "منذ 30 أيلول الماضي، حين سقطت ستة صواريخ" is the day of that event.
    func isSinceWhen(rangeEnd: Int, in s: Sentence) -> Bool {
        guard let after = s.tokens.first(where: { token($0).start >= rangeEnd }) else { return false }
        var k = after
        while k < s.tokens.upperBound, token(k).kind == .punctuation { k += 1 }
        return k < s.tokens.upperBound && Cues.when.matches(token(k))
    }
}

extension Cues {
    static let when = WordSet(["حين", "عندما", "حينما"])
}

extension DocumentRun {
    /// A withdrawal sentence that tells no single occurrence: a summary over a quantity of
    /// bases ("سلم التحالف معظم القواعد الصغيرة"), a goal ("تسعى ... لسحب قواتها من العراق"), or a
    /// statement of policy in the present tense in reported speech ("قال إن بلاده تسحب قواتها من
    /// العراق"). The last two only when the anchor is a country: with a named base, the sentence
    /// is still evidence of that base's handover.
    func isWithdrawalSummary(_ g: TriggerGroup, anchors: [Mention], in s: Sentence) -> Bool {
        var k = g.last
        // The list is read once, not per word (each read of a static list is a `swift_once`).
        let quantifier = Cues.quantifier
        for _ in 0..<6 {
            guard let n = nextWord(k, in: s) else { break }
            if quantifier.matches(token(n)), var m = nextWord(n, in: s) {
                // "عدداً من القواعد", "عدد من المواقع": the partitive من may stand between.
                if token(m).norm == "من", let after = nextWord(m, in: s) { m = after }
                if Cues.sitePlural.matches(token(m)) { return true }
            }
            k = n
        }
        guard anchors.allSatisfy({ $0.isCountry }) else { return false }
        // "أكد أنه سيواصل تقليص قواته في العراق": a process carried on over a country, not one occurrence.
        if let p = previousWord(g.first, in: s), Cues.carryOn.matches(token(p)) { return true }
        let head = token(g.first)
        let goal = head.norm.hasPrefix("ل") && !head.norm.hasPrefix("ال") && head.readings.contains { $0.1 > 0 }
        if goal { return true }
        guard Cues.presentWithdraw.matches(head) else { return false }
        var p = previousWord(g.first, in: s)
        for _ in 0..<3 {
            guard let q = p else { break }
            if Cues.complementizer.matches(token(q)) { return true }
            p = previousWord(q, in: s)
        }
        return false
    }
}

extension Cues {
    /// Verbs and nouns of carrying on: "سيواصل تقليص", "تواصل سحب", "مواصلة خفض".
    static let carryOn = WordSet(["يواصل", "تواصل", "سيواصل", "ستواصل", "واصل", "واصلت", "مواصلة", "يستمر", "تستمر", "سيستمر", "ستستمر"])
    /// Present-tense withdrawal verbs (no سـ): a state of affairs or a policy, not a dated occurrence.
    static let presentWithdraw = WordSet(["يسحب", "تسحب", "نسحب", "ينسحب", "تنسحب", "ننسحب", "يغادر", "تغادر", "يغادرون", "نغادر", "يخلي", "تخلي", "نخلي"])
    /// The bare complementizer after a verb of saying ("أعلن X أن ...", "قال X إن ..."): what
    /// follows is the report, with a subject of its own. With a pronoun ("أنها", "إنه") the
    /// subject is the speaker again, so those forms are not in the set.
    static let complementizer = WordSet(["إن", "أن", "ان"])
}

extension Cues {
    /// "وردت الولايات المتحدة بضربات": a reply, after the event told before.
    static let replied = WordSet(["ردت", "ردوا", "ترد", "يرد"])
    /// Plural event nouns: a series ("سلسلة الانسحابات", "الهجمات"), never one event's date-giver.
    static let pluralEvent = WordSet(["الانسحابات", "انسحابات", "عمليات", "هجمات", "الهجمات", "ضربات", "غارات"])
}

extension DocumentRun {
    /// The state behind an unnamed institution before the trigger: "الحكومة الألمانية" → Germany,
    /// "وزارة الدفاع الكرواتية" → Croatia. The adjective must follow an institution noun and be
    /// part of no named mention, within eight words before the trigger.
    func nisbaSubject(before g: TriggerGroup, clauseStart: Int, in s: Sentence) -> Mention? {
        var i = g.first - 1
        var words = 0
        while i >= max(clauseStart, s.tokens.lowerBound), words < 8 {
            let t = token(i)
            if t.kind == .word {
                words += 1
                if covered[i] < 0, let e = t.keys.lazy.compactMap({ self.extractor.nisba[$0] }).first,
                   gazetteer.entities[e].actorType == .state,
                   let p = previousWord(i, in: s), Cues.institution.matches(token(p)) || (previousWord(p, in: s).map { Cues.institution.matches(token($0)) } ?? false)
                    // "40 عسكرياً هولندياً": troops named by their state's nisba (Events/EventReturnsHome.swift).
                    || Cues.troopNoun.matches(token(p)) {
                    return oneWordMention(of: e, at: i, in: s, rule: .nisba)
                }
            }
            i -= 1
        }
        return nil
    }
}

extension Cues {
    /// Institutions that act for a state: "الحكومة الألمانية", "وزارة الدفاع الكرواتية", "السلطات الفرنسية".
    static let institution = WordSet(["الحكومة", "حكومة", "وزارة", "السلطات", "الدفاع", "الخارجية", "الرئاسة"])
}

extension DocumentRun {
    /// "فككت القوات الأمنية عبوتين ناسفتين كانتا معدتين لاستهداف أرتال": a device made safe or
    /// found before it went off; the trigger is the purpose of a device that never hit anything.
    /// Looks back eight words ("فككت القوات الأمنية عبوة ناسفة كانت معدة لاستهداف"), within the trigger's sentence.
    func isPrevented(_ g: TriggerGroup, in s: Sentence) -> Bool {
        // "ترى في أي تحرك ضدها استهدافا للحشد": an indefinite trigger after "أي" (any) is hypothetical.
        if !token(g.first).hasArticle {
            var q = previousWord(g.first, in: s)
            for _ in 0..<4 {
                guard let k = q else { break }
                if Cues.anyOf.matches(token(k)) { return true }
                q = previousWord(k, in: s)
            }
        }
        var p = previousWord(g.first, in: s)
        for _ in 0..<8 {
            guard let q = p else { return false }
            if Cues.prevented.matches(token(q)) { return true }
            p = previousWord(q, in: s)
        }
        return false
    }
}

extension Cues {
    /// "هجمات متكررة", "ضربات متتالية": many attacks told as one phrase.
    /// "هجمات مماثلة" (similar attacks) and "هجمات شبه يومية" (near-daily attacks) are kinds, not one event;
    /// "في هجمات سابقة على قوات التحالف": attacks told as earlier are a summary too.
    static let repeated = WordSet(["متكررة", "متكرر", "متتالية", "متواصلة", "عديدة", "مماثلة", "مشابهة", "يومية", "اليومية",
                                   "سابقة", "ماضية", "متفرقة"])
}

extension DocumentRun {
    /// The trigger stands in a quoted statement right after a report: "وذكرت خلية الإعلام الأمني في
    /// بيان أن "عبوة ناسفة انفجرت على رتل ..."". A wire report gives the event, then the official
    /// statement about it; an undated attack in that statement is the one just reported.
    func quotesStatement(before g: TriggerGroup, in s: Sentence) -> Bool {
        guard let verb = (s.tokens.lowerBound..<g.first).first(where: { Cues.statementVerb.matches(token($0)) }) else { return false }
        return (verb..<g.first).contains { Cues.complementizer.matches(token($0)) }
    }
}

extension Cues {
    /// Verbs that introduce an official statement.
    static let statementVerb = WordSet(["ذكرت", "ذكر", "قالت", "قال", "أفادت", "أفاد", "أوضحت", "أوضح", "أكدت", "أكد"])
}

extension Cues {
    /// "أي/أية" (any): what follows is hypothetical.
    static let anyOf = WordSet(["أي", "أية"])
}

extension DocumentRun {
    /// "القصف جاء انتقاما لمقتل X": the killing a reprisal avenges is an earlier event, and X is
    /// its victim, not a target of the reprisal. The phrase is a word of response ("انتقاما",
    /// "ثأرا", "ردا") right before the killing noun ("لمقتل"), or with على between ("ردا على مقتل").
    /// When the trigger follows the phrase inside a relative clause on the victim ("انتقاما لمقتل
    /// X، الذي قتل ... بغارة"), the trigger tells that earlier killing itself, and X is its victim.
    func isAvengedKilling(_ killedWord: Int, of g: TriggerGroup, in s: Sentence) -> Bool {
        guard let p = previousWord(killedWord, in: s) else { return false }
        let response = Cues.inResponse.matches(token(p))
            || Cues.on.matches(token(p)) && (previousWord(p, in: s).map { Cues.inResponse.matches(token($0)) } ?? false)
        return response && !killingToldInRelativeClause(after: killedWord, before: g, in: s)
    }

    /// "... مقتل X، الذي قتل ... بغارة": a relative clause with its own killing verb between the
    /// killing noun and the trigger; the trigger tells that killing.
    func killingToldInRelativeClause(after killedWord: Int, before g: TriggerGroup, in s: Sentence) -> Bool {
        guard killedWord < g.first else { return false }
        for r in killedWord..<g.first where Cues.relativePronoun.matches(token(r)) {
            if let v = nextWord(r, in: s), Cues.killed.matches(token(v)) { return true }
        }
        return false
    }
}

extension DocumentRun {
    /// A site hit inside or near a base is that base hit, and the site's owner with it:
    /// "ضربت طائرة مسيرة منشأة تابعة للتحالف في مطار X", "صواريخ على قاعدة Y، وعلى موقع قرب مطار X".
    /// The site noun is the trigger's object (at most three words after it) or follows على; the
    /// base follows it within six words, after في/داخل/قرب or the clitic ب, with no punctuation
    /// between. The owner is a force named with ل after the site ("تابعة للتحالف").
    func siteTargets(of g: TriggerGroup, after: [Mention], upper: Int, in s: Sentence) -> [Mention] {
        var out: [Mention] = []
        // The list is read once, not per word (each read of a static list is a `swift_once`).
        let site = Cues.site
        for k in (g.last + 1)..<min(upper, g.last + 24) where covered[k] < 0 && site.matches(token(k)) {
            let object = k - g.last <= 3 || (previousWord(k, in: s).map { Cues.on.matches(token($0)) } ?? false)
            guard object else { continue }
            if let base = after.first(where: { $0.kind == .base && $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 6 }),
               !((k + 1)..<base.tokens.lowerBound).contains(where: { token($0).kind == .punctuation }),
               base.clitic.hasSuffix("ب") || (previousWord(base.tokens.lowerBound, in: s).map { p in
                   Cues.inPlace.matches(token(p)) || Cues.near.matches(token(p))
               } ?? false) {
                out.append(base)
            }
            if let owner = after.first(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 3 && $0.hasToClitic
                && ($0.actorType == .coalition || $0.actorType == .militaryForce) }) {
                out.append(owner)
            }
        }
        return out
    }
}

extension DocumentRun {
    /// "وقال الحرس الثوري في بيان إن القصف جاء انتقاما لـ ...": an actor saying that the attack
    /// told before was its answer to something claims that attack. The reprisal word ("انتقاما",
    /// "ردا", "ثأرا") follows a definite attack noun within three words; the speaker is an armed
    /// group, force or state right after a verb of saying before it. The attack is the latest one
    /// told in the three sentences before, unless someone else carried it out. The speaker becomes
    /// its attacker and `claimed` ties the speaker to the bases hit.
    func attachReprisalClaim(in s: Sentence, mentions local: [Mention], triggers groups: [TriggerGroup]) {
        // Only after an event told in the three sentences before (sentence numbers only): most sentences end here, unread.
        guard let last = eventSentences.last, last >= s.index - 3,
              eventSentences.reversed().contains(where: { $0 < s.index && $0 >= s.index - 3 }) else { return }
        // The words after each definite attack trigger of the sentence, not every token.
        var reprisal: Int?
        for g in groups where g.kind == .attack && token(g.first).hasArticle {
            reprisal = ((g.last + 1)..<min(s.tokens.upperBound, g.last + 4)).first { Cues.inResponse.matches(token($0)) }
            if reprisal != nil { break }
        }
        guard let r = reprisal else { return }
        guard let verb = (s.tokens.lowerBound..<r).first(where: { Cues.statementVerb.matches(token($0)) || Cues.sayVerb.matches(token($0)) }),
              let speaker = local.firstInPlace(where: { $0.tokens.lowerBound > verb && $0.tokens.lowerBound - verb <= 2 && !$0.anaphoric
                  && ($0.actorType == .armedGroup || $0.actorType == .militaryForce || $0.actorType == .state) }) else { return }
        let recent = findings.events.indices.filter {
            findings.events[$0].kind == .attack && eventSentences[$0] >= s.index - 3 && eventSentences[$0] < s.index
        }
        // The attack told last; one that another actor carried out is not the speaker's to claim.
        let speakerRef = refName(speaker.ref)
        guard let idx = recent.last, !findings.events[idx].roles.contains(where: { $0.ref == speakerRef && $0.relation == .target }),
              findings.events[idx].roles.allSatisfy({ $0.relation != .attacker || $0.ref == speakerRef }) else { return }
        let baseRefs = Set(mentions.lazy.filter { $0.kind == .base }.map { self.refName($0.ref) })
        if !findings.events[idx].roles.contains(where: { $0.relation == .attacker && $0.ref == speakerRef }) {
            findings.events[idx].roles.append(FoundRole(relation: .attacker, ref: speakerRef, evidence: evidence(speaker, rule: "event.attack.attacker.reprisal-claim")))
        }
        findings.events[idx].modality = .claimed
        for role in findings.events[idx].roles where role.relation == .target && baseRefs.contains(role.ref) {
            findings.relations.append(FoundRelation(relation: .claimed, source: speakerRef, target: role.ref,
                                                    evidence: evidence(s.index, speaker.start, token(r).end, rule: "relation.claimed.reprisal")))
        }
    }
}
