#include "analysis/structure/clustering.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

using namespace coopnet;
using testing::check_close;
using testing::EdgeSpec;
using testing::network_from_edges;
using testing::random_edges;

namespace {

using Edge = EdgeSpec;

// Naive reference: triangles at v by a triple loop over an adjacency matrix.
std::vector<std::uint64_t> naive_triangles(std::size_t n, const std::vector<Edge>& edges) {
    std::vector<std::vector<bool>> a(n, std::vector<bool>(n, false));
    for (const Edge& e : edges) {
        if (e.source == e.target) continue;
        a[e.source][e.target] = a[e.target][e.source] = true;
    }
    std::vector<std::uint64_t> t(n, 0);
    for (std::size_t u = 0; u < n; ++u) {
        for (std::size_t v = u + 1; v < n; ++v) {
            for (std::size_t w = v + 1; w < n; ++w) {
                if (a[u][v] && a[v][w] && a[u][w]) {
                    ++t[u];
                    ++t[v];
                    ++t[w];
                }
            }
        }
    }
    return t;
}

//   0 --- 1
//    \   / \      ties: 0-1 0-2 1-2 1-3 2-3 3-4
//     \ /   \     5 is an isolate
//      2 --- 3 --- 4        5
const std::vector<Edge> kDiamond = {{0, 1}, {0, 2}, {1, 2}, {1, 3}, {2, 3}, {3, 4}};

}  // namespace

TEST_CASE("clustering: a hand graph has the triangles and coefficients drawn", "[clustering]") {
    const Network network = network_from_edges(6, kDiamond);
    // Triangles {0,1,2} and {1,2,3}.
    CHECK(triangles(network) == std::vector<std::uint64_t>{1, 2, 2, 1, 0, 0});
    // c = 2t / (k(k-1)): 0: 2/2; 1, 2: 4/6; 3: 2/6; 4 (k = 1), 5 (k = 0): 0.
    check_close(local_clustering(network), {1.0, 2.0 / 3.0, 2.0 / 3.0, 1.0 / 3.0, 0.0, 0.0}, 1e-12);
    // (1 + 2/3 + 2/3 + 1/3 + 0 + 0) / 6 = 4/9.
    CHECK(average_clustering(network) == Approx(4.0 / 9.0));
    // 3 * 2 triangles / (1 + 3 + 3 + 3) triples = 0.6.
    CHECK(transitivity(network) == Approx(0.6));
}

