#include "analysis/time/timeline.hpp"

#include <catch2/catch.hpp>

#include "core/error.hpp"

using namespace coopnet;

namespace {

/// Ties with periods between actors named by letters.
Network dated(const std::vector<std::tuple<int, int, std::string, std::string>>& ties_given) {
    std::vector<Actor> actors;
    for (const char* id : {"a", "b", "c", "d"}) {
        Actor actor;
        actor.id = id;
        actors.push_back(actor);
    }
    actors[0].sector = "municipality";
    actors[1].sector = "business";
    std::vector<Tie> ties;
    for (const auto& [u, v, since, until] : ties_given) {
        Tie tie;
        tie.source = static_cast<NodeId>(u);
        tie.target = static_cast<NodeId>(v);
        tie.period.since = PartialDate::parse(since);
        if (!until.empty()) tie.period.until = PartialDate::parse(until);
        ties.push_back(tie);
    }
    return make_network("dated", false, std::move(actors), std::move(ties), {});
}

}  // namespace

//   2003: a-b        2004: a-b, b-c        2005: c-d
TEST_CASE("timeline: actors, ties and change per year", "[timeline]") {
    const Network network = dated({{0, 1, "2003", "2004"}, {1, 2, "2004", "2004"},
                                   {2, 3, "2005-06", ""}});
    const Timeline t = timeline(network);
    REQUIRE(t.steps.size() == 3);
    CHECK(t.steps[0].label == "2003");
    CHECK(t.steps[0].measures.actors == 2);
    CHECK(t.steps[0].measures.ties == 1);
    CHECK(t.steps[0].measures.density == Approx(1.0));
    CHECK_FALSE(t.steps[0].ties_kept);
    CHECK(t.steps[0].sides_present == 1);  // municipality–business
    CHECK(t.steps[0].sides[0] != SideStatus::Missing);
    CHECK(t.steps[1].measures.actors == 3);
    CHECK(t.steps[1].measures.ties == 2);
    CHECK(t.steps[1].measures.density == Approx(2.0 / 3.0));
    CHECK(*t.steps[1].ties_kept == 1);
    CHECK(*t.steps[1].ties_lost == 0);
    CHECK(*t.steps[1].ties_new == 1);
    CHECK(t.steps[2].measures.actors == 2);
    CHECK(*t.steps[2].ties_kept == 0);
    CHECK(*t.steps[2].ties_lost == 2);
    CHECK(*t.steps[2].ties_new == 1);
    CHECK(t.steps[2].sides_present == 0);
    // Two steps agree with `coopnet diff --periods 2004 2005`.
    const NetworkDiff diff = diff_periods(network, parse_period("2004"), parse_period("2005"));
    CHECK(diff.ties.kept.size() == *t.steps[2].ties_kept);
    CHECK(diff.ties.lost.size() == *t.steps[2].ties_lost);
    CHECK(diff.after.density == t.steps[2].measures.density);
}

TEST_CASE("timeline: quarters, explicit years, nothing dated, and bad ranges", "[timeline]") {
    const Network network = dated({{0, 1, "2003-05", "2003-05"}, {1, 2, "2003-07-01", "2003-07-01"}});
    TimelineOptions options;
    options.step = TimelineStep::Quarter;
    const Timeline t = timeline(network, options);
    REQUIRE(t.steps.size() == 4);
    CHECK(t.steps[1].label == "2003-Q2");
    CHECK(t.steps[0].measures.ties == 0);
    CHECK(t.steps[1].measures.ties == 1);  // May is in April–June
    CHECK(t.steps[2].measures.ties == 1);  // 1 July in July–September
    CHECK(*t.steps[2].ties_lost == 1);
    CHECK(t.steps[3].measures.actors == 0);

    options.step = TimelineStep::Year;
    options.from = 2001;
    options.to = 2004;
    CHECK(timeline(network, options).steps.size() == 4);
    options.from = 2005;
    CHECK_THROWS_AS(timeline(network, options), InvalidArgument);

    const Network undated = dated({{0, 1, "", ""}});
    CHECK(timeline(undated).steps.empty());
    CHECK_FALSE(dated_years(undated));
}
