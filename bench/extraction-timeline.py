#!/usr/bin/env python3
"""Times the phases of one `eventgraph extract` run from its progress counter.

Usage: bench/extraction-timeline.py BINARY CORPUS OUTPUT

Runs `BINARY extract CORPUS -o OUTPUT --progress` and prints when the last article finished
extracting (the progress line N/N), the total wall time, the part after extraction (merging
and writing the output) in wall and CPU time (the child's CPU time is read from /proc when
the last article is counted), the CPU time and the peak resident memory (getrusage).
Run two binaries alternately to compare them on a shared machine.
"""
import os
import resource
import subprocess
import sys
import time

binary, corpus, out = sys.argv[1:4]
start = time.time()
run = subprocess.Popen([binary, "extract", corpus, "-o", out, "--progress"], stderr=subprocess.PIPE)
line, extracted_at, cpu_at = b"", None, None
ticks = os.sysconf("SC_CLK_TCK")


def cpu_so_far(pid):
    """User + system CPU seconds of the running child, from /proc/PID/stat (fields 14, 15)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / ticks
while True:
    ch = run.stderr.read(1)
    if not ch:
        break
    line += ch
    if ch in (b"\r", b"\n"):
        text = line.decode(errors="replace").strip()
        line = b""
        counter = next((w for w in text.split() if "/" in w), None)
        if text.startswith("extract:") and counter:
            done, total = counter.split("/")
            if done == total:
                extracted_at = time.time() - start
                cpu_at = cpu_so_far(run.pid)
        elif text:
            print(text, file=sys.stderr)
if run.wait() != 0 or extracted_at is None:
    sys.exit(f"{binary} failed (exit {run.returncode})")
wall = time.time() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
print(f"extraction done {extracted_at:6.2f} s, exit {wall:6.2f} s, after extraction {wall - extracted_at:5.2f} s wall "
      f"{cpu - cpu_at:5.2f} s cpu, cpu {cpu:6.2f} s, peak {usage.ru_maxrss / 1024:.0f} MB")
