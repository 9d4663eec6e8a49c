#!/usr/bin/env bash
# Takes the README and AppStream screenshots under Xvfb: the main window in English and German, the
# shortcut sheet, the dark appearance, and 200% scale (QT_SCALE_FACTOR=2). Needs a Release build
# (scripts/run.sh or scripts/test.sh builds one).
#   scripts/screenshots.sh    writes docs/screenshots/skimmer-{en,de,shortcuts,dark,200}.png
set -euo pipefail
cd "$(dirname "$0")/.."
SKIMMER_EXTRA_PACKAGES="xvfb xdotool imagemagick" source scripts/setup.sh
app="$PWD/build/release/app/skimmer"
out="$PWD/docs/screenshots"
mkdir -p "$out"
[ -x "$app" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }

shoot() { # lang query file [extra xdotool keys] [appearance] [scale]
    local lang=$1 query=$2 file=$3 keys=${4:-} appearance=${5:-system} scale=${6:-1}
    local config width=$((1280 * scale)) height=$((800 * scale))
    config=$(mktemp -d)
    # A fresh configuration, with only the appearance set (View ▸ Appearance saves it here).
    mkdir -p "$config/Skimmer"
    printf '[ui]\nappearance=%s\n' "$appearance" >"$config/Skimmer/Skimmer.conf"
    XDG_CONFIG_HOME=$config XDG_DATA_HOME=$(mktemp -d) QT_SCALE_FACTOR=$scale \
        xvfb-run -a -s "-screen 0 $((width + 100))x$((height + 100))x24" sh -c "
        '$app' --lang $lang & pid=\$!
        win=\$(xdotool search --sync --onlyvisible --name Skimmer | head -1)
        xdotool windowsize \$win $width $height windowmove \$win 0 0
        sleep 1
        xdotool windowfocus --sync \$win
        xdotool key ctrl+k type --delay 40 '$query'
        xdotool key Down Down $keys
        sleep 1
        import -window root -crop ${width}x${height}+0+0 '$out/$file'
        kill \$pid"
    echo "wrote $out/$file"
}

shoot en "graph neural" skimmer-en.png
shoot de "graph neural" skimmer-de.png
shoot en "" skimmer-shortcuts.png "F1"
shoot en "graph neural" skimmer-dark.png "" dark
shoot en "graph neural" skimmer-200.png "" system 2
