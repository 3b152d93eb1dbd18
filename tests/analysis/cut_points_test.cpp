#include "analysis/structure/cut_points.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstddef>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "analysis/structure/components.hpp"
#include "analysis/structure/cores.hpp"
#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

using namespace coopnet;
using testing::EdgeSpec;
using testing::network_from_edges;
using testing::random_edges;

namespace {

using Edge = EdgeSpec;

using Pairs = std::vector<std::pair<NodeId, NodeId>>;

std::vector<NodeId> articulation_list(const CutPoints& cut) {
    std::vector<NodeId> result;
    for (NodeId v = 0; v < cut.articulation.size(); ++v) {
        if (cut.articulation[v]) result.push_back(v);
    }
    return result;
}

// Naive reference: components by BFS with one actor or one tie taken out.
std::size_t count_components(const CsrGraph& graph, NodeId skip_actor, NodeId skip_u,
                             NodeId skip_v) {
    const std::size_t n = graph.node_count();
    std::vector<bool> seen(n, false);
    std::size_t count = 0;
    for (NodeId root = 0; root < n; ++root) {
        if (seen[root] || root == skip_actor) continue;
        ++count;
        std::vector<NodeId> queue{root};
        seen[root] = true;
        while (!queue.empty()) {
            const NodeId v = queue.back();
            queue.pop_back();
            for (const NodeId w : graph.neighbours_of(v)) {
                if (seen[w] || w == skip_actor) continue;
                if ((v == skip_u && w == skip_v) || (v == skip_v && w == skip_u)) continue;
                seen[w] = true;
                queue.push_back(w);
            }
        }
    }
    return count;
}

}  // namespace

TEST_CASE("cut points: a bow tie with a tail has the cut points drawn", "[cut_points]") {
    //  0           3
    //  | \       / |
    //  |   2 ---   |          (triangles 0,1,2 and 2,3,4 share actor 2)
    //  | /       \ |
    //  1           4 --- 5 --- 6        7
    const Network network =
        network_from_edges(8, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 2}, {4, 5}, {5, 6}});
    const CutPoints cut = cut_points(network);
    CHECK(articulation_list(cut) == std::vector<NodeId>{2, 4, 5});
    CHECK(cut.bridges == Pairs{{4, 5}, {5, 6}});
}

TEST_CASE("cut points: in a path every inner actor and every tie cuts", "[cut_points]") {
    //  0 - 1 - 2 - 3
    const CutPoints cut = cut_points(network_from_edges(4, {{2, 3}, {0, 1}, {1, 2}}));
    CHECK(articulation_list(cut) == std::vector<NodeId>{1, 2});
    CHECK(cut.bridges == Pairs{{0, 1}, {1, 2}, {2, 3}});
    // A cycle has neither.
    const CutPoints cycle = cut_points(network_from_edges(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}));
    CHECK(articulation_list(cycle).empty());
    CHECK(cycle.bridges.empty());
}

TEST_CASE("cut points: karate club and Florentine families match networkx", "[cut_points]") {
    // sorted(nx.articulation_points(G)), sorted(tuple(sorted(e)) for e in nx.bridges(G))
    const CutPoints karate = cut_points(classic::karate_club());
    CHECK(articulation_list(karate) == std::vector<NodeId>{0});
    CHECK(karate.bridges == Pairs{{0, 11}});
    // Florentine: Medici (1), Albizzi (8), Salviati (9), Guadagni (12).
    const CutPoints florentine = cut_points(classic::florentine_families());
    CHECK(articulation_list(florentine) == std::vector<NodeId>{1, 8, 9, 12});
    CHECK(florentine.bridges == Pairs{{0, 1}, {1, 9}, {8, 13}, {9, 10}, {12, 14}});
}

TEST_CASE("cut points: a pair joined by two multiplex ties is still a bridge", "[cut_points]") {
    //  0 = 1 - 2 (0-1 once as "funding", once as "steering"; merged to one tie)
    const CutPoints cut = cut_points(
        network_from_edges(3, {{0, 1, 1.0, "funding"}, {1, 0, 1.0, "steering"}, {1, 2}, {2, 2}}));
    CHECK(cut.bridges == Pairs{{0, 1}, {1, 2}});
    CHECK(articulation_list(cut) == std::vector<NodeId>{1});
}

