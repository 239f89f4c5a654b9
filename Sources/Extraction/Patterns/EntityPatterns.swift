import GraphModel

/// Entities no lexicon lists, found by the shape of the text around them:
/// - a base: "قاعدة/معسكر/مطار X";
/// - an armed group: "كتائب/سرايا/عصائب/ألوية/حركة/عصبة X";
/// - a person: a title ("اللواء", "الكولونيل", ...) or an office ("وزير الدفاع ...") before a
///   name, a kunya ("أبو X Y"), or a name right after "المتحدث باسم ORG";
/// and surnames of persons already named, later in the same article.
///
/// A name is read word by word after the class word: at most three words, ending at
/// punctuation, a function word, an adjective, a word the lexicon knows, or after the
/// first word carrying the article (Arabic proper names of this shape end there:
/// "عين الأسد", "أهل الحق", "تحسين الخفاجي").
extension DocumentRun {
    /// Words of a name starting at `i`: token indices, or empty.
    func readName(from i: Int, in s: Sentence, maxWords: Int, allowArticleFirst: Bool = true,
                  stopAtArticle: Bool = true) -> [Int] {
        var out: [Int] = []
        var j = i
        while j < s.tokens.upperBound, out.count < maxWords {
            let t = token(j)
            if t.kind == .punctuation {
                if Clitics.isTransparent(t.norm), !out.isEmpty || t.norm == "\"" || t.norm == "(" { j += 1; continue }
                // "كرامب-كارنباور": a hyphen with no space around it joins two parts of one name.
                if !out.isEmpty, Clitics.isHyphen(t.norm), j + 1 < s.tokens.upperBound, token(j - 1).end == t.start,
                   token(j + 1).start == t.end, token(j + 1).kind == .word { j += 1; continue }
                break
            }
            if t.kind == .number || covered[j] >= 0 { break }
            if stopsName(t) || Cues.notAName.matches(t) { break }
            // "إدارة الرئيس X تبحث اتخاذ خطوات", "قاعدة يستخدمها التحالف", "لحركة حماس", "قاعدة بمطارها":
            // a verb, or a preposition's phrase, opens what follows the name (or stands where no name is).
            if opensPhrase(t) { break }
            // "العقيد مايلز كاغينز صوراً من المراسم", "المحافظ وكالةً X": a word written with tanween is an
            // indefinite noun or an adverb (the object or a circumstance), never part of a proper name.
            if hasTanween(t) { break }
            // A preposition ل on a later word starts a new phrase ("مايلز كاغينز لوكالة ...", "للحفاظ").
            if !out.isEmpty, t.norm.hasLetterPrefix("ل"), !t.norm.hasLetterPrefix("ال"), t.norm.scalarCount > 3 { break }
            // So does the conjunction و on a later word ("وين ماروطو وقوع ...").
            // Not a surname that begins with و right before "إن" ("أدريان واتسون إن"; Patterns/NameShapes.swift).
            if !out.isEmpty, t.norm.hasLetterPrefix("و"), t.norm.scalarCount > 3,
               !closesNameBeforeComplementizer(j, nameLength: out.count, in: s) { break }
            let hasArticle = t.norm.hasLetterPrefix("ال") && t.norm.string.count >= 4
            if out.isEmpty, hasArticle, !allowArticleFirst { break }
            // "اللواء يحيى رسول الهجوم بأنه": a definite event noun is the object after the name, never part of it.
            if !out.isEmpty, hasArticle, isTriggerWord(t) { break }
            out.append(j)
            j += 1
            // "عبد الكريم خلف": the article word of a theophoric name ("عبد" + a divine name) does not end it.
            if hasArticle && stopAtArticle && !(out.count >= 2 && Cues.servantOf.matches(token(out[out.count - 2]))) { break }
        }
        return out
    }

    /// Whether a word opens a clause or a phrase, which no name holds:
    /// - a verb of `Cues.clauseVerbs`, bare or behind the conjunction و/ف ("تبحث", "وأكد");
    /// - behind a preposition ب ل ك (after و/ف or not), a class or office noun ("لحركة",
    ///   "بقاعدة", "لرئيس": the head of a phrase of its own) or a word of five letters or more
    ///   ending in a possessive pronoun ها هم هما ("بمطارها", "لقواتهم": a proper name takes none).
    ///
    /// Readings come from `Clitics.readings`: the word without clitics and article, the letters
    /// stripped. A reading that strips one letter is the conjunction's when the word starts with
    /// و or ف, a preposition's otherwise; two or three letters always hold a preposition (وب, لل,
    /// ولل). Asked only of the words of a name being read: at most three per pattern opener.
    func opensPhrase(_ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        let first = t.norm.firstScalar
        let conjunction = first == "و" || first == "ف"
        for (form, stripped) in t.readings {
            if stripped == 0 || stripped == 1 && conjunction {
                if Cues.clauseVerbs.contains(where: { $0.contains(form: form) }) { return true }
            } else {
                if Cues.phraseNounsAfterPreposition.contains(where: { $0.contains(form: form) }) { return true }
                if ArabicFolding.count(form.unicodeScalars, atMost: 5) >= 5,
                   form.hasSuffix("ها") || form.hasSuffix("هم") || form.hasSuffix("هما") { return true }
            }
        }
        return false
    }

    /// Whether a word ends the name being read: a preposition or particle of `Cues.nameStop`,
    /// except the given name علي.
    ///
    /// "محافظ الأنبار علي فرحان الدليمي", "اللواء علي الحمداني": the given name علي and the
    /// preposition على are one word once folded (ى and ي fold together), and على is a name stop
    /// ("اللواء يحيى رسول على رأس وفد"), so the list alone would cut every name at علي. The
    /// exception is asked only of a word the list matched, and it is needed only because the list
    /// holds على: a test checks both (RuleTableTests).
    func stopsName(_ t: Token) -> Bool {
        guard Cues.nameStop.matches(t) else { return false }
        return !isGivenNameAli(t)
    }

    /// The folded form shared by the preposition على and the given name علي.
    static let alaOrAliFolded = ArabicFolding.normalize("على")

    /// Token `t` is the given name علي: the folded form of على, written with the dotted ي as its
    /// third and last scalar (no clitic, no mark). The press writes the preposition with ى.
    func isGivenNameAli(_ t: Token) -> Bool {
        t.norm.isLetterWord(Self.alaOrAliFolded) && t.end - t.start == 3 && text.scalars[t.end - 1] == "\u{064A}"
    }

    /// Whether the word is written with tanween (ً ٌ ٍ) on its last letter or, for the accusative,
    /// before its final alef ("صورًا" and "صوراً"): two scalar reads, no string built.
    func hasTanween(_ t: Token) -> Bool {
        guard t.end - t.start >= 3 else { return false }
        let last = text.scalars[t.end - 1].value, beforeLast = text.scalars[t.end - 2].value
        return (0x064B...0x064D).contains(last) || beforeLast == 0x064B
    }

