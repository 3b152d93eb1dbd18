#!/usr/bin/env bash
# Quick-start command 2: installs (with what the browser tests need), builds and runs the
# whole test suite (ctest over Catch2).
#
# Environment:
#   COOPNET_SANITIZERS  after the normal suite, build and run the whole suite again under
#                       AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/
#                       (scripts/test-sanitizers.sh); on unless set to 0, so CI (.ci/run)
#                       runs it. COOPNET_SANITIZERS=0 scripts/test.sh skips it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh" --tests  # the browser tests run, not skip
"$root/scripts/build.sh"
# The benchmark programs (bench/run.sh) are built only on request; built here too, so that a
# change of the libraries' API cannot break them unnoticed.
cmake -S "$root" -B "$root/build" -DCOOPNET_BUILD_BENCH=ON >/dev/null
cmake --build "$root/build" -j"$(nproc)" --target bench_metrics bench_generate_graph
(cd "$root/build" && ctest --output-on-failure -j"$(nproc)")
if [ "${COOPNET_SANITIZERS:-1}" != "0" ]; then
    "$root/scripts/test-sanitizers.sh"
fi
