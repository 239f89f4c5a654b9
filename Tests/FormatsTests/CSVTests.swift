import Foundation
import Testing
import GraphModel
import TestSupport
@testable import Formats

@Suite struct CSVTests {
    @Test func sampleTablesMatchGolden() {
        let g = SampleGraph.make()
        assertGolden(CSVWriter.nodes(g), named: "sample.nodes.csv")
        assertGolden(CSVWriter.edges(g), named: "sample.edges.csv")
    }

    @Test func nodeAndEdgeTablesReadBackToTheSameNodesAndEdges() throws {
        for g in [SampleGraph.make(), try HostileGraph.make()] {
            let back = try CSVReader.read(nodes: (CSVWriter.nodes(g), "g.nodes.csv"), edges: (CSVWriter.edges(g), "g.edges.csv"))
            #expect(back.nodes == g.nodes)
            #expect(back.edges == g.edges)
            #expect(back.directed == g.directed)
        }
    }

    @Test func quotesPerRFC4180() throws {
        #expect(CSVText.field("plain") == "plain")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVText.field(" padded") == "\" padded\"")
        let text = "a,\"b,c\",\"d \"\"e\"\"\"\r\n\"multi\nline\",,x\n\n"
        #expect(try CSVText.parse(text) == [
            CSVText.Record(line: 1, fields: ["a", "b,c", "d \"e\""]),
            CSVText.Record(line: 2, fields: ["multi\nline", "", "x"]),
        ])
    }

    @Test func readsEdgeListsInAnyCaseKeepingExtraColumns() throws {
        let text = """
        \u{FEFF}Source,TARGET,Relation,Weight,date,confidence,checked
        Kata'ib Hezbollah,Ain al-Asad,attacker,2,2020-03-11,0.9,true
        كتائب حزب الله,إيران,backed_by,,2020-03,1,false
        Kata'ib Hezbollah,Ain al-Asad,attacker,1,not a date,0.5,true
        """
        let g = try CSVReader.readEdgeList(Data(text.utf8), document: "edges.csv")
        #expect(g.directed)
        #expect(g.nodes.map(\.id).sorted() == ["Ain al-Asad", "Kata'ib Hezbollah", "إيران", "كتائب حزب الله"].sorted())
        #expect(g.edges.count == 3)
        let backed = try #require(g.edges.first { $0.relation == .backedBy })
        #expect(backed.weight == 1)
        #expect(backed.date?.iso == "2020-03")
        #expect(backed.attributes == ["confidence": .double(1), "checked": .bool(false)])
        let attacks = g.edges.filter { $0.relation == .attacker }.sorted { $0.weight < $1.weight }
        #expect(attacks.map(\.weight) == [1, 2])
        #expect(attacks[0].attributes["date"] == .string("not a date"))
        #expect(attacks[1].date == .day(Day(year: 2020, month: 3, day: 11)!))
        // Stable ids: the same file gives the same ids.
        #expect(try CSVReader.readEdgeList(Data(text.utf8), document: "edges.csv").edges.map(\.id) == g.edges.map(\.id))
    }

    @Test func readsGephiEdgeTables() throws {
        let text = "Source,Target,Type,Id,Label,Weight\na,b,Undirected,7,,1.5\nb,c,Undirected,8,ally,2\n"
        let g = try CSVReader.readEdgeList(Data(text.utf8), document: "gephi.csv")
        #expect(!g.directed)
        #expect(g.edges.map(\.id) == ["7", "8"])
        #expect(g.edges.map(\.weight) == [1.5, 2])
        #expect(g.edge("8")?.attributes["label"] == .string("ally"))
        // A `type` column that is not Gephi's direction is an ordinary attribute.
        let typed = try CSVReader.readEdgeList(Data("source,target,type\na,b,rocket\n".utf8), document: "t.csv")
        #expect(typed.directed)
        #expect(typed.edges.first?.attributes["type"] == .string("rocket"))
    }

    @Test(arguments: [
        ("source,target,weight\na,b,1\nc,d,heavy\n", "e.csv: line 3: edge weight 'heavy' is not a number"),
        ("source,target\na,\"b\n", "e.csv: line 2: malformed CSV: a quoted field is never closed"),
        ("source,target\na,\"b\"x\n", "e.csv: line 2: malformed CSV: text after a closing quote"),
        ("source,target\na,b,c\n", "e.csv: line 2: 3 fields but the header has 2"),
        ("from,to\na,b\n", "e.csv: line 1: an edge list needs 'source' and 'target' columns (found: from, to)"),
        ("source,target\n,b\n", "e.csv: line 2: an edge needs both a source and a target"),
        ("source,target,id\na,b,x\nb,a,x\n", "e.csv: line 3: edge id 'x' appears twice"),
        ("", "e.csv: the file is empty"),
    ])
    func malformedEdgeListsGiveOneClearLine(input: String, expected: String) {
        #expect(throws: (any Error).self) { try CSVReader.readEdgeList(Data(input.utf8), document: "e.csv") }
        do {
            _ = try CSVReader.readEdgeList(Data(input.utf8), document: "e.csv")
        } catch {
            #expect("\(error)".hasPrefix(expected), "got: \(error)")
        }
    }

    @Test func malformedNodeTablesGiveOneClearLine() {
        let edges = (Data("source,target\na,b\n".utf8), "g.edges.csv")
        for (nodes, expected) in [
            ("Label\nx\n", "g.nodes.csv: line 1: a node table needs an 'Id' column"),
            ("Id,Label\na,A\na,B\n", "g.nodes.csv: line 3: node id 'a' appears twice"),
            ("Id,Label\n,A\n", "g.nodes.csv: line 2: empty node id"),
        ] {
            do {
                _ = try CSVReader.read(nodes: (Data(nodes.utf8), "g.nodes.csv"), edges: edges)
                Issue.record("no error for \(nodes)")
            } catch {
                #expect("\(error)".hasPrefix(expected), "got: \(error)")
            }
        }
        #expect(throws: (any Error).self) {
            try CSVReader.readEdgeList(Data([0xFF, 0xFE, 0x00]), document: "bin.csv")
        }
    }
}
