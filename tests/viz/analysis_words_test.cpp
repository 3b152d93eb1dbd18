#include "viz/analysis_words.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "tests/viz/viz_test_networks.hpp"

using namespace coopnet;
using namespace coopnet::viz_testing;

namespace {

const Words english(Language::English);
const Words german(Language::German);

// The centre x of a star of groups (tests/analysis/broker_ranking_test.cpp): betweenness
// 14, normalised 14 * 2 / 30; constraint 0.2361 with 6 contacts; roles itinerant 6 and
// liaison 22; its open two-paths by group pair 6, 3 and 2.
BrokerEntry star_centre(double value) {
    BrokerEntry entry;
    entry.value = value;
    entry.normalised_betweenness = 14.0 * 2.0 / 30.0;
    entry.contacts = 6;
    entry.cross_group_roles = {6.0, 0.0, 0.0, 22.0};
    entry.cross_group_two_paths = 11;
    entry.links = {{"municipality", "foundation", 3, 2, 6},
                   {"municipality", "business", 3, 1, 3},
                   {"foundation", "business", 2, 1, 2}};
    return entry;
}

TriangleSide side(SideStatus status, std::size_t ties, double expected, double p_fewer,
                  double p_more) {
    TriangleSide result;
    result.status = status;
    result.ties = ties;
    result.expected = expected;
    result.p_fewer = p_fewer;
    result.p_more = p_more;
    return result;
}

//   Jugendamt (m1) -- Quartiersbüro (h1) -- Firma Stahl (b1), and through Moschee-Verein
//   (h2); i1 alone, without a label.
Network suggestion_network() {
    return build({{"m1", "municipality", "Jugendamt"},
                  {"b1", "business", "Firma Stahl"},
                  {"h1", "civil_society", "Quartiersbüro"},
                  {"h2", "civil_society", "Moschee-Verein"},
                  {"i1", "religious"}},
                 {{"m1", "h1"}, {"h1", "b1"}, {"m1", "h2"}, {"h2", "b1"}});
}

}  // namespace

TEST_CASE("analysis words: a broker's reason names its numbers and the busiest group pair",
          "[words]") {
    CHECK(broker_reason(star_centre(14.0), BrokerRankingKind::Betweenness, english) ==
          "betweenness 14 (normalised 0.933); links 3 municipality and 2 foundation actors "
          "through 6 open two-paths (11 in total across 3 group pairs)");
    CHECK(
        broker_reason(star_centre(0.2361111111111111), BrokerRankingKind::LowConstraint, english) ==
        "constraint 0.236 with 6 contacts; links 3 municipality and 2 foundation actors "
        "through 6 open two-paths (11 in total across 3 group pairs)");
    CHECK(broker_reason(star_centre(28.0), BrokerRankingKind::CrossGroupBrokerage, english) ==
          "28 cross-group brokerage roles (itinerant 6, liaison 22); links 3 municipality and 2 "
          "foundation actors through 6 open two-paths (11 in total across 3 group pairs)");

    BrokerEntry lonely;  // m1 of the star: two contacts tied to each other
    lonely.value = 0.9027777777777779;
    lonely.contacts = 2;
    CHECK(broker_reason(lonely, BrokerRankingKind::LowConstraint, english) ==
          "constraint 0.903 with 2 contacts; no open two-path between actors of different "
          "groups");

    BrokerEntry middle;  // b of a directed path a -> b -> c, groups x, y, z
    middle.value = 1.0;
    middle.cross_group_roles = {0.0, 0.0, 0.0, 1.0};
    middle.cross_group_two_paths = 1;
    middle.links = {{"x", "z", 1, 1, 1}};
    CHECK(broker_reason(middle, BrokerRankingKind::CrossGroupBrokerage, english) ==
          "1 cross-group brokerage role (liaison 1); links 1 x and 1 z actors through 1 open "
          "two-path");
    CHECK(broker_reason(middle, BrokerRankingKind::CrossGroupBrokerage, german) ==
          "1 Vermittlerrolle zwischen Gruppen (liaison 1); verbindet 1 Akteure aus x und 1 aus "
          "z über 1 offenen Zweierpfad");
}

TEST_CASE("analysis words: a side's reason follows its status, rounded for reading", "[words]") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Expectations to one decimal: 30/16 = 1.875 -> 1.9, 12/16 = 0.75 -> 0.8, 4 stays 4.
    CHECK(side_reason(side(SideStatus::Present, 4, 30.0 / 16.0, 0.99, 0.04 + 0.02), english) ==
          "4 ties, about the 1.9 expected");
    CHECK(side_reason(side(SideStatus::Present, 1, 12.0 / 16.0, 0.8, 0.5), english) ==
          "1 tie, about the 0.8 expected");
    CHECK(side_reason(side(SideStatus::Present, 2, 4.0, 0.24, 0.9), english) ==
          "2 ties, about the 4 expected");
    CHECK(side_reason(side(SideStatus::Missing, 0, 10.0 / 16.0, 0.5, 1.0), english) ==
          "no direct tie");
    // p-values to three decimals, "p < 0.001" below.
    CHECK(side_reason(side(SideStatus::Weak, 1, 10.5, 0.0003, 1.0), english) ==
          "1 tie, clearly fewer than the 10.5 expected (p < 0.001)");
    CHECK(side_reason(side(SideStatus::Strong, 9, 4.5, 0.99, 0.0404), english) ==
          "9 ties, clearly more than the 4.5 expected (p = 0.04)");
    CHECK(side_reason(side(SideStatus::Strong, 9, 4.5, 0.99, 0.0404), german) ==
          "9 Kooperationen, deutlich mehr als die erwarteten 4,5 (p = 0,04)");

    TriangleSide absent = side(SideStatus::Missing, 0, 0.0, nan, nan);
    absent.absent_groups = {"foundation"};
    CHECK(side_reason(absent, english) == "no actor of group foundation");
    absent.absent_groups = {"municipality", "business"};
    CHECK(side_reason(absent, english) == "no actor of group municipality or business");
}

TEST_CASE("analysis words: suggestions name the actors and the shared partners", "[words]") {
    const Network network = suggestion_network();
    PairSuggestion pair;
    pair.first = 1;   // Firma Stahl
    pair.second = 0;  // Jugendamt
    pair.shared_partners = {2, 3};
    CHECK(pair_suggestion_text(network, pair, english) ==
          "Firma Stahl and Jugendamt could be introduced by Quartiersbüro and Moschee-Verein "
          "(2 shared partners)");
    CHECK(pair_suggestion_text(network, pair, english, 1) ==
          "Firma Stahl and Jugendamt could be introduced by Quartiersbüro and 1 other "
          "(2 shared partners)");
    pair.shared_partners = {3};
    CHECK(pair_suggestion_text(network, pair, english) ==
          "Firma Stahl and Jugendamt could be introduced by Moschee-Verein (1 shared partner)");

    JoinSuggestion join;
    join.first = 2;   // Quartiersbüro
    join.second = 4;  // i1
    join.first_component_size = 4;
    join.second_component_size = 1;
    CHECK(join_suggestion_text(network, join, english) ==
          "i1 has no tie; a tie to Quartiersbüro would connect it to the largest part "
          "(4 actors)");
    join.second = 1;
    join.second_component_size = 2;
    CHECK(join_suggestion_text(network, join, english) ==
          "a tie between Quartiersbüro and Firma Stahl would join 2 actors that no path "
          "connects to the largest part (4 actors)");
}
