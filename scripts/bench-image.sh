#!/usr/bin/env bash
# Cold load against reopening from the saved index image, end to end on the command line: for each
# corpus, 3 runs of `skimmer --no-cache --query Q --format count` (parse + index), one first run that
# also writes the image (after printing), then 3 runs that reopen from it. Prints the medians of wall
# time, CPU time (user + system) and peak RSS, the image's write time and size, and the load average.
#   scripts/bench-image.sh SKIMMER FILE...      e.g. build/release/app/skimmer ~/.cache/skimmer-bench/*.jsonl
set -euo pipefail
skimmer=$1
shift
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export XDG_CACHE_HOME=$cache QT_QPA_PLATFORM=offscreen
query="graph neural"
median() { sort -g | sed -n 2p; } # of three
# Runs the command; appends "wall cpu rss_mb" to $out.
timed() {
    /usr/bin/time -f "%e %U %S %M" -o "$cache/time" "$@" >/dev/null 2>>"$cache/err"
    awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$cache/time" >>"$out"
}
column() { awk -v c="$1" '{ print $c }' "$2" | median; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| corpus | file | cold: wall s | cold: CPU s | cold: peak RSS MB | image write s | image size | reopen: wall s | reopen: CPU s | reopen: peak RSS MB | reopen ÷ cold (wall) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for file in "$@"; do
    "$skimmer" --clear-cache >/dev/null
    cat "$file" >/dev/null # the file in the page cache for every run alike
    out="$cache/cold" && : >"$out"
    for _ in 1 2 3; do timed "$skimmer" --no-cache --query "$query" --format count "$file"; done
    : >"$cache/err"
    out="$cache/first" && : >"$out"
    timed "$skimmer" --verbose --query "$query" --format count "$file"
    write_ms=$(sed -n 's/.*saved the index image .* in \([0-9]*\) ms/\1/p' "$cache/err")
    image=$(find "$cache" -name '*.img')
    out="$cache/warm" && : >"$out"
    for _ in 1 2 3; do timed "$skimmer" --query "$query" --format count "$file"; done
    size=$(du -m "$file" | cut -f1)
    cold=$(column 1 "$cache/cold") warm=$(column 1 "$cache/warm")
    printf "| %s | %s MB | %s | %s | %s | %.1f | %s MB | %s | %s | %s | %.2f |\n" "$(basename "$file")" "$size" \
        "$cold" "$(column 2 "$cache/cold")" "$(column 3 "$cache/cold")" "$(echo "$write_ms / 1000" | bc -l)" \
        "$(du -m "$image" | cut -f1)" "$warm" "$(column 2 "$cache/warm")" "$(column 3 "$cache/warm")" \
        "$(echo "$warm / $cold" | bc -l)"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
