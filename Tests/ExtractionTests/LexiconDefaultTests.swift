import Foundation
import GraphModel
import Testing
import TestSupport
@testable import Extraction

/// The embedded default lexicon: it loads, covers the domain, and is internally consistent.
@Suite struct LexiconDefaultTests {
    @Test func loadsFromTheBundleWithoutErrorsOrWarnings() throws {
        let files = try Lexicon.defaultFiles().map(\.lastPathComponent)
        #expect(files == ["bases.yaml", "coalition.yaml", "factions.yaml", "iraq.yaml",
                          "media.yaml", "persons.yaml", "places.yaml", "states.yaml"])
        let check = Lexicon.check(files: try Lexicon.defaultFiles(), base: nil)
        #expect(check.errors.map(\.description) == [])
        #expect(check.warnings.map(\.description) == [])
        let lexicon = try Lexicon.loadDefault()
        #expect(lexicon.entries.first?.source.file == "lexicon/bases.yaml")
    }

    @Test func coversEachKindAndType() throws {
        let lexicon = try Lexicon.loadDefault()
        #expect(lexicon.count >= 600)
        #expect(lexicon.entries(of: .actor).count >= 400)
        #expect(lexicon.entries(of: .base).count >= 35)
        #expect(lexicon.entries(of: .place).count >= 170)
        func count(_ type: ActorType) -> Int { lexicon.entries.filter { $0.actorType == type }.count }
        #expect(count(.state) >= 70)
        #expect(count(.coalition) >= 2)
        #expect(count(.armedGroup) >= 40)
        #expect(count(.person) >= 90)
        #expect(count(.media) >= 70)
        #expect(count(.militaryForce) >= 55)
        #expect(count(.governmentBody) >= 70)
        #expect(lexicon.entries.filter { $0.coordinates != nil }.count >= 100)
        let provinces = lexicon.entries.filter { $0.type == "province" && $0.in == "iraq" }
        #expect(provinces.count == 19)   // the 18 federal provinces and Halabja
    }

    @Test func everyReferenceResolves() throws {
        let lexicon = try Lexicon.loadDefault()
        for entry in lexicon.entries {
            for affiliation in entry.knownRelations {
                #expect(lexicon.entry(key: affiliation.target) != nil, "\(entry.key) → \(affiliation.target)")
                #expect(affiliation.target != entry.key, "\(entry.key) is affiliated with itself")
            }
            if let enclosing = entry.in { #expect(lexicon.entry(key: enclosing)?.kind == .place, "\(entry.key) in \(enclosing)") }
        }
    }

    @Test func entriesAreWellFormed() throws {
        let lexicon = try Lexicon.loadDefault()
        let arabicLetters = CharacterSet(charactersIn: "\u{0621}"..."\u{064A}")
        for entry in lexicon.entries {
            #expect(entry.ar.unicodeScalars.contains(where: arabicLetters.contains), "\(entry.key): ar is not Arabic")
            #expect(!entry.en.unicodeScalars.contains(where: arabicLetters.contains), "\(entry.key): en holds Arabic")
            #expect((entry.kind == .actor) == (entry.actorType != nil), "\(entry.key): actorType")
            if entry.kind == .base && entry.type != "airport" {
                // Bases in Iraq and Syria carry their province or country.
                let abroad = entry.affiliations.contains { $0.relation == .locatedIn }
                #expect(entry.in != nil || abroad, "\(entry.key) has no location")
            }
            if let c = entry.coordinates, entry.kind == .base, entry.in != nil, entry.in != "syria" {
                // Iraq's bounding box: 29.0–37.4 N, 38.8–48.6 E.
                #expect((29.0...37.4).contains(c.lat) && (38.8...48.6).contains(c.lon), "\(entry.key) outside Iraq")
            }
        }
    }

    @Test func statesAndTheirForcesAreSeparate() throws {
        let lexicon = try Lexicon.loadDefault()
        let us = try #require(lexicon.entry(key: "united-states"))
        #expect(us.actorType == .state)
        let forces = try #require(lexicon.entry(key: "us-forces"))
        #expect(forces.actorType == .militaryForce)
        #expect(forces.affiliations.contains { $0.relation == .partOf && $0.target == "united-states" })
        #expect(forces.aliasesAr.contains("القوات الأميركية"))
        #expect(lexicon.entry(key: "iraq")?.kind == .place)
        #expect(lexicon.entry(key: "syria")?.type == "country")
        #expect(lexicon.entry(key: "iran")?.actorType == .state)
    }

    @Test func basesSharingATownNameDeclareIt() throws {
        let lexicon = try Lexicon.loadDefault()
        for (base, town, name) in [("al-qaim-base", "al-qaim", "القائم"), ("qayyarah-airfield", "qayyarah", "القيارة"),
                                   ("camp-taji", "taji", "التاجي"), ("balad-air-base", "balad", "بلد"),
                                   ("al-taqaddum", "habbaniyah", "الحبانية"), ("k1-air-base", "kirkuk", "كركوك")] {
            #expect(lexicon.entry(key: base)?.isShared(name) == true, "\(base)")
            #expect(lexicon.entry(key: town)?.isShared(name) == true, "\(town)")
            #expect(lexicon.entry(key: base)?.kind == .base)
            #expect(lexicon.entry(key: town)?.kind == .place)
        }
        #expect(lexicon.entry(key: "nas-news")?.isShared("ناس") == true)
        #expect(lexicon.entry(key: "nas-news")?.ar != "ناس")
    }

    @Test func deathsCloseTheActiveRange() throws {
        let lexicon = try Lexicon.loadDefault()
        let soleimani = try #require(lexicon.entry(key: "qasem-soleimani"))
        #expect(soleimani.active?.to == EventDate(iso: "2020-01-03"))
        #expect(soleimani.active?.overlaps(EventDate(iso: "2019-12")!) == true)
        #expect(soleimani.active?.overlaps(EventDate(iso: "2020-03-11")!) == false)
    }

    @Test func loadDefaultIsCachedAndIdentical() throws {
        let a = try Lexicon.loadDefault()
        let b = try Lexicon.loadDefault()
        #expect(a.entries == b.entries)
    }
}

