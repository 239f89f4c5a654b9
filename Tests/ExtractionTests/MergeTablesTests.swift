import Foundation
import Testing
import GraphModel
import TestSupport
@testable import Extraction

/// The integer tables of the merge's edge step must find what a `Dictionary` finds, and the
/// merge's shortcuts must agree with the paths they stand for on real text.
@Suite struct MergeTablesTests {
    /// Every real article the tests hold (samples, fixture articles, every held-out set), each
    /// named by its folder, with its manifest date when the folder has a manifest.
    static func realArticles() throws -> [Article] {
        let fm = FileManager.default
        var articles: [Article] = []
        for folder in try Fixture.realArticleFolders() {
            var published: [String: Day] = [:]
            let manifest = folder.appendingPathComponent("manifest.json")
            if fm.fileExists(atPath: manifest.path) {
                for e in try Manifest.parse(Data(contentsOf: manifest), file: manifest.path) { published[e.file] = e.published }
            }
            for name in try Fixture.articleNames(in: folder) {
                articles.append(Article(document: folder.lastPathComponent + "/" + name,
                                        text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                                        published: published[name]))
            }
        }
        return articles
    }

    /// The whole merge of every real article. Debug builds (as the tests run) assert each
    /// shortcut against its reference on the way: the anchor overlap counted while gathering a
    /// mention's candidate clusters against `anchorsOverlap` of the cluster's anchors, the
    /// performers kept beside the marks against the cluster's own, anchors and performers read
    /// by relation number against the relations' names; and the graph `graph()` gives (the
    /// articles still held) against the one `finish()` gives.
    @Test func mergeOfEveryRealArticleAgreesWithTheReferencePaths() throws {
        let articles = try Self.realArticles()
        #expect(articles.count > 50)
        var merger = CorpusMerger(gazetteer: Fixture.gazetteer, options: ExtractionOptions(withLexiconRelations: true))
        for a in articles { merger.add(Fixture.extractor.extract(a)) }
        let copied = merger.graph()
        let moved = merger.finish()
        #expect(moved == copied)
        #expect(moved.nodes.filter { $0.kind == .attack }.count > 10)
        #expect(moved.nodes.filter { $0.kind == .withdrawal }.count > 10)
        // Events that merged mentions of several articles: the clustering's candidate search was used.
        #expect(moved.nodes.contains { ($0.kind == .attack || $0.kind == .withdrawal) && $0.sources.count > 1 })
    }

    /// `EdgeTable` against a dictionary of the same (source, relation, target) triples, through
    /// its growth: every triple gets the edge made the first time it was seen, and `make` runs
    /// once per distinct triple only.
    @Test func edgeTableFindsWhatADictionaryFinds() {
        struct Ends: Hashable { var source: Int; var relation: Int; var target: Int }
        var table = EdgeTable(log2Capacity: 2)
        var reference: [Ends: Int] = [:]
        var made = 0
        // A fixed pseudo-random sequence (a linear congruential generator): many repeats, ends
        // up to the table's limits.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for step in 0..<20_000 {
            let ends = step % 97 == 0
                ? Ends(source: EdgeTable.endLimit - 1, relation: EdgeTable.relationLimit - 1 - next(2), target: next(3))
                : Ends(source: next(400), relation: next(12), target: next(400))
            let expected = reference[ends] ?? reference.count
            reference[ends] = expected
            let key = EdgeTable.key(source: ends.source, relation: ends.relation, target: ends.target)
            let (known, free) = table.find(key)
            let found: Int
            if let known { found = known } else {
                found = made
                made += 1
                table.insert(found, key: key, at: free)
            }
            #expect(found == expected)
        }
        #expect(made == reference.count)
        // Keys of different triples differ (the packing loses nothing within the limits).
        #expect(EdgeTable.key(source: 1, relation: 0, target: 0) != EdgeTable.key(source: 0, relation: 0, target: 1 << 26))
        #expect(EdgeTable.key(source: 0, relation: 1, target: 0) != EdgeTable.key(source: 0, relation: 0, target: 1))
    }

    /// Relation numbers are dense, in the order first seen, and by name: a relation whose name
    /// is a fresh copy (other storage, or a long name) gets the number of the same name.
    @Test func relationNumbersFollowTheName() {
        var numbers = RelationNumbers()
        let long = "relation_with_a_long_name_for_heap_storage"
        #expect(numbers.number(.target) == 0)
        #expect(numbers.number(.location) == 1)
        #expect(numbers.number(.target) == 0)
        #expect(numbers.number(Relation(String(decoding: Array(long.utf8), as: UTF8.self))) == 2)
        #expect(numbers.number(Relation(String(decoding: Array(long.utf8), as: UTF8.self))) == 2)
        #expect(numbers.number(Relation("tar" + "get")) == 0)
        // More fresh copies than the representations remembered: still one number per name.
        for _ in 0..<100 { #expect(numbers.number(Relation(String(decoding: Array(long.utf8), as: UTF8.self))) == 2) }
        #expect(numbers.number(.alliedWith) == 3)
        #expect(numbers.count == 4)
    }

    /// Equal words are equal strings; a second copy of a long text has other words (its own
    /// storage); small strings are their words.
    @Test func stringWordsTellStorageApart() {
        let text = "قاعدة عين الأسد الجوية في الأنبار"
        let copy = String(decoding: Array(text.utf8), as: UTF8.self)
        #expect(StringWords(text) == StringWords(text))
        #expect(StringWords(text) != StringWords(copy))
        #expect(StringWords("target") == StringWords(String(decoding: Array("target".utf8), as: UTF8.self)))
        var array = [text, copy]
        array.withUnsafeBufferPointer { strings in
            #expect(StringWords(at: strings.baseAddress!) == StringWords(text))
            #expect(StringWords(at: strings.baseAddress! + 1) == StringWords(copy))
        }
        array.removeAll()
    }
}
