#!/usr/bin/env bash
# Quick-start command 1: installs what is missing, builds coopnet and runs the main job on
# the bundled Duisburg-Marxloh sample (analysis, brokers, gaps, map, report), leaving the
# results in out/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh" --target coopnet
sample="$root/samples/duisburg-marxloh"
out="$root/out"
mkdir -p "$out"
coopnet="$root/build/coopnet"

"$coopnet" info "$sample" | tee "$out/info.txt"
"$coopnet" analyze "$sample" -o "$out/analysis.txt"
"$coopnet" analyze "$sample" --format json -o "$out/analysis.json"
"$coopnet" analyze "$sample" --format csv -o "$out/actors.csv"
"$coopnet" brokers "$sample" -o "$out/brokers.txt"
"$coopnet" gaps "$sample" -o "$out/gaps.txt"
"$coopnet" diff "$root/samples/duisburg-two-periods" --periods 2003-2008 2015-2018 \
    -o "$out/change-2003-2008-vs-2015-2018.txt"
"$coopnet" map "$sample" -o "$out/map.svg" --suggestions 5
# A planner's path: the actor list and cooperations as an Excel workbook, from it the
# interactive map, the report and the results as a workbook.
"$coopnet" convert "$sample" "$out/plan.xlsx"
"$coopnet" map "$out/plan.xlsx" -o "$out/map.html" --lang de
"$coopnet" report "$out/plan.xlsx" -o "$out/report-from-plan.html"
"$coopnet" analyze "$out/plan.xlsx" -o "$out/results.xlsx" --lang de
"$coopnet" report "$sample" -o "$out/report.html"
"$coopnet" convert "$sample" "$out/duisburg-marxloh.json"
"$coopnet" convert "$sample" "$out/duisburg-marxloh.graphml"
cat "$out/analysis.txt" "$out/gaps.txt"
echo
echo "coopnet: results in $out/:"
ls "$out"
