#include "core/boost_graph.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/core_numbers.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/property_map/property_map.hpp>
#include <catch2/catch.hpp>
#include <iterator>
#include <map>
#include <type_traits>
#include <utility>
#include <vector>

#include "analysis/centrality/betweenness.hpp"
#include "analysis/structure/components.hpp"
#include "analysis/structure/cores.hpp"
#include "analysis/structure/cut_points.hpp"
#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

// Boost.Graph as a third-party oracle: its own algorithms, run on coopnet's rows through
// the view, against coopnet's implementations of the same measures.

using namespace coopnet;
using testing::check_close;
using testing::network_from_edges;

namespace {

using UndirectedEdge = UndirectedBoostGraph::Edge;

BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<UndirectedBoostGraph>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<UndirectedBoostGraph>));
BOOST_CONCEPT_ASSERT((boost::AdjacencyGraphConcept<UndirectedBoostGraph>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<UndirectedBoostGraph>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<DirectedBoostGraph>));
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<DirectedBoostGraph>));
BOOST_CONCEPT_ASSERT((boost::AdjacencyGraphConcept<DirectedBoostGraph>));
BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<DirectedBoostGraph>));
BOOST_CONCEPT_ASSERT(
    (boost::ReadablePropertyMapConcept<BoostEdgeWeightMap<boost::undirected_tag>, UndirectedEdge>));

// The undirected networks every comparison runs on: classic data sets, a disconnected
// hand network with isolates and a bridge, and seeded random ones (a directed network's
// undirected version among them).
std::vector<Network> undirected_networks() {
    //  0 - 1 - 2 - 3     5 - 6     7 (isolate)
    //   \ /     \ /       (bridge)
    //    4       8
    std::vector<Network> networks = {
        classic::karate_club(),
        classic::florentine_families(),
        classic::krackhardt_kite(),
        network_from_edges(9, {{0, 1}, {1, 4}, {4, 0}, {1, 2}, {2, 3}, {3, 8}, {8, 2}, {5, 6}}),
        classic::gnp_random(60, 0.05, false, 1, 11),
        classic::gnp_random(80, 0.03, false, 3, 12),
        classic::gnp_random(40, 0.04, true, 1, 13),
    };
    return networks;
}

std::vector<Network> directed_networks() {
    //  0 -> 1 -> 2 -> 0,  2 -> 3 -> 4 -> 3,  5 -> 4,  6 (isolate)
    return {
        network_from_edges(7, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 3}, {5, 4}}, true),
        classic::gnp_random(50, 0.04, true, 1, 21),
        classic::gnp_random(120, 0.015, true, 2, 22),
    };
}

