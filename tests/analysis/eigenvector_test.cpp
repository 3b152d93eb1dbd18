#include "analysis/centrality/eigenvector.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

using namespace coopnet;
using testing::check_close;
using testing::clique_edges;
using testing::EdgeSpec;
using testing::network_from_edges;

namespace {

using Edge = EdgeSpec;

double norm(const std::vector<double>& x) {
    double sum = 0.0;
    for (const double value : x) sum += value * value;
    return std::sqrt(sum);
}

// The dense matrix a_uv of the network's merged ties (weights as `options` say).
Eigen::MatrixXd dense_adjacency(const Network& network, WeightMode weights) {
    const CsrGraph& rows = network.adjacency().out();
    const auto n = static_cast<Eigen::Index>(rows.node_count());
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n);
    for (NodeId u = 0; u < rows.node_count(); ++u) {
        const auto targets = rows.neighbours_of(u);
        const auto w = rows.weights_of(u);
        for (std::size_t k = 0; k < targets.size(); ++k) {
            a(u, targets[k]) = weights == WeightMode::Weighted ? w[k] : 1.0;
        }
    }
    return a;
}

struct DenseEigenvector {
    std::vector<double> scores;
    double eigenvalue = 0.0;
    double second = 0.0;  // the next distinct eigenvalue (the gap power iteration sees)
};

// Independent oracle for undirected networks, straight from the stated convention: a
// full eigendecomposition of A (Eigen's SelfAdjointEigenSolver, QR on the tridiagonal
// form), the uniform vector projected onto the eigenspace of the largest eigenvalue
// (eigenvalues within 1e-9 of it), scaled to norm 1.
DenseEigenvector dense_eigenvector(const Network& network,
                                   WeightMode weights = WeightMode::Weighted) {
    const Eigen::MatrixXd a = dense_adjacency(network, weights);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(a);
    REQUIRE(solver.info() == Eigen::Success);
    const Eigen::VectorXd& values = solver.eigenvalues();  // increasing
    const Eigen::Index n = a.rows();
    const double largest = values[n - 1];
    const double tied = 1e-9 * std::max(1.0, std::abs(largest));
    const Eigen::VectorXd uniform = Eigen::VectorXd::Ones(n);
    Eigen::VectorXd projection = Eigen::VectorXd::Zero(n);
    DenseEigenvector result;
    result.eigenvalue = largest;
    for (Eigen::Index i = n - 1; i >= 0; --i) {
        if (values[i] < largest - tied) {
            result.second = values[i];
            break;
        }
        const Eigen::VectorXd v = solver.eigenvectors().col(i);
        projection += v.dot(uniform) * v;
    }
    projection /= projection.norm();
    result.scores.assign(projection.data(), projection.data() + n);
    return result;
}

