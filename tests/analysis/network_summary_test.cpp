// One row of `coopnet compare`: a hand-made network with every value derived by hand,
// and the comparison of rows between outcome groups.
#include "analysis/change/network_summary.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "test_networks.hpp"

using namespace coopnet;
using namespace coopnet::testing;

namespace {

//            b (business)
//           / |
//  x --- m    |          m, m2: municipality; f: foundation; x: association
//       / \   |
//     m2   f -+
// Ties m-b, m-f, b-f, m-x, m-m2.
Network kite() {
    return network_from_actors({{"m", "municipality"},
                                {"b", "business"},
                                {"f", "foundation"},
                                {"x", "association"},
                                {"m2", "municipality"}},
                               {{0, 1}, {0, 2}, {1, 2}, {0, 3}, {0, 4}});
}

NetworkSummaryOptions poisson_only() {
    NetworkSummaryOptions options;
    options.brokers.chance.draws = 0;  // the Poisson rule: countable by hand
    return options;
}

}  // namespace

TEST_CASE("network summary: the row of a hand-made network", "[network_summary]") {
    const NetworkSummary row = summarize_network(kite(), poisson_only());
    CHECK(row.measures.actors == 5);
    CHECK(row.measures.ties == 5);
    CHECK(row.measures.density == Approx(5.0 / 10.0));  // 5 of C(5,2) pairs
    CHECK(row.measures.components == 1);
    // Degrees m 4, b 2, f 2, x 1, m2 1: sum(4 - d) = 0+2+2+3+3 = 10 over (n-1)(n-2) = 12.
    CHECK(row.measures.centralization == Approx(10.0 / 12.0));
    // One tie within a sector (m-m2), four between: E-I = (4 - 1) / 5.
    REQUIRE(row.ei);
    CHECK(*row.ei == Approx(0.6));
    // Only m lies between others (x-b, x-f, x-m2, m2-b, m2-f): it holds all betweenness.
    CHECK(row.top_broker_share == Approx(1.0));
    CHECK(row.top_broker == "m");
    // Cut point m; bridges m-x and m-m2.
    CHECK(row.cut_points == 1);
    CHECK(row.bridges == 2);
    // Degree sums: municipality 5, business 2, foundation 2, 2m = 10. Expected ties
    // municipality-business 5*2/10 = 1 (1 tie: P(X <= 1) = 0.74), m-f the same,
    // business-foundation 0.4 (1 tie: P(X >= 1) = 0.33): no side is off chance.
    CHECK(row.triangle_present == 3);
    CHECK(row.triangle_weak == 0);
    CHECK_FALSE(row.triangle_simulated);
}

TEST_CASE("network summary: modularity of two joined cliques, and degenerate networks",
          "[network_summary]") {
    const NetworkSummary cliques = summarize_network(two_joined_cliques(), poisson_only());
    CHECK(cliques.measures.modularity == Approx(12.0 / 13.0 - 0.5));
    CHECK(cliques.cut_points == 2);  // 3 and 4
    CHECK(cliques.bridges == 1);     // 3-4
    CHECK(cliques.top_broker_share == Approx(0.5));  // 3 and 4 hold equal shares

    const NetworkSummary empty = summarize_network(network_from_edges(0, {}), poisson_only());
    CHECK(empty.measures.actors == 0);
    CHECK(std::isnan(empty.top_broker_share));
    CHECK(empty.top_broker.empty());
    CHECK_FALSE(empty.ei);

    const NetworkSummary loose = summarize_network(network_from_edges(3, {}), poisson_only());
    CHECK(loose.measures.components == 3);
    CHECK(loose.triangle_present == 0);
}

TEST_CASE("network summary: rows are the same for the same seed", "[network_summary]") {
    NetworkSummaryOptions options;
    options.brokers.chance.draws = 200;
    options.brokers.chance.seed = 7;
    options.leiden.seed = 7;
    std::mt19937_64 rng(11);
    std::vector<ActorSpec> actors;
    const char* sectors[] = {"municipality", "business", "foundation"};
    for (int i = 0; i < 30; ++i) actors.push_back({"a" + std::to_string(i), sectors[i % 3]});
    const Network network = network_from_actors(actors, random_edges(rng, 30, 60));
    const NetworkSummary a = summarize_network(network, options);
    const NetworkSummary b = summarize_network(network, options);
    CHECK(a.measures.modularity == b.measures.modularity);
    CHECK(a.triangle == b.triangle);
    CHECK(a.triangle_simulated);
}

TEST_CASE("network summary: measures compared between two outcome groups",
          "[network_summary]") {
    // Densities 0.5 (kite) and 0.3/0.2/0.1 of empty-ish rows: the continued ones (1) are
    // the two densest, so U = 2 * 2 = 4 of 4 pairs, exact p = 2 * P(U >= 4) = 2/6.
    std::vector<NetworkSummary> rows(4);
    const double densities[] = {0.5, 0.4, 0.2, 0.1};
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i].measures.density = densities[i];
    const std::vector<std::optional<double>> continued{1.0, 1.0, 0.0, 0.0};
    const auto comparisons = compare_by_outcome(rows, continued);
    const auto density = std::find_if(comparisons.begin(), comparisons.end(),
                                      [](const auto& c) { return c.measure == "density"; });
    REQUIRE(density != comparisons.end());
    CHECK(density->binary);
    CHECK(density->networks == 4);
    CHECK(density->groups.u == 4.0);
    CHECK(density->groups.p_value == Approx(1.0 / 3.0));
    CHECK(density->groups.median_x == Approx(0.45));
    CHECK(density->groups.median_y == Approx(0.15));

    // A numeric outcome, one network without it: Spearman over the other three.
    const std::vector<std::optional<double>> years{3.0, std::nullopt, 2.0, 1.0};
    const auto numeric = compare_by_outcome(rows, years);
    const auto d2 = std::find_if(numeric.begin(), numeric.end(),
                                 [](const auto& c) { return c.measure == "density"; });
    CHECK_FALSE(d2->binary);
    CHECK(d2->networks == 3);
    CHECK(d2->correlation.rho == Approx(1.0));

    const std::vector<std::optional<double>> short_list{1.0};
    CHECK_THROWS_AS(compare_by_outcome(rows, short_list), InvalidArgument);
}
