#include "analysis/structure/components.hpp"

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

using Labels = std::vector<std::size_t>;

// Naive reference: reach[u][v] by a search from every actor.
std::vector<std::vector<bool>> reachability(const CsrGraph& graph) {
    const std::size_t n = graph.node_count();
    std::vector<std::vector<bool>> reach(n, std::vector<bool>(n, false));
    for (NodeId s = 0; s < n; ++s) {
        std::vector<NodeId> stack{s};
        reach[s][s] = true;
        while (!stack.empty()) {
            const NodeId v = stack.back();
            stack.pop_back();
            for (const NodeId w : graph.neighbours_of(v)) {
                if (!reach[s][w]) {
                    reach[s][w] = true;
                    stack.push_back(w);
                }
            }
        }
    }
    return reach;
}

// Checks the documented numbering: sizes non-increasing, equal sizes by smallest member,
// sizes[] matching the labels.
void check_numbering(const Components& c) {
    std::vector<std::size_t> counted(c.count(), 0);
    std::vector<std::size_t> smallest(c.count(), c.component.size());
    for (std::size_t v = 0; v < c.component.size(); ++v) {
        REQUIRE(c.component[v] < c.count());
        ++counted[c.component[v]];
        smallest[c.component[v]] = std::min(smallest[c.component[v]], v);
    }
    CHECK(counted == c.sizes);
    for (std::size_t k = 1; k < c.count(); ++k) {
        CHECK(c.sizes[k - 1] >= c.sizes[k]);
        if (c.sizes[k - 1] == c.sizes[k]) CHECK(smallest[k - 1] < smallest[k]);
    }
}

}  // namespace

TEST_CASE("components: a hand graph has the components drawn, largest first", "[components]") {
    //  0 - 1 - 2     3 - 4     5     6 - 7
    //                                 \ /
    //                                  8
    const Network network = network_from_edges(9, {{0, 1}, {1, 2}, {3, 4}, {6, 7}, {7, 8}, {8, 6}});
    const Components weak = weak_components(network);
    // Sizes 3 ({0,1,2}, then {6,7,8} by smallest id), 2, 1.
    CHECK(weak.component == Labels{0, 0, 0, 2, 2, 3, 1, 1, 1});
    CHECK(weak.sizes == Labels{3, 3, 2, 1});
    CHECK(weak.count() == 4);
    CHECK(weak.largest_size() == 3);
    // Undirected: strong components are the weak ones.
    CHECK(strong_components(network).component == weak.component);
}

TEST_CASE("components: directed networks have weak and strong components", "[components]") {
    //  0 --> 1 --> 2 --> 0 --> ... 2 --> 3 <--> 4        6 --> 5
    const Network network =
        network_from_edges(7, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 3}, {6, 5}}, true);
    const Components weak = weak_components(network);
    CHECK(weak.component == Labels{0, 0, 0, 0, 0, 1, 1});
    CHECK(weak.sizes == Labels{5, 2});
    const Components strong = strong_components(network);
    // {0,1,2} size 3, {3,4} size 2, {5} and {6} size 1 (5 first: smaller id).
    CHECK(strong.component == Labels{0, 0, 0, 1, 1, 2, 3});
    CHECK(strong.sizes == Labels{3, 2, 1, 1});
    CHECK(strong.largest_size() == 3);
}

TEST_CASE("components: karate club and Florentine families are connected", "[components]") {
    // nx.number_connected_components(G) == 1 for both (networkx omits the isolate Pucci).
    const Components karate = weak_components(classic::karate_club());
    CHECK(karate.sizes == Labels{34});
    CHECK(karate.component == Labels(34, 0));
    CHECK(weak_components(classic::florentine_families()).sizes == Labels{15});
}

TEST_CASE("components: agree with naive reachability on seeded random graphs", "[components]") {
    std::mt19937_64 random(555);
    for (int round = 0; round < 20; ++round) {
        const std::size_t n = 1 + random() % 50;
        const std::size_t m = random() % (n * 2);
        const std::vector<Edge> edges = random_edges(random, n, m);
        const Network network = network_from_edges(n, edges, true);
        const auto directed = reachability(network.adjacency().out());
        const auto undirected = reachability(network.adjacency().undirected());
        const Components strong = strong_components(network);
        const Components weak = weak_components(network);
        check_numbering(strong);
        check_numbering(weak);
        for (NodeId u = 0; u < n; ++u) {
            for (NodeId v = 0; v < n; ++v) {
                INFO("round " << round << " pair " << u << ", " << v);
                CHECK((strong.component[u] == strong.component[v]) ==
                      (directed[u][v] && directed[v][u]));
                CHECK((weak.component[u] == weak.component[v]) == undirected[u][v]);
            }
        }
    }
}

TEST_CASE("components: a million-actor directed path needs no recursion", "[components][large]") {
    // 0 -> 1 -> ... -> 999999 -> 500000: Tarjan's search goes 10^6 deep; the arcs from
    // 500000 on close a cycle of 500000 actors, the first 500000 actors are alone.
    const std::size_t n = 1'000'000;
    const NodeId half = 500'000;
    std::vector<Edge> edges(n);
    for (NodeId v = 0; v + 1 < n; ++v) edges[v] = {v, v + 1};
    edges[n - 1] = {static_cast<NodeId>(n - 1), half};
    const Network network = network_from_edges(n, edges, true);
    const Components strong = strong_components(network);
    REQUIRE(strong.count() == half + 1);
    CHECK(strong.sizes.front() == n - half);
    CHECK(strong.component[half] == 0);
    CHECK(strong.component[n - 1] == 0);
    CHECK(strong.component[0] == 1);  // singletons follow, by smallest id
    CHECK(strong.component[half - 1] == half);
    CHECK(weak_components(network).sizes == Labels{n});
}

TEST_CASE("components: degenerate networks", "[components]") {
    const Components empty = weak_components(network_from_edges(0, {}));
    CHECK(empty.count() == 0);
    CHECK(empty.largest_size() == 0);
    CHECK(strong_components(network_from_edges(0, {}, true)).count() == 0);
    const Components one =
        strong_components(network_from_edges(1, {{0, 0}}, true));  // self-tie dropped
    CHECK(one.component == Labels{0});
    CHECK(one.sizes == Labels{1});
    const Components isolates = weak_components(network_from_edges(3, {}));
    CHECK(isolates.component == Labels{0, 1, 2});
    CHECK(isolates.sizes == Labels{1, 1, 1});
    // Parallel and mutual ties join the same pair once.
    const Components pair =
        strong_components(network_from_edges(3, {{0, 1}, {0, 1}, {1, 0}}, true));
    CHECK(pair.component == Labels{0, 0, 1});
    CHECK(pair.sizes == Labels{2, 1});
}
