#!/bin/sh
# Times `eventgraph export` between formats on a random graph written by networkx.
#   scripts/bench-io.sh [nodes] [edges]      (needs a release build: swift build -c release)
set -eu
NODES=${1:-20000}
EDGES=${2:-100000}
BIN=${BIN:-.build/release/eventgraph}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
python3 - "$DIR/big.graphml" "$NODES" "$EDGES" <<'PY'
import random, sys, networkx as nx
path, n, m = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(7)
g = nx.MultiDiGraph()
for i in range(n):
    g.add_node(f"n{i}", label=f"قاعدة {i} base \"{i}\"", kind=rng.choice(["actor", "base", "place"]), score=rng.random())
for j in range(m):
    g.add_edge(f"n{rng.randrange(n)}", f"n{rng.randrange(n)}", relation=rng.choice(["attacker", "target", "located_in"]), weight=rng.randint(1, 5))
nx.write_graphml(g, path)
PY
echo "graph: $NODES nodes, $EDGES edges, $(wc -c < "$DIR/big.graphml") bytes of networkx GraphML"
for step in "big.graphml big.json" "big.graphml big2.graphml" "big.graphml big.csv" "big.json big3.graphml" "big.edges.csv big4.json"; do
    set -- $step
    printf '%-16s -> %-14s ' "$1" "$2"
    /usr/bin/time -f '%e s wall, %U s user, %M KB peak' "$BIN" export "$DIR/$1" -o "$DIR/$2"
done
printf '%-33s ' "networkx read_graphml (reference)"
/usr/bin/time -f '%e s wall, %U s user, %M KB peak' python3 -c "import networkx, sys; networkx.read_graphml(sys.argv[1])" "$DIR/big.graphml"
