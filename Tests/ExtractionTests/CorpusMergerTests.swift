import Foundation
import Testing
import GraphModel
@testable import Extraction

/// The merger's internal ids and pooled strings must never show in its output.
@Suite struct CorpusMergerTests {
    @Test func graphDoesNotDependOnTheOrderArticlesArriveIn() throws {
        let findings = try Fixture.fixtureArticles().map { Fixture.extractor.extract($0) }
        #expect(findings.count > 2)
        func graph(_ order: [DocumentFindings]) throws -> Data {
            var merger = CorpusMerger(gazetteer: Fixture.gazetteer, options: ExtractionOptions(withLexiconRelations: true))
            for f in order { merger.add(f) }
            return try GraphJSON.encode(merger.finish())
        }
        let forward = try graph(findings)
        // Reference ids are given in arrival order: another order gives other ids, the same graph.
        #expect(try graph(findings.reversed()) == forward)
        #expect(try graph(Array(findings[1...]) + [findings[0]]) == forward)
    }

    @Test func finishGivesTheGraphAndEmptiesTheMerger() throws {
        var merger = CorpusMerger(gazetteer: Fixture.gazetteer)
        for a in try Fixture.fixtureArticles() { merger.add(Fixture.extractor.extract(a)) }
        let graph = merger.graph()
        #expect(!graph.nodes.isEmpty)
        #expect(try GraphJSON.encode(merger.finish()) == GraphJSON.encode(graph))
        #expect(merger.graph().nodes.isEmpty)
        // Articles added after `finish` make the same graph again.
        for a in try Fixture.fixtureArticles() { merger.add(Fixture.extractor.extract(a)) }
        #expect(try GraphJSON.encode(merger.graph()) == GraphJSON.encode(graph))
    }

