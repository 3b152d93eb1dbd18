#include "analysis/centrality/approximate_betweenness.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "analysis/centrality/betweenness.hpp"
#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

using namespace coopnet;
using testing::EdgeSpec;
using testing::network_from_edges;
using testing::unweighted;
using testing::weighted;

namespace {

ApproximateBetweennessOptions bound(double epsilon, double delta, std::uint64_t seed = 1) {
    ApproximateBetweennessOptions options;
    options.epsilon = epsilon;
    options.delta = delta;
    options.seed = seed;
    return options;
}

double largest_error(const std::vector<double>& estimate, const std::vector<double>& exact) {
    REQUIRE(estimate.size() == exact.size());
    double largest = 0.0;
    for (std::size_t v = 0; v < exact.size(); ++v) {
        largest = std::max(largest, std::abs(estimate[v] - exact[v]));
    }
    return largest;
}

// Over seeds 1 … seeds: how many estimates miss `exact` by more than ε somewhere. The
// guarantee allows a share δ of misses; the tests allow δ·seeds plus slack of 2 (with the
// conservative constant of [1] the misses are in practice none).
std::size_t misses(const Network& network, const std::vector<double>& exact, double epsilon,
                   double delta, std::size_t seeds, const AnalysisOptions& options) {
    std::size_t missed = 0;
    for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
        const ApproximateBetweennessResult result =
            approximate_betweenness(network, bound(epsilon, delta, seed), options);
        if (largest_error(result.normalised, exact) > epsilon) ++missed;
    }
    return missed;
}

std::size_t allowed_misses(double delta, std::size_t seeds) {
    return static_cast<std::size_t>(delta * static_cast<double>(seeds)) + 2;
}

// Two K4 joined through one actor:
//
//     0 --- 1                 6 --- 7
//     | \ / |                 | \ / |
//     | / \ |                 | / \ |
//     2 --- 3 ----- 4 ----- 5 --- 8
//
// Every shortest path between the cliques runs 3 – 4 – 5. Raw (unordered pairs): actor 4
// lies on all 4·4 = 16 pairs across; 3 on the 3·5 = 15 pairs from {0,1,2} to {4,…,8}, 5
// likewise; within a clique every pair is adjacent. Normalised by 2/((9−1)(9−2)) = 1/28.
Network barbell() {
    std::vector<EdgeSpec> edges = testing::clique_edges(0, 4);
    for (const EdgeSpec& tie : testing::clique_edges(5, 4)) edges.push_back(tie);
    edges.push_back({3, 4});
    edges.push_back({4, 5});
    return network_from_edges(9, edges);
}

}  // namespace

TEST_CASE("approximate betweenness: the sample size follows Riondato–Kornaropoulos",
          "[approximate-betweenness]") {
    // ε = 0.01, δ = 0.1, VD = 10: (0.5/0.0001)·(⌊log₂ 8⌋ + 1 + ln 10)
    //   = 5000 · (3 + 1 + 2.302585…) = 31512.9… → 31513.
    CHECK(riondato_kornaropoulos_sample_size(0.01, 0.1, 10) == 31513);
    // VD = 3: ⌊log₂ 1⌋ + 1 = 1; ε = 0.1, δ = 0.5: 50 · (1 + ln 2) = 84.66 → 85.
    CHECK(riondato_kornaropoulos_sample_size(0.1, 0.5, 3) == 85);
}

TEST_CASE("approximate betweenness: the centre of a star is 1 within epsilon over 200 seeds",
          "[approximate-betweenness]") {
    //   1   2
    //    \ /
    //     0 — 3     centre 0: normalised 1; leaves 0 (never inside a path)
    //    / |
    //   4  5
    const Network star = network_from_edges(6, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}});
    const std::vector<double> exact{1.0, 0.0, 0.0, 0.0, 0.0, 0.0};
    const ApproximateBetweennessResult one =
        approximate_betweenness(star, bound(0.05, 0.05), unweighted());
    CHECK(one.estimate.vertex_diameter_bound == 3);  // BFS from the centre: eccentricity 1
    // ε' = 0.05·4/6; r = ⌈0.5/ε'²·(0 + 1 + ln 20)⌉ = ⌈450·3.9957…⌉ = 1799.
    CHECK(one.estimate.samples == 1799);
    for (std::size_t leaf = 1; leaf < 6; ++leaf) CHECK(one.normalised[leaf] == 0.0);
    CHECK(misses(star, exact, 0.05, 0.05, 200, unweighted()) <= allowed_misses(0.05, 200));
}

