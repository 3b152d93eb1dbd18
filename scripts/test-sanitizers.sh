#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer and UndefinedBehaviorSanitizer (gcc) in its
# own build directory and runs it: each Catch2 suite as one process, the rest with ctest. Any
# sanitizer report (memory error, leak, undefined behaviour) fails the run. scripts/test.sh
# calls it after the normal suite unless COOPNET_SANITIZERS=0.
#
#   scripts/test-sanitizers.sh                 # every test suite, in build-asan
#   scripts/test-sanitizers.sh io_tests        # only these test targets, one ctest entry per
#                                              # test case (a leak names its test case)
#
# Environment: BUILD_DIR (default <repo>/build-asan), JOBS (default 2: CI has two cores and
# the development machine is shared).
#
# Speed: -O1 keeps the instrumented code within a few times native speed (-O0 is much slower
# under ASan); -g1 (line tables, no variable info) and -fno-omit-frame-pointer give stack
# traces with file and line, and compile a third faster than full -g, which only a debugger
# needs. The test code itself is compiled with -O0 (COOPNET_TEST_CXX_FLAGS): it checks
# results rather than computing them, and Catch2's instrumented assertions compile in half
# the time unoptimised.
#
# Left out of the sanitizer run, with the reason:
# - the browser tests, "e2e: ..." (tests/e2e/): they test the HTML report's script and print
#   styles in Chromium, not our memory handling (viz_tests and cli_tests cover `report`'s
#   code under the sanitizers), and Chromium is not instrumented; the normal suite runs them.
# - "cli_tests:memory: ..." (tests/cli/memory_cli_test.cpp): they run coopnet under
#   `ulimit -v` of 100-150 MB, and AddressSanitizer reserves terabytes of address space at
#   start-up (its shadow memory), so the instrumented program cannot even start there.
# - the package test, "package: ..." (tests/package/): it packs and unpacks the installed
#   files and runs the unpacked program; the code it runs is the CLI's, which runs here.
# - the Python module (-DCOOPNET_PYTHON=OFF, so "python: ..." is not registered): an
#   instrumented extension loads into an uninstrumented python3 only with libasan preloaded;
#   its C++ is the libraries' and the CLI's, which run here. The example of examples/ does
#   run: it is built against the installed instrumented libraries with the same flags.
# No other test needs more than a minute under the sanitizers (the slowest, the progress
# meter test of cli_tests, takes about 35 s; the million-actor and million-line tests under
# 10 s), so nothing else is excluded.
#
# Third-party leaks are suppressed, each library explained in scripts/sanitizers/lsan.supp
# (Graphviz, Fontconfig, Pango, GLib, Cairo). Nothing else is: the one read after free found
# in Graphviz's Pango plugin is avoided by viz keeping one gvc context per process.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-asan}"
jobs="${JOBS:-2}"
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=all"
excluded="^(e2e: .*|package: .*|cli_tests: ?memory: .*)$"

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=g++ \
    -DCMAKE_CXX_FLAGS="$sanitize -fno-omit-frame-pointer" \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DCOOPNET_TEST_CXX_FLAGS="-O0" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitize" \
    -DCOOPNET_BUILD_TESTS=ON -DCOOPNET_PYTHON=OFF >/dev/null

# Leaks count as failures; every sanitizer stops at its first report with a stack trace
# (-fno-sanitize-recover=all makes UBSan findings fatal, not just printed).
supp="$root/scripts/sanitizers"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

if [ "$#" -gt 0 ]; then
    cmake --build "$build" -j"$jobs" --target "$@"
    # ctest entries are prefixed with the suite name ("io_tests: ...").
    regex="^($(IFS='|'; echo "$*")):"
    cd "$build"
    ctest --output-on-failure -j"$jobs" -R "$regex" -E "$excluded"
else
    cmake --build "$build" -j"$jobs"
    cd "$build"
    # The Catch2 suites run as one process each, all their test cases in one go, rather
    # than one process per test case as ctest starts them: an instrumented program takes a
    # good part of a second to start (AddressSanitizer maps its shadow memory first), which
    # over 800 test cases was half of this run. A failure still names its test case
    # (Catch2's report), a leak fails the suite at its exit. Longest first, `jobs` at once.
    suites=(cli_tests analysis_tests viz_tests io_tests core_tests)
    run_suite() {  # name: runs the suite in ctest's folder for it, its report on failure
        local spec=()
        [[ $1 == cli_tests ]] && spec=("~[memory]")  # see "Left out" above
        if (cd tests && "../$1" "${spec[@]}" >"$1.sanitizers.log" 2>&1); then
            echo "$1: $(grep -E '^(All tests passed|test cases:)' "tests/$1.sanitizers.log")"
        else
            cat "tests/$1.sanitizers.log"
            echo "$1: FAILED under the sanitizers (report above)"
            return 1
        fi
    }
    export -f run_suite
    printf '%s\n' "${suites[@]}" | xargs -P "$jobs" -I{} bash -c 'run_suite {}'
    # The rest (the example built against the installed libraries, interop) through ctest.
    ctest --output-on-failure -j"$jobs" \
        -E "^($(IFS='|'; echo "${suites[*]}")):|$excluded"
fi