    @Test func pooledStringsKeepTheirBytes() {
        var pool = StringPool()
        let surface = "قاعدة عين الأسد الجوية"
        let first = pool.intern(String(decoding: Array(surface.utf8), as: UTF8.self))
        let second = pool.intern(String(decoding: Array(surface.utf8), as: UTF8.self))
        #expect(first == surface && second == surface)
        // Canonically equal to `composed` but other bytes (alef + combining hamza above):
        // pooled apart, each with its own bytes.
        let composed = "قاعدة أبو غريب العسكرية"
        let decomposed = "قاعدة ا\u{654}بو غريب العسكرية"
        #expect(Array(pool.intern(composed).utf8) == Array(composed.utf8))
        #expect(Array(pool.intern(decomposed).utf8) == Array(decomposed.utf8))
        // Many distinct strings (the table grows) all come back unchanged.
        let many = (0..<5000).map { "evidence text number \($0) في الأنبار" }
        for s in many { _ = pool.intern(s) }
        for s in many { #expect(Array(pool.intern(s).utf8) == Array(s.utf8)) }
    }

    /// Held strings: the layout check passes on this platform (otherwise every string would be
    /// pooled, correct but slower), small strings are kept as their words and every other form
    /// pooled (a short text in heap storage too), and every form comes back with its bytes.
    @Test func heldStringsComeBackWithTheirBytes() {
        #expect(StringWords.smallFormIsKnown)
        var tables = CorpusMerger.HeldTables()
        let large = String(repeating: "قاعدة عين الأسد ", count: 3)
        var shortInStorage = ""
        shortInStorage.reserveCapacity(64)
        shortInStorage += "abc"
        #expect(!StringWords(shortInStorage).isSmall)
        let samples: [(String, kept: Bool)] = [
            ("", true), ("abc", true), ("قاعدة", true), ("bench_00042.txt", true),
            (String(decoding: Array("قاعدة".utf8), as: UTF8.self), true),
            ("sixteen bytes!!!", false), (large, false), ("a literal longer than fifteen bytes", false),
            (shortInStorage, false),
        ]
        for (s, kept) in samples {
            let held = tables.hold(s)
            #expect((held.high != 0) == kept, "\(s): small strings kept as words, others pooled")
            #expect(Array(tables.string(held).utf8) == Array(s.utf8))
        }
    }

    /// `ByteKeyTable` (behind `EdgeTable`; `ByteKeyIDs` has its own test) tells keys apart by their bytes
    /// even when their hashes are equal: here every key is given the same hash, so each lookup
    /// walks the probe chain and only the byte comparison decides. Through the table's growth,
    /// every key keeps its value, and a key never inserted is not found.
    @Test func byteKeyTableComparesBytesWhenHashesCollide() {
        let keys = (0..<300).map { "مفتاح \($0)" }
        var table = ByteKeyTable<Int>(log2Capacity: 2, empty: -1)
        let collide: UInt64 = 0x1234_5679
        func find(_ key: String) -> (found: Int?, free: Int) {
            UTF8Bytes.with(key) { bytes in
                table.find(hash: collide) { id in UTF8Bytes.with(keys[id]) { ByteHash.equal($0, bytes) } }
            }
        }
        for (id, key) in keys.enumerated() {
            let (found, free) = find(key)
            #expect(found == nil)
            table.insert(id, hash: collide, at: free)
        }
        #expect(table.count == keys.count)
        for (id, key) in keys.enumerated() { #expect(find(key).found == id) }
        #expect(find("مفتاح 300").found == nil)
        // The real hash: equal bytes, equal hash; the low bit is set (0 marks an empty slot).
        let h = UTF8Bytes.with(keys[7]) { ByteHash.hash($0) }
        #expect(h & 1 == 1 && h == UTF8Bytes.with(String(decoding: Array(keys[7].utf8), as: UTF8.self)) { ByteHash.hash($0) })
    }

    /// `ByteKeyIDs` (behind `StringPool` and `ReferenceIDs`) tells keys apart by their bytes
    /// even when their hashes are equal (every key here is given one hash, so only the byte
    /// comparison decides), through the growth of its slots and of its arena of keys; byte keys
    /// and word keys of one hash stay apart; a copy keeps its keys when the original inserts
    /// more (copy on write); the reads ahead of a lookup (`touchSlot`, `touchKey`) change nothing.
    @Test func byteKeyIDsCompareBytesWhenHashesCollide() {
        let keys = (0..<300).map { "مفتاح \($0)" } + ["", "x"]
        var table = ByteKeyIDs(log2Capacity: 1)
        let collide: UInt64 = 0x1234_5679
        func find(_ t: ByteKeyIDs, _ key: String) -> (id: Int32, free: Int) {
            UTF8Bytes.with(key) { t.find(bytes: $0, hash: collide) }
        }
        for (id, key) in keys.enumerated() {
            let (found, free) = find(table, key)
            #expect(found == -1)
            _ = table.touchSlot(collide) &+ table.touchKey(collide)
            UTF8Bytes.with(key) { table.insert(bytes: $0, hash: collide, id: Int32(id), at: free) }
        }
        #expect(table.count == keys.count)
        let copy = table
        for (id, key) in keys.enumerated() { #expect(find(table, key).id == Int32(id)) }
        #expect(find(table, "مفتاح 300").id == -1)
        // A word key with the hash of the byte keys: its own id, and the byte keys keep theirs.
        let words = StringWords("abc")
        let (none, free) = table.find(words: words, hash: collide)
        #expect(none == -1)
        table.insert(words: words, hash: collide, id: 1000, at: free)
        #expect(table.find(words: words, hash: collide).id == 1000)
        #expect(find(table, "abc").id == -1)
        #expect(copy.find(words: words, hash: collide).id == -1 && copy.count == keys.count)
        for (id, key) in keys.enumerated() { #expect(find(copy, key).id == Int32(id) && find(table, key).id == Int32(id)) }
    }

    /// Entity surfaces are told apart on their bytes when both are plain (`sameText`); that
    /// must be String's == (canonical equivalence) on every pair of surfaces the fixture
    /// articles give, and on pairs where bytes and equivalence part (composed and decomposed
    /// hamza, marks, a shared storage).
    @Test func surfaceEqualityOnBytesIsStringEquality() throws {
        var surfaces: [String] = []
        for f in try Fixture.fixtureArticles().map({ Fixture.extractor.extract($0) }) {
            surfaces += f.entities.flatMap(\.surfaces)
        }
        surfaces = Array(Set(surfaces)).sorted()
        #expect(surfaces.count > 30)
        let composed = "قاعدة أبو غريب", decomposed = "قاعدة ا\u{654}بو غريب"
        surfaces += [composed, decomposed, "بَغداد", "بغداد", "Ain al-Asad", "ain al-asad", "", "e\u{301}", "\u{e9}"]
        let keys = surfaces.map(PlainTextKey.init)
        for i in surfaces.indices {
            for j in surfaces.indices {
                #expect(CorpusMerger.sameText(surfaces[i], keys[i], surfaces[j], keys[j]) == (surfaces[i] == surfaces[j]))
            }
        }
        // Other bytes, canonically equal: the decomposed one is not plain, so String decides.
        #expect(CorpusMerger.sameText(composed, PlainTextKey(composed), decomposed, PlainTextKey(decomposed)))
        #expect(CorpusMerger.sameText("e\u{301}", PlainTextKey("e\u{301}"), "\u{e9}", PlainTextKey("\u{e9}")))
    }

    /// The open-addressing reference table gives the ids a dictionary keyed by the bytes gives
    /// (first seen, first numbered), through its growth; canonically equal references with other
    /// bytes stay apart; a reference never inserted has no id.
    @Test func referenceIDsAreThoseOfADictionaryOfTheirBytes() throws {
        var refs: [String] = []
        for f in try Fixture.fixtureArticles().map({ Fixture.extractor.extract($0) }) {
            refs += f.entities.map(\.ref) + f.events.flatMap { $0.roles.map(\.ref) } + f.relations.flatMap { [$0.source, $0.target] }
        }
        #expect(refs.count > 50)
        refs += (0..<3000).map { "p:person:شخص رقم \($0 % 1700)" } + ["", "k:a", "p:base:قاعدة أبو غريب", "p:base:قاعدة ا\u{654}بو غريب"]
        var table = ReferenceIDs()
        var reference: [[UInt8]: Int] = [:]
        for r in refs {
            let expected = reference[Array(r.utf8)] ?? reference.count
            reference[Array(r.utf8)] = expected
            #expect(table.insert(r) == expected)
        }
        #expect(table.count == reference.count)
        for (bytes, id) in reference {
            let r = String(decoding: bytes, as: UTF8.self)
            #expect(table.id(r) == id)
            #expect(Array(table.references[id].utf8) == bytes)
        }
        #expect(table.id("p:person:never inserted") == nil)
        #expect(table.id("p:base:قاعدة أبو غريب") != table.id("p:base:قاعدة ا\u{654}بو غريب"))
    }

    /// What `add` holds of an article (`HeldArticle`: ids, ranges and rows of integers) gives
    /// back every field of the findings the merge reads, with the same bytes, on every real
    /// article the tests have (samples, fixture articles, held-out sets).
    @Test func heldArticlesGiveBackTheirFindings() throws {
        var merger = CorpusMerger(gazetteer: Fixture.gazetteer)
        var originals: [DocumentFindings] = []
        for a in try MergeTablesTests.realArticles() {
            let f = Fixture.extractor.extract(a)
            originals.append(f)
            merger.add(f)
        }
        #expect(originals.count > 50)
        #expect(merger.findings.count == originals.count)
        func bytes(_ s: [String]) -> [[UInt8]] { s.map { Array($0.utf8) } }
        func bytes(_ e: [Evidence]) -> [[[UInt8]]] { e.map { [Array($0.document.utf8), Array($0.text.utf8), Array($0.rule.utf8)] } }
        var records = 0
        for (held, f) in zip(merger.findings, originals) {
            let back = held.findings(merger.tables)
            #expect(back.document == f.document)
            #expect(back.entities.count == f.entities.count && back.events.count == f.events.count && back.relations.count == f.relations.count)
            for (b, e) in zip(back.entities, f.entities) {
                #expect(Array(b.ref.utf8) == Array(e.ref.utf8) && b.kind == e.kind && b.actorType == e.actorType && b.key == e.key)
                #expect(bytes(b.surfaces) == bytes(e.surfaces) && bytes(b.titles) == bytes(e.titles) && bytes(b.organisations) == bytes(e.organisations))
                #expect(b.evidence == e.evidence && bytes(b.evidence) == bytes(e.evidence))
                records += e.evidence.count
            }
            for (b, e) in zip(back.events, f.events) {
                #expect(b.kind == e.kind && b.modality == e.modality && b.date == e.date && b.dateIsFallback == e.dateIsFallback)
                #expect(b.killed == e.killed && b.wounded == e.wounded && b.trigger == e.trigger)
                #expect(b.evidence == e.evidence && bytes(b.evidence) == bytes(e.evidence))
                #expect(b.roles.map(\.relation) == e.roles.map(\.relation) && bytes(b.roles.map(\.ref)) == bytes(e.roles.map(\.ref)))
                #expect(b.roles.map(\.evidence) == e.roles.map(\.evidence))
                #expect(b.anchors == e.anchors && b.performers == e.performers)
                records += e.evidence.count + e.roles.count
            }
            for (b, r) in zip(back.relations, f.relations) {
                #expect(b.relation == r.relation && Array(b.source.utf8) == Array(r.source.utf8) && Array(b.target.utf8) == Array(r.target.utf8))
                #expect(b.evidence == r.evidence && bytes([b.evidence]) == bytes([r.evidence]))
                records += 1
            }
        }
        #expect(records > 1000)
    }

    /// The sorted id sets clustering uses answer as `Set<Int>` does: membership, sharing an id,
    /// the number shared and the union, on random sets small and large (linear and binary search).
    @Test func sortedIDsAnswerAsSets() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<400 {
            let range = Int(generator.next() % 60) + 1
            func randomSet() -> [Int] { (0..<Int(generator.next() % 40)).map { _ in Int(generator.next() % UInt64(range)) } }
            let (a, b) = (randomSet(), randomSet())
            let (setA, setB) = (Set(a), Set(b))
            let (sortedA, sortedB) = (SortedIDs(a), SortedIDs(b))
            #expect(Array(sortedA) == setA.sorted())
            #expect(sortedA.count == setA.count && sortedA.isEmpty == setA.isEmpty)
            #expect(sortedA.intersects(sortedB) == !setA.isDisjoint(with: setB))
            #expect(sortedA.sharedCount(sortedB) == setA.intersection(setB).count)
            for x in -1...range { #expect(sortedA.contains(x) == setA.contains(x)) }
            var union = sortedA
            union.formUnion(sortedB)
            #expect(Array(union) == setA.union(setB).sorted())
        }
    }

    /// The date index of clusters gives exactly the clusters whose first date overlaps the
    /// interval asked for (day, week, month and year spans mixed, inserted in no order), and
    /// every cluster, keyed or not, for an undated mention.
    @Test func clustersByFirstDateFindExactlyTheOverlappingOnes() {
        var generator = SeededGenerator(seed: 7)
        var index = CorpusMerger.AnchorClusters()
        var firstDates: [(start: Int, end: Int)?] = []
        for cluster in 0..<600 {
            let start = Int(generator.next() % 2000)
            let span = [0, 0, 6, 30, 364][Int(generator.next() % 5)]
            let date: (start: Int, end: Int)? = generator.next() % 10 == 0 ? nil : (start, start + span)
            firstDates.append(date)
            index.insert(cluster, firstDate: date)
        }
        for _ in 0..<300 {
            let lo = Int(generator.next() % 2100) - 50
            let hi = lo + [0, 4, 40, 70][Int(generator.next() % 4)]
            var found: [Int] = []
            index.appendCandidates((lo, hi), to: &found)
            let expected = firstDates.indices.filter { c in firstDates[c].map { $0.start <= hi && $0.end >= lo } ?? true }
            #expect(found.sorted() == expected)
        }
        var all: [Int] = []
        index.appendCandidates(nil, to: &all)
        #expect(all.sorted() == Array(0..<600))
    }

    /// `IndexSort` gives what the standard (stable) sort gives with the same comparison: on the
    /// evidence of real articles (in order, reversed and shuffled), and on keys with many ties,
    /// where stability shows.
    @Test func indexSortMatchesTheStandardSort() throws {
        let findings = try Fixture.fixtureArticles().map { Fixture.extractor.extract($0) }
        let evidence = findings.flatMap { f in f.entities.flatMap(\.evidence) + f.events.flatMap(\.evidence) + f.relations.map(\.evidence) }
        #expect(evidence.count > 50)
        var generator = SeededGenerator(seed: 11)
        for input in [evidence, evidence.reversed(), evidence.shuffled(using: &generator), evidence.sorted()] {
            var fast = input
            IndexSort.sort(&fast) { e, i, j in Evidence.lessInPlace(e[i], e[j]) }
            #expect(fast == input.sorted())
        }
        // Ties: (key, original position) pairs compared by key only keep their order.
        let pairs = (0..<2000).map { (key: Int(generator.next() % 17), position: $0) }
        var fast = pairs
        IndexSort.sort(&fast) { p, i, j in p[i].key < p[j].key }
        let standard = pairs.sorted { $0.key < $1.key }
        #expect(fast.map(\.key) == standard.map(\.key) && fast.map(\.position) == standard.map(\.position))
    }

    /// The permutation `IndexSort` returns is the one it applied (position k holds what was at
    /// `order[k]`), nil from the comparison sort when the array was in order already: the
    /// merger reads it to give each edge its ends' positions in the sorted nodes.
    @Test func indexSortReturnsThePermutationItApplied() {
        var generator = SeededGenerator(seed: 5)
        let values = (0..<500).map { _ in Int(generator.next() % 40) }
        var byComparison = values
        let order = IndexSort.sort(&byComparison) { v, i, j in v[i] < v[j] }
        #expect(order != nil && order!.map { values[$0] } == byComparison && byComparison == values.sorted())
        var again = byComparison
        #expect(IndexSort.sort(&again) { v, i, j in v[i] < v[j] } == nil && again == byComparison)
        let keys = values.map { UInt64($0) }
        var byKeys = Array(values.indices)
        let keyOrder = IndexSort.sort(&byKeys, keys: keys)
        #expect(keyOrder == byKeys && byKeys.map { values[$0] } == values.sorted())
        #expect(Set(keyOrder) == Set(values.indices))
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014), so the test data is the same on every run.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
