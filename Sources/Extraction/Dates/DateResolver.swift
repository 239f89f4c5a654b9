import GraphModel

/// A date expression found in a sentence.
public struct DateMention: Hashable, Sendable {
    /// Unicode-scalar offsets within the sentence given to `DateResolver.mentions(in:)`
    /// (within the whole text for `DateResolver.dateline(in:)`). Leading clitics are left out:
    /// the span of "والأربعاء" is "الأربعاء".
    public var range: Range<Int>
    /// The original text of the span.
    public var text: String
    /// The resolved date, with its precision and trace (anchor + rule); nil when it cannot be
    /// resolved (a relative expression without a publication date, or a vague one such as
    /// "منذ أيام"). Never a guess.
    public var date: EventDate?
    /// The rule that matched, e.g. "explicit.day-month-year", "relative.weekday-past".
    public var rule: String

    public init(range: Range<Int>, text: String, date: EventDate?, rule: String) {
        self.range = range
        self.text = text
        self.date = date
        self.rule = rule
    }
}

/// Finds and resolves the dates of Arabic news text against a publication day.
///
/// Explicit dates in both month-name systems, numeric dates and years resolve on their own;
/// relative expressions (اليوم، أمس، a weekday, الأسبوع الماضي, "28 ديسمبر" without a year)
/// resolve against the publication day, as in HeidelTime's news mode (J. Strötgen and
/// M. Gertz, "Multilingual and cross-domain temporal tagging", Language Resources and
/// Evaluation 47(2), 2013): a bare weekday is the latest such day on or before publication,
/// unless a future cue stands in its clause. Without a publication day they are still
/// reported, with `date == nil`.
///
/// Cost: one pass over the sentence's scalars to tokenize, then a leftmost-longest scan
/// whose rules each read a bounded number of tokens: O(n) per sentence, no regular expressions.
public struct DateResolver: Sendable {
    public let publication: Day?
    /// The anchor of the dates counted from publication, formatted once.
    let publishedAnchor: String?

    public init(publication: Day?) {
        self.publication = publication
        publishedAnchor = publication.map(DateGrammar.publishedAnchor)
    }

    /// The date expressions of `sentence`, sorted by start and non-overlapping.
    public func mentions(in sentence: String) -> [DateMention] {
        var sentence = sentence
        return sentence.withUTF8 { utf8 in
            let tokens = DateTokenizer.tokenize(utf8: utf8)
            let matches = DateGrammar(tokens: tokens, publication: publication, publishedAnchor: publishedAnchor).matches()
            return matches.map { Self.mention($0, tokens: tokens, utf8: utf8, offset: 0) }
        }
    }

