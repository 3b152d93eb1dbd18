#include "analysis/community/leiden.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "analysis/community/modularity.hpp"
#include "core/interrupt.hpp"
#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"
#include "analysis/detail/clustering_graph.hpp"

using namespace coopnet;
using testing::clique_edges;
using testing::EdgeSpec;
using testing::network_from_edges;
using testing::random_edges;
using testing::two_joined_cliques;

namespace {

// `count` cliques of `size` actors, clique i on actors i·size …; the last actor of clique i
// tied to the first of clique i+1 (mod count): networkx's ring_of_cliques(count, size).
Network ring_of_cliques(std::size_t count, std::size_t size) {
    std::vector<EdgeSpec> edges;
    for (std::size_t c = 0; c < count; ++c) {
        const auto base = static_cast<NodeId>(c * size);
        const std::vector<EdgeSpec> clique = clique_edges(base, static_cast<NodeId>(size));
        edges.insert(edges.end(), clique.begin(), clique.end());
        if (count > 1) {
            edges.emplace_back(base + size - 1, static_cast<NodeId>(((c + 1) % count) * size), 1.0);
        }
    }
    return network_from_edges(count * size, edges);
}

// A sparse random graph with integer weights 1..4 and some isolates.
Network random_graph(std::uint64_t seed, std::size_t n, std::size_t m) {
    std::mt19937_64 rng(seed);
    return network_from_edges(n, random_edges(rng, n, m, 4));
}

// The connected components of the clustering graph, by breadth-first search.
std::vector<std::size_t> components(const Network& network) {
    const CsrGraph& g = network.adjacency().undirected();
    std::vector<std::size_t> label(g.node_count(), SIZE_MAX);
    std::size_t count = 0;
    for (NodeId r = 0; r < g.node_count(); ++r) {
        if (label[r] != SIZE_MAX) continue;
        std::vector<NodeId> queue{r};
        label[r] = count;
        for (std::size_t h = 0; h < queue.size(); ++h) {
            for (const NodeId w : g.neighbours_of(queue[h])) {
                if (label[w] == SIZE_MAX) {
                    label[w] = count;
                    queue.push_back(w);
                }
            }
        }
        ++count;
    }
    return label;
}

bool all_connected(const Network& network, const Partition& p) {
    for (CommunityId c = 0; c < p.community_count; ++c) {
        if (!is_connected_community(network, p, c)) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("leiden: two cliques joined by one tie are two communities", "[leiden]") {
    // Two K4 joined by the tie 3–4 (drawn in test_networks.hpp): Q = 12/13 − 1/2.
    const Network network = two_joined_cliques();
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        LeidenOptions options;
        options.seed = seed;
        const CommunityResult result = leiden(network, options);
        CHECK(result.partition.community == std::vector<CommunityId>{0, 0, 0, 0, 1, 1, 1, 1});
        CHECK(result.modularity == Approx(12.0 / 13.0 - 0.5));
        CHECK(result.quality == Approx(12.0 / 13.0 - 0.5));
        CHECK(result.converged);
        CHECK_FALSE(result.clustered_undirected_version);
    }
}

TEST_CASE("leiden: a ring of six 5-cliques splits into the cliques", "[leiden]") {
    // m = 6·10 + 6 = 66; each clique e = 10, K = 22: Q = 6·(10/66 − (22/132)²) = 10/11 − 1/6
    // = 0.7424…, networkx: modularity(ring_of_cliques(6, 5), cliques) = 0.7424242424242424.
    // Pairs of cliques would give 3·(21/66 − (44/132)²) = 0.621, one community 0.
    const Network network = ring_of_cliques(6, 5);
    const CommunityResult result = leiden(network);
    CHECK(result.partition.community_count == 6);
    for (NodeId v = 0; v < 30; ++v) {
        CHECK(result.partition.community[v] == result.partition.community[v - v % 5]);
    }
    CHECK(result.modularity == Approx(10.0 / 11.0 - 1.0 / 6.0));
}

TEST_CASE("leiden: karate club reaches at least networkx's best Louvain over 10 seeds",
          "[leiden]") {
    const Network karate = classic::karate_club();
    // networkx 3.6.1:
    //   G = nx.karate_club_graph()
    //   max(modularity(G, louvain_communities(G, weight=w, seed=s), weight=w)
    //       for s in range(10))
    // w = "weight": 0.44490358126721763;  w = None: 0.41978961209730437 (the known
    // unweighted optimum 0.4198, Brandes et al. 2008).
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        LeidenOptions options;
        options.seed = seed;
        const CommunityResult weighted = leiden(karate, options);
        CHECK(weighted.modularity >= 0.44490358126721763 - 1e-12);
        const CommunityResult plain = leiden(karate, options, {WeightMode::Unweighted});
        CHECK(plain.modularity >= 0.41978961209730437 - 1e-12);
        CHECK(plain.partition.community_count == 4);
        CHECK(all_connected(karate, weighted.partition));
    }
}

TEST_CASE("leiden: reported quality equals the quality recomputed from the partition", "[leiden]") {
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        const Network network = random_graph(seed, 60, 120);
        for (const double gamma : {0.5, 1.0, 2.0}) {
            LeidenOptions options;
            options.seed = seed;
            options.resolution = gamma;
            const CommunityResult q = leiden(network, options);
            CHECK(q.quality == Approx(modularity(network, q.partition, gamma)).margin(1e-12));
            CHECK(q.modularity == Approx(modularity(network, q.partition)).margin(1e-12));
            options.quality = QualityFunction::Cpm;
            options.resolution = gamma / 4.0;
            const CommunityResult h = leiden(network, options);
            CHECK(h.quality == Approx(cpm_quality(network, h.partition, gamma / 4.0)).margin(1e-9));
        }
    }
}

