#include "analysis/brokerage/brokerage_roles.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/sna_fixtures.hpp"

namespace coopnet {
using testing::fixture_network;
using testing::read_edges;
using testing::read_fixture;
using testing::SnaFixture;
namespace {

constexpr std::size_t kCoordinator = static_cast<std::size_t>(BrokerageRole::Coordinator);
constexpr std::size_t kItinerant = static_cast<std::size_t>(BrokerageRole::Itinerant);
constexpr std::size_t kGatekeeper = static_cast<std::size_t>(BrokerageRole::Gatekeeper);
constexpr std::size_t kRepresentative = static_cast<std::size_t>(BrokerageRole::Representative);
constexpr std::size_t kLiaison = static_cast<std::size_t>(BrokerageRole::Liaison);
constexpr std::size_t kTotal = kBrokerageTotalColumn;

void check_statistics(const BrokerageStatistics& got, const SnaFixture& fixture,
                      const std::string& who) {
    const auto& raw = fixture.values.at({who, "raw"});
    const auto& expected = fixture.values.at({who, "expected"});
    const auto& sd = fixture.values.at({who, "sd"});
    const auto& z = fixture.values.at({who, "z"});
    for (std::size_t c = 0; c < 6; ++c) {
        INFO(who << ", column " << c);
        CHECK(got.raw[c] == raw[c]);
        CHECK(got.expected[c] == Approx(expected[c]).epsilon(1e-12).margin(1e-15));
        CHECK(got.sd[c] == Approx(sd[c]).epsilon(1e-12).margin(1e-15));
        if (std::isnan(z[c])) {
            CHECK_FALSE(got.z[c].has_value());
            CHECK(got.sd[c] == 0.0);
        } else {
            REQUIRE(got.z[c].has_value());
            CHECK(*got.z[c] == Approx(z[c]).epsilon(1e-10).margin(1e-12));
        }
    }
}

void check_against_sna(const Network& network, const BrokerageOptions& options,
                       const SnaFixture& fixture) {
    const BrokerageRolesResult result = brokerage_roles(network, options);
    REQUIRE(result.actors.size() == fixture.actors.size());
    for (NodeId v = 0; v < fixture.actors.size(); ++v) {
        const std::string& id = network.actor(v).id;
        REQUIRE(id == fixture.actors[v]);
        CHECK(result.groups[result.group_of[v]] == fixture.group.at(id));
        check_statistics(result.actors[v], fixture, id);
    }
    check_statistics(result.totals, fixture, "(total)");
}

struct Link {
    NodeId source;
    NodeId target;
};

Network grouped_network(const std::vector<std::string>& groups, bool directed,
                        const std::vector<Link>& arcs) {
    std::vector<Actor> actors(groups.size());
    for (std::size_t v = 0; v < groups.size(); ++v) {
        actors[v].id = std::to_string(v);
        actors[v].sector = groups[v];
    }
    std::vector<Tie> ties;
    for (const Link& arc : arcs) {
        Tie tie;
        tie.source = arc.source;
        tie.target = arc.target;
        ties.push_back(std::move(tie));
    }
    return make_network("test", directed, std::move(actors), std::move(ties));
}

}  // namespace

// The hand-counted graph (also fixture "hand"). Groups: a, b, c, f in A; d in B; e in C.
//
//          f(A)
//           ^
//           |
//   a(A) -> b(A) <-> c(A)        a -> c as well (so a -> b -> c is closed)
//    ^      |  ^
//    |      v   \ (e -> b)
//    +---- d(B) -> e(C)          d -> a, d -> e
//
// Arcs: a->b, b->c, c->b, b->d, d->e, e->b, d->a, a->c, b->f. Open two-paths i->j->k:
//   a->b->d (A A B) representative b     a->b->f (A A A) coordinator b
//   c->b->d (A A B) representative b     c->b->f (A A A) coordinator b
//   e->b->c (C A A) gatekeeper b         e->b->f (C A A) gatekeeper b
//   e->b->d (C A B) liaison b
//   b->d->a (A B A) itinerant d          b->d->e (A B C) liaison d
//   d->a->b (B A A) gatekeeper a         d->a->c (B A A) gatekeeper a
//   d->e->b (B C A) liaison e
// Not counted: a->b->c and a->c->b (closed by a->c and a->b), b->c->b and c->b->c (back to
// the start); f sends no tie, so nothing passes through f.
TEST_CASE("brokerage: the hand-counted directed graph", "[brokerage]") {
    const SnaFixture fixture = read_fixture("hand");
    const Network net = fixture_network(fixture, read_edges("hand"), true);
    BrokerageOptions options;
    options.group_attribute = "group";
    const BrokerageRolesResult r = brokerage_roles(net, options);
    using Row = BrokerageRow;
    //                              coord itin  gate  repr  liais total
    CHECK(r.actors[0].raw == Row{0, 0, 2, 0, 0, 2});  // a
    CHECK(r.actors[1].raw == Row{2, 0, 2, 2, 1, 7});  // b
    CHECK(r.actors[2].raw == Row{0, 0, 0, 0, 0, 0});  // c
    CHECK(r.actors[3].raw == Row{0, 1, 0, 0, 1, 2});  // d
    CHECK(r.actors[4].raw == Row{0, 0, 0, 0, 1, 1});  // e
    CHECK(r.actors[5].raw == Row{0, 0, 0, 0, 0, 0});  // f
    CHECK(r.totals.raw == Row{2, 1, 4, 2, 3, 12});
    CHECK(r.groups == std::vector<std::string>{"A", "B", "C"});
    CHECK(r.group_sizes == std::vector<std::size_t>{4, 1, 1});
    // d = 9 arcs / (6 * 5); a coordinator in A expects d^2 (1 - d) (4 - 1)(4 - 2).
    const double d = 9.0 / 30.0;
    CHECK(r.density == Approx(d));
    CHECK(r.actors[1].expected[kCoordinator] == Approx(d * d * (1 - d) * 6.0));
    // The same numbers as sna::brokerage.
    check_against_sna(net, options, fixture);
}

TEST_CASE("brokerage: directed and undirected graphs match sna::brokerage", "[brokerage]") {
    const std::vector<std::pair<std::string, bool>> graphs = {
        {"two_groups", true},  {"three_groups", true}, {"five_groups", true},
        {"undirected", false}, {"one_group", true},    {"separate_groups", false}};
    BrokerageOptions options;
    options.group_attribute = "group";
    for (const auto& [name, directed] : graphs) {
        INFO("fixture " << name);
        const SnaFixture fixture = read_fixture(name);
        check_against_sna(fixture_network(fixture, read_edges(name), directed), options, fixture);
    }
}

TEST_CASE("brokerage: the karate club by faction matches sna::brokerage", "[brokerage]") {
    const Network karate = classic::karate_club();
    const SnaFixture fixture = read_fixture("karate");
    // The fixture's ties are the classic graph's ties, in the same order.
    const auto edges = read_edges("karate");
    REQUIRE(edges.size() == karate.ties().size());
    for (std::size_t e = 0; e < edges.size(); ++e) {
        CHECK(edges[e].first == karate.actor(karate.ties()[e].source).id);
        CHECK(edges[e].second == karate.actor(karate.ties()[e].target).id);
    }
    BrokerageOptions options;
    options.group_attribute = "club";
    check_against_sna(karate, options, fixture);
    // The default group is the sector, which the classic graph sets to the club as well.
    check_against_sna(karate, BrokerageOptions{}, fixture);
}

TEST_CASE("brokerage: the Florentine families in three groups match sna::brokerage",
          "[brokerage]") {
    const Network classic_net = classic::florentine_families();
    const SnaFixture fixture = read_fixture("florentine");
    const auto edges = read_edges("florentine");
    REQUIRE(edges.size() == classic_net.ties().size());
    for (std::size_t e = 0; e < edges.size(); ++e) {
        CHECK(edges[e].first == classic_net.actor(classic_net.ties()[e].source).id);
        CHECK(edges[e].second == classic_net.actor(classic_net.ties()[e].target).id);
    }
    // The groups are numbers here (0, 1, 2 = position mod 3), which become the texts
    // "0", "1", "2"; the fixture calls them g0, g1, g2.
    std::vector<Actor> actors(classic_net.actors().begin(), classic_net.actors().end());
    for (std::size_t v = 0; v < actors.size(); ++v) {
        actors[v].attributes.emplace("house", static_cast<double>(v % 3));
    }
    const Network net = make_network("florentine", false, std::move(actors), classic_net.ties());
    BrokerageOptions options;
    options.group_attribute = "house";
    const BrokerageRolesResult r = brokerage_roles(net, options);
    CHECK(r.groups == std::vector<std::string>{"0", "1", "2"});
    for (NodeId v = 0; v < net.actor_count(); ++v) {
        INFO(net.actor(v).id);
        CHECK("g" + r.groups[r.group_of[v]] == fixture.group.at(net.actor(v).id));
        check_statistics(r.actors[v], fixture, net.actor(v).id);
    }
    check_statistics(r.totals, fixture, "(total)");
}

TEST_CASE("brokerage: an undirected path counts once in each direction", "[brokerage]") {
    // a - b - c, all in one group: a->b->c and c->b->a, so b coordinates twice.
    const Network same = grouped_network({"A", "A", "A"}, false, {{0, 1}, {1, 2}});
    CHECK(brokerage_roles(same).actors[1].raw == BrokerageRow{2, 0, 0, 0, 0, 2});
    // a(A) - b(A) - c(B): a->b->c represents, c->b->a gatekeeps.
    const Network mixed = grouped_network({"A", "A", "B"}, false, {{0, 1}, {1, 2}});
    CHECK(brokerage_roles(mixed).actors[1].raw == BrokerageRow{0, 0, 1, 1, 0, 2});
    // Closing the triangle leaves no open two-path.
    const Network closed = grouped_network({"A", "A", "B"}, false, {{0, 1}, {1, 2}, {0, 2}});
    CHECK(brokerage_roles(closed).totals.raw == BrokerageRow{0, 0, 0, 0, 0, 0});
}

TEST_CASE("brokerage: self-ties are ignored and parallel ties count once", "[brokerage]") {
    const SnaFixture fixture = read_fixture("hand");
    auto edges = read_edges("hand");
    edges.emplace_back("a", "a");  // self-tie
    edges.emplace_back("b", "d");  // repeats of existing arcs
    edges.emplace_back("a", "b");
    BrokerageOptions options;
    options.group_attribute = "group";
    check_against_sna(fixture_network(fixture, edges, true), options, fixture);
}

TEST_CASE("brokerage: actors without the attribute form the group (none)", "[brokerage]") {
    std::vector<Actor> actors(4);
    for (std::size_t v = 0; v < 4; ++v) actors[v].id = std::to_string(v);
    actors[0].attributes.emplace("team", std::string("red"));
    actors[2].attributes.emplace("team", std::string(""));  // empty: as if missing
    actors[3].attributes.emplace("team", 7.0);
    std::vector<Tie> ties;
    for (const auto& [s, t] : std::vector<std::pair<NodeId, NodeId>>{{0, 1}, {1, 2}, {2, 3}}) {
        Tie tie;
        tie.source = s;
        tie.target = t;
        ties.push_back(tie);
    }
    const Network net = make_network("teams", true, std::move(actors), std::move(ties));
    BrokerageOptions options;
    options.group_attribute = "team";
    const BrokerageRolesResult r = brokerage_roles(net, options);
    CHECK(r.groups == std::vector<std::string>{"(none)", "7", "red"});
    CHECK(r.group_of == std::vector<std::size_t>{2, 0, 0, 1});
    CHECK(r.group_sizes == std::vector<std::size_t>{2, 1, 1});
    // 0 -> 1 -> 2: red, (none), (none): gatekeeper for 1. 1 -> 2 -> 3: (none), (none), 7:
    // representative for 2.
    CHECK(r.actors[1].raw == BrokerageRow{0, 0, 1, 0, 0, 1});
    CHECK(r.actors[2].raw == BrokerageRow{0, 0, 0, 1, 0, 1});
}

TEST_CASE("brokerage: degenerate networks and bad options", "[brokerage]") {
    SECTION("an empty network") {
        const BrokerageRolesResult r = brokerage_roles(grouped_network({}, true, {}));
        CHECK(r.actors.empty());
        CHECK(r.groups.empty());
        CHECK(r.totals.raw == BrokerageRow{});
        CHECK_FALSE(r.totals.z[kTotal].has_value());
    }
    SECTION("one actor: density 0, nothing expected, no z") {
        const BrokerageRolesResult r = brokerage_roles(grouped_network({"A"}, false, {}));
        CHECK(r.density == 0.0);
        CHECK(r.actors[0].expected == BrokerageRow{});
        CHECK(r.actors[0].sd == BrokerageRow{});
        for (const auto& z : r.actors[0].z) CHECK_FALSE(z.has_value());
    }
    SECTION("isolates and no ties: every count and expectation is 0") {
        const BrokerageRolesResult r =
            brokerage_roles(grouped_network({"A", "B", "A", "C"}, true, {}));
        for (const BrokerageStatistics& s : r.actors) {
            CHECK(s.raw == BrokerageRow{});
            CHECK(s.expected == BrokerageRow{});
            CHECK_FALSE(s.z[kTotal].has_value());
        }
    }
    SECTION("a complete graph: d = 1, no open two-path, sd 0") {
        const Network k4 = grouped_network({"A", "A", "B", "B"}, false,
                                           {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}});
        const BrokerageRolesResult r = brokerage_roles(k4);
        CHECK(r.density == 1.0);
        CHECK(r.totals.raw == BrokerageRow{});
        CHECK(r.totals.sd[kTotal] == 0.0);
        CHECK_FALSE(r.actors[0].z[kTotal].has_value());
    }
    SECTION("an empty group attribute name is rejected") {
        BrokerageOptions options;
        options.group_attribute = "";
        REQUIRE_THROWS_AS(brokerage_roles(classic::karate_club(), options), InvalidArgument);
    }
}

