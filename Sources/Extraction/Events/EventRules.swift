import GraphModel

/// Events: a trigger word plus an anchor (the base or place left, the target hit) in the same
/// clause, or reached through a back-reference ("القاعدة"). No anchor, no event.
///
/// A clause is the stretch of the sentence between the neighbouring triggers. Roles come from
/// word order and prepositions: for a withdrawal, `from` is the base after the trigger (else
/// before it, else a place), `recipient` an actor after إلى or with ل, `actor` the subject
/// before the trigger or the noun right after a verbal noun ("انسحاب القوات الأميركية");
/// for an attack, `target` what follows على/ضد or the object of استهداف/قصف, persons after
/// مقتل/اغتيال, `attacker` the subject, the agent after شنّ, or a nisba adjective
/// ("غارة أميركية" → the United States).
extension DocumentRun {
    struct TriggerGroup {
        var kind: NodeKind
        var first: Int
        var last: Int
        var handover = false
        var receive = false
        var words: TriggerWords
    }

    /// The trigger words of a group: the first held inline, any merged after it in `rest`.
    ///
    /// Shaped for speed: nearly every group is one word, and a `[Int]` of one element was a heap
    /// block (and its release) for every trigger found; an empty `rest` allocates nothing.
    struct TriggerWords: Sequence {
        var first: Int
        var rest: [Int] = []

        init(_ first: Int) { self.first = first }

        /// Appends the words of a group merged into this one, in order.
        mutating func append(_ other: TriggerWords) {
            rest.append(other.first)
            rest += other.rest
        }

        func makeIterator() -> Iterator { Iterator(words: self, position: -1) }

        struct Iterator: IteratorProtocol {
            let words: TriggerWords
            /// -1 before the first word, else the index in `rest` of the next word.
            var position: Int
            mutating func next() -> Int? {
                if position < 0 { position = 0; return words.first }
                guard position < words.rest.count else { return nil }
                defer { position += 1 }
                return words.rest[position]
            }
        }
    }

    func findTriggers(in s: Sentence) -> [TriggerGroup] {
        // The list the article's sentences share (`EventScratchLists.triggerGroups`): emptied with
        // its block kept, and handed back by `extractEvents` when the sentence is done.
        var found: [TriggerGroup] = []
        swap(&found, &eventLists.triggerGroups)
        // Emptied group by group, its block kept: a sentence finds one or two groups, and
        // `removeAll(keepingCapacity:)` (a generic `replaceSubrange`) cost some 160 instructions
        // a call, empty list or not; `removeLast` is specialized and inlined.
        while !found.isEmpty { found.removeLast() }
        // The rules, read once per sentence (each read of a static is a `swift_once` call), and
        // the union of their gates: a word in none of them (nearly every word) starts no trigger,
        // and one mask test answers that for all of them (Events/TriggerRules.swift).
        let rules = Self.triggerRules
        let triggerWords = Cues.triggerFirstWords
        // The union reads the token in place (it answers false for a non-word): only the few
        // words it admits are copied out. The buffer is opened once per sentence (once per word
        // retained the array), and holds nothing the loop changes; so is `covered`, which no
        // event rule changes (read through `self` in the closure, it was retained per word).
        // Both are read in place (`covered` has one entry per token of the text, as `tokens` has),
        // with no bounds test per word: the sentence's range is checked once here.
        // A sentence none of whose words is in a gate starts no trigger: not scanned (Events/SentenceCues.swift).
        guard cues(of: s).mayMatch(triggerWords) else { return found }
        let covered = self.covered
        precondition(covered.count == text.tokens.count && s.tokens.lowerBound >= 0 && s.tokens.upperBound <= covered.count, "a sentence outside the text's tokens")
        covered.withUnsafeBufferPointer { covered in
            text.tokens.withUnsafeBufferPointer { tokens in
                for i in s.tokens where covered[i] < 0 && triggerWords.matches(tokens, i) {
                    let t = tokens[i]
                    guard var group = triggerStarting(at: i, t, rules: rules, in: s) else { continue }
                    // Two trigger words close together are one event, unless a negation stands between them
                    // ("إعادة التموضع لا تعني انسحابا").
                    // Nor when the first is "the attacks" told before and a comma closes it: "وفي آخر هذه الهجمات،
                    // سقطت صواريخ ..." frames the attack the clause after the comma tells.
                    let framedBefore = found.last.map { last in
                        Cues.pluralAttackEvents.matches(token(last.first)) && token(last.first).hasArticle
                            && ((last.last + 1)..<group.first).contains { token($0).isComma }
                    } ?? false
                    // "عبوة ناسفة أمس الاثنين على الطريق الدولي استهدفت رتلاً": the verb tells what the device
                    // named before it hit (Events/EventRetold.swift).
                    let verbOfDevice = found.last.map { verbTellsDevice(group, after: $0, in: s) } ?? false
                    if var last = found.last, last.kind == group.kind, group.first - last.last <= 3 || verbOfDevice, !framedBefore,
                       !((last.last + 1)..<group.first).contains(where: { Cues.notAnEvent.matches(token($0)) || Cues.sequenceBetween.matches(token($0)) }),
                       !closesOffsetReference(last, before: group, in: s) {
                        last.last = max(last.last, group.last); last.words.append(group.words)
                        last.handover = last.handover || group.handover; last.receive = last.receive || group.receive
                        found[found.count - 1] = last
                    } else {
                        group.last = max(group.last, group.first)
                        found.append(group)
                    }
                }
            }
        }
        return found
    }

    /// The mentions of a trigger's clause (within `lower..<upper`), and of them those before the
    /// trigger and those after it, in mention order: `lexical.filter { lower ≤ start, end ≤ upper }`,
    /// then `clause.filter { end ≤ g.first }` and `clause.filter { start > g.last }`. O(mentions of
    /// the sentence).
    ///
    /// Written into the caller's lists, emptied first with their capacity kept: `extractEvents`
    /// keeps the three lists across the triggers and sentences of an article
    /// (Events/EventScratchLists.swift), so an article allocates them once (up to three heap
    /// blocks per trigger before, each freed at the trigger's end; then three per sentence, each
    /// grown by doubling). The caller holds no other reference to them when it calls, so
    /// emptying them copies nothing.
    static func clauseMentions(_ lexical: [Mention], lower: Int, upper: Int, trigger g: TriggerGroup,
                               clause: inout [Mention], before: inout [Mention], after: inout [Mention]) {
        // Emptied only when not empty (a generic `replaceSubrange` call each, ~75 instructions even
        // on an empty list; the lists before and after the trigger are often empty).
        if !clause.isEmpty { clause.removeAll(keepingCapacity: true) }
        if !before.isEmpty { before.removeAll(keepingCapacity: true) }
        if !after.isEmpty { after.removeAll(keepingCapacity: true) }
        // Room for every mention of the sentence, made before the appends: grown one append at a
        // time from an empty list, each list was moved to a new block (allocated, copied, freed)
        // at 1, 2, 4, 8, ... mentions, in every article. At least doubled, so an article whose
        // sentences grow makes a few blocks, not one per sentence.
        let room = lexical.count
        if clause.capacity < room { clause.reserveCapacity(max(room, 2 * clause.capacity)) }
        if before.capacity < room { before.reserveCapacity(max(room, 2 * before.capacity)) }
        if after.capacity < room { after.reserveCapacity(max(room, 2 * after.capacity)) }
        lexical.withUnsafeBufferPointer { all in
            for m in all where m.tokens.lowerBound >= lower && m.tokens.upperBound <= upper {
                clause.append(m)
                if m.tokens.upperBound <= g.first { before.append(m) }
                if m.tokens.lowerBound > g.last { after.append(m) }
            }
        }
        assert(clause.map(\.tokens) == lexical.filter { $0.tokens.lowerBound >= lower && $0.tokens.upperBound <= upper }.map(\.tokens)
               && before.map(\.tokens) == clause.filter { $0.tokens.upperBound <= g.first }.map(\.tokens)
               && after.map(\.tokens) == clause.filter { $0.tokens.lowerBound > g.last }.map(\.tokens), "clause mentions differ from their filters")
    }

    /// "فجر الجمعة، أي بعد يومين من هجوم الأربعاء، بغارات جوية": the first trigger is the event an
    /// offset phrase counts from, and the phrase's reference ends (at its comma) before the second:
    /// two events, the earlier one and the one the clause tells. Asked only of two close triggers.
    func closesOffsetReference(_ last: TriggerGroup, before group: TriggerGroup, in s: Sentence) -> Bool {
        offsetPhrases(in: s).contains { p in
            guard let of = p.of else { return false }
            return last.first > of && last.first < p.referenceEnd && group.first >= p.referenceEnd
        }
    }

    /// A transfer verb is a handover when responsibility follows ("نقل مسؤولية الموقع"), a
    /// withdrawal when a country follows إلى or خارج ("نقلوا إلى الكويت"), else nothing (nil).
    func transferReading(_ i: Int, in s: Sentence) -> Bool? {
        var j = nextWord(i, in: s)
        var hops = 0
        while let k = j, hops < 4 {
            if Cues.responsibility.matches(token(k)) { return true }
            if Cues.outside.matches(token(k)) { return false }
            if Cues.to.matches(token(k)), let n = nextWord(k, in: s), covered[n] >= 0, mentions[Int(covered[n])].isCountry
                || mentions[Int(covered[n])].actorType == .state { return false }
            j = nextWord(k, in: s); hops += 1
        }
        return nil
    }

    /// "تسلم ... إلى/ل ACTOR" hands over; "تسلمت ACTOR القاعدة" receives.
    func handoverFollows(_ i: Int, in s: Sentence) -> Bool {
        guard Cues.handOver.matches(token(i)) else { return false }
        // Indices into the buffer, not copies of every mention of the article.
        return withMentions { all in
            for k in all.indices where all[k].sentence == s.index && all[k].tokens.lowerBound > i && all[k].tokens.lowerBound <= i + 8
                && all[k].kind == .actor {
                if all[k].hasToClitic { return true }
                if let p = previousWord(all[k].tokens.lowerBound, in: s), Cues.to.matches(token(p)) { return true }
            }
            return false
        }
    }

    func dateMentions(in s: Sentence) -> [(token: Int, date: EventDate)] {
        if let cached = dateCache[s.index] { return cached }
        let found = findDates(in: s)
        dateCache[s.index] = found
        return found
    }

    func findDates(in s: Sentence) -> [(token: Int, date: EventDate)] {
        // Labelled as returned: an array of unlabelled tuples returned as labelled ones is
        // converted element by element (`_arrayForceCast`), for every sentence.
        var out: [(token: Int, date: EventDate)] = []
        for (range, date) in dateReading(of: s).spans {
            guard let date else { continue }
            let absolute = s.start + range.lowerBound
            guard let tok = s.tokens.first(where: { token($0).end > absolute }) else { continue }
            // "منذ أكتوبر" (since) and "حتى 11 نيسان" (until) bound a period; they do not date an event.
            // But "منذ 30 أيلول الماضي، حين سقطت ..." dates the event the حين clause tells.
            let sinceWhen = isSinceWhen(rangeEnd: s.start + range.upperBound, in: s)
            if let p = previousWord(tok, in: s), Cues.since.matches(token(p)) && !sinceWhen || Cues.until.matches(token(p)) { continue }
            if Cues.since.matches(token(tok)) && !sinceWhen { continue }
            out.append((tok, date))
        }
        // "في 19 من الشهر ذاته/نفسه": a day in the month of the date told before it (Events/EventToldMonth.swift).
        out += daysOfMonthToldBefore(in: s, found: out)
        if out.count > 1 { out.sort { $0.token < $1.token } }
        return out
    }

