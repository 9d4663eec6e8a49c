#!/usr/bin/env bash
# Issue 13: the command line reopens a corpus from its saved index image, never from a stale or
# damaged one; --no-cache writes nothing; --clear-cache empties the cache (with no display).
# Usage: cli_cache.sh SKIMMER CORPUS
set -uo pipefail
skimmer=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export XDG_CACHE_HOME="$dir/cache"
cp "$2" "$dir/corpus.txt"
corpus="$dir/corpus.txt"
images() { find "$XDG_CACHE_HOME" -type f 2>/dev/null | wc -l; }
query() { "$skimmer" --verbose --query "$1" --format json "$corpus"; }

# --no-cache neither reads nor writes.
"$skimmer" --no-cache --verbose --query neural --format json "$corpus" >"$dir/expected" 2>"$dir/err" || fail "--no-cache run"
[ "$(images)" -eq 0 ] || fail "--no-cache wrote $(find "$XDG_CACHE_HOME" -type f)"
grep -q "index image" "$dir/err" && fail "--no-cache talked about an image: $(cat "$dir/err")"
"$skimmer" --no-cache --list --format json "$corpus" >"$dir/list-expected" 2>/dev/null || fail "--no-cache --list"

# A first query parses and saves the image after printing; a second reopens from it, same answer.
query neural >"$dir/out1" 2>"$dir/err" || fail "first query: $(cat "$dir/err")"
cmp -s "$dir/out1" "$dir/expected" || fail "first query differs from --no-cache"
grep -q "saved the index image" "$dir/err" || fail "first query saved no image: $(cat "$dir/err")"
grep -q "reopened" "$dir/err" && fail "first query claims an image"
[ "$(find "$XDG_CACHE_HOME" -name '*.img' | wc -l)" -eq 1 ] || fail "no image file: $(find "$XDG_CACHE_HOME")"
query neural >"$dir/out2" 2>"$dir/err" || fail "second query: $(cat "$dir/err")"
grep -q "reopened “$corpus” from its index image" "$dir/err" || fail "second query did not use the image: $(cat "$dir/err")"
grep -q "saved the index image" "$dir/err" && fail "second query saved again"
cmp -s "$dir/out2" "$dir/expected" || fail "the image answers differently: $(diff "$dir/out2" "$dir/expected" | head)"
"$skimmer" --verbose --list --format json "$corpus" >"$dir/list" 2>"$dir/err" || fail "--list from the image"
grep -q "reopened" "$dir/err" || fail "--list did not use the image"
cmp -s "$dir/list" "$dir/list-expected" || fail "--list from the image differs"
"$skimmer" --facets --format json --corpus "$corpus" >"$dir/facets" || fail "--facets from the image"
[ "$("$skimmer" --no-cache --facets --format json --corpus "$corpus")" = "$(cat "$dir/facets")" ] || fail "--facets differ"

# A modified corpus is never served from the stale image (same size, same modification time too).
stamp=$(stat -c %y "$corpus")
sed -i 's/extrapolate\./extrapolatE./' "$corpus"
touch -d "$stamp" "$corpus"
query extrapolate >"$dir/out3" 2>"$dir/err" || fail "query after the edit"
grep -q "reopened" "$dir/err" && fail "an edited file was served from its old image"
grep -q "changed since its index image was saved" "$dir/err" || fail "the stale image was not noticed: $(cat "$dir/err")"
grep -q "warning" "$dir/err" && fail "a stale image is no damage: $(cat "$dir/err")"
"$skimmer" --no-cache --query extrapolate --format json "$corpus" >"$dir/expected3" 2>/dev/null
cmp -s "$dir/out3" "$dir/expected3" || fail "after the edit: $(diff "$dir/out3" "$dir/expected3" | head)"
printf 'Zed Zulu\nA paper about zymurgy added later.\n' >>"$corpus"
[ "$("$skimmer" --query zymurgy --format count "$corpus" 2>/dev/null)" = 1 ] || fail "an appended paper is not found"

# A damaged image (bytes flipped, then cut short) falls back to parsing with a warning, no crash.
query neural >/dev/null 2>&1
query neural >/dev/null 2>"$dir/err"
grep -q reopened "$dir/err" || fail "no image to damage"
"$skimmer" --no-cache --query neural --format json "$corpus" >"$dir/expected4" 2>/dev/null
image=$(find "$XDG_CACHE_HOME" -name '*.img')
size=$(stat -c %s "$image")
printf 'garbage!' | dd of="$image" bs=1 seek=$((size / 2)) conv=notrunc status=none
query neural >"$dir/out4" 2>"$dir/err" || fail "a damaged image failed the query: $(cat "$dir/err")"
grep -q "warning: the index image of “$corpus” was damaged" "$dir/err" || fail "no warning: $(cat "$dir/err")"
cmp -s "$dir/out4" "$dir/expected4" || fail "a damaged image changed the answer"
grep -q "saved the index image" "$dir/err" || fail "the damaged image was not rebuilt"
image=$(find "$XDG_CACHE_HOME" -name '*.img')
truncate -s 100 "$image"
query neural >"$dir/out5" 2>"$dir/err" || fail "a truncated image failed the query"
grep -q "was damaged" "$dir/err" || fail "no warning for a truncated image"
cmp -s "$dir/out5" "$dir/expected4" || fail "a truncated image changed the answer"

# A pipe has no image.
"$skimmer" --verbose --query neural --format json <(cat "$corpus") >"$dir/out6" 2>"$dir/err" || fail "pipe"
cmp -s "$dir/out6" "$dir/expected4" || fail "a pipe reads differently"
grep -q "index image" "$dir/err" && fail "a pipe got an image: $(cat "$dir/err")"

# --clear-cache says what it freed and leaves nothing, without a display.
[ "$(images)" -ge 1 ] || fail "nothing to clear"
QT_QPA_PLATFORM=xcb DISPLAY= "$skimmer" --clear-cache >"$dir/out" 2>"$dir/err" || fail "--clear-cache: $(cat "$dir/err")"
grep -Eq "^Removed 1 index image(\(s\))? from .*/images, freeing [0-9.]+ [KMG]?i?B\.$" "$dir/out" || fail "--clear-cache said: $(cat "$dir/out")"
[ "$(images)" -eq 0 ] || fail "--clear-cache left $(find "$XDG_CACHE_HOME" -type f)"
QT_QPA_PLATFORM=xcb DISPLAY= "$skimmer" --clear-cache >"$dir/out" || fail "--clear-cache on an empty cache"
grep -q "^Removed 0 index image" "$dir/out" || fail "empty --clear-cache said: $(cat "$dir/out")"
"$skimmer" --help >"$dir/help"
grep -q -- "--no-cache" "$dir/help" || fail "--help lacks --no-cache"
grep -q -- "--clear-cache" "$dir/help" || fail "--help lacks --clear-cache"
echo ok
