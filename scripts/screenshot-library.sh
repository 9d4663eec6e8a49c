#!/usr/bin/env bash
# A library in use, by keyboard under Xvfb: stars in the list, the lists panel with counts, a list
# scope with notes, and the Ctrl+L picker. The library is made with the command line in the fresh
# HOME (your own library and settings are not touched):
#   scripts/screenshot-library.sh [out.png]    (default docs/screenshots/library.png)
set -euo pipefail
# shellcheck source=scripts/screenshot-lib.sh
source "$(dirname "$0")/screenshot-lib.sh"
shot_init
out=${1:-docs/screenshots/library.png}
shot_fresh_home
TMP=$SHOT_HOME
export SKIMMER_LIBRARY="$TMP/library.sqlite"

# Stars on a few papers, a "to read" list, and a reading-group list with a note on most entries (made
# as a user moving a list between machines would: a JSON export, edited, imported under a new name).
GRAPH_IDS=$("$SKIMMER" --query "graph neural" --format ids | head -5)
# shellcheck disable=SC2046,SC2086 # one argument per id
"$SKIMMER" --bookmark $(echo "$GRAPH_IDS" | head -3) >/dev/null 2>&1
# shellcheck disable=SC2046
"$SKIMMER" --add-to-list "to read" $("$SKIMMER" --query "contrastive" --format ids | head -6) >/dev/null 2>&1
# shellcheck disable=SC2086
"$SKIMMER" --add-to-list "draft" $GRAPH_IDS >/dev/null 2>&1
"$SKIMMER" --export-list "draft" --format json -o "$TMP/group.json" 2>/dev/null
python3 - "$TMP/group.json" <<'PY'
import json, sys
path = sys.argv[1]
doc = json.load(open(path))
notes = ["Week 1: start here, why DAGs need their own GNN.", "Spectral view; compare with week 1.",
         "Tabular + graph: bring questions on the GBDT part.", "", "Skim only the MLP separation result."]
for entry, note in zip(doc["entries"], notes):
    entry["note"] = note
doc["name"] = "GNN reading group"
json.dump(doc, open(path, "w"))
PY
"$SKIMMER" --import-list "$TMP/group.json" >/dev/null 2>&1

shot_xvfb 1400 900
# shellcheck disable=SC2119 # shot_start takes skimmer's arguments, none here
shot_start
shot_place 1400 880
# The lists panel (Ctrl+4): "GNN reading group" is the second list by name; then the paper list
# (Ctrl+2), the second paper, and the Ctrl+L picker with a name typed.
xdotool key ctrl+4
sleep 0.3
xdotool key Home Down
sleep 0.5
xdotool key ctrl+2 Down
sleep 0.5
xdotool key ctrl+l
sleep 0.5
xdotool type --delay 60 "to re"
sleep 0.8
shot_capture "$out"
