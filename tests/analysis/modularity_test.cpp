#include "analysis/community/modularity.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

using namespace coopnet;
using testing::EdgeSpec;
using testing::network_from_edges;
using testing::partition_from_labels;
using testing::two_joined_cliques;

namespace {

// The definition, term by term: Q = 1/(2m) Σ_ij [A_ij − γ k_i k_j / (2m)] δ(c_i, c_j),
// with a dense matrix built from the ties (merged: weights of repeats summed).
double naive_modularity(const Network& network, const std::vector<CommunityId>& community,
                        double gamma) {
    const std::size_t n = network.actor_count();
    std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
    for (const TieRef& tie : network.ties()) {
        if (tie.source == tie.target) continue;
        a[tie.source][tie.target] += tie.weight;
        a[tie.target][tie.source] += tie.weight;
    }
    std::vector<double> k(n, 0.0);
    double two_m = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) k[i] += a[i][j];
        two_m += k[i];
    }
    double q = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            if (community[i] == community[j]) q += a[i][j] - gamma * k[i] * k[j] / two_m;
        }
    }
    return q / two_m;
}

}  // namespace

TEST_CASE("modularity: two cliques joined by one tie, split at the tie, give 12/13 - 1/2",
          "[modularity]") {
    // m = 13 (6 + 6 + 1). Each clique: e_c = 6, K_c = 2·6 + 1 = 13, so
    // Q = 2 · (6/13 − (13/26)²) = 12/13 − 1/2 = 0.4230769…; networkx agrees:
    // modularity(nx.barbell_graph(4, 0), [{0..3}, {4..7}]) = 0.42307692307692313.
    const Network network = two_joined_cliques();
    const Partition split = partition_from_labels({0, 0, 0, 0, 1, 1, 1, 1});
    CHECK(modularity(network, split) == Approx(12.0 / 13.0 - 0.5));
    // With γ: Q = 12/13 − γ/2.
    CHECK(modularity(network, split, 0.5) == Approx(12.0 / 13.0 - 0.25));
    CHECK(modularity(network, split, 0.0) == Approx(12.0 / 13.0));
    // One community: Q = 1 − 1 = 0; singletons: Q = −Σ (k_i/2m)² = −(6·9 + 2·16)/676.
    CHECK(modularity(network, partition_from_labels({0, 0, 0, 0, 0, 0, 0, 0})) ==
          Approx(0.0).margin(1e-15));
    CHECK(modularity(network, partition_from_labels({0, 1, 2, 3, 4, 5, 6, 7})) ==
          Approx(-86.0 / 676.0));
}

TEST_CASE("modularity: agrees with the naive O(n²) formula on seeded random graphs",
          "[modularity]") {
    std::mt19937_64 rng(2024);
    for (int round = 0; round < 20; ++round) {
        const std::size_t n = 5 + rng() % 25;
        std::vector<EdgeSpec> edges;
        const std::size_t m = rng() % (2 * n);
        for (std::size_t e = 0; e < m + 1; ++e) {
            // Repeats and self-ties on purpose: merged and dropped as the adjacency does.
            edges.emplace_back(static_cast<NodeId>(rng() % n), static_cast<NodeId>(rng() % n),
                               1.0 + static_cast<double>(rng() % 7) / 2.0);
        }
        const Network network = network_from_edges(n, edges);
        std::vector<CommunityId> labels(n);
        const std::size_t k = 1 + rng() % 5;
        for (auto& c : labels) c = static_cast<CommunityId>(rng() % k);
        Partition p;
        p.community = labels;
        p.community_count = k;
        for (const double gamma : {0.0, 0.5, 1.0, 2.5}) {
            const double expected = naive_modularity(network, labels, gamma);
            if (std::isnan(expected)) {
                CHECK(std::isnan(modularity(network, p, gamma)));
            } else {
                CHECK(modularity(network, p, gamma) == Approx(expected).margin(1e-12));
            }
        }
    }
}

TEST_CASE("modularity: karate club factions match networkx", "[modularity]") {
    const Network karate = classic::karate_club();
    const Partition clubs = attribute_partition(karate, "club").partition;
    // networkx 3.6.1: hi = {v | G.nodes[v]['club'] == 'Mr. Hi'}; off = rest;
    // modularity(G, [hi, off])                  = 0.39143756676224206
    // modularity(G, [hi, off], weight=None)     = 0.3582347140039448
    // modularity(G, [hi, off], resolution=0.5)  = 0.6416062292685669
    CHECK(modularity(karate, clubs) == Approx(0.39143756676224206).epsilon(1e-12));
    CHECK(modularity(karate, clubs, 1.0, {WeightMode::Unweighted}) ==
          Approx(0.3582347140039448).epsilon(1e-12));
    CHECK(modularity(karate, clubs, 0.5) == Approx(0.6416062292685669).epsilon(1e-12));
}