    func nameSurface(_ toks: [Int]) -> (String, Int, Int) {
        let start = token(toks.first!).start, end = token(toks.last!).end
        return (text.text(start, end), start, end)
    }

    /// Registers a pattern entity mention covering `toks` (plus a class word kept in the name).
    func addPatternEntity(kind: NodeKind, actorType: ActorType?, type: EntitySubtype, classWord: Int?, name toks: [Int],
                                   in s: Sentence, rule: MentionRule, title: String? = nil, leadingClitic: Int = 0) -> EntityRef? {
        guard !toks.isEmpty else { return nil }
        let first = classWord ?? toks.first!
        // The class word may carry clitics ("بقاعدة"): the name starts after them.
        let readings = token(first).readings
        var clitic = leadingClitic
        if classWord != nil {
            let forms: [WordSet] = [Cues.baseClass, Cues.groupClass]
            for (form, n) in readings where forms.contains(where: { $0.contains(form: form) }) { clitic = n; break }
        }
        let start = offsetAfterLetters(text, token: token(first), letters: clitic)
        let end = token(toks.last!).end
        let surfaceText = text.nameText(start, end)
        let words = toks.map { ArabicFolding.withoutArticle(Substring(token($0).norm.string)) }
        // The same words (made once: each folded word is copied out as a `String`).
        var keyWords = words
        if let classWord {
            let cls = readings.first { Cues.baseClass.contains(form: $0.0) || Cues.groupClass.contains(form: $0.0) }?.0
                ?? Substring(token(classWord).norm.string)
            keyWords.insert(kind == .base ? "قاعده" : cls, at: 0)
        }
        // Two Characters or more: one Character dropped leaves some (`count` walked every
        // Character of the word).
        let longEnough = words.allSatisfy { !$0.dropFirst().isEmpty }
        assert(longEnough == words.allSatisfy { $0.count >= 2 }, "a word's length by its first Character and by count differ")
        guard longEnough else { return nil }
        let name = "p:\(kind.rawValue):" + keyWords.joined(separator: " ")
        let ref = patternRef(name, PatternEntity(ref: name, kind: kind, actorType: actorType, type: type, surfaces: SurfaceCounts(),
                                                 titles: [], organisations: [], words: words))
        // Updated in place: copying the entity out and back would copy its sets.
        patternEntities[ref.patternEntity!].surfaces.add(surfaceText)
        if let title { patternEntities[ref.patternEntity!].titles.insert(title) }
        addMention(Mention(ref: ref, kind: kind, actorType: actorType, type: type, sentence: s.index,
                           tokens: (classWord ?? toks.first!)..<(toks.last! + 1), start: start, end: end,
                           clitic: cliticLetters(token(first), clitic), rule: rule))
        return ref
    }

    /// "المكتب الإعلامي لرئيس الوزراء X" (Patterns/NameShapes.swift): the person named after an
    /// office inside a government body's name, read at word `i`, which a mention covers. Asked
    /// only inside a government body's name (the rule's first test; the call cost more than the test).
    @inline(__always)
    func personInOfficeName(at i: Int, in s: Sentence) {
        if mentions[Int(covered[i])].actorType == .governmentBody, let (name, title) = personAfterOfficeInName(i, in: s) {
            _ = addPatternEntity(kind: .actor, actorType: .person, type: .person, classWord: nil, name: name, in: s,
                                 rule: .patternPersonOfficeInName, title: title)
        }
    }

    /// Whether no pattern opens on word `i` (no list of `Cues.patternOpeners`, no oil field):
    /// what a word that `Cues.patternFirstWords` passes over must be (debug builds' asserts).
    func opensNoPattern(at i: Int, in s: Sentence) -> Bool {
        !Cues.patternOpeners.contains { $0.matches(token(i)) } && !matchOilField(at: i, token(i), in: s)
    }

