import GraphModel

/// The date grammar: finds date expressions in a token list and resolves them against the
/// publication day.
///
/// Scanning is leftmost-longest: at each token every rule that can start there is tried,
/// the longest match is kept and scanning resumes after it, so matches never overlap.
/// Each rule reads a bounded number of tokens (at most about eight), and whether a clause
/// holds a future cue before or after a position is tabulated once per sentence (two
/// prefix scans), so a sentence of n tokens costs O(n) however many dates it holds.
struct DateGrammar {
    struct Match {
        var first: Int
        var end: Int
        var date: EventDate?
        var rule: String
    }

    typealias Relation = DateWord.Relation

    let tokens: [DateToken]
    let publication: Day?
    /// "published YYYY-MM-DD", the anchor of every date counted from publication; formatted
    /// once per article by `DateResolver`, not once per match.
    let publishedAnchor: String?
    /// The day the story is at (the last explicit day before this sentence), for "اليوم التالي",
    /// "اليوم نفسه", "ذلك اليوم"; nil leaves those expressions out.
    let story: EventDate?
    /// `cueBefore[k]`: a future cue stands in k's clause before token k. Empty when the
    /// sentence has no cue at all (the common case).
    private let cueBefore: [Bool]
    /// `cueAfter[k]`: a future cue stands at or after token k, before the clause ends or a
    /// complementizer (أن، إن) opens a new one. Same length as `cueBefore` (n + 1).
    private let cueAfter: [Bool]
    /// Some token is a number or a word a date rule can start at (`DateLexicon.Role.starts`).
    private let mayStart: Bool

    /// `roles`: the union of the tokens' `DateLexicon.Role` bits when the tokenizer collected
    /// them (`DateTokenizer.tokenize(utf8:roles:)`). Without the cue bit no token can be a cue,
    /// so the scan for one is skipped; without the start bit `matches()` has nothing to find.
    /// The default claims every role and skips nothing.
    init(tokens: [DateToken], publication: Day?, publishedAnchor: String? = nil, story: EventDate? = nil,
         roles: UInt8 = DateLexicon.Role.all) {
        self.tokens = tokens
        self.publication = publication
        self.publishedAnchor = publication.map { p in publishedAnchor ?? Self.publishedAnchor(p) }
        assert(self.publishedAnchor == publication.map(Self.publishedAnchor), "the anchor must be that of the publication day")
        self.story = story?.precision == .day ? story : nil
        assert(roles | DateLexicon.roles(of: tokens) == roles, "the roles given must cover those of the tokens")
        mayStart = roles & DateLexicon.Role.starts != 0
        let n = tokens.count
        guard roles & DateLexicon.Role.cue != 0, tokens.indices.contains(where: { Self.isFutureCue($0, in: tokens) }) else {
            assert(!tokens.indices.contains(where: { Self.isFutureCue($0, in: tokens) }), "a future cue in a sentence without the cue role")
            cueBefore = []; cueAfter = []
            return
        }
        var before = [Bool](repeating: false, count: n + 1)
        var running = false
        for k in 0..<n {
            before[k] = running
            if tokens[k].isClauseBreak { running = false } else if Self.isFutureCue(k, in: tokens) { running = true }
        }
        before[n] = running
        var after = [Bool](repeating: false, count: n + 1)
        running = false
        for k in stride(from: n - 1, through: 0, by: -1) {
            if tokens[k].isClauseBreak || (tokens[k].kind == .word && tokens[k].word == .complementizer) {
                running = false
            } else if Self.isFutureCue(k, in: tokens) {
                running = true
            }
            after[k] = running
        }
        cueBefore = before
        cueAfter = after
    }

    /// The anchor of a date counted from the publication day ("أمس", "الثلاثاء الماضي").
    static func publishedAnchor(_ p: Day) -> String { publishedAnchorPrefix + p.iso }
    static let publishedAnchorPrefix = "published "

    func matches() -> [Match] {
        // Every rule starts at a token with the start role (`DateWord.startsRule`): without one
        // (a third of the sentences that hold a trigger) nothing can match.
        guard mayStart else {
            assert(allMatches().isEmpty, "a date matched in a sentence without a token a rule starts at")
            return []
        }
        return allMatches()
    }

