#include "analysis/structure/cores.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

using namespace coopnet;
using testing::EdgeSpec;
using testing::network_from_edges;
using testing::random_edges;

namespace {

using Edge = EdgeSpec;

// Naive reference: for k = 1, 2, ... peel actors with fewer than k remaining neighbours
// until none is left; an actor's core number is the last k it survived.
std::vector<std::size_t> naive_cores(const CsrGraph& graph) {
    const std::size_t n = graph.node_count();
    std::vector<std::size_t> core(n, 0);
    for (std::size_t k = 1;; ++k) {
        std::vector<bool> alive(n, true);
        bool changed = true;
        while (changed) {
            changed = false;
            for (NodeId v = 0; v < n; ++v) {
                if (!alive[v]) continue;
                std::size_t live = 0;
                for (const NodeId u : graph.neighbours_of(v)) live += alive[u] ? 1 : 0;
                if (live < k) {
                    alive[v] = false;
                    changed = true;
                }
            }
        }
        if (std::none_of(alive.begin(), alive.end(), [](bool a) { return a; })) return core;
        for (NodeId v = 0; v < n; ++v) {
            if (alive[v]) core[v] = k;
        }
    }
}

}  // namespace

TEST_CASE("cores: a hand graph has the core numbers drawn", "[cores]") {
    //   0 ----- 1
    //   | \   / |
    //   |  \ /  |          6         7
    //   |  / \  |                   / \   (triangle 7, 8, 9)
    //   | /   \ |                  8 - 9
    //   3 ----- 2
    //   |
    //   4 -- 0 (4 is tied to 3 and 0)
    //   |
    //   5
    // K4 {0,1,2,3}: 3-core. 4 keeps two neighbours once 5 goes: 2. 5: 1. 6: 0.
    // Triangle {7,8,9}: 2.
    const Network network = network_from_edges(10, {{0, 1},
                                                    {0, 2},
                                                    {0, 3},
                                                    {1, 2},
                                                    {1, 3},
                                                    {2, 3},
                                                    {3, 4},
                                                    {4, 0},
                                                    {4, 5},
                                                    {7, 8},
                                                    {8, 9},
                                                    {9, 7}});
    CHECK(core_number(network) == std::vector<std::size_t>{3, 3, 3, 3, 2, 1, 0, 2, 2, 2});
}

TEST_CASE("cores: karate club and Florentine families match networkx", "[cores]") {
    // list(nx.core_number(nx.karate_club_graph()).values())
    CHECK(core_number(classic::karate_club()) ==
          std::vector<std::size_t>{4, 4, 4, 4, 3, 3, 3, 4, 4, 2, 3, 1, 2, 4, 2, 2, 2,
                                   2, 2, 3, 2, 2, 2, 3, 3, 3, 2, 3, 3, 3, 4, 3, 4, 4});
    // list(nx.core_number(nx.florentine_families_graph()).values())
    CHECK(core_number(classic::florentine_families()) ==
          std::vector<std::size_t>{1, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 2, 2, 1, 1});
}

TEST_CASE("cores: directed networks are read as undirected, mutual arcs once", "[cores]") {
    //  0 --> 1 --> 2 --> 0   (an undirected triangle: 2-core)
    //  3 <-> 4               (one tie: 1-core)
    const Network network = network_from_edges(5, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 3}}, true);
    CHECK(core_number(network) == std::vector<std::size_t>{2, 2, 2, 1, 1});
}

TEST_CASE("cores: bucket algorithm agrees with naive peeling on seeded random graphs", "[cores]") {
    std::mt19937_64 random(1234);
    for (int round = 0; round < 20; ++round) {
        const std::size_t n = 1 + random() % 80;
        const std::size_t m = random() % (n * 5);
        const std::vector<Edge> edges = random_edges(random, n, m);
        const Network network = network_from_edges(n, edges, round % 4 == 0);
        const CsrGraph& graph = network.adjacency().undirected();
        const std::vector<std::size_t> core = core_number(network);
        CHECK(core == naive_cores(graph));
        // Invariants: core <= degree; each actor of core k has >= k neighbours of core >= k.
        for (NodeId v = 0; v < n; ++v) {
            CHECK(core[v] <= graph.degree(v));
            std::size_t strong = 0;
            for (const NodeId u : graph.neighbours_of(v)) strong += core[u] >= core[v] ? 1 : 0;
            CHECK(strong >= core[v]);
        }
    }
}

TEST_CASE("cores: a Barabasi-Albert network with m = 3 has a 3-core and no isolate", "[cores]") {
    // e = 3 + 3(n - 4) = 3n - 9 ties. Peeling in core order removes at most k_max ties per
    // actor, so e <= k_max * n and k_max >= 3 - 9/n > 2. Every actor has a tie: min >= 1.
    const Network network = classic::barabasi_albert(2000, 3, 5);
    const std::vector<std::size_t> core = core_number(network);
    const auto [low, high] = std::minmax_element(core.begin(), core.end());
    CHECK(*low >= 1);
    CHECK(*high >= 3);
    CHECK(core == naive_cores(network.adjacency().undirected()));
}

TEST_CASE("cores: degenerate networks", "[cores]") {
    CHECK(core_number(network_from_edges(0, {})).empty());
    CHECK(core_number(network_from_edges(1, {{0, 0}})) ==
          std::vector<std::size_t>{0});  // self-tie dropped
    CHECK(core_number(network_from_edges(3, {})) == std::vector<std::size_t>{0, 0, 0});
    // Parallel ties are one tie: a doubled pair is a 1-core, not a 2-core.
    CHECK(core_number(network_from_edges(2, {{0, 1}, {0, 1}, {1, 0}})) ==
          std::vector<std::size_t>{1, 1});
}
