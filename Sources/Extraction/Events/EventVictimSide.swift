import GraphModel

/// Who an attack hit, told from the side of what it hit, and words that only look like checks.
///
/// - "لا تزال تداعيات الغارة الأميركية التي استهدفت ... تتفاعل": "لا" before يزال/تزال is "still"
///   (the continuative "لا يزال"), not a negation of the strike after it; "ما زال" is the same.
/// - "تعرضت قواتها لأكثر من مئة هجوم": a count in words (مئة، عشرات، مئات، ألف) before a trigger
///   counts attacks as a digit does; "تبنت معظمها المقاومة الإسلامية": a claim of some of many
///   attacks names no claimant of the attack told before.
/// - "الغارة التي استهدفت، يوم الخميس من الأسبوع الماضي، مقرا تابعا لهيئة الحشد الشعبي": a time
///   phrase set off by commas may stand between the verb and the site it hit; the site's owner is
///   still the object (`ownedSiteTargets`). "استهدف فجر الأحد مدينة أربيل": a town after a time
///   phrase is the object too.
/// - "أعلنت كتائب حزب الله مقتل القيادي فيها X بغارة أمريكية", "أسفرت عن مقتل القيادي في حركة
///   النجباء X": the faction of the person killed is hit with him.
/// - "انفجرت عبوة ناسفة على طريق ... لدى مرور عجلة تابعة إلى السفارة البريطانية": the owner of a
///   vehicle passing when the bomb went off is the target, a foreign mission as much as a force.
/// - "وسقط عدد منها قرب القنصلية": where projectiles fell is hit; but "تبنى X قصف أربيل بصواريخ
///   سقطت قرب القنصلية": a site reached only by falling near it is not what X claimed.
/// - "تعرضت لقصف": after تعرض لـ the noun that follows is no object.
/// - "شنت تركيا عملية عسكرية ... ضد قوات سوريا الديمقراطية": a military operation a state launched
///   against someone is an attack on them.
///
/// Each check reads a window of a few words around a cue or trigger: O(1) per trigger, plus a
/// scan of the sentence's mentions where it says so.
extension DocumentRun {
    /// "لا تزال", "لا يزال", "ما زالت": the negation word at `q` starts "still".
    func isContinuative(_ q: Int, in s: Sentence) -> Bool {
        guard Cues.continuativeParticle.matches(token(q)), let n = nextWord(q, in: s) else { return false }
        return Cues.stillVerb.matches(token(n))
    }

    /// "تبنت معظمها X", "تبنى بعضها X": the claim's object is a part of many attacks (a summary told
    /// before it), so X claimed those, not the attack reported last. The quantifier stands right
    /// after the claim word.
    func claimsPartOfMany(_ i: Int, in s: Sentence) -> Bool {
        guard let n = nextWord(i, in: s) else { return false }
        return Cues.partOfMany.matches(token(n))
    }

    /// "انفجرت عبوة ... لدى مرور عجلة تابعة إلى X": the vehicle whose passage the clause names after
    /// the trigger (a vehicle word right after مرور/عبور), its token; nil when none.
    func passingVehicle(after g: TriggerGroup, upper: Int, in s: Sentence) -> Int? {
        guard g.last + 1 < upper else { return nil }
        for i in (g.last + 1)..<upper where Cues.passage.matches(token(i)) {
            if let v = nextWord(i, in: s), v < upper, Cues.vehicle.matches(token(v)) { return v }
        }
        return nil
    }

    /// Whether every mention of `ref` in the sentences of the event follows a word of nearness
    /// ("قرب", "بالقرب من", "محيط") within three words: the event reached the site by falling near
    /// it, so a claim of the event is not a claim of the site. O(mentions of the sentences).
    func isOnlyNearTarget(_ ref: String, of event: FoundEvent) -> Bool {
        let sentences = Set(event.evidence.map(\.sentence))
        var seen = false
        for m in mentions where refName(m.ref) == ref && sentences.contains(m.sentence) {
            let s = text.sentences[m.sentence]
            var p = previousWord(m.tokens.lowerBound, in: s)
            var hops = 0
            var near = false
            while let q = p, hops < 3 {
                if Cues.near.matches(token(q)) { near = true; break }
                p = previousWord(q, in: s); hops += 1
            }
            if !near { return false }
            seen = true
        }
        return seen
    }

