#include "analysis/community/label_propagation.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "analysis/community/modularity.hpp"
#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"
#include "analysis/detail/clustering_graph.hpp"

using namespace coopnet;
using testing::clique_edges;
using testing::EdgeSpec;
using testing::network_from_edges;

namespace {

// Raghavan et al.'s stopping criterion, checked directly: every actor with ties holds a
// label of largest summed weight among its neighbours.
bool every_label_is_a_best_label(const Network& network, const Partition& p,
                                 const AnalysisOptions& options) {
    const CsrGraph g = clustering_graph(network, options);
    for (NodeId v = 0; v < g.node_count(); ++v) {
        if (g.degree(v) == 0) continue;
        std::map<CommunityId, double> sum;
        const auto ws = g.weights_of(v);
        const auto ns = g.neighbours_of(v);
        for (std::size_t i = 0; i < ns.size(); ++i) sum[p.community[ns[i]]] += ws[i];
        double top = 0.0;
        for (const auto& [label, s] : sum) top = std::max(top, s);
        if (sum[p.community[v]] < top * (1.0 - 1e-12)) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("label propagation: separate cliques each end with one label", "[label_propagation]") {
    // K4 {0..3}, K5 {4..8}, isolate 9. Within a clique any two labels would leave some actor
    // seeing another label more often, so each clique converges to one label.
    auto edges = clique_edges(0, 4);
    const auto second = clique_edges(4, 5);
    edges.insert(edges.end(), second.begin(), second.end());
    const Network network = network_from_edges(10, edges);
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        LabelPropagationOptions options;
        options.seed = seed;
        const CommunityResult result = label_propagation(network, options);
        CHECK(result.converged);
        CHECK(result.partition.community == std::vector<CommunityId>{1, 1, 1, 1, 0, 0, 0, 0, 0, 2});
        // m = 16; e = 6, K = 12 and e = 10, K = 20:
        // Q = 6/16 − (12/32)² + 10/16 − (20/32)² = 1 − 544/1024 = 0.46875.
        CHECK(result.modularity == Approx(0.46875));
        CHECK(result.quality == result.modularity);
    }
}

TEST_CASE("label propagation: at convergence every actor holds a most frequent label",
          "[label_propagation]") {
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const Network network = classic::barabasi_albert(500, 2, seed);
        LabelPropagationOptions options;
        options.seed = seed;
        const CommunityResult result = label_propagation(network, options);
        REQUIRE(result.converged);
        CHECK(every_label_is_a_best_label(network, result.partition, {}));
        CHECK(result.modularity == Approx(modularity(network, result.partition)).margin(1e-12));
    }
    const Network karate = classic::karate_club();
    for (const WeightMode mode : {WeightMode::Weighted, WeightMode::Unweighted}) {
        const CommunityResult result = label_propagation(karate, {}, {mode});
        REQUIRE(result.converged);
        CHECK(every_label_is_a_best_label(karate, result.partition, {mode}));
    }
}

TEST_CASE("label propagation: deterministic for a seed, the sweep cap is reported",
          "[label_propagation]") {
    const Network network = classic::barabasi_albert(3000, 3, 3);
    LabelPropagationOptions options;
    options.seed = 8;
    const CommunityResult a = label_propagation(network, options);
    const CommunityResult b = label_propagation(network, options);
    CHECK(a.partition == b.partition);
    CHECK(a.iterations == b.iterations);
    REQUIRE(a.iterations > 1);
    // Stopping after one sweep: not converged (the converged run needed more).
    options.max_sweeps = 1;
    const CommunityResult capped = label_propagation(network, options);
    CHECK(capped.iterations == 1);
    CHECK_FALSE(capped.converged);
    options.max_sweeps = 0;
    CHECK_THROWS_AS(label_propagation(network, options), InvalidArgument);
}

TEST_CASE("label propagation: degenerate networks", "[label_propagation]") {
    CHECK(label_propagation(network_from_edges(0, {})).partition.community_count == 0);
    const CommunityResult one = label_propagation(network_from_edges(1, {}));
    CHECK(one.partition.community == std::vector<CommunityId>{0});
    CHECK(one.converged);
    CHECK(one.iterations == 1);
    CHECK(label_propagation(network_from_edges(3, {{1, 1, 1.0}})).partition.community_count == 3);
    // A single tie: both ends take one label (each sees only the other's).
    const CommunityResult pair = label_propagation(network_from_edges(2, {{0, 1, 1.0}}, true));
    CHECK(pair.partition.community == std::vector<CommunityId>{0, 0});
    CHECK(pair.clustered_undirected_version);
}
