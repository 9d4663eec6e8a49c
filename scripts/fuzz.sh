#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (+ASan+UBSan) and runs each for N seconds (default 60),
# seeded with the shipped corpus and tests/data. A crash fails the script and leaves the input in
# build/fuzz/artifacts/: add it to tests/data/fuzz-regressions/ so the test suite replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
SKIMMER_EXTRA_PACKAGES="clang-14 libclang-rt-14-dev"
source scripts/setup.sh

build=build/fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DSKIMMER_BUILD_GUI=OFF -DSKIMMER_BUILD_TESTS=OFF -DSKIMMER_BENCH=OFF -DSKIMMER_FUZZ=ON >/dev/null
cmake --build "$build"

seeds="$build/seeds"
rm -rf "$seeds" && mkdir -p "$seeds" "$build/artifacts"
# Small seeds fuzz faster: the shipped corpus whole, and cut into slices of a few records.
cp resources/corpus/iclr2021-abstracts.txt "$seeds/shipped.txt"
split -l 9 -d -a 3 resources/corpus/iclr2021-abstracts.txt "$seeds/slice-"
find tests/data -type f -exec cp {} "$seeds/" \; 2>/dev/null || true

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for target in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] || continue
    name=$(basename "$target")
    work="$build/work-$name"
    mkdir -p "$work"
    echo "fuzz: $name for ${seconds}s"
    if ! "$target" "$work" "$seeds" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -artifact_prefix="$build/artifacts/$name-" -print_final_stats=1 >"$build/$name.log" 2>&1; then
        echo "fuzz: $name found a problem; see $build/$name.log and $build/artifacts/" >&2
        tail -40 "$build/$name.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|Done" "$build/$name.log" | tail -2
    fi
done
exit $status
