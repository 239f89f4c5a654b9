import Foundation
import Testing
import TestSupport
@testable import Extraction

/// The per-token word-list bits against probing each list's table, which they replace.
@Suite struct CueMaskTests {
    /// Every word list of the rules, made before the text is tokenized so that the tokens cover them.
    static let lists: [WordSet] = [
        Cues.attack, Cues.aircraft, Cues.droneQualifier, Cues.withdraw, Cues.handOver, Cues.receive, Cues.transfer,
        Cues.notAnEvent, Cues.baseClass, Cues.placeClass, Cues.groupClass, Cues.title, Cues.office, Cues.nameStop,
        Cues.notAName, Cues.commonWords, Cues.from, Cues.to, Cues.on, Cues.sayVerb, Cues.accuseCue, Cues.site,
    ]

    @Test func tokenBitsAgreeWithProbingOnEveryWordOfTheSamples() throws {
        let lists = Self.lists
        let sets = lists.filter(\.hasCueBit)
        #expect(!sets.isEmpty)
        var words = 0, hits = 0
        let samples = try FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.path).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try Fixture.fixtureArticles().map(\.text)
            + samples.map { try String(contentsOf: TestPaths.samples.appendingPathComponent($0), encoding: .utf8) }
        for article in texts {
            let text = TokenizedText(article)
            for token in text.tokens where token.kind == .word {
                words += 1
                #expect(token.layout.cueLists > 0)
                for set in lists {
                    let probed = set.matchesByProbing(token)
                    #expect(set.matches(token) == probed, "\(token.norm)")
                    if probed { hits += 1 }
                }
            }
        }
        // The comparison means something only if the lists match some words and miss others.
        #expect(words > 2000)
        #expect(hits > 50)
    }

    @Test func tokensMadeOutsideTheTokenizerAreProbed() {
        let token = Token(kind: .word, norm: "والقاعده", start: 0, end: 8)
        #expect(token.layout.cueLists == 0)
        #expect(Cues.baseClass.matches(token))
        #expect(!Cues.attack.matches(token))
    }

    @Test func maskSetsAndTestsEveryWord() {
        let bits = [0, 5, 63, 64, 100, 127, 128, 150, 191]
        var mask = CueMask()
        for bit in bits { mask.insert(bit) }
        for bit in 0..<CueMask.capacity { #expect(mask.contains(bit) == bits.contains(bit)) }
        var other = CueMask()
        other.insert(1); other.insert(190)
        mask.formUnion(other)
        #expect(mask.contains(1) && mask.contains(190) && mask.contains(191))
    }
}
