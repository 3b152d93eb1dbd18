#include "core/network.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace coopnet;

namespace {

Actor actor(const char* id, const char* sector = "other") {
    Actor a;
    a.id = id;
    a.sector = sector;
    return a;
}

TieRecord tie(const char* source, const char* target, double weight = 1.0, const char* kind = "") {
    TieRecord t;
    t.source = source;
    t.target = target;
    t.weight = weight;
    t.kind = kind;
    return t;
}

ProjectRecord project(const char* id, const char* since = nullptr, const char* until = nullptr) {
    ProjectRecord p;
    p.id = id;
    if (since) p.period.since = PartialDate::parse(since);
    if (until) p.period.until = PartialDate::parse(until);
    return p;
}

SourceLocation at(const char* file, std::size_t line, std::size_t column = 0) {
    return SourceLocation{file, line, column};
}

/// The weight stored for u-v in a CSR row, or 0 when there is no such neighbour.
double weight_of(const CsrGraph& graph, NodeId u, NodeId v) {
    const auto nbrs = graph.neighbours_of(u);
    const auto it = std::find(nbrs.begin(), nbrs.end(), v);
    if (it == nbrs.end()) return 0.0;
    return graph.weights_of(u)[static_cast<std::size_t>(it - nbrs.begin())];
}

// Two projects over five actors plus one explicit tie:
//
//   p1 = {a, b, c}        p2 = {b, c, d, e}        p3 = {e} (alone: induces nothing)
//
//        a ===2=== b        explicit tie a-b, weight 2, kind "steering"
//         \ p1   / | \      .
//          \   /  |   \     .
//            c --p2-- d     .
//             \   |  /      .
//              '- e -'      (p2 joins every pair of b, c, d, e)
//
// Shared projects: a-b 2+1 = 3, a-c 1, b-c 1+1 = 2, b-d = b-e = c-d = c-e = d-e = 1.
// Newman (1/(n-1)): p1 gives 1/2 per pair, p2 gives 1/3 per pair, so
//   a-b 2 + 1/2 = 2.5, a-c 1/2, b-c 1/2 + 1/3 = 5/6, b-d = b-e = c-d = c-e = d-e = 1/3.
NetworkBuilder two_project_builder(bool directed) {
    NetworkBuilder builder;
    builder.set_name("hand");
    builder.set_directed(directed);
    for (const char* id : {"a", "b", "c", "d", "e"}) builder.add_actor(actor(id));
    builder.add_tie(tie("a", "b", 2.0, "steering"));
    builder.add_project(project("p1", "2003", "2008"));
    builder.add_project(project("p2", "2015-04", "2018-12"));
    builder.add_project(project("p3"));
    for (const char* id : {"a", "b", "c"}) builder.add_membership("p1", id);
    for (const char* id : {"b", "c", "d", "e"}) builder.add_membership("p2", id);
    builder.add_membership("p3", "e");
    return builder;
}

}  // namespace

TEST_CASE("network: the builder keeps actors, ties and projects in the order given", "[network]") {
    Network network = two_project_builder(false).build();
    CHECK(network.name() == "hand");
    CHECK_FALSE(network.directed());
    REQUIRE(network.actor_count() == 5);
    CHECK(network.actor(0).id == "a");
    CHECK(network.actor(4).id == "e");
    REQUIRE(network.ties().size() == 1);
    CHECK(network.ties()[0].source == 0);
    CHECK(network.ties()[0].target == 1);
    CHECK(network.ties()[0].kind == "steering");
    REQUIRE(network.projects().size() == 3);
    CHECK(network.projects()[0].members == std::vector<NodeId>{0, 1, 2});
    CHECK(network.projects()[1].members == std::vector<NodeId>{1, 2, 3, 4});
    CHECK(network.projects()[2].members == std::vector<NodeId>{4});
    CHECK(network.projects()[1].period.since == PartialDate{2015, 4, 0});
}

TEST_CASE("network: find maps ids to indices and nothing else", "[network]") {
    const Network network = two_project_builder(false).build();
    CHECK(network.find("a") == NodeId{0});
    CHECK(network.find("d") == NodeId{3});
    CHECK_FALSE(network.find("z").has_value());
    CHECK_FALSE(network.find("").has_value());
    CHECK_FALSE(network.find("A").has_value());  // ids are case sensitive
    CHECK_FALSE(Network{}.find("a").has_value());
}

