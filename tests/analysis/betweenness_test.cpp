#include "analysis/centrality/betweenness.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

using namespace coopnet;
using testing::EdgeSpec;
using testing::network_from_edges;
using testing::unweighted;
using testing::weighted;

namespace {

using TieSpec = EdgeSpec;

// The definition, computed directly: Floyd–Warshall distances on a dense matrix built from
// the raw tie list (self-ties dropped, parallel ties' weights summed), σ_st by counting
// over the predecessors of t in order of distance from s, then for every pair s,t and
// every v with d(s,v) + d(v,t) = d(s,t) the share σ_sv·σ_vt/σ_st.
std::vector<double> naive_betweenness(const Network& network, bool use_weights) {
    const std::size_t n = network.actor_count();
    const double inf = std::numeric_limits<double>::infinity();
    const double tolerance = 1e-9;
    std::vector<std::vector<double>> weight(n, std::vector<double>(n, 0.0));
    for (const TieRef& tie : network.ties()) {
        if (tie.source == tie.target) continue;
        weight[tie.source][tie.target] += tie.weight;
        if (!network.directed()) weight[tie.target][tie.source] += tie.weight;
    }
    std::vector<std::vector<double>> len(n, std::vector<double>(n, inf));
    for (std::size_t u = 0; u < n; ++u) {
        for (std::size_t v = 0; v < n; ++v) {
            if (weight[u][v] > 0.0) len[u][v] = use_weights ? 1.0 / weight[u][v] : 1.0;
        }
    }
    std::vector<std::vector<double>> d = len;
    for (std::size_t v = 0; v < n; ++v) d[v][v] = 0.0;
    for (std::size_t k = 0; k < n; ++k) {
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j) d[i][j] = std::min(d[i][j], d[i][k] + d[k][j]);
        }
    }
    const auto same = [&](double a, double b) { return std::abs(a - b) <= tolerance * b; };
    std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0.0));
    for (std::size_t s = 0; s < n; ++s) {
        std::vector<std::size_t> by_distance(n);
        std::iota(by_distance.begin(), by_distance.end(), 0);
        std::stable_sort(by_distance.begin(), by_distance.end(),
                         [&](std::size_t a, std::size_t b) { return d[s][a] < d[s][b]; });
        sigma[s][s] = 1.0;
        for (std::size_t t : by_distance) {
            if (t == s || d[s][t] == inf) continue;
            for (std::size_t u = 0; u < n; ++u) {
                if (u != t && len[u][t] < inf && same(d[s][u] + len[u][t], d[s][t])) {
                    sigma[s][t] += sigma[s][u];
                }
            }
        }
    }
    std::vector<double> b(n, 0.0);
    for (std::size_t s = 0; s < n; ++s) {
        for (std::size_t t = 0; t < n; ++t) {
            if (s == t || d[s][t] == inf) continue;
            for (std::size_t v = 0; v < n; ++v) {
                if (v == s || v == t) continue;
                if (same(d[s][v] + d[v][t], d[s][t])) {
                    b[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
                }
            }
        }
    }
    if (!network.directed()) {
        for (double& x : b) x /= 2.0;
    }
    return b;
}

void require_close(const std::vector<double>& actual, const std::vector<double>& expected) {
    REQUIRE(actual.size() == expected.size());
    for (std::size_t v = 0; v < actual.size(); ++v) {
        INFO("actor " << v);
        REQUIRE(actual[v] == Approx(expected[v]).epsilon(1e-11).margin(1e-11));
    }
}

}  // namespace

//   a0 - a1 - a2 - a3      P4: a1 lies on (a0,a2) and (a0,a3): raw 2; 2·2/(3·2) = 2/3.
TEST_CASE("betweenness: the inner actors of a path P4 lie on two pairs each", "[betweenness]") {
    const Network p4 = network_from_edges(4, {{0, 1}, {1, 2}, {2, 3}});
    const BetweennessResult b = betweenness(p4, {}, unweighted());
    require_close(b.raw, {0, 2, 2, 0});
    require_close(b.normalised, {0, 2.0 / 3, 2.0 / 3, 0});
}

