import Foundation
import GraphModel
import Testing
import TestSupport
@testable import Extraction

/// Each rule of the lexicon schema, broken once in a small fixture file, must fail with the
/// file and line of the offending entry.
@Suite struct LexiconValidationTests {
    static let fixtures = TestPaths.packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/lexicon")

    /// A fixture as the user would name it on the command line (path relative to the package root).
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: "Tests/ExtractionTests/Fixtures/lexicon/\(name)",
            relativeTo: TestPaths.packageRoot)
    }

    static let dir = "Tests/ExtractionTests/Fixtures/lexicon"

    /// The message of the first error when `name` is loaded over the default lexicon.
    func firstError(_ name: String) throws -> String {
        let base = try Lexicon.loadDefault()
        do {
            _ = try Lexicon.load(files: [Self.fixture(name)], base: base)
        } catch let error as LexiconError {
            return error.description
        }
        Issue.record("\(name) loaded without error")
        return ""
    }

    @Test func duplicateKeyNamesBothLines() throws {
        #expect(try firstError("duplicate-key.yaml") ==
            "\(Self.dir)/duplicate-key.yaml:9: duplicate key 'alpha-base' (first at \(Self.dir)/duplicate-key.yaml:3); "
            + "rename one, or add 'extends: true' to merge into the first")
    }

    @Test func duplicateOfADefaultKeyPointsIntoTheDefault() throws {
        let text = "version: 1\nentities:\n  - {key: pmf, kind: actor, type: armed_group, en: PMF, ar: الحشد}\n"
        let base = try Lexicon.loadDefault()
        let error = #expect(throws: LexiconError.self) {
            try Lexicon.load(texts: [("mine.yaml", text)], base: base)
        }
        guard case .duplicateKey(let key, let first)? = error?.problem else {
            Issue.record("expected a duplicate key, got \(String(describing: error))"); return
        }
        #expect(key == "pmf")
        #expect(first == base.entry(key: "pmf")!.source)
        #expect(first.file == "lexicon/iraq.yaml")
        #expect(error?.location == LexiconLocation(file: "mine.yaml", line: 3))
    }

    @Test func emptyArabicName() throws {
        #expect(try firstError("empty-name.yaml") ==
            "\(Self.dir)/empty-name.yaml:7: empty name 'ar'; give the Arabic name")
    }

    @Test func unknownType() throws {
        #expect(try firstError("unknown-type.yaml") ==
            "\(Self.dir)/unknown-type.yaml:5: unknown type 'militia' for kind actor; use one of "
            + "state, coalition, military_force, armed_group, government_body, person, media")
    }

    @Test func eventKindsAreNotLexiconKinds() throws {
        #expect(try firstError("unknown-kind.yaml") ==
            "\(Self.dir)/unknown-kind.yaml:4: unknown kind 'attack'; use actor, base or place")
    }

    @Test func impossibleDate() throws {
        #expect(try firstError("impossible-date.yaml") ==
            "\(Self.dir)/impossible-date.yaml:8: impossible date '2020-02-30'; write an existing YYYY, YYYY-MM or YYYY-MM-DD")
    }

    @Test func rangeEndingBeforeItStarts() throws {
        #expect(try firstError("reversed-range.yaml") ==
            "\(Self.dir)/reversed-range.yaml:9: active range ends (2020-12-31) before it starts (2021-03); swap or fix the dates")
    }

    @Test func missingAffiliationTarget() throws {
        #expect(try firstError("missing-target.yaml") ==
            "\(Self.dir)/missing-target.yaml:10: part_of target 'no-such-umbrella' is not a key of any loaded entity; add it or fix the key")
    }

    @Test func coordinatesOutOfRange() throws {
        #expect(try firstError("bad-coordinates.yaml") ==
            "\(Self.dir)/bad-coordinates.yaml:8: bad coordinates [133.5, 44.2]; write [lat, lon] in decimal degrees, "
            + "lat in -90...90, lon in -180...180")
    }

    @Test func unknownRelation() throws {
        let message = try firstError("unknown-relation.yaml")
        #expect(message.hasPrefix("\(Self.dir)/unknown-relation.yaml:9: unknown relation 'friend_of'; use one of part_of, member_of"))
    }

    @Test func missingFileIsNamed() throws {
        let error = #expect(throws: LexiconError.self) {
            try Lexicon.load(files: [URL(fileURLWithPath: "no/such/lexicon.yaml")], base: nil)
        }
        #expect(error?.description == "no/such/lexicon.yaml:1: cannot read the lexicon file (no such file); check the path given to --lexicon")
    }

    @Test func notUTF8IsNamed() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-latin1-\(getpid()).yaml")
        try Data([0x76, 0x3A, 0x20, 0xE9, 0xFF, 0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = #expect(throws: LexiconError.self) { try Lexicon.load(files: [url], base: nil) }
        #expect(error?.problem == .notUTF8)
    }

    @Test func yamlSyntaxErrorCarriesItsLine() throws {
        let text = "version: 1\nentities:\n  - key: a\n    kind: [actor\n"
        let error = #expect(throws: LexiconError.self) { try Lexicon.load(texts: [("broken.yaml", text)], base: nil) }
        guard case .syntax? = error?.problem else { Issue.record("expected a syntax error, got \(String(describing: error))"); return }
        #expect(error?.location.file == "broken.yaml")
        #expect((error?.location.line ?? 0) >= 4)
    }

    @Test func emptyFileIsNamed() throws {
        let error = #expect(throws: LexiconError.self) { try Lexicon.load(texts: [("empty.yaml", "")], base: nil) }
        #expect(error?.description == "empty.yaml:1: expected a mapping with 'version: 1' and 'entities:'; see docs/lexicon.md")
    }

    @Test func anchorsAndAliasesAreRefused() throws {
        let text = "version: 1\nentities:\n  - &kh {key: a, kind: actor, type: person, en: A, ar: أ}\n  - *kh\n"
        let error = #expect(throws: LexiconError.self) { try Lexicon.load(texts: [("alias.yaml", text)], base: nil) }
        #expect(error?.location == LexiconLocation(file: "alias.yaml", line: 4))
        #expect(error?.message.contains("anchors and aliases") == true)
    }

    @Test func quotedNullIsAName() throws {
        let text = "version: 1\nentities:\n  - {key: a, kind: actor, type: person, en: \"null\", ar: أ}\n"
        #expect(try Lexicon.load(texts: [("q.yaml", text)], base: nil).entry(key: "a")?.en == "null")
        let plain = "version: 1\nentities:\n  - {key: a, kind: actor, type: person, en: null, ar: أ}\n"
        let error = #expect(throws: LexiconError.self) { try Lexicon.load(texts: [("p.yaml", plain)], base: nil) }
        #expect(error?.problem == .emptyName(field: "en"))
    }

    @Test func fieldWrittenTwiceIsAnError() throws {
        let text = "version: 1\nentities:\n  - key: a\n    kind: actor\n    kind: place\n    type: city\n    en: A\n    ar: ا\n"
        let error = #expect(throws: LexiconError.self) { try Lexicon.load(texts: [("twice.yaml", text)], base: nil) }
        #expect(error?.description.hasPrefix("twice.yaml:") == true)
        #expect(error?.description.contains("kind") == true)
    }

    @Test func misspelledFieldIsNotIgnored() throws {
        let text = "version: 1\nentities:\n  - key: a\n    kind: actor\n    type: person\n    en: A\n    ar: أ\n    alias_ar: [ب]\n"
        let error = #expect(throws: LexiconError.self) { try Lexicon.load(texts: [("typo.yaml", text)], base: nil) }
        #expect(error?.location == LexiconLocation(file: "typo.yaml", line: 8))
        #expect(error?.problem == .unknownField("alias_ar", allowed: LexiconFileParser.entryFields))
    }

    @Test func badKeySyntax() throws {
        let text = "version: 1\nentities:\n  - {key: Kataib_Hezbollah, kind: actor, type: armed_group, en: KH, ar: كتائب}\n"
        let error = #expect(throws: LexiconError.self) { try Lexicon.load(texts: [("key.yaml", text)], base: nil) }
        #expect(error?.problem == .badKey("Kataib_Hezbollah"))
        #expect(error?.location.line == 3)
    }

    @Test func versionIsRequired() throws {
        let error = #expect(throws: LexiconError.self) {
            try Lexicon.load(texts: [("old.yaml", "version: 2\nentities: []\n")], base: nil)
        }
        #expect(error?.description == "old.yaml:1: unsupported lexicon version '2'; write 'version: 1'")
    }

    @Test func enclosingPlaceMustBeAPlace() throws {
        let text = "version: 1\nentities:\n  - {key: odd-camp, kind: base, type: camp, en: Odd, ar: معسكر غريب, in: pmf}\n"
        let error = #expect(throws: LexiconError.self) { try Lexicon.load(texts: [("in.yaml", text)], base: Lexicon.loadDefault()) }
        #expect(error?.problem == .enclosingNotAPlace(target: "pmf", kind: "actor"))
    }

    @Test func extendingEntryCannotChangeTheKind() throws {
        let text = "version: 1\nentities:\n  - key: pmf\n    extends: true\n    kind: place\n"
        let error = #expect(throws: LexiconError.self) { try Lexicon.load(texts: [("ext.yaml", text)], base: Lexicon.loadDefault()) }
        #expect(error?.description ==
            "ext.yaml:5: an entry with 'extends: true' adds names and affiliations only; 'kind' of 'pmf' cannot be changed")
    }

    @Test func extendingAnUnknownKeyIsAnError() throws {
        let text = "version: 1\nentities:\n  - {key: no-such-thing, extends: true, aliases_ar: [شيء]}\n"
        let error = #expect(throws: LexiconError.self) { try Lexicon.load(texts: [("ext.yaml", text)], base: Lexicon.loadDefault()) }
        #expect(error?.problem == .extendsUnknownKey("no-such-thing"))
        #expect(error?.location.line == 3)
    }

    @Test func checkReportsEveryErrorInOrder() throws {
        let files = ["duplicate-key.yaml", "empty-name.yaml", "missing-target.yaml"].map(Self.fixture)
        let check = Lexicon.check(files: files, base: try Lexicon.loadDefault())
        #expect(check.errors.map(\.location.line) == [9, 7, 10])
        #expect(check.errors.map { URL(fileURLWithPath: $0.location.file).lastPathComponent }
                == ["duplicate-key.yaml", "empty-name.yaml", "missing-target.yaml"])
        // The valid entries are kept.
        #expect(check.lexicon.entry(key: "alpha-base")?.type == "airbase")
        #expect(check.lexicon.entry(key: "orphan-brigade") != nil)
        #expect(check.lexicon.entry(key: "nameless-group") == nil)
    }

    @Test func sameKindNameClashIsAWarning() throws {
        let lexicon = try Lexicon.load(files: [Self.fixture("ambiguous-alias.yaml")], base: Lexicon.loadDefault())
        let mine = lexicon.warnings.filter { $0.location.file.hasSuffix("ambiguous-alias.yaml") }
        #expect(mine.count == 1)
        #expect(mine.first?.location.line == 8)
        #expect(mine.first?.message.contains("'camp-taji'") == true)
    }

    @Test func declaredSharedAliasIsNotAWarning() throws {
        // القائم names both the town (place) and the base, and both declare it; a second
        // town entry that declares it too stays silent.
        let text = """
        version: 1
        entities:
          - key: qaim-old-town
            kind: place
            type: district
            en: Old Qaim
            ar: القائم القديمة
            shared_aliases: [القائم]
        """
        let lexicon = try Lexicon.load(texts: [("shared.yaml", text)], base: Lexicon.loadDefault())
        #expect(lexicon.warnings.isEmpty)
    }
}
