#!/usr/bin/env bash
# Byte-identity of two builds' outputs, for changes that must not change any output (speed work).
#
#   bench/compare-outputs.sh BASE_BINARY NEW_BINARY [--full]
#
# Runs both `eventgraph` binaries on samples/, the fixture articles and every held-out set
# (GraphML), on samples/ again as JSON, CSV, GEXF and DOT, and on the 1,000-article benchmark
# corpus; with --full, on the 10,000-article corpus too (made by bench/extraction/make_corpus.py
# when missing). `cmp` on each pair; prints one DIFF line per differing output and exits 1 if any.
set -uo pipefail
[ $# -ge 2 ] || { echo "usage: bench/compare-outputs.sh BASE_BINARY NEW_BINARY [--full]" >&2; exit 2; }
base="$1"; new="$2"; full="${3:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/eventgraph-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT
status=0
both() {  # both NAME INPUT EXT
  "$base" extract "$2" -o "$work/base-$1.$3" --no-progress 2>/dev/null
  "$new" extract "$2" -o "$work/new-$1.$3" --no-progress 2>/dev/null
}
same() { cmp -s "$work/base-$1" "$work/new-$1" || { echo "DIFF $1"; status=1; }; }
for dir in "$root/samples" "$root"/Tests/ExtractionTests/Fixtures/heldout* "$root/Tests/ExtractionTests/Fixtures/articles"; do
  name="$(basename "$dir")"; both "$name" "$dir" graphml; same "$name.graphml"
done
for ext in json gexf dot csv; do both samples "$root/samples" "$ext"; done
same samples.json; same samples.gexf; same samples.dot; same samples.nodes.csv; same samples.edges.csv
corpora=(1000); [ "$full" = --full ] && corpora+=(10000)
for n in "${corpora[@]}"; do
  corpus="${TMPDIR:-/tmp}/eventgraph-bench-corpus-$n"
  [ -f "$corpus/manifest.json" ] || python3 "$root/bench/extraction/make_corpus.py" "$root/samples" \
    "$root/Sources/Extraction/Resources/lexicon" "$corpus" --articles "$n" >/dev/null
  both "corpus-$n" "$corpus" graphml; same "corpus-$n.graphml"; rm -f "$work"/*-corpus-"$n".graphml
done
[ $status = 0 ] && echo "all outputs identical"
exit $status
