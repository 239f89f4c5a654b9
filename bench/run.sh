#!/usr/bin/env bash
# `make bench`: every benchmark of the project, one after the other. Not a test: it prints
# timings and ratio tables; see docs/readme/analytics.md for how to read them.
#   BENCH_BIG=1 adds the 1,000,000-node graph; BENCH_NETWORKX=0 skips networkx.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 bench/run.py
if [ -x bench/extraction.sh ]; then
    bench/extraction.sh
elif [ -f bench/extraction.sh ]; then
    bash bench/extraction.sh
fi
