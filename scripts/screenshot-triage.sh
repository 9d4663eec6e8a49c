#!/usr/bin/env bash
# Triage mode and the Like sort, by keyboard under Xvfb, over a library made with the command line in
# a fresh HOME (your own library and settings are not touched): a "to read" list of reinforcement
# learning papers, then
#   triage.png     "policy" searched, Ctrl+T, a few papers kept into "to read" and one skipped, so the
#                  progress line counts them
#   like-sort.png  Sort ▸ Like “to read” (Alt+S, 2) with its line of the list's top words
#   scripts/screenshot-triage.sh [outdir]    (default docs/screenshots)
set -euo pipefail
# shellcheck source=scripts/screenshot-lib.sh
source "$(dirname "$0")/screenshot-lib.sh"
shot_init
out=${1:-docs/screenshots}
shot_fresh_home
export SKIMMER_LIBRARY="$SHOT_HOME/library.sqlite"
# shellcheck disable=SC2046 # one argument per id
"$SKIMMER" --add-to-list "to read" $("$SKIMMER" --query "reinforcement learning" --format ids | head -8) >/dev/null 2>&1

shot_xvfb 1400 900
# shellcheck disable=SC2119 # shot_start takes skimmer's arguments, none here
shot_start
shot_place 1400 880
xdotool key ctrl+k
xdotool type --delay 40 "policy"
sleep 0.8
xdotool key Down ctrl+t
sleep 0.5
# The first K asks for the keep list: the picker filters by the typed name, Enter takes it.
xdotool key k
sleep 0.6
xdotool type --delay 40 "to read"
xdotool key Return
sleep 0.5
# Without a window manager nobody gives activation back to the window when the picker closes.
xdotool windowfocus --sync "$SHOT_WIN"
xdotool key s
sleep 0.3
xdotool key k
sleep 0.3
xdotool key k
sleep 0.8
shot_capture "$out/triage.png" 1400x880

# Back to the list, the search cleared (Ctrl+K selects it), the Like sort from the Sort menu.
xdotool key Escape
sleep 0.5
xdotool key ctrl+k
sleep 0.3
xdotool key BackSpace
sleep 0.8
xdotool key alt+s
sleep 0.5
xdotool key 2
sleep 2.5
xdotool key ctrl+2
sleep 0.3
xdotool key Home
sleep 0.8
shot_capture "$out/like-sort.png" 1400x880
