import Testing
import GraphModel
@testable import Extraction

/// "القاعدة" after a list of other bases names the article's base, or the one base lying in the
/// place the sentence names. Sentences written for the test.
@Suite struct BaseAnaphoraTests: FindingQueries {
    private let handoverThenList = """
        سلّم التحالف الدولي قاعدة بلد الجوية إلى القوات العراقية اليوم. وقال المتحدث إن قاعدة بلد الجوية ستبقى تحت حماية الجيش العراقي. \
        وسبق ذلك تسلّم القوات العراقية معسكر التاجي ومعسكر بسماية.
        """

    private func attackTargets(_ f: DocumentFindings) -> Set<String> {
        Set(f.events.filter { $0.kind == .attack }.flatMap { roles($0, .target) })
    }

    @Test func afterAListTheArticlesMostToldBase() {
        let f = Fixture.extract(handoverThenList + " وكانت القاعدة قد تعرضت الشهر الماضي لقصف صاروخي.", published: "2020-09-10")
        #expect(attackTargets(f) == ["k:balad-air-base"])
    }

    @Test func thePlaceTheSentenceNamesHoldsOneOfTheBases() {
        // Taji is the most-told base, but the province named holds only Balad.
        let f = Fixture.extract("""
            سلّم التحالف الدولي معسكر التاجي إلى القوات العراقية اليوم. وقال المتحدث إن معسكر التاجي سيبقى تحت حماية الجيش العراقي. \
            وسبق ذلك تسلّم القوات العراقية قاعدة بلد الجوية ومعسكر بسماية. \
            وتقع القاعدة في محافظة صلاح الدين، وكانت قد تعرضت الشهر الماضي لقصف صاروخي.
            """, published: "2020-09-10")
        #expect(attackTargets(f) == ["k:balad-air-base"])
    }

    @Test func withNoListTheLastBaseStays() {
        let f = Fixture.extract("""
            سلّم التحالف الدولي قاعدة بلد الجوية إلى القوات العراقية اليوم. وسبق ذلك تسلّم القوات العراقية معسكر التاجي. \
            وكانت القاعدة قد تعرضت الشهر الماضي لقصف صاروخي.
            """, published: "2020-09-10")
        #expect(attackTargets(f) == ["k:camp-taji"])
    }
}
