#!/usr/bin/env bash
# Extraction benchmark: builds a synthetic corpus of N articles (default 10000) from the
# sample sentences and the lexicon's names, runs `eventgraph extract` on it (release build),
# and reports text throughput (MB/s overall and per core), CPU use and peak memory.
#
# Usage: bench/extraction.sh [ARTICLES]     (env CORPUS=/path to reuse a corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES="${1:-10000}"
CORPUS="${CORPUS:-${TMPDIR:-/tmp}/eventgraph-bench-corpus-$ARTICLES}"
OUT="${TMPDIR:-/tmp}/eventgraph-bench-graph.graphml"

swift build -c release --product eventgraph >/dev/null
BIN="$(swift build -c release --show-bin-path)/eventgraph"

if [ ! -f "$CORPUS/manifest.json" ]; then
  python3 bench/extraction/make_corpus.py samples Sources/Extraction/Resources/lexicon "$CORPUS" --articles "$ARTICLES"
fi
BYTES=$(find "$CORPUS" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')

TIMES="$(mktemp)"
/usr/bin/time -v "$BIN" extract "$CORPUS" -o "$OUT" --no-progress 2> "$TIMES" || { cat "$TIMES"; exit 1; }
ELAPSED=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$TIMES")
USER=$(awk -F': ' '/User time/ {print $2}' "$TIMES")
SYS=$(awk -F': ' '/System time/ {print $2}' "$TIMES")
CPU=$(awk -F': ' '/Percent of CPU/ {print $2}' "$TIMES")
RSS=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TIMES")
rm -f "$TIMES"
python3 - "$BYTES" "$ELAPSED" "$USER" "$SYS" "$CPU" "$RSS" "$ARTICLES" "$OUT" <<'PY'
import sys
b, elapsed, user, sys_, cpu, rss, n, out = sys.argv[1:]
parts = [float(x) for x in elapsed.split(":")]
wall = sum(v * 60 ** i for i, v in enumerate(reversed(parts)))
cpu_s = float(user) + float(sys_)
mb = int(b) / 1e6
print(f"articles      {n}")
print(f"text          {mb:.1f} MB")
print(f"wall time     {wall:.2f} s   (cpu {cpu_s:.2f} s, {cpu})")
print(f"throughput    {mb / wall:.1f} MB/s overall, {mb / cpu_s:.1f} MB/s per core")
print(f"peak memory   {int(rss) / 1024:.0f} MB")
print(f"graph         {out}")
PY
