#!/usr/bin/env python3
"""The analytics benchmark: our release binary, igraph (one thread) and networkx on the same
generated graphs, in one run; prints a ratio table (wall time and peak memory of the whole
process, file reading included) and writes it to out/bench/analytics.md.

Environment:
  EVENTGRAPH_BIN   binary to time (default .build/release/eventgraph)
  BENCH_BIG=1      also the 1,000,000-node / 5,000,000-edge graph (several minutes)
  BENCH_NETWORKX=0 skip networkx; NX_TIMEOUT (seconds, default 300) caps each networkx run
"""
import os
import subprocess
import sys
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = os.path.join(root, "out", "bench")
os.makedirs(data, exist_ok=True)
binary = os.environ.get("EVENTGRAPH_BIN", os.path.join(root, ".build", "release", "eventgraph"))
big = os.environ.get("BENCH_BIG") == "1"
with_networkx = os.environ.get("BENCH_NETWORKX", "1") != "0"
nx_timeout = float(os.environ.get("NX_TIMEOUT", "300"))
here = os.path.dirname(os.path.abspath(__file__))

graphs = {"10k": (10_000, 50_000), "100k": (100_000, 500_000)}
if big:
    graphs["1M"] = (1_000_000, 5_000_000)


def generate():
    for name, (n, m) in graphs.items():
        prefix = os.path.join(data, f"g{name}")
        if os.path.exists(prefix + ".txt") and os.path.exists(prefix + ".sources"):
            continue
        extra = ["--graphml"] if name == "100k" else []
        subprocess.run([sys.executable, os.path.join(here, "generate.py"), str(n), str(m), "1", prefix,
                        "--sources", "1000"] + extra, check=True)


def timed(command, timeout=None):
    """(seconds, peak MiB) of a whole process, or (None, reason)."""
    stats = os.path.join(data, "time.txt")
    env = dict(os.environ, OMP_NUM_THREADS="1")
    try:
        run = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", stats] + command, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout, start_new_session=True)
    except subprocess.TimeoutExpired:
        return None, f">{int(timeout)} s"
    if run.returncode != 0:
        return None, "failed: " + run.stderr.decode(errors="replace").strip().splitlines()[-1][:80]
    seconds, kib = open(stats).read().split()[-2:]
    return float(seconds), int(kib) / 1024


def tasks():
    for name in graphs:
        pass
    t = [("betweenness, exact", "10k", "betweenness", ["--measures", "betweenness"], 0.6),
         ("closeness, exact", "10k", "closeness", ["--measures", "closeness"], 0.6),
         ("betweenness, 1000 sources", "100k", "betweenness-sources", ["--measures", "betweenness"], 0.6),
         ("closeness, 1000 nodes", "100k", "closeness-sources", ["--measures", "closeness"], 0.6)]
    for name in graphs:
        t.append(("pagerank", name, "pagerank", ["--measures", "pagerank"], 1.0))
    for name in graphs:
        t.append(("eigenvector (undirected)", name, "eigenvector", ["--undirected", "--measures", "eigenvector"], 1.0))
    for name in graphs:
        t.append(("louvain (undirected)", name, "louvain", ["--undirected", "--measures", "community"], 1.0))
    t.append(("read GraphML, 500k edges", "100k.graphml", "read", ["--measures", "degree"], 1.0))
    if big:
        t.append(("read edge list, 5M edges", "1M", "read", ["--measures", "degree"], 1.0))
    return t


def main():
    generate()
    rows = []
    print(f"{'task':<28} {'graph':<13} {'ours s':>8} {'MiB':>6} {'igraph s':>9} {'MiB':>6} {'nx s':>9} {'MiB':>6} {'time ×':>7} {'mem ×':>6}  target", flush=True)
    for label, graph, task, ours_args, target in tasks():
        path = os.path.join(data, "g" + graph if graph.endswith(".graphml") else f"g{graph}.txt")
        if graph.endswith(".graphml"):
            path = os.path.join(data, "g" + graph)
        base = graph.split(".")[0]
        sources = os.path.join(data, f"g{base}.sources")
        out = os.path.join(data, "result.csv")
        extra = ["--sources-file", sources] if task.endswith("-sources") else []
        ours = timed([binary, "analyze", path, "--format", "csv", "-o", out] + ours_args + extra)
        ref_extra = [sources] if task.endswith("-sources") else []
        igraph = timed([sys.executable, os.path.join(here, "reference.py"), "igraph", task, path, out] + ref_extra)
        if with_networkx and not (base == "1M"):
            nx = timed([sys.executable, os.path.join(here, "reference.py"), "networkx", task, path, out] + ref_extra, nx_timeout)
        else:
            nx = (None, "skipped")
        def cell(r, i):
            if r[0] is None:
                return r[1] if i == 0 else ""
            return f"{r[i]:.2f}" if i == 0 else f"{r[i]:.0f}"
        ratio_t = f"{ours[0] / igraph[0]:.2f}" if ours[0] is not None and igraph[0] else "-"
        ratio_m = f"{ours[1] / igraph[1]:.2f}" if ours[0] is not None and igraph[0] else "-"
        shown_graph = f"{graphs[base][0] // 1000}k/{graphs[base][1] // 1000}k" + (" .graphml" if graph.endswith(".graphml") else "")
        row = (label, shown_graph, cell(ours, 0), cell(ours, 1), cell(igraph, 0), cell(igraph, 1), cell(nx, 0), cell(nx, 1),
               ratio_t, ratio_m, f"≤ {target}×")
        rows.append(row)
        print(f"{row[0]:<28} {row[1]:<13} {row[2]:>8} {row[3]:>6} {row[4]:>9} {row[5]:>6} {row[6]:>9} {row[7]:>6} {row[8]:>7} {row[9]:>6}  {row[10]}", flush=True)
    with open(os.path.join(data, "analytics.md"), "w") as f:
        f.write(f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores; "
                f"igraph with OMP_NUM_THREADS=1; whole process, reading the file included.\n\n")
        f.write("| task | graph | ours s | ours MiB | igraph s | igraph MiB | networkx s | networkx MiB | time ours/igraph | memory ours/igraph | target |\n")
        f.write("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
        for r in rows:
            f.write("| " + " | ".join(r) + " |\n")
    print(f"\ntable written to {os.path.join(data, 'analytics.md')}")


if __name__ == "__main__":
    main()
