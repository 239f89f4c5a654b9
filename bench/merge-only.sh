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
# Builds a throw-away release package outside the checkout (bench/extraction/bench-package.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bench/extraction/bench-package.sh"
# Without CORPUS (as `make bench` runs it), a 1,000-article corpus is made once in $TMPDIR.
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then
  corpus="$1"; shift
else
  corpus="$(bench_default_corpus "$root")"
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
bench_package "$root" "$source" merge-only
cat > "$work/Sources/Bench/main.swift" <<'SWIFT'
import Dispatch
import Foundation
import GraphModel
import Extraction

func wallSeconds() -> Double { Date().timeIntervalSince1970 }

let arguments = CommandLine.arguments
let corpus = arguments[1]
let rounds = Int(arguments[2]) ?? 3

let (articles, _) = try loadCorpus(corpus)
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
        case .none: fatalError("no findings for \(articles[i].document)")
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
bench_build
"$work/.build/release/Bench" "$corpus" "$rounds"
