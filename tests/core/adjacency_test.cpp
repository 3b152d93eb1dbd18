#include "core/adjacency.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <utility>
#include <vector>

using coopnet::Adjacency;
using coopnet::Arc;
using coopnet::build_csr;
using coopnet::CsrGraph;
using coopnet::NodeId;

namespace {

std::vector<NodeId> row(const CsrGraph& graph, NodeId v) {
    const auto span = graph.neighbours_of(v);
    return {span.begin(), span.end()};
}

std::vector<double> row_weights(const CsrGraph& graph, NodeId v) {
    const auto span = graph.weights_of(v);
    return {span.begin(), span.end()};
}

// The hand-drawn test graph, five actors:
//
//        2.0
//    0 ------- 1
//    | \       |
//  1 |  \ 3.0  | 0.5 (1->2) and 0.5 (2->1): two parallel ties
//    |   \     |
//    3    `--- 2 --.
//                  | 7.0 self-tie 2->2 (dropped)
//                  '
//    4  (isolate)
//
// Arcs are listed out of order on purpose, so that sorting is exercised.
std::vector<Arc> hand_arcs() {
    return {
        {0, 3, 1.0}, {2, 1, 0.5}, {0, 1, 2.0}, {2, 2, 7.0}, {1, 2, 0.5}, {0, 2, 3.0},
    };
}

}  // namespace

TEST_CASE("build_csr: self-arcs are dropped, rows sorted and repeats summed", "[adjacency]") {
    // Arcs in the order given: 2->0, 0->2, 0->1, 0->2 again, 1->1 (self).
    const std::vector<Arc> arcs{{2, 0, 1.0}, {0, 2, 1.0}, {0, 1, 1.0}, {0, 2, 2.5}, {1, 1, 4.0}};
    const CsrGraph graph = build_csr(3, arcs);
    REQUIRE(graph.node_count() == 3);
    // Row 0: 1 (1.0), 2 (1.0 + 2.5 = 3.5); row 1: empty (self-arc gone); row 2: 0 (1.0).
    CHECK(graph.offsets == std::vector<std::uint64_t>{0, 2, 2, 3});
    CHECK(graph.arc_count() == 3);
    CHECK(row(graph, 0) == std::vector<NodeId>{1, 2});
    CHECK(row_weights(graph, 0) == std::vector<double>{1.0, 3.5});
    CHECK(graph.degree(1) == 0);
    CHECK(row(graph, 2) == std::vector<NodeId>{0});
    CHECK(row_weights(graph, 2) == std::vector<double>{1.0});
}

TEST_CASE("build_csr: a graph without arcs has empty rows for every node", "[adjacency]") {
    const CsrGraph graph = build_csr(4, {});
    CHECK(graph.node_count() == 4);
    CHECK(graph.arc_count() == 0);
    CHECK(graph.offsets == std::vector<std::uint64_t>{0, 0, 0, 0, 0});
    const CsrGraph none = build_csr(0, {});
    CHECK(none.node_count() == 0);
    CHECK(none.offsets == std::vector<std::uint64_t>{0});
}

TEST_CASE("adjacency: an undirected graph stores each merged tie in both rows", "[adjacency]") {
    const auto arcs = hand_arcs();
    const Adjacency adjacency(5, false, arcs);
    CHECK_FALSE(adjacency.directed());
    CHECK(adjacency.node_count() == 5);
    // Pairs: 0-1, 0-2, 0-3, 1-2 (the two parallel ties merged); the self-tie is gone.
    CHECK(adjacency.tie_count() == 4);
    const CsrGraph& out = adjacency.out();
    CHECK(out.arc_count() == 8);
    CHECK(row(out, 0) == std::vector<NodeId>{1, 2, 3});
    CHECK(row_weights(out, 0) == std::vector<double>{2.0, 3.0, 1.0});
    CHECK(row(out, 1) == std::vector<NodeId>{0, 2});
    CHECK(row_weights(out, 1) == std::vector<double>{2.0, 1.0});  // 0.5 + 0.5
    CHECK(row(out, 2) == std::vector<NodeId>{0, 1});
    CHECK(row_weights(out, 2) == std::vector<double>{3.0, 1.0});
    CHECK(row(out, 3) == std::vector<NodeId>{0});
    CHECK(out.degree(4) == 0);
    // The three views are one and the same.
    CHECK(&adjacency.in() == &adjacency.out());
    CHECK(&adjacency.undirected() == &adjacency.out());
}

TEST_CASE("adjacency: a directed graph keeps out, in and undirected views apart", "[adjacency]") {
    const auto arcs = hand_arcs();
    const Adjacency adjacency(5, true, arcs);
    CHECK(adjacency.directed());
    // Ordered pairs: 0->1, 0->2, 0->3, 1->2, 2->1.
    CHECK(adjacency.tie_count() == 5);

    const CsrGraph& out = adjacency.out();
    CHECK(row(out, 0) == std::vector<NodeId>{1, 2, 3});
    CHECK(row_weights(out, 0) == std::vector<double>{2.0, 3.0, 1.0});
    CHECK(row(out, 1) == std::vector<NodeId>{2});
    CHECK(row_weights(out, 1) == std::vector<double>{0.5});
    CHECK(row(out, 2) == std::vector<NodeId>{1});
    CHECK(out.degree(3) == 0);
    CHECK(out.degree(4) == 0);

    const CsrGraph& in = adjacency.in();
    CHECK(in.degree(0) == 0);
    CHECK(row(in, 1) == std::vector<NodeId>{0, 2});
    CHECK(row_weights(in, 1) == std::vector<double>{2.0, 0.5});
    CHECK(row(in, 2) == std::vector<NodeId>{0, 1});
    CHECK(row_weights(in, 2) == std::vector<double>{3.0, 0.5});
    CHECK(row(in, 3) == std::vector<NodeId>{0});
    CHECK(in.degree(4) == 0);

    // Undirected view: a_uv + a_vu, so 1-2 carries 0.5 + 0.5 = 1.
    const CsrGraph& both = adjacency.undirected();
    CHECK(row(both, 0) == std::vector<NodeId>{1, 2, 3});
    CHECK(row_weights(both, 0) == std::vector<double>{2.0, 3.0, 1.0});
    CHECK(row(both, 1) == std::vector<NodeId>{0, 2});
    CHECK(row_weights(both, 1) == std::vector<double>{2.0, 1.0});
    CHECK(row(both, 2) == std::vector<NodeId>{0, 1});
    CHECK(row_weights(both, 2) == std::vector<double>{3.0, 1.0});
    CHECK(row(both, 3) == std::vector<NodeId>{0});
}