//   a0 - a1 - a2 - a3 - a4   P5: a1 on (a0,·) for 3 pairs; a2 on {a0,a1}×{a3,a4} = 4.
//   normalised · 2/(4·3): 1/2, 2/3, 1/2.
TEST_CASE("betweenness: the centre of a path P5 lies on four pairs", "[betweenness]") {
    const Network p5 = network_from_edges(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
    const BetweennessResult b = betweenness(p5, {}, unweighted());
    require_close(b.raw, {0, 3, 4, 3, 0});
    require_close(b.normalised, {0, 0.5, 2.0 / 3, 0.5, 0});
}

//      a1  a2
//        \ /
//   a4 - a0 - a3      star: the centre lies on all C(4,2) = 6 leaf pairs; normalised 1.
TEST_CASE("betweenness: the centre of a star is 1 when normalised", "[betweenness]") {
    const Network star = network_from_edges(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
    const BetweennessResult b = betweenness(star, {}, weighted());
    require_close(b.raw, {6, 0, 0, 0, 0});
    require_close(b.normalised, {1, 0, 0, 0, 0});
}

// networkx 3.6.1: nx.betweenness_centrality(nx.krackhardt_kite_graph())
TEST_CASE("betweenness: Heather leads the Krackhardt kite as in networkx", "[betweenness]") {
    const BetweennessResult b = betweenness(classic::krackhardt_kite(), {}, unweighted());
    require_close(b.normalised, {0.023148148148148143, 0.023148148148148143, 0, 0.10185185185185183,
                                 0, 0.23148148148148148, 0.23148148148148148, 0.38888888888888884,
                                 0.22222222222222221, 0});
}

// networkx 3.6.1: nx.betweenness_centrality(nx.florentine_families_graph())
TEST_CASE("betweenness: the Medici broker the Florentine marriages (0.521978)", "[betweenness]") {
    const Network florentine = classic::florentine_families();
    const BetweennessResult b = betweenness(florentine, {}, weighted(2));
    const auto at = [&](const char* family) { return b.normalised[*florentine.find(family)]; };
    CHECK(at("Medici") == Approx(0.52197802197802201).epsilon(1e-12));
    CHECK(at("Guadagni") == Approx(0.25457875457875462).epsilon(1e-12));
    CHECK(at("Albizzi") == Approx(0.21245421245421245).epsilon(1e-12));
    CHECK(at("Salviati") == Approx(0.14285714285714288).epsilon(1e-12));
    CHECK(at("Ridolfi") == Approx(0.11355311355311355).epsilon(1e-12));
    CHECK(at("Bischeri") == Approx(0.1043956043956044).epsilon(1e-12));
    CHECK(at("Strozzi") == Approx(0.10256410256410257).epsilon(1e-12));
    CHECK(at("Barbadori") == Approx(0.093406593406593408).epsilon(1e-12));
    CHECK(at("Tornabuoni") == Approx(0.091575091575091569).epsilon(1e-12));
    CHECK(at("Castellani") == Approx(0.054945054945054951).epsilon(1e-12));
    CHECK(at("Peruzzi") == Approx(0.02197802197802198).epsilon(1e-12));
    CHECK(at("Pazzi") == Approx(0.0).margin(1e-15));
    CHECK(at("Acciaiuoli") == Approx(0.0).margin(1e-15));
    // Raw values count unordered pairs: 0.521978… · (14·13)/2 = 47.5.
    CHECK(b.raw[*florentine.find("Medici")] == Approx(47.5).epsilon(1e-12));
}

// networkx 3.6.1: nx.betweenness_centrality(nx.karate_club_graph())
TEST_CASE("betweenness: the karate club's unweighted values match networkx", "[betweenness]") {
    const BetweennessResult b = betweenness(classic::karate_club(), {}, unweighted());
    CHECK(b.normalised[0] == Approx(0.43763528138528146).epsilon(1e-12));
    CHECK(b.normalised[1] == Approx(0.053936688311688304).epsilon(1e-12));
    CHECK(b.normalised[2] == Approx(0.14365680615680618).epsilon(1e-12));
    CHECK(b.normalised[13] == Approx(0.045863395863395863).epsilon(1e-12));
    CHECK(b.normalised[31] == Approx(0.13827561327561325).epsilon(1e-12));
    CHECK(b.normalised[32] == Approx(0.14524711399711401).epsilon(1e-12));
    CHECK(b.normalised[33] == Approx(0.30407497594997596).epsilon(1e-12));
    CHECK(b.normalised[16] == Approx(0.0).margin(1e-15));
}

// networkx 3.6.1 with exact rational lengths, which the default tolerance reproduces:
//   for u, v, d in G.edges(data=True): d["len"] = fractions.Fraction(1, d["weight"])
//   nx.betweenness_centrality(G, weight="len")
TEST_CASE("betweenness: weighted karate club values treat equal 1/w sums as ties",
          "[betweenness]") {
    const BetweennessResult b = betweenness(classic::karate_club(), {}, weighted());
    CHECK(b.normalised[0] == Approx(0.39583333333333337).epsilon(1e-12));
    CHECK(b.normalised[1] == Approx(0.068181818181818177).epsilon(1e-12));
    CHECK(b.normalised[2] == Approx(0.33522727272727276).epsilon(1e-12));
    CHECK(b.normalised[13] == Approx(0.054924242424242424).epsilon(1e-12));
    CHECK(b.normalised[31] == Approx(0.089962121212121215).epsilon(1e-12));
    CHECK(b.normalised[32] == Approx(0.15814393939393939).epsilon(1e-12));
    CHECK(b.normalised[33] == Approx(0.32954545454545453).epsilon(1e-12));
    CHECK(b.normalised[16] == Approx(0.0).margin(1e-15));
}

// networkx 3.6.1 with float lengths, compared exactly by networkx:
//   for u, v, d in G.edges(data=True): d["len"] = 1.0 / d["weight"]
//   nx.betweenness_centrality(G, weight="len")
TEST_CASE("betweenness: a zero tolerance reproduces networkx's float comparison", "[betweenness]") {
    const BetweennessResult b =
        betweenness(classic::karate_club(), {.relative_tolerance = 0.0}, weighted());
    CHECK(b.normalised[0] == Approx(0.39488636363636365).epsilon(1e-12));
    CHECK(b.normalised[1] == Approx(0.069602272727272735).epsilon(1e-12));
    CHECK(b.normalised[2] == Approx(0.33712121212121215).epsilon(1e-12));
    CHECK(b.normalised[13] == Approx(0.054450757575757576).epsilon(1e-12));
    CHECK(b.normalised[31] == Approx(0.089015151515151519).epsilon(1e-12));
    CHECK(b.normalised[32] == Approx(0.15909090909090909).epsilon(1e-12));
    CHECK(b.normalised[33] == Approx(0.32859848484848486).epsilon(1e-12));
}

//   a0 → a1 → a2        arcs 0→1, 1→2, 2→3, 3→0 and the chord 0→2.
//   ↑    ╰───↗ |        Shortest paths through an actor (hand count):
//   a3 ←───────╯        a0: 2→1, 3→1, 3→2; a2: 0→3, 1→3, 1→0; a3: 1→0, 2→0, 2→1.
// raw 3, 0, 3, 3; normalised ·1/((n-1)(n-2)) = 1/6: 0.5, 0, 0.5, 0.5 (networkx agrees).
TEST_CASE("betweenness: directed paths follow the arcs", "[betweenness]") {
    const Network d = network_from_edges(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}}, true);
    const BetweennessResult b = betweenness(d, {}, unweighted());
    require_close(b.raw, {3, 0, 3, 3});
    require_close(b.normalised, {0.5, 0, 0.5, 0.5});
}

