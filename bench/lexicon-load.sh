#!/usr/bin/env bash
# Measures loading and checking the embedded default lexicon (release build).
# Usage: bench/lexicon-load.sh [ROUNDS]
# Builds a throw-away executable in a temporary folder that depends on this package, so the
# package itself carries no benchmark target. Prints CPU time per load (the figure that does
# not depend on other load on the machine) and the wall-time distribution.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-50}"
work="${TMPDIR:-/tmp}/eventgraph-lexicon-bench"
mkdir -p "$work/Sources/lexiconbench"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.1
import PackageDescription
let package = Package(
    name: "lexiconbench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "$root")],
    targets: [.executableTarget(name: "lexiconbench",
                                dependencies: [.product(name: "EventGraphKit", package: "$(basename "$root")")])]
)
SWIFT
cat > "$work/Sources/lexiconbench/main.swift" <<'SWIFT'
import Foundation
import Extraction

func cpuMillis() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
}
let rounds = Int(CommandLine.arguments.dropFirst().first ?? "50") ?? 50
let files = try Lexicon.defaultFiles()
let bytes = try files.reduce(0) { $0 + (try Data(contentsOf: $1).count) }
var walls: [Double] = []
let cpu0 = cpuMillis()
for _ in 0..<rounds {
    let t0 = DispatchTime.now().uptimeNanoseconds
    let check = Lexicon.check(files: files, base: nil)
    walls.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    precondition(check.errors.isEmpty, "\(check.errors)")
}
let cpu = (cpuMillis() - cpu0) / Double(rounds)
walls.sort()
let lexicon = try Lexicon.loadDefault()
print("default lexicon: \(lexicon.count) entries, \(bytes) bytes in \(files.count) files")
print(String(format: "load+check: %.1f ms CPU per load; wall min %.1f ms, median %.1f ms (%d rounds, %d cores)",
             cpu, walls[0], walls[rounds / 2], rounds, ProcessInfo.processInfo.activeProcessorCount))
SWIFT
cd "$work"
swift build -c release 2>&1 | grep -E "error|Build complete" || true
"$work/.build/release/lexiconbench" "$rounds"
