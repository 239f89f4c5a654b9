import Testing
import GraphModel
@testable import Extraction

/// The trigger rules' table (Events/TriggerRules.swift), the reaches of the place left
/// (Events/PlaceLeftReach.swift), the troop nouns' table (Events/TroopNouns.swift) and the
/// name stop at علي (Patterns/EntityPatterns.swift). Sentences written for the test.
@Suite struct RuleTableTests: FindingQueries {
    // MARK: the trigger rules

    /// The rules are tried in this order, each behind this list: a rule moved, or its gate
    /// changed, changes which rule decides a word that two lists share.
    @Test func triggerRulesAreTriedInOrderBehindTheirLists() throws {
        let expected = [Cues.attack, Cues.aircraft, Cues.receive, Cues.handOver, Cues.transfer, Cues.withdraw, Cues.operation,
                        Cues.operation, Cues.returnVerb, Cues.arrive, Cues.giveBack, Cues.evacuate, Cues.cutTroops]
        let rules = DocumentRun.triggerRules
        #expect(rules.count == expected.count)
        var gated = 0
        for article in try EventFastPathTests.texts() {
            for t in TokenizedText(article).tokens where t.kind == .word {
                for (rule, list) in zip(rules, expected) {
                    #expect(rule.gate.matches(t) == list.matches(t), "\(t.norm)")
                    if list.matches(t) { gated += 1 }
                }
            }
        }
        #expect(gated > 500)
    }

    /// The predicates other rules ask (`isReturnHome`, `isDrawdown`) are their table rule: the
    /// gate, then the reading, on every word of the test texts.
    @Test func predicatesAreTheirTableRules() throws {
        var fired = 0
        for article in try EventFastPathTests.texts() {
            let run = DocumentRun(extractor: Fixture.extractor, article: Fixture.article(article, published: "2020-03-26"))
            run.run()
            for s in run.text.sentences {
                for i in s.tokens where run.token(i).kind == .word {
                    let home = Cues.returnVerb.matches(run.token(i)) && run.returnHomeHolds(i, in: s)
                    let cut = Cues.cutTroops.matches(run.token(i)) && run.drawdownHolds(i, in: s)
                    #expect(run.isReturnHome(i, in: s) == home)
                    #expect(run.isDrawdown(i, in: s) == cut)
                    if home || cut { fired += 1 }
                }
            }
        }
        #expect(fired > 5)
    }

    /// A redeployment word is a withdrawal only after إعادة, and, as the withdrawal rule's word,
    /// no later rule makes it a trigger either.
    @Test func aRedeploymentWordNeedsARestartBeforeIt() {
        let alone = Fixture.extract("وقال المتحدث إن انتشار القوات الأميركية في قاعدة عين الأسد مستمر.")
        #expect(alone.events.isEmpty)
        let restarted = Fixture.extract("وأعلن التحالف أمس إعادة انتشار القوات الأميركية من قاعدة عين الأسد.")
        #expect(restarted.events.map(\.kind) == [.withdrawal])
    }

    // MARK: the reaches of the place left

    /// A site given back in a town is left from the town up to eighteen tokens after the verb
    /// (here seventeen and eighteen), not at nineteen.
    @Test func aSiteGivenBackReachesEighteenTokens() {
        func from(_ site: String) -> Set<String> {
            let f = Fixture.extract("وفي 12 أيار أعادت قوات التحالف إلى الجيش العراقي الموقع الذي كانت \(site) في تكريت.", published: "2020-05-20")
            return Set(f.events.filter { $0.kind == .withdrawal }.flatMap { roles($0, .from) })
        }
        #expect(from("تستخدمه ضمن مقر قيادة عمليات صلاح الدين") == ["k:tikrit"])
        #expect(from("تستخدمه سابقاً ضمن مقر قيادة عمليات صلاح الدين") == ["k:tikrit"])
        #expect(!from("تستخدمه منذ سنوات ضمن مقر قيادة عمليات صلاح الدين").contains("k:tikrit"))
    }

    /// The longer reach is the giving-back verb's: a plain handover verb with the same site and
    /// town past ten tokens does not leave the town.
    @Test func aPlainHandoverKeepsTheTenTokenReach() {
        let f = Fixture.extract("وفي 12 أيار سلمت قوات التحالف الجيش العراقي الموقع الذي كانت تستخدمه ضمن مقر قيادة عمليات صلاح الدين في تكريت.",
                                published: "2020-05-20")
        #expect(!f.events.flatMap { roles($0, .from) }.contains("k:tikrit"))
        let near = Fixture.extract("وفي 12 أيار سلمت قوات التحالف موقعها داخل مقر القيادة في تكريت.", published: "2020-05-20")
        #expect(near.events.flatMap { roles($0, .from) } == ["k:tikrit"])
    }

