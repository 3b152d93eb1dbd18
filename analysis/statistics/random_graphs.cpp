#include "analysis/statistics/random_graphs.hpp"

#include <algorithm>
#include <unordered_set>

#include "analysis/detail/random.hpp"

namespace coopnet {
namespace {

using detail::random_below;

std::uint64_t key(const TieList& graph, NodeId a, NodeId b) {
    return static_cast<std::uint64_t>(a) * graph.actors + b;
}

// The pair with index `k` in row order: (0,1), (0,2), … (undirected, a < b) or every
// ordered pair without the diagonal (directed).
std::pair<NodeId, NodeId> pair_at(std::uint64_t k, std::size_t n, bool directed) {
    if (directed) {
        const auto a = static_cast<NodeId>(k / (n - 1));
        auto b = static_cast<NodeId>(k % (n - 1));
        if (b >= a) ++b;
        return {a, b};
    }
    NodeId a = 0;
    std::uint64_t row = n - 1;  // pairs with first end a
    while (k >= row) {
        k -= row;
        ++a;
        --row;
    }
    return {a, static_cast<NodeId>(a + 1 + k)};
}

// A uniform random pair, ordered as the graph stores it.
std::pair<NodeId, NodeId> random_pair(const TieList& graph, std::mt19937_64& rng) {
    const std::size_t n = graph.actors;
    for (;;) {
        const auto a = static_cast<NodeId>(random_below(rng, n));
        const auto b = static_cast<NodeId>(random_below(rng, n));
        if (a == b) continue;
        if (graph.directed || a < b) return {a, b};
        return {b, a};
    }
}

}  // namespace

std::string_view null_model_name(NullModel model) {
    switch (model) {
        case NullModel::Size:
            return "size";
        case NullModel::Ties:
            return "ties";
        case NullModel::Degrees:
            return "degrees";
    }
    return "ties";
}

std::optional<NullModel> parse_null_model(std::string_view name) {
    for (const NullModel model : {NullModel::Size, NullModel::Ties, NullModel::Degrees}) {
        if (null_model_name(model) == name) return model;
    }
    return std::nullopt;
}

TieList observed_ties(const Network& network) {
    const Adjacency& adjacency = network.adjacency();
    TieList graph;
    graph.actors = adjacency.node_count();
    graph.directed = adjacency.directed();
    graph.ties.reserve(adjacency.tie_count());
    const CsrGraph& rows = adjacency.out();
    for (NodeId v = 0; v < graph.actors; ++v) {
        for (const NodeId u : rows.neighbours_of(v)) {
            if (graph.directed || v < u) graph.ties.emplace_back(v, u);
        }
    }
    return graph;
}

std::uint64_t possible_ties(std::size_t actors, bool directed) {
    if (actors < 2) return 0;
    const std::uint64_t n = actors;
    return directed ? n * (n - 1) : n * (n - 1) / 2;
}

void draw_uniform_ties(TieList& graph, std::size_t tie_count, NullModel model,
                       std::mt19937_64& rng) {
    graph.ties.clear();
    const std::uint64_t possible = possible_ties(graph.actors, graph.directed);
    if (model == NullModel::Size) {
        for (std::uint64_t k = 0; k < possible; ++k) {
            if ((rng() >> 63) != 0) graph.ties.push_back(pair_at(k, graph.actors, graph.directed));
        }
        return;
    }
    if (2 * tie_count <= possible) {
        std::unordered_set<std::uint64_t> taken;
        taken.reserve(2 * tie_count);
        while (graph.ties.size() < tie_count) {
            const auto [a, b] = random_pair(graph, rng);
            if (taken.insert(key(graph, a, b)).second) graph.ties.emplace_back(a, b);
        }
        return;
    }
    // Dense: choose the free pairs, tie the rest (in row order).
    std::vector<char> free(possible, 0);
    std::uint64_t chosen = 0;
    while (chosen < possible - tie_count) {
        const std::uint64_t k = random_below(rng, possible);
        if (free[k] == 0) {
            free[k] = 1;
            ++chosen;
        }
    }
    for (std::uint64_t k = 0; k < possible; ++k) {
        if (free[k] == 0) graph.ties.push_back(pair_at(k, graph.actors, graph.directed));
    }
}

std::size_t rewire_keeping_degrees(TieList& graph, std::size_t swaps, std::mt19937_64& rng) {
    const std::size_t m = graph.ties.size();
    if (m < 2 || swaps == 0) return 0;
    std::unordered_set<std::uint64_t> present;
    present.reserve(2 * m);
    for (const auto& [a, b] : graph.ties) present.insert(key(graph, a, b));
    auto stored = [&](NodeId a, NodeId b) {
        return graph.directed || a < b ? std::pair{a, b} : std::pair{b, a};
    };
    std::size_t made = 0;
    const std::size_t max_attempts = 10 * swaps;
    for (std::size_t attempt = 0; attempt < max_attempts && made < swaps; ++attempt) {
        const std::size_t i = random_below(rng, m);
        const std::size_t j = random_below(rng, m);
        if (i == j) continue;
        const auto [a, b] = graph.ties[i];
        auto [c, d] = graph.ties[j];
        if (!graph.directed && (rng() >> 63) != 0) std::swap(c, d);
        // (a,b), (c,d) -> (a,d), (c,b); equal ends would make a self-tie or change nothing.
        if (a == d || c == b || a == c || b == d) continue;
        const auto first = stored(a, d);
        const auto second = stored(c, b);
        const std::uint64_t first_key = key(graph, first.first, first.second);
        const std::uint64_t second_key = key(graph, second.first, second.second);
        if (present.contains(first_key) || present.contains(second_key)) continue;
        present.erase(key(graph, graph.ties[i].first, graph.ties[i].second));
        present.erase(key(graph, graph.ties[j].first, graph.ties[j].second));
        present.insert(first_key);
        present.insert(second_key);
        graph.ties[i] = first;
        graph.ties[j] = second;
        ++made;
    }
    return made;
}

}  // namespace coopnet
