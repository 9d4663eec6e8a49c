#!/usr/bin/env bash
# Proves the .deb installs and starts on a clean Debian 12: builds it (scripts/package.sh), unpacks a
# minbase bookworm root (debootstrap, cached), installs the package there with apt so its Depends are
# resolved from Debian alone (no Recommends), runs the command-line modes, then the GUI under Xvfb.
#   scripts/deb-test.sh             needs root (debootstrap, chroot, mounts) and the network
#   scripts/deb-test.sh --no-build  tests the newest build/release/skimmer_*.deb as it is
# The bookworm root and the downloaded .debs are cached in $SKIMMER_DEB_TEST_CACHE
# (default ~/.cache/skimmer-deb-test); the root is unpacked afresh under build/deb-test each run.
# The GUI screenshot lands in build/deb-test/skimmer-chroot.png. Packages come from this machine's
# own Debian mirror (its apt sources, one-line or deb822; see scripts/apt-mirror.sh) through its apt
# proxy, if it has one; SKIMMER_DEB_TEST_MIRROR overrides the mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "deb-test: run as root (debootstrap, chroot and mount need it)" >&2; exit 1; }
SECONDS=0
step() { printf '\n== [%3ds] %s\n' "$SECONDS" "$*"; }
fail() { echo "deb-test: FAIL: $*" >&2; exit 1; }

cache=${SKIMMER_DEB_TEST_CACHE:-$HOME/.cache/skimmer-deb-test}
# shellcheck source=scripts/apt-mirror.sh
source scripts/apt-mirror.sh
mirror=${SKIMMER_DEB_TEST_MIRROR:-$(apt_mirror bookworm || true)}
[ -n "$mirror" ] || fail "no Debian mirror in this machine's apt sources; set SKIMMER_DEB_TEST_MIRROR=URL"
proxy_conf=$(apt-config dump | grep -i '^Acquire::[a-z]*::Proxy ' || true) # kept for apt inside the root
eval "$(apt-config shell host_http_proxy Acquire::http::Proxy)"
[ -n "${host_http_proxy:-}" ] && export http_proxy=${http_proxy:-$host_http_proxy} # for debootstrap
work="$PWD/build/deb-test"
root="$work/root"
tarball="$cache/bookworm-minbase.tar.gz"
mkdir -p "$cache/archives/partial" "$work"

if [ "${1:-}" != "--no-build" ]; then
    step "building the package"
    scripts/package.sh >"$work/package.log" 2>&1 || { tail -30 "$work/package.log"; fail "scripts/package.sh"; }
