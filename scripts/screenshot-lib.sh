# shellcheck shell=bash
# Sourced by the screenshot scripts, so each takes its pictures the same way: a private Xvfb of the
# size it needs, a fresh HOME (your own settings and library are never touched), the window found
# and placed by xdotool, the screen captured by ImageMagick. Everything is cleaned up on exit.
#   shot_init                    cd to the checkout, install xvfb/xauth/xdotool/imagemagick when missing
#                                (scripts/setup.sh), check the Release build: $SKIMMER is the binary
#   shot_fresh_home              a new temporary HOME and XDG folders: $SHOT_HOME
#   shot_xvfb WIDTH HEIGHT       starts Xvfb on a free display and exports DISPLAY
#   shot_start [ARGS...]         starts skimmer, waits for its window and focuses it: $SHOT_WIN
#   shot_place WIDTH HEIGHT      sizes the window and moves it to the top left corner
#   shot_capture FILE [WxH]      writes the screen (or its top left WxH) to FILE
#   shot_end                     stops skimmer and Xvfb and removes the HOME (also run on exit)

shot_init() {
    cd "$(dirname "${BASH_SOURCE[0]}")/.."
    SKIMMER_EXTRA_PACKAGES="xvfb xauth xdotool imagemagick" source scripts/setup.sh
    SKIMMER="$PWD/build/release/app/skimmer"
    [ -x "$SKIMMER" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
    trap shot_end EXIT
}

shot_fresh_home() {
    SHOT_HOME=$(mktemp -d)
    export HOME="$SHOT_HOME" XDG_CONFIG_HOME="$SHOT_HOME/.config" XDG_DATA_HOME="$SHOT_HOME/.local/share" \
        XDG_CACHE_HOME="$SHOT_HOME/.cache" XDG_RUNTIME_DIR="$SHOT_HOME/.run"
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
}

# -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
shot_xvfb() {
    local number="$SHOT_HOME/display"
    Xvfb -displayfd 1 -screen 0 "$1x$2x24" -nolisten tcp >"$number" 2>"$SHOT_HOME/xvfb.log" &
    SHOT_XVFB=$!
    for _ in $(seq 100); do
        [ -s "$number" ] && break
        kill -0 "$SHOT_XVFB" 2>/dev/null || { cat "$SHOT_HOME/xvfb.log" >&2; exit 1; }
        sleep 0.1
    done
    DISPLAY=":$(head -1 "$number")"
    export DISPLAY
}

shot_start() {
    "$SKIMMER" "$@" >"$SHOT_HOME/skimmer.log" 2>&1 &
    SHOT_APP=$!
    SHOT_WIN=$(timeout 30 xdotool search --sync --onlyvisible --name Skimmer | head -1) || true
    [ -n "$SHOT_WIN" ] || { echo "no Skimmer window appeared:" >&2; cat "$SHOT_HOME/skimmer.log" >&2; exit 1; }
    xdotool windowfocus --sync "$SHOT_WIN"
}

shot_place() {
    xdotool windowsize "$SHOT_WIN" "$1" "$2" windowmove "$SHOT_WIN" 0 0
    sleep 0.5
}

shot_capture() {
    mkdir -p "$(dirname "$1")"
    if [ -n "${2:-}" ]; then import -window root -crop "$2+0+0" "$1"; else import -window root "$1"; fi
    echo "wrote $1"
}

shot_end() {
    [ -z "${SHOT_APP:-}" ] || { kill "$SHOT_APP" 2>/dev/null; wait "$SHOT_APP" 2>/dev/null; } || true
    [ -z "${SHOT_XVFB:-}" ] || { kill "$SHOT_XVFB" 2>/dev/null; wait "$SHOT_XVFB" 2>/dev/null; } || true
    [ -z "${SHOT_HOME:-}" ] || rm -rf "$SHOT_HOME"
    SHOT_APP="" SHOT_XVFB="" SHOT_HOME=""
}
