#!/bin/sh
# End-to-end test of printing `coopnet report`: headless Chromium prints the reports of
# samples/duisburg-marxloh and of samples/duisburg-two-periods (`--periods 2003-2008
# 2015-2018`, with the change section and its map) to PDF, as a planner's "Save as PDF"
# does, and Poppler reads the PDF back:
# - every page is A4, 595 x 842 pt, upright or landscape (the actor table's pages);
# - every column header of the actor table, taken from the HTML, is in the PDF's text
#   between the table's heading and the next (a column cut off at the right edge is not),
#   in German and in English;
# - every main heading (h2) of the HTML is in the PDF, and no heading (h2, h3) is the last
#   line of a page;
# - a map is on one page with its heading: its topmost and bottommost label are on the page
#   of the heading.
# Usage: report_print_test.sh COOPNET SAMPLES_DIR [KEEP_DIR]
#   KEEP_DIR: keep the HTML and PDF files there, to look at (pdftoppm -png -r 50 X.pdf page).
# Exit 0 pass, 1 fail. Chromium and Poppler are installed when missing
# (tests/e2e/common.sh); the test fails, never skips, when they cannot be had.
set -u
COOPNET=$1
SAMPLES=$2
KEEP=${3:-}
. "$(dirname "$0")/common.sh"
need_tools "$CHROMIUM" pdfinfo pdftotext
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

# The text of HTML character references that the report writes.
unescape() {
    sed -e 's/&#45;/-/g' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e "s/&#39;/'/g" \
        -e 's/&amp;/\&/g'
}

# split_text PDF: PDF.N.txt, the text of each page N, one line per line of print (as laid
# out), blanks squeezed.
split_text() {
    pdftotext -layout "$1" - | sed -e 's/^ *//' -e 's/  */ /g' -e 's/ *$//' |
        awk -v base="$1" 'BEGIN { n = 1 } { while (sub(/\f/, "")) n++; print > (base "." n ".txt") }'
}

# page_of PDF TEXT: the first page that has TEXT as a whole line (0 when none).
page_of() {
    n=1
    while [ -f "$1.$n.txt" ]; do
        grep -qxF -- "$2" "$1.$n.txt" && { echo "$n"; return; }
        n=$((n + 1))
    done
    echo 0
}

# all_text PDF: the text of every page, in order (after split_text).
all_text() {
    n=1
    while [ -f "$1.$n.txt" ]; do cat "$1.$n.txt"; n=$((n + 1)); done
}

# check_report NAME HTML: prints HTML to NAME.pdf and checks it.
check_report() {
    name=$1 html=$2 pdf=$WORK/$1.pdf
    browse "file://$html" "$WORK/$name.out" "$WORK/$name.log" --no-pdf-header-footer \
        --print-to-pdf="$pdf"
    [ -s "$pdf" ] || { fail "$name: no PDF"; grep -v dbus "$WORK/$name.log" | tail; return; }
    [ -n "$KEEP" ] && cp "$html" "$pdf" "$KEEP/"
    split_text "$pdf"

    # A4 everywhere, upright or landscape: "N WIDTH HEIGHT" for each page.
    pdfinfo -f 1 -l 9999 "$pdf" |
        sed -n 's/^Page *\([0-9]*\) size: *\([0-9.]*\) x \([0-9.]*\).*/\1 \2 \3/p' >"$WORK/$name.sizes"
    [ -s "$WORK/$name.sizes" ] || fail "$name: pdfinfo lists no pages"
    awk '{ w = int($2 + 0.5); h = int($3 + 0.5)
           if (!((w == 595 && h == 842) || (w == 842 && h == 595))) {
               print "page " $1 " is " $2 " x " $3 " pt, not A4"; bad = 1 } }
         END { exit bad }' "$WORK/$name.sizes" || fail "$name: a page is not A4"
    echo "$name: $(wc -l <"$WORK/$name.sizes") pages, landscape:" \
        "$(awk '$2 > $3 { printf "%s ", $1 }' "$WORK/$name.sizes")"

    # Every column of the actor table in the text between its heading and the next one.
    actors=$(grep -A1 '<table id="actor-table"' "$html" | tail -1 |
        grep -o '<th[^>]*>[^<]*</th>' | sed 's/<[^>]*>//g' | unescape)
    [ -n "$actors" ] || fail "$name: no column headers in the HTML"
    grep -o '<h2>[^<]*</h2>' "$html" | sed 's/<[^>]*>//g' | unescape >"$WORK/$name.h2"
    heading=$(grep -A1 '^<section id="actors">' "$html" | sed -n 's|^<h2>\(.*\)</h2>$|\1|p' |
        unescape)
    next=$(grep -A1 -xF -- "$heading" "$WORK/$name.h2" | sed -n 2p)
    table_text=$WORK/$name.table.txt
    all_text "$pdf" |
        awk -v from="$heading" -v to="$next" '
            $0 == from { on = 1 }
            on && to != "" && $0 == to { exit }
            on { print }' >"$table_text"
    [ -s "$table_text" ] || fail "$name: the heading '$heading' of the actor table is not in the PDF"
    # Word by word: a header may wrap ("Cut" above "point").
    echo "$actors" | while IFS= read -r column; do
        for word in $column; do
            grep -qF -- "$word" "$table_text" ||
                { echo "column '$column' not on the table's pages"; exit 1; }
        done
    done || fail "$name: a column of the actor table is missing from the PDF (cut off?)"

    # Every main heading in the PDF; no heading alone at the foot of a page.
    grep -o '<h[123]>[^<]*</h[123]>' "$html" | sed 's/<[^>]*>//g' | unescape \
        >"$WORK/$name.headings"
    while IFS= read -r h; do
        all_text "$pdf" | grep -qxF -- "$h" || { echo "heading '$h' not in the PDF"; exit 1; }
    done <"$WORK/$name.h2" || fail "$name: a heading is missing from the PDF"
    while read -r page _; do
        last=$(grep -v '^$' "$pdf.$page.txt" 2>/dev/null | tail -1)
        if [ -n "$last" ] && grep -qxF -- "$last" "$WORK/$name.headings"; then
            fail "$name: page $page ends with the heading '$last'"
        fi
    done <"$WORK/$name.sizes"
}