TEST_CASE("approximate betweenness: a path P8 within epsilon of 2·i·(n−1−i)/((n−1)(n−2))",
          "[approximate-betweenness]") {
    const std::size_t n = 8;
    std::vector<EdgeSpec> edges;
    for (NodeId i = 0; i + 1 < n; ++i) edges.push_back({i, i + 1});
    const Network path = network_from_edges(n, edges);
    std::vector<double> exact(n);
    for (std::size_t i = 0; i < n; ++i) {
        exact[i] = 2.0 * static_cast<double>(i * (n - 1 - i)) / static_cast<double>((n - 1) * (n - 2));
    }
    CHECK(exact[3] == Approx(24.0 / 42.0));  // the centre pair: 2·3·4/42
    const ApproximateBetweennessResult one =
        approximate_betweenness(path, bound(0.05, 0.05), unweighted());
    CHECK(one.estimate.vertex_diameter_bound == 8);  // 2·7+1 = 15 from actor 0, but only 8 actors
    CHECK(misses(path, exact, 0.05, 0.05, 200, unweighted()) <= allowed_misses(0.05, 200));
}

TEST_CASE("approximate betweenness: a barbell within epsilon of the hand values",
          "[approximate-betweenness]") {
    const Network network = barbell();
    std::vector<double> exact(9, 0.0);
    exact[3] = exact[5] = 15.0 / 28.0;
    exact[4] = 16.0 / 28.0;
    REQUIRE(largest_error(betweenness(network, {}, unweighted()).normalised, exact) < 1e-12);
    CHECK(misses(network, exact, 0.05, 0.05, 200, unweighted()) <= allowed_misses(0.05, 200));
    // raw = normalised · 28 estimates the pair counts 15 and 16.
    const ApproximateBetweennessResult one =
        approximate_betweenness(network, bound(0.05, 0.05), unweighted());
    CHECK(one.raw[4] == Approx(one.normalised[4] * 28.0));
    CHECK(one.raw[4] == Approx(16.0).margin(0.05 * 28.0));
}

TEST_CASE("approximate betweenness: shortest paths are drawn in proportion to their number",
          "[approximate-betweenness]") {
    // The mean over 100 seeds of an unbiased estimate lies within a few standard errors of
    // the exact value (one estimate: at most 0.5/√r ≈ 0.005 for r ≈ 10 000; the mean of 100:
    // 0.0005); a path drawn with the wrong weights would show as a bias. On a 7 × 7 grid
    // pairs lie up to 12 steps apart with binomially many shortest paths, so both the tie
    // where the two searches meet and the steps back to either end must be drawn by σ.
    const NodeId side = 7;
    std::vector<EdgeSpec> edges;
    for (NodeId row = 0; row < side; ++row) {
        for (NodeId column = 0; column < side; ++column) {
            const NodeId v = row * side + column;
            if (column + 1 < side) edges.push_back({v, v + 1});
            if (row + 1 < side) edges.push_back({v, v + side});
        }
    }
    const Network grid = network_from_edges(side * side, edges);
    const std::vector<double> exact = betweenness(grid, {}, unweighted()).normalised;
    std::vector<double> mean(exact.size(), 0.0);
    const std::size_t seeds = 100;
    for (std::uint64_t seed = 1; seed <= seeds; ++seed) {
        const ApproximateBetweennessResult result =
            approximate_betweenness(grid, bound(0.02, 0.1, seed), unweighted());
        for (std::size_t v = 0; v < exact.size(); ++v) {
            mean[v] += result.normalised[v] / static_cast<double>(seeds);
        }
    }
    CHECK(largest_error(mean, exact) < 0.003);
}

TEST_CASE("approximate betweenness: random networks within epsilon of exact betweenness",
          "[approximate-betweenness]") {
    const double epsilon = 0.02;
    const double delta = 0.05;
    const std::size_t seeds = 20;
    SECTION("unweighted, undirected") {
        const Network network = classic::gnp_random(60, 0.08, false, 1, 11);
        const std::vector<double> exact = betweenness(network, {}, unweighted()).normalised;
        CHECK(misses(network, exact, epsilon, delta, seeds, unweighted()) <=
              allowed_misses(delta, seeds));
    }
    SECTION("weighted, undirected: lengths 1/w") {
        const Network network = classic::gnp_random(60, 0.08, false, 5, 12);
        const std::vector<double> exact = betweenness(network, {}, weighted()).normalised;
        REQUIRE(largest_error(exact, betweenness(network, {}, unweighted()).normalised) > 0.05);
        CHECK(misses(network, exact, epsilon, delta, seeds, weighted()) <=
              allowed_misses(delta, seeds));
    }
    SECTION("unweighted, directed") {
        const Network network = classic::gnp_random(60, 0.06, true, 1, 13);
        const std::vector<double> exact = betweenness(network, {}, unweighted()).normalised;
        const ApproximateBetweennessResult one =
            approximate_betweenness(network, bound(epsilon, delta), unweighted());
        CHECK(one.estimate.vertex_diameter_bound == 60);  // directed: the largest weak component
        CHECK(misses(network, exact, epsilon, delta, seeds, unweighted()) <=
              allowed_misses(delta, seeds));
    }
    SECTION("weighted, directed") {
        const Network network = classic::gnp_random(60, 0.06, true, 5, 14);
        const std::vector<double> exact = betweenness(network, {}, weighted()).normalised;
        CHECK(misses(network, exact, epsilon, delta, seeds, weighted()) <=
              allowed_misses(delta, seeds));
    }
}