    /// The factions of the persons a strike killed: an armed group or force named right after the
    /// killing word as the victim's ("مقتل القيادي في كتائب حزب الله X بغارة", "أسفرت عن مقتل ثلاثة من
    /// عناصر الحشد"), or the group a membership pronoun refers back to ("أعلنت كتائب X مقتل القيادي
    /// فيها Y بغارة"). A killing word before the trigger counts when the strike is its instrument
    /// (`killingByStrike`); one after the trigger is the strike's own toll. The group stands within
    /// five words after the killing word, after في or a word for members. O(clause) per trigger.
    func victimFactions(of g: TriggerGroup, in s: Sentence, mentions local: [Mention], lower: Int, upper: Int) -> [Mention] {
        guard g.kind == .attack, lower < upper else { return [] }
        var out: [Mention] = []
        let instrumentKilling = killingByStrike(g, in: s, mentions: local, upper: upper)?.killedWord
        for k in lower..<upper where Cues.killedNoun.matches(token(k)) {
            if k < g.first, k != instrumentKilling { continue }
            if k > g.first, k <= g.last { continue }
            var j = nextWord(k, in: s)
            var hops = 0
            while let q = j, hops < 5, q < upper {
                if covered[q] >= 0 {
                    let m = mentions[Int(covered[q])]
                    if m.actorType == .armedGroup || m.actorType == .militaryForce,
                       let p = previousWord(m.tokens.lowerBound, in: s), token(p).norm == "في" || Cues.memberNoun.matches(token(p)) {
                        out.append(m); break
                    }
                    if m.actorType != .person { break }
                    j = nextWord(m.tokens.upperBound - 1, in: s); hops += 1; continue
                }
                if Cues.membershipPronoun.matches(token(q)) {
                    if let group = local.last(where: { ($0.actorType == .armedGroup || $0.actorType == .militaryForce) && $0.tokens.upperBound <= k }) {
                        out.append(group)
                    }
                    break
                }
                j = nextWord(q, in: s); hops += 1
            }
        }
        return out
    }

    /// "تعرضت (القاعدة) لقصف": the trigger, with the clitic ل, is what the subject of تعرض underwent;
    /// a base after it is no object of it. The verb stands within three words before the trigger.
    func isSubjectedTo(_ g: TriggerGroup, in s: Sentence) -> Bool {
        guard token(g.first).norm.hasPrefix("ل") || token(g.first).norm.hasPrefix("ول") else { return false }
        var p = previousWord(g.first, in: s)
        var hops = 0
        while let q = p, hops < 3 {
            if Cues.subjected.matches(token(q)) { return true }
            p = previousWord(q, in: s); hops += 1
        }
        return false
    }

    /// "وسقط عدد منها قرب مبنى جديد للقنصلية": a verb of falling between the trigger and the site
    /// the projectiles fell near (the site follows the fall within six words).
    func fellNear(_ m: Mention, after g: TriggerGroup, in s: Sentence) -> Bool {
        guard m.tokens.lowerBound > g.last + 1 else { return false }
        return ((g.last + 1)..<m.tokens.lowerBound).contains { Cues.fall.matches(token($0)) && m.tokens.lowerBound - $0 <= 6 }
    }

    /// "شنت تركيا في 9 من الشهر الحالي عملية عسكرية ... ضد قوات سوريا الديمقراطية": a military
    /// operation a state launched (شن، أطلق; the state right after the verb) against someone (ضد
    /// within eight words after it) is an attack.
    /// The launch verb stands within eight tokens before "عملية" (a date may stand between), and "عسكرية" follows it; an operation
    /// with no ضد after it (a clearing operation, a rescue) is none. O(1) per word.
    /// Read only of a word of `Cues.operation`, the gate of `TriggerRule.launchedOperation`.
    func launchedOperationHolds(_ i: Int, in s: Sentence) -> Bool {
        guard let adjective = nextWord(i, in: s), Cues.militaryAdjective.matches(token(adjective)) else { return false }
        let from = max(s.tokens.lowerBound, i - 8)
        guard from < i, let verb = (from..<i).last(where: { Cues.launchOperation.matches(token($0)) }) else { return false }
        // A state's operation (a cross-border offensive, a strike campaign), named right after the
        // verb: an operation of the Iraqi forces against the remnants of ISIS is not an attack of the genre.
        guard let subject = nextWord(verb, in: s), covered[subject] >= 0, mentions[Int(covered[subject])].actorType == .state else { return false }
        let to = min(s.tokens.upperBound, adjective + 9)
        return adjective + 1 < to && ((adjective + 1)..<to).contains { token($0).norm == "ضد" }
    }

    /// "استهدف فجر الأحد مدينة أربيل": a town named with its class word right after a time phrase
    /// after a verb of targeting is its object, as a base is. Only when no other mention and no
    /// preposition or punctuation stands between (a time phrase has none: "فجر الأحد", "مساء أمس
    /// الاثنين"), within six tokens, and the verb is not the "تعرض لـ" of a subject.
    func isObjectPlaceAfterTimePhrase(_ m: Mention, trigger g: TriggerGroup, after: [Mention], in s: Sentence) -> Bool {
        guard m.kind == .place, !m.isCountry, m.tokens.lowerBound - g.last <= 6, m.tokens.lowerBound > g.last + 1,
              Cues.placeClass.matches(token(m.tokens.lowerBound)) || previousWord(m.tokens.lowerBound, in: s).map({ Cues.placeClass.matches(token($0)) }) == true,
              !after.contains(where: { $0.tokens.lowerBound < m.tokens.lowerBound }), !isSubjectedTo(g, in: s) else { return false }
        // The class word may stand outside the mention ("مدينة" before "أربيل").
        let end = previousWord(m.tokens.lowerBound, in: s).map { Cues.placeClass.matches(token($0)) ? $0 : m.tokens.lowerBound } ?? m.tokens.lowerBound
        return ((g.last + 1)..<end).allSatisfy { k in
            token(k).kind != .punctuation && token(k).norm != "في" && !Cues.on.matches(token(k)) && !Cues.from.matches(token(k))
                && !Cues.to.matches(token(k)) && !Cues.near.matches(token(k))
        }
    }

