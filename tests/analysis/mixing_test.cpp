#include "analysis/gaps/mixing.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

namespace coopnet {
using testing::network_from_actors;
namespace {

//   m2 --- m1 --- b1          sectors: m = municipality, b = business, f = foundation
//          |
//          b2 --- f1          (m1–b2 weighs 3, the others 1)
Network five_actors() {
    return network_from_actors({{"m1", "municipality"},
                                {"m2", "municipality"},
                                {"b1", "business"},
                                {"b2", "business"},
                                {"f1", "foundation"}},
                               {{0, 1}, {0, 2}, {0, 3, 3.0}, {3, 4}});
}

}  // namespace

TEST_CASE("mixing: groups are sorted by name and actors without the attribute are (none)",
          "[mixing]") {
    const std::vector<std::string> ids = {"a", "b", "c", "d"};
    std::vector<Actor> actors(ids.size());
    for (std::size_t v = 0; v < ids.size(); ++v) actors[v].id = ids[v];
    actors[0].attributes["district"] = std::string("north");
    actors[1].attributes["district"] = 2.0;
    actors[3].attributes["district"] = std::string("");
    const Network network = make_network("g", false, std::move(actors), {});
    const ActorGroups groups = actor_groups(network, "district");
    // Bytewise: "(none)" < "2" < "north".
    REQUIRE(groups.names == std::vector<std::string>{"(none)", "2", "north"});
    CHECK(groups.sizes == std::vector<std::size_t>{2, 1, 1});
    CHECK(groups.group_of == std::vector<std::size_t>{2, 1, 0, 0});
    CHECK(groups.find("north") == std::optional<std::size_t>(2));
    CHECK_FALSE(groups.find("south").has_value());
    REQUIRE_THROWS_AS(actor_groups(network, ""), InvalidArgument);
    REQUIRE_THROWS_AS(group_mixing(network, MixingOptions{""}), InvalidArgument);
}

TEST_CASE("mixing: a hand graph has the hand-derived counts, expectations and E-I", "[mixing]") {
    const MixingResult mix = group_mixing(five_actors());
    // Groups: business = 0, foundation = 1, municipality = 2.
    REQUIRE(mix.groups.names == std::vector<std::string>{"business", "foundation", "municipality"});
    CHECK(mix.tie_count == 4);
    CHECK(mix.total_weight == Approx(6.0));
    // Degrees m1 3, m2 1, b1 1, b2 2, f1 1: D_business 3, D_foundation 1, D_municipality 4.
    CHECK(mix.degree_sum == std::vector<std::size_t>{3, 1, 4});
    REQUIRE(mix.pairs.size() == 6);  // 3 groups: 3 within + 3 between

    // E = D_g D_h / 2m between, D_g^2 / 4m within, m = 4.
    const GroupPairMixing& bb = mix.pair(0, 0);
    CHECK(bb.ties == 0);
    CHECK(bb.expected == Approx(9.0 / 16.0));
    CHECK(bb.ratio == Approx(0.0).margin(1e-15));
    const GroupPairMixing& bf = mix.pair(1, 0);  // order does not matter
    CHECK(bf.from == 0);
    CHECK(bf.to == 1);
    CHECK(bf.ties == 1);
    CHECK(bf.weight == Approx(1.0));
    CHECK(bf.expected == Approx(3.0 / 8.0));
    CHECK(*bf.ratio == Approx(8.0 / 3.0));
    const GroupPairMixing& bm = mix.pair(0, 2);
    CHECK(bm.ties == 2);
    CHECK(bm.weight == Approx(4.0));  // m1–b1 (1) + m1–b2 (3)
    CHECK(bm.expected == Approx(12.0 / 8.0));
    CHECK(*bm.ratio == Approx(4.0 / 3.0));
    CHECK(mix.pair(1, 1).expected == Approx(1.0 / 16.0));
    CHECK(mix.pair(1, 2).ties == 0);
    CHECK(mix.pair(1, 2).expected == Approx(0.5));
    CHECK(mix.pair(2, 2).ties == 1);
    CHECK(mix.pair(2, 2).expected == Approx(1.0));

    // E-I: business E 3 I 0 -> 1; foundation E 1 I 0 -> 1; municipality E 2 I 1 -> 1/3;
    // overall E 3 I 1 -> 1/2.
    CHECK(mix.ei_by_group[0].external == 3);
    CHECK(*mix.ei_by_group[0].value == Approx(1.0));
    CHECK(*mix.ei_by_group[1].value == Approx(1.0));
    CHECK(mix.ei_by_group[2].external == 2);
    CHECK(mix.ei_by_group[2].internal == 1);
    CHECK(*mix.ei_by_group[2].value == Approx(1.0 / 3.0));
    CHECK(mix.ei.external == 3);
    CHECK(mix.ei.internal == 1);
    CHECK(*mix.ei.value == Approx(0.5));

    // Tie ends (2m = 8): e_bf = 1/8, e_bm = 2/8, e_mm = 2/8; a = (3, 1, 4)/8.
    // r = (16/64 - 26/64) / (1 - 26/64) = -10/38 (networkx 3.6: -0.2631578947368421).
    CHECK(*mix.assortativity == Approx(-10.0 / 38.0));
}

TEST_CASE("mixing: directed networks use out- and in-degree sums", "[mixing]") {
    //   a(x) <---> b(y)
    //    |  ^
    //    |   '-----------.
    //    v                |
    //   c(y) ---------> d(x)        arcs a->b, b->a, a->c, c->d, d->a
    const Network network = network_from_actors({{"a", "x"}, {"b", "y"}, {"c", "y"}, {"d", "x"}},
                                                {{0, 1}, {1, 0}, {0, 2}, {2, 3}, {3, 0}}, true);
    const MixingResult mix = group_mixing(network);
    REQUIRE(mix.directed);
    CHECK(mix.tie_count == 5);
    REQUIRE(mix.pairs.size() == 4);  // every ordered pair of two groups
    // Dout: x 3, y 2; Din: x 3, y 2; E[g->h] = Dout_g Din_h / 5.
    CHECK(mix.pair(0, 0).ties == 1);
    CHECK(mix.pair(0, 0).expected == Approx(9.0 / 5.0));
    CHECK(mix.pair(0, 1).ties == 2);
    CHECK(mix.pair(0, 1).expected == Approx(6.0 / 5.0));
    CHECK(mix.pair(1, 0).ties == 2);
    CHECK(mix.pair(1, 1).ties == 0);
    CHECK(mix.pair(1, 1).expected == Approx(4.0 / 5.0));
    // E-I: x E 4 I 1 -> 3/5; y E 4 I 0 -> 1; overall E 4 I 1 -> 3/5.
    CHECK(*mix.ei_by_group[0].value == Approx(0.6));
    CHECK(*mix.ei_by_group[1].value == Approx(1.0));
    CHECK(*mix.ei.value == Approx(0.6));
    // e = (1, 2; 2, 0)/5, a = b = (3, 2)/5: r = (0.2 - 0.52) / 0.48 = -2/3
    // (networkx on the DiGraph: -0.6666666666666671).
    CHECK(*mix.assortativity == Approx(-2.0 / 3.0));
}

TEST_CASE("mixing: karate club factions reproduce networkx's attribute assortativity", "[mixing]") {
    const MixingResult mix = group_mixing(classic::karate_club(), MixingOptions{"club"});
    REQUIRE(mix.groups.names == std::vector<std::string>{"Mr. Hi", "Officer"});
    // 35 ties inside Mr. Hi's faction, 32 inside the Officer's, 11 between (networkx
    // attribute_mixing_dict: 70, 64 and 11 tie ends).
    CHECK(mix.pair(0, 0).ties == 35);
    CHECK(mix.pair(1, 1).ties == 32);
    CHECK(mix.pair(0, 1).ties == 11);
    // networkx 3.6.1 attribute_assortativity_coefficient(karate_club_graph(), "club").
    CHECK(*mix.assortativity == Approx(0.717530864197531).epsilon(1e-12));
    // E-I overall: (11 - 67) / 78.
    CHECK(*mix.ei.value == Approx(-56.0 / 78.0));
}

TEST_CASE("mixing: expected ties over all pairs sum to the number of ties", "[mixing]") {
    for (const bool directed : {false, true}) {
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            const Network base = classic::gnp_random(40, 0.1, directed, 3, seed);
            // Give the actors five sectors by index.
            std::vector<Actor> actors(base.actors().begin(), base.actors().end());
            for (std::size_t v = 0; v < actors.size(); ++v) {
                actors[v].sector = std::string("s").append(std::to_string(v % 5));
            }
            const Network network = make_network("r", directed, std::move(actors), base.ties());
            const MixingResult mix = group_mixing(network);
            double expected = 0.0;
            std::size_t ties = 0;
            for (const GroupPairMixing& p : mix.pairs) {
                expected += p.expected;
                ties += p.ties;
            }
            CHECK(ties == mix.tie_count);
            CHECK(expected == Approx(static_cast<double>(mix.tie_count)));
            CHECK(mix.ei.external + mix.ei.internal == mix.tie_count);
        }
    }
}

