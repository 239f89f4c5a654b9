# Shared by bench/extraction-only.sh and bench/merge-only.sh (sourced, not run).
#
# Both build a throw-away release package outside the checkout from Sources/GraphModel and
# Sources/Extraction (symbolic links) and the Yams checkout of this package's .build, so the
# package itself carries no benchmark target and the rest of the project is not compiled. The
# caller writes "$work/Sources/Bench/main.swift"; BenchSupport.swift (CPU time, the corpus
# read as the extract command reads it) is linked beside it.

# bench_default_corpus ROOT: the 1,000-article corpus in $TMPDIR, made once (as `make bench` runs it).
bench_default_corpus() {
  local corpus="${TMPDIR:-/tmp}/eventgraph-bench-corpus-1000"
  if [ ! -f "$corpus/manifest.json" ]; then
    python3 "$1/bench/extraction/make_corpus.py" "$1/samples" "$1/Sources/Extraction/Resources/lexicon" "$corpus" --articles 1000 >&2
  fi
  echo "$corpus"
}

# bench_package ROOT SOURCE NAME: sets $work to the package folder for the sources of SOURCE.
bench_package() {
  local root="$1" source="$2" name="$3"
  local yams="$root/.build/checkouts/Yams"
  [ -d "$yams" ] || { echo "no $yams: run 'swift build' in $root once" >&2; exit 1; }
  work="${TMPDIR:-/tmp}/eventgraph-$name-$(echo "$source" | cksum | cut -d' ' -f1)"
  mkdir -p "$work/Sources/Bench"
  ln -sfn "$source/Sources/GraphModel" "$work/Sources/GraphModel"
  ln -sfn "$source/Sources/Extraction" "$work/Sources/Extraction"
  ln -sfn "$root/bench/extraction/BenchSupport.swift" "$work/Sources/Bench/BenchSupport.swift"
  cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.1
import PackageDescription
let package = Package(
    name: "Bench",
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
}

# bench_build: builds the package in $work (errors shown, progress lines not).
bench_build() {
  (cd "$work" && swift build -c release 2>&1 | grep -E "error|warning: unre|Compiling|Build complete" | grep -v "^\[" | tail -20) || true
}
