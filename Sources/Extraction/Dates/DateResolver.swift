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
/// resolve against the publication day, as in HeidelTime's news mode: a bare weekday is the
/// latest such day on or before publication, unless a future cue stands in its clause.
/// Without a publication day they are still reported, with `date == nil`.
///
/// Cost: one pass over the sentence's scalars to tokenize, then a leftmost-longest scan
/// whose rules each read a bounded number of tokens: O(n) per sentence, no regular expressions.
public struct DateResolver: Sendable {
    public let publication: Day?

    public init(publication: Day?) {
        self.publication = publication
    }

    /// The date expressions of `sentence`, sorted by start and non-overlapping.
    public func mentions(in sentence: String) -> [DateMention] {
        let scalars = Array(sentence.unicodeScalars)
        let tokens = DateTokenizer.tokenize(scalars)
        let matches = DateGrammar(tokens: tokens, publication: publication).matches()
        return matches.map { Self.mention($0, tokens: tokens, scalars: scalars, offset: 0) }
    }

    /// Whether the clause speaks of the future: سوف، لن، سـ + imperfect verb (سينسحب، ستنسحب،
    /// سيتم، سنرد، سأعود), من المقرر / المنتظر / المتوقع / المرتقب، المزمع، يعتزم، يخطط، ينوي،
    /// في وقت لاحق، المقبل / القادم، غداً. Words that only begin with س (سوريا، سليماني، سيارة،
    /// سنة، سنوات) are not cues.
    public func hasFutureCue(_ clause: String) -> Bool {
        let tokens = DateTokenizer.tokenize(Array(clause.unicodeScalars))
        return DateGrammar(tokens: tokens, publication: publication).containsFutureCue()
    }

    /// The number of non-empty lines searched for a dateline.
    static let datelineLines = 5
    /// The number of scalars searched for a dateline.
    static let datelineScalars = 2_000

    /// The publication date printed near the top of an article: the first full date (day,
    /// month and year: "الثلاثاء 17 اذار 2020", "2020.03.20 - 12:28", "20/03/2020",
    /// "17 مارس 2020", in any digits) in its first five non-empty lines.
    public static func dateline(in text: String) -> DateMention? {
        let scalars = Array(text.unicodeScalars.prefix(datelineScalars))
        var lineStart = 0
        var linesSeen = 0
        while lineStart < scalars.count, linesSeen < datelineLines {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            let line = Array(scalars[lineStart..<lineEnd])
            if line.contains(where: { !$0.properties.isWhitespace }) {
                linesSeen += 1
                let tokens = DateTokenizer.tokenize(line)
                for m in DateGrammar(tokens: tokens, publication: nil).matches() {
                    guard var date = m.date, date.precision == .day, m.rule.hasPrefix("explicit.") else { continue }
                    let rule = "dateline." + m.rule.dropFirst("explicit.".count)
                    date.trace = DateTrace(anchor: "explicit \(date.iso)", rule: rule)
                    var mention = mention(m, tokens: tokens, scalars: line, offset: lineStart)
                    mention.date = date
                    mention.rule = rule
                    return mention
                }
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    private static func mention(_ m: DateGrammar.Match, tokens: [DateToken], scalars: [Unicode.Scalar], offset: Int) -> DateMention {
        let lower = tokens[m.first].stemStart
        let upper = tokens[m.end - 1].end
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return DateMention(range: (lower + offset)..<(upper + offset), text: String(view), date: m.date, rule: m.rule)
    }
}
