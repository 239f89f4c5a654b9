import Foundation
import GraphModel
import TestSupport
@testable import Extraction

/// The default lexicon compiled once for all extraction tests.
enum Fixture {
    static let gazetteer: Gazetteer = {
        do { return Gazetteer(lexicon: try Lexicon.loadDefault()) } catch { fatalError("default lexicon: \(error)") }
    }()
    static let extractor = Extractor(gazetteer: gazetteer)

    static func article(_ text: String, published: String?, document: String = "test.txt") -> Article {
        Article(document: document, text: text, published: published.flatMap { Day(iso: $0) })
    }

    static func extract(_ text: String, published: String? = "2020-03-26", document: String = "test.txt") -> DocumentFindings {
        extractor.extract(article(text, published: published, document: document))
    }

    static func graph(_ articles: [Article]) -> EventGraph {
        var merger = CorpusMerger(gazetteer: gazetteer)
        for a in articles { merger.add(extractor.extract(a)) }
        return merger.graph()
    }

    static var articlesFolder: URL {
        TestPaths.packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures/articles")
    }

    /// The held-out sets beside the fixture articles (`Fixtures/heldout*`), by name.
    static func heldOutFolders() throws -> [URL] {
        let fixtures = articlesFolder.deletingLastPathComponent()
        return try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
            .filter { $0.hasPrefix("heldout") }.sorted().map { fixtures.appendingPathComponent($0) }
    }

    /// Every folder of real articles the tests hold: the samples, the fixture articles and each
    /// held-out set, in that order.
    static func realArticleFolders() throws -> [URL] {
        [TestPaths.samples, articlesFolder] + (try heldOutFolders())
    }

    /// The `.txt` file names of a folder, sorted.
    static func articleNames(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// The fixture articles with their manifest dates.
    static func fixtureArticles() throws -> [Article] {
        let manifest = try Manifest.parse(Data(contentsOf: articlesFolder.appendingPathComponent("manifest.json")), file: "manifest.json")
        return try manifest.map { e in
            Article(document: e.file, text: try String(contentsOf: articlesFolder.appendingPathComponent(e.file), encoding: .utf8),
                    published: e.published)
        }
    }
}

extension EventGraph {
    func node(key: String) -> Node? { nodes.first { $0.attributes["lexicon_key"] == .string(key) } }
    func events(_ kind: NodeKind) -> [Node] { nodes.filter { $0.kind == kind } }
    /// Targets of an event edge with `relation`, as lexicon keys (or Arabic names for pattern entities).
    func roles(of event: Node, _ relation: Relation) -> Set<String> {
        Set(edges.filter { $0.source == event.id && $0.relation == relation }.compactMap { e in
            node(e.target).map { n in n.attributes["lexicon_key"]?.description ?? n.nameAr ?? n.id }
        })
    }
    func hasRelation(_ source: String, _ relation: Relation, _ target: String) -> Bool {
        guard let s = node(key: source) ?? nodes.first(where: { $0.nameAr == source }),
              let t = node(key: target) ?? nodes.first(where: { $0.nameAr == target }) else { return false }
        return edges.contains { $0.relation == relation && (($0.source == s.id && $0.target == t.id) || (relation.isSymmetric && $0.source == t.id && $0.target == s.id)) }
    }
}

enum TestPathsShim {
    static var samples: URL { TestPaths.samples }
}

/// Questions the rule suites ask of one article's findings, as sets so a test states what must
/// be there without depending on the order the rules found it in.
protocol FindingQueries {}

extension FindingQueries {
    /// The references holding role `r` in event `e`.
    func roles(_ e: FoundEvent, _ r: Relation) -> Set<String> { Set(e.roles.filter { $0.relation == r }.map(\.ref)) }

    /// The relations of kind `r` as "source target" pairs.
    func relations(_ f: DocumentFindings, _ r: Relation) -> Set<String> {
        Set(f.relations.filter { $0.relation == r }.map { "\($0.source) \($0.target)" })
    }

    /// Every surface of the persons found.
    func persons(_ f: DocumentFindings) -> Set<String> {
        Set(f.entities.filter { $0.actorType == .person }.flatMap(\.surfaces))
    }
}
