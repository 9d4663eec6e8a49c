#!/usr/bin/env bash
# Issue 17: hostile and unlucky inputs on the command line, end to end.
# Usage: cli_hostile.sh SKIMMER CORPUS
set -uo pipefail
skimmer=$1
corpus=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
lib="$dir/library.sqlite"
fail() { echo "FAIL: $*" >&2; exit 1; }
run() { "$skimmer" --library "$lib" --corpus "$corpus" "$@"; }
first=$("$skimmer" --list --format ids "$corpus" | head -1)

# Finding 8: many unknown ids give a count and the first few, the same way in every command.
seq -f "junk%.0f" 1 200000 >"$dir/junk"
for command in "--bookmark" "--unbookmark" "--add-to-list=piped"; do
    run "$command" - <"$dir/junk" 2>"$dir/err" >/dev/null && fail "$command accepted 200000 unknown ids"
    grep -q "200000 ids, the first 5: junk1 junk2 junk3 junk4 junk5 — nothing was changed" "$dir/err" \
        || fail "$command: unclear message: $(head -c 300 "$dir/err")"
    [ "$(wc -c <"$dir/err")" -lt 400 ] || fail "$command: the message repeats the ids ($(wc -c <"$dir/err") bytes)"
done
(echo "$first"; echo junk1) | run --bookmark - 2>/dev/null && fail "a known id with an unknown one was accepted"
[ "$(run --export-list Bookmarks --format csv | wc -l)" -eq 1 ] || fail "something was bookmarked after a refusal"
printf '{"format": "skimmer-list", "version": 1, "name": "many", "entries": [' >"$dir/many.json"
seq -f '{"id": "missing%.0f"},' 1 50000 | sed '$ s/,$//' >>"$dir/many.json"
printf ']}\n' >>"$dir/many.json"
run --import-list "$dir/many.json" >"$dir/out" 2>&1 || fail "--import-list: $(head -c 300 "$dir/out")"
grep -q "not in this corpus (kept): 50000 ids, the first 5: missing1" "$dir/out" || fail "import summary: $(head -c 300 "$dir/out")"
[ "$(wc -c <"$dir/out")" -lt 400 ] || fail "import summary lists every id"

# Finding 11: arguments are checked before the library file is touched; clear messages for odd paths.
"$skimmer" --library "$dir/new.sqlite" --lists --format nonsense 2>/dev/null && fail "--format nonsense accepted"
[ -e "$dir/new.sqlite" ] && fail "the library was created before the format was refused"
"$skimmer" --library '' --lists 2>"$dir/err" && fail "an empty library path was accepted"
grep -q "the path is empty" "$dir/err" || fail "empty path: $(cat "$dir/err")"
ln -s /dev/zero "$dir/zero.sqlite"
"$skimmer" --library "$dir/zero.sqlite" --lists 2>"$dir/err" && fail "a device was accepted as a library"
grep -q "not a regular file" "$dir/err" || fail "device library: $(cat "$dir/err")"
[ -e "$dir/zero.sqlite-journal" ] && fail "a journal was left next to a device"

# Finding 12: a list name with a line break stays on its line.
run --add-to-list "$(printf 'two\nlines')" "$first" >"$dir/out" || fail "--add-to-list with a newline"
grep -q 'two\\nlines' "$dir/out" || fail "the name is not escaped in the summary: $(cat "$dir/out")"
run --lists | grep -qxF "$(printf 'two\\nlines\t1')" || fail "--lists does not escape: $(run --lists | od -c | head)"
[ "$(run --lists | wc -l)" -eq 2 ] || fail "--lists: a name spans lines"
printf 'Ann Lee\nAn \033[31mabstract\033[0m with\ttabs and a \001 bell.\n' >"$dir/escape.txt"
for format in text tsv; do
    "$skimmer" --list --format $format "$dir/escape.txt" | grep -q $'\033' && fail "--list --format $format passes ESC through"
done
"$skimmer" --list --format tsv "$dir/escape.txt" | grep -q '\\x1b\[31mabstract' || fail "tsv: ESC not shown escaped"

# Findings 3 and 6: devices are refused at once; UTF-16 with a byte-order mark is read.
timeout 10 "$skimmer" --list /dev/zero 2>"$dir/err" && fail "/dev/zero was accepted"
grep -q "is a device" "$dir/err" || fail "/dev/zero: $(head -c 300 "$dir/err")"
printf '\xff\xfe' >"$dir/utf16.txt"
iconv -f UTF-8 -t UTF-16LE "$corpus" >>"$dir/utf16.txt"
[ "$("$skimmer" --list --format ids "$dir/utf16.txt")" = "$("$skimmer" --list --format ids "$corpus")" ] \
    || fail "UTF-16 with a BOM reads differently"
# Finding 4: a pipe still works as cat would read it.
[ "$("$skimmer" --list --format ids <(cat "$corpus"))" = "$("$skimmer" --list --format ids "$corpus")" ] \
    || fail "a pipe reads differently"
echo "cli_hostile: all checks passed"
