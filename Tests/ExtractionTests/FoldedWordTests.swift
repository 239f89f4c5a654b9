import Foundation
import Testing
@testable import Extraction

/// `FoldedWord` (a token's folded form held inline, compared on its bytes) against the
/// String operations it replaces, on every token of the samples and fixture articles and on
/// words where bytes and String semantics could part (marks, decomposed letters, long words).
@Suite struct FoldedWordTests {
    /// The literals and affixes the rules compare folded words with.
    static let literals = ["في", "وفي", "من", "داخل", "موقع", "وموقع", "واحد", "واحده", "(", ")", "\"", "«", "»", "،", ",", "-",
                           "شركه", "وزاره", "ال", "ل", "لل", "و", "ها", "ه", "هم", "بعد", "e", "é", "e\u{301}", ""]

    static let words: [String] = {
        var words: [String] = ["é", "e\u{301}", "ا\u{653}", "آ", "مُحمد", "e\u{301}ها", "ل\u{654}ل", "\u{2010}", "-", "«", "ab",
                                String(repeating: "x", count: 30), String(repeating: "x", count: 31),
                                String(repeating: "ل", count: 15), String(repeating: "ل", count: 16),
                                "ال" + String(repeating: "قاعده", count: 8), "و" + String(repeating: "e\u{301}", count: 20)]
        for text in TextFastPathTests.texts { words += text.tokens.map(\.norm.string) }
        return words
    }()

    @Test func bytesRoundTrip() {
        for w in Self.words {
            let f = FoldedWord(w)
            #expect(f.string == w && Array(f.string.utf8) == Array(w.utf8), "\(w)")
            #expect(f.utf8Count == w.utf8.count && f.scalarCount == w.unicodeScalars.count, "\(w)")
            #expect(f.firstScalar == w.unicodeScalars.first, "\(w)")
            #expect(f.startsWithASCII == (w.unicodeScalars.first?.isASCII ?? false), "\(w)")
            #expect(f.onlyScalar == (w.unicodeScalars.count == 1 ? w.unicodeScalars.first : nil), "\(w)")
            f.withUTF8 { #expect(Array($0) == Array(w.utf8)) }
        }
        // Words past the inline bytes are interned: equal words share their index.
        let long = String(repeating: "قاعده", count: 8)
        #expect(FoldedWord(long).isLong && FoldedWord(long) == FoldedWord(long) && FoldedWord(long) == long)
        #expect(!FoldedWord("قاعده").isLong)
    }

    @Test func comparisonsAgreeWithString() {
        var plain = 0
        for w in Self.words {
            let f = FoldedWord(w)
            if f.isPlain { plain += 1 }
            for literal in Self.literals {
                #expect((f == literal) == (w == literal), "\(w) == \(literal)")
                #expect(f.hasPrefix(literal) == w.hasPrefix(literal), "\(w) prefix \(literal)")
                #expect(f.hasSuffix(literal) == w.hasSuffix(literal), "\(w) suffix \(literal)")
            }
            #expect(Clitics.isTransparent(f) == Clitics.isTransparent(w), "\(w)")
            #expect(Clitics.isHyphen(f) == Clitics.isHyphen(w), "\(w)")
            #expect(Clitics.hasArticle(f) == Clitics.hasArticle(w), "\(w)")
        }
        #expect(plain > Self.words.count / 2)
        // Canonically equal, different bytes: String's equality holds, and so does the word's.
        #expect(FoldedWord("é") == "e\u{301}" && FoldedWord("e\u{301}") == FoldedWord("é"))
        #expect(!FoldedWord("e\u{301}").isPlain && FoldedWord("قاعده").isPlain)
        // Neighbouring tokens against each other.
        for text in TextFastPathTests.texts {
            for (a, b) in zip(text.tokens, text.tokens.dropFirst()) {
                #expect((a.norm == b.norm) == (a.norm.string == b.norm.string))
                #expect((a.norm == b.norm.string) == (a.norm.string == b.norm.string))
            }
        }
    }

    /// The tokenizer's tokens hold no references: a copy is a move of bytes.
    @Test func tokensAreBitwiseCopyable() {
        func isBitwise<T: BitwiseCopyable>(_: T.Type) -> Bool { true }
        #expect(isBitwise(Token.self) && isBitwise(FoldedWord.self))
        let long = String(repeating: "abcdefghij", count: 4)
        let text = TokenizedText("هاجم \(long.uppercased()) قاعدة عين الأسد")
        #expect(text.tokens.map(\.norm.string) == ["هاجم", long, "قاعده", "عين", "الاسد"])
        #expect(text.tokens[3].hasArticle == false && text.tokens[4].hasArticle)
        // The tokenizer's plain flag (kept while folding) is the flag of the bytes.
        for text in TextFastPathTests.texts {
            for t in text.tokens { #expect(t.norm.isPlain == FoldedWord(t.norm.string).isPlain, "\(t.norm)") }
        }
    }
}
