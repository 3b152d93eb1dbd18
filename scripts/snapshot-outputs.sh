#!/usr/bin/env bash
# Writes every output of the bundled samples (and, with a graph file, of the benchmark
# graph) into OUTDIR, so that a refactoring can be checked byte for byte:
#
#   scripts/snapshot-outputs.sh build/coopnet /tmp/before [bench/data/ba_20000_5.txt]
#   ... change the code, rebuild ...
#   scripts/snapshot-outputs.sh build/coopnet /tmp/after  [bench/data/ba_20000_5.txt]
#   diff -r /tmp/before /tmp/after
#
# The benchmark graph comes from bench_generate_graph 20000 5 1 (bench/run.sh). Its map is
# written as DOT only: a Graphviz layout of 20 000 actors takes too long to be a check.
set -euo pipefail
if [[ $# -lt 2 ]]; then
    echo "usage: $0 COOPNET OUTDIR [BENCH_GRAPH]" >&2
    exit 2
fi
coopnet=$(realpath "$1")
out=$2
bench_graph=${3:-}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$out"

run() {  # NAME ARGS...: stdout and exit status of one command into OUTDIR/NAME
    local name=$1
    shift
    local status=0
    "$coopnet" --quiet "$@" >"$out/$name" 2>/dev/null || status=$?
    echo "$status" >"$out/$name.status"
}

for sample in duisburg-marxloh duisburg-marxloh-de leipzig-mockau duisburg-two-periods; do
    net="$root/samples/$sample"
    for lang in de en; do
        p="$sample.$lang"
        run "$p.info.txt" --lang "$lang" info "$net"
        for format in table json csv; do
            run "$p.analyze.$format" --lang "$lang" analyze "$net" --format "$format"
            run "$p.brokers.$format" --lang "$lang" brokers "$net" --format "$format"
            run "$p.gaps.$format" --lang "$lang" gaps "$net" --format "$format"
        done
        run "$p.analyze-louvain.json" --lang "$lang" analyze "$net" --format json --communities louvain
        run "$p.analyze-unweighted.json" --lang "$lang" analyze "$net" --format json --unweighted
        run "$p.map.dot" --lang "$lang" map "$net" -o - --format dot --suggestions 5
        run "$p.map.svg" --lang "$lang" map "$net" -o - --format svg --suggestions 5
        run "$p.map-clusters.svg" --lang "$lang" map "$net" -o - --format svg --clusters
        run "$p.map-triangle.dot" --lang "$lang" map "$net" -o - --format dot --triangle
        run "$p.report.html" --lang "$lang" report "$net" -o -
    done
done

periods="$root/samples/duisburg-two-periods"
for lang in de en; do
    p="duisburg-two-periods.$lang"
    run "$p.diff.txt" --lang "$lang" diff "$periods" --periods 2003-2008 2015-2018
    run "$p.diff.json" --lang "$lang" diff "$periods" --periods 2003-2008 2015-2018 --format json
    "$coopnet" --quiet --lang "$lang" diff "$periods" --periods 2003-2008 2015-2018 \
        --map "$out/$p.diff-map.svg" >/dev/null 2>&1 || echo failed >"$out/$p.diff-map.svg.status"
    run "$p.report-periods.html" --lang "$lang" report "$periods" -o - --periods 2003-2008 2015-2018
done

if [[ -n $bench_graph ]]; then
    for format in json csv table; do
        run "bench.analyze.$format" analyze "$bench_graph" --format "$format"
    done
    run "bench.brokers.json" brokers "$bench_graph" --format json
    run "bench.gaps.json" gaps "$bench_graph" --format json
    run "bench.map.dot" map "$bench_graph" -o - --format dot
fi
