/// A set of folded word forms, tested against every clitic reading of a token
/// ("وبالقاعدة" is tested as وبالقاعده, بالقاعده → قاعده, قاعده).
public struct WordSet: Sendable {
    private let words: Set<Substring>
    private let stems: [Substring]
    private let suffixes: Set<Substring>

    /// `words` match exactly; `stems` match with one of `suffixes` (or none) after them.
    public init(_ words: [String], stems: [String] = [], suffixes: [String] = []) {
        self.words = Set(words.map { ArabicFolding.withoutArticle(Substring(ArabicFolding.normalize($0))) })
        self.stems = stems.map { Substring(ArabicFolding.normalize($0)) }
        self.suffixes = Set(suffixes.map { Substring(ArabicFolding.normalize($0)) })
    }

    @inline(__always)
    public func contains(form: Substring) -> Bool {
        if words.contains(form) { return true }
        for stem in stems where form.hasPrefix(stem) {
            let rest = form.dropFirst(stem.count)
            if rest.isEmpty || suffixes.contains(rest) { return true }
        }
        return false
    }

    /// Whether any reading of the token is in the set.
    @inline(__always)
    public func matches(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        for (form, _) in token.readings where contains(form: form) { return true }
        return false
    }
}
