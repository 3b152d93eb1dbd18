#!/bin/sh
# Files that round-trip between coopnet, networkx and igraph (issue #17): interop_test.py
# does the checks. networkx and igraph (python3-networkx, python3-igraph; python3-pygraphviz for
# the DOT checks) are installed when missing, as tests/e2e/common.sh installs Chromium
# (scripts/install-deps.sh --tests); the test fails, never skips, when they cannot be had.
# Usage: interop_test.sh COOPNET SAMPLES_DIR. Exit 0 pass, 1 fail.
set -u
COOPNET=$1
SAMPLES=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=/usr/bin/python3  # Debian's, where apt installs the modules (not a pyenv or venv)

have_modules() { "$PYTHON" -c 'import networkx, igraph, pygraphviz' >/dev/null 2>&1; }

if ! have_modules; then
    echo "interop: networkx, igraph or pygraphviz is missing; installing the test packages" \
        "(scripts/install-deps.sh --tests)"
    flock /tmp/coopnet-install-deps.lock "$ROOT/scripts/install-deps.sh" --tests ||
        { echo "FAIL: scripts/install-deps.sh --tests could not install them"; exit 1; }
fi
have_modules ||
    { echo "FAIL: $PYTHON cannot import networkx, igraph and pygraphviz" \
        "(python3-networkx, python3-igraph, python3-pygraphviz)"; exit 1; }
exec "$PYTHON" "$(dirname "$0")/interop_test.py" "$COOPNET" "$SAMPLES"
