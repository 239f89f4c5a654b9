/// Arabic normalization for matching: one original scalar folds to zero or one scalar.
///
/// The folding is the standard one of Arabic retrieval (Larkey, Ballesteros and Connell,
/// "Light stemming for Arabic information retrieval", 2007; CAMeL Tools' `normalize_*`):
/// diacritics, tatweel and invisible format characters are dropped; أ إ آ ٱ → ا; ى ئ ی ے → ي; ة → ه;
/// ؤ → و; Persian and Kurdish letters ک گ → ك, پ → ب, چ → ج, ژ → ز, ڤ → ف; Arabic-Indic
/// and Persian digits → ASCII; Latin letters are lower-cased. Because the map is
/// scalar-to-at-most-one-scalar, every normalized scalar has exactly one original scalar,
/// which is what lets evidence spans point into the original text.
public enum ArabicFolding {
    /// What a scalar is to the tokenizer.
    public enum Class: Sendable { case letter, digit, mark, space, newline, punctuation }

    /// Whether `v` is an invisible format character of those that sit inside words of text
    /// copied from web pages and CMSs and must not split them: the soft hyphen U+00AD (a
    /// hyphenation hint), the Arabic letter mark U+061C, the zero-width non-joiner and joiner
    /// and the direction marks U+200C–U+200F, the bidi embeddings and overrides U+202A–U+202E,
    /// the word joiner and invisible operators U+2060–U+2064, the bidi isolates U+2066–U+2069,
    /// and U+FEFF.
    ///
    /// U+FEFF is a byte order mark only as a file's first scalar, which `Article` drops; anywhere
    /// else Unicode gives it only the meaning "zero width no-break space", that of the word
    /// joiner U+2060 which replaced it: it has no width and forbids a break, so it never
    /// separates two words, and inside one it is a stray joiner. A run of marks alone between
    /// spaces makes no word, so where U+FEFF stands between words nothing changes.
    ///
    /// `classify` gives them `.mark`: dropped from the folded word, kept in its span, so that
    /// every evidence text, cut from the original by spans, keeps them. The date layer's
    /// `DateScalars.isWordMark` reads this set too.
    @inline(__always)
    public static func isInvisibleFormat(_ v: UInt32) -> Bool {
        switch v {
        case 0x00AD, 0x061C, 0x200C...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// `s` without its invisible format characters (`isInvisibleFormat`): the form of a name or
    /// a trigger the graph shows, where the evidence keeps the original text. A name written with
    /// a soft hyphen or a word joiner inside is the same name, and would otherwise be a second
    /// alias, or a label no reader can tell from another. Most names hold none: their UTF-8 is
    /// scanned for a byte those characters' encodings hold (C2 of U+00AD, 9C of U+061C, E2 of
    /// U+200C–U+2069, EF of U+FEFF), and a name without one is returned as it is.
    public static func withoutInvisibleFormat(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0xC2 || $0 == 0x9C || $0 == 0xE2 || $0 == 0xEF }) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars where !isInvisibleFormat(c.value) { out.append(c) }
        return String(out)
    }

    @inline(__always)
    public static func classify(_ s: Unicode.Scalar) -> Class {
        let v = s.value
        switch v {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return .newline
        case 0x20, 0x09, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return .space
        case 0x30...0x39, 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED: return .mark
        case _ where isInvisibleFormat(v): return .mark
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x0621...0x063A, 0x0641...0x064A, 0x0671...0x06D3, 0x06D5, 0x06FA...0x06FC: return .letter
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: return .punctuation
        default:
            if v < 0x80 { return .punctuation }
            if s.properties.isAlphabetic { return .letter }
            if s.properties.numericType != nil { return .digit }
            return .punctuation
        }
    }

