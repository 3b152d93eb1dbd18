#include "analysis/structure/clustering.hpp"

#include <algorithm>
#include <numeric>
#include <thread>

namespace coopnet {
namespace {

// Rows of the undirected graph keeping only neighbours of higher rank, where rank orders
// actors by (degree, index).
CsrGraph forward_rows(const CsrGraph& graph) {
    const std::size_t n = graph.node_count();
    const auto higher = [&](NodeId a, NodeId b) {  // is b ranked above a?
        const std::size_t da = graph.degree(a);
        const std::size_t db = graph.degree(b);
        return db > da || (db == da && b > a);
    };
    CsrGraph forward;
    forward.offsets.assign(n + 1, 0);
    for (NodeId v = 0; v < n; ++v) {
        std::uint64_t count = 0;
        for (const NodeId u : graph.neighbours_of(v)) count += higher(v, u) ? 1 : 0;
        forward.offsets[v + 1] = forward.offsets[v] + count;
    }
    forward.neighbours.reserve(forward.offsets[n]);
    for (NodeId v = 0; v < n; ++v) {
        for (const NodeId u : graph.neighbours_of(v)) {
            if (higher(v, u)) forward.neighbours.push_back(u);
        }
    }
    return forward;
}

// Counts the triangles whose lowest-ranked corner is v = first, first + stride, ...
void count_triangles(const CsrGraph& forward, NodeId first, std::size_t stride,
                     std::vector<std::uint64_t>& counts) {
    const std::size_t n = forward.node_count();
    std::vector<NodeId> marker(n, 0);  // marker[w] == v + 1: w is in forward(v)
    for (std::size_t index = first; index < n; index += stride) {
        const auto v = static_cast<NodeId>(index);
        const auto row = forward.neighbours_of(v);
        if (row.size() < 2) continue;
        for (const NodeId u : row) marker[u] = v + 1;
        for (const NodeId u : row) {
            for (const NodeId w : forward.neighbours_of(u)) {
                if (marker[w] == v + 1) {
                    ++counts[v];
                    ++counts[u];
                    ++counts[w];
                }
            }
        }
    }
}

std::vector<double> clustering_from(const CsrGraph& graph, const std::vector<std::uint64_t>& t) {
    std::vector<double> c(t.size(), 0.0);
    for (NodeId v = 0; v < t.size(); ++v) {
        const auto k = static_cast<double>(graph.degree(v));
        if (graph.degree(v) >= 2) c[v] = 2.0 * static_cast<double>(t[v]) / (k * (k - 1.0));
    }
    return c;
}

}  // namespace

std::vector<std::uint64_t> triangles(const CsrGraph& graph, std::size_t threads) {
    const std::size_t n = graph.node_count();
    std::vector<std::uint64_t> counts(n, 0);
    if (n < 3) return counts;
    const CsrGraph forward = forward_rows(graph);

    // Small networks are not worth a thread; at most one thread per 1024 actors.
    threads = std::max<std::size_t>(1, std::min(threads, n / 1024));
    if (threads == 1) {
        count_triangles(forward, 0, 1, counts);
        return counts;
    }
    std::vector<std::vector<std::uint64_t>> partial(threads, std::vector<std::uint64_t>(n, 0));
    {
        std::vector<std::thread> workers;
        workers.reserve(threads);
        for (std::size_t t = 0; t < threads; ++t) {
            workers.emplace_back(count_triangles, std::cref(forward), static_cast<NodeId>(t),
                                 threads, std::ref(partial[t]));
        }
        for (std::thread& worker : workers) worker.join();
    }
    for (const auto& part : partial) {
        for (std::size_t v = 0; v < n; ++v) counts[v] += part[v];
    }
    return counts;
}

std::vector<std::uint64_t> triangles(const Network& network, const AnalysisOptions& options) {
    return triangles(network.adjacency().undirected(), resolve_thread_count(options.threads));
}

std::vector<double> local_clustering(const Network& network, const AnalysisOptions& options) {
    return clustering_from(network.adjacency().undirected(), triangles(network, options));
}

double average_clustering(const Network& network, const AnalysisOptions& options) {
    const std::vector<double> c = local_clustering(network, options);
    if (c.empty()) return 0.0;
    return std::accumulate(c.begin(), c.end(), 0.0) / static_cast<double>(c.size());
}

double transitivity(const CsrGraph& graph, std::size_t threads) {
    const std::vector<std::uint64_t> t = triangles(graph, threads);
    std::uint64_t closed = 0;   // sum_v t_v = 3 * triangles
    std::uint64_t triples = 0;  // connected triples centred anywhere
    for (NodeId v = 0; v < t.size(); ++v) {
        const std::uint64_t k = graph.degree(v);
        closed += t[v];
        if (k >= 2) triples += k * (k - 1) / 2;
    }
    if (triples == 0) return 0.0;
    return static_cast<double>(closed) / static_cast<double>(triples);
}

double transitivity(const Network& network, const AnalysisOptions& options) {
    return transitivity(network.adjacency().undirected(), resolve_thread_count(options.threads));
}

}  // namespace coopnet
