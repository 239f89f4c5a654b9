#!/usr/bin/env bash
# The main job: the sample corpus to a graph and every export, into OUT.
set -euo pipefail
bin=$1; samples=$2; out=$3
mkdir -p "$out"
echo "main job: nothing to do yet" >&2
