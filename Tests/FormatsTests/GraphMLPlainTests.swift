import Foundation
import Testing
import GraphModel
import TestSupport
@testable import Formats

/// The evidence writer tests each string eight bytes at a time (`GraphMLEvidence.isPlain`);
/// the answer must be the byte loop's (`isPlainBytewise`) on real text and on every byte
/// value at every position of a word.
@Suite struct GraphMLPlainTests {
    static func both(_ bytes: [UInt8]) -> (Bool, Bool) {
        bytes.withUnsafeBufferPointer { (GraphMLEvidence.isPlainWordwise($0), GraphMLEvidence.isPlainBytewise($0)) }
    }

    @Test func wordTestIsByteTestOnEveryByteAtEveryPosition() {
        let arabic = Array("قاعدة عين الأسد الجوية".utf8)
        for length in [1, 7, 8, 9, 15, 16, 17, 24] {
            let base = Array((arabic + arabic)[0..<length])
            #expect(Self.both(base) == (true, true))
            for at in 0..<length {
                for value in 0...255 {
                    var bytes = base
                    bytes[at] = UInt8(value)
                    let (fast, reference) = Self.both(bytes)
                    #expect(fast == reference, "byte \(value) at \(at) of \(length)")
                }
            }
        }
        #expect(Self.both([]) == (true, true))
    }

    @Test func wordTestIsByteTestOnTheSampleArticles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.path).filter { $0.hasSuffix(".txt") }
        #expect(!names.isEmpty)
        for name in names {
            let bytes = Array(try Data(contentsOf: TestPaths.samples.appendingPathComponent(name)))
            // Every line and every start offset of the whole text.
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
                let (fast, reference) = Self.both(Array(line))
                #expect(fast == reference)
            }
            for start in 0..<9 {
                let (fast, reference) = Self.both(Array(bytes[start...]))
                #expect(fast == reference && !fast)   // line breaks are control bytes
            }
        }
    }
}

/// XML escaping tests each value eight bytes at a time (`XMLText.needsEscaping`); the answer
/// must be the byte loop's, in content and in attributes, for every byte at every position.
@Suite struct XMLEscapeTestTests {
    @Test func wordTestIsByteTestOnEveryByteAtEveryPosition() {
        let text = Array("doc-1.txt|doc-2.txt|قاعدة عين الأسد".utf8)
        for attribute in [false, true] {
            for length in [0, 1, 7, 8, 9, 16, 17, 30] {
                let base = Array(text[0..<length])
                for at in 0..<max(length, 1) where length > 0 {
                    for value in 0...255 {
                        var bytes = base
                        bytes[at] = UInt8(value)
                        bytes.withUnsafeBufferPointer { b in
                            #expect(XMLText.needsEscapingWordwise(b, attribute: attribute) == XMLText.needsEscapingBytewise(b, attribute: attribute),
                                    "byte \(value) at \(at) of \(length), attribute \(attribute)")
                        }
                    }
                }
                base.withUnsafeBufferPointer { b in #expect(!XMLText.needsEscapingWordwise(b, attribute: attribute)) }
            }
        }
        // Line feed and tab pass in content, not in attributes; the results of escaping agree.
        #expect(XMLText.content("a\nb\tc d") == "a\nb\tc d")
        #expect(XMLText.attribute("a\nb\tc d") == "a&#10;b&#9;c d")
    }
}
