import Foundation
import Testing
import GraphModel
import TestSupport
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
            var out = ByteBuffer()
            GraphMLEvidence.appendContent(records, to: &out)
            #expect(String(decoding: out.bytes, as: UTF8.self) == XMLText.content(GraphFields.formatEvidence(records)))
        }
    }

    /// Records cut from the sample articles' real text (every line, in pieces of several
    /// lengths, under their file names and rule names of the extractor's forms), written in
    /// place and the general way; the file names as a sources list.
    @Test func evidenceAndSourcesFromRealTextWrittenInPlaceAreTheGeneralOnes() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.path).sorted()
        let rules = ["lexicon", "pattern.person.office-in-name", "event.attack.trigger", "coreference.surname"]
        var records: [Evidence] = []
        for (n, name) in names.enumerated() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: TestPaths.samples.appendingPathComponent(name), encoding: .utf8)
            for (s, line) in text.split(separator: "\n").enumerated() {
                let scalars = Array(line.unicodeScalars)
                for length in [3, 11, 40] {
                    for start in stride(from: 0, to: scalars.count, by: length) {
                        var piece = String.UnicodeScalarView()
                        piece.append(contentsOf: scalars[start..<min(scalars.count, start + length)])
                        records.append(Evidence(document: name, sentence: s, start: start, end: start + length * (n + 1),
                                                text: String(piece), rule: rules[(s + start) % rules.count]))
                    }
                }
            }
        }
        #expect(records.count > 1000)
        for from in stride(from: 0, to: records.count, by: 97) {
            let list = Array(records[from..<min(records.count, from + 150)])
            var out = ByteBuffer(capacity: 1)
            GraphMLEvidence.appendContent(list, to: &out)
            #expect(String(decoding: out.bytes, as: UTF8.self) == XMLText.content(GraphFields.formatEvidence(list)))
        }
        let sources = names + records.prefix(300).map(\.text)
        var out = ByteBuffer()
        GraphMLEvidence.appendListContent(sources, to: &out)
        #expect(String(decoding: out.bytes, as: UTF8.self) == XMLText.content(GraphFields.joinList(sources)))
    }

    @Test func listsWrittenInPlaceAreTheEscapedJoinedList() {
        let items = ["a.txt", "b|c.txt", "d\\e", "<&>", "\u{301}|x", "\u{FFFE}y", "long-document-name-0001.txt", "", "\r\n\t"]
        for n in 0...items.count {
            for list in [Array(items.prefix(n)), Array(items.suffix(n))] {
                var out = ByteBuffer()
                GraphMLEvidence.appendListContent(list, to: &out)
                #expect(String(decoding: out.bytes, as: UTF8.self) == XMLText.content(GraphFields.joinList(list)))
            }
        }
    }

    @Test func numbersAreWrittenAsStringDoes() {
        var numbers = [0, 7, 9, 10, 99, 100, 12345, -1, -10, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power, -(power - 1)]
        }
        var out = ByteBuffer(capacity: 1)
        for n in numbers {
            out.removeAll()
            out.appendDecimal(n)
            #expect(String(decoding: out.bytes, as: UTF8.self) == String(n))
        }
    }

    /// A buffer grown past its capacity many times keeps every byte in order, and one emptied
    /// with a limit keeps at most that much memory.
    @Test func byteBufferGrowsAndShrinks() {
        var out = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for i in 0..<5000 {
            let piece = Array(repeating: UInt8(truncatingIfNeeded: i), count: i % 37)
            out.append(piece)
            out.append(UInt8(ascii: ","))
            expected += piece + [UInt8(ascii: ",")]
        }
        #expect(Array(out.bytes) == expected)
        out.removeAll(keepingAtMost: 100)
        #expect(out.count == 0 && out.capacity == 100)
        out.appendASCII("x")
        #expect(Array(out.bytes) == [UInt8(ascii: "x")])
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

    /// Reused chunk buffers: the same bytes in the same order on 1, 2 or 8 cores, chunks of
    /// very different sizes following each other in the same buffers, two passes sharing them.
    @Test func byteChunksAreWrittenInOrderWhateverTheCoreCount() {
        let count = 3000
        // Element 100 is large enough to make its buffer shrink after it is written.
        func size(_ i: Int) -> Int { i == 100 ? OrderedChunks.keptCapacity + 10 : i % 300 }
        let chunks = OrderedChunks.chunks(weights: (0..<count).map(size), target: 4000, maxElements: 40)
        // `uneven`: the writer is slow on every seventh piece (so the ring fills and renders
        // wait for a free buffer) and every eleventh chunk is slow to render (so chunks finish
        // out of order).
        func render(cores: Int, uneven: Bool = false) -> [UInt8] {
            var bytes: [UInt8] = []
            var writes = 0
            let buffers = ChunkBuffers(cores: cores)
            for pass in 0..<2 {
                OrderedChunks.renderBytes(chunks, buffers: buffers, { range, piece in
                    if uneven, range.lowerBound % 11 == 0 { usleep(300) }
                    for i in range {
                        for j in 0..<size(i) { piece.append(UInt8(truncatingIfNeeded: i &+ j &+ pass)) }
                    }
                }, write: {
                    writes += 1
                    if uneven, writes % 7 == 0 { usleep(500) }
                    bytes.append(contentsOf: $0)
                })
            }
            return bytes
        }
        var expected: [UInt8] = []
        for pass in 0..<2 {
            for i in 0..<count {
                for j in 0..<size(i) { expected.append(UInt8(truncatingIfNeeded: i &+ j &+ pass)) }
            }
        }
        #expect(render(cores: 1) == expected)
        #expect(render(cores: 2) == expected)
        #expect(render(cores: 8) == expected)
        #expect(render(cores: 2, uneven: true) == expected)
        #expect(render(cores: 8, uneven: true) == expected)
    }

    /// Chunks cover every element once, in order, each closed at the target weight or the
    /// element limit and no later.
    @Test func chunksAreCutAtTheirWeightOrLength() {
        let weights = (0..<1000).map { ($0 * 7919) % 500 }
        let chunks = OrderedChunks.chunks(weights: weights, target: 2000, maxElements: 16)
        #expect(chunks.first?.lowerBound == 0 && chunks.last?.upperBound == weights.count)
        for (a, b) in zip(chunks, chunks.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        for chunk in chunks.dropLast() {
            let weight = chunk.reduce(0) { $0 + weights[$1] }
            #expect(weight >= 2000 || chunk.count == 16)
            #expect(weight - weights[chunk.upperBound - 1] < 2000 && chunk.count <= 16)
        }
        #expect(OrderedChunks.chunks(weights: []).isEmpty)
        #expect(OrderedChunks.chunks(weights: [5]) == [0..<1])
    }

    /// Short copies are done word by word: every length up to and past the word paths.
    @Test func shortCopiesCopyEveryByte() {
        let source = (0..<80).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for n in 0...70 {
            var target = [UInt8](repeating: 0xAA, count: 80)
            source.withUnsafeBufferPointer { from in
                target.withUnsafeMutableBufferPointer { to in ByteBuffer.copy(from: from.baseAddress! + 3, to: to.baseAddress! + 5, count: n) }
            }
            #expect(Array(target[5..<(5 + n)]) == Array(source[3..<(3 + n)]), "length \(n)")
            #expect(target[0..<5].allSatisfy { $0 == 0xAA } && target[(5 + n)...].allSatisfy { $0 == 0xAA }, "length \(n)")
        }
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

    /// The table made from the elements in place is the one made from their ids, and an id
    /// appended from where it is stored is the escaped XML id (rewritten or not).
    @Test func xmlIDsOfElementsReadInPlaceAreTheAssignedOnes() {
        let tokens = ["attack-1", "base-ain-al-asad", "e-0f3a", "n_2", "x.y:z", "a-node-id-longer-than-fifteen-bytes"]
        let mixed = tokens + ["قاعدة عين الأسد", "two words", "attack-1 ", "<&\"q\">"]
        for ids in [tokens, mixed] {
            let nodes = ids.map { Node(id: $0, kind: .base) }
            let fromElements = GraphMLIDs.XMLIDs(nodes, prefix: "n")
            let assigned = GraphMLIDs.assign(ids, prefix: "n")
            nodes.withUnsafeBufferPointer { nodes in
                for i in nodes.indices {
                    let node = nodes.baseAddress! + i
                    #expect(fromElements[node.pointee.id] == assigned[node.pointee.id])
                    let rewritten = fromElements.rewritten(node)
                    #expect((rewritten ?? node.pointee.id) == assigned[node.pointee.id])
                    #expect(rewritten == nil || ids != tokens)
                    for inPlace in [true, false] {
                        var out = ByteBuffer()
                        fromElements.append(Node.id(of: node), inPlace: inPlace && BorrowedUTF8.layoutIsKnown, to: &out)
                        #expect(String(decoding: out.bytes, as: UTF8.self) == XMLText.attribute(assigned[node.pointee.id]!))
                    }
                }
            }
        }
        // An id that needs escaping is written escaped, from its bytes.
        var out = ByteBuffer()
        let raw = "a\"<b>&\tc"
        raw.utf8.withContiguousStorageIfAvailable { out.appendXMLAttribute($0) }
        #expect(String(decoding: out.bytes, as: UTF8.self) == XMLText.attribute(raw))
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
