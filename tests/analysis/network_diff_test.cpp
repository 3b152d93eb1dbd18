#include "analysis/change/network_diff.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "analysis/community/leiden.hpp"
#include "core/error.hpp"

using namespace coopnet;

namespace {

using Ids = std::vector<std::string>;
using Pairs = std::vector<TiePair>;

struct ActorSpec {
    ActorSpec(std::string id_, std::string sector_ = std::string(kDefaultSector))
        : id(std::move(id_)), sector(std::move(sector_)) {}
    std::string id;
    std::string sector;
};

struct TieSpec {
    TieSpec(std::string source_, std::string target_, std::string since_ = {},
            std::string until_ = {}, std::string kind_ = {})
        : source(std::move(source_)),
          target(std::move(target_)),
          since(std::move(since_)),
          until(std::move(until_)),
          kind(std::move(kind_)) {}
    std::string source;
    std::string target;
    std::string since;  // empty = open
    std::string until;
    std::string kind;
};

struct ProjectSpec {
    std::string id;
    std::string since;
    std::string until;
    Ids members;
};

Network build(const std::vector<ActorSpec>& actors, const std::vector<TieSpec>& ties,
              bool directed = false, const std::vector<ProjectSpec>& projects = {}) {
    NetworkBuilder builder;
    builder.set_directed(directed);
    for (const ActorSpec& spec : actors) {
        Actor actor;
        actor.id = spec.id;
        actor.sector = spec.sector;
        builder.add_actor(std::move(actor));
    }
    for (const TieSpec& spec : ties) {
        TieRecord tie;
        tie.source = spec.source;
        tie.target = spec.target;
        tie.kind = spec.kind;
        if (!spec.since.empty()) tie.period.since = PartialDate::parse(spec.since);
        if (!spec.until.empty()) tie.period.until = PartialDate::parse(spec.until);
        builder.add_tie(std::move(tie));
    }
    for (const ProjectSpec& spec : projects) {
        ProjectRecord project;
        project.id = spec.id;
        if (!spec.since.empty()) project.period.since = PartialDate::parse(spec.since);
        if (!spec.until.empty()) project.period.until = PartialDate::parse(spec.until);
        builder.add_project(std::move(project));
        for (const std::string& member : spec.members) builder.add_membership(spec.id, member);
    }
    return builder.build();
}

std::vector<ActorSpec> plain(const Ids& ids) {
    std::vector<ActorSpec> actors;
    for (const std::string& id : ids) actors.push_back({id});
    return actors;
}

Ids ids_of(const std::vector<BrokerRank>& ranks) {
    Ids ids;
    for (const BrokerRank& rank : ranks) ids.push_back(rank.id);
    return ids;
}

Ids ids_of(const std::vector<DroppedBroker>& dropped) {
    Ids ids;
    for (const DroppedBroker& broker : dropped) ids.push_back(broker.id);
    return ids;
}

// A path p01 - p02 - ... - pNN, ids zero padded so that id order is path order.
Network path(int n) {
    Ids ids;
    std::vector<TieSpec> ties;
    for (int i = 1; i <= n; ++i) {
        char id[8];
        std::snprintf(id, sizeof id, "p%02d", i);
        ids.push_back(id);
        if (i > 1) ties.push_back({ids[i - 2], ids[i - 1]});
    }
    return build(plain(ids), ties);
}

}  // namespace

