#!/usr/bin/env bash
# Builds the test suite with AddressSanitizer and UndefinedBehaviorSanitizer (gcc) in its own
# build directory and runs ctest there. Any sanitizer report fails the run.
#
#   scripts/test-sanitizers.sh                 # all tests, in build-asan
#   scripts/test-sanitizers.sh io_tests        # only these test targets (and their ctest entries)
#
# Environment: BUILD_DIR (default <repo>/build-asan), JOBS (default 2: the machine is shared).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-asan}"
jobs="${JOBS:-2}"
flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"

cmake -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=g++ \
    -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCOOPNET_BUILD_TESTS=ON

# Leaks count as failures; UBSan stops at the first report with a stack trace.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

if [ "$#" -gt 0 ]; then
    cmake --build "$build" -j"$jobs" --target "$@"
    # ctest entries are prefixed with the suite name ("io_tests:...").
    regex="^($(IFS='|'; echo "$*")):"
    cd "$build"
    ctest --output-on-failure -j"$jobs" -R "$regex"
else
    cmake --build "$build" -j"$jobs"
    cd "$build"
    ctest --output-on-failure -j"$jobs"
fi
