#!/usr/bin/env bash
# The acronym hint under Xvfb, in a fresh HOME: "gnn" typed, the hint "also: graph neural network"
# under the chips and the expansion highlighted in the cards.
#   scripts/screenshot-acronyms.sh [out.png]    (default docs/screenshots/acronym-hint.png)
set -euo pipefail
# shellcheck source=scripts/screenshot-lib.sh
source "$(dirname "$0")/screenshot-lib.sh"
shot_init
out=${1:-docs/screenshots/acronym-hint.png}
shot_fresh_home
shot_xvfb 1400 900
# shellcheck disable=SC2119 # shot_start takes skimmer's arguments, none here
shot_start
shot_place 1400 880
xdotool key ctrl+k
xdotool type --delay 40 "gnn"
sleep 1
shot_capture "$out" 1400x880
