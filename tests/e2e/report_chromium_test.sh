#!/bin/sh
# End-to-end test of `coopnet report` in a real browser: headless Chromium loads the report
# of samples/duisburg-marxloh (no network access), runs its script with `#selftest` (sort
# the actor table by betweenness, filter it) and dumps the DOM; a second report, of actors
# with hostile names, must create no <img> element and run nothing. A third report, of
# samples/duisburg-two-periods with `--periods 2003-2008 2015-2018`, carries the section on
# change over time: its map must be laid out (non-zero size, with lines) and its tables
# filled with the counts of the sample's README (3 ties kept, 165 lost, 120 new).
# Usage: report_chromium_test.sh COOPNET SAMPLES_DIR [SCREENSHOT.png [CHANGE_SCREENSHOT.png]]
# Exit 0 pass, 1 fail. Chromium (CHROMIUM, default /usr/bin/chromium) is installed when
# missing (tests/e2e/common.sh); the test fails, never skips, when it cannot be had.
set -u
COOPNET=$1
SAMPLES=$2
SCREENSHOT=${3:-}
CHANGE_SCREENSHOT=${4:-}
. "$(dirname "$0")/common.sh"
need_tools "$CHROMIUM"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

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

# Change over time: two periods of one dated network.
"$COOPNET" report "$SAMPLES/duisburg-two-periods" --periods 2003-2008 2015-2018 \
    -o "$WORK/change.html" || fail "coopnet report --periods"
grep -Eq '(src|href)="(https?:)?//' "$WORK/change.html" && fail "the change report loads something"
browse "file://$WORK/change.html#selftest" "$WORK/change_dom.html" "$WORK/change_log.txt" --dump-dom
grep -q 'Uncaught' "$WORK/change_log.txt" && { grep 'Uncaught' "$WORK/change_log.txt"; fail "console errors (change)"; }
grep -q '<section id="change">' "$WORK/change_dom.html" || fail "no change section in the DOM"
grep -q 'Fortbestand 1,8 %' "$WORK/change_dom.html" || fail "no persistence finding"
grep -q 'Jugendamt der Stadt Duisburg</b> (Kommune/Verwaltung; vorher Rang 2' "$WORK/change_dom.html" \
    || fail "the Jugendamt is not named as a broker that dropped out"
selftest=$(grep -o 'data-selftest="[^"]*"' "$WORK/change_dom.html")
echo "$selftest"
case $selftest in
    *'data-selftest="pass'*'change map '[0-9]*x[0-9]*', 288 lines, tables kept 3 lost 165 new 120"') ;;
    *) fail "the change self-test did not pass (map laid out, 288 lines, tables 3/165/120)" ;;
esac

if [ -n "$SCREENSHOT" ]; then
    mkdir -p "$(dirname "$SCREENSHOT")"
    SCREENSHOT=$(cd "$(dirname "$SCREENSHOT")" && pwd)/$(basename "$SCREENSHOT")
    browse "file://$WORK/report.html" "$WORK/shot.out" "$WORK/shot.log" \
        --screenshot="$SCREENSHOT" --window-size=1280,2000 --hide-scrollbars
    [ -s "$SCREENSHOT" ] || fail "no screenshot"
fi
if [ -n "$CHANGE_SCREENSHOT" ]; then
    # The heading and the change section alone: headless Chromium captures a blank page
    # when it has scrolled to #change, so the copy for the picture hides the other sections.
    mkdir -p "$(dirname "$CHANGE_SCREENSHOT")"
    CHANGE_SCREENSHOT=$(cd "$(dirname "$CHANGE_SCREENSHOT")" && pwd)/$(basename "$CHANGE_SCREENSHOT")
    sed 's|</style>|main>section:not(#change){display:none}</style>|' "$WORK/change.html" \
        >"$WORK/change_only.html"
    browse "file://$WORK/change_only.html" "$WORK/change_shot.out" "$WORK/change_shot.log" \
        --screenshot="$CHANGE_SCREENSHOT" --window-size=1280,2400 --hide-scrollbars
    [ -s "$CHANGE_SCREENSHOT" ] || fail "no screenshot of the change section"
fi
[ $status -eq 0 ] && echo "PASS"
exit $status
