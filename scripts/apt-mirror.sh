# shellcheck shell=bash
# Sourced by deb-test.sh: finds this machine's Debian mirror in its own apt sources, so the clean
# root is fetched from wherever apt already fetches (a local mirror, a proxy-only network).
#   apt_mirror [RELEASE [FILE...]]   prints the first mirror whose sources list RELEASE (default
#                                    bookworm) with component main; exit status 1 when there is none
#   apt_source_entries FILE...       prints each enabled "deb" source as "deb URI SUITE COMPONENT..."
# FILEs default to /etc/apt/sources.list and /etc/apt/sources.list.d/*.list and *.sources (in apt's
# order); both the one-line format and deb822 (Types:/URIs:/Suites:/Components:, Enabled: no) are read.

apt_source_files() {
    local f
    [ -f /etc/apt/sources.list ] && echo /etc/apt/sources.list
    for f in /etc/apt/sources.list.d/*; do
        case $f in *.list | *.sources) [ -f "$f" ] && echo "$f" ;; esac
    done
    return 0
}

apt_source_entries() {
    local f
    for f in "$@"; do
        case $f in
        *.sources) apt_deb822_entries "$f" ;;
        *) apt_oneline_entries "$f" ;;
        esac
    done
}

# "deb [arch=amd64 signed-by=…] URI SUITE COMPONENT…"; options may hold spaces ("[ arch=amd64 ]").
apt_oneline_entries() {
    awk '{ sub(/#.*/, "") }
         $1 == "deb" {
             i = 2
             if ($2 ~ /^\[/) { while (i < NF && $i !~ /\]$/) i++; i++ }
             line = "deb " $i " " $(i + 1)
             for (k = i + 2; k <= NF; k++) line = line " " $k
             print line
         }' "$1"
}

# Paragraphs split by blank lines; "#" lines are comments (even inside a paragraph); a line starting
# with white space continues the field above; field names are case-insensitive.
apt_deb822_entries() {
    awk 'function flush(   n, m, a, b, U, S) {
             if ((" " f["types"] " ") ~ / deb / && tolower(f["enabled"]) != "no") {
                 n = split(f["uris"], U, " "); m = split(f["suites"], S, " ")
                 for (a = 1; a <= n; a++) for (b = 1; b <= m; b++) print "deb " U[a] " " S[b] " " f["components"]
             }
             delete f; key = ""
         }
         /^[ \t]*#/ { next }
         /^[ \t]*$/ { flush(); next }
         /^[ \t]/ { if (key != "") f[key] = f[key] " " $0; next }
         { c = index($0, ":"); key = tolower(substr($0, 1, c - 1)); v = substr($0, c + 1)
           gsub(/^[ \t]+|[ \t]+$/, "", v); f[key] = v }
         END { flush() }' "$1" | awk '{ $1 = $1; print }' # squeeze the white space of folded fields
}

apt_mirror() {
    local release=${1:-bookworm}
    shift || true
    local files=("$@")
    [ ${#files[@]} -gt 0 ] || mapfile -t files < <(apt_source_files)
    [ ${#files[@]} -gt 0 ] || return 1
    # The release itself first; else any mirror of a Debian release (a Debian mirror carries them all).
    apt_source_entries "${files[@]}" | awk -v rel="$release" '
        function main(   k) { for (k = 4; k <= NF; k++) if ($k == "main") return 1; return 0 }
        $2 !~ /^(https?|ftp|file):/ || !main() { next }
        $3 == rel { sub(/\/+$/, "", $2); print $2; found = 1; exit }
        !other && $3 ~ /^(bullseye|bookworm|trixie|forky|duke|sid|oldstable|stable|testing|unstable)$/ {
            other = $2; sub(/\/+$/, "", other)
        }
        END { if (!found && other != "") print other; exit !(found || other != "") }'
}