    func matchPatterns(in s: Sentence) {
        readSeatProvinces(in: s)
        // Every pattern but one opens on a word of `Cues.patternFirstWords`; a sentence none of
        // whose words is in it (`SentenceCues`, exact) is read for that one alone, a person named
        // inside a government body's name, without the word lists below (each read of a static
        // is a `swift_once` call and a retain of the list's table, which every worker shares).
        guard cues(of: s).mayMatch(Cues.patternFirstWords) else {
            for i in s.tokens where token(i).kind == .word {
                if covered[i] >= 0 { personInOfficeName(at: i, in: s) } else {
                    assert(opensNoPattern(at: i, in: s), "a pattern word outside Cues.patternFirstWords")
                }
            }
            return
        }
        // The class-word lists tested on every word, read once per sentence: each read of a
        // static list is a `swift_once` call, and these eleven were most of this loop's own time.
        let baseClass = Cues.baseClass, baseClassPlural = Cues.baseClassPlural, siteClass = Cues.siteClass
        let withdraw = Cues.withdraw, handOver = Cues.handOver, division = Cues.division, company = Cues.company
        let groupClass = Cues.groupClass, title = Cues.title, office = Cues.office, kunya = Cues.kunya
        let spokesperson = Cues.spokesperson, leadingVerb = Cues.leadingVerb, leaderOfGroup = Cues.leaderOfGroup
        let diplomaticMission = Cues.diplomaticMission, government = Cues.government, ministry = Cues.ministry, troops = Cues.troops
        let attack = Cues.attack, operation = Cues.operation, strikeVerb = Cues.strikeVerb
        // Every branch below opens with one of these lists on the word: a word in none of them
        // (nearly every word) is passed over with one mask test of the token read in place.
        let patternWords = Cues.patternFirstWords
        // The tokens are read in place, the buffer opened once per sentence (once per word
        // retained the array); the loop changes mentions and `covered`, never the tokens.
        text.tokens.withUnsafeBufferPointer { tokens in
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                defer { i += 1 }
                guard tokens[i].kind == .word else { continue }
                if covered[i] >= 0 {
                    personInOfficeName(at: i, in: s)
                    continue
                }
                guard patternWords.matches(tokens, i) else {
                    assert(opensNoPattern(at: i, in: s), "a pattern word outside Cues.patternFirstWords")
                    continue
                }
                let t = tokens[i]
                guard let next = nextWord(i, in: s) else { continue }

                // The class word is in construct state (no article): "قاعدة X", not "القاعدة".
                let hasArticle = t.hasArticle
                // قاعدة X
                if baseClass.matches(t), !hasArticle {
                    if covered[next] >= 0 {
                        let m = mentions[Int(covered[next])]
                        if m.tokens.lowerBound == next, m.kind == .place, let base = uniqueBase(in: m.ref, classWord: t) {
                            // "قاعدة كركوك": the lexicon knows the town and exactly one base in it.
                            mentions[Int(covered[next])] = Mention(ref: lexiconRef(base), kind: .base, actorType: nil, type: subtype(ofEntity: base),
                                                                   sentence: s.index, tokens: i..<m.tokens.upperBound,
                                                                   start: m.start, end: m.end, clitic: m.clitic,
                                                                   rule: .patternBaseLexiconIn)
                            covered[i] = covered[next]
                        } else if m.tokens.lowerBound == next, m.kind == .place, Self.settlementTypes.contains(m.type),
                                  baseNamedAfter(m.ref) == nil {
                            // "معسكر أبو غريب": a town the lexicon knows but where it lists no base. The words name a
                            // base of their own, located in the town; a country or province is too wide to name a camp.
                            let k = Int(covered[next])
                            if let ref = addPatternEntity(kind: .base, actorType: nil, type: .base, classWord: i, name: Array(m.tokens),
                                                          in: s, rule: .patternBaseTown) {
                                // The new mention takes the town mention's slot, so no token points at the place any more.
                                mentions[k] = mentions.removeLast()
                                covered[i] = Int32(k)
                                findings.relations.append(FoundRelation(relation: .locatedIn, source: refName(ref), target: refName(m.ref),
                                                                        evidence: evidence(s.index, token(i).start, m.end, rule: "relation.located_in.base-town")))
                            }
                        }
                        continue
                    }
                    // "ثالث قاعدة تنتقل إلى العهدة العراقية", "أكبر قاعدة أمريكية": after an ordinal or a
                    // superlative the class word is a common noun, and no name follows it.
                    if let p = previousWord(i, in: s), Cues.rankBeforeNoun.matches(token(p)) { continue }
                    let name = readName(from: next, in: s, maxWords: 3)
                    if !name.isEmpty, isPlausibleName(name) {
                        _ = addPatternEntity(kind: .base, actorType: nil, type: .base, classWord: i, name: name, in: s, rule: .patternBase)
                    }
                    continue
                }
                // "غادر الحبانية" after the article named the base there: the town's name stands for the base.
                // So does a town a strike or an operation hit ("عملية التاجي", "صواريخ تضرب التاجي") in an article
                // that names the base anywhere, a headline before the body included.
                let struck = attack.matches(t) || operation.matches(t) || strikeVerb.matches(t)
                if withdraw.matches(t) || handOver.matches(t) || struck, covered[next] >= 0 {
                    let k = Int(covered[next])
                    let m = mentions[k]
                    if m.kind == .place, m.tokens.lowerBound == next, !m.isCountry, let base = baseNamedAfter(m.ref) {
                        let ref = lexiconRef(base)
                        if mentions.containsInPlace(where: { $0.ref == ref && !$0.anaphoric && (struck || $0.tokens.lowerBound < i) }) {
                            mentions[k] = Mention(ref: ref, kind: .base, actorType: nil, type: subtype(ofEntity: base), sentence: s.index, tokens: m.tokens,
                                                  start: m.start, end: m.end, clitic: m.clitic, rule: .coreferenceBaseTown)
                        }
                    }
                }
                // قواعد القائم، والقيارة، وكي وان: towns listed after a plural base word name their bases.
                if baseClassPlural.matches(t), !hasArticle {
                    readBaseList(after: i, in: s)
                    continue
                }
                // موقع الموصل: a site named after its town (the coalition's site there), located in it.
                if siteClass.matches(t), !hasArticle, t.norm == "موقع" || t.norm == "وموقع", covered[next] >= 0 {
                    let town = mentions[Int(covered[next])]
                    if town.tokens.lowerBound == next, town.kind == .place, town.type == .city || town.type == .district,
                       let base = baseNamedAfter(town.ref) {
                        // The lexicon's base named after the town ("موقع القائم" → the al-Qaim base).
                        mentions[Int(covered[next])] = Mention(ref: lexiconRef(base), kind: .base, actorType: nil, type: subtype(ofEntity: base), sentence: s.index,
                                                               tokens: i..<town.tokens.upperBound, start: town.start, end: town.end,
                                                               clitic: town.clitic, rule: .patternSiteLexiconIn)
                        covered[i] = covered[next]
                    } else if town.tokens.lowerBound == next, town.kind == .place, town.type == .city || town.type == .district,
                       let ref = addPatternEntity(kind: .base, actorType: nil, type: .site, classWord: nil, name: [i] + Array(town.tokens),
                                                  in: s, rule: .patternSite, leadingClitic: t.norm == "وموقع" ? 1 : 0) {
                        findings.relations.append(FoundRelation(relation: .locatedIn, source: refName(ref), target: refName(town.ref),
                                                                evidence: evidence(s.index, token(i).start, town.end, rule: "relation.located_in.site")))
                    }
                    continue
                }
                // "الفرقة السادسة": an army division named by its ordinal.
                if division.matches(t), covered[next] < 0, Cues.ordinalFeminine.matches(token(next)) {
                    // "للفرقة السابعة": the name starts after the preposition's letters.
                    let clitic = t.readings.first { Cues.division.contains(form: $0.0) }?.1 ?? 0
                    _ = addPatternEntity(kind: .actor, actorType: .militaryForce, type: .militaryForce, classWord: nil, name: [i, next],
                                         in: s, rule: .patternDivision, leadingClitic: clitic)
                    continue
                }
                // "شركة X الأميركية": a foreign company named with its state's nisba. The gold format has
                // no company type; a company acts like a body (it withdraws its staff, it is targeted).
                if company.matches(t), t.norm.isLetterWord("شركه"), covered[next] < 0, !token(next).norm.hasLetterPrefix("ال"),
                   !isNationality(token(next)) {
                    var name = [next]
                    if let second = nextWord(next, in: s), covered[second] < 0, !isNationality(token(second)),
                       !token(second).norm.hasLetterPrefix("ال") {
                        name.append(second)
                    }
                    if let after = nextWord(name.last!, in: s), covered[after] < 0, stateOfNisba(token(after)) != nil,
                       token(after).norm.hasLetterPrefix("ال"), isPlausibleName(name) {
                        _ = addPatternEntity(kind: .actor, actorType: .governmentBody, type: .governmentBody, classWord: nil,
                                             name: [i] + name, in: s, rule: .patternCompanyNisba)
                        continue
                    }
                }
                // "السفارة البريطانية": a foreign mission named by its state's nisba (Patterns/DiplomaticSites.swift).
                // These two rules are asked only of the words their lists admit (their first tests, on the
                // word's bits): a call per word, each reading its lists, was most of their cost. Debug
                // builds ask the rule of a word outside the lists too, and stop if it matches (a rule adds
                // its mention only when it matches, so asking changes nothing otherwise).
                assert(diplomaticMission.matches(t) || !matchDiplomaticSite(at: i, t, next: next, in: s), "a mission outside Cues.diplomaticMission")
                if diplomaticMission.matches(t), matchDiplomaticSite(at: i, t, next: next, in: s) { continue }
                // "حقل غرب القرنة 1 النفطي": an oil field (Patterns/OilFields.swift).
                if Cues.oilField.matches(t), matchOilField(at: i, t, in: s) { continue }
                // الحكومة الألمانية → Germany; وزارة الدفاع الكرواتية, الجنود الكرواتيين → named by the state's nisba.
                assert(government.matches(t) || ministry.matches(t) || troops.matches(t) || !matchNationalBody(at: i, t, next: next, in: s),
                       "a national body outside its lists")
                if government.matches(t) || ministry.matches(t) || troops.matches(t), matchNationalBody(at: i, t, next: next, in: s) { continue }
                // كتائب X
                if groupClass.matches(t), !hasArticle {
                    guard covered[next] < 0 else { continue }
                    let name = readName(from: next, in: s, maxWords: 3)
                    if !name.isEmpty, isPlausibleName(name), name.contains(where: { token($0).norm.hasLetterPrefix("ال") }) {
                        _ = addPatternEntity(kind: .actor, actorType: .armedGroup, type: .armedGroup, classWord: i, name: name,
                                             in: s, rule: .patternArmedGroup)
                    }
                    continue
                }
                // اللواء X, الجنرال الإيراني X, اللواء الركن X
                if title.matches(t), t.readings.contains(where: { _ in true }),
                   t.norm.hasLetterPrefix("ال") || t.norm.string.dropFirst().hasPrefix("ال") || t.norm.string.dropFirst(2).hasPrefix("ال") {
                    var j: Int? = next
                    while let k = j, isNationality(token(k)) || Cues.rankQualifier.matches(token(k)) || Cues.fieldQualifier.matches(token(k)) {
                        j = nextWord(k, in: s)
                    }
                    guard let start = j, covered[start] < 0 else { continue }
                    let name = readName(from: start, in: s, maxWords: 3, allowArticleFirst: false)
                    if name.count >= 1, isPlausibleName(name) {
                        _ = addPatternEntity(kind: .actor, actorType: .person, type: .person, classWord: nil, name: name, in: s,
                                             rule: .patternPersonTitle, title: String(Clitics.stem(t.norm.string)))
                    }
                    continue
                }
                // "الوزارة التي تقودها مارغريتا روبليس", "القيادي في حركة X مشتاق طالب السعيدي" (Patterns/NameShapes.swift).
                // Asked only of the rule's two lists (its first test, on the word's bits; debug builds check the gate).
                assert(leadingVerb.matches(t) || leaderOfGroup.matches(t) || personAfterLeaderVerbOrMemberOf(i, next: next, in: s) == nil,
                       "a leader rule outside its lists")
                if leadingVerb.matches(t) || leaderOfGroup.matches(t), let (name, title) = personAfterLeaderVerbOrMemberOf(i, next: next, in: s) {
                    _ = addPatternEntity(kind: .actor, actorType: .person, type: .person, classWord: nil, name: name, in: s,
                                         rule: .patternPersonRole, title: title)
                    continue
                }
                // وزير الدفاع البريطاني X
                if office.matches(t) {
                    var j: Int? = next
                    var skipped = 0
                    // The office's organisation ("الدفاع البريطاني"); "إلى" folds to الي and is not one.
                    // "المستقيل", "الجديد" qualify the office, not the name.
                    while let k = j, skipped < 4 {
                        if token(k).norm.hasLetterPrefix("ال") && !Cues.nameStop.matches(token(k)) || isNationality(token(k))
                            || Cues.officeQualifier.matches(token(k)) {
                            j = nextWord(k, in: s); skipped += 1
                        } else if covered[k] >= 0, mentions[Int(covered[k])].kind == .place, mentions[Int(covered[k])].tokens.lowerBound == k {
                            // "محافظ نينوى نجم الجبوري", "سفير فرنسا X": a place the lexicon knows, named without the
                            // article, is the office's province or state, not the start of the holder's name.
                            j = nextWord(mentions[Int(covered[k])].tokens.upperBound - 1, in: s); skipped += 1
                        } else { break }
                    }
                    guard skipped > 0, let start = j, covered[start] < 0 else { continue }
                    var name = readName(from: start, in: s, maxWords: 3, allowArticleFirst: false)
                    // "أعلن وزير الدفاع X Y إرسال جنود": the verbal noun after a two-word name is what was announced.
                    if name.count == 3, let last = name.last, Cues.announcedAction.matches(token(last)) || Cues.withdraw.matches(token(last))
                        || Cues.handOver.matches(token(last)) { name.removeLast() }
                    if name.count >= 2, isPlausibleName(name) {
                        _ = addPatternEntity(kind: .actor, actorType: .person, type: .person, classWord: nil, name: name, in: s,
                                             rule: .patternPersonOffice, title: String(Clitics.stem(t.norm.string)))
                    }
                    continue
                }
                // أبو علي العسكري
                if kunya.matches(t), !t.norm.hasLetterPrefix("ال") {
                    // After أبو any word is a name ("أبو علي": علي is not the preposition على here).
                    guard covered[next] < 0, token(next).kind == .word, !token(next).norm.hasLetterPrefix("ال") else { continue }
                    var name = [i, next]
                    let kunyaClitic = t.readings.first { Cues.kunya.contains(form: $0.0) }?.1 ?? 0
                    if let third = nextWord(next, in: s), covered[third] < 0, token(third).norm.hasLetterPrefix("ال"),
                       !Cues.nameStop.matches(token(third)), !Cues.notAName.matches(token(third)), !isNationality(token(third)) {
                        name.append(third)
                    }
                    _ = addPatternEntity(kind: .actor, actorType: .person, type: .person, classWord: nil, name: name, in: s,
                                         rule: .patternPersonKunya, leadingClitic: kunyaClitic)
                    continue
                }
                // المتحدث باسم ORG NAME; also "المتحدثة الرسمية باسم ORG NAME".
                if spokesperson.matches(t) {
                    var nameOf = next
                    if Cues.official.matches(token(nameOf)), let after = nextWord(nameOf, in: s) { nameOf = after }
                    // "وقال المتحدث باسمها X": the organisation named before (Patterns/PronounSpokesperson.swift).
                    if let org = spokespersonPronounAntecedent(at: nameOf, in: s) {
                        let pronoun = token(nameOf)
                        addMention(Mention(ref: org.ref, kind: org.kind, actorType: org.actorType, type: org.type, sentence: s.index,
                                           tokens: nameOf..<(nameOf + 1), start: pronoun.start, end: pronoun.end, clitic: CliticLetters(),
                                           rule: .anaphoraSpokespersonPronoun, anaphoric: true))
                        addSpokesperson(of: org, nameFrom: nameOf + 1, in: s)
                        continue
                    }
                    // With no organisation named to refer back to ("أكدت الحكومة ...، وقال المتحدث باسمها باسم العوادي"),
                    // the name after the pronoun is still a spokesperson's, of nobody the text names.
                    if Cues.inNameOfFeminine.matches(token(nameOf)) || Cues.inNameOfMasculine.matches(token(nameOf)) {
                        addSpokesperson(of: nil, nameFrom: nameOf + 1, in: s)
                        continue
                    }
                    guard Cues.inNameOf.matches(token(nameOf)), let orgStart = nextWord(nameOf, in: s) else { continue }
                    // "الناطق باسم الحكومة الأردنية X": a body named by a state's nisba is read by a later
                    // step of this loop (matchNationalBody), after this word; read it here so that the
                    // spokesperson has an organisation and the name after it is found.
                    if covered[orgStart] < 0, government.matches(token(orgStart)) || ministry.matches(token(orgStart)),
                       let afterOrg = nextWord(orgStart, in: s) {
                        _ = matchNationalBody(at: orgStart, token(orgStart), next: afterOrg, in: s)
                    }
                    guard covered[orgStart] >= 0 else { continue }
                    addSpokesperson(of: mentions[Int(covered[orgStart])], nameFrom: mentions[Int(covered[orgStart])].tokens.upperBound, in: s)
                }
            }
        }
    }

    /// The person named after "المتحدث باسم ORG", from token `first` on: commas, titles and "في
    /// العراق" between the organisation and the name are skipped. `org` is nil when the pronoun
    /// of "باسمها" has no antecedent: the person speaks for nobody the graph holds.
    func addSpokesperson(of org: Mention?, nameFrom first: Int, in s: Sentence) {
        var j: Int? = nil
        var title: String?
        var k = first
        while k < min(s.tokens.upperBound, first + 6) {
            let tk = token(k)
            if tk.kind == .punctuation { k += 1; continue }
            if covered[k] >= 0 {
                let m = mentions[Int(covered[k])]
                // A place, or the organisation's other name in brackets: "وزارة الدفاع الأمريكية (البنتاغون)".
                guard m.kind == .place || m.ref == org?.ref && isBracketed(m, in: s) else { break }
                k = m.tokens.upperBound; continue
            }
            if tk.norm == "في" { k += 1; continue }
            if Cues.title.matches(tk) { title = String(Clitics.stem(tk.norm.description)); k += 1; continue }
            if title != nil, Cues.rankQualifier.matches(tk) { k += 1; continue }
            j = k; break
        }
        guard let start = j, covered[start] < 0 else { return }
        let name = readName(from: start, in: s, maxWords: 3, allowArticleFirst: false, stopAtArticle: true)
        if name.count >= 2, isPlausibleName(name),
           let ref = addPatternEntity(kind: .actor, actorType: .person, type: .person, classWord: nil, name: name, in: s,
                                      rule: .patternPersonSpokesperson, title: title) {
            if let org { patternEntities[ref.patternEntity!].organisations.insert(refName(org.ref)) }
        }
    }

    /// The mention stands between an opening and a closing bracket: "(البنتاغون)".
    func isBracketed(_ m: Mention, in s: Sentence) -> Bool {
        let before = m.tokens.lowerBound - 1, after = m.tokens.upperBound
        guard before >= s.tokens.lowerBound, after < s.tokens.upperBound else { return false }
        return token(before).norm == "(" && token(after).norm == ")"
    }

    /// The state a nisba adjective names ("الكرواتية" → Croatia), if it names a state.
    func stateOfNisba(_ t: Token) -> Int? {
        for k in t.keys { if let e = extractor.nisba[k], gazetteer.entities[e].actorType == .state { return e } }
        return nil
    }

    /// A mention of lexicon entity `e` made of the one word at token `i`, without clitic: a nisba
    /// standing for its state ("أميركية" → the United States) or a country's name read alone.
    /// `rule` names the rule that read it.
    func oneWordMention(of e: Int, at i: Int, in s: Sentence, rule: MentionRule) -> Mention {
        let t = token(i)
        return lexiconMention(e, sentence: s.index, tokens: i..<(i + 1), start: t.start, end: t.end, rule: rule)
    }

    /// Bodies of a state that the lexicon does not list, named by the state's nisba:
    /// "الحكومة الألمانية" stands for the state itself (the press uses the two alike);
    /// "وزارة الدفاع الكرواتية" is a ministry of that state; "الجنود الكرواتيين" its forces.
    /// `t` is token `i`, which the caller holds: copying it again here was half of this test's time.
    func matchNationalBody(at i: Int, _ t: Token, next: Int, in s: Sentence) -> Bool {
        // Only the bare word (no conjunction or preposition attached), so that one body keeps one name.
        guard t.norm.hasLetterPrefix("ال") || t.norm.isLetterWord("وزاره") else { return false }
        if Cues.government.matches(t), covered[next] < 0, let e = stateOfNisba(token(next)) {
            addMention(lexiconMention(e, sentence: s.index, tokens: i..<(next + 1), start: t.start, end: token(next).end,
                                      rule: .patternGovernmentNisba))
            return true
        }
        if Cues.ministry.matches(t), covered[next] < 0,
           Cues.portfolio.matches(token(next)), let n = nextWord(next, in: s), covered[n] < 0, stateOfNisba(token(n)) != nil {
            _ = addPatternEntity(kind: .actor, actorType: .governmentBody, type: .governmentBody, classWord: nil, name: [i, next, n],
                                 in: s, rule: .patternMinistryNisba)
            return true
        }
        if Cues.troops.matches(t), covered[next] < 0, let state = stateOfNisba(token(next)), token(next).norm.hasLetterPrefix("ال") {
            // The lexicon's forces of that state ("القوات الأمريكية") when it lists them.
            if let forces = nationalForces(of: state) {
                addMention(lexiconMention(forces, sentence: s.index, tokens: i..<(next + 1), start: t.start, end: token(next).end,
                                          rule: .patternForcesNisba))
                return true
            }
            _ = addPatternEntity(kind: .actor, actorType: .militaryForce, type: .militaryForce, classWord: nil, name: [i, next],
                                 in: s, rule: .patternForcesNisba)
            return true
        }
        return false
    }

    /// Items of a list headed by a plural base word: the first name, and each name after "،" or و.
    /// A town inside an item ("القيارة في جنوب نينوى") locates it and is not an item.
    func readBaseList(after i: Int, in s: Sentence) {
        var j = i + 1
        var gap = 0
        var itemStart = true
        var items = 0
        while j < s.tokens.upperBound, gap <= 4, items < 8 {
            let t = token(j)
            if t.kind == .punctuation {
                if t.isComma { itemStart = true; gap = 0 } else if !Clitics.isTransparent(t.norm) { return }
                j += 1; continue
            }
            if covered[j] >= 0 {
                let k = Int(covered[j])
                let m = mentions[k]
                let startsItem = itemStart || m.clitic.hasPrefix("و")
                guard startsItem else { j = m.tokens.upperBound; gap += 1; continue }
                if m.kind == .place, m.tokens.lowerBound == j, let base = baseNamedAfter(m.ref) {
                    mentions[k] = Mention(ref: lexiconRef(base), kind: .base, actorType: nil, type: subtype(ofEntity: base), sentence: s.index,
                                          tokens: m.tokens, start: m.start, end: m.end, clitic: m.clitic, rule: .patternBaseListLexiconIn)
                } else if m.kind != .base {
                    return
                }
                items += 1; itemStart = false; gap = 0
                j = m.tokens.upperBound; continue
            }
            if Cues.listFiller.matches(t) { j += 1; continue }
            itemStart = false
            gap += 1; j += 1
        }
    }

    /// The one lexicon base at a town, or the one named "class word + the town's name".
    func baseNamedAfter(_ placeRef: EntityRef) -> Int? {
        guard let p = placeRef.lexiconEntity else { return nil }
        let place = gazetteer.entities[p]
        let bases = gazetteer.basesAt[place.key] ?? []
        if bases.count == 1 { return bases[0] }
        let town = NameTrie<Int>.words(of: place.ar)
        let named = bases.filter { b in
            let e = gazetteer.entities[b]
            return ([e.ar] + e.namesAr).contains { name in
                let words = NameTrie<Int>.words(of: name)
                return words.count == town.count + 1 && Array(words.dropFirst()) == town
            }
        }
        return named.count == 1 ? named[0] : nil
    }

    /// The lexicon entity named "القوات" + the nisba of `state`, if any.
    func nationalForces(of state: Int) -> Int? {
        for (i, e) in gazetteer.entities.enumerated() where e.actorType == .militaryForce {
            for name in [e.ar] + e.namesAr {
                let words = NameTrie<Int>.words(of: name)
                guard words.count == 2, words[0] == "قوات" else { continue }
                if extractor.nisba[ArabicFolding.key(words[1])] == state { return i }
            }
        }
        return nil
    }

    func isNationality(_ t: Token) -> Bool {
        for k in t.keys where extractor.nisba[k] != nil { return true }
        return false
    }

    /// A name made of generic words is not a name.
    func isPlausibleName(_ toks: [Int]) -> Bool {
        for k in toks {
            let t = token(k)
            if Cues.notAName.matches(t) || isNationality(t) { return false }
            if t.norm.scalarCount < 2 { return false }
        }
        return true
    }

    /// Place types a camp or base can be named after: towns and sites, not countries, provinces or regions.
    static let settlementTypes: Set<EntitySubtype> = [.city, .town, .district, .site, .village, .neighbourhood]

    /// The lexicon base "قاعدة X" names when X is a town: the one base whose name is the same
    /// class word followed by the town's name, else the one base standing in or named after it.
    func uniqueBase(in placeRef: EntityRef, classWord: Token) -> Int? {
        guard let p = placeRef.lexiconEntity else { return nil }
        let place = gazetteer.entities[p]
        let bases = gazetteer.basesAt[place.key] ?? []
        if bases.count == 1 { return bases[0] }
        let cls = Clitics.readings(of: classWord.norm.string).first { Cues.baseClass.contains(form: $0.0) }?.0 ?? Substring(classWord.norm.string)
        let town = NameTrie<Int>.words(of: place.ar)
        let named = bases.filter { b in
            let e = gazetteer.entities[b]
            return ([e.ar] + e.namesAr).contains { Array(NameTrie<Int>.words(of: $0).prefix(town.count + 1)) == [cls] + town }
        }
        return named.count == 1 ? named[0] : nil
    }

    /// Later mentions of a person by surname alone, after a verb of saying ("وأضاف كيغنز").
    ///
    /// Surnames are compared by their word keys (`ArabicFolding.key`), as the trie compares
    /// names: a table keyed by `Substring` hashed the Arabic text with normalization at every
    /// look-up (some 1,700 instructions each). Folded words hold no combining marks, so equal
    /// words are equal bytes and have equal keys. Debug builds compare the choices with
    /// `surnamesByText`, the definition.
    func matchSurnames() {
        // The least reference (in String order) of the pattern persons with each surname, by key.
        var surnames: [UInt64: (name: String, ref: EntityRef)] = [:]
        for k in patternEntities.indices where patternEntities[k].kind == .actor && patternEntities[k].actorType == .person
            && patternEntities[k].words.count >= 2 {
            guard let last = patternEntities[k].words.last, last.count >= 3 else { continue }
            let key = ArabicFolding.key(last)
            if surnames[key].map({ patternEntities[k].ref < $0.name }) ?? true {
                surnames[key] = (patternEntities[k].ref, .pattern(k))
            }
        }
        // The lexicon persons named, in the order of their keys: a lexicon reference is the index
        // of its key's entity, and the gazetteer's entities are sorted by key, so the order of
        // the indices is the order of the keys (read in place: no copy of each mention).
        var named: [Int] = []
        withMentions { all in
            for k in all.indices where all[k].actorType == .person { if let e = all[k].ref.lexiconEntity { named.append(e) } }
        }
        if named.count > 1 {
            named.sort()
            var unique = 1
            for k in 1..<named.count where named[k] != named[unique - 1] { named[unique] = named[k]; unique += 1 }
            named.removeLast(named.count - unique)
        }
        for e in named {
            // The surname of each lexicon person is found once, when the gazetteer is built.
            assert(gazetteer.index[gazetteer.entities[e].key] == e, "a lexicon reference that is not its key's entity")
            guard let key = gazetteer.surnameKeys[e] else { continue }
            if surnames[key] == nil { surnames[key] = (gazetteer.refs[e], lexiconRef(e)) }
        }
        #if DEBUG
        let byText = surnamesByText()
        assert(byText.count == surnames.count && byText.allSatisfy { surnames[ArabicFolding.key($0.key)]?.ref == $0.value.ref },
               "the surnames by key differ from the surnames by text")
        #endif
        guard !surnames.isEmpty else { return }
        // A test on the word keys first: few words are surnames.
        let surnameKeys = WordKeySet(Array(surnames.keys))
        // And before it, a test of one bit per key (its top six bits) in a word held in a
        // register: an article has a handful of surnames, so nearly every reading of every
        // word is answered without the multiply and the load of a probe into `surnameKeys`.
        // A key in the set always has its bit, so the filter only skips probes that would fail.
        var surnameBits: UInt64 = 0
        for key in surnames.keys { surnameBits |= 1 << (key >> 58) }
        func mayBeSurname(_ i: Int) -> Bool {
            for k in text.tokens[i].keys where surnameBits & (1 << (k >> 58)) != 0 && surnameKeys.contains(k) { return true }
            return false
        }
        #if DEBUG
        // The definition: every uncovered word that may be a surname, with a verb of saying or
        // blaming as the word before it. No mention added below covers another candidate.
        let expected = text.sentences.flatMap { s in
            s.tokens.filter { i in
                covered[i] < 0 && token(i).kind == .word && mayBeSurname(i)
                    && previousWord(i, in: s).map { Cues.sayVerb.matches(token($0)) || Cues.blameBeforeSurname.matches(token($0)) } == true
            }
        }
        var asked: [Int] = []
        #endif
        // A surname is read only right after a verb of saying or blaming ("وأضاف كيغنز", "وحمّل
        // أوستن": Patterns/NameShapes.swift), so the verbs are found first, with one mask test of
        // each word read in place, and the word after each is asked. The word before word i is
        // verb p exactly when the word after p is i (`previousWord` and `nextWord` skip the same
        // quotes and brackets), so these are the words the rule asked before, in the same order;
        // they were every uncovered word of the article, each of its readings tested.
        // A sentence none of whose words is such a verb (`SentenceCues`, exact) is not scanned.
        let verbs = Cues.surnameVerbs
        for s in text.sentences where cues(of: s).mayMatch(verbs) {
            var after: [Int] = []
            text.tokens.withUnsafeBufferPointer { tokens in
                for p in s.tokens where verbs.matches(tokens, p) {
                    if let i = nextWord(p, in: s) { after.append(i) }
                }
            }
            for i in after where covered[i] < 0 && text.tokens[i].kind == .word && mayBeSurname(i) {
                #if DEBUG
                asked.append(i)
                #endif
                let t = token(i)
                // The first reading (the literal one first) that is a surname; its key is the
                // reading's `ArabicFolding.key`.
                guard let r = t.keys.indices.first(where: { surnames[t.keys[$0]] != nil }),
                      let ref = surnames[t.keys[r]]?.ref else { continue }
                let n = t.layout.clitic(r)
                let m = mentions.firstInPlace { $0.ref == ref }
                addMention(Mention(ref: ref, kind: .actor, actorType: .person, type: m?.type ?? .person, sentence: s.index,
                                   tokens: i..<(i + 1), start: offsetAfterLetters(text, token: t, letters: n), end: t.end,
                                   clitic: cliticLetters(t, n), rule: .coreferenceSurname))
            }
        }
        #if DEBUG
        assert(asked == expected, "the words after the verbs differ from the words the surname rule asks")
        #endif
    }

    /// The surnames `matchSurnames` reads, as the rule defines them: the least reference (in
    /// String order) of the pattern persons with each surname, then the lexicon persons named in
    /// the order of their keys, keyed by the surname's text. Debug builds check the rule's table by key against it.
    func surnamesByText() -> [Substring: (name: String, ref: EntityRef)] {
        var surnames: [Substring: (name: String, ref: EntityRef)] = [:]
        for (k, p) in patternEntities.enumerated() where p.kind == .actor && p.actorType == .person && p.words.count >= 2 {
            if let last = p.words.last, last.count >= 3, surnames[last].map({ p.ref < $0.name }) ?? true {
                surnames[last] = (p.ref, .pattern(k))
            }
        }
        var named = Set<String>()
        for m in mentions where m.actorType == .person { if let e = m.ref.lexiconEntity { named.insert(gazetteer.entities[e].key) } }
        for key in named.sorted() {
            guard let e = gazetteer.index[key], let last = gazetteer.surnames[e] else { continue }
            if surnames[last] == nil { surnames[last] = (gazetteer.refs[e], lexiconRef(e)) }
        }
        return surnames
    }

    /// "القاعدة" → the last base named; "الجماعة"/"الكتائب" → the last armed group; "البلاد" → the last country.
    func resolveAnaphora(in s: Sentence) {
        // The words that can refer back, found first with one mask test of each word read in
        // place (`Cues.anaphoraHeads`, the union of the four lists below): a definite word was
        // copied out and asked the four lists one by one, and nearly every one is in none.
        // Every mention this rule adds is a back-reference, which covers no token, so `covered`
        // does not change while the words found are read.
        let heads = Cues.anaphoraHeads
        let covered = self.covered
        var candidates: [Int] = []
        // A sentence none of whose words is in the lists is not read (Events/SentenceCues.swift).
        if cues(of: s).mayMatch(heads) {
            text.tokens.withUnsafeBufferPointer { tokens in
                for i in s.tokens where covered[i] < 0 && heads.matches(tokens, i) && tokens[i].hasArticle { candidates.append(i) }
            }
        }
        assert(candidates == s.tokens.filter { covered[$0] < 0 && token($0).kind == .word && token($0).hasArticle
            && (Cues.theBase.matches(token($0)) || Cues.theGroup.matches(token($0)) || Cues.theCountry.matches(token($0))
                || Cues.theMinistry.matches(token($0))) },
               "the back-reference words differ from the four lists'")
        // Nearly every sentence holds no back-reference word: done before the four lists are read.
        guard !candidates.isEmpty else { return }
        // Read once per sentence that holds a back-reference word: each read of a static list is a
        // `swift_once` call (four per sentence when they were read before the scan, 84,000 per
        // 1,000 articles).
        let theBase = Cues.theBase, theGroup = Cues.theGroup, theCountry = Cues.theCountry, theMinistry = Cues.theMinistry
        for i in candidates {
            assert(self.covered[i] < 0, "a back-reference covered a token")
            let t = token(i)
            // The mentions a back-reference of this kind may take, in `mentions` order: every
            // mention `kind` admits is in its list (Patterns/AnaphoraAntecedents.swift).
            let antecedents = anaphoraAntecedents()
            let kind: (Mention) -> Bool
            let rule: MentionRule
            let among: [Int32]
            if theBase.matches(t) {
                if let n = nextWord(i, in: s), covered[n] >= 0 { continue }
                // "القاعدة" names a base, not an airport ("المطار"), when the article has named one.
                let baseBefore = withMentions { all in
                    antecedents.bases.contains { all[Int($0)].tokens.lowerBound < i && all[Int($0)].type != .airport }
                }
                assert(baseBefore == mentions.containsInPlace { !$0.anaphoric && $0.tokens.lowerBound < i && $0.kind == .base && $0.type != .airport },
                       "a base before the reference missed by the antecedent list")
                kind = { $0.kind == .base && (!baseBefore || $0.type != .airport) }; rule = .anaphoraBase
                among = antecedents.bases
            } else if theGroup.matches(t) {
                // "الكتائب" names a group whose name starts with كتائب (each reference's name folded
                // once per article: it was folded again for every mention before every such word).
                if t.readings.contains(where: { $0.0 == "كتايب" }) {
                    kind = { $0.actorType == .armedGroup && self.namesKataib($0) }
                } else {
                    kind = { $0.actorType == .armedGroup }
                }
                rule = .anaphoraGroup; among = antecedents.armedGroups
            } else if theCountry.matches(t) {
                kind = { $0.isCountry }; rule = .anaphoraCountry; among = antecedents.countries
            } else if theMinistry.matches(t) {
                // "مصادر في الوزارة التي تقودها X": the ministry named last.
                let tokens = text.tokens
                kind = { $0.actorType == .governmentBody && Cues.ministry.matches(tokens[$0.tokens.lowerBound]) }; rule = .anaphoraMinistry
                among = antecedents.governmentBodies
            } else { continue }
            // The latest mention before the word that fits (the first of equals, as `max` picks),
            // found without copying the candidates into a filtered array. Only the mentions of the
            // kind's list are read, in `mentions` order (an antecedent of each kind used to be
            // sought among all the mentions of the article, for every back-reference).
            let latest: Int? = withMentions { all in
                var latest: Int?
                for k32 in among {
                    let k = Int(k32)
                    guard all[k].tokens.lowerBound < i && kind(all[k]) else { continue }
                    if latest.map({ all[$0].tokens.lowerBound < all[k].tokens.lowerBound }) ?? true { latest = k }
                }
                return latest
            }
            #if DEBUG
            let isKataib = t.readings.contains { $0.0 == "كتايب" }
            let definition: (Mention) -> Bool = rule != .anaphoraGroup ? kind : { m in
                guard m.actorType == .armedGroup else { return false }
                if !isKataib { return true }
                return self.foldedNameStartsWithKataib(m)
            }
            let expected: Int? = withMentions { all in
                var latest: Int?
                for k in all.indices where !all[k].anaphoric && all[k].tokens.lowerBound < i && definition(all[k]) {
                    if latest.map({ all[$0].tokens.lowerBound < all[k].tokens.lowerBound }) ?? true { latest = k }
                }
                return latest
            }
            assert(latest == expected, "the antecedent from the kind's list differs from the one over all mentions")
            #endif
            guard var latest else {
                // "سحب عدد من مدربيه من البلاد" with no country named before: the country of the
                // nisbas told before it ("القوات الأمنية العراقية") (Patterns/CountryByNisba.swift).
                if rule == .anaphoraCountry, let country = countryOfNisbas(before: i) {
                    let n = t.readings.last!.1
                    addMention(Mention(ref: lexiconRef(country), kind: .place, actorType: nil, type: subtype(ofEntity: country),
                                       sentence: s.index, tokens: i..<(i + 1), start: offsetAfterLetters(text, token: t, letters: n),
                                       end: t.end, clitic: cliticLetters(t, n), rule: .anaphoraCountryNisba, anaphoric: true))
                }
                continue
            }
            if rule == .anaphoraBase { latest = salientBase(for: i, latest: latest, in: s, fits: kind, among: among) }
            let antecedent = mentions[latest]
            let n = t.readings.last!.1
            addMention(Mention(ref: antecedent.ref, kind: antecedent.kind, actorType: antecedent.actorType, type: antecedent.type,
                               sentence: s.index, tokens: i..<(i + 1), start: offsetAfterLetters(text, token: t, letters: n),
                               end: t.end, clitic: cliticLetters(t, n), rule: rule, anaphoric: true))
        }
    }
}

