import Foundation
import Testing
import GraphModel
import TestSupport
@testable import Pipeline
import Formats

@Suite struct GraphFormatTests {
    @Test func formatComesFromTheExtensionUnlessGiven() throws {
        #expect(try GraphFormat.resolve(nil, path: "out/g.GraphML") == .graphml)
        #expect(try GraphFormat.resolve(nil, path: "g.gv") == .dot)
        #expect(try GraphFormat.resolve(.png, path: "g.graphml") == .png)
        #expect(throws: PipelineError.self) { try GraphFormat.resolve(nil, path: "g.foo") }
        #expect(throws: PipelineError.self) { try GraphFormat.resolve(nil, path: "-") }
        #expect(try GraphFormat.named("PDF") == .pdf)
        do { _ = try GraphFormat.named("tiff"); Issue.record("tiff accepted") } catch {
            #expect("\(error)" == "unknown format 'tiff'; use one of: graphml, json, csv, dot, svg, png, pdf, gexf")
        }
    }

    @Test func contentSniffingPicksTheReader() {
        #expect(GraphFormat.sniff(Data("  {\"format\": \"eventgraph\"}".utf8)) == .json)
        #expect(GraphFormat.sniff(Data("\u{FEFF}<?xml version=\"1.0\"?><graphml/>".utf8)) == .graphml)
        #expect(GraphFormat.sniff(Data("strict digraph { a -> b }".utf8)) == .dot)
        #expect(GraphFormat.sniff(Data("source,target\na,b\n".utf8)) == .csv)
    }

    @Test func exportOptionsRejectBadValuesAsUsageErrors() throws {
        let ok = try ExportOptions(labels: "AR", layout: "neato", legend: true, title: "t", sizeBy: "pagerank", colorBy: nil)
        #expect(ok.labels == .ar && ok.layout == .neato && ok.legend)
        for (labels, layout, sizeBy) in [("fr", nil, nil), ("en", "spring", nil), ("en", nil, "")] as [(String, String?, String?)] {
            do {
                _ = try ExportOptions(labels: labels, layout: layout, legend: false, title: nil, sizeBy: sizeBy, colorBy: nil)
                Issue.record("accepted \(labels) \(layout ?? "-") \(sizeBy ?? "-")")
            } catch let e as PipelineError {
                guard case .usage = e else { Issue.record("not a usage error: \(e)"); continue }
            }
        }
    }
}

@Suite struct GraphIOTests {
    let hostile = TestPaths.fixtures.appendingPathComponent("hostile-networkx.graphml").path

