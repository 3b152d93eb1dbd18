#include "analysis/centrality/closeness.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "analysis/structure/distances.hpp"
#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

using namespace coopnet;
using testing::check_close;
using testing::EdgeSpec;
using testing::network_from_edges;
using testing::unweighted;
using testing::weighted;

namespace {

using TieSpec = EdgeSpec;

// Plain O(n²) Dijkstra into every actor t on a dense matrix built from the raw tie list
// (self-ties dropped, parallel weights summed), lengths 1/weight or 1; then the formulas.
struct NaiveCentrality {
    std::vector<double> closeness;
    std::vector<double> harmonic;
};

NaiveCentrality naive_centrality(const Network& network, bool use_weights) {
    const std::size_t n = network.actor_count();
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> weight(n, std::vector<double>(n, 0.0));
    for (const TieRef& tie : network.ties()) {
        if (tie.source == tie.target) continue;
        weight[tie.source][tie.target] += tie.weight;
        if (!network.directed()) weight[tie.target][tie.source] += tie.weight;
    }
    NaiveCentrality result{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
    for (std::size_t t = 0; t < n; ++t) {
        // d[u] = d(u, t): Dijkstra from t against the direction of the arcs.
        std::vector<double> d(n, inf);
        std::vector<bool> done(n, false);
        d[t] = 0.0;
        for (std::size_t step = 0; step < n; ++step) {
            std::size_t best = n;
            for (std::size_t u = 0; u < n; ++u) {
                if (!done[u] && d[u] < inf && (best == n || d[u] < d[best])) best = u;
            }
            if (best == n) break;
            done[best] = true;
            for (std::size_t u = 0; u < n; ++u) {
                if (weight[u][best] > 0.0) {
                    const double l = use_weights ? 1.0 / weight[u][best] : 1.0;
                    d[u] = std::min(d[u], d[best] + l);
                }
            }
        }
        double total = 0.0;
        double reach = 0.0;
        double harmonic = 0.0;
        for (std::size_t u = 0; u < n; ++u) {
            if (u == t || d[u] == inf) continue;
            total += d[u];
            reach += 1.0;
            harmonic += 1.0 / d[u];
        }
        if (reach > 0) result.closeness[t] = (reach / total) * (reach / (n - 1.0));
        if (n > 1) result.harmonic[t] = harmonic / (n - 1.0);
    }
    return result;
}

}  // namespace

//   a0 - a1 - a2 - a3    ends: Σd = 1+2+3 = 6, C = 3/6; inner: Σd = 1+1+2 = 4, C = 3/4.
//   harmonic: ends (1 + 1/2 + 1/3)/3 = 11/18, inner (1 + 1 + 1/2)/3 = 5/6.
TEST_CASE("closeness: a path P4 is closest at its inner actors", "[closeness]") {
    const Network p4 = network_from_edges(4, {{0, 1}, {1, 2}, {2, 3}});
    const ClosenessResult c = closeness(p4, unweighted());
    check_close(c.closeness, {0.5, 0.75, 0.75, 0.5}, 1e-13, 1e-12);
    CHECK(c.reach == std::vector<std::uint32_t>{4, 4, 4, 4});
    CHECK(c.distance_sum == std::vector<double>{6, 4, 4, 6});
    check_close(harmonic(p4, unweighted()), {11.0 / 18, 5.0 / 6, 5.0 / 6, 11.0 / 18}, 1e-13, 1e-12);
}

//   a4 - a0 - a1, a0 - a2, a0 - a3     star: centre C = 4/4 = 1, H = 1;
//   leaf Σd = 1 + 3·2 = 7, C = 4/7; H = (1 + 3/2)/4 = 5/8.
TEST_CASE("closeness: the centre of a star is 1 and a leaf 4/7", "[closeness]") {
    const Network star = network_from_edges(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    check_close(closeness(star, weighted()).closeness, {1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7},
                1e-13, 1e-12);
    check_close(harmonic(star, weighted()), {1, 5.0 / 8, 5.0 / 8, 5.0 / 8, 5.0 / 8}, 1e-13, 1e-12);
}

// networkx 3.6.1: nx.closeness_centrality(nx.krackhardt_kite_graph()) and
// nx.harmonic_centrality(nx.krackhardt_kite_graph()) divided by n-1 = 9.
TEST_CASE("closeness: Fernando and Garth are closest in the Krackhardt kite", "[closeness]") {
    const Network kite = classic::krackhardt_kite();
    check_close(closeness(kite, unweighted(2)).closeness,
                {0.52941176470588236, 0.52941176470588236, 0.5, 0.59999999999999998, 0.5,
                 0.6428571428571429, 0.6428571428571429, 0.59999999999999998, 0.42857142857142855,
                 0.31034482758620691},
                1e-13, 1e-12);
    check_close(harmonic(kite, unweighted(2)),
                {0.67592592592592593, 0.67592592592592593, 0.62037037037037035, 0.78703703703703698,
                 0.62037037037037035, 0.75925925925925919, 0.75925925925925919, 0.66666666666666663,
                 0.51851851851851849, 0.37962962962962959},
                1e-13, 1e-12);
}

// networkx 3.6.1: nx.closeness_centrality(nx.florentine_families_graph()) and
// nx.harmonic_centrality(G) / 14.
TEST_CASE("closeness: the Florentine families match networkx", "[closeness]") {
    const Network florentine = classic::florentine_families();
    const ClosenessResult c = closeness(florentine, weighted());
    const std::vector<double> h = harmonic(florentine, weighted());
    const auto id = [&](const char* family) { return *florentine.find(family); };
    CHECK(c.closeness[id("Medici")] == Approx(0.56).epsilon(1e-12));
    CHECK(c.closeness[id("Ridolfi")] == Approx(0.5).epsilon(1e-12));
    CHECK(c.closeness[id("Albizzi")] == Approx(0.48275862068965519).epsilon(1e-12));
    CHECK(c.closeness[id("Guadagni")] == Approx(0.46666666666666667).epsilon(1e-12));
    CHECK(c.closeness[id("Pazzi")] == Approx(0.2857142857142857).epsilon(1e-12));
    CHECK(c.closeness[id("Lamberteschi")] == Approx(0.32558139534883723).epsilon(1e-12));
    CHECK(h[id("Medici")] == Approx(0.67857142857142871).epsilon(1e-12));
    CHECK(h[id("Guadagni")] == Approx(0.57738095238095233).epsilon(1e-12));
    CHECK(h[id("Pazzi")] == Approx(0.34047619047619049).epsilon(1e-12));
    CHECK(h[id("Barbadori")] == Approx(0.50595238095238082).epsilon(1e-12));
}

// networkx 3.6.1, G = nx.karate_club_graph():
//   nx.closeness_centrality(G); nx.harmonic_centrality(G) / 33; and weighted with
//   d["len"] = 1 / d["weight"]: nx.closeness_centrality(G, distance="len"),
//   nx.harmonic_centrality(G, distance="len") / 33.
TEST_CASE("closeness: the karate club matches networkx weighted and unweighted", "[closeness]") {
    const Network karate = classic::karate_club();
    const std::vector<double> c = closeness(karate, unweighted()).closeness;
    CHECK(c[0] == Approx(0.56896551724137934).epsilon(1e-12));
    CHECK(c[2] == Approx(0.55932203389830504).epsilon(1e-12));
    CHECK(c[16] == Approx(0.28448275862068967).epsilon(1e-12));
    CHECK(c[33] == Approx(0.55000000000000004).epsilon(1e-12));
    const std::vector<double> h = harmonic(karate, unweighted());
    CHECK(h[0] == Approx(0.70202020202020188).epsilon(1e-12));
    CHECK(h[16] == Approx(0.33636363636363625).epsilon(1e-12));
    CHECK(h[33] == Approx(0.70454545454545459).epsilon(1e-12));
    const std::vector<double> cw = closeness(karate, weighted()).closeness;
    CHECK(cw[0] == Approx(1.5382907880133188).epsilon(1e-12));
    CHECK(cw[2] == Approx(1.634241245136187).epsilon(1e-12));
    CHECK(cw[11] == Approx(1.0274277242401777).epsilon(1e-12));
    CHECK(cw[16] == Approx(0.80910683012259166).epsilon(1e-12));
    CHECK(cw[33] == Approx(1.6103171836876959).epsilon(1e-12));
    const std::vector<double> hw = harmonic(karate, weighted());
    CHECK(hw[0] == Approx(1.9205121820999576).epsilon(1e-12));
    CHECK(hw[16] == Approx(0.96491240132404976).epsilon(1e-12));
    CHECK(hw[33] == Approx(2.1350115249254462).epsilon(1e-12));
}

//   a0 → a1 → a2      arcs 0→1, 1→2, 2→3, 3→0 and the chord 0→2. Distances INTO each
//   ↑    ╰───↗ |      actor (hand count): a0 from a1,a2,a3: 3,2,1 (Σ 6); a1: 1,3,2 (6);
//   a3 ←───────╯      a2: 1,1,2 (4); a3: 2,2,1 (5). C = 3/Σ: 1/2, 1/2, 3/4, 3/5.
//   H = Σ 1/d / 3: (1/3+1/2+1)/3 = 11/18, 11/18, (1+1+1/2)/3 = 5/6, (1/2+1/2+1)/3 = 2/3.
TEST_CASE("closeness: directed networks count distances into the actor", "[closeness]") {
    const Network d = network_from_edges(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}}, true);
    check_close(closeness(d, unweighted()).closeness, {0.5, 0.5, 0.75, 0.6}, 1e-13, 1e-12);
    check_close(harmonic(d, unweighted()), {11.0 / 18, 11.0 / 18, 5.0 / 6, 2.0 / 3}, 1e-13, 1e-12);