TEST_CASE("clustering: complete graphs are 1 and stars are 0", "[clustering]") {
    std::vector<Edge> k5;
    for (NodeId u = 0; u < 5; ++u) {
        for (NodeId v = u + 1; v < 5; ++v) k5.push_back({u, v});
    }
    const Network complete = network_from_edges(5, k5);
    CHECK(triangles(complete) == std::vector<std::uint64_t>(5, 6));  // C(4,2) pairs at each
    check_close(local_clustering(complete), std::vector<double>(5, 1.0), 1e-12);
    CHECK(transitivity(complete) == Approx(1.0));
    const Network star = network_from_edges(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    check_close(local_clustering(star), std::vector<double>(5, 0.0), 1e-12);
    CHECK(transitivity(star) == 0.0);
    CHECK(average_clustering(star) == 0.0);
}

TEST_CASE("clustering: karate club and Florentine families match networkx", "[clustering]") {
    const Network karate = classic::karate_club();
    // nx.clustering(nx.karate_club_graph())  (unweighted: weight=None is the default)
    check_close(local_clustering(karate), {0.15,     1. / 3, 0.2444444444444444,
                                           2. / 3,   2. / 3, 0.5,
                                           0.5,      1.0,    0.5,
                                           0.0,      2. / 3, 0.0,
                                           1.0,      0.6,    1.0,
                                           1.0,      1.0,    1.0,
                                           1.0,      1. / 3, 1.0,
                                           1.0,      1.0,    0.4,
                                           1. / 3,   1. / 3, 1.0,
                                           1. / 6,   1. / 3, 2. / 3,
                                           0.5,      0.2,    13. / 66,
                                           15. / 136},
                1e-12);
    // nx.average_clustering(G) = 0.5706384782076823, nx.transitivity(G) = 0.2556818181818182
    CHECK(average_clustering(karate) == Approx(0.5706384782076823));
    CHECK(transitivity(karate) == Approx(0.2556818181818182));

    const Network florentine = classic::florentine_families();
    // nx.clustering(nx.florentine_families_graph()), node order Acciaiuoli, Medici, ...
    check_close(local_clustering(florentine),
                {0, 1. / 15, 1. / 3, 2. / 3, 1. / 3, 0, 1. / 3, 1. / 3, 0, 0, 0, 1. / 3, 0, 0, 0},
                1e-12);
    // nx.average_clustering(G) = 0.16, nx.transitivity(G) = 0.19148936170212766 (= 9/47)
    CHECK(average_clustering(florentine) == Approx(0.16));
    CHECK(transitivity(florentine) == Approx(9.0 / 47.0));
}

TEST_CASE("clustering: directed networks are read as undirected", "[clustering]") {
    //  0 --> 1 --> 2 --> 0  and also 0 --> 2, 2 --> 3: the undirected triangle 0,1,2 and
    //  a pendant 3; the mutual pair 0 <-> 2 is one tie.
    const Network network = network_from_edges(4, {{0, 1}, {1, 2}, {2, 0}, {0, 2}, {2, 3}}, true);
    CHECK(triangles(network) == std::vector<std::uint64_t>{1, 1, 1, 0});
    // 2 has three neighbours, one linked pair: 2/6.
    check_close(local_clustering(network), {1.0, 1.0, 1.0 / 3.0, 0.0}, 1e-12);
}

TEST_CASE("clustering: the forward algorithm agrees with a triple loop on random graphs",
          "[clustering]") {
    std::mt19937_64 random(31337);
    for (int round = 0; round < 15; ++round) {
        const std::size_t n = 3 + random() % 60;
        const std::size_t m = random() % (n * 4);
        const std::vector<Edge> edges = random_edges(random, n, m);
        const Network network = network_from_edges(n, edges, round % 3 == 0);
        const std::vector<std::uint64_t> expected = naive_triangles(n, edges);
        CHECK(triangles(network) == expected);
        // Transitivity from the naive counts.
        const CsrGraph& rows = network.adjacency().undirected();
        std::uint64_t closed = 0;
        std::uint64_t triples = 0;
        for (NodeId v = 0; v < n; ++v) {
            closed += expected[v];
            triples += rows.degree(v) * (rows.degree(v) - (rows.degree(v) > 0 ? 1 : 0)) / 2;
        }
        const double expected_transitivity =
            triples == 0 ? 0.0 : static_cast<double>(closed) / static_cast<double>(triples);
        CHECK(transitivity(network) == Approx(expected_transitivity).margin(1e-15));
    }
}

TEST_CASE("clustering: results are identical for one and several threads", "[clustering]") {
    const Network network = classic::barabasi_albert(5000, 4, 99);
    const auto one = triangles(network, {.threads = 1});
    const auto four = triangles(network, {.threads = 4});
    CHECK(one == four);
    std::uint64_t total = 0;
    for (const auto t : one) total += t;
    CHECK(total % 3 == 0);  // every triangle is seen at three corners
    CHECK(total > 0);
    CHECK(local_clustering(network, {.threads = 1}) == local_clustering(network, {.threads = 3}));
}

TEST_CASE("clustering: degenerate networks", "[clustering]") {
    const Network empty = network_from_edges(0, {});
    CHECK(triangles(empty).empty());
    CHECK(local_clustering(empty).empty());
    CHECK(average_clustering(empty) == 0.0);
    CHECK(transitivity(empty) == 0.0);

    const Network one = network_from_edges(1, {{0, 0}});
    CHECK(local_clustering(one) == std::vector<double>{0.0});
    CHECK(transitivity(one) == 0.0);

    const Network isolates = network_from_edges(3, {});
    CHECK(local_clustering(isolates) == std::vector<double>(3, 0.0));
    CHECK(average_clustering(isolates) == 0.0);

    // A triangle given with parallel ties and a self-tie is still one triangle.
    const Network multiplex =
        network_from_edges(3, {{0, 1}, {1, 0}, {1, 2}, {2, 0}, {2, 0}, {2, 2}});
    CHECK(triangles(multiplex) == std::vector<std::uint64_t>{1, 1, 1});
    CHECK(transitivity(multiplex) == Approx(1.0));
}
