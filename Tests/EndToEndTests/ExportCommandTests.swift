import Foundation
import Testing
import TestSupport

/// Runs the built `eventgraph` binary as a user would.
@Suite struct ExportCommandTests {
    let hostile = TestPaths.fixtures.appendingPathComponent("hostile-networkx.graphml").path

    func eventgraph(_ arguments: [String], stdin: Data? = nil, in dir: URL? = nil) throws -> ProcessResult {
        try Subprocess.run(TestPaths.eventgraphBinary().path, arguments, stdin: stdin, currentDirectory: dir)
    }

    @Test func versionAndHelp() throws {
        let version = try eventgraph(["--version"])
        #expect(version.status == 0)
        #expect(version.stdoutText.split(separator: ".").count == 3)
        let help = try eventgraph(["export", "--help"])
        #expect(help.status == 0)
        for text in ["--layout", "--labels", "--size-by", "Examples:", "eventgraph export out/graph.graphml -o out/graph.svg"] {
            #expect(help.stdoutText.contains(text), "help lacks \(text)")
        }
    }

    @Test func hostileNetworkxGraphToEveryFormatTwiceGivesTheSameBytes() throws {
        let runs = try (0..<2).map { _ -> [String: Data] in
            let dir = try TestPaths.temporaryFolder("e2e-export")
            defer { try? FileManager.default.removeItem(at: dir) }
            for ext in ["dot", "svg", "png", "pdf", "graphml", "json", "csv", "gexf"] {
                let r = try eventgraph(["export", hostile, "-o", dir.appendingPathComponent("h.\(ext)").path, "--legend"])
                #expect(r.status == 0, "\(ext): \(r.stderrText)")
                #expect(r.stderrText.isEmpty, "\(ext): \(r.stderrText)")
            }
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
                files[name] = try Data(contentsOf: dir.appendingPathComponent(name))
            }
            return files
        }
        #expect(runs[0].keys.sorted() == ["h.dot", "h.edges.csv", "h.gexf", "h.graphml", "h.json", "h.nodes.csv", "h.pdf", "h.png", "h.svg"])
        for (name, data) in runs[0] { #expect(runs[1][name] == data, "\(name) differs between runs") }
        #expect(runs[0]["h.png"]?.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(runs[0]["h.pdf"]?.prefix(4) == Data("%PDF".utf8))
    }

    @Test func exportedGraphMLValidatesAndReadsInNetworkxAndIgraph() throws {
        let dir = try TestPaths.temporaryFolder("e2e-graphml")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("h.graphml").path
        #expect(try eventgraph(["export", hostile, "-o", out]).status == 0)
        let lint = try Subprocess.run("xmllint", ["--noout", "--schema", TestPaths.graphMLSchema.path, out])
        #expect(lint.status == 0, "\(lint.stderrText)")
        let py = try Subprocess.python("""
            import sys, networkx as nx, igraph
            src = nx.read_graphml(sys.argv[1]) if False else None
            g = nx.read_graphml(sys.argv[2])
            h = igraph.Graph.Read_GraphML(sys.argv[2])
            a = sorted(d["label"] for _, d in g.nodes(data=True))
            b = sorted(h.vs["label"])
            assert a == b, (a, b)
            print("\\n".join(repr(x) for x in a))
            """, [hostile, out])
        #expect(py.status == 0, "\(py.stderrText)")
        #expect(py.stdoutText.contains("قاعدة عين الأسد"))
        #expect(py.stdoutText.contains(#"'Ain al-Asad "base" \\ C:\\path <b>&amp;</b>\n\ttab'"#))
    }