    func extractEvents(in s: Sentence, mentions local: [Mention]) {
        var groups = findTriggers(in: s)
        guard !groups.isEmpty else {
            attachClaims(in: s, mentions: local, summaryTargets: [], cues: cues(of: s))
            attachReprisalClaim(in: s, mentions: local, triggers: groups)
            eventLists.triggerGroups = groups
            return
        }
        // The trigger list goes back to the run when the sentence is done (Events/EventScratchLists.swift).
        defer { eventLists.triggerGroups = groups }
        // Which word lists the sentence's words are in, read once: the clause scans below ask it
        // first and pass over a list no word of the sentence is in (Events/SentenceCues.swift).
        let cues = self.cues(of: s)
        // The gates' list bits, read once (Events/SentenceCues.swift: `EventGateBits`).
        let gate = EventGateBits.shared
        assert(gate.check(cues), "a gate bit answers otherwise than its list")
        let mayBoundPeriod = cues.mayMatch(bit: gate.since) || cues.mayMatch(bit: gate.periodPlural)
        let mayTellKilling = cues.mayMatch(bit: gate.killed), mayTellWounding = cues.mayMatch(bit: gate.wounded)
        // The lists each "not an event" test needs a word of (the tests' own definitions):
        // a negation or a device made safe before the trigger; a claim, a cause or an offset
        // phrase (بعد/عقب) for a back-reference; "أي" or a device made safe; "في وقت ما",
        // "عاجلاً" or a timetable for a vague promise.
        let mayBlock = cues.mayMatch(bit: gate.notAnEvent) || cues.mayMatch(bit: gate.prevented)
        let mayReferToEvent = cues.mayReferToEvent(gate)
        let mayBePrevented = cues.mayMatch(bit: gate.anyOf) || cues.mayMatch(bit: gate.prevented)
        let mayBeIndefinite = cues.mayMatch(bit: gate.someTime) || cues.mayMatch(bit: gate.soonerOrLater) || cues.mayMatch(bit: gate.timetable)
        // A count of days after or before the event told before needs "في اليوم التالي", "غداة",
        // بعد, or قبل / "قبلها" (`daysAfterPreviousEvent`, `daysBeforePreviousEvent`).
        let mayCountDaysAfter = cues.mayMatch(bit: gate.nextDay) || cues.mayMatch(bit: gate.dayAfter) || cues.mayMatch(bit: gate.after)
        let mayCountDaysBefore = cues.mayMatch(bit: gate.offsetBefore) || cues.mayMatch(bit: gate.beforeIt)
        // A withdrawal's deadline or starting day needs حتى/لغاية or منذ after the trigger (`boundaryDate`).
        let mayBoundDeadline = cues.mayMatch(bit: gate.until) || cues.mayMatch(bit: gate.since)
        // An offset phrase starts at بعد or عقب (`findOffsetPhrases`): a sentence with neither has
        // none, and the rules that ask for its phrases (the spans of other events, the offset
        // dates, the back-references) read that from the cache instead of scanning the sentence.
        if !cues.mayMatch(bit: gate.offsetAfter) {
            assert(findOffsetPhrases(in: s).isEmpty, "an offset phrase found where its gate passed the sentence over")
            offsetPhraseCache = (s.index, [])
        }
        var lexical = local
        // "القاعدة التي جرى تسليمها أمس": a base named by an event told before (Events/EventRelativeClauses.swift).
        let identifying = groups.isEmpty ? IdentifyingClause() : identifyingRelativeClauses(groups, in: s, mentions: &lexical)
        if !identifying.groups.isEmpty { groups = groups.enumerated().filter { !identifying.groups.contains($0.offset) }.map(\.element) }
        // A plural trigger dropped as a summary ("لهجمات صاروخية متكررة، أعنفها ... قصف") leaves its
        // clause, and the anchor named there, to the trigger after it.
        var carriedLower: Int?
        /// Bases hit by attacks told only as examples of a campaign ("ومنها هجمات على قاعدة X").
        var summaryTargets: [Mention] = []
        let otherEvents = groups.isEmpty ? [] : otherEventSpans(in: s, groups: groups)
        /// The event the previous trigger group of this sentence made (one event, not a split list).
        var previousGroupEvent: Int?
        /// The one event each trigger group made, as (group index, event index) in group order: a
        /// list, made a dictionary only for the rare sentence where two groups made one each (a
        /// dictionary was built and hashed into for every sentence and event).
        /// Kept for the article like the lists below (emptied here: it is appended to, not refilled).
        var groupEvents: [(group: Int, event: Int)] = []
        swap(&groupEvents, &eventLists.groupEvents)
        if !groupEvents.isEmpty { groupEvents.removeAll(keepingCapacity: true) }
        /// The clause mentions of the trigger at hand (`clauseMentions`): kept across the triggers
        /// and sentences of the article (Events/EventScratchLists.swift), so that their storage
        /// is allocated once per article, not per sentence or trigger. Taken out of the run here
        /// (each then uniquely referenced) and handed back when the sentence is done.
        var clause: [Mention] = [], before: [Mention] = [], after: [Mention] = []
        /// The roles of the trigger at hand, kept likewise (emptied where each trigger's roles are
        /// first read; nothing keeps the list past its trigger).
        var roles: [(Relation, Mention)] = []
        swap(&clause, &eventLists.clause); swap(&before, &eventLists.before)
        swap(&after, &eventLists.after); swap(&roles, &eventLists.roles)
        defer {
            swap(&clause, &eventLists.clause); swap(&before, &eventLists.before)
            swap(&after, &eventLists.after); swap(&roles, &eventLists.roles)
            swap(&groupEvents, &eventLists.groupEvents)
        }
        for (k, g) in groups.enumerated() {
            let eventsBefore = findings.events.count
            defer {
                previousGroupEvent = findings.events.count == eventsBefore + 1 ? eventsBefore : nil
                if let e = previousGroupEvent { groupEvents.append((k, e)) }
            }
            // The clause starts after a phrase about another event that ends before the trigger ("ردا على
            // الهجوم الذي استهدف قاعدة عين الأسد، قصفت ..."): its target is not this event's.
            let lower = clauseStart(after: otherEvents, trigger: g, from: carriedLower ?? (k > 0 ? groups[k - 1].last + 1 : s.tokens.lowerBound))
            carriedLower = nil
            let nextTrigger = k + 1 < groups.count ? groups[k + 1].first : s.tokens.upperBound
            let upper = clauseEnd(before: otherEvents, trigger: g, upTo: nextTrigger)
            let head = token(g.first)

            // Not an event: a vote, a decision, a negation, an aggregate, a back-reference.
            var back = 0
            var p = previousWord(g.first, in: s)
            var blocked = false
            if mayBlock {
                // The two lists read once per trigger, not per word (each read of a static list is a `swift_once`).
                let notAnEvent = Cues.notAnEvent, prevented = Cues.prevented
                while let q = p, back < 4 {
                    // "لا تزال تداعيات الغارة": "still", not a negation (Events/EventVictimSide.swift).
                    if notAnEvent.matches(token(q)) && !isContinuative(q, in: s) || prevented.matches(token(q)) { blocked = true; break }
                    p = previousWord(q, in: s); back += 1
                }
            }
            // "اتهمت X Y بمهاجمة ...": an accusation, not a reported event.
            if !blocked, cues.mayMatch(bit: gate.accuseVerb),
               (max(s.tokens.lowerBound, g.first - 10)..<g.first).contains(where: { Cues.accuseVerb.matches(token($0)) }) { blocked = true }
            // Each test below finds something only with a word of its lists, so a sentence holding
            // none of them is passed over with a bit test per list (Events/SentenceCues.swift).
            // Debug builds run every test the gates pass over and check that it finds nothing: a
            // test given a new word or list without its gate would fail here, not drift silently.
            assert(mayReferToEvent || !isEventReference(g, in: s), "isEventReference fires where its gate passed it over")
            assert(mayBePrevented || !isPrevented(g, in: s), "isPrevented fires where its gate passed it over")
            assert(cues.mayMatch(bit: gate.want) || !isDemand(g, in: s), "isDemand fires where its gate passed it over")
            assert(cues.mayMatch(bit: gate.offsetBefore) || !isCountedBackFrom(g, in: s), "isCountedBackFrom fires where its gate passed it over")
            assert(mayBeIndefinite || !isIndefiniteIntent(g, upper: upper, in: s), "isIndefiniteIntent fires where its gate passed it over")
            assert(cues.mayMatch(bit: gate.isNot) || !isDeniedKind(g, in: s), "isDeniedKind fires where its gate passed it over")
            if blocked || mayReferToEvent && isEventReference(g, in: s) && !answeredAttackToldInFull(g, in: s)
                || mayBePrevented && isPrevented(g, in: s) || cues.mayMatch(bit: gate.want) && isDemand(g, in: s)
                || cues.mayMatch(bit: gate.offsetBefore) && isCountedBackFrom(g, in: s)
                || mayBeIndefinite && isIndefiniteIntent(g, upper: upper, in: s)
                || cues.mayMatch(bit: gate.isNot) && isDeniedKind(g, in: s) { continue }
            // "25 هجوما" counts attacks; a year before the trigger ("في كانون الثاني 2020 لهجوم") does not.
            // A count of rockets or shells is one salvo ("سقط 14 صاروخا على قاعدة X"), not a count of attacks,
            // unless a period follows ("30 صاروخا منذ بداية العام").
            // A count in words ("لأكثر من مئة هجوم", "آلاف الهجمات") counts at its least value (Events/EventVictimSide.swift).
            if let q = previousWord(g.first, in: s), let n = eventCount(token(q)), n >= 3,
               !Cues.projectile.matches(head) || mayBoundPeriod
                && s.tokens.contains(where: { $0 > g.last && (Cues.since.matches(token($0)) || Cues.periodPlural.matches(token($0))) }) {
                continue
            }
            if let q = previousWord(g.first, in: s), Cues.demonstrative.matches(token(q)), head.hasArticle { continue }
            if let q = nextWord(g.last, in: s), Cues.demonstrative.matches(token(q)) {
                // "هذا الهجوم" / "الهجوم هذا": the event named before, not a new one.
                continue
            }
            // Aggregates: a plural trigger over a period ("هجمات ... منذ أكتوبر", "في الأشهر الأخيرة").
            // "الطائرات المسيرة" (drones, the weapon) is as generic as "الصواريخ".
            let counted = previousWord(g.first, in: s).map { token($0).kind == .number } ?? false
            let plural = Cues.pluralAttack.matches(head) && (counted || !Cues.attackAccusative.matches(head)) || Cues.aircraftPlural.matches(head)
            // "الهجمات" (the attacks) refers to attacks in general, unless one is singled out ("أحد الهجمات").
            if plural, head.hasArticle,
               !(previousWord(g.first, in: s).map { Cues.oneOf.matches(token($0)) } ?? false) { carriedLower = lower; continue }
            if plural, mayBoundPeriod,
               s.tokens.contains(where: { $0 > g.last && (Cues.since.matches(token($0)) || Cues.periodPlural.matches(token($0))) }) { carriedLower = lower; continue }
            // "لهجمات صاروخية متكررة": repeated attacks are a summary, whatever the period.
            // The words of the trigger group count too: "لهجمات شبه يومية بالصواريخ" is one group.
            if plural, cues.mayMatch(bit: gate.repeated),
               (g.first + 1..<min(g.last + 4, s.tokens.upperBound)).contains(where: { Cues.repeated.matches(token($0)) }) { carriedLower = lower; continue }
            // "ضمن سلسلة هجمات مماثلة", "سلسلة من الهجمات": a series is a summary too.
            if plural, let p = previousWord(g.first, in: s),
               Cues.series.matches(token(p)) || token(p).norm == "من" && previousWord(p, in: s).map({ Cues.series.matches(token($0)) }) == true {
                carriedLower = lower; continue
            }
            // "ومنها هجمات بطائرات مسيرة على قاعدة X": attacks given as examples of a campaign told before,
            // with no date of their own, are a summary too; their targets may still be claimed (`summaryTargets`).
            if plural, !Clitics.hasArticle(head.norm), let p = previousWord(g.first, in: s), Cues.amongThem.matches(token(p)),
               !dateMentions(in: s).contains(where: { $0.token > g.last && $0.token < upper }) {
                summaryTargets += lexical.filter { $0.kind == .base && $0.tokens.lowerBound > g.last && $0.tokens.upperBound <= upper }
                carriedLower = lower; continue
            }

            Self.clauseMentions(lexical, lower: lower, upper: upper, trigger: g, clause: &clause, before: &before, after: &after)
            roles.removeAll(keepingCapacity: true)
            /// Towns left together with the site named after them: town ref → site ref.
            var siteTowns: [String: String] = [:]

            if g.kind == .withdrawal {
                // from
                // Where they go is not where they leave: "باتجاه قاعدة عين الأسد", "إلى الكويت".
                // The first tokens of the destinations: a few at most, so a list searched in turn (a
                // `Set` built from a filtered and mapped copy was three heap blocks per trigger).
                var destinationList: [Int] = []
                // The two lists read once per trigger, not per mention (each read of a static list is a `swift_once`).
                let towards = Cues.towards, to = Cues.to
                for m in clause {
                    guard let p = previousWord(m.tokens.lowerBound, in: s), towards.matches(token(p)) || to.matches(token(p)) else { continue }
                    destinationList.append(m.tokens.lowerBound)
                }
                // A constant for the closure: a variable it captured was a heap box per withdrawal trigger.
                let destinations = destinationList
                let isDestination: (Mention) -> Bool = { destinations.contains($0.tokens.lowerBound) }
                // "خامس موقع يسلمه التحالف، إذ سبقته قواعد القائم والقيارة": what came before is another handover.
                let precededAt = !cues.mayMatch(bit: gate.precededBy) ? upper : ((g.last + 1)..<upper).first { Cues.precededBy.matches(token($0)) } ?? upper
                // Troops going home leave where the text put them, or a base after من: a base further on
                // tells where others stay ("أعادت دول عدة مدربيها إلى بلدانها، فيما تتركز القوات المتبقية في قاعدة X").
                let goesHome = isReturnHome(g.first, in: s)
                var anchors = after.filter { $0.kind == .base && $0.tokens.lowerBound - g.last <= 20 && !isDestination($0)
                    && $0.tokens.lowerBound < precededAt
                    && (!goesHome || previousWord($0.tokens.lowerBound, in: s).map { Cues.from.matches(token($0)) } == true) }
                // A list of bases goes on past the window when each item follows the one before
                // ("تسليم قاعدة كركوك في 29 آذار، وقبلها قاعدة القيارة في 26 آذار، وقاعدة القائم في 19 من الشهر ذاته").
                if let lastAnchor = anchors.last {
                    var previousEnd = lastAnchor.tokens.upperBound
                    for m in after where m.kind == .base && m.tokens.lowerBound > previousEnd && !anchors.contains(where: { $0.ref == m.ref })
                        && !isDestination(m) && m.tokens.lowerBound < precededAt {
                        guard m.tokens.lowerBound - previousEnd <= 12, m.clitic.hasPrefix("و") || previousWord(m.tokens.lowerBound, in: s).map({ token($0).norm.hasPrefix("و") }) == true
                        else { break }
                        anchors.append(m); previousEnd = m.tokens.upperBound
                    }
                }
                if anchors.isEmpty, let b = before.last(where: { $0.kind == .base && g.first - $0.tokens.upperBound <= 10 && !isDestination($0) }) { anchors = [b] }
                if anchors.isEmpty {
                    // A place left: a country, or a town after من or as the object; "في محافظة X" only locates.
                    let places = after.filter { m in
                        guard m.kind == .place else { return false }
                        let prev = previousWord(m.tokens.lowerBound, in: s)
                        let reach = m.tokens.lowerBound - g.last
                        // "قواتها العاملة في العراق": the forces of the place, withdrawn from it; a count may stand
                        // between ("سحب ما بين 150 و200 عسكري من أصل نحو 550 تنشرهم في العراق").
                        if let p = prev, token(p).norm == "في", let pp = previousWord(p, in: s), Cues.stationed.matches(token(pp)) {
                            return m.isCountry && reach <= PlaceLeftReach.stationedCountry
                        }
                        // A site in a town further on, given back ("أعادت ... الموقع الذي كانت تشغله ضمن مقر قيادة
                        // عمليات نينوى في الموصل"): its relative clause may run past the plain reach.
                        if g.handover, Cues.giveBack.matches(token(g.first)), reach <= PlaceLeftReach.siteGivenBack,
                           let p = prev, Cues.inPlace.matches(token(p)),
                           ((g.last + 1)..<m.tokens.lowerBound).contains(where: { Cues.site.matches(token($0)) }) { return true }
                        guard reach <= PlaceLeftReach.plain else { return false }
                        if let p = prev, Cues.from.matches(token(p)) { return true }
                        // "من شمال (شرقي) سوريا": left from a part of the country (Events/EventEvacuations.swift).
                        if isFromPartOf(m, in: s) { return true }
                        // A site in the town: "سلم موقعه داخل مقر ... في مدينة الموصل", "تغادر موقعها في الموصل".
                        if let p = prev, Cues.inPlace.matches(token(p)) || token(p).norm == "داخل",
                           ((g.last + 1)..<m.tokens.lowerBound).contains(where: { Cues.site.matches(token($0)) }) { return true }
                        // The object: "مغادرة القوات الفرنسية العراق", "غادرت البلاد".
                        let between = (g.last + 1)..<m.tokens.lowerBound
                        return between.allSatisfy { k in token(k).kind != .punctuation && (covered[k] >= 0 && mentions[Int(covered[k])].isPerformer) }
                    }
                    if let c = places.first(where: { $0.isCountry }) ?? places.first { anchors = [c] }
                }
                // "جندياً تشيكياً كانوا في العراق": the country of the arriving troops' former posting (Events/EventArrivals.swift).
                if anchors.isEmpty, let c = formerPosting(g, after: after, in: s) { anchors = [c] }
                if anchors.isEmpty, let c = drawdownCountry(g, after: after, in: s) { anchors = [c] }
                if anchors.isEmpty, let c = before.last(where: { m in
                    // "الجنود ... المشاركين في مهمة الناتو في العراق نقلوا": the country they serve in.
                    guard m.isCountry, g.first - m.tokens.upperBound <= 3, let p = previousWord(m.tokens.lowerBound, in: s),
                          token(p).norm == "في" else { return false }
                    return (max(lower, m.tokens.lowerBound - 8)..<m.tokens.lowerBound).contains { Cues.stationed.matches(token($0)) }
                }) { anchors = [c] }
                if anchors.isEmpty, let mission = before.last(where: { $0.kind == .actor && g.first - $0.tokens.upperBound <= 3 }),
                   let country = countryEndingName(mission, in: s),
                   (max(lower, mission.tokens.lowerBound - 8)..<mission.tokens.lowerBound).contains(where: { Cues.stationed.matches(token($0)) }) {
                    // "المشاركين في مهمة حلف شمال الأطلسي في العراق نقلوا": the mission's name holds the country.
                    anchors = [country]
                }
                // "40 عسكرياً هولندياً في أربيل وبغداد سيعودون": where the troops are (Events/EventReturnsHome.swift).
                if anchors.isEmpty, let m = troopsStationedIn(before: g, clause: before, in: s) { anchors = [m] }
                // "وقاعدة فكتوري المجاورة لمطار بغداد": a base named to place another is not left with it
                // (Events/EventNearSites.swift).
                if anchors.count > 1 { anchors.removeAll { isLandmark($0, in: s) } }
                // Coordinated towns after a base: "من مطار القيارة ... وكركوك".
                if let firstBase = anchors.first, firstBase.kind == .base {
                    for m in after where m.kind == .place && m.type == .city && m.tokens.lowerBound > firstBase.tokens.upperBound
                        && m.clitic.hasPrefix("و") && m.tokens.lowerBound - firstBase.tokens.upperBound <= 8
                        // "القاعدة الواقعة قرب بلدة الحبانية بين مدينتي الرمادي والفلوجة": towns that place the base are not left.
                        && !placesTheBase(from: firstBase.tokens.upperBound, to: m.tokens.lowerBound) {
                        anchors.append(m)
                    }
                }
                // A site named after its town ("موقع الموصل") is left together with the town.
                for a in anchors where a.rule == .patternSite {
                    if let town = clause.first(where: { $0.kind == .place && a.tokens.contains($0.tokens.lowerBound) }) {
                        anchors.append(town); siteTowns[refName(town.ref)] = refName(a.ref)
                    }
                }
                anchors = Self.firstOfEachEntity(anchors)
                guard !anchors.isEmpty else { dateCurrentEvent(.withdrawal, in: s, trigger: g, lower: lower, upper: upper); continue }
                if isWithdrawalSummary(g, anchors: anchors, in: s) { continue }
                for a in anchors { roles.append((.from, a)) }
                // recipient
                var recipients: [Mention] = []
                // Troops going home hand nothing over: "سيعودون إلى بلادهم بعد توقف التدريب ... لقوات البيشمركة";
                // nor does a cut of troops ("التخفيض التدريجي لمستشاريه ... وصولا إلى إنهاء المهمة العسكرية للتحالف").
                let handsNothingOver = goesHome || isDrawdown(g.first, in: s) && !g.handover && !g.receive
                for m in after where m.kind == .actor && m.actorType != .person && !handsNothingOver {
                    // A state after إلى in a withdrawal is a destination ("نقلهم إلى الأردن"), not a recipient.
                    if m.actorType == .state, !g.handover, !g.receive { continue }
                    let prev = previousWord(m.tokens.lowerBound, in: s).map { token($0) }
                    if m.hasToClitic || (prev.map { Cues.to.matches($0) } ?? false) { recipients.append(m) }
                }
                if g.receive {
                    if let subj = before.last(where: { $0.isPerformer && g.first - $0.tokens.upperBound <= 3 })
                        ?? after.first(where: { $0.isPerformer && $0.tokens.lowerBound - g.last <= 2 && !$0.hasToClitic }) {
                        recipients.append(subj)
                    }
                }
                for r in recipients where !roles.contains(where: { $0.1.ref == r.ref }) { roles.append((.recipient, r)) }
                // actor
                var actors: [Mention] = []
                if g.receive {
                    for m in after where m.isPerformer && !recipients.contains(where: { $0.ref == m.ref }) {
                        if let q = previousWord(m.tokens.lowerBound, in: s), Cues.from.matches(token(q)) { actors.append(m) }
                    }
                } else {
                    if let m = after.first(where: { $0.isPerformer && $0.tokens.lowerBound - g.last <= 2 && !$0.hasToClitic && !isDestination($0) }),
                       !recipients.contains(where: { $0.ref == m.ref }) {
                        if g.handover, let r = handoverFirstObject(m, trigger: g, before: before, anchors: anchors, clauseStart: lower, in: s) {
                            // "كان التحالف قد سلّم القوات العراقية قاعدة القائم": with its subject told
                            // before, the verb's first object is whom the base went to.
                            if !roles.contains(where: { $0.1.ref == r.ref }) { roles.append((.recipient, r)); recipients.append(r) }
                        } else {
                            actors.append(m)
                        }
                    }
                    if actors.isEmpty {
                        // Subject before the trigger, with the actors coordinated with it ("بريطانيا وأستراليا").
                        let candidates = before.filter { m in
                            guard m.isPerformer, g.first - m.tokens.upperBound <= 10, !m.hasToClitic else { return false }
                            // "35 عسكرياً من البرتغال": the state the troops come from is the subject.
                            if troopsOfState(m, in: s) { return true }
                            // "يعملون مع القوة الإسبانية": a companion is not the subject.
                            if let q = previousWord(m.tokens.lowerBound, in: s),
                               Cues.partOfCue.matches(token(q)) || Cues.from.matches(token(q)) || Cues.to.matches(token(q))
                                || token(q).norm == "في" || Cues.mission.matches(token(q)) || Cues.with.matches(token(q)) { return false }
                            return true
                        }
                        if let last = candidates.last {
                            actors.append(last)
                            var cur = last
                            for m in candidates.reversed().dropFirst() where cur.clitic.hasPrefix("و") && cur.tokens.lowerBound - m.tokens.upperBound <= 1 {
                                actors.append(m); cur = m
                            }
                        }
                    }
                }
                // "انتهاء مهمة قوات التحالف وانسحاب قواته من البلاد": whose troops (Events/EventReturnsHome.swift).
                if actors.isEmpty, let m = possessorOfTroops(g, before: before, in: s) { actors.append(m) }
                // "أعلنت الحكومة الألمانية ... سحب": a government named by its nisba acts for its state.
                if actors.isEmpty, let m = nisbaSubject(before: g, clauseStart: lower, in: s) { actors.append(m) }
                // Arriving troops are their nisba's state's, whoever the sentence named before (Events/EventArrivals.swift).
                if let m = troopNisbaAfter(g, in: s) { actors = [m] }
                // Prefer forces and states over the ministry announcing for them.
                if actors.contains(where: { $0.actorType != .governmentBody }) { actors.removeAll { $0.actorType == .governmentBody } }
                // The troops a ministry cuts are its state's (Events/EventDrawdowns.swift).
                // So are the troops a ministry withdraws: "قررت وزارة الدفاع الإسبانية سحب 200 عسكري" is Spain's withdrawal
                // (a general staff stays: it commands the forces that leave).
                actors = actors.map { isDrawdown(g.first, in: s) || Cues.ministry.matches(token($0.tokens.lowerBound)) ? stateActingFor($0) : $0 }
                for a in actors where !roles.contains(where: { $0.1.ref == a.ref }) { roles.append((.actor, a)) }
            } else {
                // attack: targets
                var targets: [Mention] = []
                let objectTrigger = g.words.contains { w in readsObjectTriggerStem(w) }
                var nearTargets: [Mention] = []
                for m in after where m.tokens.lowerBound - g.last <= 12 {
                    guard m.kind != .actor || m.actorType != nil else { continue }
                    // "سقطت صواريخ على بعد مئة متر من قاعدة X": a site at a stated distance (Events/EventNearSites.swift).
                    if m.kind == .base || m.kind == .place && !m.isCountry && m.type != .city && m.type != .province,
                       isAtDistanceFrom(m, trigger: g, in: s) {
                        nearTargets.append(m); continue
                    }
                    var j = previousWord(m.tokens.lowerBound, in: s)
                    var hops = 0
                    var onCue = false
                    // The على must stand between the trigger and the mention ("رداً على اغتيال قائد X" is not "on X").
                    while let q = j, hops < 3, q > g.last {
                        if Cues.on.matches(token(q)) { onCue = true; break }
                        // Near or inside a site (not a town or a country): "سقطت صواريخ قرب السفارة".
                        if Cues.near.matches(token(q)), m.kind == .base || m.kind == .place && !m.isCountry && m.type != .city
                            && m.type != .province { nearTargets.append(m); break }
                        j = previousWord(q, in: s); hops += 1
                    }
                    // "سقطت صواريخ قرب المطار": rockets falling near a base were aimed at it (a strike near a place only locates).
                    if !onCue, m.kind == .base, m.tokens.lowerBound - g.last <= 6, g.words.contains(where: { Cues.projectile.matches(token($0)) }),
                       let q = previousWord(m.tokens.lowerBound, in: s), Cues.near.matches(token(q)) { onCue = true }
                    if onCue && m.kind != .actor { targets.append(m) }
                    else if onCue, m.actorType == .armedGroup || m.actorType == .militaryForce || m.actorType == .coalition { targets.append(m) }
                    else if objectTrigger, m.tokens.lowerBound - g.last <= 2, m.kind != .actor || m.actorType == .armedGroup || m.actorType == .person {
                        targets.append(m)
                    } else if objectTrigger, m.kind == .base, m.tokens.lowerBound - g.last <= 10,
                              !after.contains(where: { $0.tokens.lowerBound < m.tokens.lowerBound }),
                              // "تعرضت لقصف في كانون الثاني، كما تعرضت قاعدة X": after تعرض the noun names no object (Events/EventVictimSide.swift).
                              !isSubjectedTo(g, in: s) {
                        // "استهدف مساء الاثنين مطار أربيل": a time phrase between the verb and its object.
                        targets.append(m)
                    } else if objectTrigger, isObjectPlaceAfterTimePhrase(m, trigger: g, after: after, in: s) {
                        // "استهدف فجر الأحد مدينة أربيل" (Events/EventVictimSide.swift).
                        targets.append(m)
                    }
                }
                // A convoy hit: its owner is the target ("استهدفت عبوة رتلا ... تابعا للتحالف الدولي").
                // Also a vehicle passing when the bomb went off, and a mission's vehicle ("لدى مرور عجلة تابعة إلى
                // السفارة البريطانية"; Events/EventVictimSide.swift).
                if let convoy = (cues.mayMatch(bit: gate.convoy) ? ((g.last + 1)..<min(upper, g.last + 5)).first(where: { Cues.convoy.matches(token($0)) }) : nil)
                    ?? passingVehicle(after: g, upper: upper, in: s),
                   let owner = after.first(where: { $0.tokens.lowerBound > convoy && $0.tokens.lowerBound - convoy <= 8
                       && ($0.actorType == .coalition || $0.actorType == .militaryForce || $0.actorType == .state || $0.isSitePlace) }) {
                    targets.append(owner)
                }
                targets += siteTargets(of: g, after: after, upper: upper, in: s)
                targets += ownedSiteTargets(of: g, after: after, upper: upper, in: s)
                // Groups hit by a state's strike: "للحشد الشعبي" after استهداف, "... ذخيرة كتائب حزب الله".
                for m in after where m.actorType == .armedGroup && m.tokens.lowerBound - g.last <= 18 {
                    let stateStrike = attackerIsState(g, in: s, clause: clause)
                    if stateStrike || (objectTrigger && m.hasToClitic && m.tokens.lowerBound - g.last <= 4) { targets.append(m) }
                }
                // Forces killed: "قتل ثلاثة من أفراد الجيش العراقي" — not a force that only describes the
                // person killed ("اغتيال قائد فيلق القدس").
                for m in after where m.actorType == .militaryForce && !isDescriptive(m, in: s) {
                    var j = previousWord(m.tokens.lowerBound, in: s)
                    var hops = 0
                    while let q = j, hops < 6 {
                        if Cues.killed.matches(token(q)) { targets.append(m); break }
                        j = previousWord(q, in: s); hops += 1
                    }
                }
                // Persons killed: "مقتل X", "اغتيال ... للجنرال X" — not "ردا على مقتل X", an earlier event.
                // After "القصف جاء انتقاما لمقتل X" the rest of the clause tells the avenged killing.
                // The list is read once, not per word (each read of a static list is a `swift_once`).
                let killedWords = Cues.killed
                let avengedFrom = !mayTellKilling ? nil : ((g.last + 1)..<upper).first { killedWords.matches(token($0)) && isAvengedKilling($0, of: g, in: s) }
                for m in clause where m.actorType == .person && !(avengedFrom.map { m.tokens.lowerBound > $0 } ?? false) {
                    var j = previousWord(m.tokens.lowerBound, in: s)
                    var hops = 0
                    while let q = j, hops < 8 {
                        if Cues.killed.matches(token(q)) {
                            // "بعد مقتل X في عملية نفذتها ...": the operation tells that killing itself.
                            let earlier = !Cues.operation.matches(head) && previousWord(q, in: s).map { p in
                                Cues.after.matches(token(p)) || (previousWord(p, in: s).map { Cues.sequence.matches(token($0)) } ?? false)
                            } ?? false
                            // "في ذكرى مقتل X": an old killing remembered (Events/EventBackgroundKillings.swift).
                            if (!earlier && !isAvengedKilling(q, of: g, in: s) || killingToldInRelativeClause(after: q, before: g, in: s))
                                && !isCommemorated(q, in: s) {
                                targets.append(m)
                            }
                            break
                        }
                        j = previousWord(q, in: s); hops += 1
                    }
                }
                // "اللذين قتلا بضربة ... قرب المطار", "كانتا تقتربان من قاعدة X" (Events/EventBackgroundKillings.swift).
                targets += passiveKillingVictims(of: g, in: s, mentions: lexical, upper: upper)
                targets += killingByStrike(g, in: s, mentions: lexical, upper: upper)?.victims ?? []
                // "مقتل القيادي في كتائب X بغارة", "أسفرت عن مقتل القيادي فيها": the victim's faction (Events/EventVictimSide.swift).
                targets += victimFactions(of: g, in: s, mentions: lexical, lower: lower, upper: upper)
                targets += approachedBases(of: g, after: after, in: s)
                // "تعرضت السفارة الأمريكية في المنطقة الخضراء ... لهجوم": the subject of تعرض is what was hit,
                // the places between it and the trigger are where.
                var placesBefore: [Mention] = []
                if cues.mayMatch(bit: gate.subjected), let verb = (max(lower, g.first - 20)..<g.first).last(where: { Cues.subjected.matches(token($0)) }),
                   let subject = clause.first(where: { $0.tokens.lowerBound > verb && $0.tokens.lowerBound - verb <= 2 && $0.tokens.upperBound <= g.first }) {
                    targets.append(subject)
                    placesBefore = clause.filter { $0.kind == .place && $0.tokens.lowerBound >= subject.tokens.upperBound && $0.tokens.upperBound <= g.first }
                }
                // Rockets that fell near a site, and nothing else hit: the site is the target.
                if targets.isEmpty, g.words.contains(where: { Cues.projectile.matches(token($0)) }), let m = nearTargets.first {
                    targets.append(m)
                }
                // "استهدف مدينة أربيل، وسقط عدد منها قرب القنصلية": where the projectiles fell is hit too (Events/EventVictimSide.swift).
                targets += nearTargets.filter { fellNear($0, after: g, in: s) }
                // The base before the trigger ("قاعدة كركوك ... شهدت ... قصفها").
                // Not for "الهجوم" once an attack is told in this sentence: the definite noun names that attack,
                // and a base before it belongs to the clause that told it ("استهدفت مسيرة محيط المطار حيث توجد قاعدة X، وقالت ... إن الهجوم").
                let namesToldAttack = head.hasArticle && !plural
                    && findings.events.indices.contains { eventSentences[$0] == s.index && findings.events[$0].kind == .attack }
                if targets.filter({ $0.kind != .actor }).isEmpty, !namesToldAttack, !isBackgroundKilling(g, in: s),
                   let b = before.last(where: { $0.kind == .base && g.first - $0.tokens.upperBound <= 20 }) {
                    targets.append(b)
                }
                targets = Self.firstOfEachEntity(targets)
                // attacker
                var attackers: [Mention] = []
                for i in attackerNisbaSpan(g, in: s, upper: upper) {
                    for k in token(i).keys {
                        if let e = extractor.nisba[k] {
                            let t = token(i)
                            attackers.append(lexiconMention(e, sentence: s.index, tokens: i..<(i + 1), start: t.start, end: t.end, rule: .nisba))
                            break
                        }
                    }
                    if !attackers.isEmpty { break }
                }
                for i in lower..<upper where cues.mayMatch(bit: gate.launched) && Cues.launched.matches(token(i)) {
                    if let m = clause.first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= 2 && $0.isPerformer }) { attackers.append(m) }
                }
                if let m = after.first(where: { $0.isPerformer && $0.tokens.lowerBound == g.last + 1 && !$0.hasToClitic && $0.actorType != .governmentBody }),
                   !targets.contains(where: { $0.ref == m.ref }),
                   clause.contains(where: { $0.tokens.lowerBound > m.tokens.upperBound && ($0.hasToClitic || $0.actorType == .person) }) {
                    attackers.append(m)
                }
                // "ملاحقة القوات العراقية للإرهابيين الذين هاجموا": after a relative pronoun the doer is the noun
                // just before it, or nobody named.
                let relative = previousWord(g.first, in: s).map { Cues.relativePronoun.matches(token($0)) } ?? false
                let doerLimit = relative ? (previousWord(g.first, in: s) ?? g.first) : g.first
                if attackers.isEmpty, let m = before.last(where: { $0.isPerformer && g.first - $0.tokens.upperBound <= 6 && !$0.hasToClitic
                    && $0.actorType != .governmentBody && !isDescriptive($0, in: s)
                    && (!relative || $0.tokens.upperBound == doerLimit)
                    // "أعلن جهاز مكافحة الإرهاب أن طائرة مسيرة أسقطت": the body that reports is not the doer.
                    && !(($0.tokens.upperBound)..<g.first).contains(where: { Cues.complementizer.matches(token($0)) }) }) {
                    if let q = previousWord(m.tokens.lowerBound, in: s), Cues.on.matches(token(q)) || Cues.from.matches(token(q)) {} else {
                        attackers.append(m)
                    }
                }
                if attackers.isEmpty, let m = aircraftNisbaAttacker(before: g, clauseStart: lower, in: s) { attackers.append(m) }
                if attackers.isEmpty, let m = operationAgentState(g, upper: upper, in: s) { attackers.append(m) }
                attackers.removeAll { a in targets.contains { $0.ref == a.ref } }
                // Places near the trigger are where it happened, not where it was launched from
                // ("صواريخ انطلقت من منطقة X").
                let launchStart = !cues.mayMatch(bit: gate.launchVerb) ? nil : (g.first..<upper).first { i in
                    Cues.launchVerb.matches(token(i)) && (nextWord(i, in: s).map { Cues.from.matches(token($0)) } ?? false)
                }
                targets.removeAll { m in launchStart.map { m.tokens.lowerBound > $0 } ?? false }
                var locations: [Mention] = placesBefore.filter { p in !targets.contains { $0.ref == p.ref } }
                // "وفي الديوانية، استهدفت عبوة ...": a place opening the clause after في is where it happened.
                if let p = before.first(where: { $0.kind == .place && !$0.isCountry }),
                   let q = previousWord(p.tokens.lowerBound, in: s), token(q).norm == "في" || token(q).norm == "وفي",
                   previousWord(q, in: s) == nil || q == lower {
                    locations.append(p)
                }
                for m in after where m.kind == .place && m.tokens.lowerBound - g.last <= 14 && !targets.contains(where: { $0.ref == m.ref })
                    && !(launchStart.map { m.tokens.lowerBound > $0 } ?? false) {
                    locations.append(m)
                }
                // "الهجوم" told again with no target of its own is the attack reported before, not a new one.
                if targets.isEmpty, head.hasArticle, !plural, findings.events.contains(where: { $0.kind == .attack }) {
                    dateCurrentEvent(.attack, in: s, trigger: g, lower: lower, upper: upper); continue
                }
                guard !targets.isEmpty || !locations.isEmpty else { dateCurrentEvent(.attack, in: s, trigger: g, lower: lower, upper: upper); continue }
                // A country alone is too vague to anchor an attack ("مهاجمة الجيش الأميركي في العراق").
                if targets.isEmpty, locations.allSatisfy({ $0.isCountry }) { continue }
                // A plural trigger whose only anchor is a back-reference ("تعرضت القاعدتان لهجمات") is a summary.
                if plural, Cues.pluralAttackEvents.matches(head), targets.allSatisfy({ $0.anaphoric }), locations.isEmpty { continue }
                // A target that is only a person with no place, base or group is a killing, still an attack.
                for t in targets { roles.append((.target, t)) }
                for a in attackers where !roles.contains(where: { $0.1.ref == a.ref }) { roles.append((.attacker, a)) }
                for l in locations where !roles.contains(where: { $0.1.ref == l.ref }) { roles.append((.location, l)) }
            }

