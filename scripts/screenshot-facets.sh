#!/bin/sh
# Drives the window under Xvfb (xdotool) into a facet state and takes a screenshot:
#   xvfb-run -a -s "-screen 0 1400x900x24" scripts/screenshot-facets.sh [out.png]
cd "$(dirname "$0")/.."
for tool in xdotool import; do
    command -v "$tool" >/dev/null || { echo "screenshot-facets.sh needs xvfb, xdotool and imagemagick ($tool is missing)" >&2; exit 1; }
done
build/release/app/skimmer >/tmp/skimmer-shot.log 2>&1 &
APP=$!
sleep 3
W=$(xdotool search --sync --onlyvisible --name Skimmer | head -1)
xdotool windowfocus --sync $W
xdotool windowsize $W 1400 880
xdotool windowmove $W 0 0
sleep 0.5
xdotool key --window $W ctrl+shift+a
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
import -window root "${1:-docs/screenshots/facets.png}"
kill $APP