    @Test func dotOutputParsesInGraphvizAndArabicLabelsReachTheSVG() throws {
        let dir = try TestPaths.temporaryFolder("e2e-dot")
        defer { try? FileManager.default.removeItem(at: dir) }
        let dot = dir.appendingPathComponent("h.dot").path
        #expect(try eventgraph(["export", hostile, "-o", dot]).status == 0)
        let parsed = try Subprocess.run("dot", ["-Tsvg", dot])
        #expect(parsed.status == 0, "\(parsed.stderrText)")
        let svg = dir.appendingPathComponent("ar.svg").path
        #expect(try eventgraph(["export", hostile, "-o", svg, "--labels", "ar", "--layout", "neato"]).status == 0)
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("قاعدة عين الأسد"))
    }

    @Test func readsStandardInputAndWritesStandardOutput() throws {
        let input = try Data(contentsOf: URL(fileURLWithPath: hostile))
        let r = try eventgraph(["export", "-", "--format", "json", "-o", "-"], stdin: input)
        #expect(r.status == 0, "\(r.stderrText)")
        let doc = try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any]
        #expect(doc?["format"] as? String == "eventgraph")
        #expect((doc?["nodes"] as? [Any])?.count == 5)
    }

    /// Root writes anywhere, so this runs only for other users (CI runners, developers).
    @Test(.enabled(if: getuid() != 0, "root ignores folder permissions"))
    func readOnlyOutputFolderIsRefusedCleanly() throws {
        let dir = try TestPaths.temporaryFolder("e2e-readonly")
        defer {
            chmod(dir.path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        let out = dir.appendingPathComponent("h.svg")
        try Data("keep me".utf8).write(to: out)
        chmod(dir.path, 0o555)
        let r = try eventgraph(["export", hostile, "-o", out.path])
        #expect(r.status == 1)
        #expect(r.stderrText.hasPrefix("eventgraph: \(out.path): cannot write in"), "\(r.stderrText)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["h.svg"])
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me")
    }

    /// Each failure: one line on stderr, the expected status, the folder as it was.
    @Test(arguments: [
        // (arguments with IN = the input, OUT = the output path, DIR = the folder; status; stderr prefix)
        (["export", "DIR/missing.graphml", "-o", "OUT"], 1, "eventgraph: DIR/missing.graphml: no such file"),
        (["export", "DIR/bad.dot", "-o", "OUT"], 1, "eventgraph: DIR/bad.dot: "),
        (["export", "DIR/bad.graphml", "-o", "OUT"], 1, "eventgraph: DIR/bad.graphml: line 3: malformed XML: end tag </nod> does not match <node>"),
        (["export", "IN", "-o", "OUT", "--layout", "spring"], 2, "eventgraph: unknown layout engine 'spring'"),
        (["export", "IN", "-o", "DIR/out.tiff"], 2, "eventgraph: DIR/out.tiff: cannot tell the format"),
        (["export", "IN", "-o", "OUT", "--format", "tiff"], 2, "eventgraph: unknown format 'tiff'"),
        (["export", "IN", "-o", "DIR/no-such-folder/out.svg"], 1, "eventgraph: DIR/no-such-folder/out.svg: output folder"),
        (["export", "IN", "-o", "DIR/bad.dot/out.svg"], 1, "eventgraph: DIR/bad.dot/out.svg: output folder"),
        (["export", "IN", "-o", "OUT", "--size-by", "influence"], 1, "eventgraph: IN: no node has the attribute 'influence'"),
        (["export", "IN", "-o", "OUT", "--labels", "fr"], 2, "eventgraph: unknown label language 'fr'"),
        (["export", "IN"], 2, "eventgraph: "),
        (["export", "IN", "-o", "OUT", "--bogus"], 2, "eventgraph: "),
    ])
    func failuresLeaveNothingBehind(arguments: [String], status: Int32, prefix: String) throws {
        let dir = try TestPaths.temporaryFolder("e2e-fail")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("digraph {\n  a -> ;\n}\n".utf8).write(to: dir.appendingPathComponent("bad.dot"))
        try Data("<graphml>\n<graph>\n<node id=\"a\"></nod>\n</graph></graphml>\n".utf8).write(to: dir.appendingPathComponent("bad.graphml"))
        let out = dir.appendingPathComponent("out.svg")
        try Data("keep me".utf8).write(to: out)
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        func expand(_ s: String) -> String {
            s.replacingOccurrences(of: "DIR", with: dir.path).replacingOccurrences(of: "OUT", with: out.path)
                .replacingOccurrences(of: "IN", with: hostile)
        }
        let r = try eventgraph(arguments.map(expand))
        #expect(r.status == status, "status \(r.status): \(r.stderrText)")
        #expect(r.stderrText.hasPrefix(expand(prefix)), "stderr: \(r.stderrText)")
        #expect(r.stderrText.filter { $0 == "\n" }.count == 1, "not one line: \(r.stderrText)")
        #expect(r.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before)
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me")
    }
}
