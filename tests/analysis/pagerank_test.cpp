#include "analysis/centrality/pagerank.hpp"

#include <Eigen/Dense>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

using namespace coopnet;
using testing::check_close;
using testing::EdgeSpec;
using testing::network_from_edges;

namespace {

using Edge = EdgeSpec;

double sum(const std::vector<double>& x) { return std::accumulate(x.begin(), x.end(), 0.0); }

// Independent oracle: PageRank as the linear system it is, solved directly. With the
// walk matrix P (p_uv = w_uv / W_u, and a dangling u's row uniform, 1/n), the scores
// solve  (I - d P^T) x = (1 - d)/n * 1; x sums to 1 because P is row-stochastic. Eigen's
// dense LU with partial pivoting; I - d P^T is diagonally dominant by columns for d < 1.
std::vector<double> dense_pagerank(std::size_t n, const std::vector<Edge>& arcs, double d) {
    const auto size = static_cast<Eigen::Index>(n);
    Eigen::MatrixXd w = Eigen::MatrixXd::Zero(size, size);
    for (const Edge& arc : arcs) {
        if (arc.source != arc.target) w(arc.source, arc.target) += arc.weight;
    }
    Eigen::MatrixXd walk(size, size);  // walk(u, v): probability of the step u -> v
    for (Eigen::Index u = 0; u < size; ++u) {
        const double out = w.row(u).sum();
        if (out > 0.0) {
            walk.row(u) = w.row(u) / out;
        } else {
            walk.row(u).setConstant(1.0 / static_cast<double>(n));
        }
    }
    const Eigen::MatrixXd system = Eigen::MatrixXd::Identity(size, size) - d * walk.transpose();
    const Eigen::VectorXd jump =
        Eigen::VectorXd::Constant(size, (1.0 - d) / static_cast<double>(n));
    const Eigen::VectorXd x = system.partialPivLu().solve(jump);
    return {x.data(), x.data() + size};
}

}  // namespace

TEST_CASE("pagerank: a directed cycle is uniform", "[pagerank]") {
    //  0 --> 1 --> 2 --> 0
    const PageRankResult result = pagerank(network_from_edges(3, {{0, 1}, {1, 2}, {2, 0}}, true));
    CHECK(result.converged);
    check_close(result.scores, std::vector<double>(3, 1.0 / 3.0), 1e-12);
}

TEST_CASE("pagerank: a dangling actor spreads its score uniformly", "[pagerank]") {
    //  0 --> 1 (1 has no outgoing tie).  With d = 0.85:
    //  x0 = 0.15/2 + 0.85 x1/2,   x1 = 0.15/2 + 0.85 x1/2 + 0.85 x0,   x0 + x1 = 1
    //  => 1.425 x0 = 0.5, x0 = 20/57, x1 = 37/57.
    const PageRankResult result = pagerank(network_from_edges(2, {{0, 1}}, true));
    CHECK(result.converged);
    check_close(result.scores, {20.0 / 57.0, 37.0 / 57.0}, 1e-10);
}

TEST_CASE("pagerank: karate club matches networkx, weighted and unweighted", "[pagerank]") {
    const Network karate = classic::karate_club();
    // from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    // _pagerank_python(nx.karate_club_graph(), weight="weight", tol=1e-15)
    // (nx.pagerank gives the same through scipy)
    const std::vector<double> weighted = {
        0.0885003154, 0.0574123194, 0.0627656238, 0.0372100348, 0.0205008011, 0.0338038731,
        0.0315230190, 0.0264632027, 0.0333824835, 0.0094634950, 0.0206856847, 0.0097849981,
        0.0114742641, 0.0334729250, 0.0129424038, 0.0163774438, 0.0167522601, 0.0096766952,
        0.0095453377, 0.0130769901, 0.0112248839, 0.0113594701, 0.0129613907, 0.0411497582,
        0.0166357328, 0.0286764489, 0.0152417174, 0.0272377268, 0.0144792282, 0.0282746665,
        0.0230328461, 0.0419881778, 0.0759344196, 0.0969893628};
    const PageRankResult w = pagerank(karate);
    CHECK(w.converged);
    check_close(w.scores, weighted, 1e-9);
    // _pagerank_python(nx.karate_club_graph(), weight=None, tol=1e-15)
    const std::vector<double> unweighted = {
        0.0969972854, 0.0528769241, 0.0570785095, 0.0358598578, 0.0219779524, 0.0291111547,
        0.0291111547, 0.0244904970, 0.0297660561, 0.0143093971, 0.0219779524, 0.0095647455,
        0.0146448920, 0.0295364562, 0.0145359940, 0.0145359940, 0.0167840054, 0.0145586772,
        0.0145359940, 0.0196046363, 0.0145359940, 0.0145586772, 0.0145359940, 0.0315225148,
        0.0210760336, 0.0210061974, 0.0150440381, 0.0256397675, 0.0195734595, 0.0262885377,
        0.0245901552, 0.0371580871, 0.0716932260, 0.1009191823};
    const PageRankResult u = pagerank(karate, {}, {.weights = WeightMode::Unweighted});
    CHECK(u.converged);
    check_close(u.scores, unweighted, 1e-9);
}

