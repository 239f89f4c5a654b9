import GraphModel

/// Offices read off the title written before a person's name. Wire copy names every official
/// by office, nationality and name, with no organisation mention for the generic rules to hold on to:
///
/// | text                                               | relation                       |
/// |----------------------------------------------------|--------------------------------|
/// | الرئيس NISBA P ("الرئيس الفرنسي إيمانويل ماكرون")    | P leads the state of NISBA     |
/// | رئيس الوزراء / رئيس الحكومة NISBA P                 | P leads "الحكومة NISBA"        |
/// | وزير PORTFOLIO NISBA P ("وزير الخارجية البريطاني")   | P leads "وزارة PORTFOLIO NISBA"|
/// | the same titles with no nisba, before a known person | the person's lexicon `leads` of that shape |
/// | حكومة P, حكومة ... برئاسة P                          | P leads the government the lexicon gives him |
///
/// Qualifiers of the office ("المستقيل", "الحالي") may stand between title and name; "السابق"
/// (former) may not: a former office holder leads nothing. The body an office names is looked
/// up by the shape of its lexicon name (head noun, portfolio, nisba of the same state), so the
/// rule knows no particular state. Runs once per person mention: O(title words) each, and a
/// look-up in the bodies found when the extractor was built (`OfficeTables`) only when a title is found.
extension DocumentRun {
    enum Office: Equatable {
        /// Head of state: "الرئيس".
        case head
        /// Head of government: "رئيس الوزراء", "رئيس الحكومة", "رئيس مجلس الوزراء".
        case government
        /// Minister of a portfolio (folded, without the article): "وزير الدفاع" → دفاع.
        case minister(Substring)
    }

    func extractOfficeRelations(in s: Sentence, mentions local: [Mention]) {
        // Indices, so that only persons are copied out of the array.
        for i in local.indices where local[i].actorType == .person && !local[i].anaphoric {
            let p = local[i]
            if let (office, nisbaToken, titleStart) = officeTitle(before: p.tokens.lowerBound, in: s) {
                var state: Int?
                if let k = nisbaToken { for key in token(k).keys { if let e = extractor.nisba[key] { state = e; break } } }
                guard let body = officeBody(office, state: state, person: p) else { continue }
                addRelation(.leads, p, bodyMention(body, at: nisbaToken ?? titleStart, in: s), cue: titleStart, rule: "relation.leads.office")
                continue
            }
            // "حكومة P" (the government of P), "حكومة ... برئاسة P": P heads the government the lexicon gives him.
            guard let q = headsNamedGovernment(p, in: s) ?? previousWord(p.tokens.lowerBound, in: s), covered[q] < 0 else { continue }
            let t = token(q)
            guard Cues.headedBy.matches(t) || Cues.governmentConstruct.matches(t) && !t.hasArticle,
                  p.ref.isLexicon, let body = officeBody(.government, state: nil, person: p) else { continue }
            addRelation(.leads, p, bodyMention(body, at: q, in: s), cue: q, rule: "relation.leads.government-of")
        }
    }

    /// The body an office names, as a mention on the title word that names it (the text names
    /// the office, not the body).
    func bodyMention(_ body: Int, at k: Int, in s: Sentence) -> Mention {
        let t = token(k)
        return lexiconMention(body, sentence: s.index, tokens: k..<(k + 1), start: t.start, end: t.end, rule: .office)
    }