TEST_CASE("modularity: a directed network is measured on its undirected version", "[modularity]") {
    //   0 <-> 1 -> 2      undirected version: 0–1 weight 2 (a_01 + a_10), 1–2 weight 1
    const Network directed = network_from_edges(3, {{0, 1, 1.0}, {1, 0, 1.0}, {1, 2, 1.0}}, true);
    const Network undirected = network_from_edges(3, {{0, 1, 2.0}, {1, 2, 1.0}});
    const Partition p = partition_from_labels({0, 0, 1});
    // m = 3; c0: e = 2, K = 2 + 3 = 5; c1: e = 0, K = 1.
    // Q = 2/3 − (5/6)² + 0 − (1/6)² = 2/3 − 26/36 = −1/18.
    CHECK(modularity(directed, p) == Approx(-1.0 / 18.0));
    CHECK(modularity(directed, p) == Approx(modularity(undirected, p)));
    // Unweighted: every merged arc weighs 1, so the mutual pair still weighs 1 + 1 = 2.
    const Network heavy = network_from_edges(3, {{0, 1, 5.0}, {1, 0, 3.0}, {1, 2, 7.0}}, true);
    CHECK(modularity(heavy, p, 1.0, {WeightMode::Unweighted}) == Approx(-1.0 / 18.0));
}

TEST_CASE("modularity: unweighted mode sets every merged tie to 1", "[modularity]") {
    // Two parallel ties 0–1 of weight 2 and 3 merge into one tie (weight 5, or 1).
    const Network network =
        network_from_edges(4, {{0, 1, 2.0}, {0, 1, 3.0}, {1, 2, 1.0}, {2, 3, 1.0}});
    const Network simple = network_from_edges(4, {{0, 1, 1.0}, {1, 2, 1.0}, {2, 3, 1.0}});
    const Partition p = partition_from_labels({0, 0, 1, 1});
    CHECK(modularity(network, p, 1.0, {WeightMode::Unweighted}) == Approx(modularity(simple, p)));
    // Path 0–1–2–3 split in the middle: m = 3, e = 1 and 1, K = 3 and 3:
    // Q = 2 · (1/3 − 1/4) = 1/6.
    CHECK(modularity(simple, p) == Approx(1.0 / 6.0));
}

TEST_CASE("cpm quality: sum of internal weight minus gamma times the pairs", "[modularity]") {
    const Network network = two_joined_cliques();
    // Split at the bridge, γ = 0.5: 2 · (6 − 0.5 · 4·3/2) = 6.
    CHECK(cpm_quality(network, partition_from_labels({0, 0, 0, 0, 1, 1, 1, 1}), 0.5) ==
          Approx(6.0));
    // One community, γ = 0.5: 13 − 0.5 · 8·7/2 = −1.
    CHECK(cpm_quality(network, partition_from_labels({0, 0, 0, 0, 0, 0, 0, 0}), 0.5) ==
          Approx(-1.0));
    // Singletons: 0 for any γ.
    CHECK(cpm_quality(network, partition_from_labels({0, 1, 2, 3, 4, 5, 6, 7}), 3.0) ==
          Approx(0.0).margin(1e-15));
    // γ = 0: the total internal weight.
    CHECK(cpm_quality(network, partition_from_labels({0, 0, 0, 0, 1, 1, 1, 1}), 0.0) ==
          Approx(12.0));
    CHECK(partition_quality(network, partition_from_labels({0, 0, 0, 0, 1, 1, 1, 1}),
                            QualityFunction::Cpm, 0.5) == Approx(6.0));
}

TEST_CASE("modularity: degenerate networks", "[modularity]") {
    // No actors, one actor, no ties: m = 0, modularity undefined (NaN), CPM 0 or −γ pairs.
    const Network empty = network_from_edges(0, {});
    CHECK(std::isnan(modularity(empty, Partition{})));
    CHECK(cpm_quality(empty, Partition{}) == 0.0);
    const Network one = network_from_edges(1, {});
    CHECK(std::isnan(modularity(one, partition_from_labels({0}))));
    const Network edgeless = network_from_edges(3, {});
    CHECK(std::isnan(modularity(edgeless, partition_from_labels({0, 0, 1}))));
    CHECK(cpm_quality(edgeless, partition_from_labels({0, 0, 1}), 2.0) == Approx(-2.0));
    // A self-tie alone is dropped: still no ties.
    const Network loop = network_from_edges(2, {{0, 0, 1.0}});
    CHECK(std::isnan(modularity(loop, partition_from_labels({0, 1}))));
    // Isolates add nothing to m nor to any K_c: path 0–1–2 plus isolate 3.
    const Network with_isolate = network_from_edges(4, {{0, 1, 1.0}, {1, 2, 1.0}});
    const Network without = network_from_edges(3, {{0, 1, 1.0}, {1, 2, 1.0}});
    CHECK(modularity(with_isolate, partition_from_labels({0, 0, 1, 2})) ==
          Approx(modularity(without, partition_from_labels({0, 0, 1}))));
}

TEST_CASE("modularity: bad partitions and resolutions are rejected", "[modularity]") {
    const Network network = two_joined_cliques();
    CHECK_THROWS_AS(modularity(network, partition_from_labels({0, 0, 1})), InvalidArgument);
    Partition out_of_range = partition_from_labels({0, 0, 0, 0, 1, 1, 1, 1});
    out_of_range.community_count = 1;
    CHECK_THROWS_AS(modularity(network, out_of_range), InvalidArgument);
    const Partition good = partition_from_labels({0, 0, 0, 0, 1, 1, 1, 1});
    CHECK_THROWS_AS(modularity(network, good, -1.0), InvalidArgument);
    CHECK_THROWS_AS(cpm_quality(network, good, std::nan("")), InvalidArgument);
    CHECK_THROWS_AS(cpm_quality(network, good, INFINITY), InvalidArgument);
}
