#!/usr/bin/env python3
"""Counts the CPU samples of `eventgraph extract` spent writing the GraphML file.

Usage: bench/graphml-write-samples.py BINARY CORPUS OUTPUT [PERF.data]

Runs `perf record -F 999 -g BINARY extract CORPUS -o OUTPUT --no-progress` (one sample per
millisecond of CPU on each core, kernel included) and puts each sample in one phase by the
frames of its call chain:

- write, system call: the `write` system calls of the output, with the kernel's copy into
  the page cache and its page allocations;
- write, sink: copying pieces into the output block (`AtomicFile.OutputSink`);
- write, page faults: kernel page-fault handling under the writer (fresh buffer pages);
- write, formatting: the rest of `GraphIO.write` and the GraphML writer (`GraphMLWriter`,
  `GraphMLEvidence`, `OrderedChunks`, `ByteBuffer`, `XMLText`), in user space;
- everything else.

Prints the sample counts and their share of all samples. Samples are CPU time, so the
figures do not depend on what else the machine runs as much as wall time does; run two
binaries alternately to compare them.
"""
import os
import subprocess
import sys
from collections import Counter

binary, corpus, out = sys.argv[1:4]
data = sys.argv[4] if len(sys.argv) > 4 else out + ".perf.data"
subprocess.run(["perf", "record", "-q", "-F", "999", "-g", "-o", data, binary, "extract", corpus,
                "-o", out, "--no-progress"], check=True, stderr=subprocess.DEVNULL)
script = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym"], capture_output=True, text=True,
                        check=True).stdout

WRITER = ("GraphIO", "AtomicFile", "GraphMLWriter", "GraphMLEvidence", "OrderedChunks", "ByteBuffer", "XMLText")
SYSCALL = ("libc_write", "ksys_write")
FAULT = ("exc_page_fault", "asm_exc_page_fault", "do_anonymous_page", "clear_page")

counts = Counter()
for sample in script.split("\n\n"):
    frames = [line.split(None, 1)[1] if " " in line.strip() else "" for line in sample.strip().splitlines()]
    if not frames:
        continue
    chain = "\n".join(frames)
    if any(s in chain for s in SYSCALL):
        phase = "write, system call"
    elif "OutputSink" in chain:
        phase = "write, sink"
    elif any(s in chain for s in WRITER):
        phase = "write, page faults" if any(s in chain for s in FAULT) else "write, formatting"
    else:
        phase = "rest"
    counts[phase] += 1
    counts["all"] += 1

total = counts["all"]
for phase in ["write, formatting", "write, page faults", "write, sink", "write, system call", "rest", "all"]:
    print(f"{phase:22s} {counts[phase]:7d}  {100 * counts[phase] / max(total, 1):5.1f}%")
writing = sum(counts[p] for p in ["write, formatting", "write, page faults", "write, sink", "write, system call"])
print(f"{'writing GraphML':22s} {writing:7d}  {100 * writing / max(total, 1):5.1f}%")