TEST_CASE("pagerank: Florentine families match networkx", "[pagerank]") {
    // _pagerank_python(nx.florentine_families_graph(), tol=1e-15, max_iter=1000)
    const std::vector<double> expected = {0.0306574374, 0.1458172050, 0.0693301755, 0.0678753100,
                                          0.0880984385, 0.0503009871, 0.0695742665, 0.0712796858,
                                          0.0791222529, 0.0613032288, 0.0360538722, 0.0688617956,
                                          0.0983978334, 0.0324179716, 0.0309095396};
    check_close(pagerank(classic::florentine_families()).scores, expected, 1e-9);
}

TEST_CASE("pagerank: a directed network with dangling actors matches networkx", "[pagerank]") {
    //   0 --1--> 1 --1--> 2 --2--> 0,   0 --3--> 2,   3 --1--> 2,   4 --1--> 3,   4 --2--> 5
    // 5 is dangling.
    const std::vector<Edge> arcs = {{0, 1, 1}, {0, 2, 3}, {1, 2, 1}, {2, 0, 2},
                                    {3, 2, 1}, {4, 3, 1}, {4, 5, 2}};
    const Network network = network_from_edges(6, arcs, true);
    // D = nx.DiGraph(); D.add_nodes_from(range(6)); D.add_weighted_edges_from(arcs)
    // _pagerank_python(D, weight="weight", tol=1e-15, max_iter=1000)
    check_close(
        pagerank(network).scores,
        {0.3691817843, 0.1105825108, 0.3965298855, 0.0412352731, 0.0321313816, 0.0503391646}, 1e-9);
    // _pagerank_python(D, weight=None, tol=1e-15, max_iter=1000)
    check_close(
        pagerank(network, {}, {.weights = WeightMode::Unweighted}).scores,
        {0.3401662585, 0.1758940741, 0.3633445226, 0.0446358653, 0.0313234143, 0.0446358653}, 1e-9);
}

TEST_CASE("pagerank: agrees with a direct linear solve on seeded random graphs", "[pagerank]") {
    std::mt19937_64 random(4242);
    for (int round = 0; round < 10; ++round) {
        const bool directed = round % 2 == 0;
        const std::size_t n = 3 + random() % 30;
        std::vector<Edge> edges;
        const std::size_t m = random() % (2 * n);
        for (std::size_t i = 0; i < m; ++i) {
            edges.push_back({static_cast<NodeId>(random() % n), static_cast<NodeId>(random() % n),
                             0.5 + static_cast<double>(random() % 4)});
        }
        std::vector<Edge> arcs = edges;
        if (!directed) {
            for (const Edge& e : edges) arcs.push_back({e.target, e.source, e.weight});
        }
        const double d = round < 5 ? 0.85 : 0.6;
        const PageRankResult result =
            pagerank(network_from_edges(n, edges, directed), {.damping = d});
        REQUIRE(result.converged);
        CHECK(sum(result.scores) == Approx(1.0).epsilon(1e-14));
        const std::vector<double> expected = dense_pagerank(n, arcs, d);
        for (std::size_t v = 0; v < n; ++v) {
            CHECK(result.scores[v] > 0.0);
            CHECK(result.scores[v] == Approx(expected[v]).margin(1e-9));
        }
    }
}

TEST_CASE("pagerank: damping 0 gives the uniform distribution", "[pagerank]") {
    const PageRankResult result = pagerank(classic::karate_club(), {.damping = 0.0});
    check_close(result.scores, std::vector<double>(34, 1.0 / 34.0), 1e-15);
}

TEST_CASE("pagerank: running out of iterations is reported", "[pagerank]") {
    const PageRankResult result = pagerank(classic::karate_club(), {.max_iterations = 2});
    CHECK_FALSE(result.converged);
    CHECK(result.iterations == 2);
    CHECK(sum(result.scores) == Approx(1.0));
}

TEST_CASE("pagerank: degenerate networks", "[pagerank]") {
    CHECK(pagerank(network_from_edges(0, {})).scores.empty());
    CHECK(pagerank(network_from_edges(1, {{0, 0}})).scores == std::vector<double>{1.0});
    // No ties: every actor dangles, the walk is uniform.
    check_close(pagerank(network_from_edges(4, {}, true)).scores, std::vector<double>(4, 0.25),
                1e-15);
    // Parallel ties are one tie of summed weight; a self-tie is dropped.
    const auto parallel =
        pagerank(network_from_edges(3, {{0, 1, 1}, {0, 1, 2}, {0, 2, 1}, {1, 1, 9}}, true));
    const auto merged = pagerank(network_from_edges(3, {{0, 1, 3}, {0, 2, 1}}, true));
    check_close(parallel.scores, merged.scores, 1e-15);
}

TEST_CASE("pagerank: invalid options are rejected", "[pagerank]") {
    const Network network = network_from_edges(2, {{0, 1}});
    CHECK_THROWS_AS(pagerank(network, {.damping = 1.0}), InvalidArgument);
    CHECK_THROWS_AS(pagerank(network, {.damping = -0.1}), InvalidArgument);
    CHECK_THROWS_AS(pagerank(network, {.damping = std::numeric_limits<double>::quiet_NaN()}),
                    InvalidArgument);
    CHECK_THROWS_AS(pagerank(network, {.tolerance = 0.0}), InvalidArgument);
    CHECK_THROWS_AS(pagerank(network, {.max_iterations = 0}), InvalidArgument);
}