    /// The spans and dates of `mentions(in:)`, read from the sentence's UTF-8 bytes: no String
    /// is built for the sentence nor for the text of each mention. `mentions(in: s)` gives the
    /// same spans and dates for the String `s` of these bytes.
    func dateSpans(utf8: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, date: EventDate?)] {
        sentenceDates(utf8: utf8).spans
    }

    /// `dateSpans(utf8:)` and the sentence's tokens, which answer the future-cue test of a
    /// clause of the sentence (`hasFutureCue(tokens:from:to:)`) without tokenizing it again.
    func sentenceDates(utf8: UnsafeBufferPointer<UInt8>) -> (spans: [(range: Range<Int>, date: EventDate?)], tokens: [DateToken]) {
        var roles: UInt8 = 0
        let tokens = DateTokenizer.tokenize(utf8: utf8, roles: &roles)
        // No token a rule starts at (a third of the sentences): no match, and no grammar to build.
        guard roles & DateLexicon.Role.starts != 0 else {
            assert(DateGrammar(tokens: tokens, publication: publication, publishedAnchor: publishedAnchor).matches().isEmpty,
                   "a date matched in a sentence without a token a rule starts at")
            return ([], tokens)
        }
        let matches = DateGrammar(tokens: tokens, publication: publication, publishedAnchor: publishedAnchor, roles: roles).matches()
        return (matches.map { m in (tokens[m.first].stemStart..<tokens[m.end - 1].end, m.date) }, tokens)
    }

    /// `hasFutureCue(_:)` of the scalars [start, end) of the sentence whose tokens these are;
    /// nil when a token of the sentence runs across either end (`DateGrammar.containsFutureCue`).
    func hasFutureCue(tokens: [DateToken], from start: Int, to end: Int) -> Bool? {
        DateGrammar.containsFutureCue(tokens, scalars: start, end)
    }

    /// `hasFutureCue(_:)` of the clause whose UTF-8 bytes these are.
    func hasFutureCue(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        DateGrammar(tokens: DateTokenizer.tokenize(utf8: utf8), publication: publication, publishedAnchor: publishedAnchor).containsFutureCue()
    }

    /// As `mentions(in:)`, and also the expressions that count from the day the story is at
    /// rather than from publication: "في اليوم التالي" (+1), "اليوم نفسه", "في ذلك اليوم",
    /// "نفس اليوم" (0), "اليوم السابق" (−1). `storyDay` is the caller's choice, typically the
    /// last explicit day-precision date before this sentence; these dates carry the anchor
    /// "story YYYY-MM-DD" and a rule "story.…". Without a day-precision `storyDay` the result
    /// is that of `mentions(in:)`.
    public func mentions(in sentence: String, storyDay: EventDate?) -> [DateMention] {
        var sentence = sentence
        return sentence.withUTF8 { utf8 in
            let tokens = DateTokenizer.tokenize(utf8: utf8)
            let matches = DateGrammar(tokens: tokens, publication: publication, publishedAnchor: publishedAnchor, story: storyDay).matches()
            return matches.map { Self.mention($0, tokens: tokens, utf8: utf8, offset: 0) }
        }
    }

    /// Whether the clause speaks of the future: سوف، لن، سـ + imperfect verb (سينسحب، ستنسحب،
    /// سيتم، سنرد، سأعود), من المقرر / المنتظر / المتوقع / المرتقب، المزمع، يعتزم، يخطط، ينوي،
    /// في وقت لاحق، المقبل / القادم، غداً. Words that only begin with س (سوريا، سليماني، سيارة،
    /// سنة، سنوات) are not cues.
    public func hasFutureCue(_ clause: String) -> Bool {
        DateGrammar(tokens: DateTokenizer.tokenize(clause), publication: publication, publishedAnchor: publishedAnchor).containsFutureCue()
    }

    /// The number of non-empty lines searched for a dateline.
    static let datelineLines = 5
    /// The number of bytes searched for a dateline.
    static let datelineBytes = 8_000

    /// The publication date printed near the top of an article: the first full date (day,
    /// month and year: "الثلاثاء 17 اذار 2020", "2020.03.20 - 12:28", "20/03/2020",
    /// "17 مارس 2020", "Mar 28, 2020", in any digits) in its first five non-empty lines. Lines
    /// of Latin prose (photo captions, credits) are skipped.
    public static func dateline(in text: String) -> DateMention? {
        var text = text
        return text.withUTF8 { all in
            let limit = min(all.count, datelineBytes)
            var lineStart = 0, lineScalarStart = 0, linesSeen = 0
            while lineStart < limit, linesSeen < datelineLines {
                var lineEnd = lineStart
                while lineEnd < all.count, all[lineEnd] != 0x0A { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
                var latin = 0, arabic = 0, digits = 0, scalars = 0
                var b = 0
                while b < line.count {
                    let (v, length) = DateTokenizer.decode(line, b)
                    if DateScalars.isLatinLetter(v) { latin += 1 } else if DateScalars.isArabicLetter(v) { arabic += 1 }
                    if DateScalars.digitValue(v) != nil { digits += 1 }
                    b += length; scalars += 1
                }
                if latin + arabic + digits > 0 {
                    linesSeen += 1
                    // A line of Latin prose is a photo caption or a credit, not the dateline
                    // ("Mar 28, 2020" alone still counts).
                    if latin <= arabic || latin <= 12, let found = datelineMention(line, scalarOffset: lineScalarStart) { return found }
                }
                lineStart = lineEnd + 1
                lineScalarStart += scalars + 1
            }
            return nil
        }
    }

    private static func datelineMention(_ line: UnsafeBufferPointer<UInt8>, scalarOffset: Int) -> DateMention? {
        let tokens = DateTokenizer.tokenize(utf8: line)
        for m in DateGrammar(tokens: tokens, publication: nil).matches() {
            guard var date = m.date, date.precision == .day, m.rule.hasPrefix("explicit.") else { continue }
            let rule = "dateline." + m.rule.dropFirst("explicit.".count)
            date.trace = DateTrace(anchor: "explicit \(date.iso)", rule: rule)
            var found = mention(m, tokens: tokens, utf8: line, offset: scalarOffset)
            found.date = date
            found.rule = rule
            return found
        }
        return nil
    }

    private static func mention(_ m: DateGrammar.Match, tokens: [DateToken], utf8: UnsafeBufferPointer<UInt8>, offset: Int) -> DateMention {
        let first = tokens[m.first], last = tokens[m.end - 1]
        let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[first.stemStartByte..<last.endByte]), as: UTF8.self)
        return DateMention(range: (first.stemStart + offset)..<(last.end + offset), text: text, date: m.date, rule: m.rule)
    }
}
