import GraphModel

/// The state of extracting one article: its tokens, the mentions found so far, and the findings.
///
/// A class, not a struct: the rules are methods called from inside closures (`filter`,
/// `first(where:)`, `contains(where:)` over mentions and tokens), and a closure that calls a
/// method of a struct captured from a mutating context copies the whole run to make the call
/// (its extractor, article, tokens and every table below: a retain and a release each).
/// A closure now captures one reference. One run belongs to one call of `Extractor.extract`
/// on one thread, and never escapes it.
///
/// Its mutable state is marked `@exclusivity(unchecked)`. Every read and write of a class's
/// stored property is otherwise checked for overlapping access at run time (a
/// `swift_beginAccess` and `swift_endAccess` pair, some 100 instructions with the access set's
/// bookkeeping): the rules read `mentions` and `covered` at nearly every word, and the checks
/// were some 3% of extraction's instructions (callgrind, 1,000 articles). The check finds a
/// mutation nested in an access of the same property; the attribute turns it off in every
/// build, tests included. The one such nesting that would do harm, a mention added while a
/// rule reads `mentions` through its buffer (the append may move the buffer), is checked in
/// debug builds instead: rules read the buffer through `withMentions`, and `addMention`
/// asserts no such read is open.
final class DocumentRun {
    /// The extractor's tables (a reference to the object every copy of the extractor shares:
    /// a copy of the extractor here retained each of its tables).
    let extractor: ExtractorTables
    let article: Article
    let text: TokenizedText
    let dates: any DateFinding
    @exclusivity(unchecked) var mentions: [Mention] = []
    #if DEBUG
    /// How many `withMentions` reads are open (debug builds; see `addMention`).
    var openMentionReads = 0
    #endif
    /// Token → index in `mentions` of the named mention covering it.
    @exclusivity(unchecked) var covered: [Int32]
    /// The article's pattern entities, in the order found (`EntityRef.pattern`), and their
    /// references → index (hashed by bytes: `String` hashing normalizes Arabic text).
    @exclusivity(unchecked) var patternEntities: [PatternEntity] = []
    @exclusivity(unchecked) var patternIndex = ReferenceTable()
    @exclusivity(unchecked) var findings: DocumentFindings
    /// Events found so far, with the sentence of their trigger (for claims and back-references).
    @exclusivity(unchecked) var eventSentences: [Int] = []
    /// Sentences whose date an event already used.
    @exclusivity(unchecked) var consumedDateSentences: Set<Int> = []
    /// Date mentions per sentence, found once; indexed by sentence. Arrays, not dictionaries:
    /// both are read for every trigger and for the sentences before it, and a dictionary
    /// hashed the index on every read and write.
    @exclusivity(unchecked) var dateCache: [[(token: Int, date: EventDate)]?]
    /// What the date finder read in a sentence, once per sentence (Events/EventSentenceDates.swift).
    @exclusivity(unchecked) var dateReadings: [SentenceDateReading?]
    /// The project's date finder, whose sentence tokens answer the clauses' future-cue tests.
    let resolverDates: ResolverDateFinding?
    /// The event rules' per-trigger lists, kept for the article (Events/EventScratchLists.swift).
    @exclusivity(unchecked) var eventLists = EventScratchLists()
    /// The word lists each sentence's words are in, made at the first question (`cues(of:)`,
    /// Events/SentenceCues.swift); indexed by sentence.
    @exclusivity(unchecked) var sentenceCues: [SentenceCues] = []
    /// The named mentions each kind of back-reference may take, made at the article's first
    /// back-reference (Patterns/AnaphoraAntecedents.swift).
    @exclusivity(unchecked) var anaphoraAntecedentLists: AnaphoraAntecedents?
    /// The offset phrases of the sentence read last (`offsetPhrases(in:)`).
    @exclusivity(unchecked) var offsetPhraseCache: (sentence: Int, phrases: [OffsetPhrase])?
    /// The lexicon mentions of a province named with two words or more (indices into `mentions`,
    /// in sentence order), the only mentions `readSeatProvinces` can re-read, and how many of
    /// them it has passed. Noted by `matchLexicon`: the rule asked every token of every sentence
    /// before.
    @exclusivity(unchecked) var provinceNames: [Int32] = []
    @exclusivity(unchecked) var provinceNamesRead = 0

    var gazetteer: Gazetteer { extractor.gazetteer }
    var document: String { article.document }

