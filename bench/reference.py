#!/usr/bin/env python3
"""One benchmark task in igraph or networkx, the whole job a user would run: import, read the
file, compute, write the values. Run under /usr/bin/time by run.py.

    reference.py igraph|networkx TASK GRAPH OUT [SOURCES]
"""
import sys

tool, task, path, out = sys.argv[1:5]
sources_path = sys.argv[5] if len(sys.argv) > 5 else None


def write(values):
    with open(out, "w") as f:
        f.write("\n".join(repr(float(v)) for v in values))
        f.write("\n")


def read_sources():
    with open(sources_path) as f:
        return [int(line) for line in f if line.strip()]


if tool == "igraph":
    import igraph as ig
    undirected = task in ("eigenvector", "louvain")
    if path.endswith(".graphml"):
        g = ig.Graph.Read_GraphML(path)
    else:
        g = ig.Graph.Read_Edgelist(path, directed=not undirected)
    if task == "betweenness":
        write(g.betweenness())
    elif task == "closeness":
        write(g.closeness(mode="in"))
    elif task == "betweenness-sources":
        write(g.betweenness(sources=read_sources()))
    elif task == "closeness-sources":
        write(g.closeness(vertices=read_sources(), mode="in"))
    elif task == "pagerank":
        write(g.pagerank())
    elif task == "eigenvector":
        write(g.eigenvector_centrality())
    elif task == "louvain":
        write(g.community_multilevel().membership)
    elif task == "read":
        write(g.degree())
    else:
        sys.exit(f"unknown task {task}")
else:
    import networkx as nx
    undirected = task in ("eigenvector", "louvain")
    if path.endswith(".graphml"):
        G = nx.read_graphml(path)
    else:
        G = nx.read_edgelist(path, create_using=nx.Graph if undirected else nx.DiGraph)
    if task == "betweenness":
        r = nx.betweenness_centrality(G)
    elif task == "closeness":
        r = nx.closeness_centrality(G)
    elif task == "betweenness-sources":
        r = nx.betweenness_centrality_subset(G, [str(s) for s in read_sources()], list(G))
    elif task == "closeness-sources":
        r = {s: nx.closeness_centrality(G, str(s)) for s in read_sources()}
    elif task == "pagerank":
        r = nx.pagerank(G)
    elif task == "eigenvector":
        r = nx.eigenvector_centrality(G)
    elif task == "louvain":
        r = {i: float(k) for k, c in enumerate(nx.community.louvain_communities(G, seed=0)) for i in c}
    elif task == "read":
        r = nx.degree_centrality(G)
    else:
        sys.exit(f"unknown task {task}")
    write(r.values())
