/// The comparison key of an Arabic name, used to find names that two entries share.
///
/// It folds what Arabic matching folds (EXTRACTION.md, "Arabic NER ... standard matching
/// normalization"): diacritics and tatweel are dropped; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و,
/// ئ → ي; the Persian and Kurdish letters ک ی گ پ چ ڤ → ك ي ك ب ج ف; Arabic-Indic digits →
/// ASCII; Latin letters are lower-cased; anything else is a word break. A leading article ال
/// on each word is removed, because the matcher reads through the article ("القائم" and
/// "قائم" are one name to it). Two names with equal keys cannot be told apart by the matcher.
///
/// One pass over the scalars, O(n), with no per-scalar allocation: the key is computed for
/// every name each time a lexicon loads, so it sits on the start-up path of every run.
enum LexiconNameKey {
    /// The key as text.
    static func of(_ name: String) -> String {
        String(decoding: bytes(of: name), as: UTF8.self)
    }

    /// The key as UTF-8 bytes: what the loader hashes (byte hashing skips the Unicode
    /// normalization that hashing a non-ASCII String performs).
    static func bytes(of name: String) -> [UInt8] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(name.unicodeScalars.count)
        var wordStart = 0          // index in `out` where the current word began
        var wordLength = 0         // scalars in the current word
        var pendingSpace = false

        func endWord(_ out: inout [Unicode.Scalar]) {
            // Strip the article only when two or more letters remain ("ال" alone is not a word).
            if wordLength >= 4, out[wordStart] == "\u{0627}", out[wordStart + 1] == "\u{0644}" {
                out.removeSubrange(wordStart..<wordStart + 2)
            }
            wordLength = 0
        }

        for scalar in name.unicodeScalars {
            let folded: Unicode.Scalar?
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED, 0x200B...0x200F:
                continue                                                   // harakat, dagger alef, tatweel, Quranic marks, ZW*
            case _ where ArabicFolding.isInvisibleFormat(scalar.value):
                continue                                                   // the other invisible format characters the matcher drops
            case 0x0622, 0x0623, 0x0625, 0x0671: folded = "\u{0627}"      // آ أ إ ٱ → ا
            case 0x0649, 0x0626, 0x06CC, 0x06D2: folded = "\u{064A}"      // ى ئ ی ے → ي
            case 0x0629, 0x06D5: folded = "\u{0647}"                      // ة ە → ه
            case 0x0624: folded = "\u{0648}"                              // ؤ → و
            case 0x06A9, 0x06AF: folded = "\u{0643}"                      // ک گ → ك
            case 0x067E: folded = "\u{0628}"                              // پ → ب
            case 0x0686: folded = "\u{062C}"                              // چ → ج
            case 0x06A4: folded = "\u{0641}"                              // ڤ → ف
            case 0x0660...0x0669: folded = Unicode.Scalar(scalar.value - 0x0660 + 0x30)
            case 0x06F0...0x06F9: folded = Unicode.Scalar(scalar.value - 0x06F0 + 0x30)
            case 0x0621...0x063A, 0x0641...0x064A, 0x30...0x39, 0x61...0x7A: folded = scalar
            case 0x41...0x5A: folded = Unicode.Scalar(scalar.value + 0x20)
            default:
                if scalar.value > 0x7F, scalar.properties.isAlphabetic {
                    folded = scalar.properties.lowercaseMapping.unicodeScalars.first
                } else {
                    folded = nil                                         // punctuation, spaces: a word break
                }
            }
            guard let folded else {
                if wordLength > 0 { endWord(&out); pendingSpace = true }
                continue
            }
            if wordLength == 0 {
                if pendingSpace { out.append(" "); pendingSpace = false }
                wordStart = out.count
            }
            out.append(folded)
            wordLength += 1
        }
        if wordLength > 0 { endWord(&out) }
        var key: [UInt8] = []
        key.reserveCapacity(out.count * 2)
        for scalar in out { UTF8.encode(scalar) { key.append($0) } }
        return key
    }
}
