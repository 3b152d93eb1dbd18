#include "core/filter.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace coopnet;

namespace {

// Four actors, four explicit ties and two projects:
//
//   a (municipality) --steering 2, 2003..2005-- b (business)
//   a --steering 5, since 2007 (open)---------- d (business)
//   b --cooperation 3, 2010------------------- c (civil_society)
//   c --cooperation 4, undated---------------- d
//   p1 = {a, b, c}, 2004..2006          p2 = {b, d}, undated
Network sample() {
    NetworkBuilder builder;
    builder.set_name("filter sample");
    const auto add_actor = [&](const char* id, const char* sector) {
        Actor a;
        a.id = id;
        a.sector = sector;
        builder.add_actor(a);
    };
    add_actor("a", "municipality");
    add_actor("b", "business");
    add_actor("c", "civil_society");
    add_actor("d", "business");
    const auto add_tie = [&](const char* s, const char* t, double w, const char* kind,
                             const char* since, const char* until) {
        TieRecord tie;
        tie.source = s;
        tie.target = t;
        tie.weight = w;
        tie.kind = kind;
        if (since) tie.period.since = PartialDate::parse(since);
        if (until) tie.period.until = PartialDate::parse(until);
        builder.add_tie(tie);
    };
    add_tie("a", "b", 2, "steering", "2003", "2005");
    add_tie("a", "d", 5, "steering", "2007", nullptr);
    add_tie("b", "c", 3, "cooperation", "2010", "2010");
    add_tie("c", "d", 4, "cooperation", nullptr, nullptr);
    ProjectRecord p1;
    p1.id = "p1";
    p1.period.since = PartialDate::parse("2004");
    p1.period.until = PartialDate::parse("2006");
    builder.add_project(p1);
    ProjectRecord p2;
    p2.id = "p2";
    builder.add_project(p2);
    for (const char* id : {"a", "b", "c"}) builder.add_membership("p1", id);
    for (const char* id : {"b", "d"}) builder.add_membership("p2", id);
    return builder.build();
}

std::vector<std::string> tie_kinds_and_ends(const Network& network) {
    std::vector<std::string> out;
    for (const TieRef& tie : network.ties()) {
        out.push_back(network.actor(tie.source).id + "-" + network.actor(tie.target).id + " " +
                      tie.kind);
    }
    return out;
}

std::vector<std::string> project_ids(const Network& network) {
    std::vector<std::string> out;
    for (const Project& project : network.projects()) out.push_back(project.id);
    return out;
}

std::optional<PartialDate> date(const char* text) { return PartialDate::parse(text); }

}  // namespace

TEST_CASE("filter: an empty filter returns the same network", "[filter]") {
    const Network network = sample();
    const NetworkFilter none;
    CHECK(none.empty());
    const Network same = filter_network(network, none);
    CHECK(same == network);
    CHECK(same.adjacency().tie_count() == network.adjacency().tie_count());
}

TEST_CASE("filter: a period keeps the ties and projects that overlap it", "[filter]") {
    const Network network = sample();
    NetworkFilter filter;
    filter.from = date("2006");
    filter.to = date("2008");
    CHECK_FALSE(filter.empty());
    const Network kept = filter_network(network, filter);
    // a-b ends 2005-12-31 (before), b-c begins 2010 (after); a-d (open end from 2007)
    // and c-d (undated) overlap; p1 (to 2006) and p2 (undated) overlap.
    CHECK(tie_kinds_and_ends(kept) == std::vector<std::string>{"a-d steering", "c-d cooperation"});
    CHECK(project_ids(kept) == std::vector<std::string>{"p1", "p2"});
    CHECK(kept.actor_count() == 4);  // a period filter keeps every actor
    CHECK(kept.name() == "filter sample");
}

TEST_CASE("filter: a year in the filter means all of that year", "[filter]") {
    const Network network = sample();
    NetworkFilter december;
    december.from = date("2005-12");
    december.to = date("2005-12");
    // a-b runs until 2005, that is until 2005-12-31; p1 runs 2004..2006.
    CHECK(tie_kinds_and_ends(filter_network(network, december)) ==
          std::vector<std::string>{"a-b steering", "c-d cooperation"});
    NetworkFilter new_year;
    new_year.from = date("2006-01-01");
    new_year.to = date("2006-01-01");
    CHECK(tie_kinds_and_ends(filter_network(network, new_year)) ==
          std::vector<std::string>{"c-d cooperation"});
    // A filter ending in the year a tie begins keeps it: to = 2010 reaches b-c.
    NetworkFilter only_to;
    only_to.to = date("2010");
    CHECK(tie_kinds_and_ends(filter_network(network, only_to)) ==
          std::vector<std::string>{"a-b steering", "a-d steering", "b-c cooperation",
                                   "c-d cooperation"});
    only_to.to = date("2002");
    CHECK(tie_kinds_and_ends(filter_network(network, only_to)) ==
          std::vector<std::string>{"c-d cooperation"});
    CHECK(project_ids(filter_network(network, only_to)) == std::vector<std::string>{"p2"});
}

TEST_CASE("filter: an open start keeps everything that has not ended", "[filter]") {
    NetworkFilter filter;
    filter.from = date("2009");
    const Network kept = filter_network(sample(), filter);
    CHECK(tie_kinds_and_ends(kept) ==
          std::vector<std::string>{"a-d steering", "b-c cooperation", "c-d cooperation"});
    CHECK(project_ids(kept) == std::vector<std::string>{"p2"});
}