            // modality
            var modality = Modality.completed
            let headWord = head.norm
            // سـ + an imperfect verb ("سينسحب", "ستسلم"); "سلم" (handed over) and "سحب" are not future.
            // Both tests are of a withdrawal's head only: the kind is asked first (all pure reads),
            // so an attack's head is not matched against three prefixes nor its readings built.
            // The prefixes are asked one by one (an array literal of them was a heap block per
            // withdrawal), and before the readings (a String of the word made for every withdrawal
            // head, where few start with ل): pure tests, so the order changes no answer.
            let futureVerb = g.kind == .withdrawal && (headWord.hasPrefix("سي") || headWord.hasPrefix("ست") || headWord.hasPrefix("سن"))
                && headWord.unicodeScalars.count >= 5
            let purpose = g.kind == .withdrawal && (headWord.hasPrefix("لل") || headWord.hasPrefix("ل") && !headWord.hasPrefix("ال"))
                && head.readings.contains { $0.1 > 0 }
            let clauseStart = max(lower, s.tokens.lowerBound)
            let futureWords = Cues.future
            let futureWord = cues.mayMatch(futureWords) && (clauseStart...g.last).contains { futureWords.matches(token($0)) }
            if futureVerb || purpose || futureWord || clauseHasFutureCue(in: s, from: token(clauseStart).start, to: token(g.last).end) { modality = .planned }
            // "على أن تتسلم القوات العراقية المواقع": a handover stipulated by an agreement is still to come.
            if g.kind == .withdrawal, isStipulated(g, in: s) { modality = .planned }
            if g.kind == .withdrawal, modality == .completed, isAnnouncedDrawdown(g, in: s) { modality = .announced }
            // A plan told in an announcement ("بإعلان مماثل الخميس الماضي، حين قالت ... سيعودون") is still a plan
            // for its date: the day it was announced, counted back from publication, is its decision day.
            let announcedPlan = modality == .planned && cues.mayMatch(bit: gate.announce) && (clauseStart..<g.first).contains(where: { Cues.announce.matches(token($0)) })
            if announcedPlan { modality = .announced }
            if cues.mayMatch(bit: gate.deny), (lower..<upper).contains(where: { Cues.deny.matches(token($0)) }) { modality = .denied }
            // "من دون أن تتبنى أي جهة الهجوم": a claim denied by a negation is no claim.
            if g.kind == .attack, cues.mayMatch(bit: gate.claim), (lower..<upper).contains(where: { i in
                Cues.claim.matches(token(i)) && !(max(s.tokens.lowerBound, i - 3)..<i).contains { Cues.negation.matches(token($0)) } && !blamedBefore(i, in: s)
            }) { modality = .claimed }

