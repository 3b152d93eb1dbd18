// The data of the actor profiles of the interactive map (viz/actor_profiles.hpp): values as
// the report shows them, competition ranks among all actors, roles, cut-offs and
// suggestions read from the analysis, and nulls where the analysis left a part out.
#include "viz/actor_profiles.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "analysis/network_analysis.hpp"
#include "core/error.hpp"
#include "tests/viz/viz_test_networks.hpp"
#include "viz/words.hpp"

using namespace coopnet;
using coopnet::viz_testing::build;
using json = nlohmann::json;

namespace {

/// The analysis the report makes: with communities and brokers and gaps.
NetworkAnalysis full_analysis(const Network& network) {
    NetworkAnalysisOptions options;
    options.communities = CommunityOptions{};
    options.brokers = BrokersAndGapsOptions{};
    return analyze_network(network, options);
}

/// The path a – b – c, three sectors; b's label is hostile.
///
///     a ---- b ---- c
///   (mun.) (bus.) (found.)
Network three_path() {
    return build({{"a", "municipality", "Stadt A"},
                  {"b", "business", "<script>alert(1)</script>"},
                  {"c", "foundation", "Stiftung C"}},
                 {{"a", "b"}, {"b", "c"}});
}

const json& measure(const json& actor, std::size_t index) { return actor.at("m").at(index); }

}  // namespace

TEST_CASE("actor profiles: the words come once, in the language asked for", "[actor_profiles]") {
    const Network network = three_path();
    const NetworkAnalysis analysis = full_analysis(network);
    const json de = actor_profiles_json(network, analysis, {0, 1, 2}, Language::German);
    const json en = actor_profiles_json(network, analysis, {0, 1, 2}, Language::English);

    const std::vector<std::string> keys{"degree",    "strength",   "betweenness",
                                        "closeness", "harmonic",   "eigenvector",
                                        "pagerank",  "clustering", "core"};
    REQUIRE(de.at("measures").size() == keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        CHECK(de["measures"][i]["key"] == keys[i]);
        CHECK_FALSE(de["measures"][i]["explain"].get<std::string>().empty());
    }
    CHECK(de["measures"][0]["name"] == "Partner (Grad)");
    CHECK(en["measures"][0]["name"] == "Degree");
    CHECK(de["measures"][0]["explain"] ==
          std::string(catalogue_text(Word::ProfileDegree, Language::German)));

    const std::vector<std::string> roles{"coordinator", "itinerant", "gatekeeper", "representative",
                                         "liaison"};
    REQUIRE(de.at("roles").size() == roles.size());
    for (std::size_t r = 0; r < roles.size(); ++r) CHECK(de["roles"][r]["key"] == roles[r]);
    CHECK(de["roles"][0]["name"] == "Koordinator");
    CHECK(en["roles"][4]["name"] == "Liaison");

    CHECK(de["rank"] == "{0}. von {1}");
    CHECK(en["rank"] == "{0} of {1}");
}

