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
    /// One list per base graph: a memo serves the slices of one graph only.
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
        }
    }

    @Test func indentationKeepsBlankLinesEmpty() {
        #expect(SliceJSONEncoder.indented("{\n  \"a\" : [\n\n  ]\n}", by: 4) == "{\n      \"a\" : [\n\n      ]\n    }")
    }

    @Test func csvByteScanAgreesWithTheCharacterDefinition() {
        let cases = ["", "plain", "قاعدة التاجي", "a,b", "a\"b", "a\nb", "a\rb", "a\r\nb", "\r\n", ",\u{301}", "x,\u{301}y",
                     "\"\u{301}", "\n\u{301}", "، عربي", " lead", "trail "]
        for s in cases {
            #expect(CSVText.hasSpecialCharacter(s) == CSVText.hasSpecialCharacterByDefinition(s), "\(s.debugDescription)")
        }
    }
}