// Today's method until the Lanczos solver came: networkx's power iteration on A + I from
// the uniform vector, stopping when the L1 change is below 1e-10; false if 1000 steps do
// not get there.
bool power_iteration_converges(const Network& network) {
    const Eigen::MatrixXd shifted =
        dense_adjacency(network, WeightMode::Weighted) +
        Eigen::MatrixXd::Identity(network.actor_count(), network.actor_count());
    Eigen::VectorXd x = Eigen::VectorXd::Ones(shifted.rows()).normalized();
    for (int step = 0; step < 1000; ++step) {
        const Eigen::VectorXd y = (shifted.transpose() * x).normalized();
        const double change = (y - x).lpNorm<1>();
        x = y;
        if (change < 1e-10) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("eigenvector: a star converges although it is bipartite", "[eigenvector]") {
    //  1 - 0 - 2     lambda = sqrt(3); centre 1/sqrt(2), leaves 1/sqrt(6):
    //      |         lambda x_c = 3 x_l, lambda x_l = x_c, 3 x_l^2 + x_c^2 = 1.
    //      3
    // Plain power iteration on A would swap between two vectors forever here.
    const EigenvectorResult result =
        eigenvector_centrality(network_from_edges(4, {{0, 1}, {0, 2}, {0, 3}}));
    CHECK(result.converged);
    CHECK(result.eigenvalue == Approx(std::sqrt(3.0)).epsilon(1e-8));
    check_close(result.scores,
                {1 / std::sqrt(2.0), 1 / std::sqrt(6.0), 1 / std::sqrt(6.0), 1 / std::sqrt(6.0)},
                1e-9);
}

TEST_CASE("eigenvector: a triangle and a single tie have uniform scores", "[eigenvector]") {
    const EigenvectorResult triangle =
        eigenvector_centrality(network_from_edges(3, {{0, 1}, {1, 2}, {2, 0}}));
    CHECK(triangle.eigenvalue == Approx(2.0));
    check_close(triangle.scores, std::vector<double>(3, 1 / std::sqrt(3.0)), 1e-12);
    const EigenvectorResult pair = eigenvector_centrality(network_from_edges(2, {{0, 1, 3.0}}));
    CHECK(pair.eigenvalue == Approx(3.0));  // weighted: A = [[0 3] [3 0]]
    check_close(pair.scores, std::vector<double>(2, 1 / std::sqrt(2.0)), 1e-12);
}

TEST_CASE("eigenvector: karate club matches networkx, weighted and unweighted", "[eigenvector]") {
    const Network karate = classic::karate_club();
    // nx.eigenvector_centrality(nx.karate_club_graph(), weight="weight", tol=1e-14/34,
    //                           max_iter=100000)
    const std::vector<double> weighted = {
        0.3123512277, 0.3017511747, 0.3605886201, 0.1985671860, 0.0556747487, 0.0674280839,
        0.0664482208, 0.1784323427, 0.2469505835, 0.0502030698, 0.0458332188, 0.0432069550,
        0.0418697418, 0.2404865370, 0.0795376485, 0.1131142042, 0.0185188562, 0.0427181932,
        0.0488969200, 0.0734200276, 0.0627493707, 0.0566317497, 0.0810055621, 0.2180437113,
        0.0510489128, 0.1225822871, 0.0586292555, 0.1476830718, 0.0861453924, 0.1358330194,
        0.1583132469, 0.2094564353, 0.3322614102, 0.3640968820};
    const EigenvectorResult w = eigenvector_centrality(karate);
    CHECK(w.converged);
    check_close(w.scores, weighted, 1e-8);
    // The same with weight=None.
    const std::vector<double> unweighted = {
        0.3554914445, 0.2659599196, 0.3171925045, 0.2111797204, 0.0759688182, 0.0794830451,
        0.0794830451, 0.1709597480, 0.2274039071, 0.1026742507, 0.0759688182, 0.0528556975,
        0.0842546287, 0.2264727201, 0.1014032622, 0.1014032622, 0.0236356281, 0.0923995382,
        0.1014032622, 0.1479125103, 0.1014032622, 0.0923995382, 0.1014032622, 0.1501185719,
        0.0570524405, 0.0592064749, 0.0755794135, 0.1334771534, 0.1310778230, 0.1349608193,
        0.1747583023, 0.1910338414, 0.3086442198, 0.3733634703};
    const EigenvectorResult u =
        eigenvector_centrality(karate, {}, {.weights = WeightMode::Unweighted});
    CHECK(u.converged);
    check_close(u.scores, unweighted, 1e-8);
}

TEST_CASE("eigenvector: Florentine families match networkx", "[eigenvector]") {
    // nx.eigenvector_centrality(nx.florentine_families_graph(), tol=1e-14/15,
    //                           max_iter=100000), in node order Acciaiuoli, Medici, ...
    const std::vector<double> expected = {0.1321542947, 0.4303080940, 0.2590261672, 0.2757303736,
                                          0.3559804484, 0.2117052512, 0.3415526441, 0.3258423011,
                                          0.2439561092, 0.1459171965, 0.0448134359, 0.2828000865,
                                          0.2891155990, 0.0749227077, 0.0887918880};
    const EigenvectorResult result = eigenvector_centrality(classic::florentine_families());
    CHECK(result.converged);
    check_close(result.scores, expected, 1e-8);
}

TEST_CASE("eigenvector: directed networks count incoming ties, as networkx", "[eigenvector]") {
    //   0 --1--> 1 --1--> 2 --2--> 0,   0 --3--> 2,   3 --1--> 2,   4 --1--> 3,   4 --2--> 5
    // Only the cycle 0, 1, 2 keeps weight; 3, 4, 5 are not reached back and decay to 0.
    const Network network = network_from_edges(
        6, {{0, 1, 1}, {0, 2, 3}, {1, 2, 1}, {2, 0, 2}, {3, 2, 1}, {4, 3, 1}, {4, 5, 2}}, true);
    // nx.eigenvector_centrality(D, weight="weight", tol=1e-15, max_iter=100000)
    const EigenvectorResult result = eigenvector_centrality(network);
    CHECK(result.converged);
    check_close(result.scores, {0.5933990109, 0.2280830882, 0.7719169118, 0, 0, 0}, 1e-8);
    // Check the left eigenvector equation lambda x_v = sum_u a_uv x_u by hand.
    const auto& x = result.scores;
    const double lambda = result.eigenvalue;
    CHECK(lambda * x[0] == Approx(2 * x[2]));
    CHECK(lambda * x[1] == Approx(1 * x[0]));
    CHECK(lambda * x[2] == Approx(3 * x[0] + 1 * x[1]).epsilon(1e-8));
}

TEST_CASE("eigenvector: disconnected networks concentrate on the strongest component",
          "[eigenvector]") {
    //  0 - 1      3 - 4      6
    //   \ /
    //    2
    // The triangle's eigenvalue (2) beats the pair's (1) and the isolate's (0): as
    // networkx, the pair and the isolate decay to ~0.
    const EigenvectorResult result =
        eigenvector_centrality(network_from_edges(7, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {5, 5}}));
    CHECK(result.converged);
    const double third = 1 / std::sqrt(3.0);
    check_close(result.scores, {third, third, third, 0, 0, 0, 0}, 1e-8);

    // Two equal triangles share the vector equally (from the uniform start), though each
    // is solved on its own.
    const EigenvectorResult twins = eigenvector_centrality(
        network_from_edges(6, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}}));
    check_close(twins.scores, std::vector<double>(6, 1 / std::sqrt(6.0)), 1e-12);
}

