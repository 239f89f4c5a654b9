import Foundation
import Testing
import GraphModel
import Graphviz
@testable import Formats
import TestSupport

@Suite struct DOTWriterTests {
    // MARK: Golden files

    @Test func goldenEnglish() throws {
        assertGolden(Data(DOTWriter.write(try DOTSamples.eventGraph()).utf8), named: "event-graph-en.dot")
    }

    @Test func goldenArabicWithLegendSizeAndColour() throws {
        let options = DOTOptions(labels: .ar, legend: true, title: "القواعد المسلمة 2020",
                                 sizeBy: "pagerank", colorBy: "community")
        assertGolden(Data(DOTWriter.write(try DOTSamples.eventGraph(), options: options).utf8), named: "event-graph-ar-legend.dot")
    }

    @Test func goldenPinnedGreyedSliceForNop() throws {
        let options = DOTOptions(labels: .both, legend: true, pinned: pinnedPositions(), greyed: ["attack-taji"],
                                 engine: .nop)
        assertGolden(Data(DOTWriter.write(try DOTSamples.eventGraph(), options: options).utf8), named: "event-graph-nop-pinned.dot")
    }

    @Test func goldenHostileLabels() throws {
        assertGolden(Data(DOTWriter.write(try DOTSamples.hostileGraph(), options: DOTOptions(labels: .both)).utf8), named: "hostile-labels.dot")
    }

    // MARK: Determinism

    @Test func sameGraphSameBytesWhateverTheInsertionOrder() throws {
        let g = try DOTSamples.eventGraph()
        var shuffled = EventGraph(directed: g.directed, attributes: g.attributes)
        for node in g.nodes.reversed() { shuffled.upsert(node) }
        for edge in g.edges.reversed() { try shuffled.upsert(edge) }
        let options = DOTOptions(labels: .both, legend: true, sizeBy: "pagerank", colorBy: "community")
        #expect(DOTWriter.write(g, options: options) == DOTWriter.write(shuffled, options: options))
    }

    // MARK: The dot program accepts what we write

    @Test(arguments: LabelLanguage.allCases)
    func dotProgramParsesTheHostileGraph(labels: LabelLanguage) throws {
        let dot = DOTWriter.write(try DOTSamples.hostileGraph(), options: DOTOptions(labels: labels, legend: true))
        let result = try Subprocess.run("dot", ["-Tcanon"], stdin: Data(dot.utf8))
        #expect(result.status == 0, "dot -Tcanon: \(result.stderrText)")
        #expect(result.stderr.isEmpty, "dot -Tcanon warned: \(result.stderrText)")
        #expect(!result.stdout.isEmpty)
    }

    @Test(arguments: [LayoutEngine.dot, .neato, .fdp, .sfdp, .circo, .twopi])
    func dotProgramLaysOutTheEventGraphWithEveryEngine(engine: LayoutEngine) throws {
        let dot = DOTWriter.write(try DOTSamples.eventGraph(), options: DOTOptions(labels: .both, legend: true, engine: engine))
        let result = try Subprocess.run("dot", ["-K\(engine.rawValue)", "-Tsvg"], stdin: Data(dot.utf8))
        #expect(result.status == 0, "dot -K\(engine.rawValue): \(result.stderrText)")
        #expect(result.stderr.isEmpty, "dot -K\(engine.rawValue) warned: \(result.stderrText)")
    }

    // MARK: Escaping

    @Test func quotedStringsEscapeWhatDOTNeeds() {
        #expect(DOTText.quoted(#"a"b"#) == #""a\"b""#)
        #expect(DOTText.quoted(#"trailing\"#) == #""trailing\\""#)
        #expect(DOTText.quoted("one\ntwo") == #""one\ntwo""#)
        #expect(DOTText.quoted("crlf\r\nend\rx") == #""crlf\nend\nx""#)
        #expect(DOTText.quoted("bell\u{07}nul\u{00}") == #""bellnul""#)
        #expect(DOTText.quoted("<b>&</b> قاعدة 🚀") == #""<b>&</b> قاعدة 🚀""#)
    }

