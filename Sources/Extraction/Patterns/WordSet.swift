/// A set of folded word forms, tested against every clitic reading of a token
/// ("وبالقاعدة" is tested as وبالقاعده, بالقاعده → قاعده, قاعده).
///
/// Forms are kept as `ArabicFolding.key` hashes: a test is one integer-set probe per reading.
/// Stems with suffixes are expanded into whole forms when the set is built.
public struct WordSet: Sendable {
    private let keys: WordKeySet

    /// `words` match exactly; `stems` match alone or followed by one of `suffixes`.
    public init(_ words: [String], stems: [String] = [], suffixes: [String] = []) {
        var forms = words.map { ArabicFolding.withoutArticle(Substring(ArabicFolding.normalize($0))) }
        for stem in stems {
            let base = ArabicFolding.normalize(stem)
            forms.append(Substring(base))
            for suffix in suffixes { forms.append(Substring(base + ArabicFolding.normalize(suffix))) }
        }
        keys = WordKeySet(forms.map(ArabicFolding.key))
    }

    @inline(__always)
    public func contains(form: Substring) -> Bool { keys.contains(ArabicFolding.key(form)) }

    /// Whether any reading of the token is in the set.
    @inline(__always)
    public func matches(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        for k in token.keys where keys.contains(k) { return true }
        return false
    }
}