    @Test func everyReadableFormatReadsBackWhatWasWritten() async throws {
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let g = SampleGraph.make()
        for ext in ["graphml", "json", "csv", "dot"] {
            let path = dir.appendingPathComponent("g.\(ext)").path
            try await GraphIO.write(g, to: path)
            let back = try await GraphIO.read(path: path)
            #expect(back.nodes.map(\.id) == g.nodes.map(\.id), "\(ext)")
            #expect(back.edges.count == g.edges.count, "\(ext)")
            #expect(back.nodes.map { $0.label(.ar) } == g.nodes.map { $0.label(.ar) }, "\(ext)")
        }
        // JSON and GraphML keep everything.
        #expect(try await GraphIO.read(path: dir.appendingPathComponent("g.json").path) == g)
        #expect(try await GraphIO.read(path: dir.appendingPathComponent("g.graphml").path) == g)
        // The CSV pair is what g.csv stands for.
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("g.nodes.csv").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("g.csv").path))
        let viaEdges = try await GraphIO.read(path: dir.appendingPathComponent("g.edges.csv").path)
        #expect(viaEdges.nodes == g.nodes)
    }

    @Test func hostileNetworkxGraphExportsToEveryFormat() async throws {
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let g = try await GraphIO.read(path: hostile)
        let magic: [String: [UInt8]] = ["png": [0x89, 0x50, 0x4E, 0x47], "pdf": Array("%PDF".utf8)]
        for format in GraphFormat.allCases {
            let path = dir.appendingPathComponent("h.\(format.rawValue)").path
            try await GraphIO.write(g, to: path, options: ExportOptions(labels: .both, legend: true))
            let files = format == .csv ? ["h.nodes.csv", "h.edges.csv"] : ["h.\(format.rawValue)"]
            for f in files {
                let data = try Data(contentsOf: dir.appendingPathComponent(f))
                #expect(!data.isEmpty, "\(f)")
                if let m = magic[format.rawValue] { #expect(Array(data.prefix(m.count)) == m, "\(f)") }
            }
        }
        let svg = try String(contentsOf: dir.appendingPathComponent("h.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("قاعدة عين الأسد"))
        // Graphviz's own `dot` program parses the DOT we wrote.
        let dot = try Subprocess.run("dot", ["-Tplain", dir.appendingPathComponent("h.dot").path])
        #expect(dot.status == 0, "dot: \(dot.stderrText)")
        // Every label survives DOT, GraphML, JSON and CSV.
        for ext in ["dot", "graphml", "json", "csv"] {
            let back = try await GraphIO.read(path: dir.appendingPathComponent("h.\(ext)").path)
            #expect(Set(back.nodes.map { $0.label(.en) }) == Set(g.nodes.map { $0.label(.en) }), "\(ext)")
        }
    }

    @Test func sameGraphSameBytesInEveryFormat() async throws {
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let g = SampleGraph.make()
        for format in GraphFormat.allCases {
            let a = try await GraphIO.encode(g, format: format, path: dir.appendingPathComponent("a").path)
            let b = try await GraphIO.encode(g, format: format, path: dir.appendingPathComponent("a").path)
            #expect(a.map(\.data) == b.map(\.data), "\(format)")
        }
    }

    @Test func sizeByAMeasureTheGraphLacksComputesIt() async throws {
        let g = SampleGraph.make()
        #expect(!g.nodeAttributeNames.contains("betweenness"))
        let files = try await GraphIO.encode(g, format: .graphml, path: "g.graphml",
                                             options: ExportOptions(sizeBy: "betweenness", colorBy: "community"))
        let text = String(decoding: files[0].data, as: UTF8.self)
        #expect(text.contains("attr.name=\"betweenness\" attr.type=\"double\""))
        #expect(text.contains("attr.name=\"community\""))
        for gephi in ["size\" attr.type=\"double\"", "r\" attr.type=\"int\"", "g\" attr.type=\"int\"", "b\" attr.type=\"int\""] {
            #expect(text.contains("attr.name=\"\(gephi)"), "\(gephi)")
        }
    }

    @Test func aNamedLayoutPutsPositionsInGraphMLAndGEXF() async throws {
        let g = SampleGraph.make()
        let plain = try await GraphIO.encode(g, format: .graphml, path: "g.graphml")
        #expect(!String(decoding: plain[0].data, as: UTF8.self).contains("attr.name=\"x\""))
        let options = try ExportOptions(labels: "en", layout: "neato", legend: false, title: nil, sizeBy: nil, colorBy: nil)
        let placed = try await GraphIO.encode(g, format: .graphml, path: "g.graphml", options: options)
        let back = try GraphMLReader.read(placed[0].data, document: "g.graphml")
        #expect(back.nodes.allSatisfy { $0.attributes["x"]?.doubleValue != nil && $0.attributes["y"]?.doubleValue != nil })
        let xs = Set(back.nodes.compactMap { $0.attributes["x"]?.doubleValue })
        #expect(xs.count > 1)
        let gexf = try await GraphIO.encode(g, format: .gexf, path: "g.gexf", options: options)
        #expect(String(decoding: gexf[0].data, as: UTF8.self).components(separatedBy: "<viz:position").count == g.nodes.count + 1)
    }

    @Test func withMeasuresStoresEveryMeasure() throws {
        let prepared = try ExportPreparation.prepared(SampleGraph.make(), options: ExportOptions(withMeasures: true), document: "g.json")
        let g = prepared.graph
        // Eigenvector centrality has no limit on this directed acyclic graph (power
        // iteration goes to zero), as in networkx: left out with a warning.
        #expect(prepared.warnings.count == 1)
        #expect(prepared.warnings.first?.hasPrefix("g.json: eigenvector left out: ") == true)
        for measure in ["degree", "in_degree", "out_degree", "betweenness", "closeness", "harmonic",
                        "pagerank", "hubs", "authorities", "core", "community"] {
            #expect(g.nodes.allSatisfy { $0.attributes[measure]?.doubleValue != nil }, "\(measure)")
        }
        // Measures are node attributes only: the rest of the graph is as it was.
        #expect(g.edges == SampleGraph.make().edges)
    }

    @Test func sizeByAnAttributeNobodyHasIsAClearError() async {
        do {
            _ = try ExportPreparation.prepare(SampleGraph.make(), options: ExportOptions(sizeBy: "influence"), document: "g.graphml")
            Issue.record("no error")
        } catch {
            let text = "\(error)"
            #expect(text.hasPrefix("g.graphml: no node has the attribute 'influence' named by --size-by"))
            #expect(text.contains("pagerank"))
        }
        do {
            _ = try ExportPreparation.prepare(SampleGraph.make(), options: ExportOptions(sizeBy: "note"), document: "g.graphml")
            Issue.record("no error")
        } catch {
            #expect("\(error)" == "g.graphml: --size-by needs a numeric attribute; 'note' holds no numbers")
        }
    }

    @Test func readErrorsNameTheFile() async throws {
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, String, String)] = [
            ("bad.graphml", "<graphml><graph>", "bad.graphml: line 1: malformed XML"),
            ("bad.json", "{\"format\": \"eventgraph\"", "bad.json: not valid eventgraph JSON"),
            ("bad.dot", "digraph { a -> }", "bad.dot: "),
            ("bad.csv", "source,target,weight\na,b,x\n", "bad.csv: line 2: edge weight 'x' is not a number"),
        ]
        for (name, content, prefix) in cases {
            let path = dir.appendingPathComponent(name).path
            try Data(content.utf8).write(to: URL(fileURLWithPath: path))
            do {
                _ = try await GraphIO.read(path: path)
                Issue.record("no error for \(name)")
            } catch {
                #expect("\(error)".hasPrefix(dir.path + "/" + prefix), "got: \(error)")
                #expect(!"\(error)".contains("\n"), "\(name): \(error)")
            }
        }
        do {
            _ = try await GraphIO.read(path: dir.appendingPathComponent("none.graphml").path)
            Issue.record("no error")
        } catch {
            #expect("\(error)" == "\(dir.path)/none.graphml: no such file; check the path")
        }
    }

    @Test func streamedGraphMLIsTheEncodedDocument() async throws {
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.graphml").path
        try await GraphIO.write(SampleGraph.make(), to: path)
        let encoded = try await GraphIO.encode(SampleGraph.make(), format: .graphml, path: path)
        #expect(FileManager.default.contents(atPath: path) == encoded[0].data)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.graphml"])
    }

    @Test func failedStreamLeavesTheOldFileAndNoTemporary() throws {
        struct Stop: Error {}
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.graphml").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        // More than one block is written to the temporary file before the producer fails.
        let block = [UInt8](repeating: UInt8(ascii: "x"), count: AtomicFile.OutputSink.blockSize / 3 + 1)
        #expect(throws: Stop.self) {
            try AtomicFile.stream(to: path) { sink in
                for _ in 0..<7 { block.withUnsafeBytes { sink.append($0) } }
                throw Stop()
            }
        }
        #expect(try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.graphml"])
        // The same pieces, not interrupted, replace it: every byte in order, small and large pieces alike.
        try AtomicFile.stream(to: path) { sink in
            for _ in 0..<7 { block.withUnsafeBytes { sink.append($0) } }
            sink.append("end")
            [UInt8](repeating: UInt8(ascii: "y"), count: AtomicFile.OutputSink.blockSize + 5).withUnsafeBytes { sink.append($0) }
        }
        let expected = Array(repeating: block, count: 7).flatMap { $0 } + Array("end".utf8)
            + [UInt8](repeating: UInt8(ascii: "y"), count: AtomicFile.OutputSink.blockSize + 5)
        #expect(FileManager.default.contents(atPath: path).map { [UInt8]($0) } == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.graphml"])
    }

    /// The sink's blocks written directly (where the file system allows it) and through the
    /// page cache give the same file: pieces across block boundaries, a partial last block.
    @Test func directAndBufferedSinksWriteTheSameBytes() throws {
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let block = AtomicFile.OutputSink.blockSize
        let sizes = [1, 4095, 4097, block - 1, 3 * block + 7, 13, block, 0, 5]
        var expected: [UInt8] = []
        for (n, size) in sizes.enumerated() {
            expected += (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ n) }
        }
        for direct in [true, false] {
            let path = dir.appendingPathComponent("direct-\(direct).bin").path
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            #expect(descriptor >= 0)
            var sink = AtomicFile.OutputSink(descriptor: descriptor, direct: direct && DirectWrites.enable(descriptor))
            var offset = 0
            for size in sizes {
                expected[offset..<(offset + size)].withUnsafeBytes { sink.append($0) }
                offset += size
            }
            sink.finish()
            #expect(sink.failure == nil)
            #expect(close(descriptor) == 0)
            #expect(FileManager.default.contents(atPath: path).map { [UInt8]($0) } == expected)
        }
    }

    /// A write that fails on the writer's queue (a full disk) is kept and reported after
    /// `finish`, full blocks and the partial last block alike; the sink is freed without waiting.
    @Test func sinkKeepsTheFailureOfAFullDisk() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0, "no /dev/full on this system")
        defer { close(descriptor) }
        for size in [10, 2 * AtomicFile.OutputSink.blockSize + 10] {
            var sink = AtomicFile.OutputSink(descriptor: descriptor)
            [UInt8](repeating: 0x61, count: size).withUnsafeBytes { sink.append($0) }
            sink.finish()
            #expect(sink.failure == ENOSPC, "\(size) bytes")
        }
    }

    @Test func streamIntoAMissingFolderNamesIt() {
        do {
            try AtomicFile.stream(to: "/nonexistent-folder-eg/g.graphml") { $0.append("x") }
            Issue.record("no error")
        } catch {
            #expect("\(error)" == "/nonexistent-folder-eg/g.graphml: output folder /nonexistent-folder-eg does not exist; create it first")
        }
    }

    @Test func csvPairIsReplacedWhollyOrNotAtAll() async throws {
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nodes = dir.appendingPathComponent("g.nodes.csv")
        try Data("old nodes\n".utf8).write(to: nodes)
        // The edge table's name is taken by a folder: its rename fails after the node
        // table's succeeded, which must then be undone.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("g.edges.csv/inside"), withIntermediateDirectories: true)
        do {
            try await GraphIO.write(SampleGraph.make(), to: dir.appendingPathComponent("g.csv").path)
            Issue.record("no error")
        } catch {
            #expect("\(error)".contains("g.edges.csv: cannot replace the file"))
        }
        #expect(try String(contentsOf: nodes, encoding: .utf8) == "old nodes\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(left == ["g.edges.csv", "g.nodes.csv"])
    }
}
