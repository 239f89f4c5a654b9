import GraphModel

/// What the date finder read in one sentence, kept for the article: the rules ask about a
/// sentence's dates many times (its date mentions once per trigger and for each sentence
/// after it, every span for the period bounds of a withdrawal and for a reprisal's own
/// report) and whether each trigger's clause speaks of the future.
///
/// The clause test used to tokenize the clause again (a sixth of the date layer's work); the
/// sentence's date tokens answer it (`DateGrammar.containsFutureCue`) whenever the clause
/// starts and ends between them, which a clause cut at the extractor's words nearly always
/// does. Debug builds check each answer against the clause's own tokens.
struct SentenceDateReading {
    /// Every span the grammar found, with its date or nil (`DateFinding.dates(in:of:)`).
    var spans: [(range: Range<Int>, date: EventDate?)]
    /// The sentence's date tokens, when the project's finder read them.
    var tokens: [DateToken]?
}

extension DocumentRun {
    /// The date spans and tokens of a sentence, read once per article.
    func dateReading(of s: Sentence) -> SentenceDateReading {
        if let cached = dateReadings[s.index] { return cached }
        let reading: SentenceDateReading
        if let finder = resolverDates {
            let (spans, tokens) = finder.sentenceDates(in: s, of: text)
            reading = SentenceDateReading(spans: spans, tokens: tokens)
        } else {
            reading = SentenceDateReading(spans: dates.dates(in: s, of: text), tokens: nil)
        }
        dateReadings[s.index] = reading
        return reading
    }

    /// `dates.hasFutureCue(in: text, from: start, to: end)` for a clause of sentence `s`.
    func clauseHasFutureCue(in s: Sentence, from start: Int, to end: Int) -> Bool {
        if let finder = resolverDates, let tokens = dateReading(of: s).tokens {
            return finder.hasFutureCue(in: text, sentence: s, tokens: tokens, from: start, to: end)
        }
        return dates.hasFutureCue(in: text, from: start, to: end)
    }
}
