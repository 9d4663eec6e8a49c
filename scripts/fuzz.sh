#!/usr/bin/env bash
# Fuzzes the parsers with libFuzzer (clang-14), each target under ASan+UBSan with its own input
# size bound and seeds shaped for it. A crash, timeout or leak fails the script and leaves the
# input in build/fuzz/artifacts/: add it to tests/data/fuzz-regressions/ so the test suite replays it.
#   scripts/fuzz.sh [SECONDS]          each target SECONDS (default 60) from fresh seeds (what CI runs)
#   scripts/fuzz.sh --keep [SECONDS]   the same, continuing from the corpora earlier runs grew
#   scripts/fuzz.sh --long [HOURS]     HOURS per target (default 1) in a throughput build without
#                                      ASan (about twice the executions), keeping the grown corpora,
#                                      then every input of them replayed once under ASan+UBSan
set -euo pipefail
cd "$(dirname "$0")/.."
mode=ci
case "${1:-}" in
--keep) mode=keep; shift ;;
--long) mode=long; shift ;;
esac
if [ "$mode" = long ]; then
    seconds=$(( ${1:-1} * 3600 ))
else
    seconds="${1:-60}"
fi
SKIMMER_EXTRA_PACKAGES="clang-14 libclang-rt-14-dev"
source scripts/setup.sh

configure() { # build-dir [sanitizers]
    local compile="-fsanitize=fuzzer-no-link" link=""
    if [ -n "${2:-}" ]; then
        compile="$compile,$2 -fno-sanitize-recover=undefined"
        link="-fsanitize=$2"
    fi
    cmake -S . -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
        -DCMAKE_CXX_FLAGS="$compile" -DCMAKE_EXE_LINKER_FLAGS="$link" \
        -DSKIMMER_BUILD_GUI=OFF -DSKIMMER_BUILD_TESTS=OFF -DSKIMMER_BENCH=OFF -DSKIMMER_FUZZ=ON >/dev/null
    cmake --build "$1" --target fuzzers
}
asan="$PWD/build/fuzz"
configure "$asan" "address,undefined"
run_build=$asan
if [ "$mode" = long ]; then
    run_build="$PWD/build/fuzz-fast"
    configure "$run_build"
fi

# Seeds per target: a few records of short lines each for the parser, one sentence with TeX (or a hand-made
# nesting or dollar case) each for TeX, one short query each for the query parser.
seeds="$asan/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"/{fuzz_corpusparser,fuzz_texconverter,fuzz_queryparser} "$asan/artifacts"
cut -c1-100 resources/corpus/iclr2021-abstracts.txt | split -l 9 -d -a 3 - "$seeds/fuzz_corpusparser/slice-"
cp tests/data/fuzz-regressions/* "$seeds/fuzz_corpusparser/"
# TeX: the sentences of the shipped abstracts that hold TeX (183 characters on average; whole
# abstracts were 1,165 of mostly prose, which the parser skips), and the made cases, two of them
# past the 2,000-character math window.
grep -E '\$|\\' resources/corpus/iclr2021-abstracts.txt | grep -oE '[^.]*(\$|\\)[^.]*\.?' | awk '!seen[$0]++ && n++ < 120' \
    | split -l 1 -d -a 3 - "$seeds/fuzz_texconverter/sentence-"
split -l 1 -d -a 3 tests/fuzz/seeds/tex.txt "$seeds/fuzz_texconverter/made-"
split -l 1 -d -a 3 tests/fuzz/seeds/queries.txt "$seeds/fuzz_queryparser/query-"
# The readers of other formats (each forced to its format): the fixtures of that format (plain and
# gzip), each also cut into short pieces, since -max_len cuts a seed at its start anyway.
seed_reader() { # reader fixture-glob...
    local dir="$seeds/fuzz_$1" f; shift
    mkdir -p "$dir"
    for f in "$@"; do
        [ -f "$f" ] || continue
        cp "$f" "$dir/"
        case "$f" in *.gz) ;; *) split -C 600 -d -a 3 "$f" "$dir/$(basename "$f")-piece-" ;; esac
    done
}
seed_reader arxivreader tests/data/formats/arxiv.jsonl*
seed_reader bibtexreader tests/data/formats/bibtex.bib*
seed_reader risreader tests/data/formats/ris.ris*
seed_reader csljsonreader tests/data/formats/csl.json*
seed_reader openreviewreader tests/data/formats/openreview-*
# The image reader: images of the fixtures (a few KB each), written by the build's image_seeds.
"$asan/tests/fuzz/image_seeds" "$seeds/fuzz_indeximage" tests/data/formats/*.txt tests/data/formats/*.jsonl \
    tests/data/formats/*.bib tests/data/formats/*.ris tests/data/formats/csl.json tests/data/library/corpus.txt
max_len() {
    case "$1" in
    fuzz_indeximage) echo 16384 ;;  # the largest seed image whole: a mutation anywhere in the layout
    fuzz_queryparser) echo 256 ;;   # a query as typed
    fuzz_texconverter) echo 2048 ;; # past the nesting bound (64 levels) and the 2,000-character math window
    *) echo 1024 ;;                 # a few records of short lines: every rule of the format

    esac
}

# A small quarantine: ASan's default 256 MB of freed memory made every input touch fresh pages (page
# faults were a seventh of the TeX target's time) and RSS climb toward the limit; inputs are short,
# so a use after free is still caught.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:malloc_context_size=10:quarantine_size_mb=16"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for target in "$asan"/tests/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] || continue
    name=$(basename "$target")
    corpus="$asan/corpus-$name"
    [ "$mode" = ci ] && rm -rf "$corpus"
    mkdir -p "$corpus" "$seeds/$name" # a target without seeds of its own starts from nothing
    echo "fuzz: $name for ${seconds}s ($( [ "$mode" = long ] && echo "without ASan" || echo "ASan+UBSan"))"
    # Run in the artifacts folder with an absolute prefix: crashes, timeouts, leaks and slow units
    # (-report_slow_units) all land there, never in the working tree.
    if ! (cd "$asan/artifacts" && "$run_build/tests/fuzz/$name" "$corpus" "$seeds/$name" -max_total_time="$seconds" \
        -max_len="$(max_len "$name")" -timeout=10 -report_slow_units=2 -rss_limit_mb=2048 \
        -artifact_prefix="$asan/artifacts/$name-" -print_final_stats=1) >"$asan/$name.log" 2>&1; then
        echo "fuzz: $name found a problem; see $asan/$name.log and $asan/artifacts/" >&2
        tail -40 "$asan/$name.log" >&2
        status=1
        continue
    fi
    grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" "$asan/$name.log" | tr '\n' ' '
    echo
    if [ "$mode" = long ]; then # what the fast build found, checked once under the sanitizers
        echo "fuzz: replaying $(ls "$corpus" | wc -l) inputs of $name under ASan+UBSan"
        if ! (cd "$asan/artifacts" && "$target" "$corpus" -runs=0 -max_len="$(max_len "$name")" -timeout=10 \
            -artifact_prefix="$asan/artifacts/$name-") >"$asan/$name-replay.log" 2>&1; then
            echo "fuzz: $name replay found a problem; see $asan/$name-replay.log" >&2
            tail -40 "$asan/$name-replay.log" >&2
            status=1
        fi
    fi
done
exit $status