TEST_CASE("network diff: a hand-drawn before and after give every count", "[network_diff]") {
    // Sectors: a, b municipality; c, e civil_society; d, i business; f, g foundation;
    // h, j other.
    //
    //   before                          after
    //   a - b - c        f - g - h      a - b - c
    //   |   |  /                        | \    |
    //   d    e                          d  `-- e - i - j
    //                                   |
    //                                   f
    //
    // Actors: kept a b c d e f (6), lost g h (2), new i j (2).
    // Ties before: a-b a-d b-c b-e c-e f-g g-h (7).
    // Ties after:  a-b a-d a-e b-c c-e d-f e-i i-j (8).
    // Kept a-b a-d b-c c-e (4), lost b-e f-g g-h (3), new a-e d-f e-i i-j (4);
    // persistence 4/7.
    // Cross-sector before (sectors differ): b-c, a-d, b-e, g-h = 4 (a-b, c-e, f-g are
    // within a sector); kept of them: b-c, a-d = 2; persistence 2/4.
    const Network before =
        build({{"a", "municipality"},
               {"b", "municipality"},
               {"c", "civil_society"},
               {"d", "business"},
               {"e", "civil_society"},
               {"f", "foundation"},
               {"g", "foundation"},
               {"h", "other"}},
              {{"a", "b"}, {"b", "c"}, {"a", "d"}, {"b", "e"}, {"c", "e"}, {"f", "g"}, {"g", "h"}});
    const Network after = build({{"a", "municipality"},
                                 {"b", "municipality"},
                                 {"c", "civil_society"},
                                 {"d", "business"},
                                 {"e", "civil_society"},
                                 {"f", "foundation"},
                                 {"i", "business"},
                                 {"j", "other"}},
                                {{"a", "b"},
                                 {"b", "c"},
                                 {"a", "d"},
                                 {"d", "f"},
                                 {"e", "i"},
                                 {"i", "j"},
                                 {"c", "e"},
                                 {"e", "a"}});
    const NetworkDiff diff = diff_networks(before, after);

    CHECK_FALSE(diff.directed);
    CHECK(diff.actors.kept == Ids{"a", "b", "c", "d", "e", "f"});
    CHECK(diff.actors.lost == Ids{"g", "h"});
    CHECK(diff.actors.added == Ids{"i", "j"});
    CHECK(diff.actors.before() == 8);
    CHECK(diff.actors.after() == 8);

    CHECK(diff.ties.kept == Pairs{{"a", "b"}, {"a", "d"}, {"b", "c"}, {"c", "e"}});
    CHECK(diff.ties.lost == Pairs{{"b", "e"}, {"f", "g"}, {"g", "h"}});
    // e-a was written after as "e, a": the pair is spelt smaller id first.
    CHECK(diff.ties.added == Pairs{{"a", "e"}, {"d", "f"}, {"e", "i"}, {"i", "j"}});
    REQUIRE(diff.tie_persistence);
    CHECK(*diff.tie_persistence == Approx(4.0 / 7.0));

    CHECK(diff.cross_sector_before == 4);
    CHECK(diff.cross_sector_kept == 2);
    REQUIRE(diff.cross_sector_persistence);
    CHECK(*diff.cross_sector_persistence == Approx(0.5));

    // Betweenness before (pairs through v; normalised by 2/((n-1)(n-2)) = 1/21):
    //   b: a-c, a-e, d-c, d-e = 4;  a: d-b, d-c, d-e = 3;  g: f-h = 1.
    // After: a: {d,f} x {b,c,e,i,j} = 10, plus b-e, b-i, b-j half each (a-b-c-e-a is a
    //   4-cycle) = 11.5; e likewise 11.5; d: f x 6 others = 6; i: j x 6 others = 6;
    //   b: c-a, c-d, c-f half each = 1.5; c: e-b, i-b, j-b half each = 1.5.
    CHECK(ids_of(diff.brokers_before) == Ids{"b", "a", "g"});
    CHECK(diff.brokers_before[0].betweenness == Approx(4.0 / 21.0));
    CHECK(diff.brokers_before[2].rank == 3);
    CHECK(ids_of(diff.brokers_after) == Ids{"a", "e", "d", "i", "b", "c"});
    CHECK(diff.brokers_after[0].betweenness == Approx(11.5 / 21.0));
    CHECK(diff.brokers_after[5].betweenness == Approx(1.5 / 21.0));
    // g is gone; a and b are still among the top 10.
    REQUIRE(ids_of(diff.brokers_dropped_out) == Ids{"g"});
    CHECK(diff.brokers_dropped_out[0].rank_before == 3);
    CHECK(diff.brokers_dropped_out[0].betweenness_before == Approx(1.0 / 21.0));
    CHECK_FALSE(diff.brokers_dropped_out[0].rank_after);
    CHECK_FALSE(diff.brokers_dropped_out[0].betweenness_after);
    CHECK(diff.brokers_dropped_out[0].fate == BrokerFate::LeftNetwork);

    // Density 2m/(n(n-1)): before 14/56, after 16/56. Components: before {a..e}, {f,g,h};
    // after one. Degree centralisation sum(d_max - d_i)/((n-1)(n-2)):
    //   before degrees a2 b3 c2 d1 e2 f1 g2 h1: (1+0+1+2+1+2+1+2)/42 = 10/42;
    //   after  degrees a3 b2 c2 d2 e3 f1 i2 j1: (0+1+1+1+0+2+1+2)/42 = 8/42.
    CHECK(diff.before.actors == 8);
    CHECK(diff.before.ties == 7);
    CHECK(diff.after.ties == 8);
    CHECK(diff.before.density == Approx(14.0 / 56.0));
    CHECK(diff.after.density == Approx(16.0 / 56.0));
    CHECK(diff.before.components == 2);
    CHECK(diff.after.components == 1);
    CHECK(diff.before.centralization == Approx(10.0 / 42.0));
    CHECK(diff.after.centralization == Approx(8.0 / 42.0));
    // Modularity: that of the Leiden partition with seed 1 of each state on its own.
    LeidenOptions seed_one;
    seed_one.seed = 1;
    CHECK(diff.before.modularity == leiden(before, seed_one).modularity);
    CHECK(diff.after.modularity == leiden(after, seed_one).modularity);

    // What a map reads: the status of every tie and actor.
    CHECK(diff.tie_status("b", "a") == ChangeStatus::Kept);
    CHECK(diff.tie_status("e", "b") == ChangeStatus::Lost);
    CHECK(diff.tie_status("j", "i") == ChangeStatus::New);
    CHECK_FALSE(diff.tie_status("a", "j"));
    CHECK(diff.actor_status("a") == ChangeStatus::Kept);
    CHECK(diff.actor_status("h") == ChangeStatus::Lost);
    CHECK(diff.actor_status("i") == ChangeStatus::New);
    CHECK_FALSE(diff.actor_status("zz"));
}

