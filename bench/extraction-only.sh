#!/usr/bin/env bash
# Per-article extraction alone: everything that happens to one article before its findings
# reach the corpus merger (tokenizing, lexicon and pattern matching, dates, events,
# relations), on one core, without reading files, merging or writing a graph.
#
#   bench/extraction-only.sh [CORPUS [ROUNDS]] [--dump FILE] [--source DIR]
#
# CORPUS is a folder of .txt articles with a manifest.json (bench/extraction/make_corpus.py).
# The articles are read into memory first; each round extracts all of them in name order on
# one thread. Prints the lexicon load time and, for the best round, CPU seconds and MB/s of
# text per core. With --dump, writes every article's findings as text (entities, events,
# roles, relations, evidence) so two builds can be compared with `cmp`. --source builds from
# another checkout (e.g. an older commit exported with `git archive`).
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
dump=""
source="$root"
while [ $# -gt 0 ]; do
  case "$1" in
    --dump) dump="$2"; shift 2 ;;
    --source) source="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
bench_package "$root" "$source" extraction-only
cat > "$work/Sources/Bench/main.swift" <<'SWIFT'
import Foundation
import GraphModel
import Extraction


let arguments = CommandLine.arguments
let corpus = arguments[1]
let rounds = Int(arguments[2]) ?? 3
let dumpPath = arguments.count > 3 ? arguments[3] : ""

let (articles, bytes) = try loadCorpus(corpus)

let load0 = cpuSeconds()
let gazetteer = Gazetteer(lexicon: try Lexicon.loadDefault())
let extractor = Extractor(gazetteer: gazetteer)
let loadCPU = cpuSeconds() - load0

var best = Double.infinity
var sink = 0
for _ in 0..<rounds {
    let t0 = cpuSeconds()
    for a in articles {
        let f = extractor.extract(a)
        sink &+= f.entities.count &+ f.events.count &+ f.relations.count
    }
    best = min(best, cpuSeconds() - t0)
}
let mb = Double(bytes) / 1e6
print(String(format: "articles %d, text %.2f MB; lexicon load + gazetteer %.3f s CPU", articles.count, mb, loadCPU))
print(String(format: "extraction (best of %d rounds, one core): %.3f s CPU, %.1f MB/s per core  [%d]", rounds, best, mb / best, sink))

guard !dumpPath.isEmpty else { exit(0) }
func line(_ e: Evidence) -> String { "  ev \(e.document) s\(e.sentence) \(e.start)-\(e.end) \(e.rule) | \(e.text)" }
var out = ""
for a in articles {
    let f = extractor.extract(a)
    out += "# \(f.document) \(f.published?.iso ?? "-")\n"
    for e in f.entities {
        out += "entity \(e.ref) \(e.kind.rawValue) \(e.actorType?.rawValue ?? "-") \(e.key ?? "-") surfaces=\(e.surfaces) titles=\(e.titles) orgs=\(e.organisations)\n"
        for ev in e.evidence { out += line(ev) + "\n" }
    }
    for e in f.events {
        out += "event \(e.kind.rawValue) \(e.modality.rawValue) \(e.date.map { "\($0.iso) \($0.precision.rawValue) \($0.trace?.anchor ?? "") \($0.trace?.rule ?? "")" } ?? "-") fallback=\(e.dateIsFallback) killed=\(e.killed.map(String.init) ?? "-") wounded=\(e.wounded.map(String.init) ?? "-") trigger=\(e.trigger)\n"
        for ev in e.evidence { out += line(ev) + "\n" }
        for r in e.roles { out += " role \(r.relation.rawValue) \(r.ref)\n" + line(r.evidence) + "\n" }
    }
    for r in f.relations { out += "relation \(r.relation.rawValue) \(r.source) \(r.target)\n" + line(r.evidence) + "\n" }
    for w in f.warnings { out += "warning \(w)\n" }
}
try out.write(toFile: dumpPath, atomically: true, encoding: .utf8)
print("findings written to \(dumpPath)")
SWIFT
bench_build
"$work/.build/release/Bench" "$corpus" "$rounds" "$dump"
