import Testing
import GraphModel
@testable import Extraction

/// "ثالث قاعدة تنتقل …", "أول معسكر تغادره …": after an ordinal or a superlative the class word is a
/// common noun, and the word after it names no base (Patterns/EntityPatterns.swift). Sentences
/// written for the test.
@Suite struct RankedClassWordTests {
    private func patternBases(_ f: DocumentFindings) -> [String] {
        f.entities.filter { $0.kind == .base && !$0.ref.hasPrefix("k:") }.map(\.ref)
    }

    @Test func anOrdinalBeforeTheClassWord() {
        let f = Fixture.extract("""
            تسلم الجيش العراقي قاعدة بلد الجوية اليوم، لتصبح خامس قاعدة تنتقل إلى القوات العراقية هذا العام.
            """, published: "2020-09-10")
        #expect(patternBases(f).isEmpty)
        #expect(f.entities.contains { $0.ref == "k:balad-air-base" })
    }

    @Test func aSuperlativeBeforeTheClassWord() {
        let f = Fixture.extract("وغادر المستشارون أكبر معسكر تديره القوات الأسترالية في البلاد.", published: "2020-09-10")
        #expect(patternBases(f).isEmpty)
    }

    @Test func withoutARankTheNameIsRead() {
        let f = Fixture.extract("وغادر المستشارون معسكر الصقور قرب مدينة الرمادي.", published: "2020-09-10")
        #expect(patternBases(f).count == 1)
    }
}
