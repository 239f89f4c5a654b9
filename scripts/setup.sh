#!/usr/bin/env bash
# Installs what EventGraph needs on Debian/Ubuntu and is quiet when everything is there.
#   libgraphviz-dev pkg-config   build: the Graphviz C library, linked in-process
#   fonts-noto-core              Arabic glyphs for PNG/PDF
#   graphviz libxml2-utils       tests: the `dot` program and xmllint for schema checks
#   python3 networkx igraph      tests and benchmarks: reference implementations
set -euo pipefail

packages=(libgraphviz-dev pkg-config fonts-noto-core graphviz libxml2-utils)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
        echo "setup: need root or sudo to install ${missing[*]} (apt-get install ${missing[*]})" >&2; exit 1
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null; then
    echo "setup: swift is not on PATH; install Swift 6.1 or later (https://swift.org/install)" >&2; exit 1
fi

py_missing=()
python3 -c "import networkx" 2>/dev/null || py_missing+=(networkx)
python3 -c "import igraph" 2>/dev/null || py_missing+=(igraph)
if [ "${#py_missing[@]}" -gt 0 ]; then
    echo "setup: pip installing ${py_missing[*]}" >&2
    python3 -m pip install -q "${py_missing[@]}" 2>&1 | grep -v -i "warning: running pip as" >&2 || true
fi
