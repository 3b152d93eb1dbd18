#!/usr/bin/python3
"""Times python-igraph (or graph-tool) on the benchmark graphs, as bench_metrics does coopnet.

Usage: bench_igraph.py GRAPH [--tool igraph|graph-tool] [--metric NAME]... [--threads T]...
                       [--graph-label TEXT]

Runs under Debian 12's /usr/bin/python3 with python3-igraph (0.10.x) and, for
--tool graph-tool, python3-graph-tool (2.45). GRAPH is a plain `u v` edge list written by
bench_generate_graph (vertex numbers 0 … n-1, each first seen in numeric order), read with
the library's own reader BEFORE any clock starts; the read is reported as metric "load".
One JSON object per line and measurement goes to standard output, with the fields of
bench_metrics (tool, graph, metric, threads, seconds, runs, checksum, peak_rss_kib …).

Timing and repeats follow bench_metrics: time.perf_counter() around the call only; a
metric runs once, and again (5 runs at most) while the runs so far took under 10 s;
`seconds` is the fastest run. `peak_rss_kib` is getrusage(RUSAGE_SELF).ru_maxrss after
the metric (run one metric per process to read it as that metric's peak);
`rss_before_load_kib` is the peak with Python and the library imported, before the graph.

What each metric calls and sums into `checksum` (the same quantity as bench_metrics):
  igraph
    betweenness  Graph.betweenness(directed=False)               sum (unordered pairs)
    closeness    Graph.closeness() (normalized=True)             sum
    harmonic     Graph.harmonic_centrality() (normalized=True)   sum
    pagerank     Graph.pagerank() (PRPACK, damping 0.85)         max
    eigenvector  Graph.eigenvector_centrality() (ARPACK, max 1)  sum / max
    coreness     Graph.coreness()                                sum
    clustering   Graph.transitivity_local_undirected(mode="zero") sum
    leiden       Graph.community_leiden(objective_function="modularity",
                 n_iterations=2), random.seed(1) first;          modularity of the result
  graph-tool (OpenMP threads set with openmp_set_num_threads; no Leiden)
    betweenness  betweenness(g, norm=False)                      sum
    closeness    closeness(g) (norm=True)                        sum
    harmonic     closeness(g, harmonic=True) (norm=True)         sum
    pagerank     pagerank(g, epsilon=1e-10)                      max
    eigenvector  eigenvector(g, epsilon=1e-10)                   sum / max
    coreness     kcore_decomposition(g)                          sum
    clustering   local_clustering(g)                             sum
igraph is single-threaded: its threaded metrics run with threads = 1 only.
"""

import argparse
import json
import math
import random
import resource
import sys
import time

METRICS = ["betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "coreness",
           "clustering", "leiden"]
# Run with every --threads value (the kernels coopnet parallelises; the rest use 1 thread).
THREADED = {"betweenness", "closeness", "harmonic", "clustering"}
MAX_RUNS = 5
REPEAT_BUDGET = 10.0  # seconds


def peak_rss_kib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def time_kernel(kernel):
    """Runs kernel() under the repeat rule; returns (fastest seconds, runs, last result)."""
    best = math.inf
    total = 0.0
    runs = 0
    result = None
    while True:
        start = time.perf_counter()
        result = kernel()
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        total += elapsed
        runs += 1
        if runs >= MAX_RUNS or total >= REPEAT_BUDGET:
            return best, runs, result


class IgraphTool:
    name = "igraph"

    def __init__(self):
        import igraph
        self.igraph = igraph
        self.graph = None

    def threads_for(self, metric, requested):
        return [1]  # igraph has no parallel kernels

    def load(self, path):
        self.graph = self.igraph.Graph.Read_Edgelist(path, directed=False)
        return self.graph.vcount(), self.graph.ecount()

    def kernel(self, metric, threads):
        g = self.graph
        if metric == "betweenness":
            return lambda: g.betweenness(directed=False), sum
        if metric == "closeness":
            return lambda: g.closeness(), sum
        if metric == "harmonic":
            return lambda: g.harmonic_centrality(), sum
        if metric == "pagerank":
            return lambda: g.pagerank(), max
        if metric == "eigenvector":
            return lambda: g.eigenvector_centrality(), lambda x: sum(x) / max(x)
        if metric == "coreness":
            return lambda: g.coreness(), sum
        if metric == "clustering":
            return lambda: g.transitivity_local_undirected(mode="zero"), sum
        if metric == "leiden":
            def leiden():
                random.seed(1)  # python-igraph draws from Python's random module
                return g.community_leiden(objective_function="modularity", n_iterations=2)
            return leiden, None
        return None

    def leiden_fields(self, clustering):
        q = self.graph.modularity(clustering.membership)
        return {"checksum": q, "modularity": q, "communities": len(clustering)}