TEST_CASE("brokerage: role names", "[brokerage]") {
    CHECK(brokerage_role_name(BrokerageRole::Coordinator) == "coordinator");
    CHECK(brokerage_role_name(BrokerageRole::Itinerant) == "itinerant");
    CHECK(brokerage_role_name(BrokerageRole::Gatekeeper) == "gatekeeper");
    CHECK(brokerage_role_name(BrokerageRole::Representative) == "representative");
    CHECK(brokerage_role_name(BrokerageRole::Liaison) == "liaison");
}

// Naive reference: every ordered triple of distinct actors, adjacency as a dense matrix
// built from the arc list; the fast code must count the same.
TEST_CASE("brokerage: raw counts equal a naive triple enumeration on random graphs",
          "[brokerage]") {
    std::mt19937_64 rng(1989);
    for (int round = 0; round < 30; ++round) {
        const bool directed = round % 3 != 0;
        const std::size_t n = 3 + static_cast<std::size_t>(rng() % 18);
        const std::size_t group_count = 1 + static_cast<std::size_t>(rng() % 4);
        std::vector<std::string> groups(n);
        for (auto& g : groups) g = std::string(1, static_cast<char>('A' + rng() % group_count));
        std::vector<Link> arcs;
        const std::size_t m = static_cast<std::size_t>(rng() % (3 * n));
        for (std::size_t e = 0; e < m; ++e) {
            arcs.push_back({static_cast<NodeId>(rng() % n), static_cast<NodeId>(rng() % n)});
        }
        std::vector<std::vector<bool>> adj(n, std::vector<bool>(n, false));
        for (const Link& arc : arcs) {
            if (arc.source == arc.target) continue;
            adj[arc.source][arc.target] = true;
            if (!directed) adj[arc.target][arc.source] = true;
        }
        std::vector<BrokerageRow> naive(n, BrokerageRow{});
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j) {
                for (std::size_t k = 0; k < n; ++k) {
                    if (i == j || j == k || i == k) continue;
                    if (!adj[i][j] || !adj[j][k] || adj[i][k]) continue;
                    const std::string &gi = groups[i], &gj = groups[j], &gk = groups[k];
                    std::size_t role = kLiaison;
                    if (gi == gj && gj == gk)
                        role = kCoordinator;
                    else if (gi == gk)
                        role = kItinerant;
                    else if (gj == gk)
                        role = kGatekeeper;
                    else if (gi == gj)
                        role = kRepresentative;
                    naive[j][role] += 1;
                    naive[j][kTotal] += 1;
                }
            }
        }
        const BrokerageRolesResult r = brokerage_roles(grouped_network(groups, directed, arcs));
        INFO("round " << round);
        for (std::size_t v = 0; v < n; ++v) CHECK(r.actors[v].raw == naive[v]);
        if (!directed) {
            // Undirected: every path i - j - k is counted from both ends, so the mirror
            // roles gatekeeper and representative balance for every broker.
            for (std::size_t v = 0; v < n; ++v) {
                CHECK(r.actors[v].raw[kGatekeeper] == r.actors[v].raw[kRepresentative]);
            }
        }
    }
}

