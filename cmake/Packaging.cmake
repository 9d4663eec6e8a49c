# CPack: a Debian package that installs and starts on a clean Debian 12.
# dpkg-shlibdeps finds the Qt libraries the binary links; the plugins Qt loads at run time are not
# visible to it, so the packages holding them are named here: the platform plugin (xcb), the SVG
# image and icon-engine plugins, and the SQLite driver.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "skimmer")
set(CPACK_PACKAGE_VENDOR "The Skimmer developers")
set(CPACK_PACKAGE_CONTACT "The Skimmer developers <skimmer@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Skimmer is a fast, keyboard-first reader for collections of research-paper abstracts.\n Open a plain-text corpus, type a few words and the list narrows as you type.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/skimmer/skimmer")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libigraph3: the map's Leiden clusters (Eigen, the other map dependency, is header-only: compiled in);
# libsimdjson14 and zlib1g: the arXiv reader and gzip-compressed corpora; liblinear4: "more like my list".
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libigraph3 (>= 0.10), libsimdjson14 (>= 3.0), liblinear4 (>= 2.3), zlib1g")
# libxcursor1: the xcb plugin dlopens it for themed mouse pointers (scripts/deb-test.sh saw it missing
# on a minbase system; without it the pointer falls back to X's core cursors).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, libxcursor1")
set(CPACK_STRIP_FILES ON)
include(CPack)
