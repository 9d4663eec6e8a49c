#!/usr/bin/env bash
# Takes the README and AppStream screenshots under Xvfb: the main window in English and German, and
# the shortcut sheet. Needs a Release build (scripts/run.sh or scripts/test.sh builds one).
#   scripts/screenshots.sh    writes docs/screenshots/skimmer-{en,de,shortcuts}.png
set -euo pipefail
cd "$(dirname "$0")/.."
SKIMMER_EXTRA_PACKAGES="xvfb xdotool imagemagick" source scripts/setup.sh
app="$PWD/build/release/app/skimmer"
out="$PWD/docs/screenshots"
mkdir -p "$out"
[ -x "$app" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }

shoot() { # lang query file [extra xdotool keys]
    local lang=$1 query=$2 file=$3 keys=${4:-}
    XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d) xvfb-run -a -s '-screen 0 1400x900x24' sh -c "
        '$app' --lang $lang & pid=\$!
        win=\$(xdotool search --sync --onlyvisible --name Skimmer | head -1)
        xdotool windowsize \$win 1280 800 windowmove \$win 0 0
        sleep 1
        xdotool windowfocus --sync \$win
        xdotool key ctrl+k type --delay 40 '$query'
        xdotool key Down Down $keys
        sleep 1
        import -window root -crop 1280x800+0+0 '$out/$file'
        kill \$pid"
    echo "wrote $out/$file"
}

shoot en "graph neural" skimmer-en.png
shoot de "graph neural" skimmer-de.png
shoot en "" skimmer-shortcuts.png "F1"