class GraphToolTool:
    name = "graph-tool"

    def __init__(self):
        import graph_tool.all as gt
        import numpy
        self.gt = gt
        self.numpy = numpy
        self.graph = None

    def threads_for(self, metric, requested):
        return requested if metric in THREADED else [1]

    def load(self, path):
        pairs = self.numpy.fromfile(path, dtype=self.numpy.int64, sep=" ").reshape(-1, 2)
        g = self.gt.Graph(directed=False)
        g.add_edge_list(pairs)
        del pairs
        self.graph = g
        return g.num_vertices(), g.num_edges()

    def kernel(self, metric, threads):
        gt = self.gt
        g = self.graph
        gt.openmp_set_num_threads(threads)

        def total(prop):
            return float(prop.a.sum())

        if metric == "betweenness":
            return lambda: gt.betweenness(g, norm=False)[0], total
        if metric == "closeness":
            return lambda: gt.closeness(g), total
        if metric == "harmonic":
            return lambda: gt.closeness(g, harmonic=True), total
        if metric == "pagerank":
            return lambda: gt.pagerank(g, epsilon=1e-10), lambda p: float(p.a.max())
        if metric == "eigenvector":
            return (lambda: gt.eigenvector(g, epsilon=1e-10)[1],
                    lambda p: float(p.a.sum() / p.a.max()))
        if metric == "coreness":
            return lambda: gt.kcore_decomposition(g), total
        if metric == "clustering":
            return lambda: gt.local_clustering(g), total
        return None  # no Leiden in graph-tool


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graph")
    parser.add_argument("--tool", choices=["igraph", "graph-tool"], default="igraph")
    parser.add_argument("--metric", action="append", choices=["load"] + METRICS)
    parser.add_argument("--threads", action="append", type=int)
    parser.add_argument("--graph-label")
    args = parser.parse_args()
    metrics = args.metric or METRICS
    requested_threads = args.threads or [1, 2]
    if any(t < 1 for t in requested_threads):
        parser.error("--threads must be >= 1")

    tool = IgraphTool() if args.tool == "igraph" else GraphToolTool()
    base = {"tool": tool.name, "graph": args.graph_label or args.graph}

    def emit(fields):
        print(json.dumps({**base, **fields}), flush=True)

    rss_before_load = peak_rss_kib()
    start = time.perf_counter()
    actors, ties = tool.load(args.graph)
    load_seconds = time.perf_counter() - start
    rss_after_load = peak_rss_kib()
    emit({"metric": "load", "threads": 1, "seconds": load_seconds, "runs": 1,
          "actors": actors, "ties": ties, "rss_before_load_kib": rss_before_load,
          "peak_rss_kib": rss_after_load})

    for metric in metrics:
        if metric == "load":
            continue
        first_result = None
        thread_counts = tool.threads_for(metric, requested_threads)
        for k, threads in enumerate(thread_counts):
            made = tool.kernel(metric, threads)
            if made is None:
                emit({"metric": metric, "threads": threads, "unsupported": True})
                break
            kernel, checksum = made
            seconds, runs, result = time_kernel(kernel)
            peak = peak_rss_kib()  # before the checks below allocate anything
            fields = {"metric": metric, "threads": threads, "seconds": seconds, "runs": runs}
            if metric == "leiden":
                fields.update(tool.leiden_fields(result))
            else:
                fields["checksum"] = checksum(result)
                if len(thread_counts) > 1:
                    values = result.a.copy() if hasattr(result, "a") else list(result)
                    if k == 0:
                        first_result = values
                    else:
                        same = bool((values == first_result).all()) \
                            if hasattr(values, "all") else values == first_result
                        fields["identical_to_threads_%d" % thread_counts[0]] = same
            fields.update({"rss_before_load_kib": rss_before_load,
                           "rss_after_load_kib": rss_after_load, "peak_rss_kib": peak})
            emit(fields)
    return 0


if __name__ == "__main__":
    sys.exit(main())
