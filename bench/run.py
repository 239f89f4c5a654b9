#!/usr/bin/env python3
"""The analytics benchmark: our release binary, igraph (one thread) and networkx on the same
generated graphs, in one run; prints a ratio table (wall time and peak memory of the whole
process, file reading included) and writes it to out/bench/analytics.md.

Environment:
  EVENTGRAPH_BIN   binary to time (default .build/release/eventgraph)
  BENCH_BIG=1      also the 1,000,000-node / 5,000,000-edge graph (several minutes)
  BENCH_NETWORKX=0 skip networkx; NX_TIMEOUT (seconds, default 300) caps each networkx run
  BENCH_TIMEOUT    caps every other run (seconds, default 1800)
  BENCH_ONLY       comma-separated task names to run (betweenness, closeness, pagerank,
                   eigenvector, louvain, read); default all
"""
import os
import signal
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
timeout = float(os.environ.get("BENCH_TIMEOUT", "1800"))
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
    """(wall seconds, peak MiB, CPU seconds) of a whole process, or (None, reason, None)."""
    stats = os.path.join(data, "time.txt")
    env = dict(os.environ, OMP_NUM_THREADS="1")
    # A new session, so that a timeout can stop the whole process group: /usr/bin/time and the
    # program it runs.
    process = subprocess.Popen(["/usr/bin/time", "-f", "%e %M %U %S", "-o", stats] + command, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, errors = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        cpu, peak = usage_so_far(process.pid)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return None, f">{int(timeout)} s ({cpu:.0f} CPU s, {peak:.0f} MiB by then)", None
    run = subprocess.CompletedProcess(command, process.returncode, None, errors)
    if run.returncode != 0:
        lines = run.stderr.decode(errors="replace").strip().splitlines() or ["?"]
        return None, "failed: " + lines[-1][:80], None
    seconds, kib, user, system = open(stats).read().split()[-4:]
    return float(seconds), int(kib) / 1024, float(user) + float(system)


def usage_so_far(pid):
    """CPU seconds and peak MiB so far of `pid` and its descendants (Linux /proc), for a run
    stopped by the timeout: the table then still says how far it had got."""
    ticks = os.sysconf("SC_CLK_TCK")
    cpu, peak, pending = 0.0, 0.0, [pid]
    while pending:
        p = pending.pop()
        try:
            fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            cpu += (int(fields[11]) + int(fields[12])) / ticks
            for line in open(f"/proc/{p}/status"):
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]) / 1024)
            for task in os.listdir(f"/proc/{p}/task"):
                pending += [int(c) for c in open(f"/proc/{p}/task/{task}/children").read().split()]
        except (OSError, IndexError, ValueError):
            continue
    return cpu, peak


def tasks():
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
    only = [name.strip() for name in os.environ.get("BENCH_ONLY", "").split(",") if name.strip()]
    if only:
        t = [task for task in t if task[2].removesuffix("-sources") in only]
    return t


def main():
    generate()
    header = ("task", "graph", "ours s", "CPU s", "MiB", "igraph s", "CPU s", "MiB", "networkx s", "MiB",
              "wall ×", "CPU ×", "mem ×", "target")
    widths = (26, 15, 8, 7, 6, 9, 7, 6, 11, 6, 7, 6, 6, 7)
    def show(row):
        print("  ".join(str(c).rjust(w) if i > 1 else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths))), flush=True)
    show(header)
    rows = []
    for label, graph, task, ours_args, target in tasks():
        base = graph.split(".")[0]
        path = os.path.join(data, "g" + graph) if graph.endswith(".graphml") else os.path.join(data, f"g{graph}.txt")
        sources = os.path.join(data, f"g{base}.sources")
        out = os.path.join(data, "result.csv")
        sampled = task.endswith("-sources")
        ours = timed([binary, "analyze", path, "--format", "csv", "-o", out] + ours_args
                     + (["--sources-file", sources] if sampled else []), timeout)
        reference = [sys.executable, os.path.join(here, "reference.py")]
        igraph = timed(reference + ["igraph", task, path, out] + ([sources] if sampled else []), timeout)
        if with_networkx and base != "1M":
            nx = timed(reference + ["networkx", task, path, out] + ([sources] if sampled else []), nx_timeout)
        else:
            nx = (None, "skipped", None)
        def num(r, i, digits):
            if r[0] is None:
                return r[1] if i == 0 else ""
            return f"{r[i]:.{digits}f}"
        def ratio(i):
            return f"{ours[i] / igraph[i]:.2f}" if ours[0] is not None and igraph[0] is not None and igraph[i] else "-"
        n, m = graphs[base]
        shown = f"{n // 1000}k/{m // 1000}k" + (" GraphML" if graph.endswith(".graphml") else "")
        row = (label, shown, num(ours, 0, 2), num(ours, 2, 2), num(ours, 1, 0), num(igraph, 0, 2), num(igraph, 2, 2),
               num(igraph, 1, 0), num(nx, 0, 2), num(nx, 1, 0), ratio(0), ratio(2), ratio(1), f"≤ {target}")
        rows.append(row)
        show(row)
    with open(os.path.join(data, "analytics.md"), "w") as f:
        f.write(f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
                f"load average {os.getloadavg()[0]:.1f} at the end; igraph {igraph_version()} with OMP_NUM_THREADS=1. "
                "Whole process: start-up, reading the file, computing, writing the values. "
                "CPU s = user + system time.\n\n")
        f.write("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n")
        for r in rows:
            f.write("| " + " | ".join(r) + " |\n")
    print(f"\ntable written to {os.path.join(data, 'analytics.md')}")


def igraph_version():
    try:
        import igraph
        return igraph.__version__
    except ImportError:
        return "?"


if __name__ == "__main__":
    main()
