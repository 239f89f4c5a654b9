import Testing
import Foundation
import GraphModel
@testable import Extraction

@Suite struct ManifestTests {
    @Test func readsJSONAndCSV() throws {
        let json = Data(#"[{"file": "a.txt", "published": "2020-03-17", "source": "Nas"}, {"file": "b.txt", "published": null}]"#.utf8)
        let j = try Manifest.parse(json, file: "m.json")
        #expect(j.map(\.file) == ["a.txt", "b.txt"])
        #expect(j[0].published == Day(iso: "2020-03-17") && j[0].source == "Nas" && j[1].published == nil)
        let csv = Data("title,file,published\n\"Rockets, again\",a.txt,2020-03-11\n\"He said \"\"no\"\"\",b.txt,\n".utf8)
        let c = try Manifest.parse(csv, file: "m.csv")
        #expect(c.map(\.title) == ["Rockets, again", "He said \"no\""])
        #expect(c[0].published == Day(iso: "2020-03-11") && c[1].published == nil)
    }

    @Test func aBadDateIsAnErrorNamingTheFileAndRow() throws {
        let data = Data(#"[{"file": "a.txt", "published": "2020-02-30"}]"#.utf8)
        #expect(throws: ManifestError.self) { try Manifest.parse(data, file: "m.json") }
        let lenient = try Manifest.parseLenient(data, file: "m.json")
        #expect(lenient.entries.count == 1 && lenient.entries[0].published == nil)
        #expect(lenient.problems.map(\.description) == ["m.json: entry 1 (a.txt): bad date '2020-02-30' in 'published'; write it as YYYY-MM-DD (the article's dateline is used instead)"])
    }

    @Test func malformedManifestsAreRefused() {
        for (text, name) in [("{}", "m.json"), ("[1]", "m.json"), ("name,date\nx,y\n", "m.csv"), ("", "m.json")] {
            #expect(throws: ManifestError.self) { try Manifest.parse(Data(text.utf8), file: name) }
        }
    }

    @Test func articleBytesMustBeUTF8Text() throws {
        #expect(throws: ArticleError.empty("e.txt")) { try ArticleError.decode(Data(" \n".utf8), file: "e.txt") }
        #expect(throws: ArticleError.notText("b.txt")) { try ArticleError.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), file: "b.txt") }
        #expect(throws: ArticleError.notUTF8("l.txt")) { try ArticleError.decode(Data([0x62, 0x61, 0xE9, 0x20, 0xC7]), file: "l.txt") }
        #expect(try ArticleError.decode(Data([0xEF, 0xBB, 0xBF] + Array("نص".utf8)), file: "ok.txt") == "نص")
    }

    /// The manifest's kind is told from its first character after white space, without
    /// trimming the whole text first; the answer must be that of the trimmed text.
    @Test func kindIsThatOfTheTrimmedText() throws {
        let texts = ["[]", "  \n\t[{}]", "\u{00A0}\u{3000}[", "\u{2028}[\n", "[\u{301}]", "\n [\u{301}", "file,published\na.txt,2020-01-01",
                     "\u{FEFF}[]", "x[", "[", " [ ", "\r\n\r\n[ {\"file\": \"a.txt\"} ]", "\u{0085}["]
        for text in texts {
            let first = text.unicodeScalars.firstIndex { !CharacterSet.whitespacesAndNewlines.contains($0) }!
            #expect(Manifest.isJSON(Substring(text).unicodeScalars[first...])
                    == text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("["), "\(text.debugDescription)")
        }
        for blank in ["", " ", "\n\t \u{00A0}\u{2029}"] {
            #expect(throws: ManifestError("m.json", "empty manifest; expected a JSON array or a CSV with a header")) {
                try Manifest.parse(Data(blank.utf8), file: "m.json")
            }
        }
        #expect(try Manifest.parse(Data("\n  [{\"file\": \"a.txt\", \"published\": \"2020-03-19\"}]\n".utf8), file: "m.json").map(\.file) == ["a.txt"])
        #expect(try Manifest.parse(Data("\n\nfile,published\na.txt,2020-03-19\n".utf8), file: "m.csv").map(\.file) == ["a.txt"])
    }
}