TEST_CASE("network diff: modularity compares the best split of each state", "[network_diff]") {
    //   before: two triangles          after: the triangles joined by a tie c-d
    //   a - b    e - f                 a - b    e - f
    //    \ /      \ /                   \ /      \ /
    //     c        d                     c ------ d
    // Before: Q = 2·(3/6 - (6/12)²) = 1/2 for the two triangles (no split does better:
    // each triangle is a component). After (m = 7, each triangle K = 7):
    // Q = 2·(3/7 - (7/14)²) = 6/7 - 1/2 = 5/14, the best split of two triangles and a bridge.
    const Ids six{"a", "b", "c", "d", "e", "f"};
    const std::vector<TieSpec> triangles{{"a", "b"}, {"b", "c"}, {"a", "c"},
                                         {"d", "e"}, {"e", "f"}, {"d", "f"}};
    std::vector<TieSpec> joined = triangles;
    joined.push_back({"c", "d"});
    const NetworkDiff diff = diff_networks(build(plain(six), triangles), build(plain(six), joined));
    CHECK(diff.before.modularity == Approx(0.5));
    CHECK(diff.after.modularity == Approx(5.0 / 14.0));
    CHECK(diff.before.components == 2);
    CHECK(diff.after.components == 1);
    CHECK(diff.ties.kept.size() == 6);
    CHECK(diff.ties.added == Pairs{{"c", "d"}});
    CHECK(diff.tie_persistence == 1.0);
}

