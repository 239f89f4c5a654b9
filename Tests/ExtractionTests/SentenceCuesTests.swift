import Foundation
import Testing
import GraphModel
import TestSupport
@testable import Extraction

/// The sentence summary the event rules gate their clause scans with (`SentenceCues`) against
/// the scans themselves, on the samples, the fixture articles and every held-out set
/// (`ExtractionFastPathTests.articles`).
@Suite struct SentenceCuesTests {
    /// The lists `extractEvents` asks the summary about before scanning a clause.
    static let gatedLists = [Cues.accuseVerb, Cues.since, Cues.periodPlural, Cues.repeated, Cues.precededBy, Cues.convoy,
                             Cues.killed, Cues.wounded, Cues.subjected, Cues.launched, Cues.launchVerb, Cues.future,
                             Cues.announce, Cues.deny, Cues.claim, Cues.inResponse, Cues.sequence, Cues.replied, Cues.when,
                             Cues.notAnEvent, Cues.prevented, Cues.offsetAfter, Cues.anyOf, Cues.want, Cues.offsetBefore,
                             Cues.someTime, Cues.soonerOrLater, Cues.timetable, Cues.isNot]

    /// `mayMatch` answers false only when no word of the sentence is in the list (so a scan of
    /// any part of the sentence finds nothing), and true whenever one is; it answers false for
    /// most lists of most sentences, which is what makes the gate pay.
    @Test func noWordOfTheSentenceIsInAListTheSummaryRulesOut() {
        var sentences = 0, ruledOut = 0, present = 0
        for a in ExtractionFastPathTests.articles {
            let text = TokenizedText(a.text)
            for s in text.sentences {
                sentences += 1
                let cues = SentenceCues(text.tokens, s.tokens)
                for list in Self.gatedLists {
                    let inSentence = s.tokens.contains { list.matches(text.tokens[$0]) }
                    if inSentence { present += 1; #expect(cues.mayMatch(list), "\(text.text(of: s))") }
                    if !cues.mayMatch(list) { ruledOut += 1; #expect(!inSentence) }
                }
            }
        }
        #expect(sentences > 500)
        #expect(present > 500)
        #expect(ruledOut > sentences * Self.gatedLists.count / 2)
    }

    /// A list made after the article was tokenized is not covered by its words' masks: the
    /// summary cannot rule it out, and answers true (the scan is made, as before).
    @Test func aListTheMasksDoNotCoverIsNeverRuledOut() {
        let text = TokenizedText("سقطت صواريخ على القاعدة.")
        let later = WordSet(["كلمةلمتردفيالنص"])
        let cues = SentenceCues(text.tokens, text.sentences[0].tokens)
        #expect(Int(later.cueBit) >= Int(text.tokens[0].layout.cueLists), "the list is registered after the text's masks")
        #expect(cues.mayMatch(later))
        // A sentence of punctuation alone holds no word of any list.
        let marks = TokenizedText("«» ، .")
        let none = SentenceCues(marks.tokens, 0..<marks.tokens.count)
        #expect(!none.mayMatch(Cues.deny))
        #expect(!none.mayMatch(later))
    }

    /// A word looked for in a date's rule name on its bytes (`DocumentRun.ruleMentions`) is found
    /// where `contains` finds it: for the rule names of every date the articles' sentences hold,
    /// and for names that are not ASCII.
    @Test func ruleNamesSearchedOnTheirBytesAnswerAsContains() {
        var rules: Set<String> = ["", "nearest", "relative.day-month-nearest", "deadline/explicit", "قبل nearest", "neares", "e\u{301}nearest"]
        for a in ExtractionFastPathTests.articles {
            let text = TokenizedText(a.text)
            let finder = ResolverDateFinding(publication: a.published)
            for s in text.sentences {
                for (_, date) in finder.dates(in: s, of: text) { if let rule = date?.trace?.rule { rules.insert(rule) } }
            }
        }
        #expect(rules.count > 20)
        for rule in rules {
            for word in ["nearest", "deadline", "day-month", "relative", "t", "nearest-x"] {
                #expect(DocumentRun.ruleMentions(rule, word) == rule.contains(word), "\(rule) \(word)")
            }
        }
    }
}
