#!/usr/bin/env bash
# Runs the library crash test with many more SIGKILLs than the normal suite.
#   scripts/crash-test.sh [RUNS]     default 1000
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1000}"
source scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release --target tst_librarycrash library_crash_helper
SKIMMER_CRASH_RUNS="$runs" QT_QPA_PLATFORM=offscreen build/release/tests/models/library/tst_librarycrash