TEST_CASE("network diff: undirected ties are the same in either spelling, directed ones not",
          "[network_diff]") {
    const std::vector<ActorSpec> ab = plain({"a", "b"});
    SECTION("undirected: a-b before and b-a after is one kept tie") {
        const NetworkDiff diff = diff_networks(build(ab, {{"a", "b"}}), build(ab, {{"b", "a"}}));
        CHECK(diff.ties.kept == Pairs{{"a", "b"}});
        CHECK(diff.ties.lost.empty());
        CHECK(diff.ties.added.empty());
        CHECK(diff.tie_persistence == 1.0);
    }
    SECTION("directed: a->b before and b->a after is one tie lost and one new") {
        const NetworkDiff diff =
            diff_networks(build(ab, {{"a", "b"}}, true), build(ab, {{"b", "a"}}, true));
        CHECK(diff.directed);
        CHECK(diff.ties.kept.empty());
        CHECK(diff.ties.lost == Pairs{{"a", "b"}});
        CHECK(diff.ties.added == Pairs{{"b", "a"}});
        CHECK(diff.tie_persistence == 0.0);
        CHECK(diff.tie_status("a", "b") == ChangeStatus::Lost);
        CHECK(diff.tie_status("b", "a") == ChangeStatus::New);
    }
    SECTION("directed: a mutual pair is two ties, one of which is kept") {
        const NetworkDiff diff =
            diff_networks(build(ab, {{"a", "b"}, {"b", "a"}}, true), build(ab, {{"b", "a"}}, true));
        CHECK(diff.ties.kept == Pairs{{"b", "a"}});
        CHECK(diff.ties.lost == Pairs{{"a", "b"}});
        CHECK(*diff.tie_persistence == Approx(0.5));
    }
    SECTION("a directed and an undirected network cannot be compared") {
        REQUIRE_THROWS_AS(diff_networks(build(ab, {{"a", "b"}}, true), build(ab, {{"a", "b"}})),
                          InvalidArgument);
    }
}

TEST_CASE("network diff: multiplex and projected ties of one pair count once", "[network_diff]") {
    // Before: a-b twice (funding, steering) and both in project p, a self-tie c-c:
    // one merged tie a-b; the self-tie is no tie. After: only p's projection, a-b.
    const std::vector<ActorSpec> abc = plain({"a", "b", "c"});
    const Network before = build(
        abc,
        {{"a", "b", "", "", "funding"}, {"b", "a", "", "", "steering"}, {"c", "c", "", "", "self"}},
        false, {{"p", "", "", {"a", "b"}}});
    const Network after = build(abc, {}, false, {{"p", "", "", {"b", "a"}}});
    CHECK(tie_pairs(before) == Pairs{{"a", "b"}});
    const NetworkDiff diff = diff_networks(before, after);
    CHECK(diff.ties.before() == 1);
    CHECK(diff.ties.kept == Pairs{{"a", "b"}});
    CHECK(diff.tie_persistence == 1.0);
}