    @Test func unescapeInvertsQuoting() {
        for text in DOTSamples.hostileLabels {
            // What Graphviz's lexer hands back: the quoted body with \" already resolved.
            let quoted = DOTText.quoted(text)
            let lexed = String(quoted.dropFirst().dropLast()).replacingOccurrences(of: #"\""#, with: #"""#)
            #expect(DOTText.unescape(lexed) == text.replacingOccurrences(of: "\r", with: ""))
        }
        #expect(DOTText.unescape(#"left\lright\r"#) == "left\nright\n")
        #expect(DOTText.unescape(#"\N in \G"#, nodeName: "n1", graphName: "G") == "n1 in G")
        #expect(DOTText.unescape(#"\\N stays"#, nodeName: "n1", graphName: "G") == #"\N stays"#)
    }

    @Test func labelsIsolateRightToLeftLinesAndEscapeAmpersands() {
        let label = DOTWriter.labelText("Al-Asad\nعين الأسد\n2020 هجوم\nA & B")
        #expect(label == "Al-Asad\n\u{2067}عين الأسد\u{2069}\n\u{2067}2020 هجوم\u{2069}\nA &amp; B")
        #expect(DOTText.removingLineIsolates(DOTText.isolatingRightToLeftLines("x\nعين\nمرحبا hi")) == "x\nعين\nمرحبا hi")
        // Text the user already isolated is left as it is (rule P2 skips isolates).
        #expect(DOTText.isolatingRightToLeftLines("\u{2067}عين\u{2069} x") == "\u{2067}عين\u{2069} x")
        // ... except that a line wholly wrapped gets one more pair, so reading strips only ours.
        let wrapped = "\u{2067}عين\u{2069}"
        #expect(DOTText.removingLineIsolates(DOTText.isolatingRightToLeftLines(wrapped)) == wrapped)
        #expect(DOTText.isolatingRightToLeftLines("\u{2066}abc\u{2069} عين") == "\u{2067}\u{2066}abc\u{2069} عين\u{2069}")
        #expect(DOTText.decodeEntities("A &amp; B &lt;&gt; &#1593; &#x1F680; &bogus; & end") == "A & B <> ع 🚀 &bogus; & end")
    }

    @Test func numbersAreFixedPointAndLocaleFree() {
        #expect(DOTText.number(1.0) == "1")
        #expect(DOTText.number(0.3333333) == "0.333")
        #expect(DOTText.number(-2.5) == "-2.5")
        #expect(DOTText.number(-0.0001) == "0")
        #expect(DOTText.number(123.45678, decimals: 4) == "123.4568")
    }

    @Test func attributeNamesAreQuotedUnlessPlain() {
        #expect(DOTWriter.attributeName("pagerank") == "pagerank")
        #expect(DOTWriter.attributeName("comment text") == "\"comment text\"")
        #expect(DOTWriter.attributeName("2x") == "\"2x\"")
        #expect(DOTWriter.attributeName("node") == "\"node\"")
        #expect(DOTWriter.attributeName("Edge") == "\"Edge\"")
    }

    // MARK: Styling

    @Test func themeStylesByKindActorTypeAndRelation() throws {
        let dot = DOTWriter.write(try DOTSamples.eventGraph())
        let theme = DOTTheme.standard
        #expect(line(dot, node: "actor-kataib-hezbollah").contains("fillcolor=\"\(theme.actorTints[.armedGroup]!)\""))
        #expect(line(dot, node: "actor-coalition").contains("fillcolor=\"\(theme.actorTints[.coalition]!)\""))
        #expect(line(dot, node: "base-al-qaim").contains("shape=\"house\""))
        #expect(line(dot, node: "attack-taji").contains("shape=\"octagon\""))
        // Event roles solid, entity relations dashed or dotted, symmetric ones without arrows.
        #expect(line(dot, edge: "e-a-attacker").contains("style=\"solid\""))
        #expect(line(dot, edge: "e-base-in").contains("style=\"dotted\""))
        #expect(line(dot, edge: "e-hostile").contains("dir=\"none\""))
        let colours = Set(Relation.known.map { theme.style(for: $0).color })
        #expect(colours.count == Relation.known.count)
        for relation in Relation.eventRoles { #expect(theme.style(for: relation).style == "solid") }
        for relation in Relation.entityRelations { #expect(["dashed", "dotted"].contains(theme.style(for: relation).style)) }
    }

    @Test func eventLabelsCarryDateAndModality() throws {
        let g = try DOTSamples.eventGraph()
        let en = DOTOptions(labels: .en)
        #expect(DOTWriter.displayLabel(g.node("withdrawal-al-qaim")!, options: en) == "Handover of Al-Qaim\n2020-03-19")
        #expect(DOTWriter.displayLabel(g.node("withdrawal-k1")!, options: en) == "Handover of K1\n2020-W13 · planned")
        #expect(DOTWriter.displayLabel(g.node("attack-taji")!, options: DOTOptions(labels: .ar))
                == "هجوم صاروخي على التاجي\n2020-03 · مزعوم")
        // Fallback to the other language, then to the id.
        #expect(DOTWriter.displayLabel(g.node("place-anbar")!, options: en) == "الأنبار")
        #expect(DOTWriter.displayLabel(Node(id: "bare"), options: en) == "bare")
        // A nameless event is called by its kind, in the label language.
        let nameless = Node(id: "attack-2020-w11", kind: .attack, date: EventDate(iso: "2020-W11")!, modality: .completed)
        #expect(DOTWriter.displayLabel(nameless, options: en) == "Attack\n2020-W11")
        #expect(DOTWriter.displayLabel(nameless, options: DOTOptions(labels: .ar)) == "هجوم\n2020-W11")
        #expect(DOTWriter.displayLabel(nameless, options: DOTOptions(labels: .both)) == "Attack\nهجوم\n2020-W11")
        #expect(DOTWriter.displayLabel(g.node("actor-coalition")!, options: DOTOptions(labels: .both))
                == "Global Coalition\nالتحالف الدولي")
    }

    @Test func freeAttributesNeverOverrideStylingOrFields() throws {
        let g = try EventGraph(nodes: [
            Node(id: "a", kind: .base, nameEn: "A", attributes: [
                "color": .string("pink"), "shape": .string("star"), "label": .string("hijack"),
                "kind": .string("bogus"), "pos": .string("1,1!"), "note": .string("kept"), "size": .int(3),
                "": .string("nameless"),
            ]),
            Node(id: "b"),
        ], edges: [Edge(id: "e", source: "a", target: "b", relation: .partOf,
                        attributes: ["style": .string("bold"), "weight": .int(99), "confidence": .double(0.5)])])
        let a = line(DOTWriter.write(g), node: "a")
        #expect(!a.contains("pink") && !a.contains("star") && !a.contains("hijack") && !a.contains("bogus"))
        #expect(!a.contains("pos=") && !a.contains("nameless"))
        #expect(a.contains("kind=\"base\"") && a.contains("note=\"kept\"") && a.contains("size=\"3\""))
        let e = line(DOTWriter.write(g), edge: "e")
        #expect(e.contains("style=\"dashed\"") && !e.contains("weight=") && e.contains("confidence=\"0.5\""))
    }

    @Test func graphAttributesAreFilteredAndEngineDefaultsApplied() throws {
        let dot = DOTWriter.write(try DOTSamples.eventGraph())
        let header = dot.split(separator: "\n")[1]
        #expect(header.contains("corpus=\"sample\""))
        #expect(header.contains("rankdir=\"LR\""))        // the model's rankdir=TB is not ours to emit
        #expect(header.contains("generator=\"eventgraph\""))
        #expect(header.contains("fontname=\"Noto Sans,Noto Sans Arabic,DejaVu Sans\""))
        let tb = DOTWriter.write(try DOTSamples.eventGraph(), options: DOTOptions(rankdir: .TB))
        #expect(tb.split(separator: "\n")[1].contains("rankdir=\"TB\""))
    }

    @Test func forceDirectedEnginesAvoidTheSplineTrapOnLargeGraphs() throws {
        let small = try DOTSamples.eventGraph()
        let count = DOTWriter.splineEdgeLimit + 2
        let large = try EventGraph(nodes: (0..<count).map { Node(id: "n\($0)") },
                                   edges: (1..<count).map { Edge(id: "e\($0)", source: "n\($0)", target: "n0") })
        func header(_ g: EventGraph, _ engine: LayoutEngine) -> Substring {
            DOTWriter.write(g, options: DOTOptions(engine: engine)).split(separator: "\n")[1]
        }
        #expect(header(small, .neato).contains("splines=\"true\""))
        #expect(header(small, .neato).contains("overlap=\"prism\""))
        #expect(!header(large, .neato).contains("splines="))
        #expect(!header(small, .sfdp).contains("splines="))
        #expect(header(small, .sfdp).contains("overlap=\"prism\""))
        #expect(!header(small, .nop).contains("overlap="))
        #expect(!header(small, .neato).contains("rankdir="))
    }

    @Test func largeGraphsGetBoundedDotPassesAndNoEdgeLabels() throws {
        let n = DOTWriter.largeGraphNodes + 1
        let nodes = (0..<n).map { Node(id: "n\($0)") }
        let edges = (1..<n).map { Edge(id: "e\($0)", source: "n\($0)", target: "n\($0 / 2)", relation: .partOf) }
        let large = try EventGraph(nodes: nodes, edges: edges)
        let dot = DOTWriter.write(large)
        let header = dot.split(separator: "\n")[1]
        #expect(header.contains("nslimit=\"1\"") && header.contains("nslimit1=\"1\"") && header.contains("mclimit=\"0.1\""))
        #expect(!dot.contains("label=\"part_of\""))
        // Asked for explicitly, labels are written whatever the size.
        #expect(DOTWriter.write(large, options: DOTOptions(edgeLabels: true)).contains("label=\"part_of\""))
        // Small graphs: labels by default, unbounded passes.
        let small = DOTWriter.write(try DOTSamples.eventGraph())
        #expect(small.contains("label=\"attacker\"") && !small.contains("nslimit"))
        #expect(!DOTWriter.write(try DOTSamples.eventGraph(), options: DOTOptions(edgeLabels: false)).contains("label=\"attacker\""))
    }

    @Test func nodesWithoutEdgesAreSetOutInRowsForDot() async throws {
        let lonely = (0..<5).map { Node(id: "lonely\($0)", kind: .place) }
        let g = try EventGraph(nodes: lonely + [Node(id: "a"), Node(id: "b")],
                               edges: [Edge(id: "e", source: "a", target: "b")])
        #expect(DOTWriter.isolatedNodeRows(g).map { "\($0.0)>\($0.1)" }
                == ["lonely0>lonely1", "lonely1>lonely2", "lonely3>lonely4"])
        let dot = DOTWriter.write(g)
        #expect(dot.contains("\"lonely0\" -> \"lonely1\" [style=\"invis\"];"))
        #expect(!DOTWriter.write(g, options: DOTOptions(engine: .neato)).contains("invis"))
        // Layout help only: not read back as edges.
        #expect(try await DOTReader.read(dot, document: "rows.dot") == g)
        // Few lonely nodes need no help.
        #expect(DOTWriter.isolatedNodeRows(try EventGraph(nodes: Array(lonely.prefix(3)), edges: [])).isEmpty)
    }

