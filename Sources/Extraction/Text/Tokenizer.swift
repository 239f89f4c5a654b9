/// A word, number or punctuation mark of an article, with its span in the original text.
public struct Token: Sendable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation }
    public var kind: Kind
    /// Folded form (see `ArabicFolding`): what matching compares.
    public var norm: String
    /// [start, end) in Unicode scalars of the original text.
    public var start: Int
    public var end: Int
    /// The clitic readings of a word (`Clitics.readings`), computed once: every rule tests them.
    public var readings: [(Substring, Int)]
    /// `ArabicFolding.key` of each reading, in the same order.
    public var keys: [UInt64]

    public init(kind: Kind, norm: String, start: Int, end: Int) {
        self.kind = kind; self.norm = norm; self.start = start; self.end = end
        readings = kind == .word ? Clitics.readings(of: norm) : []
        keys = readings.map { ArabicFolding.key($0.0) }
    }

    public var isWord: Bool { kind == .word }
}

/// A sentence: a run of tokens, with its span in the original text.
public struct Sentence: Sendable, Hashable {
    public var index: Int
    /// Paragraphs are separated by blank lines; used to bound how far a date carries.
    public var paragraph: Int
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
}

/// The text of one article, split into tokens and sentences, with both layers kept:
/// the original scalars for display and evidence, the folded token forms for matching.
public struct TokenizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// The original text as UTF-8, and the byte offset of each scalar (plus one past the end):
    /// a span's text is one slice of bytes, not a string rebuilt scalar by scalar.
    let utf8: [UInt8]
    let utf8Offsets: [Int32]

    /// The original text of a scalar span.
    public func text(_ start: Int, _ end: Int) -> String {
        let lower = max(0, start), upper = min(end, scalars.count)
        guard lower < upper else { return "" }
        return String(decoding: utf8[Int(utf8Offsets[lower])..<Int(utf8Offsets[upper])], as: UTF8.self)
    }
    public func text(of sentence: Sentence) -> String { text(sentence.start, sentence.end) }

    /// Splits `text` into tokens and sentences in one pass, O(n) in scalars.
    ///
    /// Sentence ends: `.`, `!`, `?`, `؟` and line breaks. A `.` is not an end inside a
    /// number (`2020.03.20`, `3.5`), after a single Latin letter (`U.S.`), or when the next
    /// word follows without a space. Quotes and brackets never end a sentence.
    public init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        utf8 = Array(text.utf8)
        var offsets: [Int32] = []
        offsets.reserveCapacity(scalars.count + 1)
        var byte: Int32 = 0
        for s in scalars { offsets.append(byte); byte += Int32(UTF8.width(s)) }
        offsets.append(byte)
        utf8Offsets = offsets
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var sentences: [Sentence] = []
        var sentenceStartToken = 0
        var paragraph = 0
        var newlineRun = 0

        func closeSentence() {
            guard sentenceStartToken < tokens.count else { return }
            // Trailing or leading punctuation alone is not a sentence.
            if tokens[sentenceStartToken..<tokens.count].contains(where: { $0.kind != .punctuation }) {
                sentences.append(Sentence(index: sentences.count, paragraph: paragraph,
                                          tokens: sentenceStartToken..<tokens.count,
                                          start: tokens[sentenceStartToken].start,
                                          end: tokens[tokens.count - 1].end))
            }
            sentenceStartToken = tokens.count
        }

        var i = 0
        let n = scalars.count
        // The folded word as UTF-8 bytes: appending to a String's scalar view costs a
        // range replacement per scalar.
        var word: [UInt8] = []
        word.reserveCapacity(64)
        func append(_ u: Unicode.Scalar) { UTF8.encode(u) { word.append($0) } }
        while i < n {
            let s = scalars[i]
            let cls = ArabicFolding.classify(s)
            switch cls {
            case .letter, .digit, .mark:
                // A word or a number: letters, digits and marks; digits joined by . / : stay one number.
                let start = i
                word.removeAll(keepingCapacity: true)
                var hasLetter = false
                var j = i
                while j < n {
                    let c = scalars[j]
                    let k = ArabicFolding.classify(c)
                    if k == .letter { hasLetter = true; append(ArabicFolding.fold(c)) }
                    else if k == .digit { append(ArabicFolding.fold(c)) }
                    else if k == .mark { }
                    else if !hasLetter, c == "." || c == ":" || c == "/" || c == ",",
                            j + 1 < n, ArabicFolding.classify(scalars[j + 1]) == .digit,
                            j > start, ArabicFolding.classify(scalars[j - 1]) == .digit {
                        append(c)
                    } else { break }
                    j += 1
                }
                if !word.isEmpty {
                    tokens.append(Token(kind: hasLetter ? .word : .number, norm: String(decoding: word, as: UTF8.self), start: start, end: j))
                }
                newlineRun = 0
                i = j
            case .space:
                i += 1
            case .newline:
                if s == "\r", i + 1 < n, scalars[i + 1] == "\n" { i += 1 }
                newlineRun += 1
                closeSentence()
                if newlineRun == 2 { paragraph += 1 }
                i += 1
            case .punctuation:
                tokens.append(Token(kind: .punctuation, norm: String(s), start: i, end: i + 1))
                newlineRun = 0
                if s == "!" || s == "?" || s == "\u{061F}" || s == "\u{06D4}" {
                    closeSentence()
                } else if s == "." {
                    let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
                    let abbreviation = previous.map { $0.kind == .word && $0.end == i && $0.norm.unicodeScalars.count == 1
                        && $0.norm.unicodeScalars.first!.isASCII } ?? false
                    let glued = i + 1 < n && ArabicFolding.classify(scalars[i + 1]) == .letter
                        && i + 1 < n && scalars[i + 1].isASCII
                    if !abbreviation && !glued { closeSentence() }
                }
                i += 1
            }
        }
        closeSentence()
        self.tokens = tokens
        self.sentences = sentences
    }
}