    /// The office written right before the name at `nameStart`: the office, the nisba token if
    /// any, and the first token of the title.
    func officeTitle(before nameStart: Int, in s: Sentence) -> (Office, Int?, Int)? {
        var k = previousWord(nameStart, in: s)
        var nisbaToken: Int?
        var skipped = 0
        // Qualifiers and the nationality, in either order: "رئيس الوزراء العراقي المستقيل", "رئيس الوزراء المستقيل".
        while let j = k, skipped < 3, covered[j] < 0 {
            let t = token(j)
            if Cues.formerOffice.matches(t) { return nil }
            if Cues.officeQualifier.matches(t) { skipped += 1; k = previousWord(j, in: s); continue }
            if nisbaToken == nil, isNationality(t) { nisbaToken = j; skipped += 1; k = previousWord(j, in: s); continue }
            break
        }
        guard let j = k, covered[j] < 0 else { return nil }
        let t = token(j)
        if Cues.headOfState.matches(t), Clitics.hasArticle(t.norm) {
            // "نائب الرئيس الأميركي مايك بنس": the vice president leads nothing.
            if let d = previousWord(j, in: s), Cues.deputyNoun.matches(token(d)) { return nil }
            return (.head, nisbaToken, j)
        }
        guard let head = previousWord(j, in: s), covered[head] < 0 else { return nil }
        if Cues.cabinet.matches(t) {
            // "رئيس الوزراء", "رئيس مجلس الوزراء".
            if Cues.presidentNoun.matches(token(head)) { return (.government, nisbaToken, head) }
            if Cues.council.matches(token(head)), let h = previousWord(head, in: s), Cues.presidentNoun.matches(token(h)) {
                return (.government, nisbaToken, h)
            }
            return nil
        }
        if Cues.ministerNoun.matches(token(head)), Cues.portfolio.matches(t) {
            let portfolio = t.readings.first { Cues.portfolio.contains(form: $0.0) }?.0 ?? Substring(t.norm.string)
            return (.minister(portfolio), nisbaToken, head)
        }
        // "رئيس حكومة تصريف الأعمال P": the government may carry a qualifier of its own (two words at most).
        var g: Int? = j
        for _ in 0..<3 {
            guard let m = g, covered[m] < 0 else { return nil }
            if Cues.governmentConstruct.matches(token(m)), !token(m).hasArticle {
                guard let h = previousWord(m, in: s), Cues.presidentNoun.matches(token(h)) else { return nil }
                return (.government, nisbaToken, h)
            }
            g = previousWord(m, in: s)
        }
        return nil
    }

    /// "حكومة تصريف الأعمال برئاسة P": the word before the person is برئاسة and a government
    /// noun stands at most three words before it.
    func headsNamedGovernment(_ p: Mention, in s: Sentence) -> Int? {
        guard let q = previousWord(p.tokens.lowerBound, in: s), Cues.headedBy.matches(token(q)) else { return nil }
        var k = previousWord(q, in: s)
        for _ in 0..<3 {
            guard let m = k, covered[m] < 0 else { return nil }
            if Cues.governmentConstruct.matches(token(m)) { return q }
            k = previousWord(m, in: s)
        }
        return nil
    }

    /// The lexicon entity an office heads. With the nisba of a state or country: the state
    /// itself for a head of state, else the one government body named "الحكومة NISBA" or "وزارة
    /// PORTFOLIO NISBA". Without it: the one entity of that shape the person's lexicon entry
    /// says he leads.
    func officeBody(_ office: Office, state: Int?, person p: Mention) -> Int? {
        if office == .head {
            if let state { return gazetteer.entities[state].actorType == .state ? state : nil }
        }
        let portfolio: Substring?
        switch office {
        case .head: portfolio = nil
        case .government: portfolio = nil
        case .minister(let p): portfolio = ArabicFolding.withoutArticle(p)
        }
        let shaped = extractor.offices.bodies.filter { $0.portfolio == portfolio }
        if let state {
            let bodies = Set(shaped.filter { $0.state == state }.map(\.entity))
            return bodies.count == 1 ? bodies.first : nil
        }
        guard let person = p.ref.lexiconEntity else { return nil }
        let led = gazetteer.entities[person].relations.filter { $0.relation == .leads }.compactMap { gazetteer.index[$0.target] }
        let fits = Set(led.filter { i in
            office == .head ? gazetteer.entities[i].actorType == .state : shaped.contains { $0.entity == i }
        })
        return fits.count == 1 ? fits.first : nil
    }
}