TEST_CASE("eigenvector: parallel ties act as one tie of the summed weight", "[eigenvector]") {
    const Network parallel = network_from_edges(3, {{0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 2, 4}});
    const Network merged = network_from_edges(3, {{0, 1, 2}, {1, 2, 1}});
    const auto a = eigenvector_centrality(parallel).scores;
    const auto b = eigenvector_centrality(merged).scores;
    check_close(a, b, 1e-14);
    // Unweighted, the path 0 - 1 - 2: centre 1/sqrt(2), ends 1/2.
    check_close(eigenvector_centrality(parallel, {}, {.weights = WeightMode::Unweighted}).scores,
                {0.5, 1 / std::sqrt(2.0), 0.5}, 1e-9);
}

TEST_CASE("eigenvector: scores satisfy the eigen equation on seeded random graphs",
          "[eigenvector]") {
    std::mt19937_64 random(77);
    for (int round = 0; round < 10; ++round) {
        const std::size_t n = 10 + random() % 50;
        // A ring keeps the graph connected; chords at random.
        std::vector<Edge> edges;
        for (NodeId v = 0; v < n; ++v) {
            edges.push_back({v, static_cast<NodeId>((v + 1) % n), 1.0 + (random() % 3)});
        }
        for (std::size_t i = 0; i < n; ++i) {
            edges.push_back({static_cast<NodeId>(random() % n), static_cast<NodeId>(random() % n),
                             1.0 + (random() % 5)});
        }
        const Network network = network_from_edges(n, edges);
        const EigenvectorResult result = eigenvector_centrality(network);
        REQUIRE(result.converged);
        CHECK(norm(result.scores) == Approx(1.0));
        const CsrGraph& rows = network.adjacency().out();
        for (NodeId v = 0; v < n; ++v) {
            CHECK(result.scores[v] > 0.0);
            double ax = 0.0;
            const auto nbrs = rows.neighbours_of(v);
            const auto weights = rows.weights_of(v);
            for (std::size_t k = 0; k < nbrs.size(); ++k) ax += weights[k] * result.scores[nbrs[k]];
            CHECK(ax == Approx(result.eigenvalue * result.scores[v]).epsilon(1e-6));
        }
    }
}