TEST_CASE("actor profiles: on a path the middle actor ranks first and cuts off one actor",
          "[actor_profiles]") {
    const Network network = three_path();
    const NetworkAnalysis analysis = full_analysis(network);
    const json de = actor_profiles_json(network, analysis, {0, 1, 2}, Language::German);
    const json& a = de["actors"][0];
    const json& b = de["actors"][1];
    const json& c = de["actors"][2];

    CHECK(b["id"] == "b");
    CHECK(b["label"] == "<script>alert(1)</script>");
    CHECK(b["sector"] == "Wirtschaft");
    CHECK(b["sectorKey"] == "business");

    // Degree 1, 2, 1: b first, a and c share rank 2.
    CHECK(measure(b, 0) == json::array({"2", 1}));
    CHECK(measure(a, 0) == json::array({"1", 2}));
    CHECK(measure(c, 0) == json::array({"1", 2}));
    // Strength with 2 decimals, betweenness normalised (b lies on the one path a – c).
    CHECK(measure(b, 1) == json::array({"2,00", 1}));
    CHECK(measure(b, 2) == json::array({"1,000", 1}));
    CHECK(measure(a, 2) == json::array({"0,000", 2}));
    // Closeness: a reaches 2 actors at distances 1 and 2, 2/3 with a decimal comma.
    CHECK(measure(a, 3) == json::array({"0,667", 2}));
    CHECK(measure(b, 3) == json::array({"1,000", 1}));
    // Core: everyone is in the 1-core: all share rank 1.
    CHECK(measure(a, 8) == json::array({"1", 1}));
    CHECK(measure(b, 8) == json::array({"1", 1}));

    // Without b, a keeps its place (the part with the smallest NodeId remains), c is cut off.
    CHECK(b["cut"] == json{{"count", 1}, {"names", {"Stiftung C"}}, {"more", 0}});
    CHECK(a["cut"].is_null());
    CHECK(c["cut"].is_null());

    // b links a municipality and a foundation, three sectors: liaison, once for the one
    // pair (sna counts the undirected path in both directions).
    REQUIRE(analysis.brokers_and_gaps);
    CHECK(analysis.brokers_and_gaps->brokerage.actors[1].raw[4] == 2.0);
    CHECK(b["roles"] == json::array({json::array({4, 1})}));
    CHECK(a["roles"].empty());

    // a and c share the partner b and are in different sectors: suggested, through b.
    CHECK(a["suggest"] ==
          json::array(
              {{{"id", "c"}, {"label", "Stiftung C"}, {"via", {"<script>alert(1)</script>"}}}}));
    CHECK(c["suggest"][0]["id"] == "a");
    CHECK(b["suggest"].empty());

    // Communities numbered from 1, as the report numbers them.
    REQUIRE(analysis.communities);
    for (NodeId v = 0; v < 3; ++v) {
        CHECK(de["actors"][v]["community"] == analysis.communities->partition.community[v] + 1);
    }

    // The hostile name stands verbatim in the JSON text: escaping is the page's job.
    CHECK(de.dump().find("\"<script>alert(1)</script>\"") != std::string::npos);
}

TEST_CASE("actor profiles: English numbers have a decimal point", "[actor_profiles]") {
    const Network network = three_path();
    const json en = actor_profiles_json(network, full_analysis(network), {0}, Language::English);
    CHECK(measure(en["actors"][0], 3) == json::array({"0.667", 2}));
    CHECK(en["actors"][0]["sector"] == "municipality");
}

TEST_CASE("actor profiles: tied values share a rank and the next rank is skipped (1224)",
          "[actor_profiles]") {
    //   x --- y
    //    \   /
    //      h --- z
    //      |
    //      w
    const Network network =
        build({{"h", "other"}, {"x", "other"}, {"y", "other"}, {"z", "other"}, {"w", "other"}},
              {{"h", "x"}, {"h", "y"}, {"x", "y"}, {"h", "z"}, {"h", "w"}});
    const json de =
        actor_profiles_json(network, full_analysis(network), {0, 1, 2, 3, 4}, Language::German);
    std::vector<json> degree_ranks;
    for (const json& actor : de["actors"]) degree_ranks.push_back(measure(actor, 0)[1]);
    CHECK(degree_ranks == std::vector<json>{1, 2, 2, 4, 4});
    // Clustering: x and y 1, h 1/6, z and w 0 (fewer than two partners).
    CHECK(measure(de["actors"][1], 7) == json::array({"1,000", 1}));
    CHECK(measure(de["actors"][0], 7) == json::array({"0,167", 3}));
    CHECK(measure(de["actors"][3], 7) == json::array({"0,000", 4}));
    // All of one sector: h coordinates the pairs of its partners that are not tied,
    // x – z, x – w, y – z, y – w and z – w.
    CHECK(de["actors"][0]["roles"] == json::array({json::array({0, 5})}));
}

TEST_CASE("actor profiles: the view's order, ranks among all actors", "[actor_profiles]") {
    const Network network = three_path();
    const json de =
        actor_profiles_json(network, full_analysis(network), {2, 0, 2}, Language::German);
    REQUIRE(de["actors"].size() == 3);
    CHECK(de["actors"][0]["id"] == "c");
    CHECK(de["actors"][1]["id"] == "a");
    CHECK(de["actors"][2]["id"] == "c");
    // b is not shown, but still ranks first: a and c are second.
    CHECK(measure(de["actors"][1], 0) == json::array({"1", 2}));

    const json none = actor_profiles_json(network, full_analysis(network), {}, Language::German);
    CHECK(none["actors"] == json::array());
    CHECK(none["measures"].size() == 9);
}