fi
deb=$(ls -t build/release/skimmer_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no build/release/skimmer_*.deb (run scripts/package.sh)"
echo "package: $deb"
echo "mirror: $mirror${http_proxy:+ (proxy $http_proxy)}"

mounts=()
cleanup() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mountin() { # type-or-bind source target
    mkdir -p "$3"
    if [ "$1" = bind ]; then mount --bind "$2" "$3"; else mount -t "$1" "$2" "$3"; fi
    mounts+=("$3")
}

# A run killed before its trap leaves /dev bound inside the old root: unmount before deleting anything,
# and never let rm cross into another file system.
fresh_root() {
    local m
    for m in $(awk -v r="$root/" 'index($2, r) == 1 {print $2}' /proc/mounts | sort -r); do umount -l "$m"; done
    if awk -v r="$root/" 'index($2, r) == 1' /proc/mounts | grep -q .; then fail "mounts remain under $root"; fi
    rm -rf --one-file-system "$root"
    mkdir -p "$root"
}

if [ ! -f "$tarball" ]; then
    command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }
    step "debootstrap --variant=minbase bookworm (first run only; cached in $tarball)"
    fresh_root
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log"; fail "debootstrap"; }
    rm -f "$root"/var/cache/apt/archives/*.deb
    tar -C "$root" -czf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
else
    step "unpacking the cached bookworm root"
    fresh_root
    tar -C "$root" -xzf "$tarball"
fi

mountin proc proc "$root/proc"
mountin sysfs sysfs "$root/sys"
mountin bind /dev "$root/dev"
mountin tmpfs tmpfs "$root/dev/shm"
mountin bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The cached root may come from another mirror: apt inside it uses this machine's, and its proxy.
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
rm -f "$root"/etc/apt/sources.list.d/*
[ -z "$proxy_conf" ] || echo "$proxy_conf" >"$root/etc/apt/apt.conf.d/01skimmer-proxy"
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/skimmer-deb-test" # a throwaway root: no fsync per file
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

step "apt-get install ./$(basename "$deb") (Depends only, from Debian)"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$work/install.log" 2>&1 \
    || { tail -30 "$work/install.log"; fail "apt-get install of the package"; }
in_root dpkg-query -W -f='${Package} ${Version}\n' skimmer libqt6gui6 libqt6sql6-sqlite libqt6svg6 2>&1 \
    | sed 's/^/  /'

step "installed files and plugins"
for f in /usr/bin/skimmer /usr/share/applications/io.github.skimmer.Skimmer.desktop \
    /usr/share/metainfo/io.github.skimmer.Skimmer.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.skimmer.Skimmer.svg; do
    [ -f "$root$f" ] || fail "$f is not installed"
done
plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins
for p in sqldrivers/libqsqlite.so imageformats/libqsvg.so iconengines/libqsvgicon.so platforms/libqxcb.so \
    platforms/libqoffscreen.so; do
    [ -f "$root$plugins/$p" ] || fail "plugin $p is not installed (a package is missing from Depends)"
done
missing=$(in_root sh -c "ldd /usr/bin/skimmer $plugins/sqldrivers/libqsqlite.so $plugins/imageformats/libqsvg.so \
    $plugins/iconengines/libqsvgicon.so $plugins/platforms/libqxcb.so" | grep 'not found' || true)
[ -z "$missing" ] || fail "unresolved libraries: $missing"
echo "  binary, desktop file, metainfo, icon, SQLite/SVG/xcb plugins: present, all libraries resolve"

step "command-line modes"
in_root skimmer --help | head -3
in_root skimmer --version
in_root sh -c 'skimmer --list --format tsv | head -3' | cut -c1-100
count=$(in_root skimmer --query graph --format count)
echo "  --query graph --format count: $count"
[ "$count" -gt 0 ] 2>/dev/null || fail "--query graph found nothing: $count"
id=$(in_root sh -c 'skimmer --list --format tsv 2>/dev/null | sed -n 2p | cut -f3') # index, line, id, ...
in_root skimmer --bookmark "$id" || fail "--bookmark $id"
in_root skimmer --add-to-list "to read" "$id" || fail "--add-to-list"
lists=$(in_root skimmer --lists)
echo "  --lists: $lists"
[ "$lists" = "$(printf 'to read\t1')" ] || fail "--lists printed: $lists"
[ "$(in_root skimmer --export-list Bookmarks --format csv | wc -l)" -eq 2 ] || fail "bookmark not stored"

step "GUI on the offscreen platform (before any X package is installed)"
in_root sh -c 'QT_QPA_PLATFORM=offscreen timeout -s INT 4 skimmer >/tmp/offscreen.log 2>&1; echo "exit $?"' \
    | grep -qx 'exit 124' || { cat "$root/tmp/offscreen.log"; fail "skimmer (offscreen) did not keep running"; }

step "GUI under Xvfb (installing xvfb, xauth, imagemagick into the root)"
in_root apt-get install -y -qq --no-install-recommends xvfb xauth imagemagick >"$work/xvfb-install.log" 2>&1 \
    || { tail -20 "$work/xvfb-install.log"; fail "installing xvfb"; }
# Not -a: it looks for free displays in the root's empty /tmp, but X sockets are shared with the host.
in_root xvfb-run -n $((400 + RANDOM % 500)) -s '-screen 0 1280x800x24' sh -c '
    QT_DEBUG_PLUGINS=1 skimmer >/tmp/gui.log 2>&1 & pid=$!
    sleep 6
    import -window root /tmp/skimmer-chroot.png
    if kill -0 $pid; then echo alive; kill $pid; fi
    wait $pid 2>/dev/null || true' >"$work/gui.out" 2>&1 || true
cp "$root/tmp/skimmer-chroot.png" "$work/" 2>/dev/null || true
grep -v '^qt\.core\.\|^ \|^}\|^{' "$root/tmp/gui.log" || true
grep -qx alive "$work/gui.out" || { cat "$work/gui.out"; fail "skimmer did not stay up under Xvfb"; }
# libXcursor is optional (dlopened for themed pointers; without it X core cursors): a Recommends.
if grep -Ei 'could not|driver not loaded|cannot load|not found|failed' "$root/tmp/gui.log" "$root/tmp/offscreen.log" \
    | grep -v '"Xcursor" cannot load'; then
    fail "the GUI reported a missing plugin or library (above)"
fi
# The plugins Qt loads at run time, which dpkg-shlibdeps cannot see: each must have come from Depends.
for p in platforms/libqxcb.so iconengines/libqsvgicon.so imageformats/libqsvg.so sqldrivers/libqsqlite.so; do
    grep -q "$p\" loaded library" "$root/tmp/gui.log" || fail "the window did not load $p"
done
echo "  loaded: xcb platform, SVG icon engine and image plugin, SQLite driver"
echo "  the window stayed up for 6 s; screenshot: $work/skimmer-chroot.png"

step "done: the package installs and starts on a clean Debian 12 (total ${SECONDS}s)"
