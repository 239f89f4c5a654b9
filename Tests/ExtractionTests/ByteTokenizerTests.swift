import Foundation
import Testing
@testable import Extraction

/// The tokenizer reads the text's UTF-8 bytes; `TokenizedText.reference` is its definition on
/// the String's scalars. Both must give the same tokens (byte for byte), sentences and scalar
/// offsets on every real article and on the texts where bytes and scalars part.
@Suite struct ByteTokenizerTests {
    /// Tests in other suites register word lists while these run: both tokenizers are given
    /// the same lists.
    static func check(_ source: String, _ label: String, scratch: TokenizerScratch? = nil) {
        let lists = CueRegistry.shared.snapshot()
        let text = TokenizedText(source, scratch: scratch, cueLists: lists)
        #expect(TokenizedText.sameAsReference(text, cueLists: lists), "\(label)")
        #expect(text.scalarCount == source.unicodeScalars.count, "\(label)")
        #expect(text.scalars.elementsEqual(source.unicodeScalars), "\(label)")
    }

    @Test func agreesWithReferenceOnEveryRealArticle() throws {
        var articles = 0, tokens = 0
        // Each article tokenized afresh and with the words of the articles before it remembered
        // (as a worker tokenizes them).
        let scratch = TokenizerScratch()
        for folder in try Fixture.realArticleFolders() {
            for name in try Fixture.articleNames(in: folder) {
                let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                Self.check(source, "\(folder.lastPathComponent)/\(name)")
                Self.check(source, "\(folder.lastPathComponent)/\(name), remembered words", scratch: scratch)
                tokens += TokenizedText(source).tokens.count
                articles += 1
            }
        }
        #expect(articles > 50 && tokens > 20_000)
    }

    @Test func agreesWithReferenceWhereBytesAndScalarsPart() {
        let texts = [
            "",
            " ",
            "\r\n\r\nسطر\rثان\n\nثالث\r\n",
            "نشر في 2020.03.20 تقرير. هل انسحبت القوات؟ نعم! قالت U.S. Army شيئا\nسطر جديد",
            // Separators between digits, at the ends of numbers, after letters.
            "3,5 و12:30 و1/2 و١٢٫٥ 12. .5 a1.2 12.a 1..2 ٢٠٢٠/٠٣/٢٠",
            // Marks (also first in a word and between digits), tatweel, tanween, Persian letters.
            "\u{064E}قُصِفَتْ القاعـــدةُ صورًا صوراً ١\u{064B}٢ کرکوک گرمیان",
            // Scalars of three and four bytes: format marks, spaces, line separators, emoji.
            "قوات\u{200C}الحشد\u{2028}سطر\u{2029}فقرة\u{FEFF}بداية \u{3000}مسافة \u{1F600} 😀عين \u{10400}𐐀 \u{0915}\u{093F}",
            // Glued and abbreviated full stops, question marks, the Arabic full stop.
            "U.S.Army قال.ثم A. B. c.d x.Y ؟!?۔ end.",
            // Words longer than the inline bytes (interned), and a long digit run.
            String(repeating: "ا", count: 16) + " " + String(repeating: "x", count: 31) + " " + String(repeating: "9", count: 40),
            // Latin capitals fold to lower case; Latin letters with marks are not plain.
            "ABC Ärger e\u{0301}té Ω",
            // Clitics and the article.
            "وبالقاعدة الأمريكية، للقوات فالحشد «عين الأسد» في 2020.03.20 والـ28 US.",
            // Two-byte line break and space (NEL, no-break space), direction and format marks
            // inside words, a soft hyphen, a word joiner, a mark after a digit separator, a
            // carriage return as the last byte.
            "سطر\u{0085}ثان\u{00A0}ثالث قو\u{200E}ات حش\u{2066}د\u{2069} عي\u{061C}ن ال\u{00AD}أسد قا\u{2060}عدة 1.\u{064B}2 نهاية\r",
        ]
        let scratch = TokenizerScratch()
        for text in texts + texts {
            Self.check(text, text)
            Self.check(text, text, scratch: scratch)
        }
    }

    /// The tokenizer writes its tokens into storage of about one token per seven bytes
    /// (`TokenStorage`); texts denser in tokens move them to larger buffers, once or several
    /// times, with sentences closed before and after each move.
    @Test func agreesWithReferenceWhenTokensOutgrowTheirStorage() {
        let texts = [
            String(repeating: "و، ", count: 500),
            String(repeating: "!", count: 3_000),
            String(repeating: "a.b,c;1 2? ", count: 400),
            "قال المصدر: " + String(repeating: "١، ٢. ", count: 700) + "انتهى",
        ]
        let scratch = TokenizerScratch()
        for text in texts {
            let tokens = TokenizedText(text).tokens.count
            #expect(tokens > 2 * (text.utf8.count / 7 + 4), "the text must outgrow the first storage twice: \(tokens) tokens")
            Self.check(text, String(text.prefix(20)))
            Self.check(text, String(text.prefix(20)), scratch: scratch)
        }
    }

    @Test func scalarsAreReadFromTheBytes() {
        let source = "a\u{0301}ب😀\n"
        let text = TokenizedText(source)
        #expect(Array(text.scalars) == Array(source.unicodeScalars))
        #expect(text.scalars[3] == "😀" && text.scalars.count == 5)
        #expect(text.text(2, 4) == "ب😀")
    }
}