TEST_CASE("approximate betweenness: a disconnected network within epsilon",
          "[approximate-betweenness]") {
    // Two paths 0 – 1 – 2 and 3 – 4 – 5 and an isolate 6: the centres lie on one pair each,
    // raw 1, normalised 2/((7−1)(7−2)) = 1/15; pairs across the parts draw no path.
    const Network network = network_from_edges(7, {{0, 1}, {1, 2}, {3, 4}, {4, 5}});
    const std::vector<double> exact{0.0, 1.0 / 15.0, 0.0, 0.0, 1.0 / 15.0, 0.0, 0.0};
    const ApproximateBetweennessResult one =
        approximate_betweenness(network, bound(0.02, 0.1), unweighted());
    CHECK(one.estimate.vertex_diameter_bound == 3);
    CHECK(misses(network, exact, 0.02, 0.1, 50, unweighted()) <= allowed_misses(0.1, 50));
}

TEST_CASE("approximate betweenness: the same seed gives the same bits for 1 and 4 threads",
          "[approximate-betweenness]") {
    const Network network = classic::barabasi_albert(2000, 3, 5);
    const ApproximateBetweennessResult one =
        approximate_betweenness(network, bound(0.01, 0.1, 42), unweighted(1));
    REQUIRE(one.estimate.samples > 4 * 1024);  // enough chunks for every thread
    const ApproximateBetweennessResult again =
        approximate_betweenness(network, bound(0.01, 0.1, 42), unweighted(1));
    const ApproximateBetweennessResult four =
        approximate_betweenness(network, bound(0.01, 0.1, 42), unweighted(4));
    const ApproximateBetweennessResult other =
        approximate_betweenness(network, bound(0.01, 0.1, 43), unweighted(4));
    CHECK(again.normalised == one.normalised);
    CHECK(four.normalised == one.normalised);
    CHECK(four.raw == one.raw);
    CHECK(other.normalised != one.normalised);
    CHECK(one.estimate.seed == 42);
    CHECK(one.estimate.epsilon == 0.01);
    CHECK(one.estimate.delta == 0.1);

    const Network weighted_network = classic::gnp_random(80, 0.06, false, 4, 3);
    CHECK(approximate_betweenness(weighted_network, bound(0.02, 0.1, 9), weighted(1)).normalised ==
          approximate_betweenness(weighted_network, bound(0.02, 0.1, 9), weighted(4)).normalised);
}

TEST_CASE("approximate betweenness: degenerate networks give zeros without samples",
          "[approximate-betweenness]") {
    const auto check_zero = [](const Network& network) {
        const ApproximateBetweennessResult result = approximate_betweenness(network);
        CHECK(result.estimate.samples == 0);
        CHECK(result.normalised == std::vector<double>(network.actor_count(), 0.0));
        CHECK(result.raw == std::vector<double>(network.actor_count(), 0.0));
    };
    check_zero(network_from_edges(0, {}));
    check_zero(network_from_edges(1, {}));
    check_zero(network_from_edges(2, {{0, 1}}));
    check_zero(network_from_edges(5, {}));  // no ties: VD = 1
    // Self-ties and parallel ties of a pair only: no actor can lie between two others.
    check_zero(network_from_edges(4, {{0, 0}, {1, 2}, {2, 1}, {1, 2}}));
}

TEST_CASE("approximate betweenness: bad epsilon, delta or tolerance is an invalid argument",
          "[approximate-betweenness]") {
    const Network network = network_from_edges(3, {{0, 1}, {1, 2}});
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (double bad : {0.0, -0.1, 1.0, 1.5, nan}) {
        CHECK_THROWS_AS(approximate_betweenness(network, bound(bad, 0.1)), InvalidArgument);
        CHECK_THROWS_AS(approximate_betweenness(network, bound(0.05, bad)), InvalidArgument);
    }
    ApproximateBetweennessOptions options;
    options.relative_tolerance = nan;
    CHECK_THROWS_AS(approximate_betweenness(network, options), InvalidArgument);
    // Validated before the size check: also on a network too small to sample.
    CHECK_THROWS_AS(approximate_betweenness(network_from_edges(1, {}), bound(0.0, 0.1)),
                    InvalidArgument);
}
