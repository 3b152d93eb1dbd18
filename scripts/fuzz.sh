#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, ASan + UBSan) in build-fuzz and runs each one
# for a fixed time, one after another. Every input that crashes a reader, trips a sanitizer,
# lets an exception other than coopnet::Error escape, times out or runs out of memory is
# moved to tests/data/fuzz-regressions/<reader>/, where io_tests replays it
# (tests/io/bad_input_test.cpp).
#
#   scripts/fuzz.sh                 # every reader, 600 s each
#   scripts/fuzz.sh 60              # every reader, 60 s each
#   scripts/fuzz.sh 300 dot csv     # only these readers
#
# Readers: coopnet_json node_link_json csv graphml dot edge_list xlsx gexf pajek.
# Seeds are read in place from tests/data/, samples/ and the regression folders (no copies);
# the corpus libFuzzer grows is kept in build-fuzz/corpus/<reader>/ between runs.
# Environment: BUILD_DIR (default <repo>/build-fuzz), JOBS (build jobs, default 2).
# Exit status: 0 when nothing was found, 1 when new regression inputs were written.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-fuzz}"
jobs="${JOBS:-2}"
seconds="${1:-600}"
shift || true
readers=("$@")
if [ "${#readers[@]}" -eq 0 ]; then
    readers=(coopnet_json node_link_json csv graphml dot edge_list xlsx gexf pajek)
fi
case "$seconds" in
    '' | *[!0-9]*) echo "fuzz.sh: the time must be whole seconds, got '$seconds'" >&2; exit 2 ;;
esac

configure=(-S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
           -DCMAKE_CXX_COMPILER=clang++ -DCOOPNET_FUZZ=ON -DCOOPNET_BUILD_TESTS=OFF)
cmake "${configure[@]}" > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
targets=()
for reader in "${readers[@]}"; do targets+=("fuzz_$reader"); done
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

# Seed folders per reader (only those that exist are passed).
seeds_for() {
    local data="$root/tests/data"
    case "$1" in
        coopnet_json | node_link_json) echo "$data/json $data/bad/json" ;;
        csv) echo "$root/samples $data/csv $data/brokerage $data/bad/csv" ;;
        graphml) echo "$data/graphml $data/bad/graphml" ;;
        gexf) echo "$data/gexf $data/bad/gexf" ;;
        dot) echo "$data/dot $data/bad/dot" ;;
        edge_list) echo "$data/edgelist $data/bad/edgelist" ;;
        xlsx) echo "$data/xlsx" ;;
        pajek) echo "$data/pajek $data/bad/pajek" ;;
        *) echo "fuzz.sh: unknown reader '$1'" >&2; return 1 ;;
    esac
}
dict_for() {
    case "$1" in
        coopnet_json | node_link_json) echo "$root/fuzz/json.dict" ;;
        *) echo "$root/fuzz/$1.dict" ;;
    esac
}

found=0
for reader in "${readers[@]}"; do
    corpus="$build/corpus/$reader"
    artifacts="$build/artifacts/$reader"
    regressions="$root/tests/data/fuzz-regressions/$reader"
    mkdir -p "$corpus" "$artifacts"
    dirs=("$corpus")
    for dir in $(seeds_for "$reader") "$regressions"; do
        [ -d "$dir" ] && dirs+=("$dir")
    done
    echo "== fuzz_$reader: ${seconds}s, seeds: ${dirs[*]:1}"
    start=$(date +%s)
    # Fork mode with one worker keeps fuzzing after a finding, so one run collects several.
    set +e
    "$build/fuzz/fuzz_$reader" -max_total_time="$seconds" -fork=1 \
        -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -dict="$(dict_for "$reader")" -artifact_prefix="$artifacts/" \
        -print_final_stats=1 "${dirs[@]}" > "$build/fuzz_$reader.log" 2>&1
    status=$?
    set -e
    echo "   ran $(( $(date +%s) - start ))s, exit $status; log: $build/fuzz_$reader.log"
    grep -E '^(#[0-9]+: cov|INFO: fuzzed for|stat::)' "$build/fuzz_$reader.log" | tail -4 |
        sed 's/^/   /'
    shopt -s nullglob
    for artifact in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* \
                    "$artifacts"/oom-*; do
        mkdir -p "$regressions"
        mv "$artifact" "$regressions/"
        echo "   finding: tests/data/fuzz-regressions/$reader/$(basename "$artifact")"
        found=1
    done
    shopt -u nullglob
done
exit "$found"
