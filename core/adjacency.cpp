#include "core/adjacency.hpp"

#include <algorithm>
#include <numeric>

namespace coopnet {

CsrGraph build_csr(std::size_t node_count, std::span<const Arc> arcs) {
    CsrGraph graph;
    graph.offsets.assign(node_count + 1, 0);
    // Counting sort by source: two passes over the arcs, no comparison sort of all arcs.
    for (const Arc& arc : arcs) {
        if (arc.source != arc.target) ++graph.offsets[arc.source + 1];
    }
    std::partial_sum(graph.offsets.begin(), graph.offsets.end(), graph.offsets.begin());
    std::vector<std::pair<NodeId, double>> slots(graph.offsets.back());
    std::vector<std::uint64_t> next(graph.offsets.begin(), graph.offsets.end() - 1);
    for (const Arc& arc : arcs) {
        if (arc.source != arc.target) slots[next[arc.source]++] = {arc.target, arc.weight};
    }

    // Sort each row and merge repeats in place, then compact the rows.
    graph.neighbours.reserve(slots.size());
    graph.weights.reserve(slots.size());
    std::vector<std::uint64_t> merged_offsets(node_count + 1, 0);
    for (std::size_t v = 0; v < node_count; ++v) {
        auto first = slots.begin() + static_cast<std::ptrdiff_t>(graph.offsets[v]);
        auto last = slots.begin() + static_cast<std::ptrdiff_t>(graph.offsets[v + 1]);
        // Stable, so repeated ties are summed in input order on every platform.
        std::stable_sort(first, last,
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto it = first; it != last; ++it) {
            if (graph.neighbours.size() > merged_offsets[v] && graph.neighbours.back() == it->first) {
                graph.weights.back() += it->second;
            } else {
                graph.neighbours.push_back(it->first);
                graph.weights.push_back(it->second);
            }
        }
        merged_offsets[v + 1] = graph.neighbours.size();
    }
    graph.offsets = std::move(merged_offsets);
    graph.neighbours.shrink_to_fit();
    graph.weights.shrink_to_fit();
    return graph;
}

Adjacency::Adjacency(std::size_t node_count, bool directed, std::span<const Arc> arcs)
    : directed_(directed) {
    std::vector<Arc> both;
    both.reserve(arcs.size() * 2);
    for (const Arc& arc : arcs) {
        both.push_back(arc);
        both.push_back({arc.target, arc.source, arc.weight});
    }
    if (!directed) {
        out_ = build_csr(node_count, both);
        tie_count_ = out_.arc_count() / 2;
        return;
    }
    out_ = build_csr(node_count, arcs);
    tie_count_ = out_.arc_count();
    std::vector<Arc> reversed;
    reversed.reserve(arcs.size());
    for (const Arc& arc : arcs) reversed.push_back({arc.target, arc.source, arc.weight});
    in_ = build_csr(node_count, reversed);
    undirected_ = build_csr(node_count, both);
}

}  // namespace coopnet
