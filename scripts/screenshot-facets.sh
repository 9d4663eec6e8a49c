#!/usr/bin/env bash
# Drives the window under Xvfb (xdotool) into a facet state and takes a screenshot: Sergey Levine
# included, Benjamin Eysenbach excluded, a query typed over them.
#   scripts/screenshot-facets.sh [out.png]    (default docs/screenshots/facets.png)
set -euo pipefail
# shellcheck source=scripts/screenshot-lib.sh
source "$(dirname "$0")/screenshot-lib.sh"
shot_init
out=${1:-docs/screenshots/facets.png}
shot_fresh_home
shot_xvfb 1400 900
# shellcheck disable=SC2119 # shot_start takes skimmer's arguments, none here
shot_start
shot_place 1400 880
xdotool key --window "$SHOT_WIN" ctrl+shift+a
sleep 0.3
xdotool type --delay 60 "levine"
xdotool key Down
xdotool key space
sleep 0.3
xdotool key ctrl+shift+a
xdotool type --delay 60 "eysen"
xdotool key Down
xdotool key shift+Return
sleep 0.3
xdotool key ctrl+shift+a BackSpace
sleep 0.2
xdotool key Down Down Down
xdotool key Escape
xdotool type --delay 60 "learn"
sleep 1
shot_capture "$out"
