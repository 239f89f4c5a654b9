import Testing
import GraphModel
@testable import Extraction

/// The plain-value mention (`Mention`, `EntityRef`, `CliticLetters`, `MentionRule`,
/// `EntitySubtype`) against the strings it stands for, on every article the tests hold.
@Suite struct MentionValueTests {
    /// A copy of a mention copies bytes: nothing to retain or release.
    @Test func mentionIsPlainData() {
        #expect(_isPOD(Mention.self))
        #expect(_isPOD(EntityRef.self) && _isPOD(CliticLetters.self) && _isPOD(MentionRule.self) && _isPOD(EntitySubtype.self))
    }

    /// Every mention's reference names one entity and back: equal references have equal names
    /// and different references different names; a lexicon reference is `k:` + its entity's key.
    @Test func referencesAndNamesAgree() {
        var mentions = 0
        for a in ExtractionFastPathTests.articles {
            let run = DocumentRun(extractor: Fixture.extractor, article: a)
            run.run()
            var byName: [String: EntityRef] = [:]
            for m in run.mentions {
                mentions += 1
                let name = run.refName(m.ref)
                #expect(run.entityRef(named: name) == m.ref, "\(name)")
                #expect(byName[name, default: m.ref] == m.ref, "\(name) has two references")
                byName[name] = m.ref
                if let e = m.ref.lexiconEntity {
                    #expect(name == "k:" + Fixture.gazetteer.entities[e].key)
                    #expect(m.type == EntitySubtype(Fixture.gazetteer.entities[e].type) || m.rule == .coreferenceSurname)
                } else {
                    #expect(name.hasPrefix("p:"))
                }
            }
            #expect(Set(byName.values).count == byName.count)
        }
        #expect(mentions > 3_000)
    }

    /// The clitic letters of every word reading, as the `String` the mention held: its first and
    /// last letters, and the letters themselves.
    @Test func cliticLettersAgreeWithTheirString() {
        var asked = 0
        for a in ExtractionFastPathTests.articles.prefix(200) {
            let text = TokenizedText(a.text)
            for t in text.tokens where t.kind == .word {
                for (_, n) in t.readings where n > 0 {
                    let string = String(String.UnicodeScalarView(t.norm.unicodeScalars.prefix(n)))
                    let letters = CliticLetters(t.norm, n)
                    asked += 1
                    #expect(letters.string == string)
                    for letter: Unicode.Scalar in ["و", "ل", "ب", "ف", "ك"] {
                        #expect(letters.hasPrefix(letter) == string.hasPrefix(String(letter)))
                        #expect(letters.hasSuffix(letter) == string.hasSuffix(String(letter)))
                    }
                }
            }
        }
        #expect(asked > 1_000)
        #expect(CliticLetters().isEmpty && !CliticLetters().hasPrefix("و") && CliticLetters().string == "")
    }

    /// The sub-types cover the lexicon's types by name; any other name is `unlisted`.
    @Test func subtypesCoverTheLexiconTypes() {
        for kind in LexiconEntry.kinds {
            for type in LexiconEntry.types(of: kind) { #expect(EntitySubtype(type).rawValue == type) }
        }
        #expect(EntitySubtype("oil_field") == .oilField && EntitySubtype("hamlet") == .unlisted)
    }
}