    /// The number of events a count before a trigger gives: digits ("25 هجوما"), or a count word
    /// ("مئات الهجمات"). Four digits are a year, not a count ("في كانون الثاني 2020 لهجوم").
    func eventCount(_ t: Token) -> Int? {
        if t.kind == .number { return Int(t.norm.string).flatMap { $0 < 1000 ? $0 : nil } }
        guard Cues.eventCountWord.matches(t) else { return nil }
        return t.keys.lazy.compactMap { Cues.eventCountValue[$0] }.first
    }

    /// The tokens from just after a verb trigger to a site noun form one time phrase set off by
    /// commas ("استهدفت، يوم الخميس من الأسبوع الماضي، مقرا"): a comma right after the verb and
    /// one right before the site, no named entity between, at most ten tokens.
    func parentheticalBeforeObject(from g: TriggerGroup, to k: Int, in s: Sentence) -> Bool {
        let first = g.last + 1, last = k - 1
        guard last > first, k - g.last <= 12, token(first).isComma, token(last).isComma else { return false }
        return (first...last).allSatisfy { covered[$0] < 0 }
    }
}

extension Cues {
    /// "القيادي فيها": the pronoun of membership after a member noun, referring to the group named before.
    static let membershipPronoun = WordSet(["فيها", "فيه", "فيهم"])
    /// Members of a group before its name: "من عناصر الحشد", "أحد قادة الكتائب".
    static let memberNoun = WordSet(["عناصر", "أعضاء", "قادة", "مقاتلي", "منتسبي", "عنصر", "عضو", "القيادي", "قيادي"])
    /// "عملية عسكرية": the noun and its adjective.
    static let operation = WordSet(["عملية"])
    static let militaryAdjective = WordSet(["عسكرية"])
    /// Verbs of launching an operation.
    static let launchOperation = WordSet(["شن", "شنت", "يشن", "تشن", "أطلق", "أطلقت", "بدأ", "بدأت"])
    /// The passage of a vehicle: "لدى مرور عجلة", "أثناء عبور رتل".
    static let passage = WordSet(["مرور", "عبور"])
    /// Vehicles and convoys whose passage a bomb hits.
    static let vehicle = WordSet(["رتل", "أرتال", "قافلة", "قوافل", "شاحنة", "شاحنات", "عجلة", "عجلات", "مركبة", "مركبات",
                                  "سيارة", "سيارات", "آلية", "آليات", "عربة", "عربات", "موكب"])
    /// Quantifiers over a plural told before: "معظمها", "بعضها", "أغلبها".
    static let partOfMany = WordSet(["معظمها", "بعضها", "أغلبها", "غالبيتها", "أكثرها", "معظمهما", "بعضهما", "جلها"])
    /// The particles that with a form of زال make "still".
    static let continuativeParticle = WordSet(["لا", "ما"])
    /// Counts written in words: before a trigger they count events ("أكثر من مئة هجوم"). A plural
    /// of a unit names at least three of it (عشرات ≥ 30, مئات ≥ 300, آلاف ≥ 3000): its least value.
    static let eventCountWords: [(word: String, value: Int)] = [
        ("عشرات", 30), ("مئة", 100), ("مائة", 100), ("مئتي", 200), ("مئتين", 200), ("مئات", 300),
        ("ألف", 1000), ("ألفين", 2000), ("آلاف", 3000),
    ]
    static let eventCountWord = WordSet(eventCountWords.map(\.word))
    /// The value of each word of `eventCountWords`, keyed as `WordSet` keys its words.
    static let eventCountValue: WordKeyTable = {
        var table = WordKeyTable(minimumCapacity: eventCountWords.count)
        for (word, value) in eventCountWords {
            table.set(ArabicFolding.key(ArabicFolding.withoutArticle(Substring(ArabicFolding.normalize(word)))), value)
        }
        return table
    }()
    /// Forms of زال after لا/ما: "لا يزال", "ما زالت", "لا نزال".
    static let stillVerb = WordSet(["يزال", "تزال", "زال", "زالت", "يزالون", "تزالان", "يزالان", "نزال"])
}
