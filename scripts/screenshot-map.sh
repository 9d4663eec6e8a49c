#!/usr/bin/env bash
# The paper map's README screenshots under Xvfb: the shipped corpus's map (View ▸ Map, F8) with a
# query dimming the papers it does not match, in the light and the dark appearance.
#   scripts/screenshot-map.sh    writes docs/screenshots/map-{light,dark}.png
set -euo pipefail
# shellcheck source=scripts/screenshot-lib.sh
source "$(dirname "$0")/screenshot-lib.sh"
shot_init
out="$PWD/docs/screenshots"

shoot() { # appearance query file
    local appearance=$1 query=$2 file=$3 width=1400 height=900
    shot_fresh_home
    mkdir -p "$XDG_CONFIG_HOME/Skimmer"
    printf '[ui]\nappearance=%s\n' "$appearance" >"$XDG_CONFIG_HOME/Skimmer/Skimmer.conf"
    shot_xvfb $((width + 100)) $((height + 100))
    shot_start
    shot_place "$width" "$height"
    sleep 0.5
    xdotool windowfocus --sync "$SHOT_WIN"
    xdotool key ctrl+k type --delay 40 "$query"
    sleep 2 # the map is computed in the background (~0.5 s for the shipped corpus)
    xdotool key F8
    sleep 1
    shot_capture "$out/$file" "${width}x${height}"
    shot_end
}

shoot light "privacy" map-light.png
shoot dark "privacy" map-dark.png
