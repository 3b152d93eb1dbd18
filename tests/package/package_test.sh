#!/bin/sh
# The Debian package (issue #21): package_test.py builds it with cpack, unpacks it with
# dpkg -x into a scratch root and checks the installed program, manual page, bash
# completion and Python module there. dpkg-shlibdeps (dpkg-dev), man (man-db) and python3
# are installed when missing (scripts/install-deps.sh --tests); the test fails, never skips,
# when they cannot be had.
# Usage: package_test.sh BUILD_DIR. Exit 0 pass, 1 fail.
set -u
BUILD=$1
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=/usr/bin/python3

have_tools() { command -v dpkg-shlibdeps >/dev/null && command -v file >/dev/null && command -v man >/dev/null && [ -x "$PYTHON" ]; }

if ! have_tools; then
    echo "package: dpkg-dev, man-db or python3 is missing; installing the test packages" \
        "(scripts/install-deps.sh --tests)"
    flock /tmp/coopnet-install-deps.lock "$ROOT/scripts/install-deps.sh" --tests ||
        { echo "FAIL: scripts/install-deps.sh --tests could not install them"; exit 1; }
fi
have_tools || { echo "FAIL: dpkg-shlibdeps, man or $PYTHON missing"; exit 1; }
exec "$PYTHON" "$(dirname "$0")/package_test.py" "$BUILD"