    @Test func sizeByScalesLinearlyBetweenMinimumAndMaximum() throws {
        let g = try DOTSamples.eventGraph()
        let sizes = DOTWriter.nodeSizes(g, attribute: "pagerank")
        #expect(sizes["actor-coalition"] == 2.5)          // highest pagerank
        #expect(sizes["actor-kataib-hezbollah"] == 0.75)  // lowest
        #expect(abs(sizes["base-al-qaim"]! - (0.75 + (0.15 - 0.12) / (0.31 - 0.12) * 1.75)) < 1e-12)
        #expect(sizes["place-anbar"] == 0.75)             // no value: minimum
        #expect(DOTWriter.nodeSizes(g, attribute: "missing").isEmpty)
        let dot = DOTWriter.write(g, options: DOTOptions(sizeBy: "pagerank"))
        #expect(line(dot, node: "actor-coalition").contains("width=\"2.5\""))
        #expect(line(dot, node: "actor-coalition").contains("height=\"1.25\""))
    }

    @Test func colorByUsesCategoriesForWholeNumbersAndARampForFractions() throws {
        let g = try DOTSamples.eventGraph()
        let palette = DOTTheme.standard.categoricalPalette
        let byCommunity = DOTWriter.nodeFills(g, attribute: "community", theme: .standard)
        #expect(byCommunity["actor-coalition"] == palette[0])
        #expect(byCommunity["attack-taji"] == palette[1])
        let byRank = DOTWriter.nodeFills(g, attribute: "pagerank", theme: .standard)
        #expect(byRank["actor-kataib-hezbollah"] == DOTTheme.standard.sequentialLow.hex)
        #expect(byRank["actor-coalition"] == DOTTheme.standard.sequentialHigh.hex)
        #expect(byRank["place-anbar"] == nil)
        // Numeric categories sort as numbers: 2 before 10.
        let h = try EventGraph(nodes: [Node(id: "x", attributes: ["c": .int(10)]), Node(id: "y", attributes: ["c": .int(2)])], edges: [])
        #expect(DOTWriter.nodeFills(h, attribute: "c", theme: .standard) == ["y": palette[0], "x": palette[1]])
    }