/// Merging user files: `extends: true`, file order, base untouched.
@Suite struct LexiconMergeTests {
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: "Tests/ExtractionTests/Fixtures/lexicon/\(name)", relativeTo: TestPaths.packageRoot)
    }

    @Test func extendsMergesNamesAndAffiliations() throws {
        let base = try Lexicon.loadDefault()
        let merged = try Lexicon.load(files: [Self.fixture("extends-pmf.yaml")], base: base)
        let pmf = try #require(merged.entry(key: "pmf"))
        #expect(pmf.aliasesAr.last == "قوات الحشد")
        #expect(pmf.aliasesEn.last == "Hashd")
        #expect(pmf.aliasesAr.dropLast() == base.entry(key: "pmf")!.aliasesAr[...])
        #expect(pmf.source == base.entry(key: "pmf")!.source)
        #expect(pmf.extendedAt.map(\.line) == [4])
        let kh = try #require(merged.entry(key: "kataib-hezbollah"))
        #expect(kh.affiliations.last?.relation == .hostileTo)
        #expect(kh.affiliations.last?.target == "us-forces")
        #expect(kh.affiliations.last?.source.file.hasSuffix("extends-pmf.yaml") == true)
        // New entries come after every base entry; extended ones keep their place.
        #expect(merged.entries.last?.key == "brigade-of-test")
        #expect(merged.count == base.count + 1)
        #expect(merged.entries.firstIndex { $0.key == "pmf" } == base.entries.firstIndex { $0.key == "pmf" })
        // The base value is not changed.
        #expect(base.entry(key: "pmf")!.aliasesAr.contains("قوات الحشد") == false)
    }

    @Test func userFilesLoadInTheOrderGiven() throws {
        let base = try Lexicon.loadDefault()
        let inOrder = try Lexicon.load(files: [Self.fixture("order-first.yaml"), Self.fixture("order-second.yaml")], base: base)
        #expect(inOrder.entries.suffix(2).map(\.key) == ["first-camp", "second-camp"])
        #expect(inOrder.entry(key: "first-camp")?.aliasesAr == ["معسكر رقم واحد"])
        // Reversed, the second file extends a key that does not exist yet.
        let error = #expect(throws: LexiconError.self) {
            try Lexicon.load(files: [Self.fixture("order-second.yaml"), Self.fixture("order-first.yaml")], base: base)
        }
        #expect(error?.problem == .extendsUnknownKey("first-camp"))
        #expect(error?.location.line == 10)
    }

    @Test func documentedExampleLoadsAndIsTheOneInTheDocs() throws {
        let url = Self.fixture("user-example.yaml")
        let base = try Lexicon.loadDefault()
        let lexicon = try Lexicon.load(files: [url], base: base)
        let amerli = try #require(lexicon.entry(key: "amerli"))
        #expect(amerli.in == "salahuddin")
        #expect(amerli.coordinates == Coordinates(lat: 34.72, lon: 44.59))
        #expect(lexicon.entry(key: "iran-backed-militias")?.aliasesAr.suffix(2)
                == ["الفصائل المسلحة الموالية لطهران", "الميليشيات التابعة لإيران"])
        #expect(lexicon.entry(key: "harakat-al-nujaba")?.affiliations.contains {
            $0.relation == .alliedWith && $0.target == "kataib-hezbollah" } == true)
        #expect(lexicon.warnings == base.warnings)
        // The README shows this very file.
        let docs = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/lexicon.md"), encoding: .utf8)
        #expect(docs.contains(try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func affiliationTargetMayBeDefinedInALaterFile() throws {
        let a = "version: 1\nentities:\n  - {key: cell-a, kind: actor, type: armed_group, en: A, ar: خلية أ, affiliations: [{relation: part_of, target: cell-b}]}\n"
        let b = "version: 1\nentities:\n  - {key: cell-b, kind: actor, type: armed_group, en: B, ar: خلية ب}\n"
        let lexicon = try Lexicon.load(texts: [("a.yaml", a), ("b.yaml", b)], base: nil)
        #expect(lexicon.entries.map(\.key) == ["cell-a", "cell-b"])
    }
}
