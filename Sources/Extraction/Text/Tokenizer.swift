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

    /// The original text of a scalar span.
    public func text(_ start: Int, _ end: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
        return String(v)
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
        var word = String.UnicodeScalarView()
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
                    if k == .letter { hasLetter = true; word.append(ArabicFolding.fold(c)) }
                    else if k == .digit { word.append(ArabicFolding.fold(c)) }
                    else if k == .mark { }
                    else if !hasLetter, c == "." || c == ":" || c == "/" || c == ",",
                            j + 1 < n, ArabicFolding.classify(scalars[j + 1]) == .digit,
                            j > start, ArabicFolding.classify(scalars[j - 1]) == .digit {
                        word.append(c)
                    } else { break }
                    j += 1
                }
                if !word.isEmpty {
                    tokens.append(Token(kind: hasLetter ? .word : .number, norm: String(word), start: start, end: j))
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
