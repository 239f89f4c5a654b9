#!/usr/bin/env python3
"""Samples of one `eventgraph extract` run split by phase (perf, one sample per ms of CPU).

Usage: bench/extract-phases.py BINARY CORPUS OUTPUT

Runs `perf record -F 999 -g BINARY extract CORPUS -o OUTPUT --no-progress` and puts each
sample in the first phase named in its call chain: reading and decoding articles (the open,
fstat and read system calls of an article and `ArticleError.decode`), listing the inputs and
reading the manifest, per-article extraction, `CorpusMerger.add`, the merge's end (`finish`,
its parallel parts, freeing the findings), writing GraphML, and the rest. Run two binaries
alternately to compare them on a shared machine: the counts move with the load, their
differences between builds are what tell.
"""
import collections, os, re, subprocess, sys, tempfile

binary, corpus, out = sys.argv[1:4]
phases = [("read+decode", ["ArticleErrorO6decode", "ArticleFileO4read", "FileManagerC8contents"]),
          ("graphml write", ["GraphIOO5write", "OrderedChunks"]),
          ("manifest+inputs", ["ManifestO", "collectInputs"]),
          ("extraction", ["ExtractorV7extract"]),
          ("merger add", ["CorpusMergerV3add"]),
          ("merger finish", ["CorpusMergerV6finish", "ParallelUpdate", "HeldArticleVwxx"])]
# An article's own system calls (its read may be inlined into the task that extracts it).
article_calls = ("ksys_read", "do_sys_openat2", "newfstat", "sys_close")

with tempfile.TemporaryDirectory() as tmp:
    data = os.path.join(tmp, "perf.data")
    subprocess.run(["perf", "record", "-q", "-F", "999", "-g", "-o", data, binary, "extract", corpus,
                    "-o", out, "--no-progress"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    script = subprocess.run(["perf", "script", "-i", data], check=True, capture_output=True, text=True).stdout

counts = collections.Counter()
total = 0
stack = []


def flush():
    global total
    if not stack:
        return
    total += 1
    if any("extractOne" in f for f in stack) and any(c in f for f in stack for c in article_calls):
        counts["read+decode"] += 1
        return
    for name, patterns in phases:
        if any(p in f for f in stack for p in patterns):
            counts[name] += 1
            return
    counts["other"] += 1


for line in script.splitlines():
    if not line.strip():
        flush()
        stack = []
        continue
    if line[0] not in " \t":
        continue
    parts = line.strip().split(None, 1)
    if len(parts) == 2:
        stack.append(re.sub(r"\+0x[0-9a-f]+$", "", parts[1].rsplit(" (", 1)[0]))
flush()
print(f"all {total}  " + "  ".join(f"{name} {counts[name]}" for name, _ in phases) + f"  other {counts['other']}")
