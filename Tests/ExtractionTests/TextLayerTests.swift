import Testing
import Foundation
@testable import Extraction

@Suite struct TextLayerTests {
    @Test func foldsArabicVariantsPersianLettersAndDigits() {
        #expect(ArabicFolding.normalize("أحمد إيران آمرلي ٱلله") == "احمد ايران امرلي الله")
        #expect(ArabicFolding.normalize("مستشفى مدرسة مؤتمر رئيس") == "مستشفي مدرسه موتمر رييس")
        #expect(ArabicFolding.normalize("کرکوک گرمیان ڤان پیر چای ژاله") == "كركوك كرميان فان بير جاي زاله")
        #expect(ArabicFolding.normalize("٢٠٢٠ ۱۴") == "2020 14")
        #expect(ArabicFolding.normalize("قُصِفَتْ القاعـــدةُ") == "قصفت القاعده")
    }

    @Test func tokensKeepOriginalSpans() {
        let text = "قُصِفَتْ القاعـــدةُ يوم ١١ آذار"
        let t = TokenizedText(text)
        #expect(t.tokens.map(\.norm.string) == ["قصفت", "القاعده", "يوم", "11", "اذار"])
        let base = t.tokens[1]
        #expect(t.text(base.start, base.end) == "القاعـــدةُ")
        // Offsets are Unicode scalars of the original.
        #expect(t.tokens[0].start == 0 && t.tokens[0].end == "قُصِفَتْ".unicodeScalars.count)
    }

    @Test func splitsSentencesButNotNumbersOrAbbreviations() {
        let t = TokenizedText("نشر في 2020.03.20 تقرير. هل انسحبت القوات؟ نعم! قالت U.S. Army شيئا\nسطر جديد")
        let sentences = t.sentences.map { t.text(of: $0) }
        #expect(sentences == ["نشر في 2020.03.20 تقرير.", "هل انسحبت القوات؟", "نعم!", "قالت U.S. Army شيئا", "سطر جديد"])
        #expect(t.tokens.contains { $0.kind == .number && $0.norm == "2020.03.20" })
    }

    @Test func paragraphsAreSeparatedByBlankLines() {
        let t = TokenizedText("أولى.\nثانية.\n\nثالثة.")
        #expect(t.sentences.map(\.paragraph) == [0, 0, 1])
    }

    @Test func readsThroughClitics() {
        #expect(Clitics.readings(of: "للقوات").map { String($0.0) }.contains("قوات"))
        #expect(Clitics.readings(of: "وبالقاعده").map { String($0.0) }.contains("قاعده"))
        #expect(Clitics.readings(of: "فالحشد").map { String($0.0) }.contains("حشد"))
        // The literal reading comes first: "بغداد" is not ب + غداد.
        #expect(Clitics.readings(of: "بغداد").first!.0 == "بغداد")
        #expect(Clitics.hasArticle("بالقاعده") && Clitics.hasArticle("للقوات") && Clitics.hasArticle("والجيش"))
        #expect(!Clitics.hasArticle("قاعده") && !Clitics.hasArticle("بغداد"))
    }

    @Test func consonantSkeletonJoinsTransliterationsOnly() {
        let a = Rasm.consonants("كاغيتر"), b = Rasm.consonants("كيغنز"), c = Rasm.consonants("كاغينز")
        #expect(a == b && b == c)
        #expect(Rasm.editDistance(Rasm.consonants("سليماني"), Rasm.consonants("المهندس")) > 1)
        #expect(Rasm.editDistance(Array("kitten"), Array("sitting")) == 3)
    }

    @Test func emphaticsShareTheSkeletonOfTheirPlainLetters() {
        #expect(Rasm.consonants("ماروتو") == Rasm.consonants("ماروطو"))
        #expect(Rasm.consonants("دانيال") == Rasm.consonants("ضانيال"))
        #expect(Rasm.consonants("زاك") == Rasm.consonants("ظاك"))
        #expect(Rasm.consonants("سامر") == Rasm.consonants("صامر"))
        // The emphatic is read as its plain letter, not joined to every class near it.
        #expect(Rasm.consonants("طارق") != Rasm.consonants("زارق"))
        #expect(Rasm.consonants("صالح") != Rasm.consonants("دالح"))
    }
}
