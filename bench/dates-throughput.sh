#!/usr/bin/env bash
# Throughput of the date layer alone: DateResolver.mentions(in:) and hasFutureCue(_:) over
# every line of the sample articles, repeated until the corpus reaches MB megabytes.
# Builds a throwaway release package (outside the checkout) from Sources/GraphModel and
# Sources/Extraction/Dates, so the rest of the extractor is not compiled.
#
#   bench/dates-throughput.sh [MB]        (default 20)
#
# Reports process CPU time (the machine may be shared), best of five passes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mb="${1:-20}"
work="$(mktemp -d "${TMPDIR:-/tmp}/dates-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/Dates" "$work/Sources/Bench"
ln -s "$root/Sources/GraphModel" "$work/Sources/GraphModel"
for f in "$root"/Sources/Extraction/Dates/*.swift; do ln -s "$f" "$work/Sources/Dates/"; done
cat > "$work/Package.swift" <<'SWIFT'
// swift-tools-version:6.1
import PackageDescription
let package = Package(name: "DatesBench", targets: [
    .target(name: "GraphModel"),
    .target(name: "Dates", dependencies: ["GraphModel"]),
    .executableTarget(name: "Bench", dependencies: ["Dates", "GraphModel"]),
], swiftLanguageModes: [.v6])
SWIFT
cat > "$work/Sources/Bench/main.swift" <<'SWIFT'
import Foundation
import GraphModel
import Dates

func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
let args = CommandLine.arguments
let samples = args[1], megabytes = Int(args[2]) ?? 20
var lines: [String] = []
for f in try FileManager.default.contentsOfDirectory(atPath: samples).sorted() where f.hasSuffix(".txt") {
    let text = try String(contentsOfFile: samples + "/" + f, encoding: .utf8)
    for l in text.split(whereSeparator: { $0 == "\n" || $0 == "." }) where !l.isEmpty { lines.append(String(l)) }
}
var corpus: [String] = [], bytes = 0
while bytes < megabytes * 1_000_000 { for l in lines { corpus.append(l); bytes += l.utf8.count } }
let resolver = DateResolver(publication: Day(year: 2020, month: 3, day: 26))
func best(_ body: () -> Int) -> (Int, Double) {
    var result = 0, seconds = Double.infinity
    for _ in 0..<5 { let t0 = cpuSeconds(); result = body(); seconds = min(seconds, cpuSeconds() - t0) }
    return (result, seconds)
}
let (mentions, t1) = best { corpus.reduce(0) { $0 + resolver.mentions(in: $1).count } }
let (cues, t2) = best { corpus.reduce(0) { $0 + (resolver.hasFutureCue($1) ? 1 : 0) } }
let mbytes = Double(bytes) / 1e6
print(String(format: "corpus: %d sentences, %.1f MB", corpus.count, mbytes))
print(String(format: "mentions(in:): %d mentions, %.3f s CPU, %.1f MB/s", mentions, t1, mbytes / t1))
print(String(format: "hasFutureCue(_:): %d sentences with a cue, %.3f s CPU, %.1f MB/s", cues, t2, mbytes / t2))
SWIFT
(cd "$work" && swift build -c release >/dev/null)
"$work/.build/release/Bench" "$root/samples" "$mb"
