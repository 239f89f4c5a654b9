#!/usr/bin/env bash
# Retains and releases of objects shared by the extraction's worker threads, by call site.
#
#   bench/shared-retains.sh BENCH_BINARY [CORPUS [TOP]]
#
# BENCH_BINARY is the binary bench/extraction-only.sh builds
# (${TMPDIR:-/tmp}/eventgraph-extraction-only-*/.build/release/Bench). It runs one round over
# CORPUS (default: the 1,000-article corpus) with an LD_PRELOAD library (shared-retains/rc.c)
# that records every heap block allocated before the timed round and counts each retain or
# release of such a block during it. Prints the total and the TOP (default 30) call sites.
# Reference-count writes to shared objects are atomic and contend across cores, a cost that
# instruction counts (callgrind, one thread) do not show.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$1"; corpus="${2:-${TMPDIR:-/tmp}/eventgraph-bench-corpus-1000}"; top="${3:-30}"
work="$(mktemp -d "${TMPDIR:-/tmp}/eventgraph-shared-retains.XXXXXX")"
trap 'rm -rf "$work"' EXIT
gcc -O2 -shared -fPIC -o "$work/rc.so" "$here/shared-retains/rc.c" -ldl
RC_OUT="$work/out.txt" LD_PRELOAD="$work/rc.so" "$bin" "$corpus" 1 "" >/dev/null
python3 "$here/shared-retains/report.py" "$work/out.txt" "$top"
