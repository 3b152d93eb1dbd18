#include "analysis/gaps/community_gaps.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"

namespace coopnet {
using testing::network_from_edges;
namespace {

Partition partition_of(std::vector<CommunityId> community, std::size_t count) {
    Partition p;
    p.community = std::move(community);
    p.community_count = count;
    return p;
}

//        A                            B
//   v2                               v4
//   |  \                           /  |
//   |    v0 ------------------ v3     |
//   |  /                           \  |
//   v1                               v5
//    |
//    v6 ---- v7    C       (v1–v6 weighs 2; A = {0,1,2}, B = {3,4,5}, C = {6,7})
Network three_communities() {
    return network_from_edges(
        8, {{0, 1}, {0, 2}, {1, 2}, {3, 4}, {3, 5}, {4, 5}, {6, 7}, {0, 3}, {1, 6, 2.0}});
}

}  // namespace

TEST_CASE("community gaps: an untied pair is a gap, a thinly tied pair with a higher threshold",
          "[gaps]") {
    const Network network = three_communities();
    const Partition p = partition_of({0, 0, 0, 1, 1, 1, 2, 2}, 3);
    // m = 9; degrees 3 3 2 | 3 2 2 | 2 1: D_A = 8, D_B = 7, D_C = 3.
    // E[A,B] = 56/18, 1 tie: ratio 9/28 = 0.321; E[A,C] = 24/18, 1 tie: 0.75;
    // E[B,C] = 21/18, no tie: ratio 0.
    const CommunityGapsResult gaps = community_gaps(network, p);
    CHECK(gaps.tie_count == 9);
    CHECK(gaps.ratio_threshold == 0.25);
    REQUIRE(gaps.gaps.size() == 1);
    CHECK(gaps.gaps[0].a == 1);
    CHECK(gaps.gaps[0].b == 2);
    CHECK(gaps.gaps[0].ties == 0);
    CHECK(gaps.gaps[0].expected == Approx(21.0 / 18.0));
    CHECK(gaps.gaps[0].ratio == 0.0);
    CHECK(gaps.gaps[0].connecting_ties.empty());

    CommunityGapOptions options;
    options.ratio_threshold = 0.5;
    const CommunityGapsResult more = community_gaps(network, p, options);
    REQUIRE(more.gaps.size() == 2);
    CHECK(more.gaps[0].b == 2);  // ratio 0 first
    const CommunityGap& ab = more.gaps[1];
    CHECK(ab.a == 0);
    CHECK(ab.b == 1);
    CHECK(ab.size_a == 3);
    CHECK(ab.size_b == 3);
    CHECK(ab.ties == 1);
    CHECK(ab.ratio == Approx(9.0 / 28.0));
    REQUIRE(ab.connecting_ties.size() == 1);
    CHECK(ab.connecting_ties[0].first == 0);
    CHECK(ab.connecting_ties[0].second == 3);
    CHECK(ab.actors_a == std::vector<NodeId>{0});
    CHECK(ab.actors_b == std::vector<NodeId>{3});
}

TEST_CASE("community gaps: connecting ties are listed heaviest first up to the cap", "[gaps]") {
    //   v0 -- v1      v2 -- v3        ties between: v0-v2 (1), v1-v3 (5), v1-v2 (1)
    const Network network = network_from_edges(4, {{0, 1}, {2, 3}, {0, 2}, {1, 3, 5.0}, {1, 2}});
    CommunityGapOptions options;
    options.ratio_threshold = 10.0;  // everything with an expectation is a gap here
    options.max_connecting_ties = 2;
    const CommunityGapsResult gaps =
        community_gaps(network, partition_of({0, 0, 1, 1}, 2), options);
    REQUIRE(gaps.gaps.size() == 1);
    const CommunityGap& gap = gaps.gaps[0];
    CHECK(gap.ties == 3);
    CHECK(gap.weight == Approx(7.0));
    // m = 5, D_0 = D_1 = 5: E = 25/10.
    CHECK(gap.expected == Approx(2.5));
    REQUIRE(gap.connecting_ties.size() == 2);
    CHECK(gap.connecting_ties[0].first == 1);  // weight 5
    CHECK(gap.connecting_ties[0].second == 3);
    CHECK(gap.connecting_ties[1].first == 0);  // weight 1, v0 before v1 by id
    CHECK(gap.connecting_ties[1].second == 2);
    CHECK(gap.actors_a == std::vector<NodeId>{0, 1});
    CHECK(gap.actors_b == std::vector<NodeId>{2, 3});
}

TEST_CASE("community gaps: karate factions are tied at 0.28 of the expectation", "[gaps]") {
    // 11 ties between the factions, D_Hi = 2*35 + 11 = 81, D_Officer = 2*32 + 11 = 75:
    // E = 81 * 75 / 156 = 38.94, ratio 0.2825 — not a gap at 0.25, a gap at 0.3.
    const Network karate = classic::karate_club();
    const AttributePartition clubs = attribute_partition(karate, "club");
    CHECK(community_gaps(karate, clubs.partition).gaps.empty());
    CommunityGapOptions options;
    options.ratio_threshold = 0.3;
    options.max_connecting_ties = 0;
    const CommunityGapsResult gaps = community_gaps(karate, clubs.partition, options);
    REQUIRE(gaps.gaps.size() == 1);
    CHECK(gaps.gaps[0].ties == 11);
    CHECK(gaps.gaps[0].connecting_ties.size() == 11);
    CHECK(gaps.gaps[0].expected == Approx(81.0 * 75.0 / 156.0));
    CHECK(gaps.gaps[0].ratio == Approx(11.0 * 156.0 / (81.0 * 75.0)));
}

TEST_CASE("community gaps: a naive pair count agrees on random networks", "[gaps]") {
    for (const bool directed : {false, true}) {
        for (std::uint64_t seed = 1; seed <= 6; ++seed) {
            const Network network = classic::gnp_random(30, 0.08, directed, 2, seed);
            const std::size_t k = 5;
            std::mt19937_64 random(seed);
            std::vector<CommunityId> labels(30);
            for (auto& label : labels) label = static_cast<CommunityId>(random() % k);
            const Partition p = partition_of(labels, k);
            CommunityGapOptions options;
            options.ratio_threshold = 0.8;
            options.max_connecting_ties = 0;
            const CommunityGapsResult gaps = community_gaps(network, p, options);

            // Naive: undirected pairs {u, v} tied in either direction.
            std::vector<std::vector<bool>> tied(30, std::vector<bool>(30, false));
            for (const TieRef& tie : network.ties()) {
                if (tie.source == tie.target) continue;
                tied[tie.source][tie.target] = tied[tie.target][tie.source] = true;
            }
            std::vector<double> degree_sum(k, 0.0);
            std::vector<std::vector<std::size_t>> count(k, std::vector<std::size_t>(k, 0));
            double m = 0.0;
            for (NodeId u = 0; u < 30; ++u) {
                for (NodeId v = 0; v < 30; ++v) {
                    if (!tied[u][v]) continue;
                    degree_sum[labels[u]] += 1.0;
                    if (u < v) {
                        m += 1.0;
                        ++count[labels[u]][labels[v]];
                        if (labels[u] != labels[v]) ++count[labels[v]][labels[u]];
                    }
                }
            }
            std::size_t expected_gaps = 0;
            for (CommunityId a = 0; a < k; ++a) {
                for (CommunityId b = a + 1; b < k; ++b) {
                    const double e = degree_sum[a] * degree_sum[b] / (2.0 * m);
                    if (e > 0.0 && static_cast<double>(count[a][b]) / e < 0.8) ++expected_gaps;
                }
            }
            REQUIRE(gaps.gaps.size() == expected_gaps);
            CHECK(gaps.gap_count == expected_gaps);

            // A cap lists a prefix of the same order and still counts every gap.
            options.max_gaps = 2;
            const CommunityGapsResult capped = community_gaps(network, p, options);
            CHECK(capped.gap_count == expected_gaps);
            REQUIRE(capped.gaps.size() == std::min<std::size_t>(2, expected_gaps));
            for (std::size_t i = 0; i < capped.gaps.size(); ++i) {
                CHECK(capped.gaps[i].a == gaps.gaps[i].a);
                CHECK(capped.gaps[i].b == gaps.gaps[i].b);
                CHECK(capped.gaps[i].connecting_ties.size() == gaps.gaps[i].connecting_ties.size());
            }
            for (const CommunityGap& gap : gaps.gaps) {
                CHECK(gap.ties == count[gap.a][gap.b]);
                CHECK(gap.connecting_ties.size() == gap.ties);
                CHECK(gap.expected == Approx(degree_sum[gap.a] * degree_sum[gap.b] / (2.0 * m)));
            }
        }
    }
}

TEST_CASE("community gaps: many small communities are counted, and only the cap is kept",
          "[gaps]") {
    // 3 000 disjoint pairs, each its own community: every one of the 3000·2999/2 pairs of
    // communities has no tie and the same expectation 2·2/(2·3000), so all are gaps and
    // the first ones by community are (0,1), (0,2), (0,3).
    const std::size_t pairs = 3000;
    std::vector<testing::EdgeSpec> edges;
    std::vector<CommunityId> labels;
    for (std::size_t i = 0; i < pairs; ++i) {
        edges.push_back({static_cast<NodeId>(2 * i), static_cast<NodeId>(2 * i + 1)});
        labels.push_back(static_cast<CommunityId>(i));
        labels.push_back(static_cast<CommunityId>(i));
    }
    CommunityGapOptions options;
    options.max_gaps = 3;
    const CommunityGapsResult gaps = community_gaps(
        network_from_edges(2 * pairs, edges), partition_of(labels, pairs), options);
    CHECK(gaps.gap_count == pairs * (pairs - 1) / 2);
    REQUIRE(gaps.gaps.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(gaps.gaps[i].a == 0);
        CHECK(gaps.gaps[i].b == i + 1);
        CHECK(gaps.gaps[i].expected == Approx(4.0 / (2.0 * pairs)));
        CHECK(gaps.gaps[i].ties == 0);
    }
}

TEST_CASE("community gaps: degenerate networks and bad input", "[gaps]") {
    SECTION("empty network") { CHECK(community_gaps(Network{}, Partition{}).gaps.empty()); }
    SECTION("no ties: nothing to expect, no gaps") {
        CHECK(community_gaps(network_from_edges(3, {}), partition_of({0, 1, 2}, 3)).gaps.empty());
    }
    SECTION("an isolate's community is never part of a gap") {
        //   v0 -- v1     v2 -- v3     v4 (alone)
        const Network network = network_from_edges(5, {{0, 1}, {2, 3}});
        const CommunityGapsResult gaps = community_gaps(network, partition_of({0, 0, 1, 1, 2}, 3));
        REQUIRE(gaps.gaps.size() == 1);
        CHECK(gaps.gaps[0].a == 0);
        CHECK(gaps.gaps[0].b == 1);
        CHECK(gaps.gaps[0].expected == Approx(1.0));  // 2 * 2 / 4
    }
    SECTION("one community: no pairs") {
        CHECK(community_gaps(three_communities(), partition_of(std::vector<CommunityId>(8, 0), 1))
                  .gaps.empty());
    }
    SECTION("directed arcs both ways are one tie") {
        //   v0 <-> v1    v2 -> v3
        const Network network = network_from_edges(4, {{0, 1}, {1, 0}, {2, 3}}, true);
        const CommunityGapsResult gaps = community_gaps(network, partition_of({0, 0, 1, 1}, 2));
        CHECK(gaps.tie_count == 2);
        REQUIRE(gaps.gaps.size() == 1);
        CHECK(gaps.gaps[0].expected == Approx(1.0));
    }
    SECTION("bad partitions and thresholds throw") {
        const Network network = three_communities();
        REQUIRE_THROWS_AS(community_gaps(network, partition_of({0, 1}, 2)), InvalidArgument);
        REQUIRE_THROWS_AS(community_gaps(network, partition_of(std::vector<CommunityId>(8, 3), 2)),
                          InvalidArgument);
        CommunityGapOptions options;
        options.ratio_threshold = -1.0;
        REQUIRE_THROWS_AS(
            community_gaps(network, partition_of(std::vector<CommunityId>(8, 0), 1), options),
            InvalidArgument);
        options.ratio_threshold = std::numeric_limits<double>::quiet_NaN();
        REQUIRE_THROWS_AS(
            community_gaps(network, partition_of(std::vector<CommunityId>(8, 0), 1), options),
            InvalidArgument);
    }
}

}  // namespace coopnet
