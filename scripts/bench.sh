#!/usr/bin/env bash
# Sets up, builds (Release) and runs the benchmark; the Markdown tables go to stdout.
#   scripts/bench.sh                 434, 10k and 100k records
#   scripts/bench.sh 434 10k 100k 1M  1M needs about 1.4 GB of disk for the corpus (plus its FTS5
#                                     table) and a few GB of memory
# Then the shipped corpus's time to a painted window (skimmer-startup-bench, fresh processes).
# Generated corpora and FTS5 tables are cached in $SKIMMER_BENCH_CACHE (default ~/.cache/skimmer-bench).
# Extra options (--repeat N, --no-proxy, --no-fts5) go to skimmer-bench; see skimmer-bench --help.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release --target skimmer-bench skimmer-startup-bench >&2
build/release/bench/skimmer-bench --cache "${SKIMMER_BENCH_CACHE:-$HOME/.cache/skimmer-bench}" "$@"
# Without a display, the window paints on the offscreen platform.
[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
build/release/bench/skimmer-startup-bench --runs 5 2>/dev/null