TEST_CASE("mixing: degenerate networks give empty or undefined values", "[mixing]") {
    SECTION("empty network") {
        const MixingResult mix = group_mixing(Network{});
        CHECK(mix.groups.count() == 0);
        CHECK(mix.pairs.empty());
        CHECK_FALSE(mix.ei.value.has_value());
        CHECK_FALSE(mix.assortativity.has_value());
    }
    SECTION("no ties: expectations 0, ratios and indices undefined") {
        const MixingResult mix = group_mixing(network_from_actors({{"a", "x"}, {"b", "y"}}, {}));
        REQUIRE(mix.pairs.size() == 3);
        for (const GroupPairMixing& p : mix.pairs) {
            CHECK(p.expected == 0.0);
            CHECK_FALSE(p.ratio.has_value());
        }
        CHECK_FALSE(mix.ei.value.has_value());
        CHECK_FALSE(mix.ei_by_group[0].value.has_value());
        CHECK_FALSE(mix.assortativity.has_value());
    }
    SECTION("one group: E-I is -1, assortativity undefined") {
        //   a - b - c
        const MixingResult mix = group_mixing(
            network_from_actors({{"a", "x"}, {"b", "x"}, {"c", "x"}}, {{0, 1}, {1, 2}}));
        REQUIRE(mix.pairs.size() == 1);
        CHECK(mix.pairs[0].ties == 2);
        CHECK(mix.pairs[0].expected == Approx(2.0));  // 4^2 / (4*2)
        CHECK(*mix.ei.value == Approx(-1.0));
        CHECK_FALSE(mix.assortativity.has_value());
    }
    SECTION("ties only between groups: E-I is 1, assortativity -1") {
        //   a(x) - b(y)      c(x) - d(y)
        const MixingResult mix = group_mixing(network_from_actors(
            {{"a", "x"}, {"b", "y"}, {"c", "x"}, {"d", "y"}}, {{0, 1}, {2, 3}}));
        CHECK(*mix.ei.value == Approx(1.0));
        // e_xy = e_yx = 1/2, a = b = 1/2: r = (0 - 1/2) / (1/2) = -1.
        CHECK(*mix.assortativity == Approx(-1.0));
    }
    SECTION("an isolated group expects nothing; self-ties and parallel ties merge") {
        //   a(x) = b(x) (two ties, weights 1 and 2), a has a self-tie; c(y) alone
        const MixingResult mix = group_mixing(network_from_actors(
            {{"a", "x"}, {"b", "x"}, {"c", "y"}}, {{0, 1}, {0, 1, 2.0}, {0, 0}}));
        CHECK(mix.tie_count == 1);
        CHECK(mix.pair(0, 0).ties == 1);
        CHECK(mix.pair(0, 0).weight == Approx(3.0));
        CHECK(mix.pair(0, 1).expected == 0.0);
        CHECK_FALSE(mix.pair(0, 1).ratio.has_value());
        CHECK_FALSE(mix.pair(1, 1).ratio.has_value());
        CHECK_FALSE(mix.ei_by_group[1].value.has_value());
        CHECK_FALSE(mix.assortativity.has_value());
    }
    SECTION("a pair index out of range throws") {
        const MixingResult mix = group_mixing(five_actors());
        REQUIRE_THROWS_AS(mix.pair(0, 3), InvalidArgument);
    }
}

}  // namespace coopnet