TEST_CASE("leiden: every community is connected on seeded random graphs", "[leiden]") {
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        const Network sparse = random_graph(seed, 200, 260);
        const Network ba = classic::barabasi_albert(300, 2, seed);
        for (const QualityFunction f : {QualityFunction::Modularity, QualityFunction::Cpm}) {
            LeidenOptions options;
            options.seed = seed;
            options.quality = f;
            options.resolution = f == QualityFunction::Modularity ? 1.0 : 0.05;
            const CommunityResult a = leiden(sparse, options);
            CHECK(all_connected(sparse, a.partition));
            const CommunityResult b = leiden(ba, options);
            CHECK(all_connected(ba, b.partition));
            // A single iteration already guarantees connectedness.
            options.max_iterations = 1;
            const CommunityResult c = leiden(ba, options);
            CHECK(c.iterations == 1);
            CHECK(all_connected(ba, c.partition));
        }
    }
}

TEST_CASE("leiden: the same seed gives the same partition, other seeds may differ", "[leiden]") {
    const Network network = classic::barabasi_albert(2000, 3, 7);
    LeidenOptions options;
    options.seed = 99;
    const CommunityResult first = leiden(network, options);
    const CommunityResult second = leiden(network, options);
    CHECK(first.partition == second.partition);
    CHECK(first.modularity == second.modularity);
    CHECK(first.iterations == second.iterations);
    // Thread counts do not matter (sequential algorithm).
    const CommunityResult threaded = leiden(network, options, {WeightMode::Weighted, 2});
    CHECK(threaded.partition == first.partition);
    bool some_differ = false;
    for (std::uint64_t seed = 1; seed <= 5 && !some_differ; ++seed) {
        options.seed = seed;
        some_differ = leiden(network, options).partition != first.partition;
    }
    CHECK(some_differ);
}

TEST_CASE("leiden: very high resolution gives singletons, zero resolution components", "[leiden]") {
    const Network network = random_graph(11, 80, 90);
    const std::vector<std::size_t> component = components(network);
    std::size_t component_count = 0;
    for (const std::size_t c : component) component_count = std::max(component_count, c + 1);
    for (const QualityFunction f : {QualityFunction::Modularity, QualityFunction::Cpm}) {
        LeidenOptions options;
        options.quality = f;
        // Modularity: ΔH = w(v, C) − γ k_v K_C / 2m < 0 once γ > 2m·max w / (k_v K_C);
        // CPM: ΔH = w(v, C) − γ n_C < 0 once γ > the largest merged weight (4 + repeats).
        options.resolution = 1e6;
        const CommunityResult high = leiden(network, options);
        CHECK(high.partition.community_count == network.actor_count());
        // γ = 0: every merge of tied nodes gains; one community per connected component.
        options.resolution = 0.0;
        const CommunityResult zero = leiden(network, options);
        CHECK(zero.partition.community_count == component_count);
        for (NodeId v = 0; v < network.actor_count(); ++v) {
            for (NodeId w = 0; w < network.actor_count(); ++w) {
                CHECK((zero.partition.community[v] == zero.partition.community[w]) ==
                      (component[v] == component[w]));
            }
        }
    }
}

TEST_CASE("leiden: degenerate networks", "[leiden]") {
    const CommunityResult empty = leiden(network_from_edges(0, {}));
    CHECK(empty.partition.community_count == 0);
    CHECK(empty.partition.community.empty());
    CHECK(std::isnan(empty.modularity));

    const CommunityResult one = leiden(network_from_edges(1, {}));
    CHECK(one.partition.community == std::vector<CommunityId>{0});
    CHECK(std::isnan(one.modularity));

    // No ties (a self-tie is dropped): every actor alone.
    const CommunityResult edgeless = leiden(network_from_edges(4, {{2, 2, 1.0}}));
    CHECK(edgeless.partition.community_count == 4);
    CHECK(edgeless.converged);

    // Two triangles and an isolate, nothing between them: the triangles, then the isolate.
    //   0 – 1 – 2 – 0     3 – 4 – 5 – 3     6
    const Network split = network_from_edges(
        7, {{0, 1, 1.0}, {1, 2, 1.0}, {2, 0, 1.0}, {3, 4, 1.0}, {4, 5, 1.0}, {5, 3, 1.0}});
    const CommunityResult parts = leiden(split);
    CHECK(parts.partition.community == std::vector<CommunityId>{0, 0, 0, 1, 1, 1, 2});
    // m = 6; each triangle e = 3, K = 6: Q = 2·(3/6 − 1/4) = 1/2.
    CHECK(parts.modularity == Approx(0.5));
    // Parallel ties merge: a doubled tie 0–1 and a single 1–2, path of three.
    const CommunityResult path =
        leiden(network_from_edges(3, {{0, 1, 1.0}, {0, 1, 1.0}, {1, 2, 1.0}}));
    // Best for weights 2, 1: one community, Q = 0 ({0,1} | {2}: 2/3 − 25/36 − 1/36 < 0).
    CHECK(path.partition.community_count == 1);
}

