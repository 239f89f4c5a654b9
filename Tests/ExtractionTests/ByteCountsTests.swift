import Foundation
import Testing
import TestSupport
@testable import Extraction

/// `ArticleError.decode` counts and validates an article's bytes sixteen at a time
/// (`ByteCounts.count`); the counts must be those of the byte loop (`countBytewise`) on real
/// articles and on byte strings built to hit every case at every position of a block, and the
/// validation that of the standard library.
@Suite struct ByteCountsTests {
    static func counts(_ bytes: [UInt8]) -> (ByteCounts, ByteCounts) {
        bytes.withUnsafeBytes { (ByteCounts.count($0), ByteCounts.countBytewise($0)) }
    }

    @Test func countsAreByteCountsOnTheArticles() throws {
        // The samples, the fixture articles and every held-out set beside them.
        var texts: [String] = []
        for folder in try Fixture.realArticleFolders() {
            for name in try Fixture.articleNames(in: folder) {
                texts.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            }
        }
        #expect(texts.count > 50)
        for text in texts {
            let bytes = Array(text.utf8)
            // Every offset, so that line breaks and letters fall at every place of a block.
            for start in 0..<17 where start < bytes.count {
                let (fast, reference) = Self.counts(Array(bytes[start...]))
                #expect(fast == reference)
            }
            #expect(Self.counts(bytes).0.scalars == text.unicodeScalars.count)
        }
    }

