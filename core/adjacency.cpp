#include "core/adjacency.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

#include "core/detail/huge_pages.hpp"

namespace coopnet {

namespace {

// Sorts one row by neighbour, keeping the input order of repeats (stable), in `scratch`.
void sort_row(std::vector<std::pair<NodeId, double>>& scratch) {
    const auto by_neighbour = [](const auto& a, const auto& b) { return a.first < b.first; };
    if (scratch.size() <= 32) {
        // Insertion sort: stable and fastest for the short rows of sparse networks.
        for (std::size_t i = 1; i < scratch.size(); ++i) {
            const auto item = scratch[i];
            std::size_t j = i;
            while (j > 0 && item.first < scratch[j - 1].first) {
                scratch[j] = scratch[j - 1];
                --j;
            }
            scratch[j] = item;
        }
    } else {
        std::stable_sort(scratch.begin(), scratch.end(), by_neighbour);
    }
}

}  // namespace

CsrGraph build_csr_generated(std::size_t node_count, const ArcGenerator& arcs,
                             ArcDirection direction) {
    CsrGraph graph;
    std::vector<std::uint64_t>& offsets = graph.offsets;
    offsets.assign(node_count + 1, 0);
    const bool forward = direction != ArcDirection::Reverse;
    const bool reverse = direction != ArcDirection::Forward;

    // Counting sort by row: count, then place (offsets[v] serves as the cursor of row v
    // and ends at the start of row v+1; shifting by one restores the starts).
    arcs([&](const Arc& arc) {
        if (arc.source == arc.target) return;
        if (forward) ++offsets[arc.source + 1];
        if (reverse) ++offsets[arc.target + 1];
    });
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    detail::reserve_with_huge_pages(graph.neighbours, offsets.back());
    detail::reserve_with_huge_pages(graph.weights, offsets.back());
    graph.neighbours.resize(offsets.back());
    graph.weights.resize(offsets.back());
    NodeId* neighbours = graph.neighbours.data();
    double* weights = graph.weights.data();
    arcs([&](const Arc& arc) {
        if (arc.source == arc.target) return;
        if (forward) {
            const std::uint64_t slot = offsets[arc.source]++;
            neighbours[slot] = arc.target;
            weights[slot] = arc.weight;
        }
        if (reverse) {
            const std::uint64_t slot = offsets[arc.target]++;
            neighbours[slot] = arc.source;
            weights[slot] = arc.weight;
        }
    });
    for (std::size_t v = node_count; v > 0; --v) offsets[v] = offsets[v - 1];
    offsets[0] = 0;

    // Sort each row and merge repeats (summing in arc order); rows only shrink, so the
    // merged rows are written over the old ones from the front.
    std::vector<std::pair<NodeId, double>> scratch;
    std::uint64_t write = 0;
    std::uint64_t read_begin = 0;
    for (std::size_t v = 0; v < node_count; ++v) {
        const std::uint64_t read_end = offsets[v + 1];
        offsets[v] = write;
        const bool sorted = std::is_sorted(neighbours + read_begin, neighbours + read_end);
        if (sorted) {
            for (std::uint64_t k = read_begin; k < read_end; ++k) {
                if (write > offsets[v] && neighbours[write - 1] == neighbours[k]) {
                    weights[write - 1] += weights[k];
                } else {
                    neighbours[write] = neighbours[k];
                    weights[write] = weights[k];
                    ++write;
                }
            }
        } else {
            scratch.clear();
            for (std::uint64_t k = read_begin; k < read_end; ++k) {
                scratch.emplace_back(neighbours[k], weights[k]);
            }
            sort_row(scratch);
            for (const auto& [neighbour, weight] : scratch) {
                if (write > offsets[v] && neighbours[write - 1] == neighbour) {
                    weights[write - 1] += weight;
                } else {
                    neighbours[write] = neighbour;
                    weights[write] = weight;
                    ++write;
                }
            }
        }
        read_begin = read_end;
    }
    offsets[node_count] = write;
    if (write < graph.neighbours.size()) {
        graph.neighbours.resize(write);
        graph.weights.resize(write);
        graph.neighbours.shrink_to_fit();
        graph.weights.shrink_to_fit();
    }
    return graph;
}

CsrGraph build_csr(std::size_t node_count, std::span<const Arc> arcs) {
    return build_csr_generated(node_count, [arcs](const std::function<void(const Arc&)>& emit) {
        for (const Arc& arc : arcs) emit(arc);
    });
}

Adjacency::Adjacency(std::size_t node_count, bool directed, std::span<const Arc> arcs) {
    *this = generated(node_count, directed, [arcs](const std::function<void(const Arc&)>& emit) {
        for (const Arc& arc : arcs) emit(arc);
    });
}

Adjacency Adjacency::generated(std::size_t node_count, bool directed, const ArcGenerator& arcs) {
    Adjacency adjacency;
    adjacency.directed_ = directed;
    if (!directed) {
        adjacency.out_ = build_csr_generated(node_count, arcs, ArcDirection::Both);
        adjacency.tie_count_ = adjacency.out_.arc_count() / 2;
        return adjacency;
    }
    adjacency.out_ = build_csr_generated(node_count, arcs, ArcDirection::Forward);
    adjacency.tie_count_ = adjacency.out_.arc_count();
    adjacency.in_ = build_csr_generated(node_count, arcs, ArcDirection::Reverse);
    adjacency.undirected_ = build_csr_generated(node_count, arcs, ArcDirection::Both);
    return adjacency;
}

}  // namespace coopnet
