import Foundation
import Testing
import GraphModel
import TestSupport
@testable import Formats

/// The GraphML writer reads evidence strings in place (`BorrowedUTF8`); the bytes must be those
/// the standard library gives (`UTF8Bytes.with`), for every form a string can take, and the
/// common forms (small, native, literal) must take the in-place path.
@Suite struct BorrowedUTF8Tests {
    static func check(_ string: String, inPlace expected: Bool? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let reference = UTF8Bytes.with(string) { Array($0) }
        let shown = string.debugDescription
        withUnsafePointer(to: string) { field in
            let borrowed = BorrowedUTF8.with(field, inPlace: true) { Array($0) }
            #expect(borrowed == reference, "\(shown)", sourceLocation: sourceLocation)
            #expect(BorrowedUTF8.with(field, inPlace: false) { Array($0) } == reference, "\(shown)", sourceLocation: sourceLocation)
            if let expected {
                #expect((BorrowedUTF8.inPlace(field) != nil) == expected, "\(shown)", sourceLocation: sourceLocation)
            }
        }
    }

    /// The once-per-process check of the layout passes on this platform (else the writer would
    /// read every string through the standard library, and the tests above would not show it).
    @Test func layoutIsKnownHere() {
        #if _pointerBitWidth(_64) && _endian(little) && !_runtime(_ObjC)
        #expect(BorrowedUTF8.layoutIsKnown)
        #endif
    }

    @Test func everyFormGivesTheStandardLibrarysBytes() {
        Self.check("", inPlace: true)
        Self.check("lexicon", inPlace: true)                       // small, ASCII
        Self.check("bench_00042.txt", inPlace: true)               // small, 15 bytes: the most a small string holds
        Self.check("bench_000042.txt", inPlace: true)              // 16 bytes: a large literal
        Self.check("قاعدة", inPlace: true)                          // small, Arabic (10 bytes)
        Self.check("قاعدة عين الأسد الجوية في الأنبار", inPlace: true) // large literal, Arabic
        let native = String(repeating: "صاروخ ", count: 40)
        Self.check(native, inPlace: true)                          // native, tail-allocated
        Self.check("\(native.count) \(native)", inPlace: true)     // interpolated
        Self.check(String(native.dropFirst(3)), inPlace: true)     // made from a substring
        Self.check(String(decoding: Array("rocket attack on the base".utf8), as: UTF8.self), inPlace: true)
        Self.check(NSString(string: "bridged string from Foundation, longer than fifteen bytes") as String)
        Self.check(String(NSString(string: "قصف قاعدة بلد الجوية")))
    }

    /// Every sentence and every word of the sample articles, as the extractor's evidence holds them.
    @Test func sampleTextGivesTheStandardLibrarysBytes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: TestPaths.samples.appendingPathComponent(file), encoding: .utf8)
            Self.check(text, inPlace: true)
            for line in text.split(separator: "\n") {
                Self.check(String(line), inPlace: true)
                for word in line.split(separator: " ") { Self.check(String(word), inPlace: true) }
            }
        }
    }
}
