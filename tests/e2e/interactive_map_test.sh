#!/bin/sh
# End-to-end test of the interactive map (`coopnet map NET -o map.html`, issue #15), driven
# in headless Chromium through the DevTools protocol: interactive_map_test.py (which says
# what it checks) with tests/e2e/cdp.py. Python 3's standard library is all it needs
# besides Chromium; both are installed when missing (tests/e2e/common.sh): never skipped.
# Usage: interactive_map_test.sh COOPNET SAMPLES_DIR [BEFORE.png AFTER.png]
# (with the two pictures: the sample's map before and after selecting an actor, for the
# README). Exit 0 pass, 1 fail.
set -u
COOPNET=$1
SAMPLES=$2
. "$(dirname "$0")/common.sh"
need_tools "$CHROMIUM" python3
if [ $# -ge 4 ]; then
    exec python3 "$(dirname "$0")/interactive_map_test.py" "$COOPNET" "$SAMPLES" --screenshots "$3" "$4"
fi
exec python3 "$(dirname "$0")/interactive_map_test.py" "$COOPNET" "$SAMPLES"
