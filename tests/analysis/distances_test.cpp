#include "analysis/structure/distances.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

using namespace coopnet;
using testing::EdgeSpec;
using testing::network_from_edges;

namespace {

using TieSpec = EdgeSpec;

AnalysisOptions with_threads(std::size_t threads) {
    AnalysisOptions options;
    options.threads = threads;
    return options;
}

// Plain BFS from every actor over a dense matrix built from the raw tie list; weak
// components by a BFS ignoring direction; the largest (first of equal size) kept.
PathLengthSummary naive_summary(const Network& network) {
    const std::size_t n = network.actor_count();
    std::vector<std::vector<bool>> arc(n, std::vector<bool>(n, false));
    std::vector<std::vector<bool>> link(n, std::vector<bool>(n, false));
    for (const TieRef& tie : network.ties()) {
        if (tie.source == tie.target) continue;
        arc[tie.source][tie.target] = true;
        if (!network.directed()) arc[tie.target][tie.source] = true;
        link[tie.source][tie.target] = link[tie.target][tie.source] = true;
    }
    const auto bfs = [&](std::size_t s, const std::vector<std::vector<bool>>& g) {
        std::vector<int> d(n, -1);
        std::vector<std::size_t> queue{s};
        d[s] = 0;
        for (std::size_t i = 0; i < queue.size(); ++i) {
            for (std::size_t w = 0; w < n; ++w) {
                if (g[queue[i]][w] && d[w] < 0) {
                    d[w] = d[queue[i]] + 1;
                    queue.push_back(w);
                }
            }
        }
        return d;
    };
    std::vector<bool> in_best(n, false);
    std::size_t best = 0;
    std::vector<bool> done(n, false);
    for (std::size_t s = 0; s < n; ++s) {
        if (done[s]) continue;
        const std::vector<int> d = bfs(s, link);
        std::size_t size = 0;
        for (std::size_t v = 0; v < n; ++v) {
            if (d[v] >= 0) {
                done[v] = true;
                ++size;
            }
        }
        if (size > best) {
            best = size;
            for (std::size_t v = 0; v < n; ++v) in_best[v] = d[v] >= 0;
        }
    }
    PathLengthSummary summary;
    summary.component_size = best;
    double total = 0.0;
    for (std::size_t s = 0; s < n; ++s) {
        if (!in_best[s]) continue;
        const std::vector<int> d = bfs(s, arc);
        for (std::size_t t = 0; t < n; ++t) {
            if (t == s || d[t] < 0) continue;
            total += d[t];
            ++summary.connected_pairs;
            summary.diameter = std::max(summary.diameter, static_cast<std::uint32_t>(d[t]));
        }
    }
    summary.average_path_length =
        summary.connected_pairs == 0 ? 0.0 : total / static_cast<double>(summary.connected_pairs);
    return summary;
}

}  // namespace

//   a0 - a1 - a2 - a3    distances into each actor: 6, 4, 4, 6 (Σ 20) over 12 ordered
//                        pairs: 5/3; the longest shortest path a0 … a3 has 3 hops.
TEST_CASE("distances: a path P4 has average length 5/3 and diameter 3", "[distances]") {
    const Network p4 = network_from_edges(4, {{0, 1}, {1, 2}, {2, 3}});
    const PathLengthSummary s = path_length_summary(p4);
    CHECK(s.component_size == 4);
    CHECK(s.connected_pairs == 12);
    CHECK(s.average_path_length == Approx(5.0 / 3).epsilon(1e-15));
    CHECK(s.diameter == 3);
}

// networkx 3.6.1: nx.average_shortest_path_length(G) and nx.diameter(G).
TEST_CASE("distances: classic networks match networkx", "[distances]") {
    const PathLengthSummary kite = path_length_summary(classic::krackhardt_kite());
    CHECK(kite.average_path_length == Approx(1.9777777777777779).epsilon(1e-15));
    CHECK(kite.diameter == 4);
    const PathLengthSummary florentine = path_length_summary(classic::florentine_families());
    CHECK(florentine.component_size == 15);
    CHECK(florentine.average_path_length == Approx(2.4857142857142858).epsilon(1e-15));
    CHECK(florentine.diameter == 5);
    // Weights play no part: the karate club's strengths do not change hop counts.
    const PathLengthSummary karate = path_length_summary(classic::karate_club());
    CHECK(karate.connected_pairs == 34 * 33);
    CHECK(karate.average_path_length == Approx(2.408199643493761).epsilon(1e-15));
    CHECK(karate.diameter == 5);
}

//   a0 → a1 → a2      strongly connected: 12 ordered pairs, Σd = 6+6+4+5 = 21 (see the
//   ↑    ╰───↗ |      closeness test for the hand count): 1.75; the longest shortest
//   a3 ←───────╯      path a1 → a0 = a1→a2→a3→a0 has 3 hops (networkx agrees).
TEST_CASE("distances: directed networks follow the arcs", "[distances]") {
    const Network d = network_from_edges(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}}, true);
    const PathLengthSummary s = path_length_summary(d);
    CHECK(s.connected_pairs == 12);
    CHECK(s.average_path_length == Approx(1.75).epsilon(1e-15));
    CHECK(s.diameter == 3);

    // a0 → a1 → a2 is weakly connected; only 3 ordered pairs connect: 1, 1, 2 hops.
    const Network chain = network_from_edges(3, {{0, 1}, {1, 2}}, true);
    const PathLengthSummary c = path_length_summary(chain);
    CHECK(c.component_size == 3);
    CHECK(c.connected_pairs == 3);
    CHECK(c.average_path_length == Approx(4.0 / 3).epsilon(1e-15));
    CHECK(c.diameter == 2);
}

