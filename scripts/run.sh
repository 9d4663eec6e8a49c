#!/usr/bin/env bash
# Sets up, builds (Release, Ninja) and starts Skimmer on the shipped corpus. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/skimmer "$@"
