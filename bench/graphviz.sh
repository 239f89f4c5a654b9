#!/usr/bin/env bash
# Layout and render times of `eventgraph export` on a random 300-node, 599-edge graph
# (a spanning tree plus 300 random cross edges, seed 7), per layout engine.
#   bench/graphviz.sh [path/to/eventgraph]
# Prints one line per engine: wall time and peak memory (GNU time).
set -euo pipefail
bin=${1:-.build/release/eventgraph}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/g300.csv" <<'PY'
import random, sys
random.seed(7)
n = 300
with open(sys.argv[1], "w") as f:
    f.write("source,target,relation,weight\n")
    for i in range(1, n):
        f.write(f"n{i},n{random.randrange(0, i)},part_of,1\n")
    for _ in range(300):
        a, b = random.sample(range(n), 2)
        f.write(f"n{a},n{b},hostile_to,2\n")
PY
for engine in dot neato fdp sfdp circo twopi; do
    /usr/bin/time -f "$engine: %e s, %M KB peak" "$bin" export "$work/g300.csv" -o "$work/g300-$engine.svg" --layout "$engine"
done
