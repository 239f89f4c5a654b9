#!/bin/bash
# Times GraphML writing alone: a graph read once from JSON, written RUNS times with
# GraphIO.write (the path `eventgraph extract -o X.graphml` takes), CPU and wall time of each.
#
# usage: bench/graphml-write.sh GRAPH.json OUT.graphml [RUNS] [PACKAGE]
#   GRAPH.json  e.g. from `eventgraph extract CORPUS -o GRAPH.json`
#   PACKAGE     the package whose release build to link against (default: this one; build
#               it first with `swift build -c release`), e.g. a `git archive` export of
#               another commit, to compare two builds side by side.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
package=${4:-$(dirname "$here")}
build=$package/.build/release
binary=$build/graphml-write-bench
objects=()
for module in GraphModel Extraction Analytics Graphviz Formats Pipeline Yams; do
    objects+=("$build/$module.build"/*.o)
done
objects+=($(find "$build/CYaml.build" -name "*.o"))
if [ ! -x "$binary" ] || [ "$here/graphml-write/main.swift" -nt "$binary" ] || [ "$build/Formats.build" -nt "$binary" ] || [ "$build/Pipeline.build" -nt "$binary" ]; then
    swiftc -O -I "$build/Modules" -I "$package/.build/checkouts/Yams/Sources/CYaml/include" -I "$package/Sources/CGraphviz" \
        $(pkg-config --cflags-only-I libgvc | sed "s/-I/-Xcc -I/g") \
        "$here/graphml-write/main.swift" "${objects[@]}" \
        $(pkg-config --libs libgvc) -o "$binary"
fi
"$binary" "$1" "$2" "${3:-3}"