TEST_CASE("cut points: directed networks are read as undirected", "[cut_points]") {
    //  0 --> 1 --> 2 --> 0 (an undirected triangle), 2 --> 3, 3 <-- 4 <-> 3
    const CutPoints cut =
        cut_points(network_from_edges(5, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {4, 3}, {3, 4}}, true));
    CHECK(articulation_list(cut) == std::vector<NodeId>{2, 3});
    CHECK(cut.bridges == Pairs{{2, 3}, {3, 4}});
}

TEST_CASE("cut points: agree with removing each actor and tie on seeded random graphs",
          "[cut_points]") {
    std::mt19937_64 random(8080);
    for (int round = 0; round < 30; ++round) {
        const std::size_t n = 1 + random() % 40;
        const std::size_t m = random() % (n * 2);
        const std::vector<Edge> edges = random_edges(random, n, m);
        const Network network = network_from_edges(n, edges, round % 5 == 0);
        const CsrGraph& graph = network.adjacency().undirected();
        const CutPoints cut = cut_points(network);
        const NodeId none = static_cast<NodeId>(n);
        const std::size_t base = count_components(graph, none, none, none);
        for (NodeId v = 0; v < n; ++v) {
            INFO("round " << round << " actor " << v);
            CHECK(cut.articulation[v] == (count_components(graph, v, none, none) > base));
        }
        Pairs expected;
        for (NodeId u = 0; u < n; ++u) {
            for (const NodeId v : graph.neighbours_of(u)) {
                if (u < v && count_components(graph, none, u, v) > base) expected.push_back({u, v});
            }
        }
        CHECK(cut.bridges == expected);
    }
}

TEST_CASE("cut points: a million-actor path does not overflow the stack",
          "[cut_points][cores][components][large]") {
    // 0 - 1 - 2 - ... - 999999: a depth-first search reaches depth 10^6, which a recursive
    // search would not survive. Cores and components are checked on the same network to
    // build it once.
    const std::size_t n = 1'000'000;
    std::vector<Edge> edges(n - 1);
    for (NodeId v = 0; v + 1 < n; ++v) {
        edges[v].source = v;
        edges[v].target = v + 1;
    }
    const Network path = network_from_edges(n, edges);
    const CutPoints cut = cut_points(path);
    REQUIRE(cut.articulation.size() == n);
    CHECK_FALSE(cut.articulation.front());
    CHECK_FALSE(cut.articulation.back());
    std::size_t inner = 0;
    for (std::size_t v = 1; v + 1 < n; ++v) inner += cut.articulation[v] ? 1 : 0;
    CHECK(inner == n - 2);
    REQUIRE(cut.bridges.size() == n - 1);
    bool consecutive = true;
    for (NodeId v = 0; v + 1 < n; ++v) {
        consecutive = consecutive && cut.bridges[v] == std::pair<NodeId, NodeId>{v, v + 1};
    }
    CHECK(consecutive);

    const std::vector<std::size_t> core = core_number(path);
    CHECK(std::all_of(core.begin(), core.end(), [](std::size_t k) { return k == 1; }));
    CHECK(weak_components(path).sizes == std::vector<std::size_t>{n});
}

TEST_CASE("cut points: degenerate networks", "[cut_points]") {
    const CutPoints empty = cut_points(network_from_edges(0, {}));
    CHECK(empty.articulation.empty());
    CHECK(empty.bridges.empty());
    const CutPoints one = cut_points(network_from_edges(1, {{0, 0}}));
    CHECK(one.articulation == std::vector<bool>{false});
    CHECK(one.bridges.empty());
    const CutPoints isolates = cut_points(network_from_edges(3, {}));
    CHECK(isolates.articulation == std::vector<bool>(3, false));
    CHECK(isolates.bridges.empty());
    const CutPoints pair = cut_points(network_from_edges(2, {{1, 0}}));
    CHECK(pair.articulation == std::vector<bool>{false, false});
    CHECK(pair.bridges == Pairs{{0, 1}});
}