TEST_CASE("network diff: two periods of one dated network", "[network_diff]") {
    // Ties (undirected):            Project q (2016-2017): b, d, f
    //   a-b 2003..2005                2003-2008: a-b, a-c, b-c; active a, b, c
    //   b-c 2004..2016                2015-2018: a-c, b-c, c-d, and q's b-d, b-f, d-f;
    //   c-d 2015..2018                           active a, b, c, d, f
    //   d-e 2009..2010 (neither)    e is active in neither period, so in neither state.
    //   a-c undated (both)
    // Actors kept a b c, lost none, new d f. Ties kept a-c b-c (2 of 3: 2/3), lost a-b,
    // new b-d b-f c-d d-f.
    const Network network = build(plain({"a", "b", "c", "d", "e", "f"}),
                                  {{"a", "b", "2003", "2005"},
                                   {"b", "c", "2004", "2016"},
                                   {"c", "d", "2015", "2018"},
                                   {"d", "e", "2009", "2010"},
                                   {"a", "c"}},
                                  false, {{"q", "2016", "2017", {"b", "d", "f"}}});
    const Period first = parse_period("2003-2008");
    const Period second = parse_period("2015-2018");

    const Network early = period_network(network, first);
    CHECK(early.actor_count() == 3);
    CHECK(early.ties().size() == 3);
    CHECK(early.projects().empty());

    const NetworkDiff diff = diff_periods(network, first, second);
    CHECK(diff.actors.kept == Ids{"a", "b", "c"});
    CHECK(diff.actors.lost.empty());
    CHECK(diff.actors.added == Ids{"d", "f"});
    CHECK_FALSE(diff.actor_status("e"));
    CHECK(diff.ties.kept == Pairs{{"a", "c"}, {"b", "c"}});
    CHECK(diff.ties.lost == Pairs{{"a", "b"}});
    CHECK(diff.ties.added == Pairs{{"b", "d"}, {"b", "f"}, {"c", "d"}, {"d", "f"}});
    CHECK(*diff.tie_persistence == Approx(2.0 / 3.0));
    // Before: a triangle, density 1, one component. After: n = 5, m = 6, 12/20.
    CHECK(diff.before.density == Approx(1.0));
    CHECK(diff.after.density == Approx(12.0 / 20.0));
    CHECK(diff.after.components == 1);

    SECTION("the years between the periods keep b-c, d-e and the undated a-c") {
        const Network gap = period_network(network, parse_period("2009-2010"));
        CHECK(gap.actor_count() == 5);  // all but f
        CHECK(tie_pairs(gap) == Pairs{{"a", "c"}, {"b", "c"}, {"d", "e"}});
    }
    SECTION("a period that begins after it ends is refused") {
        Period reversed;
        reversed.since = PartialDate::parse("2010");
        reversed.until = PartialDate::parse("2005");
        REQUIRE_THROWS_AS(period_network(network, reversed), InvalidArgument);
    }
}

TEST_CASE("network diff: a broker that falls just outside the top 10 has fallen in rank",
          "[network_diff]") {
    // A path of n actors: actor at position i (0-based) lies on i·(n-1-i) shortest paths.
    // Before, p01 .. p13 (n = 13): p02 .. p12 score 11, 20, 27, 32, 35, 36, 35, 32, 27, 20,
    //   11; p02 and p12 tie at 11, p02 wins by id: rank 10, p12 rank 11 is left out.
    // After, p01 .. p14 (n = 14): p02 .. p13 score 12, 22, 30, 36, 40, 42, 42, 40, 36, 30,
    //   22, 12; p02 and p13 tie at 12 for ranks 11 and 12, both outside the top 10.
    // So p02 dropped out: rank 10 before (11/66 normalised, 66 = 12·11/2), rank 11 after
    // (12/78, 78 = 13·12/2).
    const NetworkDiff diff = diff_networks(path(13), path(14));
    REQUIRE(diff.brokers_before.size() == 10);
    CHECK(diff.brokers_before.front().id == "p07");
    CHECK(diff.brokers_before.back().id == "p02");
    CHECK(diff.brokers_before.back().rank == 10);
    REQUIRE(diff.brokers_after.size() == 10);
    CHECK(ids_of(diff.brokers_after) ==
          Ids{"p07", "p08", "p06", "p09", "p05", "p10", "p04", "p11", "p03", "p12"});
    REQUIRE(diff.brokers_dropped_out.size() == 1);
    const DroppedBroker& dropped = diff.brokers_dropped_out.front();
    CHECK(dropped.id == "p02");
    CHECK(dropped.rank_before == 10);
    CHECK(dropped.betweenness_before == Approx(11.0 / 66.0));
    CHECK(dropped.rank_after == std::size_t{11});
    CHECK(*dropped.betweenness_after == Approx(12.0 / 78.0));
    CHECK(dropped.fate == BrokerFate::FellInRank);

    SECTION("a shorter list moves the cut") {
        NetworkDiffOptions options;
        options.broker_top = 2;
        // Before p07 (36), then p06 and p08 tie at 35: p06 by id. After p07, p08 (42).
        const NetworkDiff top_two = diff_networks(path(13), path(14), options);
        CHECK(ids_of(top_two.brokers_before) == Ids{"p07", "p06"});
        CHECK(ids_of(top_two.brokers_after) == Ids{"p07", "p08"});
        REQUIRE(ids_of(top_two.brokers_dropped_out) == Ids{"p06"});
        CHECK(top_two.brokers_dropped_out[0].rank_after == std::size_t{3});
        CHECK(top_two.brokers_dropped_out[0].fate == BrokerFate::FellInRank);
    }
    SECTION("a list of no brokers is refused") {
        NetworkDiffOptions options;
        options.broker_top = 0;
        REQUIRE_THROWS_AS(diff_networks(path(3), path(3), options), InvalidArgument);
    }
}