TEST_CASE("adjacency: a mutual pair counts as two directed ties and one undirected tie",
          "[adjacency]") {
    //   0 <==> 1   (0->1 weight 1, 1->0 weight 2)
    const std::vector<Arc> arcs{{0, 1, 1.0}, {1, 0, 2.0}};
    const Adjacency directed(2, true, arcs);
    CHECK(directed.tie_count() == 2);
    CHECK(row_weights(directed.undirected(), 0) == std::vector<double>{3.0});
    // An undirected network given the pair twice merges it into one tie of weight 3.
    const Adjacency undirected(2, false, arcs);
    CHECK(undirected.tie_count() == 1);
    CHECK(row_weights(undirected.out(), 0) == std::vector<double>{3.0});
    CHECK(row_weights(undirected.out(), 1) == std::vector<double>{3.0});
}

TEST_CASE("adjacency: empty graphs and graphs of isolates have no ties", "[adjacency]") {
    const Adjacency empty_default;
    CHECK(empty_default.node_count() == 0);
    CHECK(empty_default.tie_count() == 0);
    for (const bool directed : {false, true}) {
        const Adjacency empty(0, directed, {});
        CHECK(empty.node_count() == 0);
        CHECK(empty.tie_count() == 0);
        CHECK(empty.in().node_count() == 0);
        CHECK(empty.undirected().node_count() == 0);
        const Adjacency isolates(3, directed, {});
        CHECK(isolates.node_count() == 3);
        CHECK(isolates.tie_count() == 0);
        CHECK(isolates.in().node_count() == 3);
        CHECK(isolates.undirected().node_count() == 3);
        for (NodeId v = 0; v < 3; ++v) CHECK(isolates.out().degree(v) == 0);
    }
    // Only self-ties: nothing remains.
    const std::vector<Arc> loops{{0, 0, 1.0}, {1, 1, 2.0}};
    CHECK(Adjacency(2, false, loops).tie_count() == 0);
    CHECK(Adjacency(2, true, loops).tie_count() == 0);
}

TEST_CASE("adjacency: rows agree with a naive map on seeded random multigraphs", "[adjacency]") {
    std::mt19937 rng(20240611);
    for (int round = 0; round < 20; ++round) {
        const std::size_t n = 1 + rng() % 12;
        std::uniform_int_distribution<NodeId> pick(0, static_cast<NodeId>(n - 1));
        std::uniform_int_distribution<int> quarter(1, 8);
        std::vector<Arc> arcs;
        const std::size_t m = rng() % 40;
        for (std::size_t k = 0; k < m; ++k) {
            // Quarters are exact in binary, so the sums below compare exactly.
            arcs.push_back({pick(rng), pick(rng), quarter(rng) * 0.25});
        }
        for (const bool directed : {false, true}) {
            // Naive reference: an ordered map of (u, v) -> summed weight.
            std::map<std::pair<NodeId, NodeId>, double> out_ref;
            std::map<std::pair<NodeId, NodeId>, double> in_ref;
            std::map<std::pair<NodeId, NodeId>, double> both_ref;
            for (const Arc& a : arcs) {
                if (a.source == a.target) continue;
                out_ref[{a.source, a.target}] += a.weight;
                in_ref[{a.target, a.source}] += a.weight;
                both_ref[{a.source, a.target}] += a.weight;
                both_ref[{a.target, a.source}] += a.weight;
            }
            if (!directed) out_ref = both_ref;
            const Adjacency adjacency(n, directed, arcs);
            const auto compare = [&](const CsrGraph& graph,
                                     const std::map<std::pair<NodeId, NodeId>, double>& ref) {
                std::map<std::pair<NodeId, NodeId>, double> got;
                for (NodeId v = 0; v < n; ++v) {
                    const auto nbrs = graph.neighbours_of(v);
                    const auto wts = graph.weights_of(v);
                    for (std::size_t i = 0; i < nbrs.size(); ++i) {
                        if (i > 0) CHECK(nbrs[i - 1] < nbrs[i]);  // sorted, no repeats
                        got[{v, nbrs[i]}] = wts[i];
                    }
                }
                CHECK(got == ref);
            };
            compare(adjacency.out(), out_ref);
            if (directed) {
                compare(adjacency.in(), in_ref);
                compare(adjacency.undirected(), both_ref);
                CHECK(adjacency.tie_count() == out_ref.size());
            } else {
                CHECK(adjacency.tie_count() == out_ref.size() / 2);
            }
        }
    }
}
