import Foundation
import Testing
import TestSupport

/// The `slices` command as users run it: exit codes, one-line errors, progress on stderr.
@Suite struct SlicesCommandTests {
    @Test func runsAndReportsProgressOnStandardError() throws {
        let bin = try TestPaths.eventgraphBinary()
        let dir = try TestPaths.temporaryFolder("slices-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let r = try Subprocess.run(bin.path, ["slices", try SlicesJobFixture.input(in: dir), "--by", "month", "--mode", "cumulative",
                                              "--formats", "svg,gexf", "-o", out.path])
        #expect(r.status == 0, "\(r.stderrText)")
        #expect(r.stdoutText.isEmpty)
        #expect(r.stderrText.contains("slices: 2 cumulative slices by month: 2020-03 … 2020-04"))
        #expect(r.stderrText.contains("1 event with unknown dates"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("2020-04.svg").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("2020-04.png").path))
    }

    @Test func badUsageExitsTwoAndMissingInputOneWithOneLine() throws {
        let bin = try TestPaths.eventgraphBinary()
        let dir = try TestPaths.temporaryFolder("slices-cli-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try SlicesJobFixture.input(in: dir)
        let out = dir.appendingPathComponent("out").path
        for args in [["--by", "fortnight"], ["--mode", "rolling"], ["--from", "March"], ["--formats", "svg,bmp"],
                     ["--absent", "hide"], ["--layout", "nop"], ["--measures", "community"]] {
            let r = try Subprocess.run(bin.path, ["slices", input, "-o", out] + args)
            #expect(r.status == 2, "\(args): \(r.status) \(r.stderrText)")
            #expect(r.stderrText.hasPrefix("eventgraph: ") && r.stderrText.split(separator: "\n").count == 1, "\(args): \(r.stderrText)")
        }
        let missing = try Subprocess.run(bin.path, ["slices", dir.appendingPathComponent("nope.graphml").path, "-o", out])
        #expect(missing.status == 1)
        #expect(missing.stderrText == "eventgraph: \(dir.appendingPathComponent("nope.graphml").path): no such file; check the path\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func helpTeachesTheRules() throws {
        let r = try Subprocess.run(try TestPaths.eventgraphBinary().path, ["slices", "--help"])
        #expect(r.status == 0)
        for word in ["--relations-evidenced", "--spread", "--absent", "unknown-dates.csv", "cumulative", "2020-W12"] {
            #expect(r.stdoutText.contains(word), "\(word)")
        }
    }
}