    private func allMatches() -> [Match] {
        var out: [Match] = []
        var i = 0
        // The month the sentence last named (or the story's), for "في 26 منه".
        var toldMonth: Day? = story?.start
        // The last day the sentence named, for "وردّت عليه واشنطن بعد يومين".
        var toldDay: Day?
        while i < tokens.count {
            // Every rule starts at a number or at a word with a date meaning (`longest`, and the
            // day or the "بعد" that `dayOfToldMonth` and `daysAfterToldDay` read first): the other
            // tokens, most of a sentence, start nothing.
            guard tokens[i].hasWord || tokens[i].kind == .number || tokens[i].kind == .numericDate else {
                assert(longest(at: i) == nil && dayOfToldMonth(i, toldMonth) == nil && daysAfterToldDay(i, toldDay) == nil,
                       "a date rule starting at a token without a date meaning")
                i += 1
                continue
            }
            // The two rules that read a day told before are asked only once one was told: most
            // sentences tell none, and each call returns a whole (empty) `Match?`.
            if let m = longest(at: i) ?? (toldMonth == nil ? nil : dayOfToldMonth(i, toldMonth))
                ?? (toldDay == nil ? nil : daysAfterToldDay(i, toldDay)) {
                assert(m.end > i && m.first == i, "a date match must start at its token and be non-empty")
                if let d = m.date, d.precision == .day || d.precision == .month { toldMonth = d.start }
                if let d = m.date, d.precision == .day { toldDay = d.start }
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether any token of the sentence is a future cue.
    func containsFutureCue() -> Bool { !cueBefore.isEmpty }

    // MARK: - Dispatch

    private func longest(at k: Int) -> Match? {
        switch tokens[k].kind {
        case .numericDate:
            return numericDate(k)
        case .number:
            return spacedNumericDate(k) ?? dayFirst(k) ?? bareYear(k)
        case .word:
            guard let w = tokens[k].word else { return nil }
            switch w {
            case .month, .monthHead: return monthFirst(k, hasContext: false)
            case .monthWord: return monthWordFirst(k)
            case .ordinal(_, article: true), .ordinalTens: return dayFirst(k)
            case .ordinal(1, article: false): return relativeDay(k)
            case .yearWord: return yearWordFirst(k)
            case .period: return yearWordFirst(k) ?? periodFirst(k)     // "العام 2017" / "العام الماضي"
            case .this: return thisPeriod(k)
            case .preposition(.during): return duringPeriod(k)
            case .preposition(.since), .preposition(.before): return ago(k)
            case .preposition(.after): return afterTomorrow(k)
            case .part: return partFirst(k)
            case .timeOfDay, .dayWord, .today, .yesterday, .tomorrow, .weekday, .tonight: return relativeDay(k)
            case .sameBefore: return sameDayBefore(k)
            default: return nil
            }
        default:
            return nil
        }
    }

    // MARK: - Token access

    @inline(__always) private func word(_ k: Int) -> DateWord? {
        k >= 0 && k < tokens.count && tokens[k].kind == .word ? tokens[k].word : nil
    }

    @inline(__always) private func kind(_ k: Int) -> DateToken.Kind? {
        k >= 0 && k < tokens.count ? tokens[k].kind : nil
    }

    /// A four-digit Gregorian year in a plausible range for news.
    private func yearNumber(_ k: Int) -> Int? {
        guard kind(k) == .number, tokens[k].digits == 4, (1900...2100).contains(tokens[k].value) else { return nil }
        return tokens[k].value
    }

    private func relation(_ k: Int) -> Relation? {
        if case .relation(let r)? = word(k) { return r }
        return nil
    }

    // MARK: - Traces

    private func explicitDate(_ date: EventDate?, _ rule: String) -> EventDate? {
        guard var d = date else { return nil }
        d.trace = DateTrace(anchor: "explicit \(d.iso)", rule: rule)
        return d
    }

    private func published(_ date: EventDate?, _ rule: String) -> EventDate? {
        guard var d = date, let anchor = publishedAnchor else { return nil }
        d.trace = DateTrace(anchor: anchor, rule: rule)
        return d
    }

    // MARK: - Months

    /// A month name of one word, or كانون/تشرين + الأول/الثاني (also "كانون أول").
    private func monthName(_ k: Int) -> (month: Int, end: Int)? {
        switch word(k) {
        case .month(let m)?:
            return (m, k + 1)
        case .monthHead(let first, let second)?:
            if case .ordinal(let o, _)? = word(k + 1), o == 1 || o == 2 { return (o == 1 ? first : second, k + 2) }
            return nil
        default:
            return nil
        }
    }

    /// A month name with an optional second name after a slash or in brackets
    /// ("آذار/مارس", "ديسمبر/ كانون أول", "مارس (آذار)"). `paired` tells that a second name
    /// or a two-word name confirmed that this is a month.
    private func monthExpression(_ k: Int) -> (month: Int, end: Int, paired: Bool)? {
        guard let (m, j) = monthName(k) else { return nil }
        let twoWords = j == k + 2
        if kind(j) == .slash, let (_, e) = monthName(j + 1) { return (m, e, true) }
        if kind(j) == .open, let (_, e) = monthName(j + 1), kind(e) == .close { return (m, e + 1, true) }
        return (m, j, twoWords)
    }

    private enum YearReference {
        case absolute(Int)
        case relative(Relation)
    }

    /// A year after a month: "2020", "عام 2020", "من العام 2020", "من العام الماضي", "من هذا العام".
    private func yearReference(_ k: Int) -> (year: YearReference, end: Int)? {
        if let y = yearNumber(k) { return (.absolute(y), k + 1) }
        let j = word(k) == .from ? k + 1 : k
        switch word(j) {
        case .yearWord?, .period(.year)?:
            let q = kind(j + 1) == .quote ? j + 2 : j + 1
            if let y = yearNumber(q) { return (.absolute(y), q + 1) }
            if word(j) == .period(.year), let r = relation(j + 1) { return (.relative(r), j + 2) }
        case .this?:
            if word(j + 1) == .period(.year) { return (.relative(.current), j + 2) }
        default:
            break
        }
        return nil
    }

    private func resolveYear(_ y: YearReference) -> Int? {
        switch y {
        case .absolute(let v): return v
        case .relative(let r):
            guard let p = publication else { return nil }
            switch r {
            case .past: return p.year - 1
            case .current: return p.year
            case .next: return p.year + 1
            }
        }
    }

    /// Month name first: "نوفمبر 2017", "كانون الأول/ديسمبر الماضي", "شهر آذار".
    /// A month name alone is a date only with context (a day before it, "شهر" or a part word
    /// before it, a year or a relation word after it, a second name, or "في" before it): "مارس" is also a verb
    /// and "تموز" a name.
    private func monthFirst(_ k: Int, hasContext: Bool) -> Match? {
        guard let (m, e, paired) = monthExpression(k) else { return nil }
        // Month, day, year: "December 18, 2011", "آذار 17، 2020".
        if kind(e) == .number, tokens[e].digits <= 2 {
            let q = kind(e + 1) == .clauseBreak ? e + 2 : e + 1
            if let year = yearNumber(q) {
                guard let day = Day(year: year, month: m, day: tokens[e].value) else {
                    return Match(first: k, end: q + 1, date: nil, rule: "explicit.invalid-day")
                }
                return Match(first: k, end: q + 1, date: explicitDate(.day(day), "explicit.day-month-year"), rule: "explicit.day-month-year")
            }
        }
        if let (y, end) = yearReference(e) {
            switch y {
            case .absolute(let year):
                guard let d = explicitDate(.month(year: year, month: m), "explicit.month-year") else { return nil }
                return Match(first: k, end: end, date: d, rule: "explicit.month-year")
            case .relative:
                let date = resolveYear(y).flatMap { EventDate.month(year: $0, month: m) }
                return Match(first: k, end: end, date: published(date, "relative.month-year"), rule: "relative.month-year")
            }
        }
        if let r = relation(e) {
            let rule: String
            switch r {
            case .past: rule = "relative.month-name-past"
            case .next: rule = "relative.month-name-next"
            case .current: rule = "relative.month-name-current"
            }
            return Match(first: k, end: e + 1, date: published(monthOnly(m, relation: r, nearest: false), rule), rule: rule)
        }
        // "غادر التحالف في آذار قاعدة القائم": after في a month name cannot be a verb ("مارس") or, in this
        // genre, a person's name; the preposition is context enough.
        guard hasContext || paired || isPartOfMonth(k) || word(k - 1) == .preposition(.inside) else { return nil }
        let nearest = pointsForward(k) || futureCue(first: k, end: e)
        let rule = nearest ? "relative.month-name-nearest" : "relative.month-name"
        return Match(first: k, end: e, date: published(monthOnly(m, relation: nil, nearest: nearest), rule), rule: rule)
    }

    /// "الأسبوع الأول من آذار", "الأيام الأخيرة من نيسان": a named part of the month.
    private func isPartOfMonth(_ k: Int) -> Bool {
        guard word(k - 1) == .from else { return false }
        switch word(k - 2) {
        case .ordinal(_, article: true)?, .dayAdjective?, .followingDay?, .period?: return true
        default: return false
        }
    }

    private func monthWordFirst(_ k: Int) -> Match? {
        guard var m = monthFirst(k + 1, hasContext: true) else { return nil }
        m.first = k
        return m
    }

    /// The month `m` relative to the publication: الماضي = the latest before the publication
    /// month, المقبل = the first after it; otherwise the latest on or before it, or, with a
    /// future cue or a deadline ("حتى أيار"), the nearest either way (a tie goes forward).
    private func monthOnly(_ m: Int, relation: Relation?, nearest: Bool) -> EventDate? {
        guard let p = publication else { return nil }
        let pm = p.month
        let year: Int
        switch relation {
        case .past?: year = m < pm ? p.year : p.year - 1
        case .next?: year = m > pm ? p.year : p.year + 1
        case .current?: year = p.year
        case nil:
            let past = m <= pm ? p.year : p.year - 1
            let forward = m >= pm ? p.year : p.year + 1
            let back = (pm - m + 12) % 12, ahead = (m - pm + 12) % 12
            year = nearest && ahead <= back ? forward : past
        }
        return .month(year: year, month: m)
    }

    // MARK: - Days of the month

    /// 1...31 as digits, or an ordinal in words (الأول، الحادي عشر، الثالث والعشرين، العشرين).
    private func dayOfMonth(_ k: Int) -> (day: Int, end: Int, inWords: Bool)? {
        if kind(k) == .number, tokens[k].digits <= 2, (1...31).contains(tokens[k].value) {
            return (tokens[k].value, k + 1, false)
        }
        switch word(k) {
        case .ordinalTens(let tens)?:
            return (tens, k + 1, true)
        case .ordinal(let o, article: true)?:
            if case .cardinal(10)? = word(k + 1) { return (o + 10, k + 2, true) }
            if case .ordinalTens(let tens)? = word(k + 1), tens + o <= 31 { return (tens + o, k + 2, true) }
            return (o, k + 1, true)
        default:
            return nil
        }
    }

    /// Day first: "17 اذار 2020", "28 ديسمبر/كانون الأول", "3 يناير الماضي",
    /// "الحادي عشر من الشهر الجاري", "11 من الشهر الحالي", "11 الجاري".
    private func dayFirst(_ k: Int) -> Match? {
        guard let (day, j0, inWords) = dayOfMonth(k) else { return nil }
        var j = j0
        let hasFrom = word(j) == .from
        if hasFrom { j += 1 }
        // Ordinals in words are days only in "<ordinal> من <month>"; "الأول" alone is an adjective,
        // and after a period it counts weeks or months ("الأسبوع الأول من آذار").
        if inWords {
            guard hasFrom else { return nil }
            switch word(k - 1) {
            case .period?, .unit?, .monthWord?, .yearWord?: return nil
            default: break
            }
        }

        if let (m, e, _) = monthExpression(j) {
            if Day(year: 2000, month: m, day: day) == nil {       // 2000 is a leap year: 29 شباط is possible
                // Impossible in every year (31 نيسان, 30 شباط): reported, unresolved.
                var end = e
                if let (_, afterYear) = yearReference(e) { end = afterYear } else if relation(e) != nil { end += 1 }
                return Match(first: k, end: end, date: nil, rule: "explicit.invalid-day")
            }
            if let (y, end) = yearReference(e) {
                switch y {
                case .absolute(let year):
                    // "29 شباط 2019" names no day: reported, unresolved, rather than read as a month.
                    guard let d = explicitDate(Day(year: year, month: m, day: day).map { .day($0) }, "explicit.day-month-year")
                    else { return Match(first: k, end: end, date: nil, rule: "explicit.invalid-day") }
                    return Match(first: k, end: end, date: d, rule: "explicit.day-month-year")
                case .relative:
                    let date = resolveYear(y).flatMap { Day(year: $0, month: m, day: day) }.map { EventDate.day($0) }
                    return Match(first: k, end: end, date: published(date, "relative.day-month-year"), rule: "relative.day-month-year")
                }
            }
            var end = e
            let r = relation(e)
            if r != nil { end += 1 }
            let nearest = r == nil && (pointsForward(k) || futureCue(first: k, end: end))
            let rule = nearest ? "relative.day-month-nearest" : "relative.day-month"
            return Match(first: k, end: end, date: published(dayAndMonth(day, m, relation: r, nearest: nearest), rule), rule: rule)
        }

        // A day of a month named relative to the publication.
        var monthRelation: Relation?
        var bareMonth = false
        var end = j
        if word(j) == .period(.month), let r = relation(j + 1) {
            monthRelation = r; end = j + 2
        } else if word(j) == .this, word(j + 1) == .period(.month) {
            monthRelation = .current; end = j + 2
        } else if relation(j) == .current {
            monthRelation = .current; end = j + 1          // "في 11 الجاري"
        } else if hasFrom, word(j) == .period(.month), isBareMonth(after: j) {
            monthRelation = .current; end = j + 1          // "في الحادي عشر من الشهر", "في 23 من الشهر،"
            bareMonth = true
        }
        guard let r = monthRelation else { return nil }
        let rule: String
        switch r {
        case .past: rule = "relative.day-previous-month"
        case .current: rule = "relative.day-current-month"
        case .next: rule = "relative.day-next-month"
        }
        var date: EventDate?
        if let p = publication {
            // "في 23 من الشهر" in an article of the 18th, told as done: the month before.
            let back = bareMonth && day > p.day && !futureCue(first: k, end: end) ? -1 : 0
            let (y, m) = Self.shift(year: p.year, month: p.month, by: r == .past ? -1 : r == .next ? 1 : back)
            // "31 من الشهر الحالي" in a month of 30 days: reported, unresolved.
            guard let d = Day(year: y, month: m, day: day) else {
                return Match(first: k, end: end, date: nil, rule: "relative.invalid-day")
            }
            date = published(.day(d), rule)
        }
        return Match(first: k, end: end, date: date, rule: rule)
    }

    /// A day of the month told just before in the sentence (or the story's month): "في 26 منه",
    /// "في 23 من الشهر نفسه / ذاته" — as in "في 19 آذار، ثم … في 26 منه". Nothing when no
    /// month was told: the reference cannot be resolved, and the bare number is no date.
    private func dayOfToldMonth(_ k: Int, _ told: Day?) -> Match? {
        guard let told, let (day, j, inWords) = dayOfMonth(k) else { return nil }
        let end: Int
        if word(j) == .ofThatMonth {
            guard !inWords || word(k - 1) == .preposition(.inside) else { return nil }
            end = j + 1
        } else if word(j) == .from, word(j + 1) == .period(.month), word(j + 2) == .sameDay {
            end = j + 3
        } else {
            return nil
        }
        let rule = "relative.day-of-told-month"
        guard let d = Day(year: told.year, month: told.month, day: day) else {
            return Match(first: k, end: end, date: nil, rule: "relative.invalid-day")
        }
        return Match(first: k, end: end, date: .day(d, trace: DateTrace(anchor: "told \(told.iso.prefix(7))", rule: rule)), rule: rule)
    }

    /// "في 27 كانون الأول … وردّت عليه واشنطن بعد يومين": a count of days after "بعد", with no
    /// "من" naming what it counts from, counts from the day the sentence named before it. Without
    /// such a day it is no date (it would count from nothing told). At most thirty days.
    private func daysAfterToldDay(_ k: Int, _ told: Day?) -> Match? {
        guard let told, word(k) == .preposition(.after) else { return nil }
        var j = k + 1
        var count: Int?
        if kind(j) == .number, tokens[j].digits <= 2, tokens[j].value >= 1 {
            count = tokens[j].value; j += 1
        } else if case .cardinal(let c)? = word(j) {
            count = c; j += 1
        }
        let n: Int?
        switch word(j) {
        case .unit(.day, let c)?: n = count ?? c
        case .dayWord?: n = count ?? 1
        default: return nil
        }
        guard let n, (1...30).contains(n), word(j + 1) != .from else { return nil }
        let rule = "relative.days-after-told-day"
        return Match(first: k, end: j + 1, date: .day(told.adding(days: n), trace: DateTrace(anchor: "told \(told.iso)", rule: rule)), rule: rule)
    }

    /// "من الشهر" names the current month when nothing qualifies it: the sentence or clause ends,
    /// or an undefined word (a verb) follows. "من الشهر ذاته" (the month told before) and
    /// "من الشهر الفضيل" (a named month) are not it.
    private func isBareMonth(after j: Int) -> Bool {
        guard j + 1 < tokens.count else { return true }
        let t = tokens[j + 1]
        guard t.kind == .word else { return t.kind != .number && t.kind != .numericDate }
        if t.stemHasArticle { return false }
        switch t.word {
        case .sameDay?, .sameBefore?, .this?, .relation?, .period?, .yearWord?, .month?, .monthHead?: return false
        default: return true
        }
    }

    /// Day and month without a year: the latest such day on or before the publication
    /// (الماضي: strictly before; المقبل: the first strictly after; with a future cue in the
    /// clause or a deadline ("حتى 11 نيسان"): whichever of the nearest past and nearest future
    /// day is closer, since a cue in the clause does not prove that this date is ahead).
    private func dayAndMonth(_ day: Int, _ m: Int, relation: Relation?, nearest: Bool) -> EventDate? {
        guard let p = publication else { return nil }
        func latest(strict: Bool) -> Day? {
            for y in stride(from: p.year, through: p.year - 8, by: -1) {
                if let d = Day(year: y, month: m, day: day), strict ? d < p : d <= p { return d }
            }
            return nil
        }
        func earliest(strict: Bool) -> Day? {
            for y in p.year...(p.year + 8) {
                if let d = Day(year: y, month: m, day: day), strict ? d > p : d >= p { return d }
            }
            return nil
        }
        let d: Day?
        switch relation {
        case .past?: d = latest(strict: true)
        case .next?: d = earliest(strict: true)
        case .current?: d = Day(year: p.year, month: m, day: day)
        case nil:
            if nearest, let before = latest(strict: false), let after = earliest(strict: false) {
                d = p.daysSinceEpoch - before.daysSinceEpoch < after.daysSinceEpoch - p.daysSinceEpoch ? before : after
            } else {
                d = latest(strict: false)
            }
        }
        return d.map { .day($0) }
    }

    /// The month `delta` months from (year, month), across year boundaries in both directions.
    static func shift(year: Int, month: Int, by delta: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + delta
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return (y, index - y * 12 + 1)
    }

    // MARK: - Numeric dates and years

    /// 2020.03.20, 2020-03-20, 2020/03/20, 20/3/2020, 20.03.2020 (day first, as written in
    /// Arabic; month first only when day first is impossible: 3/20/2020).
    private func numericDate(_ k: Int) -> Match? {
        let t = tokens[k]
        var y: Int, m: Int, d: Int
        if t.digits == 4 && t.digits2 <= 2 && t.digits3 <= 2 {
            (y, m, d) = (t.value, t.value2, t.value3)
        } else if t.digits3 == 4 && t.digits <= 2 && t.digits2 <= 2 {
            (y, m, d) = (t.value3, t.value2, t.value)
            if m > 12 && d <= 12 { swap(&m, &d) }
        } else {
            return nil
        }
        guard (1900...2100).contains(y), let day = Day(year: y, month: m, day: d) else { return nil }
        return Match(first: k, end: k + 1, date: explicitDate(.day(day), "explicit.numeric"), rule: "explicit.numeric")
    }

    /// "20 / 03 / 2020", "2020 - 03 - 20": a numeric date written with spaces around the
    /// separators (the same separator twice).
    private func spacedNumericDate(_ k: Int) -> Match? {
        guard kind(k + 1) == .slash || kind(k + 1) == .dash, kind(k + 3) == kind(k + 1),
              kind(k + 2) == .number, kind(k + 4) == .number else { return nil }
        let a = tokens[k], b = tokens[k + 2], c = tokens[k + 4]
        var y: Int, m: Int, d: Int
        if a.digits == 4 && b.digits <= 2 && c.digits <= 2 {
            (y, m, d) = (a.value, b.value, c.value)
        } else if c.digits == 4 && a.digits <= 2 && b.digits <= 2 {
            (y, m, d) = (c.value, b.value, a.value)
            if m > 12 && d <= 12 { swap(&m, &d) }
        } else {
            return nil
        }
        guard (1900...2100).contains(y), let day = Day(year: y, month: m, day: d) else { return nil }
        return Match(first: k, end: k + 5, date: explicitDate(.day(day), "explicit.numeric"), rule: "explicit.numeric")
    }

    /// "عام 2014", "العام 2017", "سنة 2019", "عام "2018"".
    private func yearWordFirst(_ k: Int) -> Match? {
        let q = kind(k + 1) == .quote ? k + 2 : k + 1
        guard let y = yearNumber(q) else { return nil }
        return Match(first: k, end: q + 1, date: explicitDate(.year(y), "explicit.year"), rule: "explicit.year")
    }

    /// A year without "عام" counts only after a preposition ("في 2014", "منذ 2003", "حتى 2021"):
    /// a bare four-digit number is as often a count ("2000 جندي").
    private func bareYear(_ k: Int) -> Match? {
        guard let y = yearNumber(k) else { return nil }
        switch word(k - 1) {
        case .preposition(let p)? where p != .about: break
        case .part?: break
        case .from? where word(k + 1) == .preposition(.until) && yearNumber(k + 2) != nil: break   // "من 2014 إلى 2017"
        case nil where k >= 2 && tokens[k - 1].isCliticOnly && yearNumber(k - 2) != nil: break    // "عامي 2018 و2019"
        default: return nil
        }
        return Match(first: k, end: k + 1, date: explicitDate(.year(y), "explicit.year"), rule: "explicit.year")
    }

    // MARK: - Periods relative to the publication

    private func periodDate(_ unit: DateWord.Unit, _ r: Relation, beforeLast: Bool = false) -> (EventDate?, String) {
        let delta = beforeLast ? -2 : r == .past ? -1 : r == .next ? 1 : 0
        let rule = Self.periodRule(unit, delta: delta)
        guard let p = publication else { return (nil, rule) }
        let date: EventDate?
        switch unit {
        case .day: date = .day(p.adding(days: delta))
        case .week: date = .week(containing: p.adding(days: 7 * delta))
        case .month:
            let (y, m) = Self.shift(year: p.year, month: p.month, by: delta)
            date = .month(year: y, month: m)
        case .year: date = .year(p.year + delta)
        }
        return (published(date, rule), rule)
    }

    /// The rule name "relative.UNIT-RELATION" of a period `delta` units from publication
    /// (−2 before last, −1 past, 0 current, +1 next). Literals: interpolating the enum would
    /// format it through reflection on every match.
    static func periodRule(_ unit: DateWord.Unit, delta: Int) -> String {
        switch (unit, delta) {
        case (.day, -2): return "relative.day-before-last"
        case (.day, -1): return "relative.day-past"
        case (.day, 0): return "relative.day-current"
        case (.day, _): return "relative.day-next"
        case (.week, -2): return "relative.week-before-last"
        case (.week, -1): return "relative.week-past"
        case (.week, 0): return "relative.week-current"
        case (.week, _): return "relative.week-next"
        case (.month, -2): return "relative.month-before-last"
        case (.month, -1): return "relative.month-past"
        case (.month, 0): return "relative.month-current"
        case (.month, _): return "relative.month-next"
        case (.year, -2): return "relative.year-before-last"
        case (.year, -1): return "relative.year-past"
        case (.year, 0): return "relative.year-current"
        case (.year, _): return "relative.year-next"
        }
    }

    /// "الأسبوع الماضي", "الشهر الحالي", "العام المقبل", "السنة الماضية"; "الأسبوع قبل الماضي"
    /// (the week before last).
    private func periodFirst(_ k: Int) -> Match? {
        guard case .period(let unit)? = word(k) else { return nil }
        if word(k + 1) == .preposition(.before), relation(k + 2) == .past {
            let (date, rule) = periodDate(unit, .past, beforeLast: true)
            return Match(first: k, end: k + 3, date: date, rule: rule)
        }
        guard let r = relation(k + 1) else { return nil }
        let (date, rule) = periodDate(unit, r)
        return Match(first: k, end: k + 2, date: date, rule: rule)
    }

    /// "هذا الأسبوع", "هذا الشهر", "هذا العام", "هذه السنة".
    private func thisPeriod(_ k: Int) -> Match? {
        guard case .period(let unit)? = word(k + 1) else { return nil }
        let (date, rule) = periodDate(unit, .current)
        return Match(first: k, end: k + 2, date: date, rule: rule)
    }

    /// "خلال الأسبوع" (the current week); with a relation word the period rule takes it.
    private func duringPeriod(_ k: Int) -> Match? {
        guard case .period(let unit)? = word(k + 1), unit != .year, relation(k + 2) == nil else { return nil }
        let (date, rule) = periodDate(unit, .current)
        return Match(first: k, end: k + 2, date: date, rule: rule)
    }

    /// A part of a period keeps the period's precision: "نهاية ديسمبر الماضي" is December,
    /// "مطلع العام الحالي" the year, "أواخر 2019" the year; "مطلع الشهر" is the current month.
    private func partFirst(_ k: Int) -> Match? {
        let j = k + 1
        var best: Match?
        for candidate in [monthFirst(j, hasContext: true), periodFirst(j), thisPeriod(j), yearWordFirst(j), bareYear(j)] {
            if let c = candidate, best == nil || c.end > best!.end { best = c }
        }
        if best == nil, case .period(let unit)? = word(j), unit != .day {
            let (date, rule) = periodDate(unit, .current)
            best = Match(first: j, end: j + 1, date: date, rule: rule)
        }
        guard var m = best else { return nil }
        m.first = k
        if let deadline = yearEndDeadline(part: k, m.date) { m.date = deadline; m.rule = deadline.trace?.rule ?? m.rule }
        return m
    }

    /// "بحلول نهاية 2021", "قبل نهاية العام", "حتى نهاية العام الجاري": a deadline at the end of a
    /// year is its December (month precision), the month by which the thing is to be done,
    /// rather than the whole year. Only after a deadline preposition: "أواخر 2019" alone stays the year.
    private func yearEndDeadline(part k: Int, _ date: EventDate?) -> EventDate? {
        guard word(k) == .part(.end), let d = date, d.precision == .year else { return nil }
        switch word(k - 1) {
        case .preposition(.until)?, .preposition(.by)?, .preposition(.before)?: break
        default: return nil
        }
        guard var december = EventDate.month(year: d.start.year, month: 12) else { return nil }
        let rule = (d.trace?.rule.hasPrefix("explicit.") ?? false) ? "explicit.deadline-year-end" : "relative.deadline-year-end"
        december.trace = DateTrace(anchor: d.trace?.anchor ?? "explicit \(d.iso)", rule: rule)
        return december
    }

    // MARK: - Counted offsets

    /// "قبل يومين", "منذ ثلاثة أيام", "قبل أسبوع", "قبل نحو عشرة أيام", "منذ عامين";
    /// an uncounted plural ("منذ أيام", "قبل أسابيع") is returned unresolved.
    private func ago(_ k: Int) -> Match? {
        var j = k + 1
        var approximate = false
        if word(j) == .preposition(.about) { approximate = true; j += 1 }
        var count: Int?
        if kind(j) == .number, tokens[j].digits <= 3, tokens[j].value >= 1 {
            count = tokens[j].value; j += 1
        } else if case .cardinal(let c)? = word(j) {
            count = c; j += 1
        }
        let unit: DateWord.Unit
        var n: Int?
        switch word(j) {
        case .unit(let u, let c)?:
            unit = u; n = count ?? c
        case .dayWord?:
            if case .weekday? = word(j + 1) { return nil }      // "قبل يوم الخميس": before Thursday
            unit = .day; n = count ?? 1
        case .yearWord?:
            if yearNumber(j + 1) != nil || kind(j + 1) == .quote { return nil }   // "منذ عام 2014"
            unit = .year; n = count ?? 1
        case .monthWord?:
            if monthName(j + 1) != nil { return nil }           // "منذ شهر آذار"
            unit = .month; n = count ?? 1
        default:
            return nil
        }
        let end = j + 1
        guard let n, n > 0 else {
            return Match(first: k, end: end, date: nil, rule: "relative.ago-vague")
        }
        let rule: String
        var date: EventDate?
        switch unit {
        case .day:
            rule = approximate ? "relative.ago-days-approximate" : "relative.ago-days"
            if let p = publication {
                let d = p.adding(days: -n)
                date = approximate ? .week(containing: d) : .day(d)
            }
        case .week:
            // A count of weeks is approximate: the ISO week holding publication − 7n, not a day.
            rule = "relative.ago-weeks"
            if let p = publication { date = .week(containing: p.adding(days: -7 * n)) }
        case .month:
            rule = "relative.ago-months"
            if let p = publication {
                let (y, m) = Self.shift(year: p.year, month: p.month, by: -n)
                date = .month(year: y, month: m)
            }
        case .year:
            rule = "relative.ago-years"
            if let p = publication { date = .year(p.year - n) }
        }
        return Match(first: k, end: end, date: published(date, rule), rule: rule)
    }

    /// "بعد غد": two days after publication.
    private func afterTomorrow(_ k: Int) -> Match? {
        switch word(k + 1) {
        case .tomorrowStem?, .tomorrow?:
            return Match(first: k, end: k + 2, date: published(publication.map { .day($0.adding(days: 2)) }, "relative.after-tomorrow"),
                         rule: "relative.after-tomorrow")
        default:
            return nil
        }
    }

    // MARK: - Today, yesterday, tomorrow, weekdays

    /// With an optional time of day or "يوم" before: "اليوم", "اليوم الخميس", "صباح اليوم",
    /// "أمس", "يوم أمس", "أمس الأول", "أول أمس", "أول من أمس", "غداً", "الخميس",
    /// "فجر الخميس", "الخميس الماضي", "الخميس المقبل", "الخميس 19 آذار 2020".
    private func relativeDay(_ k: Int) -> Match? {
        var j = k
        var prefixed = false
        while j < k + 2, let w = word(j), w == .timeOfDay || w == .dayWord {
            prefixed = true; j += 1
        }
        guard let w = word(j) else { return nil }
        switch w {
        case .today:
            if case .weekday(let wd)? = word(j + 1), !isWeekdayTrap(j + 1) {
                if let explicit = explicitAfterWeekday(j + 2) { return Match(first: k, end: explicit.end, date: explicit.date, rule: explicit.rule) }
                let date = publication.map { Self.latest(weekday: wd, onOrBefore: $0, strict: false) }
                return Match(first: k, end: j + 2, date: published(date.map { .day($0) }, "relative.today"), rule: "relative.today")
            }
            if let m = storyDay(k, day: j) { return m }
            // "صباح اليوم التالي", "مساء اليوم نفسه" speak of the story's day, not of today.
            guard !isDayNounBeforeAdjective(j), prefixed || isTodayAdverbial(j) else { return nil }
            return Match(first: k, end: j + 1, date: published(publication.map { .day($0) }, "relative.today"), rule: "relative.today")

        case .yesterday:
            if word(j + 1) == .yesterdayIdiom { return nil }        // "بأمس الحاجة", "بالأمس القريب"
            if case .ordinal(1, article: true)? = word(j + 1) {     // "أمس الأول"
                return dayWithWeekday(k, weekdayAt: j + 2, -2, "relative.awwal-ams") ?? dayOffset(k, end: j + 2, -2, "relative.awwal-ams")
            }
            if case .weekday(let wd)? = word(j + 1), !isWeekdayTrap(j + 1) {
                if let explicit = explicitAfterWeekday(j + 2) { return Match(first: k, end: explicit.end, date: explicit.date, rule: explicit.rule) }
                let date = publication.map { Self.latest(weekday: wd, onOrBefore: $0, strict: true) }
                return Match(first: k, end: j + 2, date: published(date.map { .day($0) }, "relative.ams"), rule: "relative.ams")
            }
            return dayOffset(k, end: j + 1, -1, "relative.ams")

        case .tonight:                                                // "الليلة الماضية": last night
            guard relation(j + 1) == .past else { return nil }
            return dayOffset(k, end: j + 2, -1, "relative.last-night")

        case .ordinal(1, article: false):                            // "أول أمس", "أول من أمس"
            var q = j + 1
            if word(q) == .from { q += 1 }
            guard word(q) == .yesterday else { return nil }
            return dayWithWeekday(k, weekdayAt: q + 1, -2, "relative.awwal-ams") ?? dayOffset(k, end: q + 1, -2, "relative.awwal-ams")

        case .tomorrowStem where prefixed:                            // "يوم غد", "صباح غد"
            if case .weekday? = word(j + 1) { return dayOffset(k, end: j + 2, 1, "relative.tomorrow") }
            return dayOffset(k, end: j + 1, 1, "relative.tomorrow")

        case .tomorrow:
            let hasArticle = tokens[j].stemHasArticle             // "الغد" is a noun unless "صباح الغد", "يوم الغد"
            var accepted = prefixed
            if !accepted && !hasArticle {
                // "غدا" is also the verb "became": take it when marked "غداً", before a weekday
                // or the end of a clause, or with a future cue nearby.
                if tokens[j].tanween { accepted = true }
                else if case .weekday? = word(j + 1) { accepted = true }
                else if j + 1 >= tokens.count || tokens[j + 1].isClauseBreak { accepted = true }
                else if futureCue(first: j, end: j + 1) { accepted = true }
            }
            guard accepted else { return nil }
            if case .weekday? = word(j + 1) { return dayOffset(k, end: j + 2, 1, "relative.tomorrow") }
            return dayOffset(k, end: j + 1, 1, "relative.tomorrow")

        case .weekday(let wd):
            if isWeekdayTrap(j) { return nil }
            var end = j + 1
            let r = relation(end)
            if r != nil { end += 1 }
            if r == nil, let explicit = explicitAfterWeekday(end) {
                return Match(first: k, end: explicit.end, date: explicit.date, rule: explicit.rule)
            }
            // "يوم الخميس من الأسبوع الماضي": that weekday of the (ISO) week named after it, not the week.
            if r == nil, word(end) == .from, word(end + 1) == .period(.week), let weekRelation = relation(end + 2) {
                let delta = weekRelation == .past ? -1 : weekRelation == .next ? 1 : 0
                let rule = "relative.weekday-of-week"
                let date = publication.map { p -> Day in
                    let inWeek = p.adding(days: 7 * delta)
                    return inWeek.adding(days: wd - inWeek.isoWeekday)
                }
                return Match(first: k, end: end + 3, date: published(date.map { .day($0) }, rule), rule: rule)
            }
            let rule: String
            var date: Day?
            switch r {
            case .past?:
                rule = "relative.weekday-last"
                date = publication.map { Self.latest(weekday: wd, onOrBefore: $0, strict: true) }
            case .next?:
                rule = "relative.weekday-next"
                date = publication.map { Self.earliest(weekday: wd, onOrAfter: $0, strict: true) }
            case .current?, nil:
                if futureCue(first: k, end: end) {
                    rule = "relative.weekday-future"
                    date = publication.map { Self.earliest(weekday: wd, onOrAfter: $0, strict: false) }
                } else {
                    rule = "relative.weekday-past"
                    date = publication.map { Self.latest(weekday: wd, onOrBefore: $0, strict: false) }
                }
            }
            return Match(first: k, end: end, date: published(date.map { .day($0) }, rule), rule: rule)

        default:
            return nil
        }
    }

    /// A day counted from publication with its weekday in apposition ("أول أمس الاثنين",
    /// "أمس الأول الأحد"): an explicit date after the weekday decides; otherwise the weekday
    /// does, on the day of that weekday nearest to publication + `days`: the writer names the
    /// weekday on purpose, and a count off by one (an article dated the day after it was
    /// written) is the commoner slip. Nil when no weekday follows.
    private func dayWithWeekday(_ k: Int, weekdayAt w: Int, _ days: Int, _ rule: String) -> Match? {
        guard case .weekday(let wd)? = word(w), !isWeekdayTrap(w) else { return nil }
        if let explicit = explicitAfterWeekday(w + 1) { return Match(first: k, end: explicit.end, date: explicit.date, rule: explicit.rule) }
        let date = publication.map { Self.nearest(weekday: wd, to: $0.adding(days: days)) }
        return Match(first: k, end: w + 1, date: published(date.map { .day($0) }, rule), rule: rule)
    }

    /// The day of `weekday` nearest to `d` (at most three days away; 7 is odd, so no tie).
    static func nearest(weekday: Int, to d: Day) -> Day {
        let back = (d.isoWeekday - weekday + 7) % 7
        return back <= 3 ? d.adding(days: -back) : d.adding(days: 7 - back)
    }

    private func dayOffset(_ k: Int, end: Int, _ days: Int, _ rule: String) -> Match {
        Match(first: k, end: end, date: published(publication.map { .day($0.adding(days: days)) }, rule), rule: rule)
    }

    /// "الخميس 19 آذار 2020", "الخميس، 19 آذار", "الخميس (19 آذار 2020)", "الاثنين الثالث من الشهر
    /// الجاري": the explicit date decides.
    private func explicitAfterWeekday(_ j: Int) -> Match? {
        var q = j
        var opened = false
        if kind(q) == .open {
            opened = true; q += 1
        } else if kind(q) == .clauseBreak, kind(q + 1) == .number || kind(q + 1) == .numericDate {
            q += 1
        }
        if word(q) == .corresponding { q += 1 }            // "الخميس الموافق 19 آذار"
        // A day in words counts too ("الاثنين الثالث من الشهر الجاري"): dayFirst takes it only before من + a month.
        let inWords = kind(q) == .word && dayOfMonth(q)?.inWords == true
        guard kind(q) == .number || kind(q) == .numericDate || inWords else { return nil }
        let explicit = kind(q) == .numericDate ? numericDate(q) : inWords ? dayFirst(q) : spacedNumericDate(q) ?? dayFirst(q)
        guard var m = explicit, m.date?.precision == .day || m.date == nil else { return nil }
        if opened, kind(m.end) == .close { m.end += 1 }
        return m
    }

    /// "اليوم" is a date when it stands as a time adverbial. It is a noun, not a date, when
    /// - a preposition clitic is attached ("لليوم", "باليوم"),
    /// - an adjective that makes it "the day" follows ("اليوم التالي", "اليوم الأول", "اليوم نفسه",
    ///   "اليوم الذي"); any other definite word after it is taken as the object of the verb
    ///   ("أعلنت القوات اليوم السيطرة على ..."),
    /// - a demonstrative or "منذ/حتى" precedes ("ذلك اليوم", "حتى اليوم"),
    /// - a place name precedes: "بغداد اليوم", "روسيا اليوم" are outlets, "العراق اليوم" is "nowadays".
    private func isTodayAdverbial(_ j: Int) -> Bool {
        if tokens[j].hasPrepositionClitic { return false }
        switch word(j - 1) {
        case .demonstrativeBefore?, .sameBefore?, .this?, .outletPlace?, .preposition(.since)?, .preposition(.until)?: return false
        default: return true
        }
    }

    /// "في اليوم التالي" (+1), "صباح اليوم نفسه" (0), "اليوم السابق" (−1), counted from the
    /// story's day when one is given.
    private func storyDay(_ k: Int, day j: Int) -> Match? {
        guard story != nil else { return nil }
        let offset: Int, rule: String, end: Int
        switch word(j + 1) {
        case .followingDay?: (offset, rule, end) = (1, "story.next-day", j + 2)
        case .sameDay?: (offset, rule, end) = (0, "story.same-day", j + 2)
        case .relation(.past)?: (offset, rule, end) = (-1, "story.previous-day", j + 2)
        default: return nil
        }
        return storyMatch(first: k, end: end, offset: offset, rule: rule)
    }

    /// "ذلك اليوم", "نفس اليوم", "ذات اليوم": the story's day.
    private func sameDayBefore(_ k: Int) -> Match? {
        guard story != nil, word(k + 1) == .today, !tokens[k + 1].hasPrepositionClitic else { return nil }
        return storyMatch(first: k, end: k + 2, offset: 0, rule: "story.same-day")
    }

    private func storyMatch(first: Int, end: Int, offset: Int, rule: String) -> Match? {
        guard let story else { return nil }
        var date = EventDate.day(story.start.adding(days: offset))
        date.trace = DateTrace(anchor: "story \(story.start.iso)", rule: rule)
        return Match(first: first, end: end, date: date, rule: rule)
    }

    /// "اليوم التالي", "اليوم الأول", "اليوم نفسه", "اليوم الذي": "the day", not today.
    private func isDayNounBeforeAdjective(_ j: Int) -> Bool {
        switch word(j + 1) {
        case .dayAdjective?, .followingDay?, .sameDay?, .ordinal(_, article: true)?, .relation?, .demonstrativeBefore?,
             .plannedAdjective?: return true
        default: return false
        }
    }

    /// "الأحد عشر" (eleven), "صلاة الجمعة" (the prayer), "كلا الاثنين" (both).
    private func isWeekdayTrap(_ j: Int) -> Bool {
        if case .cardinal(10)? = word(j + 1) { return true }
        if word(j - 1) == .prayer { return true }
        if word(j) == .weekday(1), word(j - 1) == .both { return true }
        return false
    }

    static func latest(weekday: Int, onOrBefore p: Day, strict: Bool) -> Day {
        var back = (p.isoWeekday - weekday + 7) % 7
        if strict && back == 0 { back = 7 }
        return p.adding(days: -back)
    }

    static func earliest(weekday: Int, onOrAfter p: Day, strict: Bool) -> Day {
        var ahead = (weekday - p.isoWeekday + 7) % 7
        if strict && ahead == 0 { ahead = 7 }
        return p.adding(days: ahead)
    }

    // MARK: - Future cues

    /// "حتى 11 نيسان", "بحلول أيار", "قبل 31 كانون الأول": a deadline, so the nearest such
    /// date either way, not necessarily the past one.
    private func pointsForward(_ k: Int) -> Bool {
        var q = k - 1
        if case .part? = word(q) { q -= 1 }
        switch word(q) {
        case .preposition(.until)?, .preposition(.by)?, .preposition(.before)?: return true
        default: return false
        }
    }

    /// A future cue in the clause around tokens [first, end): backwards to the clause start,
    /// forwards to the clause end or a complementizer ("قال الأحد إنه سينسحب" is a past Sunday).
    func futureCue(first: Int, end: Int) -> Bool {
        guard !cueBefore.isEmpty else { return false }
        return cueBefore[first] || cueAfter[end]
    }

    @inline(__always)
    private static func isFutureCue(_ k: Int, in tokens: [DateToken]) -> Bool {
        isFutureCue(k, in: tokens, within: 0..<tokens.count)
    }

    /// Whether token k is a future cue when the text is cut to the tokens `within`: the words
    /// the cue reads beside it must lie inside the cut, as they would in the cut's own tokens.
    @inline(__always)
    private static func isFutureCue(_ k: Int, in tokens: [DateToken], within bounds: Range<Int>) -> Bool {
        // Most tokens are words without a date meaning: one test, no copy of the token.
        guard tokens[k].isFutureVerb || tokens[k].hasWord else { return false }
        return isFutureCueWord(k, in: tokens, within: bounds)
    }

    private static func isFutureCueWord(_ k: Int, in tokens: [DateToken], within bounds: Range<Int>) -> Bool {
        let t = tokens[k]
        guard t.kind == .word else { return false }
        if t.isFutureVerb { return true }
        guard let w = t.word else { return false }
        func previous() -> DateWord? { k > bounds.lowerBound && tokens[k - 1].kind == .word ? tokens[k - 1].word : nil }
        func next() -> DateWord? { k + 1 < bounds.upperBound && tokens[k + 1].kind == .word ? tokens[k + 1].word : nil }
        switch w {
        case .future, .intentVerb: return true
        case .relation(.next): return next() != .from              // "القادمة من طهران": coming from
        case .plannedAdjective(let needsMin): return !needsMin || previous() == .from
        case .later: return previous() == .time                  // "في وقت لاحق"
        case .tomorrow:
            // "غداً"; not "الغد", nor the verb "غدا" (became) before its definite subject ("غدا الوضع").
            guard !t.stemHasArticle else { return false }
            if case .weekday? = next() { return true }
            return t.tanween || !(k + 1 < bounds.upperBound && tokens[k + 1].kind == .word && tokens[k + 1].stemHasArticle)
        default: return false
        }
    }

    /// `containsFutureCue()` of the clause of scalars [start, end) of the sentence these are the
    /// tokens of, read from the sentence's tokens instead of tokenizing the clause again; nil
    /// when a token runs across either end (then the clause's own tokens would differ).
    ///
    /// The tokens lying wholly inside the clause are those the clause's own tokenizing makes:
    /// a token ends only at a scalar outside its class, the same in both texts, and a word's
    /// meaning and marks depend on its own letters alone. What may differ is the kind of a
    /// number (a letter or a clitic before it, a Latin letter after it), and numbers are never
    /// cues nor words beside one. So the answer is the sentence's cue test with the neighbours
    /// of each word cut at the clause's ends.
    ///
    /// The tokens are sorted and do not overlap, so the clause's tokens are found by two binary
    /// searches: the only token that can run across `start` is the last one starting before it,
    /// and likewise for `end`. O(log n + tokens of the clause) instead of a pass over the whole
    /// sentence for every trigger's clause (`containsFutureCueByScan`, the first form, checks it
    /// in debug builds).
    static func containsFutureCue(_ tokens: [DateToken], scalars start: Int, _ end: Int) -> Bool? {
        let found = tokens.withUnsafeBufferPointer { all -> Bool? in
            let first = firstToken(startingAtOrAfter: start, in: all)
            if first > 0, all[first - 1].end > start { return nil }
            let last = firstToken(startingAtOrAfter: end, in: all)
            if last > 0, all[last - 1].end > end { return nil }
            // Every token of [first, last) starts at or after `start` and ends by `end` (the one
            // before `last` was just checked; each other ends before the next one starts).
            guard first < last else { return false }
            let bounds = first..<last
            return bounds.contains { isFutureCue($0, in: tokens, within: bounds) }
        }
        assert(found == containsFutureCueByScan(tokens, scalars: start, end), "the binary search must find the clause the scan finds")
        return found
    }

    /// The index of the first token whose start is at or after `scalar` (`tokens.count` if none).
    private static func firstToken(startingAtOrAfter scalar: Int, in tokens: UnsafeBufferPointer<DateToken>) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < scalar { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// `containsFutureCue(_:scalars:_:)` by one pass over every token: the reference the binary
    /// search is checked against.
    static func containsFutureCueByScan(_ tokens: [DateToken], scalars start: Int, _ end: Int) -> Bool? {
        var first = tokens.count, last = 0
        for k in tokens.indices {
            let t = tokens[k]
            if t.start < start && t.end > start || t.start < end && t.end > end { return nil }
            if t.start >= start && t.end <= end {
                first = min(first, k); last = k + 1
            }
        }
        guard first < last else { return false }
        let bounds = first..<last
        return bounds.contains { isFutureCue($0, in: tokens, within: bounds) }
    }
}

extension EventDate {
    /// Whether the date was counted from the publication day ("أمس", "الثلاثاء الماضي", the week
    /// before publication when nothing dates an event) rather than written out or read in another
    /// sentence: its anchor is `DateGrammar.publishedAnchor`.
    var isCountedFromPublication: Bool { trace?.anchor.hasPrefix(DateGrammar.publishedAnchorPrefix) ?? false }
}