TEST_CASE("network: an actor without a sector is other", "[network]") {
    NetworkBuilder builder;
    builder.add_actor(actor("x", ""));
    const Network network = builder.build();
    CHECK(network.actor(0).sector == "other");
    CHECK(network.actor(0).display_name() == "x");  // empty label falls back to the id
}

TEST_CASE("network: projection counts shared projects and merges them with ties", "[network]") {
    const Network network = two_project_builder(false).build();
    CHECK(network.projection_weighting() == ProjectionWeighting::SharedProjects);
    const auto projected = network.projected_ties();
    // p1: 3 pairs, p2: 6 pairs, p3: none.
    REQUIRE(projected.size() == 9);
    CHECK(std::count_if(projected.begin(), projected.end(),
                        [](const TieRef& t) { return t.kind == "project:p1"; }) == 3);
    CHECK(std::count_if(projected.begin(), projected.end(),
                        [](const TieRef& t) { return t.kind == "project:p2"; }) == 6);
    for (const TieRef& t : projected) {
        CHECK(t.weight == 1.0);
        if (t.kind == "project:p2") CHECK(t.period.until == PartialDate{2018, 12, 0});
    }
    const Adjacency& adj = network.adjacency();
    CHECK(adj.tie_count() == 8);  // a-b a-c b-c b-d b-e c-d c-e d-e
    const CsrGraph& g = adj.out();
    CHECK(weight_of(g, 0, 1) == 3.0);
    CHECK(weight_of(g, 1, 0) == 3.0);
    CHECK(weight_of(g, 0, 2) == 1.0);
    CHECK(weight_of(g, 1, 2) == 2.0);
    CHECK(weight_of(g, 1, 3) == 1.0);
    CHECK(weight_of(g, 3, 4) == 1.0);
    CHECK(weight_of(g, 0, 3) == 0.0);  // a and d share nothing
}

TEST_CASE("network: Newman weighting gives 1/(members-1) per project", "[network]") {
    NetworkBuilder builder = two_project_builder(false);
    builder.set_projection_weighting(ProjectionWeighting::Newman);
    const Network network = builder.build();
    const CsrGraph& g = network.adjacency().out();
    CHECK(weight_of(g, 0, 1) == Approx(2.5));
    CHECK(weight_of(g, 0, 2) == Approx(0.5));
    CHECK(weight_of(g, 1, 2) == Approx(5.0 / 6.0));
    for (const auto& [u, v] :
         std::vector<std::pair<NodeId, NodeId>>{{1, 3}, {1, 4}, {2, 3}, {2, 4}, {3, 4}}) {
        CHECK(weight_of(g, u, v) == Approx(1.0 / 3.0));
        CHECK(weight_of(g, v, u) == Approx(1.0 / 3.0));
    }
    // Switching back reproduces the shared-project counts; ties and projects are unchanged.
    const Network shared = network.with_projection_weighting(ProjectionWeighting::SharedProjects);
    CHECK(shared.projection_weighting() == ProjectionWeighting::SharedProjects);
    CHECK(weight_of(shared.adjacency().out(), 1, 2) == 2.0);
    CHECK(shared.ties().size() == network.ties().size());
    CHECK(shared.projects().size() == network.projects().size());
    const Network back = shared.with_projection_weighting(ProjectionWeighting::Newman);
    CHECK(weight_of(back.adjacency().out(), 1, 2) == Approx(5.0 / 6.0));
}

TEST_CASE("network: a directed network gets both arcs of a co-membership", "[network]") {
    const Network network = two_project_builder(true).build();
    CHECK(network.directed());
    CHECK(network.projected_ties().size() == 18);
    const Adjacency& adj = network.adjacency();
    // Ordered pairs: 8 projected pairs in both directions = 16; a->b already among them.
    CHECK(adj.tie_count() == 16);
    CHECK(weight_of(adj.out(), 0, 1) == 3.0);  // explicit 2 + p1 arc 1
    CHECK(weight_of(adj.out(), 1, 0) == 1.0);  // p1 arc only
    CHECK(weight_of(adj.in(), 1, 0) == 3.0);
    CHECK(weight_of(adj.undirected(), 0, 1) == 4.0);  // a_ab + a_ba = 3 + 1
}

