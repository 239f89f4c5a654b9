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

    /// Plain JSON manifests are read from their bytes (`PlainJSONManifest`); every other text
    /// goes the general way. Either way the entries, problems and errors are those of
    /// `parseGeneral` (JSONSerialization), on texts in and out of the plain form.
    @Test func plainJSONManifestsReadAsJSONSerializationReadsThem() throws {
        let texts = [
            #"[]"#, " \n[ ]\r\n", #"[{}]"#,
            #"[{"file": "a.txt", "published": "2020-03-17", "source": "Nas"}, {"file": "b.txt", "published": null}]"#,
            #"[{"file":"a.txt","published":"2020-02-30"}]"#, #"[{"file": "a.txt", "published": " 2020-03-17 "}]"#,
            #"[{"file": "a.txt", "published": "2020-03-17T10:00:00Z"}]"#, #"[{"file": "a.txt", "published": "+202-03-17"}]"#,
            #"[{"file": "a.txt", "published": "2020-3-17"}]"#, #"[{"file": "a.txt", "published": ""}]"#,
            #"[{"file": "a.txt", "published": 2020}]"#, #"[{"file": "", "published": "2020-03-17"}]"#,
            #"[{"published": "2020-03-17"}]"#, #"[{"file": null}]"#, #"[{"file": "a.txt", "file": "b.txt"}]"#,
            #"[{"file": "a.txt", "lang": "ar", "lang": "en"}]"#, #"[{"file": "a.txt", "extra": {"x": 1}}]"#,
            #"[{"file": "a.txt", "title": "He said \"no\" \\ \/ \t\n\r\b\f"}]"#,
            #"[{"file": "a.txt", "title": "\u0645\u0635\u0631 \ud83d\ude00"}]"#,
            #"[{"file": "مقال.txt", "source": "وكالة الأنباء", "url": "https://example.org/?a=1&b=2"}]"#,
            #"[{"file": "a.txt", "title": "tab\there"}]"#, "[{\"file\": \"a\ttab.txt\"}]",
            #"[{"file": "a.txt"},]"#, #"[{"file": "a.txt"}] x"#, #"[{"file": "a.txt"}"#, #"[{"file" "a.txt"}]"#,
            #"[1]"#, #"[[]]"#, #"{"file": "a.txt"}"#, "\u{FEFF}[{\"file\": \"a.txt\"}]", "[\u{301}{\"file\": \"a.txt\"}]",
            #"[{"file": "a.txt", "published": "2020-03-17", "source": "x\u0000y"}]"#, #"[{"fi\u006ce": "a.txt"}]"#,
            #"[{"file": "a.txt", "published": true}]"#, #"[{"file": "a.txt", "published": nul}]"#,
            #"[{"file": "a.txt"}, {"file": "b.txt", "published": "2021-12-31", "source": null, "title": "t"}]"#,
        ]
        var inputs = texts.map { Data($0.utf8) }
        // Bytes that are not UTF-8 inside a string, a surrogate written in UTF-8, a control byte.
        inputs.append(Data(#"[{"file": ""#.utf8) + Data([0xC3, 0x28]) + Data(#""}]"#.utf8))
        inputs.append(Data(#"[{"file": ""#.utf8) + Data([0xED, 0xA0, 0x80]) + Data(#""}]"#.utf8))
        inputs.append(Data(#"[{"file": "a"#.utf8) + Data([0x01]) + Data(#""}]"#.utf8))
        inputs.append(Data(#"[{"file": "a"#.utf8) + Data([0x7F]) + Data(#""}]"#.utf8))
        for data in inputs {
            for lenient in [false, true] {
                var plainProblems: [ManifestError]? = lenient ? [] : nil
                var generalProblems = plainProblems
                let plain = Result { try Manifest.parse(data, file: "m.json", problems: &plainProblems) }
                let general = Result { try Manifest.parseGeneral(data, file: "m.json", problems: &generalProblems) }
                let text = String(decoding: data, as: UTF8.self).debugDescription
                switch (plain, general) {
                case (.success(let a), .success(let b)):
                    #expect(a == b && plainProblems == generalProblems, "\(text)")
                case (.failure(let a), .failure(let b)):
                    #expect(a as? ManifestError == b as? ManifestError, "\(text)")
                default:
                    Issue.record("one way failed, the other did not: \(text)")
                }
            }
        }
        // The plain form is taken where expected (and only there).
        #expect(PlainJSONManifest.rows(Data(texts[3].utf8))?.count == 2)
        #expect(PlainJSONManifest.rows(Data(#"[{"file": "a.txt", "published": 2020}]"#.utf8)) == nil)
        #expect(PlainJSONManifest.rows(Data(#"[{"file": "a.txt", "file": "b.txt"}]"#.utf8)) == nil)
        #expect(PlainJSONManifest.rows(Data(#"[{"file": "a.txt", "title": "\u0645"}]"#.utf8)) == nil)
    }

    /// `plainISODay` agrees with `Day(iso:)` on every value it reads, and reads only `YYYY-MM-DD`.
    @Test func plainISODaysAreDayISO() {
        for text in ["2020-03-17", "2020-02-29", "2019-02-29", "0000-01-01", "9999-12-31", "2020-13-01", "2020-00-10",
                     "2020-1-017", "20200-3-17", "2020/03/17", " 2020-03-1", "2020-03-17T", "٢٠٢٠-٠٣-١٧", "+020-03-17"] {
            let plain = Manifest.plainISODay(text)
            if let plain { #expect(plain == Day(iso: text), "\(text)") }
            let shaped = text.utf8.count == 10 && text.utf8.enumerated().allSatisfy { i, b in
                i == 4 || i == 7 ? b == UInt8(ascii: "-") : (b >= 0x30 && b <= 0x39)
            }
            #expect((plain != nil) == (shaped && Day(iso: text) != nil), "\(text)")
        }
    }
}