TEST_CASE("leiden: a directed network is clustered on its undirected version", "[leiden]") {
    // Two directed 3-cycles joined by one arc: the cycles.
    const Network network = network_from_edges(
        6,
        {{0, 1, 1.0}, {1, 2, 1.0}, {2, 0, 1.0}, {3, 4, 1.0}, {4, 5, 1.0}, {5, 3, 1.0}, {2, 3, 1.0}},
        true);
    const CommunityResult result = leiden(network);
    CHECK(result.clustered_undirected_version);
    CHECK(result.partition.community == std::vector<CommunityId>{0, 0, 0, 1, 1, 1});
    // m = 7, e = 3 each, K = 7 each: Q = 2·(3/7 − 1/4) = 5/14.
    CHECK(result.modularity == Approx(5.0 / 14.0));
}

TEST_CASE("leiden: bad options are rejected", "[leiden]") {
    const Network network = network_from_edges(2, {{0, 1, 1.0}});
    LeidenOptions options;
    options.resolution = -0.1;
    CHECK_THROWS_AS(leiden(network, options), InvalidArgument);
    options.resolution = 1.0;
    options.randomness = 0.0;
    CHECK_THROWS_AS(leiden(network, options), InvalidArgument);
    options.randomness = std::nan("");
    CHECK_THROWS_AS(leiden(network, options), InvalidArgument);
}

TEST_CASE("leiden: until stable ends on seeded random graphs, the same way for a seed",
          "[leiden]") {
    // Every move raises the quality, so the iterations must end; a stable iteration moves
    // nothing, so a cap at or above it changes nothing, and a rerun repeats it exactly.
    std::size_t most = 0;
    const auto check = [&most](const Network& network, std::uint64_t seed) {
        LeidenOptions options;
        options.seed = seed;
        options.max_iterations = 0;
        const CommunityResult stable = leiden(network, options);
        CHECK(stable.converged);
        most = std::max(most, stable.iterations);
        const CommunityResult again = leiden(network, options);
        CHECK(again.partition == stable.partition);
        CHECK(again.iterations == stable.iterations);
        options.max_iterations = stable.iterations;
        const CommunityResult capped = leiden(network, options);
        CHECK(capped.converged);
        CHECK(capped.partition == stable.partition);
        options.max_iterations = stable.iterations + 5;
        CHECK(leiden(network, options).partition == stable.partition);
    };
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        check(random_graph(seed, 200, 260), seed);
        check(classic::barabasi_albert(300, 2, seed), seed);
    }
    // A handful on these small graphs (the largest count seen was 9).
    CHECK(most <= 15);
}

TEST_CASE("leiden: the polish of a capped run keeps communities connected and quality exact",
          "[leiden]") {
    // The last iteration of a capped run moves nodes again on the way down, which can
    // disconnect a community; the split into connected parts must undo that, and the
    // reported quality must still be that of the partition returned.
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const Network ba = classic::barabasi_albert(400, 3, seed);
        const Network sparse = random_graph(seed, 300, 420);
        for (const QualityFunction f : {QualityFunction::Modularity, QualityFunction::Cpm}) {
            LeidenOptions options;
            options.seed = seed;
            options.quality = f;
            options.resolution = f == QualityFunction::Modularity ? 1.0 : 0.05;
            for (const std::size_t cap : {std::size_t{1}, std::size_t{2}, std::size_t{3}}) {
                options.max_iterations = cap;
                for (const Network* network : {&ba, &sparse}) {
                    const CommunityResult result = leiden(*network, options);
                    CHECK(result.iterations <= cap);
                    CHECK(all_connected(*network, result.partition));
                    const CsrGraph g = clustering_graph(*network);
                    const double recomputed =
                        f == QualityFunction::Modularity
                            ? graph_modularity(g, result.partition.community,
                                               result.partition.community_count, 1.0)
                            : graph_cpm_quality(g, result.partition.community,
                                                result.partition.community_count, 0.05);
                    CHECK(result.quality == Approx(recomputed).margin(1e-12));
                }
            }
        }
    }
}

TEST_CASE("leiden: an interrupt request stops it with Interrupted", "[leiden]") {
    const Network network = classic::barabasi_albert(200, 2, 3);
    request_interrupt();
    CHECK_THROWS_AS(leiden(network), Interrupted);
    clear_interrupt();
    CHECK(leiden(network).partition.community_count > 1);
}