TEST_CASE("network: repeated memberships count once and self-ties stay out of the adjacency",
          "[network]") {
    NetworkBuilder builder;
    builder.add_actor(actor("a"));
    builder.add_actor(actor("b"));
    builder.add_tie(tie("a", "a", 5.0, "self"));
    builder.add_tie(tie("a", "b", 1.0, "x"));
    builder.add_tie(tie("b", "a", 0.5, "y"));  // parallel tie, other kind: kept
    builder.add_project(project("p"));
    builder.add_membership("p", "a");
    builder.add_membership("p", "b");
    builder.add_membership("p", "a");
    const Network network = builder.build();
    CHECK(network.ties().size() == 3);
    CHECK(network.ties()[0].is_self_tie());
    CHECK(network.projects()[0].members == std::vector<NodeId>{0, 1});
    CHECK(network.adjacency().tie_count() == 1);
    CHECK(weight_of(network.adjacency().out(), 0, 1) == 2.5);  // 1 + 0.5 + 1 (p)
    CHECK(weight_of(network.adjacency().out(), 0, 0) == 0.0);
}

TEST_CASE("network: the builder reports every problem at once with its location", "[network]") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    NetworkBuilder builder;
    builder.add_actor(actor("a"), at("actors.csv", 2));
    builder.add_actor(actor("b"), at("actors.csv", 3));
    builder.add_actor(actor("a"), at("actors.csv", 4));     // duplicate
    builder.add_actor(actor(""), at("actors.csv", 5));      // no id
    builder.add_tie(tie("a", "zz"), at("ties.csv", 2, 3));  // unknown target
    builder.add_tie(tie("a", "b", 0.0), at("ties.csv", 3));
    builder.add_tie(tie("a", "b", -1.0), at("ties.csv", 4));
    builder.add_tie(tie("a", "b", nan), at("ties.csv", 5));
    builder.add_tie(tie("a", "b", inf), at("ties.csv", 6));
    TieRecord reversed = tie("a", "b");
    reversed.period.since = PartialDate{2005, 0, 0};
    reversed.period.until = PartialDate{2004, 0, 0};
    builder.add_tie(reversed, at("ties.csv", 7));
    builder.add_tie(tie("x", "y"), at("ties.csv", 8));       // two unknown ends
    builder.add_tie(tie("a", "b", 2.0), at("ties.csv", 9));  // fine
    builder.add_project(project("p", "2009", "2008"), at("projects.csv", 2));
    builder.add_project(project("p"), at("projects.csv", 3));  // duplicate
    builder.add_project(project(""), at("projects.csv", 4));
    builder.add_membership("q", "a", at("memberships.csv", 2));
    builder.add_membership("p", "nobody", at("memberships.csv", 3));
    builder.add_membership("q", "nobody", at("memberships.csv", 4));
    builder.add_membership("p", "b", at("memberships.csv", 5));  // fine
    builder.report(at("ties.csv", 10, 7), "weight 'abc' is not a number");

    bool thrown = false;
    try {
        (void)builder.build();
    } catch (const InputError& error) {
        thrown = true;
        const auto& problems = error.problems();
        const auto count_at = [&](const char* file, std::size_t line, const char* word) {
            return std::count_if(problems.begin(), problems.end(), [&](const Diagnostic& d) {
                return d.where.file == file && d.where.line == line &&
                       d.message.find(word) != std::string::npos;
            });
        };
        CHECK(count_at("actors.csv", 4, "duplicate actor id 'a'") == 1);
        CHECK(count_at("actors.csv", 5, "without an id") == 1);
        CHECK(count_at("ties.csv", 2, "'zz'") == 1);
        CHECK(count_at("ties.csv", 3, "finite number > 0") == 1);
        CHECK(count_at("ties.csv", 4, "-1") == 1);
        CHECK(count_at("ties.csv", 5, "nan") == 1);
        CHECK(count_at("ties.csv", 6, "inf") == 1);
        CHECK(count_at("ties.csv", 7, "2005") == 1);
        CHECK(count_at("ties.csv", 8, "source 'x'") == 1);
        CHECK(count_at("ties.csv", 8, "target 'y'") == 1);
        CHECK(count_at("ties.csv", 9, "") == 0);
        CHECK(count_at("projects.csv", 2, "2009") == 1);
        CHECK(count_at("projects.csv", 3, "duplicate project id 'p'") == 1);
        CHECK(count_at("projects.csv", 4, "without an id") == 1);
        CHECK(count_at("memberships.csv", 2, "unknown project 'q'") == 1);
        CHECK(count_at("memberships.csv", 3, "unknown actor 'nobody'") == 1);
        CHECK(count_at("memberships.csv", 4, "unknown") == 2);
        CHECK(count_at("memberships.csv", 5, "") == 0);
        CHECK(count_at("ties.csv", 10, "'abc'") == 1);
        // 2 actors + 8 ties (two for line 8) + 3 projects + 4 memberships + 1 reported.
        CHECK(problems.size() == 18);
        // The column survives into the message text: FILE:LINE:COL: message.
        const std::string what = error.what();
        CHECK(what.find("ties.csv:2:3: tie target 'zz' is not a known actor") != std::string::npos);
        CHECK(what.find("ties.csv:10:7: weight 'abc' is not a number") != std::string::npos);
        CHECK(std::count(what.begin(), what.end(), '\n') == 17);  // one problem per line
    }
    REQUIRE(thrown);
}

