/// The rasm: the consonant skeleton of an Arabic word with the dots removed. Spellings of a
/// foreign name that differ in dotted letters (كاغيتر, كاغينز) share it; it proposes
/// candidate pairs for a merge and never merges alone.
///
/// Letter classes follow the undotted script: ب ت ث ن ي (initial/medial teeth) → one class,
/// ج ح خ → ح, د ذ → د, ر ز → ر, س ش → س, ع غ → ع, ف ق → ف. Final ن and ي are written
/// differently from the teeth, but transliterations end in both, so they stay in the tooth
/// class too. Long vowels (ا و ي) are kept: they are letters of the skeleton.
///
/// The emphatics are first read as their plain counterparts, ط → ت, ض → د, ظ → ز, ص → س,
/// then classed as those: a foreign t, d, z or s has no emphasis, and transliterations
/// alternate the two (ماروتو, ماروطو). This is a function composed before the class map (not
/// a union of classes), so ت's tooth class and ز's ر class stay apart even though ط and ظ
/// share a shape.
public enum Rasm {
    /// The consonant skeleton: long vowels (ا و ي ى) dropped after the first letter, since
    /// transliterations of one foreign name disagree mostly on them (كاغيتر, كيغنز).
    public static func consonants(_ folded: Substring) -> [Unicode.Scalar] {
        let scalars = Array(folded.unicodeScalars)
        guard let first = scalars.first else { return [] }
        return skeleton(Substring(String(String.UnicodeScalarView([first] + scalars.dropFirst().filter { !"اويى".unicodeScalars.contains($0) }))))
    }

    public static func skeleton(_ folded: Substring) -> [Unicode.Scalar] {
        folded.unicodeScalars.map { s in
            switch s {
            case "ب", "ت", "ث", "ن", "ي", "ى", "ئ": return "ٮ"
            case "ج", "ح", "خ": return "ح"
            case "د", "ذ": return "د"
            case "ر", "ز": return "ر"
            case "س", "ش": return "س"
            case "ط": return "ٮ"   // read as ت
            case "ض": return "د"   // read as د
            case "ظ": return "ر"   // read as ز
            case "ص": return "س"   // read as س
            case "ع", "غ": return "ع"
            case "ف", "ق": return "ف"
            case "ة", "ه": return "ه"
            default: return s
            }
        }
    }

    /// Levenshtein distance, O(|a|·|b|) time, O(|b|) space (Wagner and Fischer, 1974).
    public static func editDistance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
