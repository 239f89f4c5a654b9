#!/usr/bin/env bash
# `make bench`: every benchmark of the project, one after the other. Not a test: each prints
# timings (and the analytics one a ratio table against igraph and networkx, also written to
# out/bench/analytics.md); see docs/*.md for how to read them.
#   BENCH_BIG=1 adds the 1,000,000-node analytics graph; BENCH_NETWORKX=0 skips networkx;
#   BENCH_ONLY=louvain,pagerank,... runs only those analytics tasks.
# Every other bench/*.sh runs after it with its default arguments (extraction.sh, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== analytics: bench/run.py"
python3 bench/run.py
for script in bench/*.sh; do
    [ "$script" = bench/run.sh ] && continue
    echo
    echo "== $script"
    bash "$script"
done