TEST_CASE("eigenvector: running out of iterations is reported", "[eigenvector]") {
    // Undirected: Lanczos cannot meet a tolerance below rounding; the power iteration that
    // takes over runs out of its 3 steps too.
    const EigenvectorResult lanczos = eigenvector_centrality(
        classic::karate_club(), {.tolerance = 1e-300, .max_iterations = 3});
    CHECK_FALSE(lanczos.converged);
    CHECK(lanczos.iterations > 3);  // Lanczos products, then 3 power steps
    CHECK(norm(lanczos.scores) == Approx(1.0));
    // Directed: power iteration alone.
    const EigenvectorResult power =
        eigenvector_centrality(network_from_edges(3, {{0, 1}, {1, 2}, {2, 0}, {0, 2}}, true),
                               {.tolerance = 1e-10, .max_iterations = 3});
    CHECK_FALSE(power.converged);
    CHECK(power.iterations == 3);
    CHECK(norm(power.scores) == Approx(1.0));
}

TEST_CASE("eigenvector: a directed network without cycles is reported as not converged",
          "[eigenvector]") {
    //  0 --> 1 --> 2: A is nilpotent, (A + I)^k x grows polynomially, the change per step
    //  falls only like 1/k^2, and 1000 steps do not reach the tolerance.
    const EigenvectorResult result =
        eigenvector_centrality(network_from_edges(3, {{0, 1}, {1, 2}}, true));
    CHECK_FALSE(result.converged);
    CHECK(result.iterations == 1000);
    CHECK(norm(result.scores) == Approx(1.0));
    CHECK(result.scores[2] > result.scores[1]);  // drifting towards the sink
    CHECK(result.scores[1] > result.scores[0]);
}

TEST_CASE("eigenvector: degenerate networks", "[eigenvector]") {
    const EigenvectorResult empty = eigenvector_centrality(network_from_edges(0, {}));
    CHECK(empty.scores.empty());
    CHECK(empty.converged);

    const EigenvectorResult one = eigenvector_centrality(network_from_edges(1, {{0, 0}}));
    CHECK(one.converged);
    CHECK(one.scores == std::vector<double>{1.0});

    // No ties: A = 0, every vector is an eigenvector; the uniform start stays put. Every
    // component is an isolate, solved without a multiplication.
    const EigenvectorResult isolates = eigenvector_centrality(network_from_edges(4, {}));
    CHECK(isolates.converged);
    CHECK(isolates.iterations == 0);
    check_close(isolates.scores, std::vector<double>(4, 0.5), 1e-15);
    CHECK(isolates.eigenvalue == Approx(0.0).margin(1e-15));
}