TEST_CASE("distances: the largest component is summarised", "[distances]") {
    // a0 - a1, then a2 - a3 - a4 (largest), isolate a5, self-tie and a repeated tie.
    // Ordered pairs in {a2,a3,a4}: 6, Σd = 2·(1+2+1) = 8: 4/3; diameter 2.
    const Network split = network_from_edges(6, {{0, 1}, {2, 3}, {3, 4}, {4, 3}, {5, 5}, {2, 2}});
    const PathLengthSummary s = path_length_summary(split);
    CHECK(s.component_size == 3);
    CHECK(s.connected_pairs == 6);
    CHECK(s.average_path_length == Approx(4.0 / 3).epsilon(1e-15));
    CHECK(s.diameter == 2);

    // Two components of equal size: the one holding a0 is taken.
    const Network twins = network_from_edges(5, {{3, 4}, {0, 1}});
    CHECK(path_length_summary(twins).component_size == 2);
    CHECK(path_length_summary(twins).average_path_length == 1.0);
}

TEST_CASE("distances: degenerate networks", "[distances]") {
    const PathLengthSummary empty = path_length_summary(network_from_edges(0, {}));
    CHECK(empty.component_size == 0);
    CHECK(std::isnan(empty.average_path_length));
    CHECK(empty.diameter == 0);

    const PathLengthSummary one = path_length_summary(network_from_edges(1, {}));
    CHECK(one.component_size == 1);
    CHECK(one.average_path_length == 0.0);
    CHECK(one.diameter == 0);

    const PathLengthSummary no_ties = path_length_summary(network_from_edges(4, {}, true));
    CHECK(no_ties.component_size == 1);
    CHECK(no_ties.connected_pairs == 0);
    CHECK(no_ties.average_path_length == 0.0);
}

TEST_CASE("distances: incoming distance totals", "[distances]") {
    // a0 → a1 → a2 with weights 2 and 4 (lengths 1/2, 1/4). Into a2: a1 at 1/4, a0 at 3/4.
    const Network chain = network_from_edges(3, {{0, 1, 2.0}, {1, 2, 4.0}}, true);
    const IncomingDistances w = incoming_distances(chain);
    CHECK(w.reach == std::vector<std::uint32_t>{1, 2, 3});
    CHECK(w.distance_sum == std::vector<double>{0, 0.5, 1.0});
    CHECK(w.harmonic_sum == std::vector<double>{0, 2, 4 + 4.0 / 3});
    CHECK(w.eccentricity == std::vector<double>{0, 0.5, 0.75});
    AnalysisOptions hops;
    hops.weights = WeightMode::Unweighted;
    const IncomingDistances u = incoming_distances(chain, hops);
    CHECK(u.distance_sum == std::vector<double>{0, 1, 3});
    CHECK(u.eccentricity == std::vector<double>{0, 1, 2});
}

TEST_CASE("distances: tie lengths are inverse weights, and bad weights are rejected",
          "[distances]") {
    const Network net = network_from_edges(3, {{0, 1, 4.0}, {1, 2, 0.5}});
    CHECK(tie_lengths(net.adjacency().out()) == std::vector<double>{0.25, 0.25, 2.0, 2.0});
    for (double bad : {0.0, -3.0, std::numeric_limits<double>::quiet_NaN(),
                       std::numeric_limits<double>::infinity()}) {
        const Network broken = network_from_edges(2, {{0, 1, bad}});
        REQUIRE_THROWS_AS(tie_lengths(broken.adjacency().out()), InvalidArgument);
        REQUIRE_THROWS_AS(incoming_distances(broken), InvalidArgument);
        // Hop counts never read the weights.
        CHECK(path_length_summary(broken).diameter == 1);
    }
}

TEST_CASE("distances: the multi-source BFS matches plain BFS on seeded random networks",
          "[distances]") {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const std::size_t n = seed % 4 == 0 ? 300 + seed : 2 + (seed * 13) % 59;
        const double p = n > 100 ? 0.006 : 0.02 + 0.03 * static_cast<double>(seed % 5);
        const bool directed = seed % 2 == 1;
        const Network net = classic::gnp_random(n, p, directed, 3, seed);
        INFO("seed " << seed << ", n " << n << ", directed " << directed);
        const PathLengthSummary expected = naive_summary(net);
        const PathLengthSummary actual = path_length_summary(net, with_threads(2));
        CHECK(actual.component_size == expected.component_size);
        CHECK(actual.connected_pairs == expected.connected_pairs);
        CHECK(actual.diameter == expected.diameter);
        CHECK(actual.average_path_length ==
              Approx(expected.average_path_length).epsilon(1e-14).margin(1e-14));
    }
}

TEST_CASE("distances: one and several threads give bit-identical results", "[distances]") {
    const Network ba = classic::barabasi_albert(1500, 3, 11);
    AnalysisOptions one = with_threads(1);
    one.weights = WeightMode::Unweighted;
    AnalysisOptions two = with_threads(2);
    two.weights = WeightMode::Unweighted;
    const IncomingDistances a = incoming_distances(ba, one);
    const IncomingDistances b = incoming_distances(ba, two);
    CHECK(a.reach == b.reach);
    CHECK(a.distance_sum == b.distance_sum);
    CHECK(a.harmonic_sum == b.harmonic_sum);
    CHECK(a.eccentricity == b.eccentricity);
    const PathLengthSummary s1 = path_length_summary(ba, one);
    const PathLengthSummary s2 = path_length_summary(ba, two);
    CHECK(s1.average_path_length == s2.average_path_length);
    CHECK(s1.diameter == s2.diameter);
}
