/// One token of a sentence as the date grammar sees it. Offsets count Unicode scalars.
struct DateToken {
    enum Kind: UInt8 {
        case word, number, numericDate, otherNumber
        case clauseBreak, dash, slash, open, close, quote, other
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// Where the meaningful stem starts, after the clitics و ف ب ل ك ("والأربعاء" → "الأربعاء").
    var stemStart: Int
    var word: DateWord?
    /// The stem carries the article ال (a definite noun or adjective).
    var stemHasArticle = false
    /// A preposition clitic ب/ل/ك was stripped ("باليوم", "للعام").
    var hasPrepositionClitic = false
    /// سـ + imperfect verb (سينسحب، ستنسحب، سيتم، سنرد، سأعود).
    var isFutureVerb = false
    /// The word carries tanween fath (غداً).
    var tanween = false
    /// The word is only clitic letters (و، ب، ف، ل، ك), which may attach to a number ("و2019").
    var isCliticOnly = false
    /// Digit groups of a number: `value`/`digits` for a plain number; three groups for a numeric date.
    var value = 0, digits = 0
    var value2 = 0, digits2 = 0
    var value3 = 0, digits3 = 0

    init(kind: Kind, start: Int, end: Int) {
        self.kind = kind; self.start = start; self.end = end; self.stemStart = start
    }

    /// Ends a clause for the purpose of future-cue windows.
    var isClauseBreak: Bool { kind == .clauseBreak || kind == .dash }
}

/// Splits a sentence into date tokens in one pass over its scalars: O(n) time, with the
/// folded letters of the current word in a reused buffer.
enum DateTokenizer {
    private static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628
    private static let lam: UInt32 = 0x0644, kaf: UInt32 = 0x0643, sin: UInt32 = 0x0633
    private static let ya: UInt32 = 0x064A, ta: UInt32 = 0x062A, nun: UInt32 = 0x0646

    static func tokenize(_ s: [Unicode.Scalar]) -> [DateToken] {
        let n = s.count
        var tokens: [DateToken] = []
        tokens.reserveCapacity(n / 5 + 4)
        var key: [UInt32] = [], raw: [UInt32] = [], pos: [Int] = []
        key.reserveCapacity(32); raw.reserveCapacity(32); pos.reserveCapacity(32)
        let lexicon = DateLexicon.shared
        var i = 0
        while i < n {
            let v = s[i].value
            if DateScalars.isLetter(v) || DateScalars.isWordMark(v) {
                let start = i
                var tanween = false
                key.removeAll(keepingCapacity: true); raw.removeAll(keepingCapacity: true); pos.removeAll(keepingCapacity: true)
                while i < n {
                    let c = s[i].value
                    if DateScalars.isLetter(c) {
                        raw.append(c); key.append(DateScalars.fold(c)); pos.append(i)
                    } else if DateScalars.isWordMark(c) {
                        if c == DateScalars.fathatan { tanween = true }
                    } else { break }
                    i += 1
                }
                if key.isEmpty {
                    // A run of tatweel or marks alone: used as a dash ("بغداد ـ سلم").
                    let onlyTatweel = s[start..<i].contains { $0.value == DateScalars.tatweel }
                    tokens.append(DateToken(kind: onlyTatweel ? .dash : .other, start: start, end: i))
                    continue
                }
                var t = DateToken(kind: .word, start: start, end: i)
                t.tanween = tanween
                classify(&t, key: key, raw: raw, pos: pos, lexicon: lexicon)
                tokens.append(t)
            } else if let d0 = DateScalars.digitValue(v) {
                tokens.append(number(s, &i, firstDigit: d0, previous: tokens.last))
            } else {
                i += 1
                let kind: DateToken.Kind
                switch v {
                case 0x20, 0x09, 0xA0, 0x2000...0x200B, 0x202F, 0x3000, 0xFEFF: continue
                case 0x0A, 0x0D, 0x2E, 0x2C, 0x060C, 0x061B, 0x3B, 0x3A, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4, 0x2028, 0x2029:
                    kind = .clauseBreak
                case 0x2D, 0x2010...0x2015, 0x2212: kind = .dash
                case 0x2F, 0x5C: kind = .slash
                case 0x28, 0x5B, 0x7B, 0xFD3E: kind = .open
                case 0x29, 0x5D, 0x7D, 0xFD3F: kind = .close
                case 0x22, 0x27, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A: kind = .quote
                default: kind = .other
                }
                tokens.append(DateToken(kind: kind, start: i - 1, end: i))
            }
        }
        return tokens
    }

