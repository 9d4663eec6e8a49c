#!/usr/bin/env bash
# End-to-end checks of the headless library commands on a fresh library file.
# Usage: cli_library.sh SKIMMER CORPUS
set -uo pipefail
skimmer=$1
corpus=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
lib="$dir/library.sqlite"
fail() { echo "FAIL: $*" >&2; exit 1; }
run() { "$skimmer" --library "$lib" --corpus "$corpus" "$@"; }

ids=$("$skimmer" --list --format json "$corpus" | sed -n 's/.*"id": "\([^"]*\)".*/\1/p')
[ "$(echo "$ids" | wc -l)" -eq 3 ] || fail "expected 3 ids from --list, got: $ids"
first=$(echo "$ids" | sed -n 1p)
second=$(echo "$ids" | sed -n 2p)

run --bookmark "$first" "$second" || fail "--bookmark"
run --unbookmark "$second" || fail "--unbookmark"
run --bookmark not-an-id 2>"$dir/err" && fail "--bookmark of an unknown id succeeded"
grep -q "not-an-id" "$dir/err" || fail "unknown id not named: $(cat "$dir/err")"
[ "$(run --export-list Bookmarks --format csv | wc -l)" -eq 2 ] || fail "bookmarks export"

run --add-to-list "to read" $ids >/dev/null || fail "--add-to-list"
run --add-to-list "To Read" "$first" | grep -q "added 0 of 1 papers to “to read”" || fail "re-adding is not idempotent"
[ "$(run --lists)" = "$(printf 'to read\t3')" ] || fail "--lists: $(run --lists)"
run --lists --format json | grep -q '"count": 3' || fail "--lists --format json"

run --export-list "to read" --format json -o "$dir/list.json" || fail "export json"
run --export-list "to read" --format bib | grep -q "@misc{skimmer-$first" || fail "export bib"
run --export-list "to read" --format ris | grep -q "^ID  - $first" || fail "export ris"
run --export-list "to read" --format csljson | grep -q "\"id\": \"$first\"" || fail "export csljson"
run --export-list "to read" --format docx 2>"$dir/err" && fail "unknown export format accepted"
grep -q "ris or csljson" "$dir/err" || fail "unknown format message: $(cat "$dir/err")"
run --export-list "to read" --format md | grep -q "^# to read" || fail "export md"
run --export-list "no such list" 2>/dev/null && fail "exporting a missing list succeeded"

other="$dir/other.sqlite"
"$skimmer" --library "$other" --corpus "$corpus" --import-list "$dir/list.json" | grep -q "3 new" || fail "import"
"$skimmer" --library "$other" --corpus "$corpus" --import-list "$dir/list.json" | grep -q "0 new, 3 already" \
    || fail "second import is not idempotent"
"$skimmer" --library "$other" --export-list "to read" --format json -o "$dir/again.json" || fail "re-export"
cmp -s "$dir/list.json" "$dir/again.json" || fail "JSON round trip differs"

printf 'not a database at all\n' >"$dir/bad.sqlite"
cp "$dir/bad.sqlite" "$dir/bad.orig"
"$skimmer" --library "$dir/bad.sqlite" --lists 2>"$dir/err" && fail "a damaged library was accepted"
grep -q "not a Skimmer library" "$dir/err" || fail "unclear message: $(cat "$dir/err")"
cmp -s "$dir/bad.sqlite" "$dir/bad.orig" || fail "the damaged library was modified"

# "-" reads the ids from standard input (more than a command line holds).
echo "$ids" | run --add-to-list "piped" - | grep -q "added 3 of 3 papers to “piped”" || fail "--add-to-list - (ids on stdin)"
echo "$first" | run --unbookmark - || fail "--unbookmark - (ids on stdin)"
printf '' | run --add-to-list "piped" - 2>"$dir/err" && fail "no ids on stdin was accepted"
grep -q "no paper ids" "$dir/err" || fail "unclear message for no ids: $(cat "$dir/err")"

# --query reads list: and is: terms from the library given by --library (issue 15).
third=$(echo "$ids" | sed -n 3p)
run --add-to-list "B" "$second" >/dev/null || fail "--add-to-list B"
run --bookmark "$first" || fail "--bookmark again"
q() { "$skimmer" --library "$lib" --query "$1" --format ids "$corpus"; }
[ "$(q 'list:"to read" -list:B' | sort)" = "$(printf '%s\n' "$first" "$third" | sort)" ] \
    || fail "list:A -list:B: $(q 'list:"to read" -list:B')"
[ "$(q 'is:starred')" = "$first" ] || fail "is:starred: $(q 'is:starred')"
[ "$(q 'list:b OR is:starred' | sort)" = "$(printf '%s\n' "$first" "$second" | sort)" ] || fail "list:b OR is:starred"
[ "$(q 'is:unread' | wc -l)" -eq 3 ] || fail "is:unread"
[ -z "$(q 'is:read')" ] || fail "is:read in a library with nothing read"
[ -z "$(q 'list:nosuchlist')" ] || fail "a missing list matched papers"
"$skimmer" --library "$dir/bad.sqlite" --query 'is:starred' "$corpus" 2>/dev/null && fail "--query on a damaged library"

SKIMMER_LIBRARY="$dir/env.sqlite" "$skimmer" --corpus "$corpus" --bookmark "$first" || fail "SKIMMER_LIBRARY"
[ -f "$dir/env.sqlite" ] || fail "SKIMMER_LIBRARY was not used"
# "More like my list" on the shipped corpus: 8 graph-neural-network papers rank other GNN papers
# first, explained by their words; "not relevant" votes take papers out and travel with the export.
ml="$dir/more.sqlite"
"$skimmer" --query "graph neural" --format ids >"$dir/gnn.ids" || fail "more-like: query"
gnn=$(head -8 "$dir/gnn.ids")
"$skimmer" --library "$ml" --add-to-list gnn $gnn >/dev/null || fail "more-like: add"
"$skimmer" --library "$ml" --more-like-list gnn -o "$dir/more.txt" || fail "more-like"
head -1 "$dir/more.txt" | grep -q "^# like “gnn”: .*graph" || fail "more-like: top words"
"$skimmer" --library "$ml" --more-like-list gnn --format ids -o "$dir/more.ids" || fail "more-like: ids"
top=$(head -3 "$dir/more.ids")
[ "$(echo "$top" | wc -l)" -eq 3 ] || fail "more-like: ids"
for id in $gnn; do echo "$top" | grep -q "$id" && fail "more-like: a list paper was ranked"; done
"$skimmer" --library "$ml" --more-like-list gnn --format json | grep -q '"topWords"' || fail "more-like: json"
"$skimmer" --library "$ml" --more-like-list gnn --format xml 2>/dev/null; [ $? -eq 2 ] || fail "more-like: bad format"
"$skimmer" --library "$ml" --more-like-list nope 2>/dev/null && fail "more-like: missing list accepted"
"$skimmer" --library "$ml" --not-relevant gnn $(echo "$top" | head -1) | grep -q "1 papers voted" || fail "not-relevant"
"$skimmer" --library "$ml" --more-like-list gnn --format ids | grep -q "$(echo "$top" | head -1)" && fail "a voted paper is still ranked"
"$skimmer" --library "$ml" --export-list gnn --format json | grep -A1 '"notRelevant"' | grep -q "$(echo "$top" | head -1)" \
    || fail "votes not in the export"
"$skimmer" --library "$ml" --not-relevant gnn not-an-id 2>/dev/null && fail "not-relevant: unknown id accepted"

echo "cli_library: all checks passed"
