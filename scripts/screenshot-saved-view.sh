#!/usr/bin/env bash
# Saved views by keyboard under Xvfb: three views saved with Ctrl+Alt+S (a query; a query over the
# unread papers; a query sorted by first author), everything cleared, the first recalled with
# Ctrl+Alt+1, and the Views menu open (Alt+W). A fresh HOME and library:
#   scripts/screenshot-saved-view.sh [out.png]    (default docs/screenshots/saved-view.png)
set -euo pipefail
# shellcheck source=scripts/screenshot-lib.sh
source "$(dirname "$0")/screenshot-lib.sh"
shot_init
out=${1:-docs/screenshots/saved-view.png}
shot_fresh_home
export SKIMMER_LIBRARY="$SHOT_HOME/library.sqlite"
# 40 papers marked read (a list exported, marked read in the JSON, imported), so "Unread" narrows.
# shellcheck disable=SC2046
"$SKIMMER" --add-to-list "done" $("$SKIMMER" --query "learning" --format ids | head -40) >/dev/null 2>&1
"$SKIMMER" --export-list "done" --format json -o "$SHOT_HOME/done.json" 2>/dev/null
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); [e.update(read=True) for e in d["entries"]]; json.dump(d, open(sys.argv[1], "w"))' "$SHOT_HOME/done.json"
"$SKIMMER" --import-list "$SHOT_HOME/done.json" >/dev/null 2>&1

shot_xvfb 1400 900
# shellcheck disable=SC2119
shot_start
shot_place 1400 880

save_view() { # NAME: Ctrl+Alt+S, the name in its dialog (focused by hand: there is no WM), Enter
    xdotool key ctrl+alt+s
    local dialog
    dialog=$(timeout 10 xdotool search --sync --onlyvisible --name "Save Current View" | head -1)
    xdotool windowfocus --sync "$dialog"
    xdotool key ctrl+a
    xdotool type --delay 40 "$1"
    xdotool key Return
    sleep 0.5
    xdotool windowfocus --sync "$SHOT_WIN"
}
xdotool key ctrl+f
xdotool type --delay 40 "graph neural"
sleep 0.6
save_view "Graph neural networks"
# Unread as the scope (Ctrl+4 lands on the scopes; End picks the last), then a query.
xdotool key ctrl+4
sleep 0.3
xdotool key End
sleep 0.5
xdotool key ctrl+f
xdotool type --delay 40 "learning"
sleep 0.6
save_view "Unread learning"
# Esc twice clears the query and every filter (the scope too); then a query sorted by first author.
xdotool key ctrl+f Escape Escape
sleep 0.3
xdotool type --delay 40 "bandit"
sleep 0.4
xdotool key alt+s f   # Sort > By First Author
sleep 0.5
save_view "Bandits by author"
# Clear everything, then bring the second view back and show the menu.
xdotool key alt+s r   # Sort > By Relevance
xdotool key ctrl+f Escape Escape
sleep 0.5
xdotool key ctrl+alt+2
sleep 1.0
xdotool key alt+w
sleep 0.8
shot_capture "$out"
