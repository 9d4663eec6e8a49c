#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite through CTest.
#   scripts/test.sh          Release build
#   scripts/test.sh --asan   the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")/.."
preset=release
for arg in "$@"; do
    case "$arg" in
        --asan) preset=asan ;;
        *) echo "usage: scripts/test.sh [--asan]" >&2; exit 2 ;;
    esac
done
source scripts/setup.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
ctest --test-dir "build/$preset" --output-on-failure -j2

# The benchmark once at 10k records, so it cannot rot: fails on errors (a corpus that does not
# parse, an FTS5 error, a crash), never on timings. Release builds only.
if [ "$preset" = release ]; then
    build/release/bench/skimmer-bench --cache build/release/bench-cache --repeat 1 10k >/dev/null
    echo "benchmark smoke run at 10k records: ok"
fi
