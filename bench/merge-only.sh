#!/usr/bin/env bash
# The corpus merge alone: what happens to the findings of every article between extraction
# and the graph writer (`CorpusMerger.add` of each article, then `finish()` and the freeing of
# the findings), without reading files or writing a graph.
#
#   bench/merge-only.sh [CORPUS [ROUNDS]] [--source DIR]
#
# CORPUS is a folder of .txt articles with a manifest.json (bench/extraction/make_corpus.py).
# Each round extracts every article on all cores (not timed: fresh findings each round, as
# the command hands them over), then times, in CPU seconds of the process: `add` of all the
# findings in name order (one thread), and `finish()` with the freeing of the findings it
# starts on another thread (the process is left idle for 2 s before the CPU time is read, so
# that freeing is counted). Prints each round and the best. --source builds from another
# checkout (e.g. an older commit exported with `git archive`), for side-by-side figures.
#
# Builds a throw-away release package outside the checkout from Sources/GraphModel and
# Sources/Extraction (symbolic links) and the Yams checkout of this package's .build, so the
# package itself carries no benchmark target and the rest of the project is not compiled.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# Without CORPUS (as `make bench` runs it), a 1,000-article corpus is made once in $TMPDIR.
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then
  corpus="$1"; shift
else
  corpus="${TMPDIR:-/tmp}/eventgraph-bench-corpus-1000"
  if [ ! -f "$corpus/manifest.json" ]; then
    python3 "$root/bench/extraction/make_corpus.py" "$root/samples" "$root/Sources/Extraction/Resources/lexicon" "$corpus" --articles 1000
  fi
fi
rounds=3
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then rounds="$1"; shift; fi
source="$root"
while [ $# -gt 0 ]; do
  case "$1" in
    --source) source="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
yams="$root/.build/checkouts/Yams"
[ -d "$yams" ] || { echo "no $yams: run 'swift build' in $root once" >&2; exit 1; }
work="${TMPDIR:-/tmp}/eventgraph-merge-only-$(echo "$source" | cksum | cut -d' ' -f1)"
mkdir -p "$work/Sources/Bench"
ln -sfn "$source/Sources/GraphModel" "$work/Sources/GraphModel"
ln -sfn "$source/Sources/Extraction" "$work/Sources/Extraction"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.1
import PackageDescription
let package = Package(
    name: "MergeBench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "$yams")],
    targets: [
        .target(name: "GraphModel"),
        .target(name: "Extraction", dependencies: ["GraphModel", .product(name: "Yams", package: "Yams")],
                resources: [.copy("Resources")]),
        .executableTarget(name: "Bench", dependencies: ["Extraction", "GraphModel"]),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
cat > "$work/Sources/Bench/main.swift" <<'SWIFT'
import Dispatch
import Foundation
import GraphModel
import Extraction

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
func wallSeconds() -> Double { Date().timeIntervalSince1970 }

let arguments = CommandLine.arguments
let corpus = arguments[1]
let rounds = Int(arguments[2]) ?? 3

let fm = FileManager.default
let names = try fm.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
var published: [String: Day] = [:]
if let data = fm.contents(atPath: corpus + "/manifest.json") {
    for e in try Manifest.parse(data, file: "manifest.json") { if let d = e.published { published[e.file] = d } }
}
var articles: [Article] = []
for name in names {
    let data = try Data(contentsOf: URL(fileURLWithPath: corpus + "/" + name))
    let text = try ArticleError.decode(data, file: name)
    var day = published[name]
    if day == nil, let d = DateResolver.dateline(in: text)?.date, d.precision == .day { day = d.start }
    articles.append(Article(document: name, text: text, published: day))
}
let gazetteer = Gazetteer(lexicon: try Lexicon.loadDefault())
let extractor = Extractor(gazetteer: gazetteer)

/// One finding slot per article, written by one extraction task each.
final class Slots: @unchecked Sendable {
    var findings: [DocumentFindings?]
    init(_ n: Int) { findings = Array(repeating: nil, count: n) }
}

var bestAdd = Double.infinity, bestFinish = Double.infinity
var sink = 0
for round in 1...rounds {
    let slots = Slots(articles.count)
    nonisolated(unsafe) let (input, ex) = (articles, extractor)
    slots.findings.withUnsafeMutableBufferPointer { out in
        nonisolated(unsafe) let out = out
        DispatchQueue.concurrentPerform(iterations: input.count) { i in out[i] = ex.extract(input[i]) }
    }
    sleep(2)
    var merger = CorpusMerger(gazetteer: gazetteer)
    let t0 = cpuSeconds()
    for i in slots.findings.indices {
        // Handed over as the command does (`add(consume findings)`): no other copy is left.
        var taken: DocumentFindings?
        swap(&taken, &slots.findings[i])
        switch consume taken {
        case .some(let f): merger.add(consume f)
        case .none: fatalError("no findings for \(names[i])")
        }
    }
    let t1 = cpuSeconds(), w1 = wallSeconds()
    let graph = merger.finish()
    let w2 = wallSeconds()
    sleep(2)
    let t2 = cpuSeconds()
    sink &+= graph.nodes.count &+ graph.edges.count
    bestAdd = min(bestAdd, t1 - t0); bestFinish = min(bestFinish, t2 - t1)
    print(String(format: "round %d: add %.3f s CPU; finish + freeing the findings %.3f s CPU (finish %.3f s wall); nodes+edges %d",
                 round, t1 - t0, t2 - t1, w2 - w1, graph.nodes.count + graph.edges.count))
    withExtendedLifetime(graph) {}
}
print(String(format: "best of %d rounds: add %.3f s CPU, finish + freeing %.3f s CPU, sum %.3f s  [%d]",
             rounds, bestAdd, bestFinish, bestAdd + bestFinish, sink))
SWIFT
(cd "$work" && swift build -c release 2>&1 | grep -E "error|warning: unre|Compiling|Build complete" | grep -v "^\[" | tail -20) || true
"$work/.build/release/Bench" "$corpus" "$rounds"