# check_map NAME HTML MAP_DIV HEADING: the map in the element that opens with MAP_DIV is on
# one page with HEADING: the first label lines of its actors with the least and the greatest
# y (coopnet's SVG, viz/map_svg.hpp: one actor per line, `translate(x y)`, a <tspan> per
# label line) are on HEADING's page.
check_map() {
    name=$1 html=$2 div=$3 heading=$4 pdf=$WORK/$1.pdf
    labels=$(awk -v div="$div" '
        index($0, div) == 1 { inside = 1 }
        inside && /<g class="node/ && /<tspan/ && match($0, /translate\([-0-9.]* [-0-9.]*\)/) {
            split(substr($0, RSTART + 10, RLENGTH - 11), xy, " ")
            y = xy[2] + 0
            text = $0; sub(/^.*<text[^>]*><tspan[^>]*>/, "", text); sub(/<\/tspan>.*$/, "", text)
            if (text != "" && (top == "" || y < ymin)) { ymin = y; top = text }
            if (text != "" && (bottom == "" || y > ymax)) { ymax = y; bottom = text }
        }
        inside && /<\/svg>/ { inside = 0 }
        END { print top; print bottom }' "$html" | unescape)
    [ "$(echo "$labels" | grep -c .)" = 2 ] || { fail "$name: no labelled map in the HTML"; return; }
    page=$(page_of "$pdf" "$heading")
    [ "$page" -gt 0 ] || { fail "$name: the map's heading '$heading' is not in the PDF"; return; }
    echo "$labels" | while IFS= read -r label; do
        grep -qF -- "$label" "$pdf.$page.txt" || { echo "'$label' not on page $page"; exit 1; }
    done || fail "$name: the map is not on one page with its heading '$heading'"
}

if "$COOPNET" report "$SAMPLES/duisburg-marxloh" -o "$WORK/report.html"; then
    check_report report "$WORK/report.html"
    check_map report "$WORK/report.html" '<div class="cmap" id="cmap">' "Kooperationskarte"
else
    fail "coopnet report"
fi
if "$COOPNET" report "$SAMPLES/duisburg-two-periods" --periods 2003-2008 2015-2018 \
    -o "$WORK/change.html"; then
    check_report change "$WORK/change.html"
    check_map change "$WORK/change.html" '<div class="cmap" id="cmap">' "Kooperationskarte"
    check_map change "$WORK/change.html" '<div class="map" id="change-map">' "Karte der Veränderung"
else
    fail "coopnet report --periods"
fi
if "$COOPNET" report "$SAMPLES/duisburg-marxloh" --lang en --no-map -o "$WORK/english.html"; then
    check_report english "$WORK/english.html"
else
    fail "coopnet report --lang en"
fi

[ $status -eq 0 ] && echo "PASS"
exit $status
