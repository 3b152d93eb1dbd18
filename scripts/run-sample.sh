#!/usr/bin/env bash
# Quick-start command 1: installs what is missing, builds coopnet and runs the main job on
# the bundled Duisburg-Marxloh sample, leaving the results in out/.
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
"$coopnet" convert "$sample" "$out/duisburg-marxloh.json"
"$coopnet" convert "$sample" "$out/duisburg-marxloh.graphml"
cat "$out/analysis.txt"
echo
echo "coopnet: results in $out/ (info.txt, analysis.txt, analysis.json, actors.csv," \
     "duisburg-marxloh.json, duisburg-marxloh.graphml)"