    @Test func greyedNodesAndTheirEdgesAreGrey() throws {
        let dot = DOTWriter.write(try DOTSamples.eventGraph(), options: DOTOptions(colorBy: "community", greyed: ["attack-taji"]))
        let grey = DOTTheme.standard.greyedNode
        #expect(line(dot, node: "attack-taji").contains("fillcolor=\"\(grey.fillColor)\""))
        #expect(line(dot, node: "attack-taji").contains("fontcolor=\"\(grey.fontColor)\""))
        #expect(line(dot, edge: "e-a-attacker").contains("color=\"\(DOTTheme.standard.greyedEdgeColor)\""))
        #expect(!line(dot, edge: "e-w-actor").contains(DOTTheme.standard.greyedEdgeColor))
    }

    @Test func pinnedPositionsAreInPointsForNopAndInchesOtherwise() throws {
        let g = try DOTSamples.eventGraph()
        let pinned = ["actor-coalition": LayoutPoint(x: 144, y: 36.5)]
        let nop = DOTWriter.write(g, options: DOTOptions(pinned: pinned, engine: .nop))
        #expect(line(nop, node: "actor-coalition").contains("pos=\"144,36.5!\""))
        #expect(nop.split(separator: "\n")[1].contains("notranslate=\"true\""))
        let neato = DOTWriter.write(g, options: DOTOptions(pinned: pinned, engine: .neato))
        #expect(line(neato, node: "actor-coalition").contains("pos=\"2,0.5069!\""))
        #expect(!line(neato, node: "base-al-qaim").contains("pos="))
    }