    /// What the tokenizer needs of one scalar, packed in 64 bits: its class (bits 0–2,
    /// `ScalarEntry.letter` …), whether its folded form is plain (`FoldedWord.isPlain`, bit 3),
    /// the length of the folded form's UTF-8 (bits 4–6), the folded form (`fold`, bits 8–28)
    /// and its UTF-8 bytes (bits 32–63, first byte lowest). Every scalar of an article is
    /// classed, and every letter folded, tested for plainness and written into its word: one
    /// load from `scalarTable` replaces a table load, the range tests of `fold`, those of
    /// `isPlain` and the encoding's.
    struct ScalarEntry: Sendable {
        let bits: UInt64
        static let letter: UInt32 = 0, digit: UInt32 = 1, mark: UInt32 = 2, space: UInt32 = 3, newline: UInt32 = 4, punctuation: UInt32 = 5

        @inline(__always) var kind: UInt32 { UInt32(truncatingIfNeeded: bits) & 7 }
        /// A letter or a digit: folded into the word.
        @inline(__always) var isWordScalar: Bool { bits & 7 <= 1 }
        @inline(__always) var isPlain: Bool { bits & 8 != 0 }
        @inline(__always) var folded: UInt32 { UInt32(truncatingIfNeeded: bits >> 8) & 0x1F_FFFF }
        /// The folded form's UTF-8, as the 4 bytes to store (those past `foldedLength` are junk).
        @inline(__always) var foldedUTF8: UInt32 { UInt32(truncatingIfNeeded: bits >> 32) }
        @inline(__always) var foldedLength: Int { Int(truncatingIfNeeded: bits >> 4) & 7 }

        init(_ s: Unicode.Scalar) {
            let kind: UInt32
            switch ArabicFolding.classify(s) {
            case .letter: kind = Self.letter
            case .digit: kind = Self.digit
            case .mark: kind = Self.mark
            case .space: kind = Self.space
            case .newline: kind = Self.newline
            case .punctuation: kind = Self.punctuation
            }
            // Only letters and digits are folded; the others keep their own value.
            let folded = kind <= Self.digit ? ArabicFolding.fold(s) : s
            var utf8: UInt64 = 0
            for (k, byte) in UTF8.encode(folded)!.enumerated() { utf8 |= UInt64(byte) << (8 * UInt64(k)) }
            bits = utf8 << 32 | UInt64(folded.value) << 8 | UInt64(UTF8.width(folded)) << 4
                | (FoldedWord.isPlain(folded) ? 8 : 0) | UInt64(kind)
        }

        /// The entry of the scalar of value `v`: from the table below U+2070 (every scalar of one
        /// or two UTF-8 bytes, Latin and Arabic, and the general punctuation block: the spaces,
        /// joiners, direction marks and quotes of news text), computed otherwise.
        @inline(__always)
        static func of(_ v: UInt32, _ table: UnsafeBufferPointer<UInt64>) -> ScalarEntry {
            v < ArabicFolding.scalarTableLimit ? ScalarEntry(bits: table[Int(v)]) : outOfLine(v)
        }
        @inline(__always) init(bits: UInt64) { self.bits = bits }
        @inline(never) static func outOfLine(_ v: UInt32) -> ScalarEntry { ScalarEntry(Unicode.Scalar(v)!) }
    }

    /// `ScalarEntry` of every scalar below U+2070 (66 KB, of which text in Latin and Arabic
    /// script reads the lines of ASCII, of U+0600–U+06FF and of U+2000–U+206F, 4 KB). The
    /// table has no surrogates to skip: they start at U+D800.
    static let scalarTableLimit: UInt32 = 0x2070
    static let scalarTable: [UInt64] = (0..<scalarTableLimit).map { ScalarEntry(Unicode.Scalar($0)!).bits }