TEST_CASE("network diff: a broker with ties after but betweenness 0 no longer brokers",
          "[network_diff]") {
    //   before: star around b          after: b a leaf of the path a - c - d
    //     a   c                           a - c - d - b
    //      \ /                          (c and d are the brokers now)
    //       b - d
    // b before: all 3 pairs of leaves, normalised 3/3 = 1. After b scores 0.
    const std::vector<ActorSpec> abcd = plain({"a", "b", "c", "d"});
    const NetworkDiff diff = diff_networks(build(abcd, {{"a", "b"}, {"b", "c"}, {"b", "d"}}),
                                           build(abcd, {{"a", "c"}, {"c", "d"}, {"d", "b"}}));
    REQUIRE(ids_of(diff.brokers_dropped_out) == Ids{"b"});
    CHECK(diff.brokers_dropped_out[0].betweenness_before == Approx(1.0));
    CHECK_FALSE(diff.brokers_dropped_out[0].rank_after);
    REQUIRE(diff.brokers_dropped_out[0].betweenness_after);
    CHECK(*diff.brokers_dropped_out[0].betweenness_after == 0.0);
    CHECK(diff.brokers_dropped_out[0].fate == BrokerFate::NoLongerBrokers);
    CHECK(ids_of(diff.brokers_after) == Ids{"c", "d"});
    // Star: centralisation 1; path of 4: degrees 1 2 2 1, (1+0+0+1)/(3·2) = 1/3.
    CHECK(diff.before.centralization == Approx(1.0));
    CHECK(diff.after.centralization == Approx(1.0 / 3.0));
    // Of the star's a-b, b-c, b-d only b-d is in the path.
    CHECK(diff.ties.kept == Pairs{{"b", "d"}});
    CHECK(*diff.tie_persistence == Approx(1.0 / 3.0));
}

