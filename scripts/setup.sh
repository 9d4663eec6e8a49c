#!/usr/bin/env bash
# Installs what building and testing Skimmer needs on Debian 12 / Ubuntu, only if missing.
# Sourced by run.sh, test.sh and fuzz.sh; safe to run any number of times.
set -euo pipefail

SKIMMER_PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-tools-dev-tools libqt6sql6-sqlite
    qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libqt6svg6 libgl-dev libsqlite3-dev sqlite3
    desktop-file-utils appstream libeigen3-dev libigraph-dev libsimdjson-dev liblinear-dev zlib1g-dev)
SKIMMER_PACKAGES+=(python3) # scripts/make-corpus.py, for the benchmark
[ -n "${SKIMMER_EXTRA_PACKAGES:-}" ] && read -r -a extra <<<"$SKIMMER_EXTRA_PACKAGES" && SKIMMER_PACKAGES+=("${extra[@]}")

skimmer_missing_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    echo "${missing[@]:-}"
}

skimmer_install() {
    local missing
    missing=$(skimmer_missing_packages "$@")
    [ -z "$missing" ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "skimmer: missing packages: $missing" >&2
        echo "skimmer: this script installs them with apt-get (Debian 12 / Ubuntu); install them by hand here." >&2
        exit 1
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "skimmer: missing packages: $missing — run as root or install sudo." >&2
            exit 1
        fi
    fi
    echo "skimmer: installing $missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

skimmer_install "${SKIMMER_PACKAGES[@]}"
