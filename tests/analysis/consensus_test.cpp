// Best of seeded restarts and consensus stability (analysis/community/consensus.hpp).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "analysis/community/communities.hpp"
#include "analysis/community/consensus.hpp"
#include "analysis/community/leiden.hpp"
#include "classic_graphs.hpp"
#include "core/error.hpp"
#include "test_networks.hpp"

using namespace coopnet;
using namespace coopnet::testing;

namespace {

CommunityAnalysis default_communities(const Network& network, const AnalysisOptions& analysis) {
    return detect_communities(network, CommunityOptions{}, analysis);
}

// Two K4 and actor 8 between them, tied to two actors of each: symmetric, so which side 8
// joins depends on the seed.
//
//     0 --- 1         4 --- 5
//     | \ / |  \   /  | \ / |
//     | / \ |    8    | / \ |
//     2 --- 3         6 --- 7
Network actor_between_two_groups() {
    std::vector<EdgeSpec> edges = clique_edges(0, 4);
    for (const EdgeSpec& e : clique_edges(4, 4)) edges.push_back(e);
    for (NodeId v : {0u, 1u, 4u, 5u}) edges.push_back({8, v});
    return network_from_edges(9, edges);
}

}  // namespace

TEST_CASE("consensus: restart seeds are the seed, then SplitMix64's outputs", "[consensus]") {
    CHECK(restart_seed(42, 0) == 42);
    // SplitMix64 seeded with 0: first outputs 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4
    // (the reference sequence of Vigna's splitmix64.c).
    CHECK(restart_seed(0, 1) == 0xE220A8397B1DCDAFULL);
    CHECK(restart_seed(0, 2) == 0x6E789E6AA1B965F4ULL);
}

TEST_CASE("consensus: the automatic restart count drops on large networks", "[consensus]") {
    CHECK(restart_count(0, 0) == kSmallNetworkRestarts);
    CHECK(restart_count(0, kSmallNetworkTies) == kSmallNetworkRestarts);
    CHECK(restart_count(0, kSmallNetworkTies + 1) == kDefaultRestarts);
    CHECK(restart_count(0, kManyTies) == kDefaultRestarts);
    CHECK(restart_count(0, kManyTies + 1) == kLargeNetworkRestarts);
    CHECK(restart_count(7, kManyTies + 1) == 7);
    CHECK(restart_count(1, 10) == 1);
}

TEST_CASE("consensus: stability of a hand-made partition across two runs", "[consensus]") {
    // chosen {0,1,2} {3}; run A the same; run B {0,1} {2,3}.
    //   actor 0: A 2/2 co-members with it, B 1/2 → (1 + 0.5)/2 = 0.75; actor 1 the same;
    //   actor 2: A 1, B 0 → 0.5; actor 3 (alone): alone in A, not in B → 0.5.
    //   community {0,1,2}: (0.75 + 0.75 + 0.5)/3 = 2/3; community {3}: 0.5.
    const Partition chosen = partition_from_labels({0, 0, 0, 1});
    const std::vector<Partition> runs = {chosen, partition_from_labels({0, 0, 1, 1})};
    const CommunityStability s = partition_stability(chosen, runs);
    CHECK(s.restarts == 2);
    check_close(s.actor, {0.75, 0.75, 0.5, 0.5}, 1e-15);
    check_close(s.community, {2.0 / 3.0, 0.5}, 1e-15);
}

TEST_CASE("consensus: bad stability inputs are rejected", "[consensus]") {
    const Partition chosen = partition_from_labels({0, 0, 1});
    CHECK_THROWS_AS(partition_stability(chosen, {}), InvalidArgument);
    const std::vector<Partition> shorter = {partition_from_labels({0, 0})};
    CHECK_THROWS_AS(partition_stability(chosen, shorter), InvalidArgument);
    Partition broken = partition_from_labels({0, 0, 1});
    broken.community_count = 1;
    const std::vector<Partition> runs = {broken};
    CHECK_THROWS_AS(partition_stability(chosen, runs), InvalidArgument);
    auto search = [](std::uint64_t) { return CommunityResult{}; };
    CHECK_THROWS_AS(best_of_restarts(0, 1, search), InvalidArgument);
}