    /// The country the troops are stationed in ("تنشرهم في العراق") is left up to fourteen tokens
    /// after the trigger.
    @Test func aStationedCountryReachesFourteenTokens() {
        func from(_ count: String) -> Set<String> {
            let f = Fixture.extract("وأعلنت الحكومة الإسبانية أمس سحب \(count) تنشرهم في العراق.", published: "2020-05-20")
            return Set(f.events.filter { $0.kind == .withdrawal }.flatMap { roles($0, .from) })
        }
        // Twelve tokens from سحب to العراق ("و200" is one), then fourteen, then fifteen.
        #expect(from("ما بين 150 و200 عسكري من أصل نحو 550") == ["k:iraq"])
        #expect(from("ما بين 150 و200 عسكري من أصل نحو 550 جندي ومدرب") == ["k:iraq"])
        #expect(!from("ما بين 150 و200 عسكري من أصل نحو 550 جندي ومدرب وضابط").contains("k:iraq"))
    }

    // MARK: the troop nouns

    /// Each rule's troop list holds exactly the words it held when the lists were written apart.
    @Test func troopListsKeepTheirWords() {
        let cut = ["قواتها", "قواته", "قواتنا", "القوات", "قوات", "جنودها", "جنوده", "الجنود", "جنود", "جنودنا",
                   "العسكريين", "عسكرييها", "قواتهما", "مستشاريه", "مستشاريها", "مدربيه", "مدربيها"]
        let counted = ["عسكري", "عسكريا", "عسكريين", "عسكريون", "عسكرييها", "عسكرييه", "عسكرييهم",
                       "جندي", "جنديا", "جنود", "جنودها", "جنوده", "قوات", "قواتها", "قواته",
                       "مدرب", "مدربا", "مدربين", "مدربون", "مدربيها", "مدربيه",
                       "مستشار", "مستشارا", "مستشارين", "مستشارون", "مستشاريها", "مستشاريه",
                       "عنصر", "عنصرا", "عناصر", "فرد", "فردا", "أفراد"]
        let possessed = ["قواته", "قواتها", "قواتهم", "جنوده", "جنودها", "عسكرييه", "عسكرييها", "مستشاريه", "مستشاريها",
                         "مدربيه", "مدربيها", "عناصره", "عناصرها"]
        let all = Set(cut + counted + possessed + TroopNouns.forms.map(\.word))
        for (list, words) in [(Cues.troopWord, cut), (Cues.troopNoun, counted), (Cues.ownTroops, possessed)] {
            let expected = WordSet(words)
            for w in all {
                let form = ArabicFolding.withoutArticle(Substring(ArabicFolding.normalize(w)))
                #expect(list.contains(form: form) == expected.contains(form: form), "\(w)")
            }
        }
        // One entry per form, the article dropped as a `WordSet` drops it.
        let forms = TroopNouns.forms.map { ArabicFolding.withoutArticle(Substring(ArabicFolding.normalize($0.word))) }
        #expect(Set(forms).count == forms.count)
    }

    // MARK: the name stop at علي

    /// The exception exists because the name-stop list holds على and folding makes علي the same
    /// word: were either to change, the exception would be dead or wrong.
    @Test func theGivenNameAliIsTheFoldedPrepositionAla() {
        #expect(ArabicFolding.normalize("على") == ArabicFolding.normalize("علي"))
        let text = TokenizedText("علي على وعلي")
        let words = text.tokens.filter { $0.kind == .word }
        #expect(words.count == 3)
        #expect(words.allSatisfy { Cues.nameStop.matches($0) })
        let run = DocumentRun(extractor: Fixture.extractor, article: Fixture.article("علي على وعلي", published: nil))
        let ws = run.text.tokens.filter { $0.kind == .word }
        #expect(ws.map { run.isGivenNameAli($0) } == [true, false, false])
        #expect(ws.map { run.stopsName($0) } == [false, true, true])
    }

    /// علي inside a titled name is read on; the preposition على ends the name.
    @Test func aliIsReadOnAndAlaEndsATitledName() {
        let f = Fixture.extract("وقال محافظ الأنبار علي فرحان الدليمي إن الوضع مستقر. ووصل اللواء يحيى رسول على رأس وفد عسكري.")
        let surfaces = f.entities.filter { $0.actorType == .person }.flatMap { $0.surfaces }
        #expect(surfaces.contains { $0.contains("علي فرحان") })
        #expect(surfaces.contains { $0.contains("يحيى رسول") })
        #expect(!surfaces.contains { $0.contains("على") })
    }
}

/// The relation cue rules' table (Relations/RelationCueRules.swift).
@Suite struct RelationCueRuleTableTests {
    /// The rules are asked in this order, each behind these lists, and their union is that of
    /// the lists: a rule moved past one that ends the word, or a gate changed, changes what is read.
    @Test func relationRulesAreAskedInOrderBehindTheirLists() throws {
        let expected: [[WordSet]] = [[Cues.ledBy], [Cues.memberOfCue], [Cues.partOfCue], [Cues.gatherUnder], [Cues.operateVerb],
                                     [Cues.leaderNoun, Cues.deputyNoun], [Cues.spokesperson], [Cues.backedCue], [Cues.alliedCue],
                                     [Cues.accuseCue], [Cues.fingerprints, Cues.carriedOutBy, Cues.accusingParticiple],
                                     [Cues.accusingParticiple], [Cues.heldResponsible], [Cues.hostileCue], [Cues.vowVerb]]
        let rules = DocumentRun.relationCueRules
        #expect(rules.count == expected.count)
        var cues = 0
        for article in try EventFastPathTests.texts() {
            for t in TokenizedText(article).tokens where t.kind == .word {
                var any = false
                for (rule, lists) in zip(rules, expected) {
                    let opens = lists.contains { $0.matches(t) }
                    #expect(rule.opens(t) == opens, "\(t.norm)")
                    any = any || opens
                }
                #expect(Cues.relationCues.matches(t) == any, "\(t.norm)")
                if any { cues += 1 }
            }
        }
        #expect(cues > 500)
    }
}