TEST_CASE("network: a clean builder has no problems and builds", "[network]") {
    NetworkBuilder builder = two_project_builder(false);
    CHECK(builder.problems().empty());
    CHECK(builder.has_actor("c"));
    CHECK_FALSE(builder.has_actor("z"));
    CHECK_NOTHROW(builder.build());
}

TEST_CASE("network: an empty builder builds the empty network", "[network]") {
    NetworkBuilder builder;
    const Network network = builder.build();
    CHECK(network.actor_count() == 0);
    CHECK(network.ties().empty());
    CHECK(network.projects().empty());
    CHECK(network.adjacency().node_count() == 0);
    CHECK(network.adjacency().tie_count() == 0);
}

TEST_CASE("network: make_network refuses repeated ids and indices out of range", "[network]") {
    std::vector<Actor> two{actor("a"), actor("b")};
    CHECK_NOTHROW(make_network("ok", false, two, {Tie{0, 1, 1.0, "", {}, {}}}));
    CHECK_THROWS_AS(make_network("dup", false, {actor("a"), actor("a")}, {}), InvalidArgument);
    CHECK_THROWS_AS(make_network("tie", false, two, {Tie{0, 2, 1.0, "", {}, {}}}), InvalidArgument);
    Project p;
    p.id = "p";
    p.members = {0, 5};
    CHECK_THROWS_AS(make_network("member", false, two, {}, {p}), InvalidArgument);
}

TEST_CASE("network: the projected tie kind is project:<id>", "[network]") {
    Project p;
    p.id = "biwaq_du";
    CHECK(projected_tie_kind(p) == "project:biwaq_du");
}

TEST_CASE("network: the error message is FILE:LINE:COL with unknown parts left out", "[network]") {
    const auto text = [](const char* file, std::size_t line, std::size_t column) {
        Diagnostic diagnostic;
        diagnostic.where.file = file;
        diagnostic.where.line = line;
        diagnostic.where.column = column;
        diagnostic.message = "bad";
        return diagnostic.to_string();
    };
    CHECK(text("a.csv", 3, 4) == "a.csv:3:4: bad");
    CHECK(text("a.csv", 3, 0) == "a.csv:3: bad");
    CHECK(text("a.csv", 0, 0) == "a.csv: bad");
    CHECK(text("", 0, 0) == "bad");
    const InputError single(SourceLocation{"x.csv", 1, 0}, "oops");
    CHECK(std::string(single.what()) == "x.csv:1: oops");
    REQUIRE(single.problems().size() == 1);
}

TEST_CASE("network builder: actors added unlooked-up are found afterwards, a repeat is refused",
          "[network]") {
    NetworkBuilder builder;
    CHECK(builder.add_new_actor("1") == 0);
    CHECK(builder.add_new_actor("2") == 1);
    CHECK(builder.actor_for("2") == 1);  // indexed at the first lookup
    CHECK(builder.actor_for("x") == 2);
    CHECK(builder.add_new_actor("3") == 3);
    builder.add_resolved_tie(Tie{0, 3, 2.0, {}, {}, {}});
    const Network network = builder.build();
    CHECK(network.find("3") == NodeId{3});
    CHECK(network.ties()[0].weight == 2.0);

    NetworkBuilder repeated;
    repeated.add_new_actor("1");
    repeated.add_new_actor("1");  // breaks the contract: caught at the next lookup
    CHECK_THROWS_AS(repeated.build(), InvalidArgument);
}