extension DocumentRun {
    /// "محافظة أربيل" is read as أربيل when the governorate is named after its seat: the press
    /// uses the two names for one place, and the graph keeps one node for it. A lexicon province
    /// named by its class word and the name of a city the lexicon places in it is re-read as that
    /// city; a governorate with a name of its own ("محافظة الأنبار", "محافظة نينوى") stays.
    ///
    /// The rule reads the mention that covers the first token of its name, for each mention of
    /// the sentence. Only a lexicon mention of a province of two words or more can be re-read,
    /// and `matchLexicon` notes those (`provinceNames`): until the patterns of a sentence have
    /// run, nothing else makes or moves a place mention of the sentence, so asking the noted
    /// ones is asking every token (debug builds compare the two). O(noted mentions of the sentence).
    func readSeatProvinces(in s: Sentence) {
        #if DEBUG
        let expected = seatProvincesByTokens(in: s)
        var read: [Int] = []
        #endif
        while provinceNamesRead < provinceNames.count {
            let k = Int(provinceNames[provinceNamesRead])
            guard mentions[k].sentence <= s.index else { break }
            provinceNamesRead += 1
            let i = mentions[k].tokens.lowerBound
            guard mentions[k].sentence == s.index, covered[i] == k else { continue }
            // Integer and enum tests first; the type string and the word list only for a place named with its class word.
            guard mentions[k].kind == .place, mentions[k].tokens.count >= 2,
                  Cues.placeClass.matches(token(i)), mentions[k].type == .province,
                  let city = seatCity(named: Array(mentions[k].tokens.dropFirst()), province: mentions[k].ref) else { continue }
            #if DEBUG
            read.append(k)
            #endif
            mentions[k].ref = lexiconRef(city)
            mentions[k].type = subtype(ofEntity: city)
            mentions[k].rule = .patternProvinceSeat
        }
        #if DEBUG
        assert(read.sorted() == expected, "the noted province names missed a seat province")
        #endif
    }