/// The word gate of `matchPatterns` (Patterns/EntityPatterns.swift).
@Suite struct PatternGateTests {
    /// The union matches a word exactly when one of the lists that open a branch does, and
    /// every word the oil-field rule reads ("حقل") is in it.
    @Test func patternWordUnionMatchesWhenOneOfItsListsDoes() throws {
        var words = 0, openers = 0
        for article in try EventFastPathTests.texts() {
            for t in TokenizedText(article).tokens where t.kind == .word {
                words += 1
                let opens = Cues.patternOpeners.contains { $0.matches(t) }
                #expect(Cues.patternFirstWords.matches(t) == opens, "\(t.norm)")
                if t.norm == "حقل" { #expect(opens) }
                if opens { openers += 1 }
            }
        }
        #expect(words > 20_000)
        #expect(openers > 500)
    }
}

/// The surfaces of an entity in order (CollectEntities.swift).
@Suite struct SurfaceOrderTests {
    /// Two surfaces, ordered by the one-comparison path, come out as the sorted definition puts
    /// them: every pair of neighbouring words of the samples, with equal and different counts.
    @Test func twoSurfacesAreOrderedByCountThenText() throws {
        var words: [String] = []
        for article in try EventFastPathTests.texts().prefix(20) {
            let text = TokenizedText(article)
            for t in text.tokens where t.kind == .word { words.append(text.text(t.start, t.end)) }
        }
        var pairs = 0
        for (a, b) in zip(words, words.dropFirst()) where a != b {
            for (x, y) in [(1, 1), (1, 2), (3, 1), (2, 2)] {
                let counts: [(key: String, value: Int)] = [(a, x), (b, y)]
                #expect(DocumentRun.mostFrequentFirst(counts) == counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key),
                        "\(a) \(b)")
                pairs += 1
            }
        }
        #expect(pairs > 1_000)
    }

    /// The byte answers of `PlainTextKey.byteOrderIfDecided` (order and inequality of two texts read off their
    /// bytes up to just past the first difference) are String's `<` and `==`, wherever they
    /// answer: on pairs of words of the samples and their clitic forms, and on texts written to
    /// reach the cases where the bytes must not decide: a combining mark right after the first
    /// difference or after a prefix (ا + madda is آ), marks further on, Latin and digits.
    @Test func textOrderAndEqualityOnBytesAreStringOrderAndEquality() throws {
        var words: [String] = []
        for article in try EventFastPathTests.texts().prefix(20) {
            let text = TokenizedText(article)
            for t in text.tokens where t.kind == .word { words.append(text.text(t.start, t.end)) }
        }
        let written = ["ا", "آ", "ا\u{0653}", "ا\u{0654}", "أ", "اب", "ا\u{0653}ب", "ابت", "ابت\u{064E}", "ابَت", "وبغداد", "بغداد",
                       "بغداد\u{0651}", "بغدادي", "بَغداد", "Baghdad", "Bagdad", "Baghdad2", "e\u{0301}", "é", "e", "", "12", "١٢"]
        var texts = written
        for (a, b) in zip(words, words.dropFirst()) where texts.count < 4_000 { texts.append(a); texts.append("و" + b); texts.append(b) }
        var answered = 0, pairs = 0
        for (a, b) in Array(zip(texts, texts.dropFirst())) + written.flatMap({ a in written.map { (a, $0) } }) {
            pairs += 1
            #expect(DocumentRun.textPrecedes(a, b) == (a < b), "\(a) \(b)")
            #expect(DocumentRun.sameSurface(a, b) == (a == b), "\(a) \(b)")
            if let less = PlainTextKey.byteOrderIfDecided(a, b) {
                answered += 1
                #expect(less == (a < b) && a != b, "\(a) \(b)")
            }
        }
        // The cases where the bytes must not answer are left to String.
        #expect(PlainTextKey.byteOrderIfDecided("ا", "ا\u{0653}") == nil && PlainTextKey.byteOrderIfDecided("اب", "ا\u{0653}ب") == nil)
        #expect(PlainTextKey.byteOrderIfDecided("e", "e\u{0301}") == nil && PlainTextKey.byteOrderIfDecided("بغداد", "بغداد") == nil)
        // And most pairs of real words are answered on their bytes.
        #expect(pairs > 2_000 && answered * 2 > pairs)
    }
}