TEST_CASE("actor profiles: a value that is not a number shows as a dash without a rank",
          "[actor_profiles]") {
    // The one actor of a one-actor network has no harmonic centrality (a sum over no one,
    // divided by n - 1 = 0).
    const Network network = build({{"solo", "education"}}, {});
    const NetworkAnalysis analysis = full_analysis(network);
    REQUIRE(std::isnan(analysis.actors.harmonic[0]));
    const json de = actor_profiles_json(network, analysis, {0}, Language::German);
    const json& solo = de["actors"][0];
    CHECK(measure(solo, 4) == json::array({"–", nullptr}));
    CHECK(measure(solo, 0) == json::array({"0", 1}));
    CHECK(solo["cut"].is_null());
    CHECK(solo["roles"].empty());
    CHECK(solo["suggest"].empty());
    CHECK(solo["label"] == "solo");  // no label: the id
}

TEST_CASE("actor profiles: without communities and brokers the parts are null or empty",
          "[actor_profiles]") {
    const Network network = three_path();
    const NetworkAnalysis analysis = analyze_network(network);
    REQUIRE_FALSE(analysis.communities);
    REQUIRE_FALSE(analysis.brokers_and_gaps);
    const json de = actor_profiles_json(network, analysis, {0, 1}, Language::German);
    const json& a = de["actors"][0];
    const json& b = de["actors"][1];
    CHECK(a["community"].is_null());
    CHECK(b["community"].is_null());
    CHECK(a["roles"].empty());
    CHECK(b["roles"].empty());
    CHECK(b["suggest"].empty());
    CHECK(a["cut"].is_null());
    // b is a cut point, but no one counted what it cuts off.
    CHECK(b["cut"] == json{{"count", nullptr}, {"names", json::array()}, {"more", 0}});
    CHECK(de["roles"].size() == 5);  // the words are there all the same
    CHECK(measure(b, 0) == json::array({"2", 1}));
}

TEST_CASE("actor profiles: a cut point that cuts off more than are listed says how many more",
          "[actor_profiles]") {
    // A star: the hub and 13 leaves; without the hub, the first leaf remains and 12 are
    // cut off, 10 of them listed (fragile_points' default).
    std::vector<viz_testing::ActorSpec> actors{{"hub", "municipality"}};
    std::vector<viz_testing::TieSpec> ties;
    for (int i = 10; i < 23; ++i) {
        actors.push_back({"leaf" + std::to_string(i), "business"});
        ties.push_back({"hub", "leaf" + std::to_string(i)});
    }
    const Network network = build(actors, ties);
    const json de = actor_profiles_json(network, full_analysis(network), {0}, Language::German);
    const json& cut = de["actors"][0]["cut"];
    CHECK(cut["count"] == 12);
    CHECK(cut["names"].size() == 10);
    CHECK(cut["more"] == 2);
    // The hub is a consultant for every pair of leaves: C(13, 2) = 78 pairs.
    CHECK(de["actors"][0]["roles"] == json::array({json::array({1, 78})}));
}

TEST_CASE("actor profiles: a directed network says its degree counts both directions",
          "[actor_profiles]") {
    const Network network = build({{"a", "other"}, {"b", "other"}}, {{"a", "b"}, {"b", "a"}}, true);
    const json en = actor_profiles_json(network, analyze_network(network), {0}, Language::English);
    CHECK(en["measures"][0]["explain"] ==
          std::string(catalogue_text(Word::ProfileDegreeDirected, Language::English)));
    CHECK(measure(en["actors"][0], 0) == json::array({"2", 1}));
}

TEST_CASE("actor profiles: an actor outside the network is refused", "[actor_profiles]") {
    const Network network = three_path();
    const NetworkAnalysis analysis = analyze_network(network);
    REQUIRE_THROWS_AS(actor_profiles_json(network, analysis, {3}, Language::German),
                      InvalidArgument);
    const Network other = build({{"x", "other"}}, {});
    REQUIRE_THROWS_AS(actor_profiles_json(other, analysis, {0}, Language::German), InvalidArgument);
}
