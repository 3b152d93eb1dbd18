#include "viz/map_view.hpp"

#include <catch2/catch.hpp>

#include "analysis/community/leiden.hpp"
#include "core/error.hpp"
#include "tests/viz/viz_test_networks.hpp"

using namespace coopnet;
using viz_testing::build;

namespace {

//        q(edu)
//       /      \                                  corners: m1, m2 (municipality),
//     m1 ---- m2 ---- f1 ---- y ---- z             b1 (business), f1 (foundation)
//      |                             |
//      x(civil) ---- b1 ---- w(edu) -+
Network hand_graph() {
    return build({{"m1", "municipality"},
                  {"m2", "municipality"},
                  {"b1", "business"},
                  {"f1", "foundation"},
                  {"x", "civil_society"},
                  {"y", "other"},
                  {"z", "other"},
                  {"w", "education"},
                  {"q", "education"}},
                 {{"m1", "x"},
                  {"x", "b1"},
                  {"b1", "w"},
                  {"w", "z"},
                  {"m1", "m2"},
                  {"m2", "f1"},
                  {"f1", "y"},
                  {"y", "z"},
                  {"q", "m1"},
                  {"q", "m2"}});
}

std::vector<std::string> ids(const Network& network, const std::vector<NodeId>& actors) {
    std::vector<std::string> out;
    for (const NodeId v : actors) out.push_back(network.actor(v).id);
    std::sort(out.begin(), out.end());
    return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("ego_actors: radius 0, 1 and 2 around x hold exactly the hand-counted actors",
          "[viz][view]") {
    const Network network = hand_graph();
    const NodeId x = *network.find("x");
    CHECK(ids(network, ego_actors(network, x, 0)) == Ids{"x"});
    // One hop: m1 and b1.
    CHECK(ids(network, ego_actors(network, x, 1)) == Ids{"b1", "m1", "x"});
    // Two hops add m2 and q (through m1) and w (through b1).
    CHECK(ids(network, ego_actors(network, x, 2)) == Ids{"b1", "m1", "m2", "q", "w", "x"});
    // Radius 10 reaches the whole (connected) network.
    CHECK(ego_actors(network, x, 10).size() == network.actor_count());
}

TEST_CASE("ego_actors: direction is ignored and an unknown index is refused", "[viz][view]") {
    const Network network = build({{"a", "other"}, {"b", "other"}, {"c", "other"}},
                                  {{"b", "a"}, {"c", "b"}}, /*directed=*/true);
    CHECK(ids(network, ego_actors(network, 0, 1)) == Ids{"a", "b"});
    CHECK(ids(network, ego_actors(network, 0, 2)) == Ids{"a", "b", "c"});
    REQUIRE_THROWS_AS(ego_actors(network, 3, 1), InvalidArgument);
}

TEST_CASE("triangle_actors: the corners plus the actors tied to two different corners",
          "[viz][view]") {
    const Network network = hand_graph();
    // x links m1 (municipality) and b1 (business); m2 links m1 and f1 but is a corner
    // itself; q links m1 and m2, both municipality: not a link between corners; y, w and
    // z touch at most one corner.
    CHECK(ids(network, triangle_actors(network)) == Ids{"b1", "f1", "m1", "m2", "x"});
    // Other corners: education and foundation; m2 (tied to f1 and q) links them, as does
    // nobody else: z is tied to w (education) and y (other).
    CHECK(ids(network, triangle_actors(network, {"education", "foundation", "politics"})) ==
          Ids{"f1", "m2", "q", "w"});
    REQUIRE_THROWS_AS(triangle_actors(network, {"a", "b", "c"}, ""), InvalidArgument);
}

TEST_CASE("triangle_actors: a network without corner actors shows nobody", "[viz][view]") {
    const Network network = build({{"a", "other"}, {"b", "other"}}, {{"a", "b"}});
    CHECK(triangle_actors(network).empty());
    CHECK(triangle_actors(build({}, {})).empty());
}

TEST_CASE("community_actors: two 4-cliques joined by one tie split into their cliques",
          "[viz][view]") {
    // a1..a4 and b1..b4 are cliques (6 ties each); a1-b1 joins them. The split into the
    // two cliques has modularity 2*(6/13 - (13/26)^2) = 0.423, the best there is.
    const Network network = build({{"a1", "other"}, {"a2", "other"}, {"a3", "other"},
                                   {"a4", "other"}, {"b1", "other"}, {"b2", "other"},
                                   {"b3", "other"}, {"b4", "other"}},
                                  {{"a1", "a2"}, {"a1", "a3"}, {"a1", "a4"}, {"a2", "a3"},
                                   {"a2", "a4"}, {"a3", "a4"}, {"b1", "b2"}, {"b1", "b3"},
                                   {"b1", "b4"}, {"b2", "b3"}, {"b2", "b4"}, {"b3", "b4"},
                                   {"a1", "b1"}});
    const Partition partition = leiden(network).partition;
    REQUIRE(partition.community_count == 2);
    // Equal sizes: community 0 holds the smallest id, a1.
    CHECK(ids(network, community_actors(partition, 0)) == Ids{"a1", "a2", "a3", "a4"});
    CHECK(ids(network, community_actors(partition, 1)) == Ids{"b1", "b2", "b3", "b4"});
    REQUIRE_THROWS_AS(community_actors(partition, 2), InvalidArgument);
}
