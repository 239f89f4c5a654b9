#!/usr/bin/env bash
# The main job: the sample corpus to a graph, its measures, every export and weekly slices, into OUT.
set -euo pipefail
bin=$1; samples=$2; out=$3
mkdir -p "$out"
say() { printf 'main job: %s\n' "$*" >&2; }

say "extracting $samples → $out/graph.graphml"
"$bin" extract "$samples" -o "$out/graph.json"

say "computing measures → $out/measures.csv"
"$bin" analyze "$out/graph.json" --format csv -o "$out/measures.csv"
"$bin" analyze "$out/graph.json" --top 10 > "$out/measures.txt"

say "exporting every format"
"$bin" export "$out/graph.json" --with-measures -o "$out/graph.graphml"
for ext in json dot csv gexf; do
    "$bin" export "$out/graph.graphml" -o "$out/graph.$ext"
done
for ext in svg png pdf; do
    "$bin" export "$out/graph.graphml" --labels both --legend --size-by pagerank -o "$out/graph.$ext"
done
"$bin" export "$out/graph.graphml" --labels ar -o "$out/graph.ar.svg"

say "weekly slices → $out/slices"
"$bin" slices "$out/graph.graphml" --by week -o "$out/slices"

say "done: $(ls "$out" | wc -l) files in $out"
