/// One token of a sentence as the date grammar sees it.
///
/// Offsets count Unicode scalars (what `DateMention.range` reports); the UTF-8 offsets of the
/// stem and the end let the text of a span be cut without decoding the sentence again.
/// Stored compactly (44 bytes): tokens are built for every sentence of a corpus.
struct DateToken {
    enum Kind: UInt8 {
        case word, number, numericDate, otherNumber
        case clauseBreak, dash, slash, open, close, quote, other
    }

    var kind: Kind
    /// The stem carries the article ال (a definite noun or adjective).
    var stemHasArticle = false
    /// A preposition clitic ب/ل/ك was stripped ("باليوم", "للعام").
    var hasPrepositionClitic = false
    /// سـ + imperfect verb (سينسحب، ستنسحب، سيتم، سنرد، سأعود).
    var isFutureVerb = false
    /// The word carries tanween fath (غداً).
    var tanween = false
    /// The word is only clitic letters (و، ب، ف، ل، ك) or the article, which may attach to a
    /// number ("و2019", "الـ28").
    var isCliticOnly = false
    private var wordIndex: UInt16 = 0
    private var digitCounts: (UInt8, UInt8, UInt8) = (0, 0, 0)
    /// Scalar offsets: start, end, stem start; UTF-8 offsets: stem start, end.
    private var offsets: (Int32, Int32, Int32, Int32, Int32)
    private var values: (Int32, Int32, Int32) = (0, 0, 0)

    init(kind: Kind, start: Int, end: Int, startByte: Int, endByte: Int) {
        self.kind = kind
        offsets = (Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end), Int32(truncatingIfNeeded: start),
                   Int32(truncatingIfNeeded: startByte), Int32(truncatingIfNeeded: endByte))
    }

    var start: Int { Int(offsets.0) }
    var end: Int { Int(offsets.1) }
    /// Where the meaningful stem starts, after the clitics و ف ب ل ك ("والأربعاء" → "الأربعاء").
    var stemStart: Int { Int(offsets.2) }
    var stemStartByte: Int { Int(offsets.3) }
    var endByte: Int { Int(offsets.4) }
    mutating func setStem(scalar: Int, byte: Int) {
        offsets.2 = Int32(truncatingIfNeeded: scalar)
        offsets.3 = Int32(truncatingIfNeeded: byte)
    }

    var word: DateWord? { wordIndex == 0 ? nil : DateLexicon.meanings[Int(wordIndex)] }
    /// The token has a date meaning (`word != nil`), tested without reading the meanings table.
    var hasWord: Bool { wordIndex != 0 }
    mutating func setWord(index: UInt16) { wordIndex = index }

    /// Digit groups of a number: `value`/`digits` for a plain number; three groups for a numeric
    /// date. A group of more than nine digits has value -1.
    var value: Int { Int(values.0) }
    var value2: Int { Int(values.1) }
    var value3: Int { Int(values.2) }
    var digits: Int { Int(digitCounts.0) }
    var digits2: Int { Int(digitCounts.1) }
    var digits3: Int { Int(digitCounts.2) }
    mutating func setGroups(values v: (Int, Int, Int), digits d: (Int, Int, Int)) {
        values = (Int32(v.0), Int32(v.1), Int32(v.2))
        digitCounts = (UInt8(min(d.0, 255)), UInt8(min(d.1, 255)), UInt8(min(d.2, 255)))
    }

    /// Ends a clause for the purpose of future-cue windows.
    var isClauseBreak: Bool { kind == .clauseBreak || kind == .dash }
}

extension DateToken: Equatable {
    /// Every stored field alike (the tuples have no `==` of their own).
    static func == (a: DateToken, b: DateToken) -> Bool {
        a.kind == b.kind && a.stemHasArticle == b.stemHasArticle && a.hasPrepositionClitic == b.hasPrepositionClitic
            && a.isFutureVerb == b.isFutureVerb && a.tanween == b.tanween && a.isCliticOnly == b.isCliticOnly
            && a.wordIndex == b.wordIndex && a.digitCounts == b.digitCounts && a.offsets == b.offsets && a.values == b.values
    }
}

