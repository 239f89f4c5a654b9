import GraphModel

/// The trigger rules of `findTriggers`, in the order they are tried: each is a word list (its
/// gate) and what the rule reads around a word of that list.
///
/// A rule is asked only of a word of its gate, and the gate is asked nowhere else: the rule's
/// own reading starts after it (`killingOperationHolds`, `returnHomeHolds`, …), the predicates
/// other rules call (`isReturnHome`, `isDrawdown`) are the table's rule, gate and reading
/// together (`fires`), and `Cues.triggerFirstWords`, the one mask test that passes over the words no rule
/// can start at, is made from the gates of this table. A new rule added here is in the union by
/// construction; a gate changed here changes the rule everywhere it is asked.
///
/// The first rule whose gate holds and whose reading is not `.tryNext` decides the word:
/// `.trigger` makes it a trigger, `.noTrigger` makes it none without asking the rules after
/// (an aircraft word with no drone qualifier is no other trigger either).
struct TriggerRule: Sendable {
    /// The list the trigger word is in: the rule's first test.
    let gate: WordSet
    /// What the rule reads around token `i`, a word of `gate`.
    let reads: @Sendable (DocumentRun, Int, Sentence) -> TriggerReading

    /// A rule whose reading is a yes/no test: a trigger of `kind` when `holds`, else the next rule.
    static func when(_ gate: WordSet, _ kind: NodeKind, handover: Bool = false,
                     _ holds: @escaping @Sendable (DocumentRun, Int, Sentence) -> Bool) -> TriggerRule {
        TriggerRule(gate: gate) { run, i, s in
            holds(run, i, s) ? .trigger(DocumentRun.TriggerGroup(kind: kind, first: i, last: i, handover: handover, words: DocumentRun.TriggerWords(i))) : .tryNext
        }
    }
}

/// What a trigger rule makes of a word of its gate.
enum TriggerReading {
    /// The word starts this trigger group.
    case trigger(DocumentRun.TriggerGroup)
    /// The rule does not apply; the rules after it are asked.
    case tryNext
    /// The word is no trigger, and no rule after this one is asked.
    case noTrigger
}

extension TriggerRule {
    /// "مقتل X في عملية نفذتها قوة خاصة أميركية" (Events/EventKillingOperations.swift).
    static let killingOperation = when(Cues.operation, .attack) { $0.killingOperationHolds($1, in: $2) }
    /// "شنت تركيا عملية عسكرية ... ضد قوات سوريا الديمقراطية" (Events/EventVictimSide.swift).
    static let launchedOperation = when(Cues.operation, .attack) { $0.launchedOperationHolds($1, in: $2) }
    /// "سيعودون مؤقتاً إلى بلادهم": troops going home (Events/EventReturnsHome.swift).
    static let returnHome = when(Cues.returnVerb, .withdrawal) { $0.returnHomeHolds($1, in: $2) }
    /// "وصل ثلاثون جندياً تشيكياً كانوا في العراق إلى براغ" (Events/EventArrivals.swift).
    static let arrivalFromPosting = when(Cues.arrive, .withdrawal) { $0.arrivalFromPostingHolds($1, in: $2) }
    /// "أعادت قوات التحالف إلى الجيش العراقي الموقع الذي كانت تشغله" (Events/EventHandoverObjects.swift).
    static let siteGivenBack = when(Cues.giveBack, .withdrawal, handover: true) { $0.siteGivenBackHolds($1, in: $2) }
    /// "أجلت شركة X موظفيها من حقل Y" (Events/EventEvacuations.swift).
    static let evacuation = when(Cues.evacuate, .withdrawal) { $0.evacuationHolds($1, in: $2) }
    /// "ستخفض عدد قواتها في العراق": a troop cut (Events/EventDrawdowns.swift).
    static let drawdown = when(Cues.cutTroops, .withdrawal) { $0.drawdownHolds($1, in: $2) }

