#!/bin/bash
# Measures Allot against raw SQLite at 10,000, 100,000 and 1,000,000 entries, and the window
# offscreen on each budget: one command for the figures in docs/PERFORMANCE.md.
#
#   bash scripts/benchmark.sh [OUTPUT-FOLDER]        (default: bench-results)
#   ENTRIES="10000 100000" bash scripts/benchmark.sh  (other sizes)
#
# Needs what `bash scripts/setup-debian.sh run` installs. Builds a release build in build-bench/
# and writes, per size, the table (bench-N.txt), the JSON (bench-N.json) and the window's figures
# (window-N.txt). A million entries takes about five minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench-results}
entries=${ENTRIES:-"10000 100000 1000000"}

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DALLOT_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench --target allot-bench allot-window-bench
mkdir -p "$out"
for n in $entries; do
    budget="$out/budget-$n.allot"
    ./build-bench/bench/allot-bench --entries "$n" --repeat 5 --db "$budget" \
        --json "$out/bench-$n.json" | tee "$out/bench-$n.txt"
    # The window works on a copy: opening a budget may write to it (checkpoints, settings).
    cp "$budget" "$out/window-$n.allot"
    QT_QPA_PLATFORM=offscreen ./build-bench/bench/allot-window-bench "$out/window-$n.allot" \
        2>/dev/null | tee "$out/window-$n.txt"
    rm -f "$out/window-$n.allot"*
done
echo "Results in $out/"