//   a0 =2= a1          The square with a0-a1 given twice (weights 1 + 1 = 2, length 1/2)
//   |      |           and a self-tie on a2. Weighted: a0→a2 runs via a1 (1.5 < 2) and
//   a3 --- a2 (⟲)      a1→a3 via a0 (1.5 < 2): raw 1, 1, 0, 0. Unweighted: each of the two
//                      opposite pairs splits over two paths: ½ to each actor.
TEST_CASE("betweenness: self-ties are ignored and parallel ties merge their weights",
          "[betweenness]") {
    const Network square =
        network_from_edges(4, {{0, 1}, {1, 0}, {1, 2}, {2, 3}, {3, 0}, {2, 2, 5.0}});
    require_close(betweenness(square, {}, weighted()).raw, {1, 1, 0, 0});
    require_close(betweenness(square, {}, unweighted()).raw, {0.5, 0.5, 0.5, 0.5});
}

TEST_CASE("betweenness: degenerate networks give zeros of the right length", "[betweenness]") {
    const Network empty = network_from_edges(0, {});
    CHECK(betweenness(empty).raw.empty());
    CHECK(betweenness(empty).normalised.empty());

    const Network one = network_from_edges(1, {});
    CHECK(betweenness(one).raw == std::vector<double>{0});

    const Network pair = network_from_edges(2, {{0, 1}}, true);
    CHECK(betweenness(pair).normalised == std::vector<double>{0, 0});

    const Network no_ties = network_from_edges(4, {});
    CHECK(betweenness(no_ties).normalised == std::vector<double>(4, 0.0));

    // Two components a0-a1-a2 and a3-a4 plus the isolate a5: only a1 brokers (a0,a2).
    // normalised 1 · 2/(5·4) = 0.1.
    const Network split = network_from_edges(6, {{0, 1}, {1, 2}, {3, 4}});
    const BetweennessResult b = betweenness(split, {}, weighted());
    require_close(b.raw, {0, 1, 0, 0, 0, 0});
    require_close(b.normalised, {0, 0.1, 0, 0, 0, 0});
}

