// The dispatcher behind `coopnet analyze --communities`.
#include <catch2/catch.hpp>

#include "analysis/community/communities.hpp"
#include "classic_graphs.hpp"
#include "core/error.hpp"

using namespace coopnet;

TEST_CASE("communities: method names parse and print back", "[communities]") {
    CommunityOptions options;
    for (const char* name : {"leiden", "louvain", "labelprop", "attr:sector", "attr:club"}) {
        parse_community_method(name, options);
        CHECK(community_method_name(options) == name);
    }
    CHECK_THROWS_AS(parse_community_method("attr:", options), InvalidArgument);
    CHECK_THROWS_AS(parse_community_method("walktrap", options), InvalidArgument);
}

TEST_CASE("communities: the karate club's two clubs as a fixed partition", "[communities]") {
    // networkx: nx.community.modularity(G, [Mr. Hi's club, Officer's club], weight=None)
    // = 0.3582347140039448 on the unweighted karate club.
    const Network karate = classic::karate_club();
    CommunityOptions options;
    parse_community_method("attr:club", options);
    AnalysisOptions unweighted;
    unweighted.weights = WeightMode::Unweighted;
    const CommunityAnalysis result = detect_communities(karate, options, unweighted);
    REQUIRE(result.partition.community_count == 2);
    REQUIRE(result.names.size() == 2);
    CHECK(result.summaries.size() == 2);
    CHECK(result.summaries[0].size + result.summaries[1].size == 34);
    CHECK(result.modularity == Approx(0.3582347140039448));
    // The tie matrix counts every one of the 78 ties once: within both clubs plus between.
    CHECK(result.between.count_between(0, 0) + result.between.count_between(1, 1) +
              result.between.count_between(0, 1) ==
          78);
}

TEST_CASE("communities: modularity is reported at resolution 1 whatever the resolution",
          "[communities]") {
    const Network karate = classic::karate_club();
    CommunityOptions options;
    options.leiden.resolution = 0.5;
    const CommunityAnalysis result = detect_communities(karate, options);
    const double at_one = modularity(karate, result.partition, 1.0);
    CHECK(result.modularity == Approx(at_one));
    CHECK(result.quality == Approx(modularity(karate, result.partition, 0.5)));
}
