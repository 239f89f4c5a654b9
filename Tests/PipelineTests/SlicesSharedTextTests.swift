import Analytics
import Foundation
@testable import Formats
import GraphModel
@testable import Pipeline
import Testing
import TestSupport

/// The slices' writers keep each shared element's texts across slices
/// (`ElementTextMemo`, `SliceJSONEncoder`): every file must equal the one the plain writer
/// makes of the same slice graph.
@Suite struct SlicesSharedTextTests {
    /// Slices of the job's fixture and of the sample graph, with measures attached, as
    /// `SlicesJob.measure` leaves them; every element given evidence and sources so that the
    /// kept texts are not empty.
    /// One list per base graph: the slices of one graph share their elements' lists, so a
    /// memo given one list reuses its texts (a memo across graphs remakes them; tested below).
    static func sliceGraphs() throws -> [[EventGraph]] {
        var groups: [[EventGraph]] = []
        for base in [try SlicesJobFixture.graph(), SampleGraph.make()] {
            var out: [EventGraph] = []
            var g = base
            for n in base.nodes {
                g.updateNode(n.id) { node in
                    if node.sources.isEmpty { node.sources = ["a,\"quoted\".txt", "b.txt"] }
                    if node.evidence.isEmpty {
                        node.evidence = [Evidence(document: "d.txt", sentence: 1, start: 0, end: 5, text: "قاعدة، \"x\"\r\nz", rule: "lexicon")]
                    }
                }
            }
            for granularity in [SliceGranularity.week, .month] {
                let set = try TimeSlicer.slice(g, options: SliceOptions(granularity: granularity, spread: true))
                for s in set.slices where !s.graph.nodes.isEmpty {
                    let table = try computeMeasures(s.graph, SlicesRequest.defaultMeasures)
                    out.append(table.attach(to: s.graph))
                }
                out += set.slices.map(\.graph)
            }
            groups.append(out)
        }
        return groups
    }

    @Test func jsonFromKeptTextsEqualsGraphJSON() throws {
        for graphs in try Self.sliceGraphs() {
            #expect(graphs.count > 4)
            let encoder = SliceJSONEncoder()
            for g in graphs {
                #expect(try encoder.encode(g) == GraphJSON.encode(g))
            }
            // The fast path ran: every slice with nodes and edges was assembled from kept texts.
            #expect(encoder.assembledCount == graphs.filter { !$0.nodes.isEmpty && !$0.edges.isEmpty }.count)
            #expect(encoder.assembledCount > 0)
        }
    }

    @Test func csvAndGEXFWithAMemoEqualTheirPlainText() throws {
        for graphs in try Self.sliceGraphs() {
            let memo = ElementTextMemo()
            for g in graphs {
                #expect(CSVWriter.nodes(g, labels: .both, memo: memo) == CSVWriter.nodes(g, labels: .both))
                #expect(CSVWriter.edges(g, memo: memo) == CSVWriter.edges(g))
                #expect(GEXFWriter.write(g, memo: memo) == GEXFWriter.write(g))
            }
            // Texts were kept and reused across the slices, not made again each time.
            #expect(memo.reuses > 0)
        }
    }

    /// A memo shared by graphs that give the same ids other sources and evidence makes each
    /// text again for the other list: the files equal the plain writers' (the check is in the
    /// memo itself, not only in a debug assertion).
    @Test func aMemoSharedByGraphsWithOtherListsStillWritesEachGraphsText() throws {
        let g = try #require(try Self.sliceGraphs()[0].first { !$0.nodes.isEmpty && !$0.edges.isEmpty })
        var other = g
        for n in g.nodes {
            other.updateNode(n.id) { node in
                node.sources.append("other.txt")
                node.evidence = [Evidence(document: "other.txt", sentence: 2, start: 1, end: 3, text: "نص آخر", rule: "lexicon")]
            }
        }
        for e in g.edges {
            other.updateEdge(e.id) { edge in
                edge.sources.append("other.txt")
                edge.evidence = [Evidence(document: "other.txt", sentence: 3, start: 0, end: 2, text: "غير", rule: "pattern")]
            }
        }
        #expect(CSVWriter.nodes(other, labels: .both) != CSVWriter.nodes(g, labels: .both))
        let memo = ElementTextMemo()
        for g in [g, other, g, other] {
            #expect(CSVWriter.nodes(g, labels: .both, memo: memo) == CSVWriter.nodes(g, labels: .both))
            #expect(CSVWriter.edges(g, memo: memo) == CSVWriter.edges(g))
            #expect(GEXFWriter.write(g, memo: memo) == GEXFWriter.write(g))
        }
    }

    @Test func indentationKeepsBlankLinesEmpty() {
        #expect(SliceJSONEncoder.indented("{\n  \"a\" : [\n\n  ]\n}", by: 4) == "{\n      \"a\" : [\n\n      ]\n    }")
    }

    /// A field is quoted when it holds a comma, a quote, LF or CR anywhere, also inside one
    /// `Character` (CR LF, a comma with a combining mark), and the quoted field reads back.
    @Test func csvQuotesEveryFieldHoldingASpecialScalar() throws {
        let special = ["a,b", "a\"b", "a\nb", "a\rb", "a\r\nb", "\r\n", ",\u{301}", "x,\u{301}y", "\"\u{301}", "\n\u{301}"]
        let plain = ["", "plain", "قاعدة التاجي", "، عربي"]
        for s in special {
            #expect(CSVText.hasSpecialCharacter(s), "\(s.debugDescription)")
            let row = CSVText.row([s, "next"])
            #expect(try CSVText.parse(row).map(\.fields) == [[s, "next"]], "\(s.debugDescription)")
        }
        for s in plain { #expect(!CSVText.hasSpecialCharacter(s), "\(s.debugDescription)") }
        #expect(CSVText.field(" lead") == "\" lead\"" && CSVText.field("trail ") == "\"trail \"")
    }
}
