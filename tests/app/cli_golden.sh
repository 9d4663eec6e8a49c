#!/usr/bin/env bash
# Usage: cli_golden.sh SKIMMER INPUT GOLDEN — `--list --format json INPUT` must print GOLDEN exactly.
set -euo pipefail
out=$("$1" --list --format json "$2" 2>/dev/null)
if ! diff -u "$3" <(printf '%s\n' "$out"); then
    echo "cli_golden: $2 differs from $3" >&2
    exit 1
fi