TEST_CASE("consensus: disjoint cliques are found by every restart, stability exactly 1",
          "[consensus]") {
    // Three K5 without ties between them: every run finds the three cliques.
    std::vector<EdgeSpec> edges;
    for (NodeId base : {0u, 5u, 10u}) {
        for (const EdgeSpec& e : clique_edges(base, 5)) edges.push_back(e);
    }
    const Network cliques = network_from_edges(15, edges);
    for (const char* method : {"leiden", "louvain", "labelprop"}) {
        INFO(method);
        CommunityOptions options;
        parse_community_method(method, options);
        const CommunityAnalysis result = detect_communities(cliques, options, unweighted(2));
        REQUIRE(result.partition.community_count == 3);
        REQUIRE(result.stability.has_value());
        CHECK(result.restarts == kSmallNetworkRestarts);
        CHECK(result.stability->restarts == kSmallNetworkRestarts);
        CHECK(result.stability->actor == std::vector<double>(15, 1.0));
        CHECK(result.stability->community == std::vector<double>(3, 1.0));
    }
}

TEST_CASE("consensus: an actor between two groups is the least stable", "[consensus]") {
    const Network network = actor_between_two_groups();
    CommunityOptions options;
    options.restarts = 20;
    const CommunityAnalysis result = detect_communities(network, options, unweighted(2));
    REQUIRE(result.partition.community_count == 2);
    REQUIRE(result.stability.has_value());
    const std::vector<double>& actor = result.stability->actor;
    // Actor 8 joins either K4 with equal gain: some restarts put it on the other side.
    CHECK(actor[8] < 1.0);
    CHECK(actor[8] > 0.0);
    for (NodeId v = 0; v < 8; ++v) CHECK(actor[v] > actor[8]);
    // The K4 that 8 did not join is intact in every restart.
    const CommunityId with_8 = result.partition.community[8];
    const CommunityId other = 1 - with_8;
    CHECK(result.stability->community[other] == 1.0);
    CHECK(result.stability->community[with_8] < 1.0);
    // 8's value is the share of restarts that put it with its chosen K4: a multiple of
    // 1/20 (each co-member counts the same).
    CHECK(std::abs(actor[8] * 20 - std::round(actor[8] * 20)) < 1e-9);
}

TEST_CASE("consensus: best of restarts is the best of the single seeded runs", "[consensus]") {
    const Network lesmis = classic::les_miserables();
    CommunityOptions options;
    options.restarts = 6;
    options.leiden.seed = 5;
    const CommunityAnalysis result = detect_communities(lesmis, options, weighted(2));
    double best = -1.0;
    std::size_t best_r = 0;
    for (std::size_t r = 0; r < 6; ++r) {
        LeidenOptions single = options.leiden;
        single.seed = restart_seed(5, r);
        const CommunityResult run = leiden(lesmis, single, weighted(1));
        if (run.quality > best) {
            best = run.quality;
            best_r = r;
        }
    }
    CHECK(result.best_restart == best_r);
    CHECK(result.quality == best);
    // One restart is the plain seeded run.
    options.restarts = 1;
    const CommunityAnalysis one = detect_communities(lesmis, options, weighted(1));
    CHECK(one.partition == leiden(lesmis, options.leiden, weighted(1)).partition);
    CHECK_FALSE(one.stability.has_value());  // one run agrees with itself: nothing to say
}

TEST_CASE("consensus: an exception in a restart reaches the caller", "[consensus]") {
    auto search = [](std::uint64_t seed) -> CommunityResult {
        if (seed == restart_seed(3, 2)) throw std::runtime_error("restart 2 failed");
        return CommunityResult{};
    };
    CHECK_THROWS_WITH(best_of_restarts(4, 3, search, weighted(2)), "restart 2 failed");
}