    /// Reads digits and the separators between them (2020.03.20, 20/3/2020, 2,500, 12:28).
    private static func number(_ s: [Unicode.Scalar], _ i: inout Int, firstDigit: Int, previous: DateToken?) -> DateToken {
        let n = s.count
        let start = i
        var groups = 0
        var values = (0, 0, 0), counts = (0, 0, 0)
        var separator: UInt32 = 0
        var mixedSeparators = false
        while true {
            var value = 0, count = 0
            while i < n, let d = DateScalars.digitValue(s[i].value) {
                if count < 9 { value = value * 10 + d }
                count += 1; i += 1
            }
            if count > 9 { value = -1 }
            switch groups {
            case 0: values.0 = value; counts.0 = count
            case 1: values.1 = value; counts.1 = count
            case 2: values.2 = value; counts.2 = count
            default: break
            }
            groups += 1
            guard i + 1 < n, isNumberSeparator(s[i].value), DateScalars.digitValue(s[i + 1].value) != nil else { break }
            if separator == 0 { separator = s[i].value } else if separator != s[i].value { mixedSeparators = true }
            i += 1
        }
        var t = DateToken(kind: .otherNumber, start: start, end: i)
        t.value = values.0; t.digits = counts.0
        t.value2 = values.1; t.digits2 = counts.1
        t.value3 = values.2; t.digits3 = counts.2
        if groups == 1 {
            t.kind = .number
        } else if groups == 3, !mixedSeparators, separator == 0x2E || separator == 0x2F || separator == 0x2D {
            t.kind = .numericDate
        }
        // Digits glued to a word are part of a code ("epa03037147", "F16"), unless the word is a clitic ("و2019", "بـ2014").
        if start > 0, DateScalars.isLetter(s[start - 1].value) || s[start - 1].value == DateScalars.tatweel,
           !(previous?.isCliticOnly ?? false) {
            t.kind = .otherNumber
        }
        if i < n, DateScalars.isLatinLetter(s[i].value) { t.kind = .otherNumber }
        return t
    }

    @inline(__always)
    private static func isNumberSeparator(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x2F || v == 0x2D || v == 0x2C || v == 0x066C || v == 0x066B || v == 0x3A
    }

    /// Finds the word's date meaning through its clitics, and whether it is سـ + imperfect verb.
    private static func classify(_ t: inout DateToken, key: [UInt32], raw: [UInt32], pos: [Int], lexicon: DateLexicon) {
        let count = key.count
        t.isCliticOnly = count <= 2 && key.allSatisfy { $0 == waw || $0 == fa || $0 == ba || $0 == lam || $0 == kaf }
        // The article, also behind و/ف ("والتالي"): a definite noun or adjective.
        let articleAt = count > 3 && (key[0] == waw || key[0] == fa) && key[1] == DateScalars.alef ? 1 : 0
        t.stemHasArticle = count - articleAt > 3 && key[articleAt] == DateScalars.alef && key[articleAt + 1] == lam
        func found(_ w: DateWord, at stem: Int, prepositionClitic: Bool = false) {
            // "آب"/"اب" is August; "أب"/"إب" (father) is not.
            if w == .month(8), count - stem == 2, raw[stem] == DateScalars.alefHamzaAbove || raw[stem] == DateScalars.alefHamzaBelow {
                return
            }
            t.word = w
            t.stemStart = pos[stem]
            t.hasPrepositionClitic = prepositionClitic
            t.stemHasArticle = count - stem > 3 && key[stem] == DateScalars.alef && key[stem + 1] == lam
        }
        if let w = lexicon.word(key[...]) { found(w, at: 0); return finishVerb(&t, key, raw, 0) }
        var base = 0
        if count > 2, key[0] == waw || key[0] == fa {
            base = 1
            if let w = lexicon.word(key[1...]) { found(w, at: 1); return finishVerb(&t, key, raw, 1) }
        }
        if count - base > 2, key[base] == ba || key[base] == lam || key[base] == kaf {
            let rest = key[(base + 1)...]
            if rest.count > 2, rest[rest.startIndex] == DateScalars.alef, rest[rest.startIndex + 1] == lam {
                if let w = lexicon.word(rest) { found(w, at: base + 1, prepositionClitic: true); return }
            } else if key[base] == lam, rest[rest.startIndex] == lam {
                // لل = ل + ال: "للعام" is ل + "العام".
                if let w = lexicon.word(prefix: DateScalars.alef, rest) {
                    found(w, at: base + 1, prepositionClitic: true)
                    t.stemHasArticle = true
                    return
                }
            } else if let w = lexicon.word(rest) {
                switch w {
                case .dayWord, .yearWord, .monthWord, .unit:   // "بيوم", "لعام 2020"
                    found(w, at: base + 1, prepositionClitic: true); return
                default: break
                }
            }
        }
        finishVerb(&t, key, raw, base)
    }

    /// سـ + imperfect: س, then the person prefix ي/ت/ن/أ, at least four letters, not a noun
    /// ending in ة or ات, and not a word the lexicon knows ("سيارة", "سنوات", "سيستاني").
    private static func finishVerb(_ t: inout DateToken, _ key: [UInt32], _ raw: [UInt32], _ base: Int) {
        if t.word != nil { return }
        let count = key.count
        guard count - base >= 4, key[base] == sin else { return }
        let person = key[base + 1]
        guard person == ya || person == ta || person == nun || raw[base + 1] == DateScalars.alefHamzaAbove else { return }
        if raw[count - 1] == DateScalars.taMarbuta { return }
        if key[count - 1] == ta && key[count - 2] == DateScalars.alef { return }
        if isKnownNounWithPronoun(key[base...]) { return }
        t.isFutureVerb = true
    }

    private static let pronounSuffixes: [[UInt32]] = ["هما", "هم", "هن", "ها", "ه", "نا", "كم", "ك", "ي"].map(DateScalars.key(of:))

    /// "سيطرته", "سياستها", "سياراتهم": a known noun (ة written ت before the pronoun) or a plural in ات.
    private static func isKnownNounWithPronoun(_ word: ArraySlice<UInt32>) -> Bool {
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