TEST_CASE("filter: kinds match exactly, projects by project or project:<id>", "[filter]") {
    const Network network = sample();
    NetworkFilter steering;
    steering.kinds = {"steering"};
    const Network a = filter_network(network, steering);
    CHECK(tie_kinds_and_ends(a) == std::vector<std::string>{"a-b steering", "a-d steering"});
    CHECK(a.projects().empty());

    NetworkFilter projects;
    projects.kinds = {"project"};
    const Network b = filter_network(network, projects);
    CHECK(b.ties().empty());
    CHECK(project_ids(b) == std::vector<std::string>{"p1", "p2"});

    NetworkFilter one_project;
    one_project.kinds = {"project:p2"};
    const Network c = filter_network(network, one_project);
    CHECK(c.ties().empty());
    CHECK(project_ids(c) == std::vector<std::string>{"p2"});
    // Only p2's pair b-d remains in the adjacency.
    CHECK(c.adjacency().tie_count() == 1);

    NetworkFilter mixed;
    mixed.kinds = {"cooperation", "project:p1"};
    const Network d = filter_network(network, mixed);
    CHECK(tie_kinds_and_ends(d) == std::vector<std::string>{"b-c cooperation", "c-d cooperation"});
    CHECK(project_ids(d) == std::vector<std::string>{"p1"});

    NetworkFilter no_match;
    no_match.kinds = {"Steering", "project:P1"};  // case matters
    const Network e = filter_network(network, no_match);
    CHECK(e.ties().empty());
    CHECK(e.projects().empty());
    CHECK(e.actor_count() == 4);
}

TEST_CASE("filter: sectors drop actors with their ties and renumber the rest", "[filter]") {
    NetworkFilter filter;
    filter.sectors = {"business", "civil_society"};
    const Network kept = filter_network(sample(), filter);
    REQUIRE(kept.actor_count() == 3);
    CHECK(kept.actor(0).id == "b");
    CHECK(kept.actor(1).id == "c");
    CHECK(kept.actor(2).id == "d");
    CHECK(kept.find("b") == NodeId{0});
    CHECK(kept.find("d") == NodeId{2});
    CHECK_FALSE(kept.find("a").has_value());
    CHECK(tie_kinds_and_ends(kept) ==
          std::vector<std::string>{"b-c cooperation", "c-d cooperation"});
    REQUIRE(kept.projects().size() == 2);
    CHECK(kept.projects()[0].members == std::vector<NodeId>{0, 1});  // p1 without a
    CHECK(kept.projects()[1].members == std::vector<NodeId>{0, 2});  // p2 = b, d
    // Adjacency: b-c 3 + p1 1 = 4, c-d 4, b-d p2 1.
    const CsrGraph& g = kept.adjacency().out();
    CHECK(kept.adjacency().tie_count() == 3);
    CHECK(std::vector<NodeId>(g.neighbours_of(0).begin(), g.neighbours_of(0).end()) ==
          std::vector<NodeId>{1, 2});
    CHECK(std::vector<double>(g.weights_of(0).begin(), g.weights_of(0).end()) ==
          std::vector<double>{4.0, 1.0});
    CHECK(std::vector<double>(g.weights_of(1).begin(), g.weights_of(1).end()) ==
          std::vector<double>{4.0, 4.0});

    NetworkFilter nobody;
    nobody.sectors = {"foundation"};
    const Network none = filter_network(sample(), nobody);
    CHECK(none.actor_count() == 0);
    CHECK(none.ties().empty());
    CHECK(none.adjacency().tie_count() == 0);
    for (const Project& project : none.projects()) CHECK(project.members.empty());
}

TEST_CASE("filter: all criteria apply together", "[filter]") {
    NetworkFilter filter;
    filter.sectors = {"business", "civil_society"};
    filter.kinds = {"cooperation"};
    filter.from = date("2011");
    const Network kept = filter_network(sample(), filter);
    CHECK(tie_kinds_and_ends(kept) == std::vector<std::string>{"c-d cooperation"});
    CHECK(kept.projects().empty());
}

TEST_CASE("filter: the projection weighting survives filtering", "[filter]") {
    const Network newman = sample().with_projection_weighting(ProjectionWeighting::Newman);
    NetworkFilter filter;
    filter.kinds = {"project"};
    const Network kept = filter_network(newman, filter);
    CHECK(kept.projection_weighting() == ProjectionWeighting::Newman);
    // a-b only through p1 (3 members): 1/2.
    const CsrGraph& g = kept.adjacency().out();
    CHECK(g.weights_of(0)[0] == Approx(0.5));
}

TEST_CASE("filter: a period that begins after it ends is refused", "[filter]") {
    NetworkFilter filter;
    filter.from = date("2009");
    filter.to = date("2008");
    CHECK_THROWS_AS(filter_network(sample(), filter), InvalidArgument);
    filter.from = date("2008-01-02");
    filter.to = date("2008-01-01");
    CHECK_THROWS_AS(filter_network(sample(), filter), InvalidArgument);
    // A month inside the to-year is not reversed: 2008-05 lies within 2008.
    filter.from = date("2008-05");
    filter.to = date("2008");
    CHECK_NOTHROW(filter_network(sample(), filter));
}