            // date
            var date: EventDate?
            var fallback = false
            let sentenceDates = dateMentions(in: s)
            // A date of another event named in the sentence ("ردا على هجوم الأحد") is not this one's.
            // The filters here and in the date rules below hand back the list they are given when
            // they keep all of it (nearly always): no copy per trigger (Events/SharedFilter.swift).
            let eventDates = ownDates(sentenceDates, trigger: g, spans: otherEvents).filterSharingStorage { d in
                !identifying.spans.contains { $0.contains(d.token) }
                    && !isDateOfSincePhrase(d.token, trigger: g, in: s) && eventCountedBackFrom(d.token, in: s) == nil
                    && !isDateOfBeginning(d.token, trigger: g, in: s)
            }
            let inClause = eventDates.filterSharingStorage { $0.token >= lower && $0.token < upper }
            // A date opening the sentence, before any trigger, scopes over all its clauses (read
            // only when the clause has none of its own and the sentence holds other triggers).
            let datesToWeigh = !inClause.isEmpty ? inClause : groups.count == 1 ? eventDates
                : eventDates.filterSharingStorage { $0.token < groups[0].first }
            let pool = datesAheadForPlans(explicitDaysBesideRelative(datesNotOfAnnouncements(datesNotOfStatements(
                datesNotAhead(datesToWeigh, modality: modality), in: s), after: g, in: s)),
                                          modality: modality)
            // The anchors' names are made only if an offset phrase counts from an event told before
            // (rare): made for every trigger, they were two arrays and a String per anchor.
            let anchorRole: Relation = g.kind == .withdrawal ? .from : .target
            let offset = offsetDate(for: g, kind: g.kind, anchors: roles.filter { $0.0 == anchorRole }.map { refName($0.1.ref) },
                                    clauseStart: lower, in: s, sentenceDates: sentenceDates)
                ?? (inClause.isEmpty ? dateBeforeOffsetPhrase(g, nextTrigger: nextTrigger, in: s, sentenceDates: sentenceDates).map { .some($0) } : nil)
            assert(mayBoundDeadline || boundaryDate(after: g, upper: upper, in: s) == nil, "boundaryDate fires where its gate passed it over")
            if let offset {
                // Told relative to another event: that offset is the date, or there is none.
                date = offset
            } else if let best = pool.min(by: { abs($0.token - g.first) < abs($1.token - g.first) }) {
                date = contextYear(best.date, at: best.token, in: s)
                consumedDateSentences.insert(s.index)
            } else if let hours = hoursAfterAnnouncement(g, lower: lower, in: s) {
                // "ولم تمض ساعات على الإعلان حتى سقطت صواريخ" (Events/EventHoursAfter.swift).
                date = hours
            } else if mayBoundDeadline, let bound = boundaryDate(after: g, upper: upper, in: s) {
                date = bound
            } else if s.index > 0 {
                let prev = text.sentences[s.index - 1]
                if prev.paragraph == s.paragraph, !consumedDateSentences.contains(prev.index), !eventSentences.contains(prev.index), !tellsAnotherKindOfEvent(prev),
                   let d = dateMentions(in: prev).last?.date {
                    date = EventDate(start: d.start, precision: d.precision,
                                     trace: DateTrace(anchor: "sentence \(prev.index): \(d.trace?.anchor ?? d.iso)",
                                                      rule: "previous-sentence/" + (d.trace?.rule ?? "date")))
                }
            }
            if date == nil, offset == nil, g.kind == .withdrawal, modality == .planned || modality == .announced {
                date = deadlineAhead(before: s)
            }
            // "ويشمل القرار ... و35 عسكرياً من البرتغال ... وسيغادرون معها": a part of the decision told before
            // takes its day (Events/EventDecisionParts.swift).
            if date == nil, offset == nil, g.kind == .withdrawal, modality != .completed, let d = dayOfIncludingDecision(in: s, before: g) {
                date = d
            }
            // "وردت إيران بعد خمسة أيام", "شنت قبل ذلك بخمسة أيام غارات": counted from the event told just before.
            // The clause is scanned for the count only when the event is still undated (both scans are
            // pure reads): scanned for every trigger, they were a twentieth of the event rules.
            assert(date != nil || offset != nil || mayCountDaysAfter || daysAfterPreviousEvent(in: s, lower: lower, upper: upper) == nil,
                   "daysAfterPreviousEvent fires where its gate passed it over")
            assert(date != nil || offset != nil || mayCountDaysBefore || daysBeforePreviousEvent(in: s, lower: lower, upper: upper) == nil,
                   "daysBeforePreviousEvent fires where its gate passed it over")
            if date == nil, offset == nil,
               let (days, cue) = (mayCountDaysAfter ? daysAfterPreviousEvent(in: s, lower: lower, upper: upper) : nil)
                   ?? (mayCountDaysBefore ? daysBeforePreviousEvent(in: s, lower: lower, upper: upper).map({ (-$0.0, $0.1) }) : nil),
               let previous = findings.events.indices.last(where: { eventSentences[$0] >= s.index - 3 && eventSentences[$0] <= s.index
                   && findings.events[$0].date?.precision == .day && !findings.events[$0].dateIsFallback }),
               let d = findings.events[previous].date {
                date = EventDate(start: d.start.adding(days: days), precision: .day,
                                 trace: DateTrace(anchor: "event in sentence \(eventSentences[previous]) (\(d.iso))",
                                                  rule: (days < 0 ? "days-before-event/" : "days-after-event/") + cue))
            }
            // "جاءت ردا على سلسلة من الهجمات ...، ومنها الهجوم على القاعدة": a trigger after "ردا ... على" is the
            // event answered, told before the answer, never after it.
            let answered = cues.mayMatch(bit: gate.inResponse) && (lower..<g.first).contains { i in
                Cues.inResponse.matches(token(i)) && (i + 1..<g.first).contains { Cues.on.matches(token($0)) }
            }
            if date == nil, offset == nil, !answered,
               // "متوعدا إسرائيل بـ"رد قاس"": a reply threatened is none told (Events/EventRetold.swift).
               cues.mayMatch(bit: gate.sequence) || cues.mayMatch(bit: gate.replied),
               (lower..<nextTrigger).contains(where: { (Cues.sequence.matches(token($0)) || Cues.replied.matches(token($0))) && !isThreatenedReply($0, in: s) }),
               let previous = findings.events.indices.last(where: { eventSentences[$0] >= s.index - 3 && eventSentences[$0] <= s.index }),
               let d = findings.events[previous].date, !findings.events[previous].dateIsFallback {
                // "وأعقب ذلك غارات", "الهجوم الانتقامي": after the event told before, at the earliest the next day.
                date = EventDate(start: d.precision == .day ? d.start.adding(days: 1) : d.start, precision: d.precision,
                                 trace: DateTrace(anchor: "event in sentence \(eventSentences[previous]) (\(d.iso))", rule: "sequence-after"))
            }
            // "إثر مقتل X بغارة": a background killing is dated only after its killing word (Events/EventBackgroundKillings.swift).
            let backgroundKilling = backgroundKillingByStrike(g, in: s, mentions: lexical, upper: upper)
            if let killed = backgroundKilling {
                date = sentenceDates.first(where: { $0.token > killed && $0.token < upper }).map { contextYear($0.date, at: $0.token, in: s) }
                    // "قرار البرلمان الصادر في كانون الثاني الماضي، عقب مقتل X بضربة": the month of what followed it (Events/EventRetold.swift).
                    ?? monthOfEventFollowing(killedWord: killed, in: s, dates: sentenceDates)
            }
            // A withdrawal dated by a deadline still ahead of publication is to come ("بانسحاب ... حتى نهاية 2021").
            if g.kind == .withdrawal, modality == .completed, let d = date, let pub = article.published, d.start > pub,
               d.trace?.rule.contains("deadline") ?? false { modality = .planned }
            // "ستقلص وجودها ... خلال الشهر نفسه": the month of the date told before, done once it is over.
            if let (d, m) = sameMonthDeadline(g, upper: upper, in: s, modality: modality) { date = d; modality = m }
            // A plan takes no past date, but the day a decision to act was told of in the days before
            // publication ("قررت الوزارة أمس سحب ...", "أبلغت البرلمان الثلاثاء الماضي بأن ... سيعودون") dates it
            // (Events/EventReturnsHome.swift).
            if modality == .planned || modality == .announced, let d = date, let pub = article.published, d.end <= pub,
               !isDecisionDay(d, modality: announcedPlan ? .planned : modality) { date = nil }
            var toldAgain: Int?
            // "محاولة اغتيال X في 7 تشرين الثاني، حين استهدفت مسيرة منزله": a حين clause right after an
            // attack tells how that attack happened; its targets join it.
            if g.kind == .attack, let previous = previousGroupEvent, findings.events[previous].kind == .attack,
               cues.mayMatch(bit: gate.when), (lower..<g.first).contains(where: { Cues.when.matches(token($0)) }) {
                toldAgain = previous
            }
            // "أطلق الحرس صواريخ على قاعدة X وعلى مطار Y، في هجوم تبناه الحرس": "في هجوم" right after an attack
            // of the sentence, with no target of its own after it, sums that attack up (Events/EventRetold.swift).
            if g.kind == .attack, toldAgain == nil, let previous = previousGroupEvent, findings.events[previous].kind == .attack,
               sumsUpAttackBefore(g, roles: roles, in: s) {
                toldAgain = previous
            }
            // "دان الكاظمي الاعتداء الذي استهدف مدينة أربيل": the attack condemned is one told before with that target (Events/EventRetold.swift).
            if g.kind == .attack, toldAgain == nil, let previous = condemnedAttackToldBefore(g, targets: roles.filter { $0.0 == .target }.map { self.refName($0.1.ref) }, in: s) {
                toldAgain = previous
            }
            if date == nil, toldAgain == nil, g.kind == .attack {
                // The same event told again right after, with no date of its own ("تعرضت السفارة ... لهجوم"
                // then "خمسة صواريخ سقطت داخل المنطقة الخضراء"): it shares an anchor with an event of the
                // same kind in the two sentences before, and takes its date.
                // The anchors and doers are a few names each: lists searched in turn. The earlier
                // event's doers are named only for an event that passes the other (pure) tests:
                // a `Set` of them was built for every event of the article, and the relation
                // lists were array literals allocated per role.
                let refs = roles.compactMap { $0.0 == .target || $0.0 == .location || $0.0 == .from ? refName($0.1.ref) : nil }
                let doers = roles.compactMap { $0.0 == .attacker ? refName($0.1.ref) : nil }
                let candidates = findings.events.indices.filter { i in
                    guard findings.events[i].kind == g.kind && eventSentences[i] >= s.index - 2 && eventSentences[i] < s.index
                        && !findings.events[i].dateIsFallback && findings.events[i].date != nil else { return false }
                    guard !doers.isEmpty else { return true }
                    let earlierDoers = findings.events[i].performers
                    return earlierDoers.isEmpty || earlierDoers.contains(where: doers.contains)
                }
                let sharesAnchor = { (i: Int) in
                    self.findings.events[i].roles.contains {
                        ($0.relation == .target || $0.relation == .location || $0.relation == .from) && refs.contains($0.ref)
                    }
                }
                // An event sharing an anchor first; a quoted statement right after a report falls back to the latest one.
                // The event answered ("ردا على ... الهجوم على القاعدة") is never the answer told just before.
                if let previous = candidates.last(where: sharesAnchor) ?? (!answered && quotesStatement(before: g, in: s) ? candidates.last : nil),
                   let d = findings.events[previous].date {
                    date = EventDate(start: d.start, precision: d.precision,
                                     trace: DateTrace(anchor: "event in sentence \(eventSentences[previous]) (\(d.iso))", rule: "same-event-told-again"))
                    toldAgain = previous
                }
            }
            // An event told as the answer to another ("ورداً على هجوم شباط، شنت ...") is placed by that
            // one, not by the publication date: no stand-in.
            // So is one told as the reply to an event the pronoun refers to ("وهي الجريمة التي ردت عليها إيران بقصف ...").
            // Asked last, only of an undated event that could take the stand-in: a pure scan of the
            // sentence up to the trigger.
            // Both tests need a word of their list (a sequence word; a verb of replying for
            // `isReplyToEventToldBefore`): a sentence with neither is passed over with two bit tests.
            assert(cues.mayMatch(bit: gate.sequence) || cues.mayMatch(bit: gate.replied)
                   || !(s.tokens.lowerBound..<g.first).contains(where: { Cues.sequence.matches(token($0)) || isReplyToEventToldBefore($0, in: s) }),
                   "a reply or sequence word found where its gate passed it over")
            if date == nil, backgroundKilling == nil, modality == .completed || modality == .claimed, let pub = article.published,
               !(cues.mayMatch(bit: gate.sequence) || cues.mayMatch(bit: gate.replied))
                || !(s.tokens.lowerBound..<g.first).contains(where: { Cues.sequence.matches(token($0)) || isReplyToEventToldBefore($0, in: s) }) {
                // The week whose middle day is the last on or before publication (the written form of a
                // week is its Thursday, which for a Monday-Wednesday article would fall after it).
                date = EventDate.week(containing: pub.adding(days: -3), trace: DateTrace(anchor: DateGrammar.publishedAnchor(pub), rule: "publication-fallback"))
                fallback = true
            }

