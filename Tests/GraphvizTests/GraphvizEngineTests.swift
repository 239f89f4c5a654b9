import Foundation
import Testing
@testable import Graphviz

/// The engine against the real Graphviz libraries: formats, layouts, parsing, and the
/// error funnel's reset.
@Suite struct GraphvizEngineTests {
    let engine = GraphvizEngine.shared
    let small = "digraph G { a -> b; b -> c; c -> a; d }"

    // MARK: Rendering

    @Test(arguments: RenderFormat.allCases)
    func rendersEachFormatInMemory(format: RenderFormat) async throws {
        let data = try await engine.render(dot: small, engine: .dot, format: format)
        let head = String(decoding: data.prefix(64), as: UTF8.self)
        switch format {
        case .svg: #expect(head.hasPrefix("<?xml") || head.hasPrefix("<svg"))
        case .png: #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .pdf: #expect(head.hasPrefix("%PDF-"))
        case .dot:
            #expect(head.hasPrefix("digraph G {"))
            #expect(String(decoding: data, as: UTF8.self).contains("pos=\""))
        case .plain:
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasPrefix("graph "))
            #expect(text.hasSuffix("stop\n"))
        }
    }

    @Test(arguments: LayoutEngine.allCases.filter { $0 != .nop })
    func everyLayoutEnginePlacesEveryNode(layout: LayoutEngine) async throws {
        let points = try await engine.positions(dot: small, engine: layout)
        #expect(Set(points.keys) == ["a", "b", "c", "d"])
        // Distinct centres: the layout really ran.
        #expect(Set(points.values.map { "\($0.x),\($0.y)" }).count == 4)
    }

    @Test func dotPositionsMatchThePlainOutput() async throws {
        let points = try await engine.positions(dot: small, engine: .dot)
        let plain = String(decoding: try await engine.render(dot: small, engine: .dot, format: .plain), as: UTF8.self)
        // plain gives centres in inches.
        for line in plain.split(separator: "\n") where line.hasPrefix("node ") {
            let f = line.split(separator: " ")
            let p = try #require(points[String(f[1])])
            #expect(abs(p.x - Double(f[2])! * 72) < 0.01)
            #expect(abs(p.y - Double(f[3])! * 72) < 0.01)
        }
    }

    @Test func pinnedPositionsWithNopAreKeptExactlyAcrossRenders() async throws {
        // Named: cgraph names anonymous graphs from a process-wide counter, and that name is
        // the SVG's <title>.
        let dot = """
            digraph slice { notranslate=true; a [pos="10,20!"]; b [pos="300.5,40!"]; c [pos="150,260!"]; a -> b -> c }
            """
        let first = try await engine.positions(dot: dot, engine: .nop)
        let second = try await engine.positions(dot: dot, engine: .nop)
        #expect(first == second)
        #expect(first["a"] == LayoutPoint(x: 10, y: 20))
        #expect(first["b"] == LayoutPoint(x: 300.5, y: 40))
        #expect(first["c"] == LayoutPoint(x: 150, y: 260))
        // Rendering the pinned graph twice gives the same bytes.
        let svg1 = try await engine.render(dot: dot, engine: .nop, format: .svg)
        let svg2 = try await engine.render(dot: dot, engine: .nop, format: .svg)
        #expect(svg1 == svg2)
    }

    @Test(arguments: [RenderFormat.svg, .png, .pdf])
    func renderingIsByteForByteRepeatable(format: RenderFormat) async throws {
        let dot = "digraph G { a -> b -> c; a [label=\"قاعدة\"] }"
        let first = try await engine.render(dot: dot, engine: .dot, format: format)
        try await Task.sleep(for: .milliseconds(1100))   // a new second for cairo's PDF clock
        let second = try await engine.render(dot: dot, engine: .dot, format: format)
        #expect(first == second)
        if format == .pdf {
            #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (D:\(GraphvizEngine.pdfDate)"))
        }
    }

    @Test func pdfCreationDateIsFixed() {
        let pdf = Data("%PDF-1.5\n<< /CreationDate (D:20261122002635Z) >>\n".utf8)
        let fixed = GraphvizEngine.fixingCreationDate(pdf, date: GraphvizEngine.pdfDate(environment: [:]))
        #expect(String(decoding: fixed, as: UTF8.self) == "%PDF-1.5\n<< /CreationDate (D:19700101000000Z) >>\n")
        let dated = GraphvizEngine.fixingCreationDate(
            pdf, date: GraphvizEngine.pdfDate(environment: ["SOURCE_DATE_EPOCH": "1584403200"]))
        #expect(String(decoding: dated, as: UTF8.self).contains("(D:20200317000000Z)"))
    }

    @Test func arabicTextReachesSVGAndDOTAsUTF8() async throws {
        let dot = "digraph { a [label=\"قاعدة عين الأسد\"] }"
        let svg = String(decoding: try await engine.render(dot: dot, engine: .dot, format: .svg), as: UTF8.self)
        #expect(svg.contains("قاعدة عين الأسد"))
        let laidOut = String(decoding: try await engine.render(dot: dot, engine: .dot, format: .dot), as: UTF8.self)
        #expect(laidOut.contains("قاعدة عين الأسد"))
    }

    /// Every acquisition is paired with its release; a leak or a double free shows up here
    /// as a crash. (Memory growth is measured by bench/, not by a unit test.)
    @Test func manyRenderRoundsDoNotCrash() async throws {
        for i in 0..<200 {
            let format: RenderFormat = [.svg, .png, .pdf, .plain][i % 4]
            let data = try await engine.render(dot: "digraph { n\(i) -> m\(i) -> a }", engine: .dot, format: format)
            #expect(!data.isEmpty)
        }
    }

    // MARK: Parsing

    @Test func parseKeepsFileOrderAttributesAndFlattensSubgraphs() async throws {
        let doc = try await engine.parse(dot: """
            digraph G {
              label="Title"; rankdir=LR;
              node [shape=box];
              z [color=red];
              subgraph cluster_one { label="inner"; y; x -> y [key=k1, color=blue]; }
              a -> z [id="e7", weight=3];
              z -> a;
              a -> z;
            }
            """)
        #expect(doc.name == "G")
        #expect(doc.directed && !doc.strict)
        #expect(doc.graphAttributes["label"] == "Title")
        #expect(doc.graphAttributes["rankdir"] == "LR")
        #expect(doc.nodeDefaults["shape"] == "box")
        #expect(doc.nodes.map(\.name) == ["z", "y", "x", "a"])
        #expect(doc.nodes[0].attributes["color"] == "red")
        #expect(doc.nodes[0].attributes["shape"] == "box")
        #expect(doc.nodes[1].subgraphs == ["cluster_one"])
        #expect(doc.nodes[3].subgraphs == [])
        #expect(doc.edges.map { "\($0.tail)>\($0.head)" } == ["x>y", "a>z", "z>a", "a>z"])
        #expect(doc.edges[0].key == "k1")
        #expect(doc.edges[0].attributes["color"] == "blue")
        #expect(doc.edges[0].attributes["key"] == nil)
        #expect(doc.edges[1].key == nil)
        #expect(doc.edges[1].attributes == ["id": "e7", "weight": "3"])
    }

    @Test func parseReadsUndirectedAndAnonymousGraphs() async throws {
        let doc = try await engine.parse(dot: "strict graph { a -- b; b -- c }")
        #expect(!doc.directed)
        #expect(doc.strict)
        #expect(doc.name == "")
        #expect(doc.edges.map { "\($0.tail)-\($0.head)" } == ["a-b", "b-c"])
    }

    @Test func parseReturnsEscapesAsGraphvizStoresThem() async throws {
        // The lexer turns \" into "; everything else (\\, \n) is left for the label code.
        let doc = try await engine.parse(dot: #"digraph { a [label="say \"hi\"\nback\\slash"] }"#)
        #expect(doc.nodes[0].attributes["label"] == #"say "hi"\nback\\slash"#)
    }

    // MARK: Errors

    @Test func malformedDOTThrowsGraphvizsMessageAndTheNextCallSucceeds() async throws {
        let error = await #expect(throws: GraphvizError.self) {
            _ = try await engine.render(dot: "digraph {\n a -> \n}", engine: .dot, format: .svg)
        }
        #expect(error?.kind == .syntax)
        #expect(error?.description.contains("syntax error in line 3") == true)
        #expect(error?.description.contains("\n") == false)
        // The error state was reset: the same engine renders a valid graph at once.
        let svg = try await engine.render(dot: small, engine: .dot, format: .svg)
        #expect(String(decoding: svg.prefix(5), as: UTF8.self) == "<?xml")
        // And a later error reports its own line, not a stale one.
        let second = await #expect(throws: GraphvizError.self) {
            _ = try await engine.parse(dot: "graph { a -- ; }")
        }
        #expect(second?.description.contains("line 1") == true)
    }

    @Test func textAfterTheGraphIsRejectedWithoutPoisoningTheNextCall() async throws {
        let junk = await #expect(throws: GraphvizError.self) {
            _ = try await engine.parse(dot: "digraph { a -> b } trailing junk")
        }
        #expect(junk?.description.contains("trailing") == true)
        let two = await #expect(throws: GraphvizError.self) {
            _ = try await engine.parse(dot: "digraph { a } digraph { b }")
        }
        #expect(two?.description.contains("2 graphs") == true)
        // Nothing of the rejected text leaks into the next parse.
        let doc = try await engine.parse(dot: "digraph { x -> y }")
        #expect(doc.nodes.map(\.name) == ["x", "y"])
    }

    @Test func emptyTextIsAClearError() async throws {
        let error = await #expect(throws: GraphvizError.self) { _ = try await engine.parse(dot: "   ") }
        #expect(error?.description.contains("no graph found") == true)
    }

    @Test func unknownEngineNameListsTheValidOnes() throws {
        #expect(try LayoutEngine.named("NEATO") == .neato)
        let error = #expect(throws: GraphvizError.self) { _ = try LayoutEngine.named("spring") }
        #expect(error?.kind == .unknownEngine)
        #expect(error?.description == "unknown layout engine 'spring': use one of: dot, neato, fdp, sfdp, circo, twopi, nop")
    }

    @Test func errorsNameTheirDocument() {
        let error = GraphvizError(.syntax, "Graphviz could not parse the DOT text", detail: "syntax error in line 2 near '}'")
            .in(document: "graph.dot")
        #expect(error.description == "graph.dot: Graphviz could not parse the DOT text: syntax error in line 2 near '}'")
    }

    @Test func missingPluginsSayHowToFixThem() {
        let all = LayoutEngine.allCases.map(\.rawValue) + ["nop1", "nop2", "osage", "patchwork"]
        #expect(GraphvizEngine.pluginProblem(layouts: all, textLayouts: ["textlayout"]) == nil)
        // What a libgvc6 without its plugin registry (config6a) reports: nothing.
        let none = GraphvizEngine.pluginProblem(layouts: [], textLayouts: [])
        #expect(none?.kind == .pluginsMissing)
        #expect(none?.description == "Graphviz layout plugins not found (missing: dot, neato, fdp, sfdp, circo, twopi, nop): "
                + "run `dot -c` as root (or reinstall libgvc6)")
        let noPango = GraphvizEngine.pluginProblem(layouts: all, textLayouts: [])
        #expect(noPango?.description.contains("pango") == true)
    }

    @Test func pluginsAreRegisteredOnThisMachine() {
        #expect(engine.startupProblem == nil)
        // The version is read from the library itself.
        #expect(engine.version.split(separator: ".").count >= 2)
    }
}