TEST_CASE("network diff: of three brokers out of the top 3, only the gone one left",
          "[network_diff]") {
    // before: the path u - l - f - s - v       after: the path u - x - y - z - w - f - s
    // A path of n actors: the actor at position i (0-based) lies on i·(n-1-i) shortest
    // paths. Before (n = 5): l 3, f 4, s 3, so f rank 1, l rank 2, s rank 3 (l before s by
    // id). After (n = 7): x 5, y 8, z 9, w 8, f 5, s 0, so z 1, w 2, y 3 (w before y by id),
    // f 4, x 5.
    //   l is gone after                        -> LeftNetwork
    //   f still brokers, rank 1 -> rank 4      -> FellInRank
    //   s still has its tie to f, but is a leaf -> NoLongerBrokers
    NetworkDiffOptions top_three;
    top_three.broker_top = 3;
    const Network before =
        build(plain({"u", "l", "f", "s", "v"}), {{"u", "l"}, {"l", "f"}, {"f", "s"}, {"s", "v"}});
    const Network after =
        build(plain({"u", "x", "y", "z", "w", "f", "s"}),
              {{"u", "x"}, {"x", "y"}, {"y", "z"}, {"z", "w"}, {"w", "f"}, {"f", "s"}});
    const NetworkDiff diff = diff_networks(before, after, top_three);
    CHECK(ids_of(diff.brokers_before) == Ids{"f", "l", "s"});
    CHECK(ids_of(diff.brokers_after) == Ids{"z", "w", "y"});
    REQUIRE(ids_of(diff.brokers_dropped_out) == Ids{"f", "l", "s"});

    const DroppedBroker& f = diff.brokers_dropped_out[0];
    CHECK(f.fate == BrokerFate::FellInRank);
    CHECK(f.rank_before == 1);
    CHECK(f.betweenness_before == Approx(4.0 / 6.0));  // normalised by (n-1)(n-2)/2 = 6
    CHECK(f.rank_after == std::size_t{4});
    REQUIRE(f.betweenness_after);
    CHECK(*f.betweenness_after == Approx(5.0 / 15.0));  // (n-1)(n-2)/2 = 15

    const DroppedBroker& l = diff.brokers_dropped_out[1];
    CHECK(l.fate == BrokerFate::LeftNetwork);
    CHECK(l.rank_before == 2);
    CHECK_FALSE(l.rank_after);
    CHECK_FALSE(l.betweenness_after);

    const DroppedBroker& s = diff.brokers_dropped_out[2];
    CHECK(s.fate == BrokerFate::NoLongerBrokers);
    CHECK(s.rank_before == 3);
    CHECK_FALSE(s.rank_after);
    REQUIRE(s.betweenness_after);
    CHECK(*s.betweenness_after == 0.0);

    SECTION("an actor kept without any tie has left the network too") {
        // l is still listed after, but alone (only a self-tie, which the adjacency drops).
        const Network with_isolate = build(
            plain({"u", "x", "y", "z", "w", "f", "s", "l"}),
            {{"u", "x"}, {"x", "y"}, {"y", "z"}, {"z", "w"}, {"w", "f"}, {"f", "s"}, {"l", "l"}});
        const NetworkDiff isolated = diff_networks(before, with_isolate, top_three);
        REQUIRE(ids_of(isolated.brokers_dropped_out) == Ids{"f", "l", "s"});
        CHECK(isolated.actors.kept == Ids{"f", "l", "s", "u"});
        const DroppedBroker& alone = isolated.brokers_dropped_out[1];
        CHECK(alone.fate == BrokerFate::LeftNetwork);
        CHECK_FALSE(alone.rank_after);
        REQUIRE(alone.betweenness_after);  // an actor after, brokering nothing
        CHECK(*alone.betweenness_after == 0.0);
        CHECK(isolated.brokers_dropped_out[0].fate == BrokerFate::FellInRank);
        CHECK(isolated.brokers_dropped_out[2].fate == BrokerFate::NoLongerBrokers);
    }
}

TEST_CASE("network diff: degenerate states", "[network_diff]") {
    const Network triangle = build({{"a", "municipality"}, {"b", "business"}, {"c", "business"}},
                                   {{"a", "b"}, {"b", "c"}, {"a", "c"}});

    SECTION("an empty network before: everything is new, no persistence is defined") {
        const NetworkDiff diff = diff_networks(Network{}, triangle);
        CHECK(diff.actors.kept.empty());
        CHECK(diff.actors.added == Ids{"a", "b", "c"});
        CHECK(diff.ties.added.size() == 3);
        CHECK_FALSE(diff.tie_persistence);
        CHECK(diff.cross_sector_before == 0);
        CHECK_FALSE(diff.cross_sector_persistence);
        CHECK(diff.brokers_before.empty());
        CHECK(diff.brokers_dropped_out.empty());
        CHECK(diff.before.actors == 0);
        CHECK(diff.before.density == 0.0);
        CHECK(diff.before.components == 0);
        CHECK(std::isnan(diff.before.centralization));  // n <= 2: undefined
        CHECK(std::isnan(diff.before.modularity));      // no ties: undefined
        CHECK(diff.after.density == 1.0);
    }
    SECTION("identical networks: everything kept, persistence 1, no change") {
        const NetworkDiff diff = diff_networks(triangle, triangle);
        CHECK(diff.actors.kept.size() == 3);
        CHECK(diff.actors.lost.empty());
        CHECK(diff.actors.added.empty());
        CHECK(diff.ties.kept.size() == 3);
        CHECK(diff.ties.lost.empty());
        CHECK(diff.tie_persistence == 1.0);
        // Cross-sector: a-b and a-c (b-c are both business).
        CHECK(diff.cross_sector_before == 2);
        CHECK(diff.cross_sector_persistence == 1.0);
        CHECK(diff.brokers_before.empty());  // nobody lies between two others
        CHECK(diff.before.density == diff.after.density);
        CHECK(diff.before.modularity == diff.after.modularity);
        CHECK(diff.before.centralization == 0.0);
    }
    SECTION("disjoint actor sets: nothing kept, every broker gone") {
        const Network other = build(plain({"x", "y", "z"}), {{"x", "y"}, {"y", "z"}});
        const NetworkDiff diff = diff_networks(other, triangle);
        CHECK(diff.actors.kept.empty());
        CHECK(diff.actors.lost == Ids{"x", "y", "z"});
        CHECK(diff.actors.added == Ids{"a", "b", "c"});
        CHECK(diff.ties.lost == Pairs{{"x", "y"}, {"y", "z"}});
        CHECK(diff.tie_persistence == 0.0);
        CHECK(diff.cross_sector_before == 0);  // x, y, z are all `other`
        CHECK_FALSE(diff.cross_sector_persistence);
        REQUIRE(ids_of(diff.brokers_dropped_out) == Ids{"y"});
        CHECK_FALSE(diff.brokers_dropped_out[0].betweenness_after);
        CHECK(diff.brokers_dropped_out[0].fate == BrokerFate::LeftNetwork);
    }
    SECTION("a network without ties compared with itself") {
        const Network isolates = build(plain({"a", "b"}), {});
        const NetworkDiff diff = diff_networks(isolates, isolates);
        CHECK(diff.actors.kept == Ids{"a", "b"});
        CHECK_FALSE(diff.tie_persistence);
        CHECK(diff.before.components == 2);
        CHECK(std::isnan(diff.after.modularity));
    }
}