TEST_CASE("consensus: classic networks reach networkx's best of 10 Louvain runs",
          "[consensus]") {
    // networkx 2.8.8 on /usr/bin/python3, for s in 0..9:
    //   max(modularity(G, louvain_communities(G, weight=w, seed=s), weight=w))
    //   karate_club_graph()       w="weight" 0.44490358126721763, w=None 0.41978961209730437
    //                             (the unweighted optimum 0.4198, Brandes et al. 2008)
    //   florentine_families_graph()  (unweighted) 0.39874999999999994
    //   les_miserables_graph()    w="weight" 0.5666879833432481, w=None 0.5582723665447331
    // A single Leiden run (seed 1) reaches 0.3975 on the Florentine families and 0.5658 on
    // Les Misérables (issue #18); about 1 seed in 30 finds 0.3987 on the Florentine
    // families, so small networks get 100 restarts, which close both gaps.
    struct Case {
        Network network;
        AnalysisOptions analysis;
        double networkx_best;
    };
    const std::vector<Case> cases = {
        {classic::karate_club(), weighted(), 0.44490358126721763},
        {classic::karate_club(), unweighted(), 0.41978961209730437},
        {classic::florentine_families(), unweighted(), 0.39874999999999994},
        {classic::les_miserables(), weighted(), 0.5666879833432481},
        {classic::les_miserables(), unweighted(), 0.5582723665447331},
    };
    for (const Case& c : cases) {
        INFO(c.network.name() << (c.analysis.weights == WeightMode::Weighted ? " weighted" : ""));
        const CommunityAnalysis result = default_communities(c.network, c.analysis);
        CHECK(result.modularity >= c.networkx_best - 1e-12);
    }
}

TEST_CASE("consensus: the result is byte-identical for 1, 2 and 4 threads", "[consensus]") {
    const std::vector<Network> networks = {classic::les_miserables(), classic::karate_club(),
                                           classic::barabasi_albert(400, 2, 9)};
    for (const Network& network : networks) {
        for (const char* method : {"leiden", "louvain", "labelprop"}) {
            INFO(network.name() << " " << method);
            CommunityOptions options;
            parse_community_method(method, options);
            const CommunityAnalysis one = detect_communities(network, options, weighted(1));
            for (std::size_t threads : {2u, 4u}) {
                const CommunityAnalysis many =
                    detect_communities(network, options, weighted(threads));
                CHECK(many.partition == one.partition);
                CHECK(many.best_restart == one.best_restart);
                CHECK(many.stability->actor == one.stability->actor);
                CHECK(many.stability->community == one.stability->community);
                CHECK(many.modularity == one.modularity);
            }
        }
    }
}

TEST_CASE("consensus: a fixed attribute partition has no stability", "[consensus]") {
    CommunityOptions options;
    parse_community_method("attr:club", options);
    const CommunityAnalysis result = detect_communities(classic::karate_club(), options);
    CHECK_FALSE(result.stability.has_value());
    CHECK(result.restarts == 0);
}

TEST_CASE("consensus: degenerate networks", "[consensus]") {
    const CommunityAnalysis empty = default_communities(network_from_edges(0, {}), weighted());
    CHECK(empty.stability->actor.empty());
    CHECK(empty.stability->community.empty());
    // Isolates stay alone in every restart.
    const CommunityAnalysis isolates = default_communities(network_from_edges(3, {}), weighted());
    CHECK(isolates.stability->actor == std::vector<double>(3, 1.0));
    CHECK(isolates.stability->community == std::vector<double>(3, 1.0));
    // A single tie: one community of two, found every time.
    const CommunityAnalysis pair = default_communities(network_from_edges(2, {{0, 1}}), weighted());
    CHECK(pair.stability->actor == std::vector<double>(2, 1.0));
}