TEST_CASE("brokerage: expected role counts add up to the expected total", "[brokerage]") {
    // sum over roles of E[count] = d^2 (1 - d) (n - 1)(n - 2) for every broker, and the
    // network expectations likewise sum to d^2 (1 - d) n (n - 1)(n - 2).
    const Network ba = classic::barabasi_albert(200, 2, 11);
    std::vector<Actor> actors(ba.actors().begin(), ba.actors().end());
    for (std::size_t v = 0; v < actors.size(); ++v) actors[v].sector = std::to_string(v % 7);
    const Network net = make_network("ba", false, std::move(actors), ba.ties());
    const BrokerageRolesResult r = brokerage_roles(net);
    for (const BrokerageStatistics& s : r.actors) {
        double sum = 0.0;
        for (std::size_t c = 0; c < kBrokerageRoleCount; ++c) sum += s.expected[c];
        CHECK(sum == Approx(s.expected[kTotal]).epsilon(1e-12));
    }
    double sum = 0.0;
    for (std::size_t c = 0; c < kBrokerageRoleCount; ++c) sum += r.totals.expected[c];
    CHECK(sum == Approx(r.totals.expected[kTotal]).epsilon(1e-12));
    const double d = r.density;
    CHECK(r.totals.expected[kTotal] == Approx(d * d * (1 - d) * 200.0 * 199.0 * 198.0));
    CHECK(d == Approx(2.0 * static_cast<double>(ba.ties().size()) / (200.0 * 199.0)));
}

}  // namespace coopnet