TEST_CASE("network diff: periods are read from the command line forms", "[network_diff]") {
    const auto date = [](const char* text) { return PartialDate::parse(text); };
    const Period years = parse_period("2003-2008");
    CHECK(years.since == date("2003"));
    CHECK(years.until == date("2008"));
    const Period months = parse_period("2015-04-2018-12");
    CHECK(months.since == date("2015-04"));
    CHECK(months.until == date("2018-12"));
    const Period days = parse_period("2016-04-01-2017-09-30");
    CHECK(days.since == date("2016-04-01"));
    CHECK(days.until == date("2017-09-30"));
    const Period open_end = parse_period("2015-");
    CHECK(open_end.since == date("2015"));
    CHECK_FALSE(open_end.until);
    const Period open_start = parse_period("-2008");
    CHECK_FALSE(open_start.since);
    CHECK(open_start.until == date("2008"));
    const Period one_year = parse_period("2016");
    CHECK(one_year.since == date("2016"));
    CHECK(one_year.until == date("2016"));
    const Period one_month = parse_period("2016-04");  // April 2016, not 2016 to "04"
    CHECK(one_month.since == date("2016-04"));
    CHECK(one_month.until == date("2016-04"));

    REQUIRE_THROWS_AS(parse_period("2008-2003"), InvalidArgument);
    REQUIRE_THROWS_AS(parse_period(""), InvalidArgument);
    REQUIRE_THROWS_AS(parse_period("-"), InvalidArgument);
    REQUIRE_THROWS_AS(parse_period("03-08"), InvalidArgument);
    REQUIRE_THROWS_AS(parse_period("2003 to 2008"), InvalidArgument);
}

TEST_CASE("network diff: the result does not depend on the thread count", "[network_diff]") {
    const NetworkDiff a = diff_networks(path(13), path(14), {}, {.threads = 1});
    const NetworkDiff b = diff_networks(path(13), path(14), {}, {.threads = 4});
    REQUIRE(a.brokers_after.size() == b.brokers_after.size());
    for (std::size_t i = 0; i < a.brokers_after.size(); ++i) {
        CHECK(a.brokers_after[i].id == b.brokers_after[i].id);
        CHECK(a.brokers_after[i].betweenness == b.brokers_after[i].betweenness);
    }
    CHECK(a.after.modularity == b.after.modularity);
}
