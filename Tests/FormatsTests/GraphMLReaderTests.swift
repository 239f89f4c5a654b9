import Foundation
import Testing
import GraphModel
import TestSupport
@testable import Formats

@Suite struct GraphMLReaderTests {
    @Test func ourFilesRoundTripToTheSameModelAndBytes() throws {
        for graph in [SampleGraph.make(), try HostileGraph.make()] {
            let first = GraphMLWriter.write(graph)
            let back = try GraphMLReader.read(first, document: "g.graphml")
            #expect(GraphMLWriter.write(back) == first)
        }
        // The sample has no text XML cannot carry, so the model itself comes back whole.
        let sample = SampleGraph.make()
        #expect(try GraphMLReader.read(GraphMLWriter.write(sample), document: "g.graphml") == sample)
    }

    @Test func filesWeWroteFromForeignGraphMLAreStableUnderRoundTrips() throws {
        let url = TestPaths.fixtures.appendingPathComponent("hostile-networkx.graphml")
        let foreign = try GraphMLReader.read(Data(contentsOf: url), document: "hostile-networkx.graphml")
        let first = GraphMLWriter.write(foreign)
        let second = GraphMLWriter.write(try GraphMLReader.read(first, document: "first.graphml"))
        #expect(first == second)
    }

    @Test func readsNetworkxFileWithHostileLabels() throws {
        let url = TestPaths.fixtures.appendingPathComponent("hostile-networkx.graphml")
        let g = try GraphMLReader.read(Data(contentsOf: url), document: "hostile-networkx.graphml")
        #expect(g.directed)
        #expect(g.nodes.map(\.id) == ["base 1", "kh", "plain", "rtl", "قاعدة"])
        let kh = try #require(g.node("kh"))
        // The raw \x01 and ESC bytes networkx wrote are dropped, everything else kept.
        #expect(kh.nameEn == "كتائب \"حزب الله\" \\ <KH> & co\nسطر ثانٍ[0m")
        #expect(kh.kind == .actor)
        #expect(kh.attributes["weight"] == .int(3))
        #expect(kh.attributes["score"] == .double(0.5))
        #expect(kh.attributes["flag"] == .bool(true))
        // XML turns the raw CR LF networkx wrote into LF.
        #expect(g.node("base 1")?.nameEn == "Ain al-Asad \"base\" \\ C:\\path <b>&amp;</b>\n\ttab")
        #expect(g.node("base 1")?.coordinates == Coordinates(lat: 33.785, lon: 42.441))
        #expect(g.node("قاعدة")?.nameAr == "قاعدة عين الأسد")
        #expect(g.node("قاعدة")?.nameEn == nil)
        #expect(g.node("plain")?.label() == "plain")
        #expect(g.attributes["title"] == .string("hostile \"title\" <&>"))
        #expect(g.edges.count == 3)
        #expect(Set(g.edges.map(\.relation)) == [.attacker, .hostileTo, .unspecified])
        let attack = try #require(g.edges.first { $0.relation == .attacker })
        #expect(attack.weight == 2.5)
        #expect(attack.attributes["note"] == .string("said \"fire\" \\ now"))
        // Missing edge ids are derived from content: reading twice gives the same ids.
        let again = try GraphMLReader.read(Data(contentsOf: url), document: "hostile-networkx.graphml")
        #expect(again.edges.map(\.id) == g.edges.map(\.id))
        #expect(g.edges.allSatisfy { $0.id.hasPrefix("e-") })
        // And it writes back as valid GraphML that keeps the unknown columns.
        let text = GraphMLWriter.render(g)
        #expect(text.contains("attr.name=\"score\" attr.type=\"double\""))
        #expect(text.contains("attr.name=\"note\""))
    }