// Two labellings describe the same partition when they pair up one to one.
bool same_partition(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
    if (a.size() != b.size()) return false;
    std::map<std::size_t, std::size_t> a_to_b;
    std::map<std::size_t, std::size_t> b_to_a;
    for (std::size_t v = 0; v < a.size(); ++v) {
        if (a_to_b.emplace(a[v], b[v]).first->second != b[v]) return false;
        if (b_to_a.emplace(b[v], a[v]).first->second != a[v]) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("boost graph: the view reads the rows of the network without a copy", "[boost_graph]") {
    //  0 --2-- 1 --1-- 2      3      (two ties 0-1 of weights 1 and 1 merge to one of 2;
    //                                 the self-tie 2-2 is absent; 3 is an isolate)
    const Network network = network_from_edges(4, {{0, 1}, {1, 0}, {1, 2}, {2, 2, 5}});
    const UndirectedBoostGraph graph(network);
    CHECK(&graph.rows() == &network.adjacency().undirected());
    CHECK(num_vertices(graph) == 4);
    CHECK(num_edges(graph) == 2);
    CHECK(degree(1, graph) == 2);
    CHECK(out_degree(3, graph) == 0);

    std::vector<std::pair<NodeId, NodeId>> listed;
    std::vector<double> weights;
    const auto weight = get(boost::edge_weight, graph);
    auto [first, last] = edges(graph);
    for (; first != last; ++first) {
        listed.emplace_back(source(*first, graph), target(*first, graph));
        weights.push_back(get(weight, *first));
    }
    CHECK(listed == std::vector<std::pair<NodeId, NodeId>>{{0, 1}, {1, 2}});
    CHECK(weights == std::vector<double>{2.0, 1.0});

    // Out-edges of 1 start at 1; the edge 1-0 equals the edge 0-1.
    auto [out, out_end] = out_edges(1, graph);
    REQUIRE(std::distance(out, out_end) == 2);
    CHECK(source(*out, graph) == 1);
    CHECK(target(*out, graph) == 0);
    CHECK(*out == *edges(graph).first);
    auto [adjacent, adjacent_end] = adjacent_vertices(1, graph);
    CHECK(std::vector<NodeId>(adjacent, adjacent_end) == std::vector<NodeId>{0, 2});

    // A directed network: the arcs as given, its undirected version on request.
    const Network directed = network_from_edges(3, {{0, 1, 2}, {1, 0, 3}, {1, 2}}, true);
    const DirectedBoostGraph arcs(directed);
    CHECK(num_edges(arcs) == 3);
    CHECK(&arcs.rows() == &directed.adjacency().out());
    const UndirectedBoostGraph ties(directed);
    CHECK(num_edges(ties) == 2);
    CHECK(get(boost::edge_weight, ties, *edges(ties).first) == 5.0);  // a_01 + a_10
    const bool is_directed = visit_boost_graph(
        directed, [](const auto& g) { return std::decay_t<decltype(g)>::kDirected; });
    CHECK(is_directed);
    CHECK_FALSE(visit_boost_graph(
        network, [](const auto& g) { return std::decay_t<decltype(g)>::kDirected; }));
}

TEST_CASE("boost graph: BGL's articulation points and bridges are coopnet's cut points",
          "[boost_graph]") {
    for (const Network& network : undirected_networks()) {
        const UndirectedBoostGraph graph(network);
        const CutPoints expected = cut_points(network);

        std::vector<NodeId> points;
        boost::articulation_points(graph, std::back_inserter(points));
        std::vector<bool> articulation(network.actor_count(), false);
        for (const NodeId v : points) articulation[v] = true;
        CHECK(articulation == expected.articulation);

        // A bridge is a biconnected component of one tie.
        std::map<UndirectedEdge, std::size_t> component;
        const std::size_t count =
            boost::biconnected_components(graph, boost::make_assoc_property_map(component),
                                          std::back_inserter(points))
                .first;
        std::vector<std::size_t> ties_in(count, 0);
        for (const auto& [edge, c] : component) ++ties_in[c];
        std::vector<std::pair<NodeId, NodeId>> bridges;
        for (const auto& [edge, c] : component) {
            if (ties_in[c] == 1) bridges.push_back(edge.key());
        }
        CHECK(bridges == expected.bridges);  // both sorted by (smaller, larger)
    }
}

TEST_CASE("boost graph: BGL's strong components are coopnet's", "[boost_graph]") {
    for (const Network& network : directed_networks()) {
        const DirectedBoostGraph graph(network);
        std::vector<std::size_t> component(network.actor_count());
        const std::size_t count = boost::strong_components(graph, component.data());
        const Components expected = strong_components(network);
        CHECK(count == expected.count());
        CHECK(same_partition(component, expected.component));
    }
}

TEST_CASE("boost graph: BGL's core numbers are coopnet's", "[boost_graph]") {
    for (const Network& network : undirected_networks()) {
        const UndirectedBoostGraph graph(network);
        std::vector<std::size_t> core(network.actor_count());
        boost::core_numbers(graph, core.data());
        CHECK(core == core_number(network));
    }
}

TEST_CASE("boost graph: BGL's Brandes betweenness is coopnet's, unweighted", "[boost_graph]") {
    // Raw values on both sides: BGL halves undirected sums (unordered pairs), as coopnet;
    // directed ones count ordered pairs on both sides.
    std::vector<Network> networks = undirected_networks();
    for (Network& network : directed_networks()) networks.push_back(std::move(network));
    for (const Network& network : networks) {
        INFO(network.actor_count() << " actors, directed " << network.directed());
        const std::vector<double> expected =
            betweenness(network, {}, {.weights = WeightMode::Unweighted, .threads = 1}).raw;
        std::vector<double> centrality(network.actor_count(), 0.0);
        visit_boost_graph(network, [&](const auto& graph) {
            boost::brandes_betweenness_centrality(graph, centrality.data());
        });
        check_close(centrality, expected, 1e-9);
    }
}
