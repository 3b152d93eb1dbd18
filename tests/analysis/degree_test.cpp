#include "analysis/centrality/degree.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

using namespace coopnet;
using testing::EdgeSpec;
using testing::network_from_edges;

namespace {

using Edge = EdgeSpec;

//   0 --- 1
//   | \   |
//   |  \  |
//   3    2 --- 4        5
const std::vector<Edge> kHand = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {2, 4}};

}  // namespace

TEST_CASE("degree: a hand graph has the degrees drawn", "[degree]") {
    const Network network = network_from_edges(6, kHand);
    CHECK(degree(network) == std::vector<std::size_t>{3, 2, 3, 1, 1, 0});
    CHECK(in_degree(network) == degree(network));
    CHECK(out_degree(network) == degree(network));
}

TEST_CASE("degree: parallel ties count once and self-ties not at all", "[degree]") {
    // Tie 0-1 twice (weights 2 and 1), 0-2 of weight 0.5, a self-tie at 3 of weight 5.
    const Network network = network_from_edges(
        6, {{0, 1, 2.0}, {1, 0, 1.0}, {0, 2, 0.5}, {0, 3}, {1, 2}, {2, 4}, {3, 3, 5.0}});
    CHECK(degree(network) == std::vector<std::size_t>{3, 2, 3, 1, 1, 0});
    // Strength of 0: 2 + 1 + 0.5 + 1 = 4.5; of 1: 3 + 1 = 4; of 3: 1 (self-tie dropped).
    const std::vector<double> s = strength(network);
    CHECK(s == std::vector<double>{4.5, 4.0, 2.5, 1.0, 1.0, 0.0});
    const std::vector<double> unweighted = strength(network, {.weights = WeightMode::Unweighted});
    CHECK(unweighted == std::vector<double>{3, 2, 3, 1, 1, 0});
    // Density counts merged ties: 5 of 15 pairs.
    CHECK(density(network) == Approx(1.0 / 3.0));
}

TEST_CASE("degree: directed degree is in plus out, as igraph's mode ALL", "[degree]") {
    //  0 <--> 1      0 ---> 2      3 ---> 0
    const Network network = network_from_edges(4, {{0, 1}, {1, 0}, {0, 2, 2.5}, {3, 0}}, true);
    CHECK(out_degree(network) == std::vector<std::size_t>{2, 1, 0, 1});
    CHECK(in_degree(network) == std::vector<std::size_t>{2, 1, 1, 0});
    CHECK(degree(network) == std::vector<std::size_t>{4, 2, 1, 1});
    CHECK(out_strength(network) == std::vector<double>{3.5, 1, 0, 1});
    CHECK(in_strength(network) == std::vector<double>{2, 1, 2.5, 0});
    CHECK(strength(network) == std::vector<double>{5.5, 2, 2.5, 1});
    // 4 arcs of 4*3 = 12 ordered pairs.
    CHECK(density(network) == Approx(4.0 / 12.0));
}

TEST_CASE("degree: density of a hand graph and of a complete graph", "[degree]") {
    // 5 ties among 6 actors: 2*5 / (6*5) = 1/3.
    CHECK(density(network_from_edges(6, kHand)) == Approx(1.0 / 3.0));
    const Network k4 = network_from_edges(4, {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}});
    CHECK(density(k4) == Approx(1.0));
    CHECK(degree_centralization(k4) == Approx(0.0).margin(1e-15));
}

TEST_CASE("degree: Freeman centralisation of the hand graph is 8/20", "[degree]") {
    // d = 3 2 3 1 1 0, d_max = 3: sum (3 - d_i) = 0+1+0+2+2+3 = 8; (n-1)(n-2) = 5*4 = 20.
    CHECK(degree_centralization(network_from_edges(6, kHand)) == Approx(0.4));
}

TEST_CASE("degree: a star is perfectly centralised, undirected or with mutual arcs", "[degree]") {
    //      1
    //      |
    //  4 - 0 - 2
    //      |
    //      3
    CHECK(degree_centralization(network_from_edges(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}})) ==
          Approx(1.0));
    std::vector<Edge> mutual;
    for (NodeId leaf = 1; leaf < 5; ++leaf) {
        mutual.push_back({0, leaf});
        mutual.push_back({leaf, 0});
    }
    // Total degrees 8 and 2,2,2,2: sum 4*6 = 24 = 2(n-1)(n-2).
    CHECK(degree_centralization(network_from_edges(5, mutual, true)) == Approx(1.0));
}

TEST_CASE("degree: a directed in-star has total-degree centralisation 1/2, as igraph", "[degree]") {
    // Arcs leaf -> 0: total degrees 4 and 1,1,1,1: sum 4*3 = 12; T = 2*4*3 = 24.
    // igraph: centralization.degree(make_star(5, "in"), mode="all", loops=FALSE)$centralization
    CHECK(degree_centralization(network_from_edges(5, {{1, 0}, {2, 0}, {3, 0}, {4, 0}}, true)) ==
          Approx(0.5));
}