TEST_CASE("betweenness: weights that cannot be lengths are rejected", "[betweenness]") {
    for (double bad : {0.0, -1.0, std::numeric_limits<double>::quiet_NaN(),
                       std::numeric_limits<double>::infinity(), 1e-320}) {
        INFO("weight " << bad);
        const Network net = network_from_edges(3, {{0, 1}, {1, 2, bad}});
        REQUIRE_THROWS_AS(betweenness(net, {}, weighted()), InvalidArgument);
        // Without weights the strength is never read.
        CHECK(betweenness(net, {}, unweighted()).raw[1] == 1.0);
    }
    const Network p3 = network_from_edges(3, {{0, 1}, {1, 2}});
    REQUIRE_THROWS_AS(betweenness(p3, {.relative_tolerance = -1e-10}, weighted()), InvalidArgument);
    REQUIRE_THROWS_AS(
        betweenness(p3, {.relative_tolerance = std::numeric_limits<double>::quiet_NaN()},
                    weighted()),
        InvalidArgument);
}

TEST_CASE("betweenness: Brandes matches the all-pairs definition on seeded random networks",
          "[betweenness]") {
    // 20 networks: sizes 2 … 40, sparse (disconnected, isolates) to dense, directed and
    // undirected, weights 1 … 4 (many equal-length paths) or all 1; every fourth one also
    // gets self-ties and repeated ties.
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const std::size_t n = 2 + (seed * 7) % 39;
        const double p = 0.03 + 0.04 * static_cast<double>(seed % 6);
        const bool directed = seed % 2 == 0;
        const std::uint32_t max_weight = seed % 3 == 0 ? 1 : 4;
        Network net = classic::gnp_random(n, p, directed, max_weight, seed);
        if (seed % 4 == 1) {
            std::vector<Tie> ties = net.ties().to_vector();
            const std::size_t original = ties.size();
            for (std::size_t i = 0; i < original; i += 3) ties.push_back(ties[i]);
            Tie self;
            self.source = self.target = static_cast<NodeId>(n / 2);
            ties.push_back(self);
            std::vector<Actor> actors(net.actors().begin(), net.actors().end());
            net = make_network("random", directed, std::move(actors), std::move(ties));
        }
        INFO("seed " << seed << ", n " << n << ", directed " << directed);
        require_close(betweenness(net, {}, weighted(1)).raw, naive_betweenness(net, true));
        require_close(betweenness(net, {}, unweighted(2)).raw, naive_betweenness(net, false));
    }
}

