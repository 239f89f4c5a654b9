/// The date tokenizer in its first, plain form: every word's folded and raw letters kept,
/// the token built on the stack and filled in by `referenceClassify`. `DateTokenizer.tokenize`
/// reads the same bytes with fewer stores and copies per letter and per word; debug builds
/// compare the two on every sentence the date layer reads, and `DateTokenizerTests` on every
/// sentence of the samples and the test fixtures. Not used in release builds.
extension DateTokenizer {
    static func referenceTokenize(utf8 u: UnsafeBufferPointer<UInt8>) -> [DateToken] {
        DateScalars.classTable.withUnsafeBufferPointer { classes in
            DateScalars.foldTable.withUnsafeBufferPointer { folds in
                let n = u.count
                var tokens: [DateToken] = []
                tokens.reserveCapacity(n / 8 + 4)
                // The folded and raw letters of the current word, on the stack: two heap blocks per
                // sentence were a malloc/free pair each.
                return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * maxWordLetters) { scratch in
                    let key = UnsafeMutableBufferPointer(rebasing: scratch[0..<maxWordLetters])
                    let raw = UnsafeMutableBufferPointer(rebasing: scratch[maxWordLetters..<(2 * maxWordLetters)])
                    let lexicon = DateLexicon.shared
                    var b = 0                      // byte offset
                    var si = 0                     // scalar offset
                    var previous: UInt32 = 0x20    // the scalar before the current one
                    while b < n {
                        // A space (every other scalar of a sentence) ends nothing and makes no
                        // token: passed over before decoding and the kind switch below.
                        if u[b] == 0x20 {
                            previous = 0x20
                            b += 1; si += 1
                            continue
                        }
                        let (v, length) = decode(u, b)
                        let vClass = DateScalars.scalarClass(v, classes)
                        if vClass & (DateScalars.letterClass | DateScalars.markClass) != 0 {
                            let start = si, startByte = b
                            var tanween = false, onlyTatweel = true, onlyInvisible = true
                            var letters = 0
                            // The FNV-1a hash of the folded word, for its lexicon lookup. The hashes of its
                            // stems behind clitics are computed in `classify`, only for words that start
                            // with a clitic letter: four more multiplications per letter of every word
                            // were a good part of tokenizing.
                            var hash = DateLexicon.hashBasis
                            var c = v, cLength = length, cClass = vClass
                            while true {
                                if cClass & DateScalars.letterClass != 0 {
                                    if letters < maxWordLetters {
                                        let folded = DateScalars.fold(c, folds)
                                        assert(folded == DateScalars.fold(c), "the fold table must agree with fold")
                                        raw[letters] = c; key[letters] = folded
                                        hash = DateLexicon.step(hash, folded)
                                    }
                                    letters += 1
                                    onlyTatweel = false
                                } else if cClass & DateScalars.markClass != 0 {
                                    if c == DateScalars.fathatan { tanween = true }
                                    if c != DateScalars.tatweel { onlyTatweel = false }
                                    if !DateScalars.isInvisibleFormat(c) { onlyInvisible = false }
                                } else { break }
                                previous = c
                                b += cLength; si += 1
                                guard b < n else { break }
                                (c, cLength) = decode(u, b)
                                cClass = DateScalars.scalarClass(c, classes)
                            }
                            if letters == 0 {
                                // A run of invisible format characters alone is white space.
                                if onlyInvisible { continue }
                                // A run of tatweel alone is used as a dash ("بغداد ـ سلم").
                                tokens.append(DateToken(kind: onlyTatweel ? .dash : .other, start: start, end: si, startByte: startByte, endByte: b))
                                continue
                            }
                            var t = DateToken(kind: .word, start: start, end: si, startByte: startByte, endByte: b)
                            t.tanween = tanween
                            if letters <= maxWordLetters {
                                let word = ReferenceWord(utf8: u, startByte: startByte, start: start,
                                                key: UnsafeBufferPointer(rebasing: key[0..<letters]),
                                                raw: UnsafeBufferPointer(rebasing: raw[0..<letters]), hash: hash)
                                referenceClassify(&t, word, lexicon: lexicon)
                            }
                            tokens.append(t)
                        } else if vClass & DateScalars.digitClass != 0 {
                            tokens.append(number(u, &b, &si, previous: previous, previousToken: tokens.last))
                            previous = 0x30
                        } else {
                            previous = v
                            let start = si, startByte = b
                            b += length; si += 1
                            guard let kind = punctuationKind(v) else { continue }
                            tokens.append(DateToken(kind: kind, start: start, end: si, startByte: startByte, endByte: b))
                        }
                    }
                    return tokens
                }
            }
        }
    }


    /// A word being classified: its folded and raw letters, its hash, and where it starts.
    struct ReferenceWord {
        let utf8: UnsafeBufferPointer<UInt8>
        let startByte: Int
        let start: Int
        let key: UnsafeBufferPointer<UInt32>
        let raw: UnsafeBufferPointer<UInt32>
        /// The FNV-1a hash of `key`.
        let hash: UInt64

        /// Scalar and byte offsets of the letter at `position` (marks may sit between letters).
        func offsets(ofLetter position: Int) -> (scalar: Int, byte: Int) {
            var b = startByte, si = start, letters = 0
            while true {
                let (c, length) = DateTokenizer.decode(utf8, b)
                if DateScalars.isLetter(c) {
                    if letters == position { return (si, b) }
                    letters += 1
                }
                b += length; si += 1
            }
        }
    }

    /// Finds the word's date meaning through its clitics, and whether it is سـ + imperfect verb.
    private static func referenceClassify(_ t: inout DateToken, _ word: ReferenceWord, lexicon: DateLexicon) {
        let key = word.key, raw = word.raw
        let count = key.count
        // Clitics and the article may be glued to digits: "و2019", "بـ2014", "الـ28".
        t.isCliticOnly = count <= 2 && key.allSatisfy { $0 == waw || $0 == fa || $0 == ba || $0 == lam || $0 == kaf }
            || (count == 2 && key[0] == DateScalars.alef && key[1] == lam)
        // The article, also behind و/ف ("والتالي"): a definite noun or adjective.
        let articleAt = count > 3 && (key[0] == waw || key[0] == fa) && key[1] == DateScalars.alef ? 1 : 0
        t.stemHasArticle = count - articleAt > 3 && key[articleAt] == DateScalars.alef && key[articleAt + 1] == lam
        func found(_ index: UInt16, at stem: Int, prepositionClitic: Bool = false) {
            // "آب"/"اب" is August; "أب"/"إب" (father) is not.
            if count - stem == 2, raw[stem] == DateScalars.alefHamzaAbove || raw[stem] == DateScalars.alefHamzaBelow,
               DateLexicon.meanings[Int(index)] == .month(8) {
                return
            }
            t.setWord(index: index)
            if stem > 0 {
                let (scalar, byte) = word.offsets(ofLetter: stem)
                t.setStem(scalar: scalar, byte: byte)
            }
            t.hasPrepositionClitic = prepositionClitic
            t.stemHasArticle = count - stem > 3 && key[stem] == DateScalars.alef && key[stem + 1] == lam
        }
        assert(word.hash == DateLexicon.hash(prefix: nil, key))
        var w = lexicon.index(hash: word.hash, key)
        if w != 0 { found(w, at: 0); return referenceFinishVerb(&t, key, raw, 0) }
        var base = 0
        if count > 2, key[0] == waw || key[0] == fa {
            base = 1
            w = lexicon.index(key[1...])
            if w != 0 { found(w, at: 1); return referenceFinishVerb(&t, key, raw, 1) }
        }
        if count - base > 2, key[base] == ba || key[base] == lam || key[base] == kaf {
            let rest = key[(base + 1)...]
            if rest.count > 2, rest[rest.startIndex] == DateScalars.alef, rest[rest.startIndex + 1] == lam {
                w = lexicon.index(rest)
                if w != 0 { found(w, at: base + 1, prepositionClitic: true); return }
            } else if key[base] == lam, rest[rest.startIndex] == lam {
                // لل = ل + ال: "للعام" is ل + "العام".
                w = lexicon.index(prefix: DateScalars.alef, rest)
                if w != 0 {
                    found(w, at: base + 1, prepositionClitic: true)
                    t.stemHasArticle = true
                    return
                }
            } else {
                w = lexicon.index(rest)
                switch w == 0 ? nil : DateLexicon.meanings[Int(w)] {
                case .dayWord?, .yearWord?, .monthWord?, .unit?:   // "بيوم", "لعام 2020"
                    found(w, at: base + 1, prepositionClitic: true); return
                default: break
                }
            }
        }
        referenceFinishVerb(&t, key, raw, base)
    }

    /// سـ + imperfect: س, then the person prefix ي/ت/ن/أ, at least four letters, not a noun
    /// ending in ة or ات, and not a word the lexicon knows ("سيارة", "سنوات", "سيستاني").
    private static func referenceFinishVerb(_ t: inout DateToken, _ key: UnsafeBufferPointer<UInt32>, _ raw: UnsafeBufferPointer<UInt32>, _ base: Int) {
        if t.hasWord { return }
        let count = key.count
        guard count - base >= 4, key[base] == sin else { return }
        let person = key[base + 1]
        guard person == ya || person == ta || person == nun || raw[base + 1] == DateScalars.alefHamzaAbove else { return }
        if raw[count - 1] == DateScalars.taMarbuta { return }
        if key[count - 1] == ta && key[count - 2] == DateScalars.alef { return }
        if isKnownNounWithPronoun(key[base...]) { return }
        t.isFutureVerb = true
    }

}
