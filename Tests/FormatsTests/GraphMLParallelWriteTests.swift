import Foundation
import Testing
import GraphModel
@testable import Formats

/// The GraphML writer's fast paths must give exactly the bytes of the general ones.
@Suite struct GraphMLParallelWriteTests {
    /// Records whose strings need list or XML escaping, or hold combining marks, controls
    /// and U+FFFE, next to plain Arabic ones.
    static let evidence: [Evidence] = [
        Evidence(document: "a.txt", sentence: 0, start: 3, end: 9, text: "قاعدة عين الأسد", rule: "lexicon"),
        Evidence(document: "b|c.txt", sentence: 2, start: 10, end: 20, text: "a\\b | c", rule: "pattern.base"),
        Evidence(document: "d.txt", sentence: 1, start: 0, end: 4, text: "<&> \"q\" \r\t", rule: "event.attack.trigger"),
        Evidence(document: "e.txt", sentence: 5, start: -1, end: 7, text: "\\\u{301}|\u{64E} \u{FFFE}x\u{1}", rule: "r:x"),
        Evidence(document: "f.txt", sentence: 3, start: 1, end: 2, text: "\u{64E}بدأ", rule: "coreference.surname"),
    ]

    @Test func evidenceWrittenInPlaceIsTheEscapedFormattedList() {
        for n in 1...Self.evidence.count {
            let records = Array(Self.evidence.prefix(n))
            var out: [UInt8] = []
            GraphMLEvidence.appendContent(records, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == XMLText.content(GraphFields.formatEvidence(records)))
        }
    }

    @Test func numbersAreWrittenAsStringDoes() {
        for n in [0, 7, 9, 10, 99, 100, 12345, -1, -10, Int.max, Int.min] {
            var out: [UInt8] = []
            out.appendDecimal(n)
            #expect(String(decoding: out, as: UTF8.self) == String(n))
        }
    }

    @Test func chunksAreWrittenInOrderWhateverTheCoreCount() {
        let count = OrderedChunks.chunkSize * 37 + 5
        func render(cores: Int) -> [String] {
            var pieces: [String] = []
            OrderedChunks.render(count: count, cores: cores, empty: "", { range in range.map(String.init).joined(separator: ",") + ";" },
                                 write: { pieces.append($0) })
            return pieces
        }
        let one = render(cores: 1)
        #expect(one.joined() == (0..<OrderedChunks.chunkSize * 37 + 5).map { "\($0)" }.chunked(OrderedChunks.chunkSize))
        #expect(render(cores: 2) == one)
        #expect(render(cores: 8) == one)
    }

    /// Ids that are all tokens are their own XML ids without a table; with one id that is not
    /// a token, every id gets what `GraphMLIDs.assign` gives it.
    @Test func xmlIDsAreTheAssignedOnes() {
        let tokens = ["attack-1", "base-ain-al-asad", "e-0f3a", "n_2", "x.y:z"]
        let mixed = tokens + ["قاعدة عين الأسد", "two words", "attack-1 "]
        for ids in [tokens, mixed] {
            let table = GraphMLIDs.XMLIDs(ids, prefix: "n")
            let assigned = GraphMLIDs.assign(ids, prefix: "n")
            #expect(ids.allSatisfy { table[$0] == assigned[$0] })
        }
    }

    @Test func largeGraphWritesTheSameBytesAsElementByElement() throws {
        // More elements than one batch of chunks, each with evidence needing both paths.
        let nodes = (0..<1500).map { i in
            Node(id: "n\(i)", kind: .base, nameEn: "Base \(i)", sources: ["a.txt"],
                 evidence: [Self.evidence[i % Self.evidence.count], Self.evidence[(i + 1) % Self.evidence.count]])
        }
        let edges = (0..<1499).map { i in
            Edge(id: "e\(i)", source: "n\(i)", target: "n\(i + 1)", relation: .target, evidence: [Self.evidence[i % Self.evidence.count]])
        }
        let g = try EventGraph(directed: true, nodes: nodes, edges: edges)
        let text = String(decoding: GraphMLWriter.write(g), as: UTF8.self)
        #expect(text == GraphMLWriter.render(g))
        // Elements in id order, each with its evidence formatted and escaped the general way.
        var expected = ""
        for node in g.nodes {
            expected += "    <node id=\"\(node.id)\">"
            expected += "<data key=\"n_evidence\">\(XMLText.content(GraphFields.formatEvidence(node.evidence)))</data>"
        }
        for edge in g.edges {
            expected += "    <edge id=\"\(edge.id)\" source=\"\(edge.source)\" target=\"\(edge.target)\">"
            expected += "<data key=\"e_evidence\">\(XMLText.content(GraphFields.formatEvidence(edge.evidence)))</data>"
        }
        let kept = text.split(separator: "\n").filter {
            $0.hasPrefix("    <node ") || $0.hasPrefix("    <edge ") || $0.contains("_evidence\">")
        }.map { $0.hasPrefix("      ") ? String($0.dropFirst(6)) : String($0) }.joined()
        #expect(kept == expected)
    }
}

private extension Array where Element == String {
    /// The items joined by "," in groups of `size`, each group closed by ";".
    func chunked(_ size: Int) -> String {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min(count, $0 + size)].joined(separator: ",") + ";" }.joined()
    }
}