    /// Whether the rule makes token `i` a trigger: its gate, then its reading.
    @inline(__always)
    func fires(_ run: DocumentRun, _ i: Int, in s: Sentence) -> Bool {
        guard gate.matches(run.token(i)), case .trigger = reads(run, i, s) else { return false }
        return true
    }
}

extension DocumentRun {
    /// The trigger rules in the order `findTriggers` tries them.
    static let triggerRules: [TriggerRule] = [
        TriggerRule(gate: Cues.attack) { _, i, _ in .trigger(TriggerGroup(kind: .attack, first: i, last: i, words: TriggerWords(i))) },
        // "طائرة مسيرة": an aircraft word is an attack with a drone qualifier within five words, else no trigger.
        TriggerRule(gate: Cues.aircraft) { run, i, s in
            var k = i + 1
            while k < min(s.tokens.upperBound, i + 6) {
                if Cues.droneQualifier.matches(run.token(k)) { return .trigger(TriggerGroup(kind: .attack, first: i, last: k, words: TriggerWords(i))) }
                k += 1
            }
            return .noTrigger
        },
        // "تسلمت ACTOR القاعدة" receives; "تسلم ... إلى ACTOR" is the handover of the next rule.
        TriggerRule(gate: Cues.receive) { run, i, s in
            run.handoverFollows(i, in: s) ? .tryNext : .trigger(TriggerGroup(kind: .withdrawal, first: i, last: i, receive: true, words: TriggerWords(i)))
        },
        TriggerRule(gate: Cues.handOver) { _, i, _ in .trigger(TriggerGroup(kind: .withdrawal, first: i, last: i, handover: true, words: TriggerWords(i))) },
        // "نقلت مسؤولية موقعها إلى ..." hands over; "نقلوا إلى الكويت" moves troops out of the country.
        TriggerRule(gate: Cues.transfer) { run, i, s in
            guard let handover = run.transferReading(i, in: s) else { return .tryNext }
            return .trigger(TriggerGroup(kind: .withdrawal, first: i, last: i, handover: handover, words: TriggerWords(i)))
        },
        // "إعادة التموضع" is a withdrawal only after a word of starting again ("استئناف إعادة التموضع").
        TriggerRule(gate: Cues.withdraw) { run, i, s in
            if Cues.redeployNeedsRestart.matches(run.token(i)) {
                guard let p = run.previousWord(i, in: s), Cues.restart.matches(run.token(p)) else { return .noTrigger }
            }
            return .trigger(TriggerGroup(kind: .withdrawal, first: i, last: i, words: TriggerWords(i)))
        },
        TriggerRule.killingOperation,
        TriggerRule.launchedOperation,
        TriggerRule.returnHome,
        TriggerRule.arrivalFromPosting,
        TriggerRule.siteGivenBack,
        TriggerRule.evacuation,
        TriggerRule.drawdown,
    ]

    /// The first reading of the trigger rules that decides token `i`, or nil: O(rules) list tests,
    /// each a bit test of the token's mask.
    /// The rules are read in place: copying one out of the array retains its list and its closure.
    /// So is each gate: its bit is read from the rule and tested against the token's mask (what
    /// `WordSet.matches` does first), and the list itself is asked only when the mask does not
    /// cover it. Handed to `matches` whole, every gate was retained and released for every word
    /// the union admitted (two atomic operations per rule and word).
    func triggerStarting(at i: Int, _ t: Token, rules: [TriggerRule], in s: Sentence) -> TriggerGroup? {
        rules.withUnsafeBufferPointer { rules in
            for k in rules.indices {
                let bit = rules[k].gate.cueBit
                let gateHolds = t.kind == .word
                    && (bit < t.layout.cueLists ? t.cues.contains(Int(bit)) : rules[k].gate.matchesByProbing(t))
                assert(gateHolds == rules[k].gate.matches(t), "a trigger gate read by its bit differs from the list")
                guard gateHolds else { continue }
                switch rules[k].reads(self, i, s) {
                case .trigger(let group): return group
                case .noTrigger: return nil
                case .tryNext: continue
                }
            }
            return nil
        }
    }
}