    // a0 → a1 → a2: no one reaches a0 (0); a1 is reached by a0 only: (1/1)·(1/2).
    // a2 by a0 (2) and a1 (1): (2/3)·(2/2). Harmonic: 0, (1)/2, (1/2 + 1)/2.
    const Network chain = network_from_edges(3, {{0, 1}, {1, 2}}, true);
    const ClosenessResult c = closeness(chain, unweighted());
    check_close(c.closeness, {0, 0.5, 2.0 / 3}, 1e-13, 1e-12);
    CHECK(c.reach == std::vector<std::uint32_t>{1, 2, 3});
    check_close(harmonic(chain, unweighted()), {0, 0.5, 0.75}, 1e-13, 1e-12);
}

//   a0 =2= a1     the square with a0-a1 given twice (weight 2, length 1/2), a self-tie on
//   |      |      a2. Weighted distances into a2: a1 1, a3 1, a0 1.5: C = 3/3.5 = 6/7;
//   a3 --- a2 (⟲) into a0: a1 0.5, a3 1, a2 1.5: C = 1. (networkx agrees.)
TEST_CASE("closeness: self-ties are ignored and parallel ties merge their weights", "[closeness]") {
    const Network square =
        network_from_edges(4, {{0, 1}, {1, 0}, {1, 2}, {2, 3}, {3, 0}, {2, 2, 9.0}});
    check_close(closeness(square, weighted()).closeness, {1, 1, 6.0 / 7, 6.0 / 7}, 1e-13, 1e-12);
    // H(a0) = (1/0.5 + 1/1 + 1/1.5)/3 = (2 + 1 + 2/3)/3 = 11/9.
    CHECK(harmonic(square, weighted())[0] == Approx(11.0 / 9).epsilon(1e-12));
    check_close(closeness(square, unweighted()).closeness, {0.75, 0.75, 0.75, 0.75}, 1e-13, 1e-12);
}

