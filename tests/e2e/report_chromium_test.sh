#!/bin/sh
# End-to-end test of `coopnet report` in a real browser: headless Chromium loads the report
# of samples/duisburg-marxloh (no network access), runs its script with `#selftest` (sort
# the actor table by betweenness, filter it) and dumps the DOM; a second report, of actors
# with hostile names, must create no <img> element and run nothing.
# Usage: report_chromium_test.sh COOPNET SAMPLES_DIR [SCREENSHOT.png]
# Exit 0 pass, 1 fail, 77 skipped (no /usr/bin/chromium; ctest's SKIP_RETURN_CODE).
set -u
COOPNET=$1
SAMPLES=$2
SCREENSHOT=${3:-}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
    echo "SKIP: $CHROMIUM not found"
    exit 77
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

browse() {  # browse URL DOM_OUT LOG_OUT [extra flags...]
    url=$1 dom=$2 log=$3
    shift 3
    profile=$(mktemp -d "$WORK/profile.XXXXXX")
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@" "$url" >"$dom" 2>"$log"
}

"$COOPNET" report "$SAMPLES/duisburg-marxloh" -o "$WORK/report.html" || fail "coopnet report"
grep -Eq '(src|href)="(https?:)?//' "$WORK/report.html" && fail "the report loads something"

browse "file://$WORK/report.html#selftest" "$WORK/dom.html" "$WORK/log.txt" --dump-dom
grep -q 'Uncaught' "$WORK/log.txt" && { grep 'Uncaught' "$WORK/log.txt"; fail "console errors"; }
grep -q '<svg' "$WORK/dom.html" || fail "no map in the DOM"
grep -q 'id="actor-table"' "$WORK/dom.html" || fail "no actor table in the DOM"
grep -q 'id="mixing-table"' "$WORK/dom.html" || fail "no mixing table in the DOM"
grep -q 'In den Daten ist keine Stiftung vertreten' "$WORK/dom.html" || fail "no foundation finding"
if grep -q 'data-selftest="pass' "$WORK/dom.html"; then
    grep -o 'data-selftest="[^"]*"' "$WORK/dom.html"
else
    grep -o 'data-selftest="[^"]*"' "$WORK/dom.html"
    fail "the sorting self-test did not pass"
fi

# Hostile names: shown as text, never as elements.
mkdir -p "$WORK/hostile"
printf 'id,label,sector\na,<img src=x onerror=alert(1)>,municipality\nb,"B ""</script><script>alert(2)</script>",business\nc,C,foundation\n' \
    >"$WORK/hostile/actors.csv"
printf 'source,target\na,b\nb,c\n' >"$WORK/hostile/ties.csv"
"$COOPNET" report "$WORK/hostile" -o "$WORK/hostile.html" --lang en || fail "coopnet report (hostile)"
browse "file://$WORK/hostile.html#selftest" "$WORK/hostile_dom.html" "$WORK/hostile_log.txt" --dump-dom
grep -qi '<img' "$WORK/hostile_dom.html" && fail "a hostile name became an <img> element"
grep -q 'alert' "$WORK/hostile_log.txt" && fail "a hostile script ran"
grep -q 'Uncaught' "$WORK/hostile_log.txt" && fail "console errors (hostile)"
grep -q '&lt;img src=x onerror=alert(1)&gt;' "$WORK/hostile_dom.html" || fail "hostile name not shown as text"
grep -q 'data-selftest="pass' "$WORK/hostile_dom.html" || fail "self-test (hostile)"

if [ -n "$SCREENSHOT" ]; then
    mkdir -p "$(dirname "$SCREENSHOT")"
    SCREENSHOT=$(cd "$(dirname "$SCREENSHOT")" && pwd)/$(basename "$SCREENSHOT")
    browse "file://$WORK/report.html" "$WORK/shot.out" "$WORK/shot.log" \
        --screenshot="$SCREENSHOT" --window-size=1280,2000 --hide-scrollbars
    [ -s "$SCREENSHOT" ] || fail "no screenshot"
fi
[ $status -eq 0 ] && echo "PASS"
exit $status