    @Test func countsAreByteCountsOnEdgeCases() {
        // White space only (blank), of lengths up to past two blocks; one other byte at each position.
        for length in 0..<36 {
            for filler: UInt8 in [0x20, 0x0A, 0x09, 0x0D] {
                let blank = [UInt8](repeating: filler, count: length)
                let (fast, reference) = Self.counts(blank)
                #expect(fast == reference && fast.blank)
                for at in 0..<length {
                    for other: UInt8 in [0x00, 0x01, 0x1F, 0x21, 0x7F, 0x80, 0xBF, 0xC0, 0xD8, 0xEF, 0xFF] {
                        var bytes = blank
                        bytes[at] = other
                        let (fast, reference) = Self.counts(bytes)
                        #expect(fast == reference)
                    }
                }
            }
        }
        // Pseudo-random bytes, controls and continuation bytes mixed in.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 58)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let r = UInt8(truncatingIfNeeded: state >> 56)
                bytes.append(r % 3 == 0 ? r & 0x3F : r)
            }
            let (fast, reference) = Self.counts(bytes)
            #expect(fast == reference)
        }
    }

    /// Whether the standard library takes `bytes` as UTF-8 as they are (no repair).
    static func stdlibValid(_ bytes: [UInt8]) -> Bool {
        Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
    }

    /// Checks both scans, and the validation against the standard library, on `bytes` behind
    /// every prefix length from 0 to 16 (so that each byte falls at every place of a block),
    /// with Arabic text after it (so that the block loop, not only the tail, reads it); the byte
    /// strings that disagree are collected (one expectation per test keeps the test fast).
    ///
    /// The first block of a text always goes through the byte loop, so the prefixes are also
    /// put behind 32 bytes of two-byte letters, whose second block is a fast one: a block that
    /// holds `bytes` then switches from the block test back to the byte loop, which rebuilds its
    /// state from the fast block's last byte. Behind `letters` that byte ends a letter; behind
    /// `shifted` (the same letters one space later) it is a two-byte lead, whose continuation is
    /// the first byte of the prefix (or, with no prefix, `bytes` follows the lead directly).
    static func checkEverywhere(_ bytes: [UInt8], prefixes: [Int] = Array(0...16), failures: inout [[UInt8]]) {
        let arabic = Array("قاعدة عين الأسد، قاعدة عين الأسد".utf8)
        let letters = Array("قاعدةعينالأسدقاع".utf8)
        let shifted = [0x20] + letters
        let leads: [(lead: [UInt8], tail: [UInt8])] = [
            ([], arabic),
            (letters, arabic),
            (Array(shifted[..<32]), Array(shifted[32...]) + arabic),
        ]
        for (lead, tail) in leads {
            for prefix in prefixes {
                let all = lead + Array(tail.prefix(prefix)) + bytes + arabic
                let (fast, reference) = counts(all)
                if fast != reference || fast.valid != stdlibValid(all) { failures.append(all) }
            }
        }
    }

    /// The lead-ins of `checkEverywhere` are what it says: 32 bytes of two-byte letters, the
    /// last byte of the second block ending a letter or being a lead.
    @Test func leadInsEndAsIntended() {
        let letters = Array("قاعدةعينالأسدقاع".utf8)
        let shifted = [0x20] + letters
        #expect(letters.count == 32 && letters.allSatisfy { $0 >= 0x80 && $0 < 0xE0 })
        #expect(letters[31] < 0xC0 && shifted[31] >= 0xC2 && shifted[15] >= 0xC2)
    }

    @Test func validationIsTheStandardLibrarysOnEveryShortSequence() {
        // Every one- and two-byte string; three- and four-byte strings whose second and later
        // bytes are values where the rules change, at the start, middle and end of a word.
        let edges: [UInt8] = [0x00, 0x20, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xBE, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xF0, 0xFF]
        var failures: [[UInt8]] = []
        var valid = 0
        for a in 0...255 {
            Self.checkEverywhere([UInt8(a)], failures: &failures)
            for b in 0...255 {
                let pair = [UInt8(a), UInt8(b)]
                let (fast, reference) = Self.counts(pair + Array("عين".utf8))
                if fast != reference || fast.valid != Self.stdlibValid(pair + Array("عين".utf8)) { failures.append(pair) }
                if fast.valid { valid += 1 }
                if a >= 0xE0, edges.contains(UInt8(b)) {
                    for c in edges {
                        Self.checkEverywhere(pair + [c], prefixes: [0, 3, 7, 14, 15], failures: &failures)
                        if a >= 0xF0 {
                            for d in [0x80, 0xBF, 0x41] as [UInt8] { Self.checkEverywhere(pair + [c, d], prefixes: [0, 3, 7, 13, 15], failures: &failures) }
                        }
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        // 128 × 128 ASCII pairs and the 30 × 64 two-byte scalars.
        #expect(valid == 128 * 128 + 30 * 64)
    }

    @Test func validationIsTheStandardLibrarysOnMixedText() {
        // Pseudo-random runs of ASCII, Arabic, three- and four-byte scalars, with a byte
        // changed here and there.
        let pieces: [[UInt8]] = ["a", " ", "\n", "ق", "ة", "€", "ﻻ", "🚀", "𝔸", "\t"].map { Array($0.utf8) }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        for round in 0..<4_000 {
            var bytes: [UInt8] = []
            for _ in 0..<(Int(next() % 40)) { bytes += pieces[Int(next() % UInt64(pieces.count))] }
            if round % 2 == 1, !bytes.isEmpty {
                bytes[Int(next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: next())
            }
            let (fast, reference) = Self.counts(bytes)
            #expect(fast == reference)
            #expect(fast.valid == Self.stdlibValid(bytes), "\(bytes)")
            if fast.valid {
                let made = bytes.withUnsafeBytes { ByteCounts.string(validUTF8: $0, ascii: fast.ascii) }
                #expect(made == String(decoding: bytes, as: UTF8.self) && Array(made.utf8) == bytes)
            }
        }
    }

    /// Texts of thousands of blocks (the block loop sums its continuation bytes every 255
    /// blocks), plain or with a three-byte scalar, a line break, a control byte, a NUL byte or
    /// a bad byte at places around those sums.
    @Test func countsAreByteCountsOnLongTexts() {
        let line = Array("أعلنت وزارة الدفاع أن القوات وصلت إلى قاعدة عين الأسد ".utf8)
        var text: [UInt8] = []
        while text.count < 20_000 { text += line }
        var failures: [Int] = []
        for at in [0, 1, 15, 16, 4_079, 4_080, 4_081, 8_159, 8_160, 12_000, 19_990] {
            for insert in [[], [0xE2, 0x80, 0x8F], [0x0A], [0x01], [0x00], [0xC0], [0x80], [0xD8]] as [[UInt8]] {
                var bytes = text
                bytes.insert(contentsOf: insert, at: min(at, bytes.count))
                let (fast, reference) = Self.counts(bytes)
                if fast != reference || fast.valid != Self.stdlibValid(bytes) { failures.append(at) }
            }
        }
        #expect(failures.isEmpty, "\(failures)")
    }
}