    /// `scratch`: what the tokenizer keeps from article to article on this worker (see `TokenizerScratch`).
    init(extractor: Extractor, article: Article, scratch: TokenizerScratch? = nil) {
        self.extractor = extractor.tables
        self.article = article
        let text = TokenizedText(article.text, scratch: scratch)
        self.text = text
        self.dates = extractor.tables.dateFinder(article.published)
        resolverDates = dates as? ResolverDateFinding
        self.covered = Array(repeating: -1, count: text.tokens.count)
        dateCache = Array(repeating: nil, count: text.sentences.count)
        dateReadings = Array(repeating: nil, count: text.sentences.count)
        self.findings = DocumentFindings(document: article.document, published: article.published)
        // Room for the mentions of a typical article (the bench corpus's articles name about
        // one lexicon entity per eight tokens): grown from empty, the array moved to a new
        // buffer seven or eight times per article.
        mentions.reserveCapacity(text.tokens.count / 8)
    }

    func run() {
        for sentence in text.sentences { matchLexicon(in: sentence) }
        for sentence in text.sentences { matchPatterns(in: sentence) }
        matchSurnames()
        for sentence in text.sentences { resolveAnaphora(in: sentence) }
        mentions.sort { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
        // The antecedent lists hold positions in `mentions`, which the sort moved.
        anaphoraAntecedentLists = nil
        rebuildCoverage()
        for sentence in text.sentences {
            let local = mentionsIn(sentence)
            extractEvents(in: sentence, mentions: local)
            let relationsBefore = findings.relations.count
            extractRelations(in: sentence, mentions: local)
            // "وتتهم واشنطن فصائل ...، في مقدمها كتائب حزب الله" (Relations/AccusedMembers.swift).
            for (x, y, cue, family) in accusedMembers(in: sentence, mentions: local, relations: findings.relations[relationsBefore...]) {
                addRelation(.accuses, x, y, cue: cue, rule: "relation.accuses.member")
                // "فصائل موالية لإيران، بينها X": the member is backed as the family is.
                let member = refName(y.ref)
                for backer in backers(of: family, in: sentence) where backer != member {
                    findings.relations.append(FoundRelation(relation: .backedBy, source: member, target: backer,
                                                            evidence: evidence(y, rule: "relation.backed_by.member")))
                }
            }
            // "لوّحت ... ضد القوات الأميركية" (Relations/ThreatRelations.swift).
            for (x, y, cue) in threatHostility(in: sentence, mentions: local) { addRelation(.hostileTo, x, y, cue: cue, rule: "relation.hostile_to.threat") }
        }
        // "المستشارون الفرنسيون" in an article about the coalition (Relations/MemberForces.swift).
        memberForcesOfCoalition()
        collectEntities()
    }

    // MARK: helpers

    /// Inlined so that a rule reading one field of a token (its kind, its keys) reads it in
    /// place instead of copying the token and retaining its folded word.
    @inline(__always)
    func token(_ i: Int) -> Token { text.tokens[i] }

    func evidence(_ sentence: Int, _ start: Int, _ end: Int, rule: String) -> Evidence {
        Evidence(document: document, sentence: sentence, start: start, end: end, text: text.text(start, end), rule: rule)
    }
    func evidence(_ m: Mention, rule: String? = nil) -> Evidence {
        evidence(m.sentence, m.start, m.end, rule: rule ?? m.rule.rawValue)
    }

    /// The mentions of one sentence, in mention order. Mentions are sorted by token by then, and
    /// tokens by sentence, so they form one run found by binary search: O(log M + run).
    func mentionsIn(_ sentence: Sentence) -> [Mention] {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].sentence < sentence.index { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < mentions.count, mentions[end].sentence == sentence.index { end += 1 }
        // One allocation of the run's size: appending one by one regrew the array (a new buffer
        // and a move of the mentions) some fifty times per article.
        let run = Array(mentions[lo..<end])
        assert(run.count == mentions.filter { $0.sentence == sentence.index }.count, "mentions not in sentence order")
        return run
    }

    func rebuildCoverage() {
        for i in covered.indices { covered[i] = -1 }
        for (k, m) in mentions.enumerated() where !m.anaphoric {
            for t in m.tokens { covered[t] = Int32(k) }
        }
    }

    /// The word token before `i` in the sentence, skipping quotes and brackets.
    /// Reads the tokens in place: a copy of each token would retain and release its word.
    func previousWord(_ i: Int, in s: Sentence) -> Int? {
        text.tokens.withUnsafeBufferPointer { tokens in
            var j = i - 1
            while j >= s.tokens.lowerBound {
                if tokens[j].kind != .punctuation { return j }
                if !Clitics.isTransparent(tokens[j].norm) { return nil }
                j -= 1
            }
            return nil
        }
    }
    func nextWord(_ i: Int, in s: Sentence) -> Int? {
        text.tokens.withUnsafeBufferPointer { tokens in
            var j = i + 1
            while j < s.tokens.upperBound {
                if tokens[j].kind != .punctuation { return j }
                if !Clitics.isTransparent(tokens[j].norm) { return nil }
                j += 1
            }
            return nil
        }
    }

    func cliticLetters(_ t: Token, _ n: Int) -> CliticLetters { CliticLetters(t.norm, n) }

    func surface(_ m: Mention) -> String { text.text(m.start, m.end) }

    /// `mentions` read in place, without a copy (reading an element out of the array retains
    /// its strings). `body` must not add a mention: the append may move the buffer it reads.
    @inline(__always)
    func withMentions<R>(_ body: (UnsafeBufferPointer<Mention>) throws -> R) rethrows -> R {
        #if DEBUG
        openMentionReads += 1
        defer { openMentionReads -= 1 }
        #endif
        return try mentions.withUnsafeBufferPointer(body)
    }

    func addMention(_ m: Mention) {
        #if DEBUG
        assert(openMentionReads == 0, "a mention added while a rule reads the mentions in place")
        #endif
        mentions.append(m)
        guard !m.anaphoric else { return }
        let index = Int32(mentions.count - 1)
        // One pass over `covered` for the whole name, through its buffer: one range check for the
        // name instead of a bounds and uniqueness check per token.
        precondition(m.tokens.lowerBound >= 0 && m.tokens.upperBound <= covered.count, "mention tokens out of range")
        covered.withUnsafeMutableBufferPointer { covered in
            for t in m.tokens where covered[t] < 0 { covered[t] = index }
        }
    }

    // MARK: lexicon

    func matchLexicon(in s: Sentence) {
        // The trie is handed over as an argument, borrowed from the extractor's tables for the
        // call: taken into a local, it was a copy, which retained and released each of its
        // tables for every sentence (tables every worker thread shares); through the computed
        // `gazetteer` every token would copy the gazetteer to reach it.
        matchLexicon(in: s, trie: extractor.gazetteer.trie)
    }

    private func matchLexicon(in s: Sentence, trie: NameTrie<Gazetteer.Hit>) {
        // The tokens are read in place, the buffer taken once per sentence, and the first-word
        // filter is asked here before any call: nearly no word starts a name, and a call of the
        // array version per word took the buffer and copied the word's readings out of it. The
        // loop adds mentions and never changes the tokens.
        text.tokens.withUnsafeBufferPointer { tokens in
        var i = s.tokens.lowerBound
        while i < s.tokens.upperBound {
            guard tokens[i].kind != .punctuation, trie.mayStartName(tokens[i].layout) else { i += 1; continue }
            // The match names its payloads by index (`MatchRun`): a `Match` holds a slice of the
            // trie's payload list, whose reference count every worker thread writes.
            let run = trie.longestMatchRun(in: tokens, at: i, limit: s.tokens.upperBound)
            guard let m = run,
                  let hit = chooseHit(m, at: i, in: s, quoted: isQuoted(m, in: s)) else { i += 1; continue }
            let t = token(i)
            // A Latin name must be a whole Latin word of at least four letters ("US" inside an English caption is too weak).
            if t.norm.startsWithASCII, m.words == 1, t.norm.string.count < 4 { i += 1; continue }
            let first = token(m.start)
            var end = m.end
            while end > m.start + 1, token(end - 1).kind == .punctuation { end -= 1 }
            // "قاعدة كي وان في كركوك": an alias of the shape "X في Y", where X alone names the same
            // entity and Y is a place of its own, stops before في, so that the town is read as a
            // place mention and the located_in rule reads "X في Y" as the text states it.
            let cut = placeClauseInName(m, entity: hit.entity, end: end, in: s, trie: trie)
            if let cut { end = cut }
            addMention(lexiconMention(hit.entity, sentence: s.index, tokens: m.start..<end,
                                      start: offsetAfterLetters(text, token: first, letters: m.cliticLetters),
                                      end: token(end - 1).end, clitic: cliticLetters(first, m.cliticLetters), rule: .lexicon))
            // Read off the mention just made, not the shared tables (each read of them from the
            // rules retains a table that every worker thread counts on).
            if end - m.start >= 2, mentions[mentions.count - 1].kind == .place, mentions[mentions.count - 1].type == .province {
                provinceNames.append(Int32(mentions.count - 1))
            }
            i = cut ?? m.end
        }
        }
    }

    /// Where a lexicon base name of the shape "X في Y" should end: at في, when X alone matches the
    /// same base and Y, to the end of the name, is a lexicon place below a country. nil keeps the whole name.
    /// O(name length) trie walks.
    func placeClauseInName(_ m: NameTrie<Gazetteer.Hit>.MatchRun, entity: Int, end: Int, in s: Sentence,
                           trie: NameTrie<Gazetteer.Hit>) -> Int? {
        // Bases only: an office "في بغداد" (a government, a mission "في العراق") is named by its seat.
        guard end - m.start >= 3, extractor.gazetteer.kinds[entity] == .base else { return nil }
        for j in (m.start + 1)..<(end - 1) where token(j).norm == "في" {
            guard let head = trie.longestMatch(in: text.tokens, at: m.start, limit: j), head.end == j,
                  head.payloads.contains(where: { $0.entity == entity }),
                  let tail = trie.longestMatch(in: text.tokens, at: j + 1, limit: end), tail.end == end,
                  tail.payloads.contains(where: { gazetteer.entities[$0.entity].kind == .place && gazetteer.entities[$0.entity].type != "country" })
            else { continue }
            return j
        }
        return nil
    }

    /// The name stands alone between quotes or brackets: `"ناس"`, `(واع)`.
    func isQuoted(_ m: NameTrie<Gazetteer.Hit>.MatchRun, in s: Sentence) -> Bool {
        let before = m.start - 1, after = m.end
        guard before >= s.tokens.lowerBound, after < s.tokens.upperBound else { return false }
        let open = token(before), close = token(after)
        return open.kind == .punctuation && close.kind == .punctuation && Clitics.isTransparent(open.norm) && Clitics.isTransparent(close.norm)
    }

    /// Picks the entity a matched name stands for. A class word before the name decides
    /// between a base and its town; a shared name needs context (a class word, quotes, or
    /// an earlier mention of the same entity in the article).
    func chooseHit(_ m: NameTrie<Gazetteer.Hit>.MatchRun, at i: Int, in s: Sentence, quoted: Bool) -> Gazetteer.Hit? {
        // The class word before the name ("قاعدة", "مدينة") is read only where it can decide:
        // to rank a name of several entities, and for a shared or common name below. Most names
        // are neither (one entity, not shared, not a common word), and for them the word before
        // and the two list tests went unread.
        let several = m.payloadIndices.count > 1
        // `!several` below means one payload: a name ends only at a node that holds payloads.
        assert(!m.payloadIndices.isEmpty, "a name matched with no payload")
        var wantBase = false, wantPlace = false
        if several { (wantBase, wantPlace) = classWordBefore(i, in: s) }
        // The gazetteer's kinds and the trie's payloads are read in place through `extractor`
        // (a `let` of the run, borrowed): a local copy of the kinds table retained and released
        // it for every name found, and every worker thread writes that table's reference count.
        // The mentions are read from their buffer.
        func kindOf(_ h: Gazetteer.Hit) -> NodeKind { extractor.gazetteer.kinds[h.entity] }
        func seen(_ h: Gazetteer.Hit) -> Bool {
            let ref = lexiconRef(h.entity)
            return withMentions { all in all.contains { $0.ref == ref } }
        }
        // Most names stand for one entity: nothing to rank.
        let ranked = !several ? Optional(extractor.gazetteer.trie.payload(m.payloadIndices.lowerBound))
            : m.payloadIndices.map { extractor.gazetteer.trie.payload($0) }.sorted { a, b in
            func score(_ h: Gazetteer.Hit) -> (Int, Int, Int, Int) {
                let k = kindOf(h)
                return ((wantBase && k == .base) || (wantPlace && k == .place) ? 0 : 1, h.shared ? 1 : 0, seen(h) ? 0 : 1, h.entity)
            }
            return score(a) < score(b)
        }.first
        guard let best = ranked else { return nil }
        // "القائم بأعمال" (acting) is an office, not the town (Patterns/NameShapes.swift).
        if isActingTitle(m.words, at: i, in: s) { return nil }
        // A one-word name that is also a common word ("بلد" a country, "عنه" about him) needs context like a shared name.
        let common = m.words == 1 && Cues.commonWords.matches(token(m.start))
        // A shared name (all its readings shared) is read only after a class word that picks one ("مطار القيارة").
        // The class word vouches only for a reading of its own class: "قاعدة عراقية" is no TV channel, "المطار قاعدة" no Al-Qaeda.
        guard best.shared || common else { return best }
        if !several { (wantBase, wantPlace) = classWordBefore(i, in: s) }
        let kind = kindOf(best)
        let classContext = wantBase && kind == .base || wantPlace && kind == .place
        if best.shared && !classContext || common && !(classContext || quoted || seen(best)) {
            return nil
        }
        return best
    }

    /// Whether the word before token `i` is a base class word (`Cues.baseClass`) and whether
    /// it is a place class word (`Cues.placeClass`); both false with no word before it.
    func classWordBefore(_ i: Int, in s: Sentence) -> (base: Bool, place: Bool) {
        guard let p = previousWord(i, in: s) else { return (false, false) }
        let t = token(p)
        return (Cues.baseClass.matches(t), Cues.placeClass.matches(t))
    }
}
