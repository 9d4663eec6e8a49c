#!/usr/bin/env bash
# Takes the README and AppStream screenshots under Xvfb: the main window in English and German, the
# shortcut sheet, the dark appearance, and 200% scale (QT_SCALE_FACTOR=2), at the default window size
# (1200×760). Needs a Release build (scripts/run.sh or scripts/test.sh builds one).
#   scripts/screenshots.sh    writes docs/screenshots/skimmer-{en,de,shortcuts,dark,200}.png
set -euo pipefail
# shellcheck source=scripts/screenshot-lib.sh
source "$(dirname "$0")/screenshot-lib.sh"
shot_init
out="$PWD/docs/screenshots"

shoot() { # lang query file [extra xdotool keys] [appearance] [scale]
    local lang=$1 query=$2 file=$3 keys=${4:-} appearance=${5:-system} scale=${6:-1}
    local width=$((1200 * scale)) height=$((760 * scale)) # the default window size
    shot_fresh_home
    # A fresh configuration, with only the appearance set (View ▸ Appearance saves it here).
    mkdir -p "$XDG_CONFIG_HOME/Skimmer"
    printf '[ui]\nappearance=%s\n' "$appearance" >"$XDG_CONFIG_HOME/Skimmer/Skimmer.conf"
    shot_xvfb $((width + 100)) $((height + 100))
    QT_SCALE_FACTOR=$scale shot_start --lang "$lang"
    shot_place "$width" "$height"
    sleep 0.5
    xdotool windowfocus --sync "$SHOT_WIN"
    xdotool key ctrl+k type --delay 40 "$query"
    # shellcheck disable=SC2086 # the keys are separate words
    xdotool key Down Down $keys
    sleep 1
    shot_capture "$out/$file" "${width}x${height}"
    shot_end
}

shoot en "graph neural" skimmer-en.png
shoot de "graph neural" skimmer-de.png
shoot en "" skimmer-shortcuts.png "F1"
shoot en "graph neural" skimmer-dark.png "" dark
shoot en "graph neural" skimmer-200.png "" system 2
