#!/usr/bin/python3
"""Turns the JSON lines of bench/run.sh into Markdown tables and checks the targets of
issues #3 (speed, memory) and #4 (Leiden: no disconnected community).

Usage: summarize.py RESULTS.jsonl

Input lines come from bench_metrics (tool "coopnet"), bench_igraph.py (tools "igraph",
"graph-tool"), the timed CLI run (tool "coopnet-cli") and the machine's load averages
(tool "machine"). When a metric was measured more than once for a tool, graph and thread
count (e.g. "load", which every process reports), the fastest time and the largest peak
memory are kept.
"""

import json
import sys
from collections import OrderedDict

MIB = 1024.0


def fmt_seconds(value):
    if value is None:
        return "–"
    if value >= 100:
        return "%.0f" % value
    if value >= 1:
        return "%.2f" % value
    if value >= 0.01:
        return "%.3f" % value
    return "%.5f" % value


def fmt_ratio(numerator, denominator):
    if numerator is None or denominator is None or denominator <= 0:
        return "–"
    return "%.1f×" % (numerator / denominator) if numerator / denominator >= 10 \
        else "%.2f×" % (numerator / denominator)


def fmt_quality(value):
    return "–" if value is None else "%.4f" % value


def fmt_mib(kib):
    return "–" if kib is None else "%.0f" % (kib / MIB)


