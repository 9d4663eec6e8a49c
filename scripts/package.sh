#!/usr/bin/env bash
# Builds the Release tree and the Debian package, then shows its control data and contents.
#   scripts/package.sh            build/release/skimmer_<version>_amd64.deb
#   scripts/package.sh --install  also installs it with dpkg -i and starts `skimmer --version`
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
(cd build/release && cpack)
deb=$(ls -t build/release/skimmer_*.deb | head -1)
dpkg-deb -I "$deb"
dpkg-deb -c "$deb"
if [ "${1:-}" = "--install" ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y "./$deb"
    /usr/bin/skimmer --version
fi