            // casualties
            var killed: Int?, wounded: Int?
            if mayTellKilling || mayTellWounding {
                let killedWords = Cues.killed, woundedWords = Cues.wounded
                for i in lower..<upper {
                    if killed == nil, killedWords.matches(token(i)), let n = countAfter(i, in: s) { killed = n }
                    if wounded == nil, woundedWords.matches(token(i)), let n = countAfter(i, in: s) { wounded = n }
                }
            }

            let triggerEvidence = evidence(s.index, head.start, token(g.last).end, rule: EventRuleName.trigger(g.kind))
            let sentenceEvidence = evidence(s.index, s.start, s.end, rule: EventRuleName.sentence(g.kind))
            var found = FoundEvent(kind: g.kind, modality: modality, date: date, dateIsFallback: fallback, roles: [],
                                   evidence: [triggerEvidence, sentenceEvidence], killed: killed, wounded: wounded,
                                   trigger: text.nameText(head.start, token(g.last).end))
            // One block at its size: appended one by one, the list grew two or three times.
            found.roles.reserveCapacity(roles.count)
            for (relation, m) in roles {
                found.roles.append(FoundRole(relation: relation, ref: refName(m.ref),
                                             evidence: evidence(m, rule: EventRuleName.role(g.kind, relation))))
            }
            // The same event told again: its new roles and evidence join the event told before.
            if let previous = toldAgain {
                for role in found.roles where !findings.events[previous].roles.contains(where: { $0.ref == role.ref }) {
                    findings.events[previous].roles.append(role)
                }
                findings.events[previous].evidence += found.evidence
                if findings.events[previous].killed == nil { findings.events[previous].killed = found.killed }
                if findings.events[previous].wounded == nil { findings.events[previous].wounded = found.wounded }
                continue
            }
            // Coordinated bases ("من مطار القيارة ... وكركوك") are separate withdrawals.
            // Only a withdrawal is split, so only a withdrawal's list is made; and a town is looked
            // up only when one was noted (an empty dictionary still hashes the name, which for a
            // `String` normalizes it). For an attack the list was made and dropped unread.
            // The anchors are counted in place first (read through the buffer, no role is copied):
            // the list is made only when there are two or more (rarely); the filter copied the
            // roles (four strings each) for every withdrawal.
            func isAnchor(_ role: FoundRole) -> Bool { role.relation == .from && (siteTowns.isEmpty || siteTowns[role.ref] == nil) }
            let anchorCount = g.kind != .withdrawal ? 0 : found.roles.withUnsafeBufferPointer { roles in
                var count = 0
                for r in roles.indices where isAnchor(roles[r]) { count += 1 }
                return count
            }
            let anchorRoles = anchorCount < 2 ? [] : found.roles.filter(isAnchor)
            assert(anchorCount == (g.kind != .withdrawal ? 0 : found.roles.filter(isAnchor).count), "anchor roles miscounted")
            if g.kind == .withdrawal, anchorRoles.count > 1 {
                // Each item of a list may carry its own date, told right after it.
                let anchorMentions = anchorRoles.compactMap { r in clause.first { refName($0.ref) == r.ref && $0.tokens.lowerBound > g.last } }
                let clauseDates = sentenceDates.filter { $0.token > g.last && $0.token < upper }
                for a in anchorRoles {
                    var one = found
                    one.roles.removeAll { $0.relation == .from && $0.ref != a.ref && siteTowns[$0.ref] != a.ref }
                    if clauseDates.count > 1, modality == .completed || modality == .claimed,
                       let m = anchorMentions.first(where: { refName($0.ref) == a.ref }) {
                        let nextAnchor = anchorMentions.map(\.tokens.lowerBound).filter { $0 > m.tokens.lowerBound }.min() ?? upper
                        if let own = clauseDates.first(where: { $0.token >= m.tokens.upperBound && $0.token < nextAnchor }) {
                            one.date = own.date; one.dateIsFallback = false
                        }
                    }
                    // "تسليم قاعدة القائم في الأنبار، ثم قاعدة القيارة جنوب الموصل قبل ثلاثة أيام": the one date,
                    // told after a later item that "ثم" sets after this one, is that item's, not this one's.
                    if clauseDates.count == 1, let only = clauseDates.first, let d = one.date, d == only.date, !one.dateIsFallback,
                       let m = anchorMentions.first(where: { refName($0.ref) == a.ref }),
                       let nextAnchor = anchorMentions.map(\.tokens.lowerBound).filter({ $0 > m.tokens.lowerBound }).min(),
                       only.token > nextAnchor, (m.tokens.upperBound..<nextAnchor).contains(where: { Cues.then.matches(token($0)) }) {
                        one.date = nil
                    }
                    findings.events.append(one); eventSentences.append(s.index)
                }
                continue
            }
            // Handovers and withdrawals from a country split per actor: each state leaves on its own.
            // The count of performers first (rarely two), then the anchors: each anchor test named every
            // mention of the sentence (`refName` makes a String), so the mention's kind is asked first.
            // All pure reads: the order changes no answer.
            // The roles counted in place: a lazy filter copied each role (four strings).
            let performerRoles = g.kind != .withdrawal ? 0 : found.roles.withUnsafeBufferPointer { roles in
                var count = 0
                for r in roles.indices where roles[r].relation == .actor || roles[r].relation == .attacker { count += 1 }
                return count
            }
            assert(g.kind != .withdrawal || performerRoles == found.roles.lazy.filter({ $0.relation == .actor || $0.relation == .attacker }).count,
                   "performer roles miscounted")
            if g.kind == .withdrawal, performerRoles > 1,
               found.anchors.allSatisfy({ ref in lexical.contains { $0.kind == .place && refName($0.ref) == ref } }),
               found.performers.count > 1 {
                for actor in found.performers {
                    var one = found
                    one.roles.removeAll { ($0.relation == .actor) && $0.ref != actor }
                    findings.events.append(one); eventSentences.append(s.index)
                }
            } else {
                findings.events.append(found); eventSentences.append(s.index)
            }
        }
        // "اغتيال X ... بضربة أميركية": one event (Events/EventBackgroundKillings.swift).
        if groupEvents.count > 1 {
            let groupEvent = Dictionary(uniqueKeysWithValues: groupEvents.map { ($0.group, $0.event) })
            foldKillingWordsIntoStrikes(groups, groupEvent: groupEvent, in: s, mentions: lexical)
        }
        attachClaims(in: s, mentions: local, summaryTargets: summaryTargets, cues: cues)
        attachReprisalClaim(in: s, mentions: local, triggers: groups)
    }

    /// The first mention of each entity, in order: `var seen = Set<EntityRef>(); filter { seen.insert($0.ref).inserted }`.
    /// A trigger's anchors and targets are a handful of mentions: comparing each with those kept
    /// costs less than building and hashing into a set for every trigger. O(n²) for n mentions.
    static func firstOfEachEntity(_ mentions: [Mention]) -> [Mention] {
        guard mentions.count > 1 else { return mentions }
        var kept: [Mention] = []
        kept.reserveCapacity(mentions.count)
        for m in mentions where !kept.contains(where: { $0.ref == m.ref }) { kept.append(m) }
        #if DEBUG
        var seen = Set<EntityRef>()
        assert(kept.map(\.tokens) == mentions.filter { seen.insert($0.ref).inserted }.map(\.tokens), "the first of each entity differs from the set's")
        #endif
        return kept
    }

    /// A name that ends in "في + a country" ("مهمة حلف شمال الأطلسي في العراق"): that country, as a mention.
    func countryEndingName(_ m: Mention, in s: Sentence) -> Mention? {
        let last = m.tokens.upperBound - 1
        guard last > m.tokens.lowerBound, token(last - 1).norm == "في",
              let match = gazetteer.trie.longestMatch(in: text.tokens, at: last, limit: last + 1) else { return nil }
        for hit in match.payloads {
            let e = gazetteer.entities[hit.entity]
            guard e.kind == .place, e.type == "country" else { continue }
            return oneWordMention(of: hit.entity, at: last, in: s, rule: .nameCountry)
        }
        return nil
    }

    /// A trigger with no anchor but with a date ("مراسم تسليم ... اليوم الأحد") dates the event
    /// the text is about: the latest event of that kind in the three sentences before, if it has no date of its own.
    func dateCurrentEvent(_ kind: NodeKind, in s: Sentence, trigger g: TriggerGroup, lower: Int, upper: Int) {
        // Casualties told in a follow-up sentence ("وأسفر القصف عن مقتل ...") belong to the event too.
        if let i = findings.events.indices.last(where: { findings.events[$0].kind == kind && eventSentences[$0] >= s.index - 2 }) {
            // The counts and the word lists are read once, not per token: each read of
            // `findings.events[i]` goes through the run and two arrays (bounds checks), and each
            // of a static list is a `swift_once`.
            var killed = findings.events[i].killed, wounded = findings.events[i].wounded
            if killed == nil || wounded == nil {
                let killedWords = Cues.killed, woundedWords = Cues.wounded
                for k in lower..<upper {
                    if killed == nil, killedWords.matches(token(k)), let n = countAfter(k, in: s) { killed = n }
                    if wounded == nil, woundedWords.matches(token(k)), let n = countAfter(k, in: s) { wounded = n }
                }
                findings.events[i].killed = killed
                findings.events[i].wounded = wounded
            }
        }
        // "بدأت سلسلة الانسحابات في 19 آذار": a plural names a series, not the event told last.
        if Cues.pluralEvent.matches(token(g.first)) { return }
        // "وكانت طائرة مسيرة قد استهدفت، الأحد الماضي، موقعا ...": the pluperfect tells an earlier event
        // in the background, never the one told just before.
        if isPluperfect(g, in: s, from: lower) { return }
        // The events of that kind told last (one sentence may hold several mentions of one event).
        // Asked before the sentence's dates: without such an event there is nothing to date, and
        // the sentence's date reading (tokenizing it for the date grammar, the costliest step of
        // this rule) is then not made at all unless another rule needs it. Every test of this
        // rule is a pure read, so their order does not change what it finds.
        guard let latest = findings.events.indices.last(where: { findings.events[$0].kind == kind && eventSentences[$0] >= s.index - 3 })
        else { return }
        // Only an event of that sentence still undated (or dated by the publication stand-in) takes
        // the date (the loop at the end): with none, the dates are not read.
        guard findings.events.indices.contains(where: { i in
            eventSentences[i] == eventSentences[latest] && findings.events[i].kind == kind
                && (findings.events[i].date == nil || findings.events[i].dateIsFallback)
        }) else { return }
        // The clause's date nearest the trigger (the first of equals), without a filtered copy.
        let sentenceDates = dateMentions(in: s)
        var nearest: Int?
        for k in sentenceDates.indices where sentenceDates[k].token >= lower && sentenceDates[k].token < upper {
            if let n = nearest, abs(sentenceDates[k].token - g.first) >= abs(sentenceDates[n].token - g.first) { continue }
            nearest = k
        }
        guard let nearest else { return }
        let best = sentenceDates[nearest]
        // "ويأتي التسليم بعد أيام من لقاء ... الخميس الماضي": the date is of the other event.
        if offsetPhrases(in: s).contains(where: { $0.start > g.last && $0.start < best.token }) { return }
        // A date to come ("في حزيران المقبل") never dates an event told as done.
        if let pub = article.published, best.date.start > pub { return }
        // The clause must be about that event: its doers, if it names any, are the event's.
        var doers = mentions.filter { m in
            m.sentence == s.index && m.tokens.lowerBound >= lower && m.tokens.upperBound <= g.first && m.isPerformer
                && m.actorType != .governmentBody && !m.hasToClitic
                && !(previousWord(m.tokens.lowerBound, in: s).map { Cues.to.matches(token($0)) } ?? false)
        }
        // "استهداف مواقع ... من قبل الجانب الأميركي": the agent phrase names the doer too.
        if let agent = agentAfterTrigger(g, upper: upper, in: s) { doers.append(agent) }
        let d = best.date
        var dated = false
        for i in findings.events.indices where eventSentences[i] == eventSentences[latest] && findings.events[i].kind == kind {
            // A plan takes the day it was told of ("وأفادت مصادر ... أمس السبت بأن الانسحاب مؤقت"; Events/EventReturnsHome.swift).
            guard findings.events[i].date == nil || findings.events[i].dateIsFallback,
                  findings.events[i].modality == .completed || isDecisionDay(d, modality: findings.events[i].modality) else { continue }
            let performers = Set(findings.events[i].performers)
            guard performers.isEmpty || doers.allSatisfy({ performers.contains(refName($0.ref)) }) else { continue }
            findings.events[i].date = EventDate(start: d.start, precision: d.precision,
                                                trace: DateTrace(anchor: d.trace?.anchor ?? d.iso,
                                                                 rule: "same-event-sentence-\(s.index)/" + (d.trace?.rule ?? "date")))
            findings.events[i].dateIsFallback = false
            findings.events[i].evidence.append(evidence(s.index, token(g.first).start, token(g.last).end, rule: EventRuleName.datedTrigger(kind)))
            dated = true
        }
        guard dated else { return }
        consumedDateSentences.insert(s.index)
    }

    /// An organisation named only to describe a person ("قائد فيلق القدس قاسم سليماني") or a
    /// victim ("مقتل ...") is not the subject of the clause.
    func isDescriptive(_ m: Mention, in s: Sentence) -> Bool {
        if let p = previousWord(m.tokens.lowerBound, in: s) {
            let t = token(p)
            if Cues.leaderNoun.matches(t) || Cues.deputyNoun.matches(t) || Cues.killed.matches(t) || Cues.spokesperson.matches(t)
                || Cues.inNameOf.matches(t) { return true }
        }
        if let n = nextWord(m.tokens.upperBound - 1, in: s), covered[n] >= 0, mentions[Int(covered[n])].actorType == .person { return true }
        return false
    }

    /// Whether the attacker of this clause is a state: a nisba adjective after the trigger or a state before it.
    func attackerIsState(_ g: TriggerGroup, in s: Sentence, clause: [Mention]) -> Bool {
        for i in attackerNisbaSpan(g, in: s, upper: s.tokens.upperBound) {
            for k in token(i).keys where extractor.nisba[k] != nil { return true }
        }
        return clause.contains { $0.actorType == .state && $0.tokens.upperBound <= g.first }
    }

    /// Tokens whose nisba names the attacker: the trigger words and the adjectives right after
    /// them ("غارة جوية أمريكية", "بصواريخ باليستية إيرانية"), up to the first named mention,
    /// preposition or punctuation ("تضرب السفارة الأمريكية" and "على القوات الأمريكية" name the target).
    func attackerNisbaSpan(_ g: TriggerGroup, in s: Sentence, upper: Int) -> [Int] {
        var out: [Int] = []
        var i = g.first
        let last = min(g.last + 4, upper - 1)
        while i <= last {
            let t = token(i)
            if i > g.last {
                if t.kind != .word || covered[i] >= 0 || Cues.on.matches(t) { break }
                // A noun that is not an adjective of the trigger ends the phrase: "تضرب السفارة".
                if !isNationality(t), !Cues.attackQualifier.matches(t), !Cues.attack.matches(t) { break }
            } else if covered[i] >= 0 {
                i += 1; continue
            }
            out.append(i)
            i += 1
        }
        return out
    }

    /// "بعد خمسة أيام" / "بعد يومين" / "بعد أسبوع" with nothing after it naming another event
    /// ("بعد يومين من التظاهرة" counts from that one): the days to add to the event told before.
    func daysAfterPreviousEvent(in s: Sentence, lower: Int, upper: Int) -> (Int, String)? {
        // The lists read once: this runs for every trigger over its clause, and each read of a
        // static list is a `swift_once` call and a retain of its table.
        let nextDay = Cues.nextDay, dayAfter = Cues.dayAfter, after = Cues.after
        // "في اليوم التالي", "غداة ذلك": the day after.
        for i in max(lower, s.tokens.lowerBound)..<upper {
            if nextDay.matches(token(i)), let p = previousWord(i, in: s), Cues.theDay.matches(token(p)) {
                return (1, text.text(token(p).start, token(i).end))
            }
            if dayAfter.matches(token(i)) { return (1, text.text(token(i).start, token(i).end)) }
        }
        for i in max(lower, s.tokens.lowerBound)..<upper where after.matches(token(i)) && token(i).norm.hasSuffix("بعد") {
            guard let n = nextWord(i, in: s) else { continue }
            var days: Int?
            var unitToken = n
            let t = token(n)
            if Cues.dualDays.matches(t) { days = 2 } else if Cues.oneDay.matches(t) { days = 1 }
            else if Cues.dualWeeks.matches(t) { days = 14 } else if Cues.oneWeek.matches(t) { days = 7 }
            else if let count = countAfter(i, in: s), let u = nextWord(n, in: s) {
                unitToken = u
                if Cues.daysUnit.matches(token(u)) { days = count } else if Cues.weeksUnit.matches(token(u)) { days = 7 * count }
            }
            guard let days else { continue }
            if let f = nextWord(unitToken, in: s), Cues.from.matches(token(f)) || Cues.on.matches(token(f)) { continue }
            return (days, text.text(token(i).start, token(unitToken).end))
        }
        return nil
    }

    /// A number right after a casualty word: digits or a small number word.
    func countAfter(_ i: Int, in s: Sentence) -> Int? {
        guard let n = nextWord(i, in: s) else { return nil }
        let t = token(n)
        if t.kind == .number, let v = Int(t.norm.string) { return v }
        // Each reading's key is asked first: only a reading whose key is a number word's is made
        // a `String` and looked up (a `String` of every reading was made and hashed, which for
        // Arabic text checks its normalization: some 2,500 instructions for every casualty word).
        // The number words are plain Arabic letters, none of which another sequence of scalars is
        // canonically equivalent to, so a reading equal to one as a String holds its bytes, and
        // so its key. The readings are asked in order, as before.
        let numberKeys = Self.casualtyNumberKeys
        var count: Int?
        for r in t.keys.indices where numberKeys.contains(t.keys[r]) {
            if let v = Self.casualtyNumbers[String(t.readings[r].0)] { count = v; break }
        }
        #if DEBUG
        var definition: Int?
        for (form, _) in t.readings { if let v = Self.casualtyNumbers[String(form)] { definition = v; break } }
        assert(count == definition, "a number word missed by its reading key")
        #endif
        return count
    }

    /// `ArabicFolding.key` of each word of `casualtyNumbers` (a token's reading keys are the same
    /// function of its readings).
    static let casualtyNumberKeys: Set<UInt64> = Set(casualtyNumbers.keys.map { ArabicFolding.key(Substring($0)) })

    /// Small numbers written as words, folded.
    static let casualtyNumbers: [String: Int] = ["واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7,
                                    "ثمانيه": 8, "تسعه": 9, "عشره": 10, "ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7,
                                    "ثماني": 8, "تسع": 9, "عشر": 10, "عشرين": 20, "ثلاثين": 30]

    /// "أعلنت ... تبنيها للهجوم" / "حمّلت X المسؤولية": the group becomes the attacker of the
    /// attack reported just before, and a `claimed` edge ties it to the target.
    func attachClaims(in s: Sentence, mentions local: [Mention], summaryTargets: [Mention] = [], cues: SentenceCues? = nil) {
        // A sentence with triggers has its summary already: with none of the three lists in it,
        // the scan below would find nothing (Events/SentenceCues.swift).
        if let cues {
            let gate = EventGateBits.shared
            if !cues.mayMatch(bit: gate.claim), !cues.mayMatch(bit: gate.responsibility), !cues.mayMatch(bit: gate.accuseCue) { return }
        }
        // One pass over the sentence (every sentence is read, and most hold no claim): each word
        // is copied out once and tested against the three lists, read once.
        let claim = Cues.claim, responsibility = Cues.responsibility, accuseCue = Cues.accuseCue
        var claims = false, saysResponsibility = false, saysAccusation = false
        // A word in none of the three lists (nearly every word) is passed over with one mask
        // test of the token read in place.
        let claimWords = Cues.claimWords
        let cueWords = text.tokens.withUnsafeBufferPointer { tokens in s.tokens.filter { claimWords.matches(tokens, $0) } }
        assert(s.tokens.allSatisfy { i in
            cueWords.contains(i) || !claim.matches(token(i)) && !responsibility.matches(token(i)) && !accuseCue.matches(token(i))
        }, "a claim word outside Cues.claimWords")
        for i in cueWords {
            let t = token(i)
            if !claims, claim.matches(t), !(max(s.tokens.lowerBound, i - 3)..<i).contains(where: { Cues.negation.matches(token($0)) }) {
                claims = true
            }
            if responsibility.matches(t) { saysResponsibility = true }
            if accuseCue.matches(t) { saysAccusation = true }
        }
        let blamed = saysResponsibility && saysAccusation
        guard claims || blamed else { return }
        // A claim denied in its sentence, or made only of blame, names no claimant (Events/EventClaimsAndBackground.swift).
        guard !claims || affirmedClaim(in: s) else { return }
        // The claimant: an armed group first, else a force or a state that claims ("الحرس الثوري ... تبنيه").
        guard let group = local.first(where: { $0.actorType == .armedGroup && !$0.anaphoric })
            ?? local.first(where: { $0.actorType == .armedGroup })
            ?? local.first(where: { claims && ($0.actorType == .militaryForce || $0.actorType == .state) && !$0.anaphoric }) else { return }
        let groupRef = refName(group.ref)
        // "وتتبنى معظم هذه الهجمات جماعة X، ومنها هجمات على قاعدة Y": the claim is of the campaign, whose
        // examples name the bases claimed; no single attack told before is the one claimed.
        if claims, !summaryTargets.isEmpty {
            var seen = Set<EntityRef>()
            for t in summaryTargets where seen.insert(t.ref).inserted {
                findings.relations.append(FoundRelation(relation: .claimed, source: groupRef, target: refName(t.ref),
                                                        evidence: evidence(group, rule: "relation.claimed.campaign")))
            }
            return
        }
        // The latest attack within the three sentences before (or this one).
        // Prefer the latest one that hit a named base or place over a vaguer one told after it.
        let recent = findings.events.indices.filter { findings.events[$0].kind == .attack && eventSentences[$0] >= s.index - 3 }
        // A force hit (a convoy of the coalition) counts as named too.
        let anchored = recent.filter { i in findings.events[i].roles.contains { r in
            r.relation == .target && mentionNames(r.ref) { $0.kind != .actor || $0.actorType == .coalition || $0.actorType == .militaryForce } } }
        guard let idx = anchored.last ?? recent.last else { return }
        let rule = claims ? "event.attack.attacker.claim" : "event.attack.attacker.blame"
        let already = findings.events[idx].roles.contains { $0.relation == .attacker && $0.ref == groupRef }
        if !already, claims || !findings.events[idx].roles.contains(where: { $0.relation == .attacker }) {
            findings.events[idx].roles.append(FoundRole(relation: .attacker, ref: groupRef, evidence: evidence(group, rule: rule)))
            if claims { findings.events[idx].modality = .claimed }
        }
        if claims {
            for role in findings.events[idx].roles where role.relation == .target && role.ref != groupRef {
                let isEntityTarget = mentionNames(role.ref) { $0.kind != .actor }
                // "بصواريخ سقطت قرب القنصلية": a site hit only by falling near it is not what was claimed (Events/EventVictimSide.swift).
                if isEntityTarget, !isOnlyNearTarget(role.ref, of: findings.events[idx]) {
                    findings.relations.append(FoundRelation(relation: .claimed, source: groupRef, target: role.ref,
                                                            evidence: evidence(group, rule: "relation.claimed")))
                }
            }
        }
    }
}
