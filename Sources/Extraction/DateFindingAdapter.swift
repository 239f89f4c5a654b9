import GraphModel

/// The date rules of `DateResolver`, seen through `DateFinding`.
public struct ResolverDateFinding: DateFinding {
    public let resolver: DateResolver
    public init(publication: Day?) { resolver = DateResolver(publication: publication) }

    public func dates(in sentence: String) -> [(range: Range<Int>, date: EventDate?)] {
        resolver.mentions(in: sentence).map { ($0.range, $0.date) }
    }
    public func hasFutureCue(_ text: String) -> Bool { resolver.hasFutureCue(text) }

    /// Reads the sentence's bytes in place in the article's text: the extractor asks for the
    /// dates of every sentence holding a trigger, and building each sentence as a String (and
    /// each mention's text, which it never reads) was a good part of the date layer's cost.
    public func dates(in sentence: Sentence, of text: TokenizedText) -> [(range: Range<Int>, date: EventDate?)] {
        let found = text.withUTF8(sentence.start, sentence.end) { resolver.dateSpans(utf8: $0) }
        assert(Self.same(found, dates(in: text.text(of: sentence))), "the dates read from the bytes must be those read from the sentence's String")
        return found
    }

    /// The dates of `dates(in:of:)` and the sentence's date tokens, for the clause tests of
    /// `hasFutureCue(in:sentence:tokens:from:to:)`.
    func sentenceDates(in sentence: Sentence, of text: TokenizedText) -> (spans: [(range: Range<Int>, date: EventDate?)], tokens: [DateToken]) {
        let found = text.withUTF8(sentence.start, sentence.end) { resolver.sentenceDates(utf8: $0) }
        assert(Self.same(found.spans, dates(in: text.text(of: sentence))), "the dates read from the bytes must be those read from the sentence's String")
        return found
    }

    /// `hasFutureCue(in: text, from: start, to: end)` of a clause of `sentence`, answered from the
    /// sentence's date tokens when the clause starts and ends between them (it does when it
    /// starts and ends with the extractor's words), else by tokenizing the clause.
    func hasFutureCue(in text: TokenizedText, sentence: Sentence, tokens: [DateToken], from start: Int, to end: Int) -> Bool {
        if start >= sentence.start, end <= sentence.end, start <= end,
           let found = resolver.hasFutureCue(tokens: tokens, from: start - sentence.start, to: end - sentence.start) {
            assert(found == hasFutureCue(in: text, from: start, to: end), "the cue read from the sentence's tokens must be that of the clause's own")
            return found
        }
        return hasFutureCue(in: text, from: start, to: end)
    }

    public func hasFutureCue(in text: TokenizedText, from start: Int, to end: Int) -> Bool {
        let found = text.withUTF8(start, end) { resolver.hasFutureCue(utf8: $0) }
        assert(found == hasFutureCue(text.text(start, end)), "the cue read from the bytes must be that of the clause's String")
        return found
    }

    /// The same spans with the same dates (and traces), in the same order.
    static func same(_ a: [(range: Range<Int>, date: EventDate?)], _ b: [(range: Range<Int>, date: EventDate?)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.range == $1.range && $0.date == $1.date && $0.date?.trace == $1.date?.trace }
    }
}

extension DateFinding {
    public func dates(in sentence: Sentence, of text: TokenizedText) -> [(range: Range<Int>, date: EventDate?)] {
        dates(in: text.text(of: sentence))
    }
    public func hasFutureCue(in text: TokenizedText, from start: Int, to end: Int) -> Bool {
        hasFutureCue(text.text(start, end))
    }
}

extension TokenizedText {
    /// The UTF-8 bytes of the scalar span [start, end) of the original text, in place: the
    /// same bytes, clamped the same way, as the String `text(start, end)` holds.
    func withUTF8<R>(_ start: Int, _ end: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let lower = max(0, start), upper = min(end, scalars.count)
        guard lower < upper else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let from = Int(utf8Offsets[lower]), to = Int(utf8Offsets[upper])
        if let r = source.utf8.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[from..<to])) }) { return r }
        var copy = text(lower, upper)
        return copy.withUTF8(body)
    }
}

extension Extractor {
    /// An extractor using the project's date rules.
    public init(gazetteer: Gazetteer, options: ExtractionOptions = .init()) {
        self.init(gazetteer: gazetteer, options: options, dateFinder: { ResolverDateFinding(publication: $0) })
    }
}
