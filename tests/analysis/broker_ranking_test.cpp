#include "analysis/brokerage/broker_ranking.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

namespace coopnet {
using testing::network_from_actors;
namespace {

//        f1   f2                f = foundation, m = municipality, b1 = business,
//         \   /                 x = civil_society
//   b1 --- x
//        / | \__
//      m1--m2   m3
Network broker_star() {
    return network_from_actors({{"x", "civil_society"},
                                {"f1", "foundation"},
                                {"f2", "foundation"},
                                {"m1", "municipality"},
                                {"m2", "municipality"},
                                {"m3", "municipality"},
                                {"b1", "business"}},
                               {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {3, 4}});
}

}  // namespace

TEST_CASE("broker ranking: the centre of a star of groups leads every ranking with reasons",
          "[brokers]") {
    const Network network = broker_star();
    const BrokerRanking ranking = broker_ranking(network);

    // x's six contacts form 15 pairs; all but m1–m2 are open and run through x:
    // betweenness 14 (networkx 14.0), normalised 14 * 2 / (6 * 5) = 0.9333.
    // Open cross-group pairs: foundation x municipality 2*3 = 6, municipality x business 3,
    // foundation x business 2: 11 in total.
    REQUIRE(ranking.by_betweenness.size() == 1);
    const BrokerEntry& top = ranking.by_betweenness[0];
    CHECK(top.actor == 0);
    CHECK(top.group == "civil_society");
    CHECK(top.value == Approx(14.0));
    CHECK(top.cross_group_two_paths == 11);
    REQUIRE(top.links.size() == 3);
    CHECK(top.links[0].group_a == "municipality");
    CHECK(top.links[0].actors_a == 3);
    CHECK(top.links[0].group_b == "foundation");
    CHECK(top.links[0].actors_b == 2);
    CHECK(top.links[0].two_paths == 6);
    CHECK(top.links[1].group_a == "municipality");
    CHECK(top.links[1].group_b == "business");
    CHECK(top.links[1].two_paths == 3);
    CHECK(top.links[2].group_a == "foundation");
    CHECK(top.links[2].group_b == "business");
    CHECK(top.links[2].two_paths == 2);
    CHECK(top.normalised_betweenness == Approx(14.0 * 2.0 / 30.0));

    // Constraint (degree >= 2): x 0.2361 (networkx 0.2361111), m1 and m2 0.9028 (by id).
    REQUIRE(ranking.by_low_constraint.size() == 3);
    CHECK(ranking.by_low_constraint[0].actor == 0);
    CHECK(ranking.by_low_constraint[0].value == Approx(0.2361111111111111));
    CHECK(ranking.by_low_constraint[0].contacts == 6);
    CHECK(ranking.by_low_constraint[1].actor == 3);
    CHECK(ranking.by_low_constraint[1].value == Approx(0.9027777777777779));
    CHECK(ranking.by_low_constraint[2].actor == 4);
    // m1's only two contacts are tied to each other.
    CHECK(ranking.by_low_constraint[1].links.empty());
    CHECK(ranking.by_low_constraint[1].contacts == 2);

    // Gould–Fernandez, each undirected open path counted both ways: liaison 2 * 11 = 22,
    // itinerant 2 * 3 (f1–f2, m1–m3, m2–m3) = 6.
    REQUIRE(ranking.by_cross_group_brokerage.size() == 1);
    const BrokerEntry& gf = ranking.by_cross_group_brokerage[0];
    CHECK(gf.value == Approx(28.0));
    // Itinerant, gatekeeper, representative, liaison.
    CHECK(gf.cross_group_roles == std::array<double, 4>{6.0, 0.0, 0.0, 22.0});
    CHECK(gf.links.size() == 3);
}

TEST_CASE("broker ranking: Medici lead the Florentine families by betweenness", "[brokers]") {
    BrokerRankingOptions options;
    options.top_k = 3;
    const Network network = classic::florentine_families();
    const BrokerRanking ranking = broker_ranking(network, options);
    REQUIRE(ranking.by_betweenness.size() == 3);
    CHECK(network.actor(ranking.by_betweenness[0].actor).id == "Medici");
    // networkx 3.6.1 betweenness_centrality(florentine_families_graph(), normalized=False).
    CHECK(ranking.by_betweenness[0].value == Approx(47.5));
    // One group ("other"): nothing spans groups.
    CHECK(ranking.by_betweenness[0].links.empty());
    CHECK(ranking.by_cross_group_brokerage.empty());
    CHECK(ranking.by_low_constraint.size() == 3);
}

TEST_CASE("broker ranking: directed two-paths and degenerate networks", "[brokers]") {
    SECTION("a directed path a -> b -> c") {
        const Network network =
            network_from_actors({{"a", "x"}, {"b", "y"}, {"c", "z"}}, {{0, 1}, {1, 2}}, true);
        const BrokerRanking ranking = broker_ranking(network);
        REQUIRE(ranking.by_betweenness.size() == 1);
        CHECK(ranking.by_betweenness[0].actor == 1);
        CHECK(ranking.by_betweenness[0].value == Approx(1.0));
        REQUIRE(ranking.by_cross_group_brokerage.size() == 1);
        CHECK(ranking.by_cross_group_brokerage[0].cross_group_roles ==
              std::array<double, 4>{0.0, 0.0, 0.0, 1.0});
        REQUIRE(ranking.by_cross_group_brokerage[0].links.size() == 1);
        CHECK(ranking.by_cross_group_brokerage[0].links[0].two_paths == 1);
    }
    SECTION("empty network and isolates") {
        const BrokerRanking empty = broker_ranking(Network{});
        CHECK(empty.by_betweenness.empty());
        CHECK(empty.by_low_constraint.empty());
        CHECK(empty.by_cross_group_brokerage.empty());
        const BrokerRanking isolates =
            broker_ranking(network_from_actors({{"a", "x"}, {"b", "y"}}, {}));
        CHECK(isolates.by_low_constraint.empty());
    }
    SECTION("an empty group attribute throws") {
        BrokerRankingOptions options;
        options.group_attribute = "";
        REQUIRE_THROWS_AS(broker_ranking(broker_star(), options), InvalidArgument);
    }
}

TEST_CASE("broker ranking: a betweenness computed before gives the same rankings",
          "[brokers]") {
    const Network network = broker_star();
    const AnalysisOptions unweighted{.weights = WeightMode::Unweighted};
    const BrokerRanking computed = broker_ranking(network, {}, unweighted);
    const BrokerRanking given =
        broker_ranking(network, betweenness(network, {}, unweighted), {}, unweighted);
    REQUIRE(given.by_betweenness.size() == computed.by_betweenness.size());
    for (std::size_t i = 0; i < given.by_betweenness.size(); ++i) {
        CHECK(given.by_betweenness[i].actor == computed.by_betweenness[i].actor);
        CHECK(given.by_betweenness[i].value == computed.by_betweenness[i].value);
        CHECK(given.by_betweenness[i].normalised_betweenness ==
              computed.by_betweenness[i].normalised_betweenness);
    }
    SECTION("a betweenness of another network is rejected") {
        const BetweennessResult other = betweenness(network_from_actors({{"a", "x"}}, {}));
        REQUIRE_THROWS_AS(broker_ranking(network, other), InvalidArgument);
    }
}

}  // namespace coopnet
