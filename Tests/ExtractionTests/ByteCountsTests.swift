import Foundation
import Testing
import TestSupport
@testable import Extraction

/// `ArticleError.decode` counts an article's bytes eight at a time (`ByteCounts.count`); the
/// counts must be those of the byte loop (`countBytewise`) on real articles and on byte strings
/// built to hit every case at every position of a word.
@Suite struct ByteCountsTests {
    static func counts(_ bytes: [UInt8]) -> (ByteCounts, ByteCounts) {
        bytes.withUnsafeBytes { (ByteCounts.count($0), ByteCounts.countBytewise($0)) }
    }

    @Test func wordCountsAreByteCountsOnTheArticles() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        // The fixture articles and every held-out set beside them.
        let fixtures = Fixture.articlesFolder.deletingLastPathComponent()
        let heldOut = try FileManager.default.subpathsOfDirectory(atPath: fixtures.path)
            .filter { $0.hasPrefix("heldout") && $0.hasSuffix(".txt") }.sorted()
        let texts = try Fixture.fixtureArticles().map(\.text)
            + samples.map { try String(contentsOf: TestPaths.samples.appendingPathComponent($0), encoding: .utf8) }
            + heldOut.map { try String(contentsOf: fixtures.appendingPathComponent($0), encoding: .utf8) }
        #expect(texts.count > 50)
        for text in texts {
            let bytes = Array(text.utf8)
            // Every offset, so that line breaks and letters fall at every place of a word.
            for start in 0..<9 where start < bytes.count {
                let (fast, reference) = Self.counts(Array(bytes[start...]))
                #expect(fast == reference)
            }
            #expect(Self.counts(bytes).0.scalars == text.unicodeScalars.count)
        }
    }

    @Test func wordCountsAreByteCountsOnEdgeCases() {
        // White space only (blank), of lengths around a word; one other byte at each position.
        for length in 0..<20 {
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
}