TEST_CASE("eigenvector: invalid iteration options are rejected", "[eigenvector]") {
    const Network network = network_from_edges(2, {{0, 1}});
    CHECK_THROWS_AS(eigenvector_centrality(network, {.tolerance = 0.0}), InvalidArgument);
    CHECK_THROWS_AS(eigenvector_centrality(network, {.tolerance = -1.0}), InvalidArgument);
    CHECK_THROWS_AS(
        eigenvector_centrality(network, {.tolerance = std::numeric_limits<double>::quiet_NaN()}),
        InvalidArgument);
    CHECK_THROWS_AS(eigenvector_centrality(network, {.tolerance = 1e-8, .max_iterations = 0}),
                    InvalidArgument);
}

TEST_CASE("eigenvector: agrees with a dense eigendecomposition of A", "[eigenvector]") {
    // Each network against the Eigen oracle above, weighted and unweighted: classic data
    // sets, disconnected ones (one component's root largest; two isomorphic components
    // tied, numbered differently; isolates), a bipartite star, and seeded random graphs.
    std::vector<Network> networks = {
        classic::karate_club(),
        classic::florentine_families(),
        network_from_edges(7, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {5, 5}}),
        network_from_edges(9, {{0, 4, 2}, {4, 8, 2}, {8, 0, 2}, {1, 3}, {3, 5}, {5, 7}, {7, 1}}),
        network_from_edges(8, {{0, 2}, {2, 4}, {4, 0}, {7, 5}, {5, 3}, {3, 7}}),
        network_from_edges(6, {{0, 1, 0.5}, {0, 2, 4}, {0, 3}, {0, 4}, {0, 5, 2}}),
    };
    std::mt19937_64 random(2024);
    for (int round = 0; round < 8; ++round) {
        const std::size_t n = 5 + random() % 60;
        const std::size_t m = n / 2 + random() % (2 * n);
        networks.push_back(
            network_from_edges(n, testing::random_edges(random, n, m, round % 2 == 0 ? 5 : 1)));
    }
    for (std::size_t i = 0; i < networks.size(); ++i) {
        for (const WeightMode weights : {WeightMode::Weighted, WeightMode::Unweighted}) {
            INFO("network " << i << (weights == WeightMode::Weighted ? " weighted" : ""));
            const EigenvectorResult result =
                eigenvector_centrality(networks[i], {.tolerance = 1e-13}, {.weights = weights});
            const DenseEigenvector expected = dense_eigenvector(networks[i], weights);
            CHECK(result.converged);
            CHECK(result.eigenvalue == Approx(expected.eigenvalue).epsilon(1e-12).margin(1e-12));
            check_close(result.scores, expected.scores, 1e-9);
        }
    }
}

TEST_CASE("eigenvector: two nearly equal leading eigenvalues converge", "[eigenvector]") {
    // Two groups of 28, each joined inside (K28; the second lacks its tie 28-29), and one
    // tie between them: the leading eigenvalues ~27 and ~26.9 nearly coincide, like those
    // seen on random graphs (26.81 and 26.56). The error of power iteration shrinks only
    // by (1 + lambda_2)/(1 + lambda_1) per step: 1000 steps fall short, Lanczos does not.
    //
    //    K28 (0 ... 27) --- 27 ------- 28 --- K28 without 28-29 (28 ... 55)
    std::vector<Edge> edges = clique_edges(0, 28);
    for (const Edge& edge : clique_edges(28, 28)) {
        if (!(edge.source == 28 && edge.target == 29)) edges.push_back(edge);
    }
    edges.push_back({27, 28});
    const Network network = network_from_edges(56, edges);

    const DenseEigenvector expected = dense_eigenvector(network);
    CHECK(expected.eigenvalue - expected.second < 0.1);
    CHECK_FALSE(power_iteration_converges(network));

    const EigenvectorResult result = eigenvector_centrality(network);
    CHECK(result.converged);
    CHECK(result.iterations < 1000);
    CHECK(result.eigenvalue == Approx(expected.eigenvalue).epsilon(1e-12));
    check_close(result.scores, expected.scores, 1e-9);
}