    /// The folded form of a letter or digit scalar (marks fold to nothing and never reach here).
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x0649, 0x0626, 0x06CC, 0x06D2: return "\u{064A}"
        case 0x0629: return "\u{0647}"
        case 0x0624: return "\u{0648}"
        case 0x06A9, 0x06AF: return "\u{0643}"
        case 0x067E: return "\u{0628}"
        case 0x0686: return "\u{062C}"
        case 0x0698: return "\u{0632}"
        case 0x06A4: return "\u{0641}"
        case 0x0660...0x0669: return Unicode.Scalar(s.value - 0x0660 + 0x30)!
        case 0x06F0...0x06F9: return Unicode.Scalar(s.value - 0x06F0 + 0x30)!
        case 0x41...0x5A: return Unicode.Scalar(s.value + 0x20)!
        default: return s
        }
    }

    /// The normalized form of a whole string: marks dropped, letters folded, any run of
    /// non-word scalars collapsed to one space. Used for lexicon names and trigger lists.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            switch classify(s) {
            case .mark: continue
            case .letter, .digit:
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(fold(s))
            default: pendingSpace = true
            }
        }
        return String(out)
    }

    /// A normalized word without its definite article, when at least two letters remain.
    @inline(__always)
    public static func withoutArticle(_ word: Substring) -> Substring {
        let u = word.unicodeScalars
        guard let first = u.first, first == "ا" else { return word }
        let second = u.index(after: u.startIndex)
        guard second != u.endIndex, u[second] == "ل", count(u, atMost: 4) >= 4 else { return word }
        return Substring(u[u.index(after: second)...])
    }

    /// min(number of scalars of `u`, `limit`), reading at most `limit` scalars: the rules only
    /// ask whether a word is longer than a few letters, and `count` walks the whole word.
    @inline(__always)
    public static func count(_ u: Substring.UnicodeScalarView, atMost limit: Int) -> Int {
        var n = 0
        var i = u.startIndex
        while n < limit, i != u.endIndex { n += 1; u.formIndex(after: &i) }
        return n
    }

    /// 64-bit FNV-1a of the UTF-8 bytes read from the last to the first: the key words are
    /// compared by. Swift's own String hashing normalizes Unicode on every call, which the
    /// folded text no longer needs.
    ///
    /// Why backwards: a word's clitic readings are suffixes of it, and hashing from the end
    /// passes the start of every suffix on the way, so the tokenizer gets the keys of all the
    /// readings from one hash chain over the word (`ReadingLayout`), where hashing forwards
    /// needs a chain per reading. The keys are only compared with each other, never shown.
    @inline(__always)
    public static func key(_ word: Substring) -> UInt64 {
        var h = keyBasis
        for b in word.utf8.reversed() { h = (h ^ UInt64(b)) &* keyPrime }
        return h
    }
    static let keyBasis: UInt64 = 0xcbf2_9ce4_8422_2325, keyPrime: UInt64 = 0x0000_0100_0000_01b3
}

extension String {
    /// `hasPrefix(prefix)` for a prefix of Arabic base letters (ا ل و ب ...: letters with no
    /// canonical decomposition that never combine with what precedes them), read on the bytes.
    ///
    /// String's `hasPrefix` compares Characters under canonical equivalence: for such a
    /// prefix it holds exactly when the bytes start with the prefix's bytes and the scalar
    /// after them does not extend the prefix's last letter into a larger Character (a
    /// combining mark). The scalar after is read from its bytes: an ASCII scalar or an Arabic
    /// letter (U+0621–U+064A) extends nothing; anything else is left to `hasPrefix`. O(prefix).
    @inline(__always)
    func hasLetterPrefix(_ prefix: String) -> Bool {
        var word = self, prefix = prefix
        // nil: the bytes match and a scalar that may combine follows; String decides.
        let onBytes: Bool? = word.withUTF8 { bytes in
            prefix.withUTF8 { head in
                guard bytes.count >= head.count else { return false }
                for k in 0..<head.count where bytes[k] != head[k] { return false }
                guard bytes.count > head.count else { return true }
                let lead = bytes[head.count]
                if lead < 0x80 { return true }
                if lead == 0xD8 || lead == 0xD9, bytes.count > head.count + 1 {
                    let value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[head.count + 1] & 0x3F)
                    if value >= 0x0621 && value <= 0x064A { return true }
                }
                return nil
            }
        }
        assert(onBytes == nil || onBytes == hasPrefix(prefix), "a letter prefix must match on the bytes")
        return onBytes ?? hasPrefix(prefix)
    }

    /// `self == word` for a word of Arabic base letters (as `hasLetterPrefix`), on the bytes:
    /// no other sequence of scalars is canonically equivalent to such a word.
    @inline(__always)
    func isLetterWord(_ word: String) -> Bool {
        let equal = ByteText.sameBytes(self, word)
        assert(equal == (self == word), "a letter word must compare equal on the bytes")
        return equal
    }
}
