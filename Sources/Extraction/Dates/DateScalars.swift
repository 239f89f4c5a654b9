/// Scalar classes and letter folding used by the date layer.
///
/// The date grammar matches on a folded key (diacritics and tatweel dropped, hamza forms of
/// alef → ا, ى/ی → ي, ة → ه, ؤ → و, ئ → ي, ک → ك) while every offset it reports points into
/// the original text. Kept local to the date layer so that it has no dependency on the rest
/// of the extractor.
enum DateScalars {
    static let alef: UInt32 = 0x0627
    static let alefHamzaAbove: UInt32 = 0x0623
    static let alefHamzaBelow: UInt32 = 0x0625
    static let taMarbuta: UInt32 = 0x0629
    static let fathatan: UInt32 = 0x064B
    static let tatweel: UInt32 = 0x0640

    /// Marks that belong to a word but are not letters: harakat, superscript alef, tatweel,
    /// Quranic marks, and the invisible format characters (`isInvisibleFormat`).
    @inline(__always)
    static func isWordMark(_ v: UInt32) -> Bool {
        (0x064B...0x065F).contains(v) || v == 0x0670 || v == tatweel || (0x06D6...0x06ED).contains(v)
            || isInvisibleFormat(v)
    }

    /// The invisible format characters text copied from web pages and CMSs holds inside words:
    /// the soft hyphen, the Arabic letter mark, the zero-width (non-)joiner and direction marks,
    /// the bidi embeddings, overrides and isolates, the word joiner and invisible operators, and
    /// U+FEFF (a byte order mark only as a file's first scalar; elsewhere a zero-width no-break
    /// space, which never separates words). The extractor tokenizer's set
    /// (`ArabicFolding.isInvisibleFormat`): a word holding one is one word, and
    /// a run of them alone makes no token, as white space.
    @inline(__always)
    static func isInvisibleFormat(_ v: UInt32) -> Bool { ArabicFolding.isInvisibleFormat(v) }

    @inline(__always)
    static func isArabicLetter(_ v: UInt32) -> Bool {
        (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v)
            || (0x0671...0x06D3).contains(v) || (0x06FA...0x06FF).contains(v)
            || (0x0750...0x077F).contains(v)
    }

    @inline(__always)
    static func isLatinLetter(_ v: UInt32) -> Bool {
        (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v)
    }

    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool { isArabicLetter(v) || isLatinLetter(v) }

    /// Value of an ASCII, Arabic-Indic or Persian (Extended Arabic-Indic) digit.
    @inline(__always)
    static func digitValue(_ v: UInt32) -> Int? {
        switch v {
        case 0x30...0x39: return Int(v - 0x30)
        case 0x0660...0x0669: return Int(v - 0x0660)
        case 0x06F0...0x06F9: return Int(v - 0x06F0)
        default: return nil
        }
    }

    /// The matching form of a letter.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return alef
        case 0x0649, 0x06CC, 0x06D2, 0x0626: return 0x064A      // ى ی ے ئ → ي
        case taMarbuta, 0x06C0, 0x06D5: return 0x0647            // ة ۀ ە → ه
        case 0x0624: return 0x0648                               // ؤ → و
        case 0x06A9, 0x06AF: return 0x0643                       // ک گ → ك
        case 0x41...0x5A: return v + 0x20                        // ASCII lower case
        default: return v
        }
    }

    static let letterClass: UInt8 = 1, markClass: UInt8 = 2, digitClass: UInt8 = 4

    /// Classes of the scalars below U+0700 (Latin, Arabic), so the tokenizer tests a scalar
    /// with one load; scalars above fall back to the functions.
    static let classTable: [UInt8] = (0..<0x700).map { v -> UInt8 in
        let u = UInt32(v)
        var c: UInt8 = 0
        if isLetter(u) { c |= letterClass }
        if isWordMark(u) { c |= markClass }
        if digitValue(u) != nil { c |= digitClass }
        return c
    }

    /// `fold` of the scalars below U+0700, so the tokenizer folds a letter with one load: the
    /// switch of `fold` is a chain of compare-and-branch for every letter of every sentence the
    /// date layer reads. Scalars above fall back to `fold`.
    static let foldTable: [UInt16] = (0..<0x700).map { UInt16(fold(UInt32($0))) }

    /// Class (bits 0–7) and `fold` (bits 8–31) of the scalars below U+0700: the tokenizer reads
    /// both for every letter of a word with this one load.
    static let entryTable: [UInt32] = (0..<0x700).map { v in UInt32(classTable[v]) | fold(UInt32(v)) << 8 }

    /// The `entryTable` entry of `v`, computed above the table.
    @inline(__always)
    static func entry(_ v: UInt32, _ table: UnsafeBufferPointer<UInt32>) -> UInt32 {
        v < 0x700 ? table[Int(v)] : entryAbove(v)
    }

    @inline(never)
    static func entryAbove(_ v: UInt32) -> UInt32 { UInt32(classAbove(v)) | fold(v) << 8 }

    /// `fold(v)`, read from `foldTable` below U+0700.
    @inline(__always)
    static func fold(_ v: UInt32, _ table: UnsafeBufferPointer<UInt16>) -> UInt32 {
        v < 0x700 ? UInt32(table[Int(v)]) : fold(v)
    }

    @inline(__always)
    static func scalarClass(_ v: UInt32, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        v < 0x700 ? table[Int(v)] : classAbove(v)
    }

    /// The class of a scalar above the table: rare, so kept out of line, which lets the
    /// table read be inlined into the tokenizer's loops.
    @inline(never)
    static func classAbove(_ v: UInt32) -> UInt8 {
        var c: UInt8 = 0
        if isLetter(v) { c |= letterClass }
        if isWordMark(v) { c |= markClass }
        if digitValue(v) != nil { c |= digitClass }
        return c
    }

    /// The folded key of a literal, used to build the lexicon.
    static func key(of text: String) -> [UInt32] {
        text.unicodeScalars.compactMap { s in
            let v = s.value
            return isWordMark(v) ? nil : fold(v)
        }
    }
}
