import Foundation
import Testing
import TestSupport

/// Extracts the eleventh held-out corpus (Tests/ExtractionTests/Fixtures/heldout11: five articles
/// about January–April 2020 in Iraq, written and annotated before the extractor ever ran on them)
/// and scores the graph with the shared scorer.
///
/// Its events: the coalition's handovers of al-Qaim (19 March 2020), Qayyarah (26 March), K1 near
/// Kirkuk (29 March) and Taqaddum (4 April, announced as planned in a late-March article), with the
/// temporary withdrawal of trainers over COVID-19 announced on 20 March; the two rocket attacks on
/// Camp Taji (11 March, claimed by the front group Usbat al-Thaireen; 14 March, unclaimed, with
/// Washington pointing at Kataib Hezbollah) and the US strikes of the night of 12–13 March; the
/// rockets on the US embassy compound in the Green Zone (26 January, unclaimed) and on Balad air
/// base (12 January); the IRGC's missiles on Ain al-Asad and Erbil (8 January) and the strike that
/// killed Soleimani and al-Muhandis (3 January); and the rocket attack on K1 of late December 2019.
/// Its styles: "أمس الأحد" with ordinals in words ("في التاسع عشر من آذار الجاري", "في السادس
/// والعشرين منه") and a future cue ("مطلع نيسان المقبل"); Western months with bare weekdays and
/// "فجر الجمعة"; an Arabic-Indic dateline with "في ١٢ من الشهر الجاري" and "في الثامن من الشهر
/// ذاته"; "ليلة الخميس-الجمعة" with "مساء الأربعاء الماضي"; Western/Levantine pairs with an offset
/// ("بعد ذلك بثلاثة أيام").
/// Measured with
///   eventgraph extract Tests/ExtractionTests/Fixtures/heldout11 -o h11.graphml
///   python3 /work/shared/eval/score.py h11.graphml Tests/ExtractionTests/Fixtures/heldout11/gold.json
/// Measured blind (docs/heldout11.md): entities P 0.967 R 1.000 F1 0.983; events P 0.647 R 0.846
/// F1 0.733, dated-F1 0.703; relations P 0.923 R 0.842 F1 0.881. Events are below the extraction
/// issue's bar for unseen text (F1 0.80): the floors hold what the extractor does, not the bar.
/// Rules written since from held-out 10's misses, by someone who never read this corpus ("في ٢٦
/// منه" takes the month named before; "القاعدة" after a list of bases is the article's base; two
/// event words with "غداة"/"عقب" between are two events), still unseen here: events P 0.786 R 0.846
/// F1 0.815, dated-F1 0.777; entities and relations unchanged. After the rules drawn from its own
/// misses (docs/extraction.md: a day "من الشهر ذاته" told in the sentences before, a base named by
/// an event already told, towns that place a base, "البلاد" by the nisbas told, a reply to the
/// event a pronoun refers to, a town struck as its base, a class word after an ordinal, a leader
/// inside a lexicon name, "في هجوم تبناه X" summing up the attack told before), no longer blind:
/// entities P 1.000 R 1.000 F1 1.000; events P 1.000 R 1.000 F1 1.000, dated-F1 1.000; relations
/// P 0.927 R 0.947 F1 0.937. The floors sit 0.02 below those figures (rounded down).
@Suite struct Heldout11ScoreTests {
    static let floors: [HeldoutScoring.Floor] = [
        HeldoutScoring.Floor(part: "entities", key: "precision", minimum: 0.98),
        HeldoutScoring.Floor(part: "entities", key: "recall", minimum: 0.98),
        HeldoutScoring.Floor(part: "entities", key: "f1", minimum: 0.98),
        HeldoutScoring.Floor(part: "events", key: "precision", minimum: 0.98),
        HeldoutScoring.Floor(part: "events", key: "recall", minimum: 0.98),
        HeldoutScoring.Floor(part: "events", key: "f1", minimum: 0.98),
        HeldoutScoring.Floor(part: "events", key: "dated_f1", minimum: 0.98),
        HeldoutScoring.Floor(part: "relations", key: "precision", minimum: 0.90),
        HeldoutScoring.Floor(part: "relations", key: "recall", minimum: 0.92),
        HeldoutScoring.Floor(part: "relations", key: "f1", minimum: 0.91),
    ]

    @Test func eleventhHeldoutCorpusScoresStayAboveTheirFloors() throws {
        try HeldoutScoring.expectScores(of: "heldout11", atLeast: Self.floors)
    }

    /// The manifest and the gold describe the same five documents with the same publication
    /// dates, so a score never rests on a document the gold does not know.
    @Test func manifestAndGoldAgreeOnDocumentsAndDates() throws {
        try HeldoutScoring.expectManifestMatchesGold(of: "heldout11", documents: 5)
    }
}
