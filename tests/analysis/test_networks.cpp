#include "tests/analysis/test_networks.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <utility>

namespace coopnet::testing {

Network network_from_edges(std::size_t n, const std::vector<EdgeSpec>& edges, bool directed,
                           std::string_view id_prefix) {
    std::vector<ActorSpec> actors(n);
    for (std::size_t v = 0; v < n; ++v) actors[v].id = std::string(id_prefix) + std::to_string(v);
    return network_from_actors(actors, edges, directed);
}

Network network_from_actors(const std::vector<ActorSpec>& actors,
                            const std::vector<EdgeSpec>& edges, bool directed) {
    std::vector<Actor> list;
    list.reserve(actors.size());
    for (const ActorSpec& spec : actors) {
        Actor actor;
        actor.id = spec.id;
        actor.label = spec.label;
        if (!spec.sector.empty()) actor.sector = spec.sector;
        list.push_back(std::move(actor));
    }
    std::vector<Tie> ties;
    ties.reserve(edges.size());
    for (const EdgeSpec& edge : edges) {
        Tie tie;
        tie.source = edge.source;
        tie.target = edge.target;
        tie.weight = edge.weight;
        tie.kind = edge.kind;
        ties.push_back(std::move(tie));
    }
    return make_network("test", directed, std::move(list), std::move(ties));
}

std::vector<EdgeSpec> clique_edges(NodeId base, NodeId size) {
    std::vector<EdgeSpec> edges;
    for (NodeId i = 0; i < size; ++i) {
        for (NodeId j = i + 1; j < size; ++j) edges.push_back({base + i, base + j});
    }
    return edges;
}

Network two_joined_cliques() {
    std::vector<EdgeSpec> edges = clique_edges(0, 4);
    const std::vector<EdgeSpec> second = clique_edges(4, 4);
    edges.insert(edges.end(), second.begin(), second.end());
    edges.push_back({3, 4});
    return network_from_edges(8, edges, false, "a");
}

std::vector<EdgeSpec> random_edges(std::mt19937_64& rng, std::size_t n, std::size_t m,
                                   std::uint32_t max_weight) {
    std::vector<EdgeSpec> edges;
    edges.reserve(m);
    for (std::size_t e = 0; e < m; ++e) {
        EdgeSpec edge{};
        edge.source = static_cast<NodeId>(rng() % n);
        edge.target = static_cast<NodeId>(rng() % n);
        edge.weight = max_weight > 1 ? static_cast<double>(1 + rng() % max_weight) : 1.0;
        edges.push_back(std::move(edge));
    }
    return edges;
}

AnalysisOptions unweighted(std::size_t threads) {
    AnalysisOptions options;
    options.weights = WeightMode::Unweighted;
    options.threads = threads;
    return options;
}

AnalysisOptions weighted(std::size_t threads) {
    AnalysisOptions options;
    options.weights = WeightMode::Weighted;
    options.threads = threads;
    return options;
}

Partition partition_from_labels(std::vector<CommunityId> labels) {
    Partition p;
    for (const CommunityId c : labels) {
        p.community_count = std::max<std::size_t>(p.community_count, std::size_t{c} + 1);
    }
    p.community = std::move(labels);
    return p;
}

void check_close(const std::vector<double>& actual, const std::vector<double>& expected,
                 double margin, double epsilon) {
    REQUIRE(actual.size() == expected.size());
    for (std::size_t v = 0; v < actual.size(); ++v) {
        INFO("actor " << v);
        CHECK(actual[v] == Approx(expected[v]).epsilon(epsilon).margin(margin));
    }
}

}  // namespace coopnet::testing
