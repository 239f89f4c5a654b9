#!/usr/bin/env python3
"""Writes the benchmark graphs: directed scale-free graphs grown by preferential attachment
on total degree, each edge oriented at random, from a seed (so every run sees the same graph).

    generate.py NODES EDGES SEED PREFIX [--graphml] [--sources K]

PREFIX.txt      "u v" per line (integer ids 0..n-1): what igraph.Read_Edgelist and
                `eventgraph analyze` both read
PREFIX.graphml  the same graph as networkx writes it, with a `weight` per edge (--graphml)
PREFIX.sources  K node ids drawn with the seed, one per line (--sources K)
"""
import random
import sys


def grow(n, m, seed):
    rng = random.Random(seed)
    per_node = max(1, m // n)
    core = per_node + 1
    edges = []
    ends = []  # every edge end once: sampling from it is sampling by total degree
    for u in range(core):
        for v in range(u + 1, core):
            edges.append((u, v) if rng.random() < 0.5 else (v, u))
            ends += (u, v)
    for v in range(core, n):
        chosen = set()
        while len(chosen) < per_node:
            chosen.add(ends[int(rng.random() * len(ends))])
        for u in sorted(chosen):
            edges.append((u, v) if rng.random() < 0.5 else (v, u))
            ends += (u, v)
    return edges, rng


def main():
    n, m, seed, prefix = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    edges, rng = grow(n, m, seed)
    with open(prefix + ".txt", "w") as f:
        f.write("".join(f"{u} {v}\n" for u, v in edges))
    if "--graphml" in sys.argv:
        with open(prefix + ".graphml", "w") as f:
            f.write('<?xml version=\'1.0\' encoding=\'utf-8\'?>\n'
                    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
                    '  <key id="d0" for="edge" attr.name="weight" attr.type="double" />\n'
                    '  <graph edgedefault="directed">\n')
            f.write("".join(f'    <node id="{v}" />\n' for v in range(n)))
            f.write("".join(f'    <edge source="{u}" target="{v}">\n      <data key="d0">{1 + rng.randrange(5)}.0</data>\n    </edge>\n'
                            for u, v in edges))
            f.write("  </graph>\n</graphml>\n")
    if "--sources" in sys.argv:
        k = int(sys.argv[sys.argv.index("--sources") + 1])
        with open(prefix + ".sources", "w") as f:
            f.write("".join(f"{v}\n" for v in random.Random(seed + 1).sample(range(n), k)))
    print(f"{prefix}: {n} nodes, {len(edges)} edges", file=sys.stderr)


if __name__ == "__main__":
    main()
