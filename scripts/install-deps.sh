#!/usr/bin/env bash
# Installs the Debian packages coopnet builds with, when any is missing; with --tests also
# what the browser tests need (tests/e2e: headless Chromium, Poppler's pdfinfo, pdftotext and
# pdftoppm, a font, Python 3 for the DevTools-protocol driver), the interop test
# (tests/interop: networkx, igraph and pygraphviz for Python 3) and the tests of the Python module
# (python/tests: pytest, networkx, igraph) and the package test (tests/package: dpkg-dev and file for
# CPack's dpkg-shlibdeps, man-db), about a minute more on a
# fresh machine: scripts/test.sh asks for them, scripts/build.sh and scripts/run-sample.sh
# do not.
# Idempotent and silent when everything is present. Needs root (or sudo) to install.
set -euo pipefail

packages=(
    cmake g++ make pkg-config
    libboost-graph-dev libeigen3-dev libspectra-dev libgraphviz-dev nlohmann-json3-dev
    catch2 libcli11-dev libpugixml-dev nettle-dev libzip-dev libxlsxwriter-dev
    pybind11-dev python3-dev
)
test_packages=(chromium poppler-utils fonts-dejavu-core python3
    python3-networkx python3-igraph python3-pygraphviz python3-pytest dpkg-dev file man-db)
if [ "${1:-}" = "--tests" ]; then
    packages+=("${test_packages[@]}")
elif [ "$#" -gt 0 ]; then
    echo "usage: scripts/install-deps.sh [--tests]" >&2
    exit 2
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "coopnet: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