    @Test func readsGephiAndForAllKeysAndDefaults() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key attr.name="label" attr.type="string" for="node" id="label"/>
          <key attr.name="Modularity Class" attr.type="int" for="node" id="modularity_class"/>
          <key attr.name="size" attr.type="float" for="node" id="size"/>
          <key attr.name="weight" attr.type="double" for="edge" id="weight"><default>1.5</default></key>
          <key attr.name="note" attr.type="string" for="all" id="note"><default>none</default></key>
          <graph edgedefault="undirected">
            <node id="0"><data key="label">Iran</data><data key="modularity_class">2</data><data key="size">10.0</data></node>
            <node id="1"><data key="label">إيران</data><data key="note">set</data></node>
            <edge id="0" source="0" target="1"/>
            <edge id="1" source="0" target="1"><data key="weight">3</data></edge>
          </graph>
        </graphml>
        """
        let g = try GraphMLReader.read(Data(xml.utf8), document: "gephi.graphml")
        #expect(!g.directed)
        #expect(g.node("0")?.nameEn == "Iran")
        #expect(g.node("1")?.nameAr == "إيران")
        #expect(g.node("0")?.attributes["Modularity Class"] == .int(2))
        #expect(g.node("0")?.attributes["size"] == .double(10))
        #expect(g.node("0")?.attributes["note"] == .string("none"))
        #expect(g.node("1")?.attributes["note"] == .string("set"))
        // Parallel edges stay apart; the default applies where the edge has no value.
        #expect(g.edges.map(\.weight) == [1.5, 3])
        #expect(g.edges.map { $0.attributes["note"] } == [.string("none"), .string("none")])
        // "Modularity Class" is not an NMTOKEN: written under a token name, read back as it was.
        let back = try GraphMLReader.read(GraphMLWriter.write(g), document: "x.graphml")
        #expect(back.node("0")?.attributes["Modularity Class"] == .int(2))
    }

    @Test func readsYEdFilesTakingTheNodeLabel() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
          <key for="graphml" id="d0" yfiles.type="resources"/>
          <key for="node" id="d6" yfiles.type="nodegraphics"/>
          <key for="edge" id="d10" yfiles.type="edgegraphics"/>
          <key attr.name="description" attr.type="string" for="node" id="d5"/>
          <graph edgedefault="directed" id="G">
            <node id="n0">
              <data key="d5">first</data>
              <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/>
                <y:NodeLabel alignment="center">Al-Qaim &amp; co</y:NodeLabel><y:Shape type="rectangle"/></y:ShapeNode></data>
            </node>
            <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>قاعدة</y:NodeLabel></y:ShapeNode></data></node>
            <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge><y:Arrows source="none" target="standard"/></y:PolyLineEdge></data></edge>
          </graph>
          <data key="d0"><y:Resources/></data>
        </graphml>
        """
        let g = try GraphMLReader.read(Data(xml.utf8), document: "yed.graphml")
        #expect(g.node("n0")?.nameEn == "Al-Qaim & co")
        #expect(g.node("n0")?.attributes == ["description": .string("first")])
        #expect(g.node("n1")?.nameAr == "قاعدة")
        #expect(g.edges.map(\.id) == ["e0"])
        #expect(g.edges[0].attributes.isEmpty)
    }

    @Test func repeatedEdgeIdsFromNetworkxMultigraphsGetStableIds() throws {
        let xml = """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
        <node id="a"/><node id="b"/><node id="c"/>
        <edge id="0" source="a" target="b"/><edge id="1" source="a" target="b"/><edge id="0" source="b" target="c"/></graph></graphml>
        """
        let g = try GraphMLReader.read(Data(xml.utf8), document: "multi.graphml")
        #expect(g.edges.count == 3)
        #expect(g.edge("0")?.target == "b")
        #expect(g.edge("1")?.target == "b")
        let third = try #require(g.edges.first { $0.source == "b" })
        #expect(third.id.hasPrefix("e-"))
        #expect(try GraphMLReader.read(Data(xml.utf8), document: "multi.graphml").edges.map(\.id) == g.edges.map(\.id))
    }

    @Test func edgesToUndeclaredNodesCreateThem() throws {
        let xml = """
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
        <node id="a"/><edge source="a" target="b"/><edge source="a" target="b"/></graph></graphml>
        """
        let g = try GraphMLReader.read(Data(xml.utf8), document: "x.graphml")
        #expect(g.nodes.map(\.id) == ["a", "b"])
        #expect(g.edges.count == 2)
        #expect(Set(g.edges.map(\.id)).count == 2)
    }

    @Test(arguments: [
        ("<graphml><graph><node id=\"a\">", "x.graphml: line 1: malformed XML: the file ends inside <node> opened on line 1 (truncated?)"),
        ("<graphml>\n<graph>\n<node id=\"a\"></nod>\n</graph></graphml>",
         "x.graphml: line 3: malformed XML: end tag </nod> does not match <node> opened on line 3"),
        ("<graphml>\n<graph a=\"1\" a=\"2\"/></graphml>", "x.graphml: line 2: malformed XML: attribute 'a' appears twice on <graph>"),
        ("<graphml><graph><node id=\"a&b\"/></graph></graphml>", "x.graphml: line 1: malformed XML: '&' that does not start an entity"),
        ("<graphml>\n<graph><node id=a/></graph></graphml>", "x.graphml: line 2: malformed XML: the value of attribute 'id' of <node> is not quoted"),
        ("<graphml><graph>\n\n<node id=\"a\"><data key=\"k\">x < y</data></node></graph></graphml>",
         "x.graphml: line 3: malformed XML: '<' not followed by an element name"),
        ("<graphml/>\n<graphml/>", "x.graphml: line 2: malformed XML: a second root element"),
        ("<graphml><!-- open", "x.graphml: line 1: malformed XML: a comment is not closed"),
        ("<graphml>&nbsp;</graphml>", "x.graphml: line 1: malformed XML: undeclared entity '&nbsp;'"),
        (" \n", "x.graphml: the file is empty"),
        ("<gexf><graph/></gexf>", "x.graphml: line 1: not GraphML"),
        ("<graphml><graph><node id=\"a\"/>\n<node id=\"a\"/></graph></graphml>", "x.graphml: line 2: node id 'a' is declared twice"),
        ("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph><node id=\"a\"/>\n<edge source=\"a\" target=\"a\"><data key=\"w\">heavy</data></edge></graph></graphml>",
         "x.graphml: line 2: edge weight 'heavy' is not a number"),
        ("<graphml><graph><hyperedge/></graph></graphml>", "x.graphml: line 1: hyperedges are not supported"),
        ("<graphml><graph><edge source=\"a\"/></graph></graphml>", "x.graphml: line 1: <edge> without source or target"),
        ("<graphml><graph><node/></graph></graphml>", "x.graphml: line 1: <node> without an id"),
        ("<graphml><key id=\"k\"/><key id=\"k\"/></graphml>", "x.graphml: line 1: key id 'k' is declared twice"),
    ])
    func malformedInputGivesOneClearLine(input: String, expectedPrefix: String) {
        do {
            _ = try GraphMLReader.read(Data(input.utf8), document: "x.graphml")
            Issue.record("no error for \(input)")
        } catch {
            let message = "\(error)"
            #expect(message.hasPrefix(expectedPrefix), "got: \(message)")
            #expect(!message.contains("\n"))
        }
    }
}