def agree(a, b):
    if a is None or b is None:
        return None
    scale = max(abs(a), abs(b), 1e-300)
    return abs(a - b) / scale <= 1e-6


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: summarize.py RESULTS.jsonl")
    rows = []
    with open(sys.argv[1], encoding="utf-8") as results:
        for line in results:
            line = line.strip()
            if line:
                rows.append(json.loads(line))

    best = {}  # (tool, graph, metric, threads) -> merged row
    graphs = OrderedDict()
    machine = []
    timed_out = []
    disconnected = []
    for row in rows:
        if row["tool"] == "machine":
            machine.append(row)
            continue
        if row.get("metric") == "disconnected":
            disconnected.append(row)
            continue
        if row.get("unsupported"):
            continue
        if row.get("timed_out"):
            timed_out.append(row)
            continue
        if "seconds" not in row:
            continue  # not a timing (approx-check's errors): run.sh gives its verdict
        graphs.setdefault(row["graph"], None)
        key = (row["tool"], row["graph"], row["metric"], row["threads"])
        if key not in best:
            best[key] = dict(row)
            continue
        kept = best[key]
        if row["seconds"] < kept["seconds"]:
            peak = max(kept.get("peak_rss_kib", 0), row.get("peak_rss_kib", 0))
            best[key] = dict(row)
            best[key]["peak_rss_kib"] = peak
        else:
            kept["peak_rss_kib"] = max(kept.get("peak_rss_kib", 0), row.get("peak_rss_kib", 0))

    def get(tool, graph, metric, threads):
        return best.get((tool, graph, metric, threads))

    def field(row, name):
        return None if row is None else row.get(name)

    has_graph_tool = any(key[0] == "graph-tool" for key in best)
    metric_order = ["load", "betweenness", "closeness", "harmonic", "pagerank", "eigenvector",
                    "coreness", "clustering", "leiden", "leiden_default", "louvain"]

    for graph in graphs:
        loads = get("coopnet", graph, "load", 1)
        size = "" if loads is None else " — %d actors, %d ties" % (loads["actors"], loads["ties"])
        print("### %s%s\n" % (graph, size))
        header = ["metric", "threads", "coopnet s", "igraph s", "ratio igraph/coopnet"]
        if has_graph_tool:
            header += ["graph-tool s"]
        header += ["coopnet peak MiB", "igraph peak MiB", "checksums agree"]
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for metric in metric_order:
            thread_counts = sorted({key[3] for key in best
                                    if key[1] == graph and key[2] == metric
                                    and key[0] in ("coopnet", "graph-tool")})
            for threads in thread_counts:
                ours = get("coopnet", graph, metric, threads)
                # igraph is single-threaded: every thread count is compared with its 1-thread run.
                reference_metric = "leiden" if metric == "leiden_default" else metric
                theirs = get("igraph", graph, reference_metric, 1)
                tool_gt = get("graph-tool", graph, metric, threads)
                if ours is None and theirs is None and tool_gt is None:
                    continue
                name = metric
                if metric == "leiden":
                    name = "leiden (2 iterations)"
                elif metric == "leiden_default":
                    name = "leiden (10 iterations, the CLI default) vs igraph's 2 iterations"
                cells = [name, str(threads),
                         fmt_seconds(field(ours, "seconds")),
                         fmt_seconds(field(theirs, "seconds")),
                         fmt_ratio(field(theirs, "seconds"), field(ours, "seconds"))]
                if has_graph_tool:
                    cells.append(fmt_seconds(field(tool_gt, "seconds")))
                cells += [fmt_mib(field(ours, "peak_rss_kib")),
                          fmt_mib(field(theirs, "peak_rss_kib"))]
                if metric == "load":
                    cells.append("")
                elif metric.startswith("leiden") or metric == "louvain":
                    cells.append("Q %s (%s iterations) vs %s" % (
                        fmt_quality(field(ours, "modularity")), field(ours, "iterations"),
                        fmt_quality(field(theirs, "modularity"))))
                else:
                    same = agree(field(ours, "checksum"), field(theirs, "checksum"))
                    identical = field(ours, "identical_to_threads_1")
                    text = "–" if same is None else ("yes" if same else "NO (%r vs %r)" % (
                        field(ours, "checksum"), field(theirs, "checksum")))
                    if identical is not None:
                        text += "; bit-identical to 1 thread" if identical \
                            else "; DIFFERS from 1 thread"
                    cells.append(text)
                print("| " + " | ".join(cells) + " |")
        cli = get("coopnet-cli", graph, "analyze", 2) or get("coopnet-cli", graph, "analyze", 1)
        if cli is not None:
            cells = ["`coopnet analyze --format json` end to end", str(cli["threads"]),
                     fmt_seconds(cli["seconds"]), "", ""]
            if has_graph_tool:
                cells.append("")
            cells += [fmt_mib(cli["peak_rss_kib"]), "", "all metrics of the CLI"]
            print("| " + " | ".join(cells) + " |")
        print()
        print("Memory before loading (interpreter and library) / after loading, MiB: "
              + "; ".join("%s %s / %s" % (tool, fmt_mib(field(get(tool, graph, "load", 1),
                                                               "rss_before_load_kib")),
                                          fmt_mib(field(get(tool, graph, "load", 1),
                                                        "peak_rss_kib")))
                          for tool in ("coopnet", "igraph", "graph-tool")
                          if get(tool, graph, "load", 1) is not None))
        print()

    if disconnected:
        print("### Disconnected communities (issue #4)\n")
        print("| graph | method | seeds | communities (sum) | disconnected (sum) | "
              "seeds with any | modularity lowest–highest |")
        print("|---|---|---|---|---|---|---|")
        for row in disconnected:
            method = "Louvain" if row["method"] == "louvain" else "Leiden (2 iterations)"
            print("| %s | %s | %d | %d | %d | %d | %s–%s |" % (
                row["graph"], method, row["seeds"], row["communities"], row["disconnected"],
                row["seeds_with_disconnected"], fmt_quality(row["lowest_modularity"]),
                fmt_quality(row["highest_modularity"])))
        leiden_broken = sum(row["disconnected"] for row in disconnected
                            if row["method"] == "leiden")
        print("\n- Leiden leaves no community disconnected: %s — %s\n" % (
            "none" if leiden_broken == 0 else "%d disconnected" % leiden_broken,
            "met" if leiden_broken == 0 else "MISSED"))

    # Issue #3 targets.
    graph_list = list(graphs)
    if not graph_list:
        return
    small, large = graph_list[0], graph_list[-1]
    print("### Targets (issue #3)\n")

    def speed(metric, graph, threads):
        ours = get("coopnet", graph, metric, threads)
        theirs = get("igraph", graph, metric, 1)
        if ours is None or theirs is None:
            return None
        return theirs["seconds"] / ours["seconds"]

    def verdict(ok):
        return "–" if ok is None else ("met" if ok else "MISSED")

    def speed_line(label, metric, graph, need):
        for threads in (1, 2):
            s = speed(metric, graph, threads)
            if s is None:
                continue
            print("- %s, %d thread%s: %.2f× (need ≥ %g×) — %s" % (
                label, threads, "" if threads == 1 else "s", s, need, verdict(s >= need)))

    speed_line("betweenness on %s" % small, "betweenness", small, 4)
    identical = field(get("coopnet", small, "betweenness", 2), "identical_to_threads_1")
    print("- betweenness identical for 1 and 2 threads: %s — %s" % (
        identical, verdict(identical)))
    speed_line("closeness on %s" % small, "closeness", small, 30)
    speed_line("harmonic on %s" % small, "harmonic", small, 30)
    for metric in ("pagerank", "eigenvector"):
        s = speed(metric, large, 1)
        print("- %s on %s: %s (need ≥ 1×) — %s" % (
            metric, large, "–" if s is None else "%.2f×" % s,
            verdict(None if s is None else s >= 1)))
    ours = get("coopnet", large, "leiden", 1)
    theirs = get("igraph", large, "leiden", 1)
    if ours is not None and theirs is not None:
        s = theirs["seconds"] / ours["seconds"]
        print("- Leiden (2 iterations) on %s: %.2f× (need ≥ 1×) — %s; modularity %.4f vs "
              "igraph %.4f (need ≥) — %s" % (
                  large, s, verdict(s >= 1), ours["modularity"], theirs["modularity"],
                  verdict(ours["modularity"] >= theirs["modularity"])))
    stable = get("coopnet", large, "leiden_default", 1)
    if stable is not None and theirs is not None:
        print("- Leiden with 10 iterations on %s: %.2f× igraph's 2-iteration time, modularity %.4f"
              % (large, theirs["seconds"] / stable["seconds"], stable["modularity"]))
    worse = []
    compared = 0
    for (tool, graph, metric, threads), row in best.items():
        if tool != "coopnet" or metric == "load":
            continue
        reference = get("igraph", graph, "leiden" if metric == "leiden_default" else metric, 1)
        if reference is None:
            continue
        compared += 1
        if row["peak_rss_kib"] > reference["peak_rss_kib"]:
            worse.append("%s/%s/%d: %s > %s MiB" % (graph, metric, threads,
                                                    fmt_mib(row["peak_rss_kib"]),
                                                    fmt_mib(reference["peak_rss_kib"])))
    print("- peak memory ≤ igraph's (whole process, per metric): %d of %d measurements%s — %s"
          % (compared - len(worse), compared,
             "" if not worse else " (above: " + "; ".join(worse) + ")", verdict(not worse)))
    net_worse = []
    for (tool, graph, metric, threads), row in best.items():
        if tool != "coopnet" or metric == "load":
            continue
        reference = get("igraph", graph, "leiden" if metric == "leiden_default" else metric, 1)
        if reference is None:
            continue
        ours_net = row["peak_rss_kib"] - row["rss_before_load_kib"]
        theirs_net = reference["peak_rss_kib"] - reference["rss_before_load_kib"]
        if ours_net > theirs_net:
            net_worse.append("%s/%s/%d: %s > %s MiB" % (graph, metric, threads,
                                                        fmt_mib(ours_net), fmt_mib(theirs_net)))
    print("- peak memory above each process's own baseline (graph + kernel only): %d of %d "
          "no more than igraph's%s" % (compared - len(net_worse), compared,
                                       "" if not net_worse else
                                       " (above: " + "; ".join(net_worse) + ")"))
    for row in timed_out:
        print("- %s on %s (coopnet) did not finish within %d s and was stopped" % (
            row["metric"], row["graph"], row["limit_seconds"]))
    if machine:
        print("\nMachine load averages (1/5/15 min) during the run: " + "; ".join(
            "%s %s" % (row["metric"], row["load"]) for row in machine))


if __name__ == "__main__":
    main()
