#!/usr/bin/env bash
# Quick-start command 2: installs, builds and runs the whole test suite (ctest over Catch2).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
cd "$root/build"
ctest --output-on-failure -j"$(nproc)"