@Suite struct XMLPullParserTests {
    func events(_ xml: String) throws -> [String] {
        var out: [String] = []
        var p = XMLPullParser(Array(xml.utf8))
        try p.parse { e in
            switch e {
            case let .start(name, attributes, line):
                out.append("<\(name)\(attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined())>@\(line)")
            case let .end(name, line): out.append("</\(name)>@\(line)")
            case let .text(t): out.append("'\(t)'")
            }
        }
        return out
    }

    @Test func readsTheXMLWeMeet() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\"?>\r\n<!DOCTYPE g [<!ELEMENT g ANY>]>\n<!-- c -->"
            + "<g a='1 &amp; 2' b=\"x\ty\">t&lt;&#65;&#x42;\r\nu<![CDATA[<raw>&]]><e/></g>\n"
        #expect(try events(xml) == [
            "<g a=1 & 2 b=x y>@3", "'t<AB\nu'", "'<raw>&'", "<e>@4", "</e>@4", "</g>@4",
        ])
    }

    @Test func dropsReferencesToForbiddenCharacters() throws {
        #expect(try events("<a>x&#1;y&#x1B;z</a>") == ["<a>@1", "'xyz'", "</a>@1"])
    }
}

@Suite struct XMLEncodingTests {
    let xml = "<graphml><graph><node id=\"a\"><data key=\"label\">Qaïm قاعدة</data></node></graph></graphml>"

    @Test func readsUTF16WithAByteOrderMark() throws {
        var data = Data([0xFF, 0xFE])
        data.append(xml.data(using: .utf16LittleEndian)!)
        #expect(try GraphMLReader.read(data, document: "u16.graphml").node("a")?.nameEn == "Qaïm قاعدة")
    }

    @Test func convertsDeclaredLatin1() throws {
        let latin = "<?xml version='1.0' encoding='ISO-8859-1'?>\n<graphml><graph><node id=\"a\"><data key=\"label\">Qaïm</data></node></graph></graphml>"
        let data = latin.data(using: .isoLatin1)!
        #expect(try GraphMLReader.read(data, document: "l1.graphml").node("a")?.nameEn == "Qaïm")
    }

    @Test func refusesOtherEncodingsAndInvalidUTF8WithOneLine() {
        let cp1256 = Data("<?xml version=\"1.0\" encoding=\"windows-1256\"?><graphml/>".utf8)
        #expect(throws: ReadError(document: "w.graphml", "the file is in the windows-1256 encoding, which is not supported; save it as UTF-8")) {
            try GraphMLReader.read(cp1256, document: "w.graphml")
        }
        var broken = Data("<graphml>\n<graph>\n".utf8)
        broken.append(contentsOf: [0xC7, 0x20]) // a Windows-1256 alif: not UTF-8
        broken.append(Data("</graph></graphml>".utf8))
        do {
            _ = try GraphMLReader.read(broken, document: "b.graphml")
            Issue.record("no error")
        } catch {
            #expect("\(error)".hasPrefix("b.graphml: line 3: not valid UTF-8"))
        }
    }
}