/// Splits a sentence into date tokens in one pass over its UTF-8 bytes: O(n) time, no
/// allocation per word (the folded letters go to a fixed scratch buffer), and the FNV hash
/// of the word is computed as the letters are read, so its lexicon lookup costs one filter
/// probe; a word starting with a clitic letter also looks up its stems.
enum DateTokenizer {
    static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628
    static let lam: UInt32 = 0x0644, kaf: UInt32 = 0x0643, sin: UInt32 = 0x0633
    static let ya: UInt32 = 0x064A, ta: UInt32 = 0x062A, nun: UInt32 = 0x0646
    /// Letters kept per word; a longer "word" (a URL, a hash) has no date meaning.
    static let maxWordLetters = 48

    /// One scalar decoded from valid UTF-8 (a Swift string's storage): its value and length.
    /// A two-byte scalar (every Arabic letter) through `utf8TwoByteValue`.
    @inline(__always)
    static func decode(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(u[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return (utf8TwoByteValue(b0, UInt32(u[i + 1])), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(u[i + 1] & 0x3F) << 12 | UInt32(u[i + 2] & 0x3F) << 6 | UInt32(u[i + 3] & 0x3F), 4)
    }

    /// The token a scalar that is neither a letter, a mark nor a digit makes on its own; nil for
    /// white space, which makes none. Shared by `tokenize` and `referenceTokenize`.
    @inline(__always)
    static func punctuationKind(_ v: UInt32) -> DateToken.Kind? {
        switch v {
        case 0x20, 0x09, 0xA0, 0x2000...0x200B, 0x202F, 0x3000: nil
        case 0x0A, 0x0D, 0x2E, 0x2C, 0x060C, 0x061B, 0x3B, 0x3A, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4, 0x2028, 0x2029: .clauseBreak
        case 0x2D, 0x2010...0x2015, 0x2212: .dash
        case 0x2F, 0x5C: .slash
        case 0x28, 0x5B, 0x7B, 0xFD3E: .open
        case 0x29, 0x5D, 0x7D, 0xFD3F: .close
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A: .quote
        default: .other
        }
    }

    static func tokenize(_ text: String) -> [DateToken] {
        var text = text
        return text.withUTF8 { tokenize(utf8: $0) }
    }

    static func tokenize(utf8 u: UnsafeBufferPointer<UInt8>) -> [DateToken] {
        var roles: UInt8 = 0
        return tokenize(utf8: u, roles: &roles)
    }

    /// The tokens of a sentence, and in `roles` the union of their `DateLexicon.Role` bits: a
    /// number or a word a date rule can start at (`Role.starts`), a word that may be a future
    /// cue (`Role.cue`). Without those bits the grammar has nothing to do (`DateGrammar(roles:)`).
    ///
    /// Shaped for speed (the date layer reads every sentence holding a trigger): a letter costs
    /// one load of `DateScalars.entryTable` (class and fold together), one store of its folded
    /// form and one step of the hash; the raw letters, which only three rare tests read, are
    /// decoded again from the bytes when asked for. A word is classified into a small value
    /// (`WordReading`) returned in registers, and its token is built once: building the token on
    /// the stack, filling it in through `inout` and copying it into the array cost more than
    /// reading the word's letters (stores of single fields reloaded as 16-byte blocks).
    static func tokenize(utf8 u: UnsafeBufferPointer<UInt8>, roles: inout UInt8) -> [DateToken] {
        let tokens = DateScalars.entryTable.withUnsafeBufferPointer { entries in
            DateLexicon.roles.withUnsafeBufferPointer { wordRoles in
                let n = u.count
                var tokens: [DateToken] = []
                tokens.reserveCapacity(n / 8 + 4)
                var found: UInt8 = 0
                // The folded letters of the current word, on the stack.
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: maxWordLetters) { key in
                    let lexicon = DateLexicon.shared
                    var b = 0                      // byte offset
                    var si = 0                     // scalar offset
                    while b < n {
                        // A space (every other scalar of a sentence) ends nothing and makes no
                        // token: passed over before decoding and the kind switch below.
                        if u[b] == 0x20 {
                            b &+= 1; si &+= 1
                            continue
                        }
                        let (v, length) = decode(u, b)
                        let vEntry = DateScalars.entry(v, entries)
                        if vEntry & UInt32(DateScalars.letterClass | DateScalars.markClass) != 0 {
                            let start = si, startByte = b
                            // Whether every mark is a tatweel, or an invisible format character: read
                            // only when the word has no letter.
                            var tanween = false, marksAllTatweel = true, marksAllInvisible = true
                            var letters = 0
                            // The FNV-1a hash of the folded word, for its lexicon lookup.
                            var hash = DateLexicon.hashBasis
                            var c = v, cLength = length, cEntry = vEntry
                            while true {
                                if cEntry & UInt32(DateScalars.letterClass) != 0 {
                                    if letters < maxWordLetters {
                                        let folded = cEntry >> 8
                                        assert(folded == DateScalars.fold(c), "the entry table must fold as fold does")
                                        key[letters] = folded
                                        hash = DateLexicon.step(hash, folded)
                                    }
                                    letters &+= 1
                                } else if cEntry & UInt32(DateScalars.markClass) != 0 {
                                    if c == DateScalars.fathatan { tanween = true }
                                    if c != DateScalars.tatweel { marksAllTatweel = false }
                                    if !DateScalars.isInvisibleFormat(c) { marksAllInvisible = false }
                                } else { break }
                                b &+= cLength; si &+= 1
                                guard b < n else { break }
                                (c, cLength) = decode(u, b)
                                cEntry = DateScalars.entry(c, entries)
                            }
                            if letters == 0 {
                                // A run of invisible format characters alone is white space (a word
                                // joiner or direction mark between two words or after a number).
                                if marksAllInvisible { continue }
                                // A run of tatweel alone is used as a dash ("بغداد ـ سلم").
                                tokens.append(DateToken(kind: marksAllTatweel ? .dash : .other, start: start, end: si, startByte: startByte, endByte: b))
                                continue
                            }
                            var t = DateToken(kind: .word, start: start, end: si, startByte: startByte, endByte: b)
                            t.tanween = tanween
                            if letters <= maxWordLetters, letters > 2, !mayStartWithClitic(key[0]), !lexicon.mayHold(hash: hash) {
                                // Most words: no meaning of their own (the filter's bit is clear), and no
                                // clitic or سـ before a stem. `classify` would find nothing but the
                                // article; reading that here spares the call for about half the words.
                                t.stemHasArticle = letters > 3 && key[0] == DateScalars.alef && key[1] == lam
                                assert(classify(UnsafeBufferPointer(rebasing: key[0..<letters]), hash: hash, utf8: u, startByte: startByte, lexicon: lexicon)
                                       == WordReading(stemHasArticle: t.stemHasArticle), "a word passed over must have the reading classify gives it")
                            } else if letters <= maxWordLetters {
                                let r = classify(UnsafeBufferPointer(rebasing: key[0..<letters]), hash: hash,
                                                 utf8: u, startByte: startByte, lexicon: lexicon)
                                t.isCliticOnly = r.isCliticOnly
                                t.stemHasArticle = r.stemHasArticle
                                t.hasPrepositionClitic = r.hasPrepositionClitic
                                t.isFutureVerb = r.isFutureVerb
                                if r.index != 0 {
                                    t.setWord(index: r.index)
                                    found |= wordRoles[Int(r.index)]
                                    if r.stem > 0 {
                                        let (scalar, byte) = offsets(ofLetter: Int(r.stem), utf8: u, startByte: startByte, start: start)
                                        t.setStem(scalar: scalar, byte: byte)
                                    }
                                }
                                if r.isFutureVerb { found |= DateLexicon.Role.cue }
                            }
                            tokens.append(t)
                        } else if vEntry & UInt32(DateScalars.digitClass) != 0 {
                            let t = number(u, &b, &si, previous: scalar(before: b, u), previousToken: tokens.last)
                            if t.kind == .number || t.kind == .numericDate { found |= DateLexicon.Role.starts }
                            tokens.append(t)
                        } else {
                            let start = si, startByte = b
                            b &+= length; si &+= 1
                            guard let kind = punctuationKind(v) else { continue }
                            tokens.append(DateToken(kind: kind, start: start, end: si, startByte: startByte, endByte: b))
                        }
                    }
                }
                roles = found
                return tokens
            }
        }
        assert(tokens == referenceTokenize(utf8: u), "the tokens must be those of the reference tokenizer")
        assert(roles == DateLexicon.roles(of: tokens), "the roles must be those of the tokens")
        return tokens
    }

    /// The scalar that ends just before byte `b` of valid UTF-8 (U+0020 at the start), read back
    /// over its continuation bytes. `tokenize` asks for it only when a number starts (a few
    /// thousand times per thousand articles) instead of keeping the scalar before the current
    /// one up to date for every letter, space and mark (two register moves a letter in its
    /// hottest loop). The reference keeps it the old way and debug builds compare the tokens;
    /// the one difference, a digit where the reference says U+0030 after a number, cannot
    /// arise (a number reads every digit that follows it) and would not matter (`number` only
    /// asks whether it is a letter or a tatweel).
    @inline(__always)
    static func scalar(before b: Int, _ u: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard b > 0 else { return 0x20 }
        var p = b - 1
        while p > 0, u[p] & 0xC0 == 0x80 { p -= 1 }
        return decode(u, p).0
    }

    /// Reads digits and the separators between them (2020.03.20, 20/3/2020, 2,500, 12:28).
    static func number(_ u: UnsafeBufferPointer<UInt8>, _ b: inout Int, _ si: inout Int,
                               previous: UInt32, previousToken: DateToken?) -> DateToken {
        let n = u.count
        let start = si, startByte = b
        var groups = 0
        var values = (0, 0, 0), counts = (0, 0, 0)
        var separator: UInt32 = 0
        var mixedSeparators = false
        while true {
            var value = 0, count = 0
            while b < n {
                let (c, length) = decode(u, b)
                guard let d = DateScalars.digitValue(c) else { break }
                if count < 9 { value = value * 10 + d }
                count += 1; b += length; si += 1
            }
            if count > 9 { value = -1 }
            switch groups {
            case 0: values.0 = value; counts.0 = count
            case 1: values.1 = value; counts.1 = count
            case 2: values.2 = value; counts.2 = count
            default: break
            }
            groups += 1
            // A separator continues the number only between digits.
            guard b < n else { break }
            let (sep, sepLength) = decode(u, b)
            guard isNumberSeparator(sep), b + sepLength < n, DateScalars.digitValue(decode(u, b + sepLength).0) != nil else { break }
            if separator == 0 { separator = sep } else if separator != sep { mixedSeparators = true }
            b += sepLength; si += 1
        }
        var t = DateToken(kind: .otherNumber, start: start, end: si, startByte: startByte, endByte: b)
        t.setGroups(values: values, digits: counts)
        if groups == 1 {
            t.kind = .number
        } else if groups == 3, !mixedSeparators, separator == 0x2E || separator == 0x2F || separator == 0x2D {
            t.kind = .numericDate
        }
        // Digits glued to a word are part of a code ("epa03037147", "F16"), unless the word is a clitic ("و2019", "بـ2014").
        if DateScalars.isLetter(previous) || previous == DateScalars.tatweel, !(previousToken?.isCliticOnly ?? false) {
            t.kind = .otherNumber
        }
        if b < n, DateScalars.isLatinLetter(decode(u, b).0) {
            // An ISO timestamp keeps its date ("2020-03-17T12:28:00Z"); other digits glued to
            // Latin letters are codes.
            let timestamp = t.kind == .numericDate && u[b] == 0x54 && b + 1 < n && DateScalars.digitValue(UInt32(u[b + 1])) != nil
            if !timestamp { t.kind = .otherNumber }
        }
        return t
    }

    @inline(__always)
    private static func isNumberSeparator(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x2F || v == 0x2D || v == 0x2C || v == 0x066C || v == 0x066B || v == 0x3A
    }

    /// Whether a word starting with this folded letter may have a stem behind a clitic (و ف ب ل ك)
    /// or be a سـ-verb: the words `classify` reads beyond their own lexicon entry.
    @inline(__always)
    static func mayStartWithClitic(_ first: UInt32) -> Bool {
        first == waw || first == fa || first == ba || first == lam || first == kaf || first == sin
    }

    /// What `classify` finds in a word: its meaning (an index into `DateLexicon.meanings`, 0 for
    /// none), the letter its stem starts at behind clitics (0: the word itself), and its flags.
    /// Small enough to come back in registers.
    struct WordReading: Equatable {
        var index: UInt16 = 0
        var stem: UInt8 = 0
        var stemHasArticle = false
        var hasPrepositionClitic = false
        var isFutureVerb = false
        var isCliticOnly = false
    }

    /// Scalar and byte offsets of the letter at `position` of the word starting at `startByte`
    /// (marks may sit between letters).
    static func offsets(ofLetter position: Int, utf8: UnsafeBufferPointer<UInt8>, startByte: Int, start: Int) -> (scalar: Int, byte: Int) {
        var b = startByte, si = start, letters = 0
        while true {
            let (c, length) = decode(utf8, b)
            if DateScalars.isLetter(c) {
                if letters == position { return (si, b) }
                letters += 1
            }
            b += length; si += 1
        }
    }

    /// The raw (unfolded) letter at `position` of the word starting at `startByte`: read again
    /// from the bytes, since only three rare tests ask for it.
    static func rawLetter(_ position: Int, utf8: UnsafeBufferPointer<UInt8>, startByte: Int) -> UInt32 {
        let (_, byte) = offsets(ofLetter: position, utf8: utf8, startByte: startByte, start: 0)
        return decode(utf8, byte).0
    }

    /// Finds the word's date meaning through its clitics, and whether it is سـ + imperfect verb.
    /// The rules of `referenceClassify`, returning the reading instead of filling a token in.
    private static func classify(_ key: UnsafeBufferPointer<UInt32>, hash: UInt64, utf8: UnsafeBufferPointer<UInt8>,
                                 startByte: Int, lexicon: DateLexicon) -> WordReading {
        var r = WordReading()
        let count = key.count
        @inline(__always) func raw(_ position: Int) -> UInt32 { rawLetter(position, utf8: utf8, startByte: startByte) }
        // Clitics and the article may be glued to digits: "و2019", "بـ2014", "الـ28".
        r.isCliticOnly = count <= 2 && key.allSatisfy { $0 == waw || $0 == fa || $0 == ba || $0 == lam || $0 == kaf }
            || (count == 2 && key[0] == DateScalars.alef && key[1] == lam)
        // The article, also behind و/ف ("والتالي"): a definite noun or adjective.
        let articleAt = count > 3 && (key[0] == waw || key[0] == fa) && key[1] == DateScalars.alef ? 1 : 0
        r.stemHasArticle = count - articleAt > 3 && key[articleAt] == DateScalars.alef && key[articleAt + 1] == lam
        func found(_ index: UInt16, at stem: Int, prepositionClitic: Bool = false) {
            // "آب"/"اب" is August; "أب"/"إب" (father) is not. The raw letter is read last: every
            // two-letter stem with a meaning (في، من) comes here.
            if count - stem == 2, key[stem] == DateScalars.alef, DateLexicon.meanings[Int(index)] == .month(8),
               raw(stem) == DateScalars.alefHamzaAbove || raw(stem) == DateScalars.alefHamzaBelow {
                return
            }
            r.index = index
            r.stem = UInt8(stem)
            r.hasPrepositionClitic = prepositionClitic
            r.stemHasArticle = count - stem > 3 && key[stem] == DateScalars.alef && key[stem + 1] == lam
        }
        assert(hash == DateLexicon.hash(prefix: nil, key))
        var w = lexicon.index(hash: hash, key)
        if w != 0 { found(w, at: 0); finishVerb(&r, key, 0, raw); return r }
        var base = 0
        if count > 2, key[0] == waw || key[0] == fa {
            base = 1
            w = lexicon.index(key[1...])
            if w != 0 { found(w, at: 1); finishVerb(&r, key, 1, raw); return r }
        }
        if count - base > 2, key[base] == ba || key[base] == lam || key[base] == kaf {
            let rest = key[(base + 1)...]
            if rest.count > 2, rest[rest.startIndex] == DateScalars.alef, rest[rest.startIndex + 1] == lam {
                w = lexicon.index(rest)
                if w != 0 { found(w, at: base + 1, prepositionClitic: true); return r }
            } else if key[base] == lam, rest[rest.startIndex] == lam {
                // لل = ل + ال: "للعام" is ل + "العام".
                w = lexicon.index(prefix: DateScalars.alef, rest)
                if w != 0 {
                    found(w, at: base + 1, prepositionClitic: true)
                    r.stemHasArticle = true
                    return r
                }
            } else {
                w = lexicon.index(rest)
                switch w == 0 ? nil : DateLexicon.meanings[Int(w)] {
                case .dayWord?, .yearWord?, .monthWord?, .unit?:   // "بيوم", "لعام 2020"
                    found(w, at: base + 1, prepositionClitic: true); return r
                default: break
                }
            }
        }
        finishVerb(&r, key, base, raw)
        return r
    }

    /// سـ + imperfect: س, then the person prefix ي/ت/ن/أ, at least four letters, not a noun
    /// ending in ة or ات, and not a word the lexicon knows ("سيارة", "سنوات", "سيستاني").
    @inline(__always)
    private static func finishVerb(_ r: inout WordReading, _ key: UnsafeBufferPointer<UInt32>, _ base: Int, _ raw: (Int) -> UInt32) {
        if r.index != 0 { return }
        let count = key.count
        guard count - base >= 4, key[base] == sin else { return }
        let person = key[base + 1]
        guard person == ya || person == ta || person == nun || raw(base + 1) == DateScalars.alefHamzaAbove else { return }
        if raw(count - 1) == DateScalars.taMarbuta { return }
        if key[count - 1] == ta && key[count - 2] == DateScalars.alef { return }
        if isKnownNounWithPronoun(key[base...]) { return }
        r.isFutureVerb = true
    }

    private static let pronounSuffixes: [[UInt32]] = ["هما", "هم", "هن", "ها", "ه", "نا", "كم", "ك", "ي"].map(DateScalars.key(of:))

    /// "سيطرته", "سياستها", "سياراتهم": a known noun (ة written ت before the pronoun) or a plural in ات.
    static func isKnownNounWithPronoun(_ word: Slice<UnsafeBufferPointer<UInt32>>) -> Bool {
        let lexicon = DateLexicon.shared
        for suffix in pronounSuffixes where word.count > suffix.count + 2 && word.suffix(suffix.count).elementsEqual(suffix) {
            let stem = word.dropLast(suffix.count)
            if lexicon.word(stem) == .notAVerb { return true }
            guard stem.last == ta else { continue }
            if stem.dropLast().last == DateScalars.alef { return true }               // سيارات + هم
            var singular = Array(stem.dropLast())
            singular.append(0x0647)                                                   // ة, folded
            if lexicon.word(singular[...]) == .notAVerb { return true }
        }
        return false
    }
}