TEST_CASE("closeness: degenerate networks", "[closeness]") {
    const Network empty = network_from_edges(0, {});
    CHECK(closeness(empty).closeness.empty());
    CHECK(harmonic(empty).empty());

    // One actor:  a   closeness 0 (networkx), harmonic Σ over no one / (n-1) = 0/0: NaN.
    const Network one = network_from_edges(1, {});
    CHECK(closeness(one).closeness == std::vector<double>{0});
    REQUIRE(harmonic(one).size() == 1);
    CHECK(std::isnan(harmonic(one)[0]));
    const Network one_with_self_tie = network_from_edges(1, {{0, 0}});
    CHECK(std::isnan(harmonic(one_with_self_tie, weighted())[0]));

    // Two actors:  a --- b   harmonic (1/1)/(2-1) = 1 each, defined.
    check_close(harmonic(network_from_edges(2, {{0, 1}}), unweighted()), {1, 1}, 1e-13, 1e-12);

    const Network no_ties = network_from_edges(3, {});
    CHECK(closeness(no_ties).closeness == std::vector<double>(3, 0.0));
    CHECK(harmonic(no_ties) == std::vector<double>(3, 0.0));

    // a0 - a1 - a2, a3 - a4, isolate a5 (n = 6). a1: r = 3, Σd = 2: (2/2)·(2/5) = 0.4.
    // a0: Σd = 3: (2/3)·(2/5) = 4/15. a3: r = 2, Σd = 1: 1·(1/5) = 0.2. a5: 0.
    // Harmonic: a1 (1+1)/5, a0 (1+1/2)/5, a3 1/5, a5 0.
    const Network split = network_from_edges(6, {{0, 1}, {1, 2}, {3, 4}});
    check_close(closeness(split, weighted()).closeness, {4.0 / 15, 0.4, 4.0 / 15, 0.2, 0.2, 0},
                1e-13, 1e-12);
    check_close(harmonic(split, weighted()), {0.3, 0.4, 0.3, 0.2, 0.2, 0}, 1e-13, 1e-12);
}

TEST_CASE("closeness: weights that cannot be lengths are rejected", "[closeness]") {
    const Network net = network_from_edges(3, {{0, 1}, {1, 2, -2.0}});
    REQUIRE_THROWS_AS(closeness(net, weighted()), InvalidArgument);
    REQUIRE_THROWS_AS(harmonic(net, weighted()), InvalidArgument);
    CHECK(closeness(net, unweighted()).closeness[1] == 1.0);
}

