/// The comparison key of an Arabic name, used to find names that two entries share.
///
/// It folds what Arabic matching folds (EXTRACTION.md, "Arabic NER ... standard matching
/// normalization"): diacritics and tatweel are dropped; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و,
/// ئ → ي; the Persian and Kurdish letters ک ی گ پ چ ڤ → ك ي ك ب ج ف; Arabic-Indic digits →
/// ASCII; punctuation → space; and a leading article ال on each word is removed, because the
/// matcher reads through the article ("القائم" and "قائم" are one name to it). Two names with
/// equal keys cannot be told apart by the matcher.
///
/// Complexity: O(n) in the name's scalars.
enum LexiconNameKey {
    static func of(_ name: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED, 0x200C...0x200F:
                continue                                       // harakat, superscript alef, tatweel, Quranic marks, ZWNJ/ZWJ/marks
            case 0x0622, 0x0623, 0x0625, 0x0671: folded.append("\u{0627}")   // آ أ إ ٱ → ا
            case 0x0649, 0x0626, 0x06CC, 0x06D2: folded.append("\u{064A}")   // ى ئ ی ے → ي
            case 0x0629: folded.append("\u{0647}")                           // ة → ه
            case 0x0624: folded.append("\u{0648}")                           // ؤ → و
            case 0x06A9, 0x06AF: folded.append("\u{0643}")                   // ک گ → ك
            case 0x067E: folded.append("\u{0628}")                           // پ → ب
            case 0x0686: folded.append("\u{062C}")                           // چ → ج
            case 0x06A4: folded.append("\u{0641}")                           // ڤ → ف
            case 0x0660...0x0669: folded.append(Unicode.Scalar(scalar.value - 0x0660 + 0x30)!)
            case 0x06F0...0x06F9: folded.append(Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!)
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    folded.append(" ")
                }
            }
        }
        let words = String(folded).split(separator: " ").map { word -> Substring in
            // Strip the article only when two or more letters remain ("ال" alone is not a word).
            if word.hasPrefix("\u{0627}\u{0644}"), word.unicodeScalars.count >= 4 { return word.dropFirst(2) }
            return word
        }
        return words.joined(separator: " ")
    }
}
