#include "analysis/gaps/cooperation_triangle.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "tests/analysis/test_networks.hpp"

namespace coopnet {
using testing::network_from_actors;
namespace {

//   m1 ------ b1 ------ f1        m = municipality, b = business,
//    |      /            |        f = foundation, c1 = civil_society
//    |    /              |
//   b2 -- m2             |
//     \   |              |
//       c1 --------------'
Network triangle_network() {
    return network_from_actors({{"m1", "municipality"},
                                {"m2", "municipality"},
                                {"b1", "business"},
                                {"b2", "business"},
                                {"f1", "foundation"},
                                {"c1", "civil_society"}},
                               {{0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 4}, {5, 1}, {5, 4}, {5, 3}});
}

}  // namespace

TEST_CASE("cooperation triangle: a missing side and two sides about as chance gives", "[triangle]") {
    const Network network = triangle_network();
    const CooperationTriangle triangle = cooperation_triangle(network);
    CHECK(triangle.group_sizes == std::array<std::size_t, 3>{2, 2, 1});
    CHECK(triangle.absent_groups.empty());
    // m = 8; degrees m1 2, m2 3, b1 3, b2 3, f1 2, c1 3: D_m 5, D_b 6, D_f 2.

    const TriangleSide& mb = triangle.sides[0];
    CHECK(mb.groups == std::array<std::string, 2>{"municipality", "business"});
    CHECK(mb.ties == 4);
    CHECK(mb.weight == Approx(4.0));
    CHECK(mb.expected == Approx(30.0 / 16.0));  // 5 * 6 / (2 * 8)
    // P(X >= 4) for Poisson(1.875) = 1 - e^-1.875 (1 + 1.875 + 1.875^2/2 + 1.875^3/6)
    CHECK(mb.p_more == Approx(0.121054394));
    CHECK(mb.status == SideStatus::Present);  // more than expected, but not clearly
    // Only c1 has a municipality and a business contact (m2, b2), and they are tied.
    REQUIRE(mb.brokers.size() == 1);
    CHECK(network.actor(mb.brokers[0].actor).id == "c1");
    CHECK(mb.brokers[0].two_paths == 1);
    CHECK(mb.brokers[0].open_two_paths == 0);

    const TriangleSide& mf = triangle.sides[1];
    CHECK(mf.groups == std::array<std::string, 2>{"municipality", "foundation"});
    CHECK(mf.ties == 0);
    CHECK(mf.expected == Approx(10.0 / 16.0));
    CHECK(mf.status == SideStatus::Missing);
    CHECK(mf.absent_groups.empty());
    // b1 links m1, m2 to f1 (2 open two-paths); c1 links m2 to f1 (1).
    REQUIRE(mf.brokers.size() == 2);
    CHECK(network.actor(mf.brokers[0].actor).id == "b1");
    CHECK(mf.brokers[0].two_paths == 2);
    CHECK(mf.brokers[0].open_two_paths == 2);
    CHECK(mf.brokers[0].contacts == std::array<std::size_t, 2>{2, 1});
    CHECK(network.actor(mf.brokers[1].actor).id == "c1");
    CHECK(mf.brokers[1].two_paths == 1);

    const TriangleSide& bf = triangle.sides[2];
    CHECK(bf.ties == 1);
    CHECK(bf.expected == Approx(12.0 / 16.0));
    CHECK(bf.p_fewer == Approx(1.75 * std::exp(-0.75)));  // P(X <= 1) = e^-0.75 (1 + 0.75)
    CHECK(bf.status == SideStatus::Present);  // one tie is all that 0.75 expected promise
    REQUIRE(bf.brokers.size() == 1);
    CHECK(network.actor(bf.brokers[0].actor).id == "c1");
    CHECK(bf.brokers[0].open_two_paths == 1);

    SECTION("a looser level calls the single business-foundation tie weak") {
        TriangleOptions options;
        options.significance = 0.9;  // P(X <= 1) = 0.83 < 0.9
        options.max_brokers = 1;
        const CooperationTriangle loose = cooperation_triangle(network, options);
        CHECK(loose.sides[2].status == SideStatus::Weak);
        CHECK(loose.sides[1].brokers.size() == 1);
    }
}

TEST_CASE("cooperation triangle: without foundations two sides say the group is absent",
          "[triangle]") {
    //   m1 --- m2        b1 --- b2
    //     \   /    ---     \   /       ties m1-b1, m2-b2 between the triangles
    //      m3               b3
    const Network network =
        network_from_actors({{"m1", "municipality"},
                             {"m2", "municipality"},
                             {"m3", "municipality"},
                             {"b1", "business"},
                             {"b2", "business"},
                             {"b3", "business"}},
                            {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {0, 3}, {1, 4}});
    const CooperationTriangle triangle = cooperation_triangle(network);
    CHECK(triangle.absent_groups == std::vector<std::string>{"foundation"});
    CHECK(triangle.group_sizes[2] == 0);
    // m = 8, D_m = D_b = 8: expected 64 / 16 = 4 > 2 ties.
    CHECK(triangle.sides[0].ties == 2);
    CHECK(triangle.sides[0].expected == Approx(4.0));
    // P(X <= 2) for Poisson(4) = 13 e^-4 = 0.238: fewer, but not clearly off chance.
    CHECK(triangle.sides[0].p_fewer == Approx(13.0 * std::exp(-4.0)));
    CHECK(triangle.sides[0].status == SideStatus::Present);
    for (const std::size_t s : {1, 2}) {
        CHECK(triangle.sides[s].status == SideStatus::Missing);
        CHECK(triangle.sides[s].absent_groups == std::vector<std::string>{"foundation"});
        CHECK(triangle.sides[s].brokers.empty());
    }
    CHECK(side_status_name(SideStatus::Weak) == "weak");
}

TEST_CASE("cooperation triangle: directed ties count in both directions, names configurable",
          "[triangle]") {
    //   city <--> firm --> fund
    const Network network = network_from_actors({{"c", "city"}, {"f", "firm"}, {"d", "fund"}},
                                                {{0, 1}, {1, 0}, {1, 2}}, true);
    TriangleOptions options;
    options.groups = {"city", "firm", "fund"};
    const CooperationTriangle triangle = cooperation_triangle(network, options);
    // Dout: city 1, firm 2, fund 0; Din: city 1, firm 1, fund 1; m = 3.
    CHECK(triangle.sides[0].ties == 2);
    CHECK(triangle.sides[0].expected == Approx(1.0));  // 1*1/3 + 2*1/3
    CHECK(triangle.sides[0].status == SideStatus::Present);
    CHECK(triangle.sides[1].status == SideStatus::Missing);
    REQUIRE(triangle.sides[1].brokers.size() == 1);  // f on c - f - d, undirected view
    CHECK(network.actor(triangle.sides[1].brokers[0].actor).id == "f");
    CHECK(triangle.sides[2].ties == 1);
    CHECK(triangle.sides[2].expected == Approx(2.0 / 3.0));
    CHECK(triangle.sides[2].status == SideStatus::Present);
}

TEST_CASE("cooperation triangle: weak and strong only when clearly off chance", "[triangle]") {
    // Two cliques of five, municipality and business, and one tie between them:
    // m = 21, D_m = D_b = 21, E = 21 * 21 / 42 = 10.5; P(X <= 1) = 11.5 e^-10.5 = 0.00032.
    std::vector<testing::ActorSpec> actors;
    std::vector<testing::EdgeSpec> ties;
    for (NodeId v = 0; v < 10; ++v) {
        actors.push_back({"a" + std::to_string(v), v < 5 ? "municipality" : "business"});
    }
    for (NodeId base : {0u, 5u}) {
        for (NodeId u = base; u < base + 5; ++u) {
            for (NodeId v = u + 1; v < base + 5; ++v) ties.push_back({u, v});
        }
    }
    ties.push_back({0, 5});
    const CooperationTriangle apart = cooperation_triangle(network_from_actors(actors, ties));
    CHECK(apart.sides[0].expected == Approx(10.5));
    CHECK(apart.sides[0].p_fewer == Approx(11.5 * std::exp(-10.5)));
    CHECK(apart.sides[0].status == SideStatus::Weak);

    // K(3,3) between the groups: m = 9, D_m = D_b = 9, E = 4.5, all 9 ties across;
    // P(X >= 9) for Poisson(4.5) = 0.0403 (1 - sum_{i<=8} e^-4.5 4.5^i / i!).
    const Network across = network_from_actors(
        {{"m1", "municipality"}, {"m2", "municipality"}, {"m3", "municipality"},
         {"b1", "business"}, {"b2", "business"}, {"b3", "business"}},
        {{0, 3}, {0, 4}, {0, 5}, {1, 3}, {1, 4}, {1, 5}, {2, 3}, {2, 4}, {2, 5}});
    const CooperationTriangle mixed = cooperation_triangle(across);
    CHECK(mixed.sides[0].p_more == Approx(0.0402573125));
    CHECK(mixed.sides[0].status == SideStatus::Strong);
    CHECK(side_status_name(SideStatus::Strong) == "strong");
}

TEST_CASE("cooperation triangle: degenerate networks and bad options", "[triangle]") {
    SECTION("empty network: every group absent") {
        const CooperationTriangle triangle = cooperation_triangle(Network{});
        CHECK(triangle.absent_groups.size() == 3);
        CHECK(triangle.sides[0].absent_groups ==
              std::vector<std::string>{"municipality", "business"});
        for (const TriangleSide& side : triangle.sides) {
            CHECK(side.status == SideStatus::Missing);
            CHECK(side.absent_groups.size() == 2);
        }
    }
    SECTION("isolates only: all groups present, no ties") {
        const Network network = network_from_actors(
            {{"m", "municipality"}, {"b", "business"}, {"f", "foundation"}}, {});
        const CooperationTriangle triangle = cooperation_triangle(network);
        CHECK(triangle.absent_groups.empty());
        for (const TriangleSide& side : triangle.sides) {
            CHECK(side.status == SideStatus::Missing);
            CHECK(side.expected == 0.0);
        }
    }
    SECTION("a level outside (0, 1) throws") {
        TriangleOptions options;
        for (const double level : {0.0, 1.0, -0.1, std::nan("")}) {
            options.significance = level;
            REQUIRE_THROWS_AS(cooperation_triangle(Network{}, options), InvalidArgument);
        }
    }
    SECTION("bad corner names throw") {
        TriangleOptions options;
        options.groups = {"municipality", "municipality", "foundation"};
        REQUIRE_THROWS_AS(cooperation_triangle(Network{}, options), InvalidArgument);
        options.groups = {"municipality", "", "foundation"};
        REQUIRE_THROWS_AS(cooperation_triangle(Network{}, options), InvalidArgument);
        options = TriangleOptions{};
        options.group_attribute = "";
        REQUIRE_THROWS_AS(cooperation_triangle(Network{}, options), InvalidArgument);
    }
}

}  // namespace coopnet