TEST_CASE("closeness: BFS and Dijkstra match a naive Dijkstra on seeded random networks",
          "[closeness]") {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        // Sizes 2 … 300 so that several 256-source batches occur; sparse to dense.
        const std::size_t n = seed % 5 == 0 ? 260 + seed : 2 + (seed * 11) % 47;
        const double p = n > 100 ? 0.01 : 0.03 + 0.04 * static_cast<double>(seed % 6);
        const bool directed = seed % 2 == 0;
        const std::uint32_t max_weight = seed % 3 == 0 ? 1 : 4;
        Network net = classic::gnp_random(n, p, directed, max_weight, seed);
        if (seed % 4 == 1) {
            std::vector<Tie> ties = net.ties().to_vector();
            const std::size_t original = ties.size();
            for (std::size_t i = 0; i < original; i += 3) ties.push_back(ties[i]);
            Tie self;
            self.source = self.target = 0;
            ties.push_back(self);
            std::vector<Actor> actors(net.actors().begin(), net.actors().end());
            net = make_network("random", directed, std::move(actors), std::move(ties));
        }
        INFO("seed " << seed << ", n " << n << ", directed " << directed);
        const NaiveCentrality w = naive_centrality(net, true);
        check_close(closeness(net, weighted(2)).closeness, w.closeness, 1e-13, 1e-12);
        check_close(harmonic(net, weighted(1)), w.harmonic, 1e-13, 1e-12);
        const NaiveCentrality u = naive_centrality(net, false);
        check_close(closeness(net, unweighted(1)).closeness, u.closeness, 1e-13, 1e-12);
        check_close(harmonic(net, unweighted(2)), u.harmonic, 1e-13, 1e-12);
    }
}

TEST_CASE("closeness: one and several threads give bit-identical results", "[closeness]") {
    // 1200 actors: five batches of 256 BFS sources, 38 chunks of 32 Dijkstra sources.
    const Network ba = classic::barabasi_albert(1200, 2, 3);
    CHECK(closeness(ba, unweighted(2)).closeness == closeness(ba, unweighted(1)).closeness);
    CHECK(harmonic(ba, unweighted(3)) == harmonic(ba, unweighted(1)));
    const Network random = classic::gnp_random(500, 0.01, false, 7, 5);
    CHECK(closeness(random, weighted(2)).closeness == closeness(random, weighted(1)).closeness);
    CHECK(harmonic(random, weighted(2)) == harmonic(random, weighted(1)));
}

TEST_CASE("closeness: equal weights give the hop values scaled by the tie length", "[closeness]") {
    // Every tie of weight 4 (length 1/4): distances are hops/4, so closeness is 4 times
    // and harmonic 4 times the unweighted values.
    std::vector<TieSpec> ties;
    for (NodeId v = 0; v + 1 < 6; ++v) ties.push_back({v, static_cast<NodeId>(v + 1), 4.0});
    const Network p6 = network_from_edges(6, ties);
    const std::vector<double> hops = closeness(p6, unweighted()).closeness;
    const std::vector<double> weighted_c = closeness(p6, weighted()).closeness;
    const std::vector<double> hops_h = harmonic(p6, unweighted());
    const std::vector<double> weighted_h = harmonic(p6, weighted());
    for (std::size_t v = 0; v < 6; ++v) {
        CHECK(weighted_c[v] == Approx(4 * hops[v]).epsilon(1e-14));
        CHECK(weighted_h[v] == Approx(4 * hops_h[v]).epsilon(1e-14));
    }
}

TEST_CASE("closeness and harmonic from one traversal equal the two apart, bit for bit",
          "[closeness]") {
    const auto check_same = [](const Network& net, const AnalysisOptions& options) {
        const DistanceCentralities both = closeness_and_harmonic(net, options);
        const ClosenessResult apart = closeness(net, options);
        CHECK(both.closeness.closeness == apart.closeness);
        CHECK(both.closeness.reach == apart.reach);
        CHECK(both.closeness.distance_sum == apart.distance_sum);
        const std::vector<double> h = harmonic(net, options);
        REQUIRE(both.harmonic.size() == h.size());
        for (std::size_t v = 0; v < h.size(); ++v) {
            CHECK((std::isnan(h[v]) ? std::isnan(both.harmonic[v]) : both.harmonic[v] == h[v]));
        }
    };
    for (const bool directed : {false, true}) {
        CAPTURE(directed);
        const Network random = classic::gnp_random(200, 0.03, directed, 7, 11);
        check_same(random, weighted(1));
        check_same(random, unweighted(2));
    }
    check_same(network_from_edges(0, {}), weighted());
    check_same(network_from_edges(1, {}), weighted());  // harmonic NaN
    check_same(network_from_edges(4, {{0, 1}}), unweighted());
}