TEST_CASE("degree: karate club and Florentine families match networkx", "[degree]") {
    const Network karate = classic::karate_club();
    // [d for _, d in nx.karate_club_graph().degree()]
    const std::vector<std::size_t> karate_degree = {16, 9, 10, 6, 3, 4, 4, 4, 5,  2, 3, 1,
                                                    2,  5, 2,  2, 2, 2, 2, 3, 2,  2, 2, 5,
                                                    3,  3, 2,  4, 3, 4, 4, 6, 12, 17};
    CHECK(degree(karate) == karate_degree);
    // [d for _, d in nx.karate_club_graph().degree(weight="weight")]
    const std::vector<double> karate_strength = {42, 29, 33, 18, 8, 14, 13, 13, 17, 3, 8, 3,
                                                 4,  17, 5,  7,  6, 3,  3,  5,  4,  4, 5, 21,
                                                 7,  14, 6,  13, 6, 13, 11, 21, 38, 48};
    CHECK(strength(karate) == karate_strength);
    // nx.density(nx.karate_club_graph()) = 78 / 561
    CHECK(density(karate) == Approx(0.13903743315508021));
    // sum(17 - d) / (33 * 32)
    CHECK(degree_centralization(karate) == Approx(0.3996212121212121));

    const Network florentine = classic::florentine_families();
    CHECK(degree(florentine) ==
          std::vector<std::size_t>{1, 6, 3, 3, 4, 2, 3, 3, 3, 2, 1, 3, 4, 1, 1});
    // nx.density(nx.florentine_families_graph()) = 20 / 105
    CHECK(density(florentine) == Approx(0.19047619047619047));
    // sum(6 - d) / (14 * 13) = 50 / 182
    CHECK(degree_centralization(florentine) == Approx(50.0 / 182.0));
}

TEST_CASE("degree: degrees sum to twice the ties on seeded random graphs", "[degree]") {
    std::mt19937_64 random(20240601);
    for (int round = 0; round < 20; ++round) {
        const bool directed = round % 2 == 1;
        const std::size_t n = 2 + random() % 40;
        std::vector<Edge> edges;
        const std::size_t m = random() % (3 * n);
        double weight_sum = 0.0;
        for (std::size_t i = 0; i < m; ++i) {
            const auto u = static_cast<NodeId>(random() % n);
            const auto v = static_cast<NodeId>(random() % n);
            const double w = 1.0 + static_cast<double>(random() % 4);
            edges.push_back({u, v, w});
            if (u != v) weight_sum += w;
        }
        const Network network = network_from_edges(n, edges, directed);
        const std::size_t ties = network.adjacency().tie_count();
        const auto d = degree(network);
        CHECK(std::accumulate(d.begin(), d.end(), std::size_t{0}) == 2 * ties);
        const auto in = in_degree(network);
        const auto out = out_degree(network);
        CHECK(std::accumulate(in.begin(), in.end(), std::size_t{0}) ==
              (directed ? ties : 2 * ties));
        if (!directed) CHECK(in == out);
        if (directed) CHECK(std::accumulate(out.begin(), out.end(), std::size_t{0}) == ties);
        // Every non-self tie's weight reaches two strengths (parallel weights are summed).
        const auto s = strength(network);
        CHECK(std::accumulate(s.begin(), s.end(), 0.0) == Approx(2.0 * weight_sum));
        const double c = degree_centralization(network);
        if (n <= 2) {
            CHECK(std::isnan(c));
        } else {
            CHECK(c >= 0.0);
            CHECK(c <= 1.0);
        }
        const double rho = density(network);
        CHECK(rho >= 0.0);
        CHECK(rho <= 1.0);
    }
}

TEST_CASE("degree: degenerate networks give empty, zero or undefined results", "[degree]") {
    const Network empty = network_from_edges(0, {});
    CHECK(degree(empty).empty());
    CHECK(strength(empty).empty());
    CHECK(density(empty) == 0.0);
    CHECK(std::isnan(degree_centralization(empty)));

    const Network one = network_from_edges(1, {{0, 0}});  // a single actor with a self-tie
    CHECK(degree(one) == std::vector<std::size_t>{0});
    CHECK(strength(one) == std::vector<double>{0.0});
    CHECK(density(one) == 0.0);
    CHECK(std::isnan(degree_centralization(one)));

    const Network pair = network_from_edges(2, {{0, 1}}, true);
    CHECK(density(pair) == Approx(0.5));
    CHECK(std::isnan(degree_centralization(pair)));

    const Network isolates = network_from_edges(4, {});
    CHECK(degree(isolates) == std::vector<std::size_t>{0, 0, 0, 0});
    CHECK(density(isolates) == 0.0);
    CHECK(degree_centralization(isolates) == 0.0);
}

TEST_CASE("degree: centralisation is undefined (NaN) for n <= 2, as igraph's 0/0", "[degree]") {
    // n = 2:  a --- b   degrees 1, 1: Σ(d_max - d_i) = 0 and T = (n-1)(n-2) = 0, so C = 0/0.
    // igraph: centralization.degree(make_graph(c(1,2), directed=FALSE), loops=FALSE) is NaN.
    CHECK(std::isnan(degree_centralization(network_from_edges(2, {{0, 1}}))));
    //         a <-> b   total degrees 2, 2; T = 2(n-1)(n-2) = 0: 0/0 again.
    CHECK(std::isnan(degree_centralization(network_from_edges(2, {{0, 1}, {1, 0}}, true))));
    //         a     b   no tie: 0/0.
    CHECK(std::isnan(degree_centralization(network_from_edges(2, {}))));
    // n = 1:  a (with a self-tie, which loops = FALSE leaves out): 0/0.
    CHECK(std::isnan(degree_centralization(network_from_edges(1, {{0, 0}}))));
    // n = 3, the smallest defined case:  a --- b --- c   degrees 1, 2, 1:
    //   Σ(2 - d_i) = 1 + 0 + 1 = 2, T = 2·1 = 2, C = 1 (a path of three is a star).
    CHECK(degree_centralization(network_from_edges(3, {{0, 1}, {1, 2}})) == Approx(1.0));
    // A self-tie on the centre changes nothing (loops = FALSE): still 1.
    CHECK(degree_centralization(network_from_edges(3, {{0, 1}, {1, 2}, {1, 1}})) ==
          Approx(1.0));
}