TEST_CASE("betweenness: one and several threads give bit-identical results", "[betweenness]") {
    // 700 actors: 11 chunks of 64 sources, so the threads really share the work.
    const Network ba = classic::barabasi_albert(700, 3, 7);
    const BetweennessResult one = betweenness(ba, {}, unweighted(1));
    CHECK(betweenness(ba, {}, unweighted(2)).raw == one.raw);
    CHECK(betweenness(ba, {}, unweighted(3)).normalised == one.normalised);

    const Network random = classic::gnp_random(300, 0.02, true, 5, 99);
    const BetweennessResult w1 = betweenness(random, {}, weighted(1));
    CHECK(betweenness(random, {}, weighted(2)).raw == w1.raw);
    CHECK(betweenness(random, {}, weighted(4)).raw == w1.raw);
}

// Path a0 - a1 - … - a149: actor k lies on the k·(149-k) pairs with one end on each side.
// 150 sources make three chunks of 64 and a last lane group of 6 sources; every lane sees
// the far actors at a different distance, and the levels run 149 deep.
TEST_CASE("betweenness: actor k of a 150-actor path lies on k(n-1-k) pairs", "[betweenness]") {
    const std::size_t n = 150;
    std::vector<TieSpec> ties;
    for (NodeId k = 0; k + 1 < n; ++k) ties.push_back({k, k + 1});
    const Network path = network_from_edges(n, ties);
    const BetweennessResult b = betweenness(path, {}, unweighted(2));
    std::vector<double> expected(n);
    for (std::size_t k = 0; k < n; ++k) expected[k] = static_cast<double>(k * (n - 1 - k));
    require_close(b.raw, expected);
}

// Directed ring a0 -> a1 -> … -> a(n-1) -> a0: from each source the unique path to the
// actor d steps ahead has d-1 inner actors, Σ_{d=1}^{n-1} (d-1) = (n-1)(n-2)/2 per source,
// shared evenly: every actor scores (n-1)(n-2)/2 = 4753 for n = 99.
TEST_CASE("betweenness: every actor of a directed ring scores (n-1)(n-2)/2", "[betweenness]") {
    const std::size_t n = 99;
    std::vector<TieSpec> ties;
    for (NodeId k = 0; k < n; ++k) ties.push_back({k, static_cast<NodeId>((k + 1) % n)});
    const Network ring = network_from_edges(n, ties, true);
    require_close(betweenness(ring, {}, unweighted(1)).raw, std::vector<double>(n, 4753.0));
}

TEST_CASE("betweenness: renumbered lane groups match the definition across several chunks",
          "[betweenness]") {
    // 150 actors (three chunks, lane groups spanning components): sparse directed and
    // undirected networks with many components and isolates, and a dense one.
    for (const auto& [p, directed] : std::vector<std::pair<double, bool>>{
             {0.01, true}, {0.015, false}, {0.05, true}, {0.08, false}}) {
        const Network net = classic::gnp_random(150, p, directed, 1, 17);
        INFO("p " << p << ", directed " << directed);
        const std::vector<double> expected = naive_betweenness(net, false);
        const BetweennessResult one = betweenness(net, {}, unweighted(1));
        require_close(one.raw, expected);
        CHECK(betweenness(net, {}, unweighted(2)).raw == one.raw);
    }
}