    /// A slice drawn with the union graph's positions and `nop` keeps every node where the
    /// union layout put it.
    @Test func pinnedSliceKeepsTheUnionLayout() async throws {
        let union = try DOTSamples.eventGraph()
        let layout = try await GraphvizEngine.shared.positions(dot: DOTWriter.write(union, options: DOTOptions(engine: .neato)),
                                                               engine: .neato)
        let slice = union.subgraph(nodeIDs: Set(union.nodes.map(\.id).filter { $0 != "attack-taji" }))
        let sliceDOT = DOTWriter.write(slice, options: DOTOptions(legend: true, pinned: layout, engine: .nop))
        let placed = try await GraphvizEngine.shared.positions(dot: sliceDOT, engine: .nop)
        for node in slice.nodes {
            let want = try #require(layout[node.id]), got = try #require(placed[node.id])
            #expect(abs(want.x - got.x) < 0.01 && abs(want.y - got.y) < 0.01, "\(node.id) moved from \(want) to \(got)")
        }
    }

    @Test func legendShowsOnlyWhatTheGraphUses() throws {
        let g = try DOTSamples.eventGraph()
        let (nodes, edges) = DOTWriter.legendSamples(g, theme: .standard)
        #expect(nodes.map(\.name) == ["actor: coalition", "actor: military_force", "actor: armed_group",
                                      "base", "place", "attack", "withdrawal"])
        #expect(edges.map(\.name) == ["attacker", "target", "actor", "from", "recipient", "location", "located_in", "hostile_to"]
                    .filter { name in g.edges.contains { $0.relation.rawValue == name } })
        let dot = DOTWriter.write(g, options: DOTOptions(legend: true))
        #expect(dot.contains("subgraph \"cluster_eventgraph_legend\""))
        // Engines without clusters get the table form; no graph text goes into it.
        let hostile = DOTWriter.write(try DOTSamples.hostileGraph(), options: DOTOptions(legend: true, engine: .neato))
        let table = try #require(hostile.split(separator: "\n").first { $0.contains("label=<") })
        #expect(table.contains(">other<"))
        #expect(!table.contains("rel "))
    }

    // MARK: Rendering through the bridge

    @Test func arabicLabelsReachTheSVGText() async throws {
        let dot = DOTWriter.write(try DOTSamples.eventGraph(), options: DOTOptions(labels: .ar))
        let svg = String(decoding: try await GraphvizEngine.shared.render(dot: dot, engine: .dot, format: .svg), as: UTF8.self)
        #expect(svg.contains("\u{2067}التحالف الدولي\u{2069}"))
        #expect(svg.contains("\u{2067}قاعدة القائم\u{2069}"))
        #expect(!svg.contains("Global Coalition"))
    }

    @Test(arguments: [RenderFormat.svg, .png, .pdf])
    func hostileGraphRendersInEveryFormat(format: RenderFormat) async throws {
        let dot = DOTWriter.write(try DOTSamples.hostileGraph(), options: DOTOptions(labels: .both, legend: true))
        let data = try await GraphvizEngine.shared.render(dot: dot, engine: .dot, format: format)
        switch format {
        case .png: #expect(Array(data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        case .pdf: #expect(String(decoding: data.prefix(5), as: UTF8.self) == "%PDF-")
        default:
            let svg = String(decoding: data, as: UTF8.self)
            #expect(svg.hasPrefix("<?xml"))
            // `<>&` arrive as text, escaped once by Graphviz, never as markup.
            #expect(svg.contains("&lt;b&gt;not html&lt;/b&gt; &amp; &quot;quoted&quot; &amp;amp; &amp;lt;"))
            #expect(svg.contains("🚀🇮🇶"))
        }
    }

    /// cairo draws glyphs left to right in visual order, one symbol set per font. The date
    /// line of an Arabic event label is "2020-03 · مزعوم" in logical order; laid out right to
    /// left, the Arabic word must come out on the left of the date. `svg:cairo` goes through
    /// the same pango layout as `png:cairo` and `pdf:cairo` but can be read back.
    @Test func arabicLabelIsLaidOutRightToLeftByCairo() throws {
        let g = try EventGraph(nodes: [Node(id: "a", kind: .attack, nameAr: "هجوم", date: EventDate(iso: "2020-03")!,
                                            modality: .claimed)], edges: [])
        let dot = DOTWriter.write(g, options: DOTOptions(labels: .ar))
        let result = try Subprocess.run("dot", ["-Tsvg:cairo"], stdin: Data(dot.utf8))
        try #require(result.status == 0, "\(result.stderrText)")
        let svg = String(decoding: result.stdout, as: UTF8.self)
        // <use xlink:href="#glyph<font>-<glyph>" x="..." y="..."/>, grouped by line (y).
        let uses = svg.split(separator: "<use ").compactMap { use -> (font: Substring, x: Double, y: Substring)? in
            guard let href = use.range(of: "#glyph"), let dash = use[href.upperBound...].firstIndex(of: "-"),
                  let xStart = use.range(of: "x=\""), let xEnd = use[xStart.upperBound...].firstIndex(of: "\""),
                  let yStart = use.range(of: "y=\""), let yEnd = use[yStart.upperBound...].firstIndex(of: "\""),
                  let x = Double(use[xStart.upperBound..<xEnd]) else { return nil }
            return (use[href.upperBound..<dash], x, use[yStart.upperBound..<yEnd])
        }
        let lastY = try #require(uses.map { Double($0.y) ?? 0 }.max())
        let dateLine = uses.filter { Double($0.y) == lastY }.sorted { $0.x < $1.x }
        let leftmostFont = try #require(dateLine.first?.font)
        // The leftmost run is the Arabic word (5 glyphs: م ز ع و م), not the date's digits.
        let leftRun = dateLine.prefix { $0.font == leftmostFont }.count
        #expect(leftRun == 5, "glyph runs: \(dateLine.map { "\($0.font)@\($0.x)" })")
        #expect(dateLine.count > leftRun)
    }

    // MARK: Helpers

    private func pinnedPositions() -> [String: LayoutPoint] {
        let ids = ["actor-coalition", "actor-iraqi-army", "actor-kataib-hezbollah", "attack-taji", "base-al-qaim",
                   "place-anbar", "withdrawal-al-qaim", "withdrawal-k1"]
        var points: [String: LayoutPoint] = [:]
        for (i, id) in ids.enumerated() { points[id] = LayoutPoint(x: Double(i % 3) * 150, y: Double(i / 3) * 90.25) }
        return points
    }

    private func line(_ dot: String, node id: String) -> String {
        String(dot.split(separator: "\n").first { $0.hasPrefix("\t\"\(id)\" [") } ?? "")
    }

    private func line(_ dot: String, edge id: String) -> String {
        String(dot.split(separator: "\n").first { $0.contains("id=\"\(id)\"") } ?? "")
    }
}
