#!/usr/bin/env bash
# --query with cluster: terms reads the same map as --map-json (and the window), computed once and kept
# in the cache: the counts equal the map's cluster sizes, the papers are that cluster's, an unknown
# cluster is refused with a message, and a second run reads the kept map.
set -euo pipefail
skimmer=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME=$tmp/cache
"$skimmer" --map-json "$tmp/map.json" >/dev/null 2>&1
read -r size1 ids1 < <(python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
ids = sorted(p["id"] for p in m["papers"] if p["cluster"] == 1)
print(len(ids), ",".join(ids))' "$tmp/map.json")
count=$("$skimmer" --query cluster:1 --format count)
[ "$count" = "$size1" ] || { echo "cluster:1 counted $count, the map says $size1"; exit 1; }
ls "$XDG_CACHE_HOME"/Skimmer/Skimmer/maps/*.map >/dev/null || { echo "no map kept in the cache"; exit 1; }
ids=$("$skimmer" --query cluster:1 --format ids | sort | paste -sd,)
[ "$ids" = "$ids1" ] || { echo "cluster:1 papers differ from the map's"; exit 1; }
rest=$("$skimmer" --query "-cluster:1" --format count)
all=$("$skimmer" --query "" --format count)
[ $((rest + count)) = "$all" ] || { echo "-cluster:1 ($rest) + cluster:1 ($count) != $all"; exit 1; }
if "$skimmer" --query cluster:9999 --format count 2>"$tmp/err"; then echo "cluster:9999 accepted"; exit 1; fi
grep -q "no cluster 9999 at level 1" "$tmp/err" || { cat "$tmp/err"; exit 1; }
echo ok