    /// The mentions `readSeatProvinces` re-reads, found by asking every token of the sentence
    /// (the definition; debug builds check the noted mentions against it). Reads only.
    func seatProvincesByTokens(in s: Sentence) -> [Int] {
        var out: [Int] = []
        for i in s.tokens where covered[i] >= 0 {
            let k = Int(covered[i])
            guard mentions[k].tokens.lowerBound == i, mentions[k].kind == .place, mentions[k].tokens.count >= 2,
                  Cues.placeClass.matches(token(i)), mentions[k].type == .province,
                  seatCity(named: Array(mentions[k].tokens.dropFirst()), province: mentions[k].ref) != nil else { continue }
            out.append(k)
        }
        return out.sorted()
    }

    /// The lexicon city named by `words` whose enclosing place is the province `provinceRef`.
    func seatCity(named words: [Int], province provinceRef: EntityRef) -> Int? {
        guard let province = provinceRef.lexiconEntity,
              let seats = extractor.offices.seatNames[province] else { return nil }
        let folded = words.map { ArabicFolding.withoutArticle(Substring(token($0).norm.string)) }
        return seats.first { $0.0 == folded }?.1
    }
}

extension Cues {
    /// The lists that open a branch of the per-word loop of `matchPatterns`, in the loop's order:
    /// a word in none of them starts no pattern. A branch added to the loop adds its first list
    /// here; debug builds check every word passed over against these lists and the oil-field
    /// rule, and a test compares the union with the lists on every word of the test texts.
    static let patternOpeners: [WordSet] = [
        baseClass, withdraw, handOver, attack, operation, strikeVerb, baseClassPlural, siteClass, division, company,
        diplomaticMission, oilField, government, ministry, troops, groupClass, title, leadingVerb, leaderOfGroup, office,
        kunya, spokesperson,
    ]
    static let patternFirstWords = WordSetUnion(patternOpeners)
    /// The definite words `resolveAnaphora` reads as back-references, in the order it asks them.
    static let anaphoraHeads = WordSetUnion([theBase, theGroup, theCountry, theMinistry])
    /// The words a surname is read after (`DocumentRun.matchSurnames`).
    static let surnameVerbs = WordSetUnion([sayVerb, blameBeforeSurname])
}
