#include "analysis/community/partition.hpp"
#include "analysis/community/community_summary.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/test_networks.hpp"
#include "analysis/detail/clustering_graph.hpp"

using namespace coopnet;
using testing::EdgeSpec;
using testing::network_from_actors;
using testing::partition_from_labels;

namespace {

//   a ===3=== b        sectors: a, b business; c municipality;
//    \       /                  d, e, f civil_society; g other (none given)
//     1     2
//      \   /             unmarked ties weigh 1
//        c ------ d --- e
//                 |
//                 f          g (alone)
Network sample() {
    return network_from_actors(
        {{"a", "business"},
         {"b", "business"},
         {"c", "municipality"},
         {"d", "civil_society"},
         {"e", "civil_society"},
         {"f", "civil_society"},
         {"g", ""}},
        {{0, 1, 3.0}, {0, 2, 1.0}, {1, 2, 2.0}, {3, 4, 1.0}, {3, 5, 1.0}, {2, 3, 1.0}});
}

}  // namespace

TEST_CASE("partition: normalisation numbers communities by size, then by smallest actor id",
          "[partition]") {
    // ids compare as text: "10" < "2" < "9".
    const Network network =
        network_from_actors({{"9", ""}, {"2", ""}, {"10", ""}, {"x", ""}, {"y", ""}}, {});
    // labels: {9, 2} size 2 (smallest id "2"), {10, x} size 2 (smallest id "10"), {y} size 1.
    const Partition p = normalized_partition(network, std::vector<CommunityId>{7, 7, 3, 3, 42});
    CHECK(p.community_count == 3);
    CHECK(p.community == std::vector<CommunityId>{1, 1, 0, 0, 2});
    CHECK(p.sizes() == std::vector<std::size_t>{2, 2, 1});
    CHECK(p.members() == std::vector<std::vector<NodeId>>{{2, 3}, {0, 1}, {4}});
    // Normalising again changes nothing.
    CHECK(normalized_partition(network, p.community) == p);
    CHECK_THROWS_AS(normalized_partition(network, std::vector<CommunityId>{0, 1}), InvalidArgument);
    CHECK(normalized_partition(network_from_actors({}, {}), std::vector<CommunityId>{})
              .community_count == 0);
}

TEST_CASE("partition: grouping by sector or by any attribute, missing values as (none)",
          "[partition]") {
    const Network network = sample();
    const AttributePartition by_sector = attribute_partition(network, "sector");
    // civil_society 3 members, business 2, then municipality {c} before other {g}: "c" < "g".
    CHECK(by_sector.names ==
          std::vector<std::string>{"civil_society", "business", "municipality", "other"});
    CHECK(by_sector.partition.community == std::vector<CommunityId>{1, 1, 2, 0, 0, 0, 3});

    std::vector<Actor> actors(4);
    for (std::size_t v = 0; v < 4; ++v) actors[v].id = std::string("n").append(std::to_string(v));
    actors[0].attributes["district"] = std::string("Nord");
    actors[1].attributes["district"] = 2.0;  // a number: its text is "2"
    actors[2].attributes["district"] = std::string("2");
    const Network districts = make_network("d", false, std::move(actors), {});
    const AttributePartition by_district = attribute_partition(districts, "district");
    // {n1, n2} share "2"; {n0} "Nord" before {n3} "(none)" since "n0" < "n3".
    CHECK(by_district.names == std::vector<std::string>{"2", "Nord", "(none)"});
    CHECK(by_district.partition.community == std::vector<CommunityId>{1, 0, 0, 2});
    // An attribute nobody has: one group of everyone.
    const AttributePartition nobody = attribute_partition(districts, "budget");
    CHECK(nobody.names == std::vector<std::string>{"(none)"});
    CHECK(nobody.partition.community_count == 1);
    CHECK_THROWS_AS(attribute_partition(districts, ""), InvalidArgument);
}

TEST_CASE("partition: community summaries count members, ties, density and sectors",
          "[partition]") {
    const Network network = sample();
    const Partition p = partition_from_labels({0, 0, 0, 1, 1, 1, 2});
    const auto summaries = summarize_communities(network, p);
    REQUIRE(summaries.size() == 3);
    // {a, b, c}: a triangle, 3 of 3 pairs, weight 3 + 1 + 2 = 6. Strengths (whole
    // network): a 4, b 5, c 1 + 2 + 1 = 4 → b.
    CHECK(summaries[0].members == std::vector<NodeId>{0, 1, 2});
    CHECK(summaries[0].size == 3);
    CHECK(summaries[0].internal_ties == 3);
    CHECK(summaries[0].internal_weight == Approx(6.0));
    CHECK(summaries[0].internal_density == Approx(1.0));
    CHECK(summaries[0].sector_counts ==
          std::map<std::string, std::size_t>{{"business", 2}, {"municipality", 1}});
    CHECK(summaries[0].most_central == 1);
    CHECK(summaries[0].most_central_strength == Approx(5.0));
    // {d, e, f}: a star, 2 of 3 pairs. Strengths: d 3 (e, f, c), e 1, f 1 → d.
    CHECK(summaries[1].internal_ties == 2);
    CHECK(summaries[1].internal_density == Approx(2.0 / 3.0));
    CHECK(summaries[1].most_central == 3);
    // {g}: alone, density 0.
    CHECK(summaries[2].size == 1);
    CHECK(summaries[2].internal_density == 0.0);
    CHECK(summaries[2].most_central == 6);
    CHECK(summaries[2].most_central_strength == 0.0);
    CHECK(summaries[2].sector_counts == std::map<std::string, std::size_t>{{"other", 1}});

    // Unweighted: a 2, b 2, c 3 → c is the most central of {a, b, c}; weight = count.
    const auto plain = summarize_communities(network, p, {WeightMode::Unweighted});
    CHECK(plain[0].most_central == 2);
    CHECK(plain[0].internal_weight == Approx(3.0));
    // Equal strength: the smaller actor id wins ("e" < "f").
    const auto tie_break =
        summarize_communities(network, partition_from_labels({0, 0, 0, 0, 1, 1, 2}));
    CHECK(tie_break[1].most_central == 4);
    // Connected among themselves: {a, b, c, d} yes; {e, f} no (both hang on d); {g} alone yes.
    CHECK(tie_break[0].connected);
    CHECK_FALSE(tie_break[1].connected);
    CHECK(tie_break[2].connected);
    CHECK(summaries[1].connected);
}

TEST_CASE("partition: the ties between communities count each tie once", "[partition]") {
    const Network network = sample();
    const Partition p = partition_from_labels({0, 0, 0, 1, 1, 1, 2});
    const CommunityTies m = between_community_ties(network, p);
    // Only pairs with ties are stored, each undirected pair once: (0,0), (0,1), (1,1).
    REQUIRE(m.entries.size() == 3);
    CHECK(m.entries[1].from == 0);
    CHECK(m.entries[1].to == 1);
    CHECK(m.count_between(0, 0) == 3);
    CHECK(m.weight_between(0, 0) == Approx(6.0));
    CHECK(m.count_between(1, 1) == 2);
    CHECK(m.count_between(0, 1) == 1);
    CHECK(m.count_between(1, 0) == 1);
    CHECK(m.weight_between(1, 0) == Approx(1.0));
    CHECK(m.count_between(2, 0) == 0);
    CHECK(m.count_between(2, 2) == 0);

    // Directed: arcs by direction. 0 -> 1 (w 2), 1 -> 0 (w 3), 1 -> 2 (w 4), 2 -> 2 dropped.
    const Network directed =
        network_from_actors({{"p", ""}, {"q", ""}, {"r", ""}},
                            {{0, 1, 2.0}, {1, 0, 3.0}, {1, 2, 4.0}, {2, 2, 1.0}}, true);
    const CommunityTies d = between_community_ties(directed, partition_from_labels({0, 0, 1}));
    CHECK(d.count_between(0, 0) == 2);
    CHECK(d.weight_between(0, 0) == Approx(5.0));
    CHECK(d.count_between(0, 1) == 1);
    CHECK(d.weight_between(0, 1) == Approx(4.0));
    CHECK(d.count_between(1, 0) == 0);
    CHECK(d.count_between(1, 1) == 0);
    // Directed density: 2 arcs of 2·1 possible ordered pairs.
    CHECK(summarize_communities(directed, partition_from_labels({0, 0, 1}))[0].internal_density ==
          Approx(1.0));
    const CommunityTies u = between_community_ties(directed, partition_from_labels({0, 0, 1}),
                                                   {WeightMode::Unweighted});
    CHECK(u.weight_between(0, 0) == Approx(2.0));
}

TEST_CASE("partition: connectedness of a community", "[partition]") {
    const Network network = sample();
    const Partition p = partition_from_labels({0, 2, 0, 1, 2, 1, 3});
    // community 0 = {a, c}: tie a–c → connected. 1 = {d, f}: connected. 2 = {b, e}: not.
    CHECK(is_connected_community(network, p, 0));
    CHECK(is_connected_community(network, p, 1));
    CHECK_FALSE(is_connected_community(network, p, 2));
    CHECK(is_connected_community(network, p, 3));
    Partition with_empty = p;
    with_empty.community_count = 5;
    CHECK_FALSE(is_connected_community(network, with_empty, 4));
    CHECK_THROWS_AS(is_connected_community(network, p, 4), InvalidArgument);
    CHECK_THROWS_AS(is_connected_community(network, partition_from_labels({0, 0}), 0),
                    InvalidArgument);
    // Direction is ignored: 0 -> 1 <- 2 is one weakly connected community.
    const Network directed =
        network_from_actors({{"p", ""}, {"q", ""}, {"r", ""}}, {{0, 1, 1.0}, {2, 1, 1.0}}, true);
    CHECK(is_connected_community(directed, partition_from_labels({0, 0, 0}), 0));
    CHECK(connected_communities(network, p) == std::vector<bool>{true, true, false, true});
    CHECK(connected_communities(network, with_empty) ==
          std::vector<bool>{true, true, false, true, false});
}

TEST_CASE("partition: the aggregate graph sums weights between and inside communities",
          "[partition]") {
    const Network network = sample();
    const CsrGraph graph = clustering_graph(network);
    const AggregateGraph agg =
        aggregate_graph(graph, {}, partition_from_labels({0, 0, 0, 1, 1, 1, 2}).community, 3);
    CHECK(agg.internal == std::vector<double>{6.0, 2.0, 0.0});
    REQUIRE(agg.between.node_count() == 3);
    CHECK(agg.between.neighbours == std::vector<NodeId>{1, 0});
    CHECK(agg.between.weights == std::vector<double>{1.0, 1.0});
    // A second collapse carries the internal weight along: everything in one node.
    const AggregateGraph all =
        aggregate_graph(agg.between, agg.internal, std::vector<CommunityId>{0, 0, 0}, 1);
    CHECK(all.internal == std::vector<double>{9.0});
    CHECK(all.between.arc_count() == 0);
}

TEST_CASE("partition: the clustering graph of a directed network", "[partition]") {
    // 0 <-> 1 (weights 2 and 3), 1 -> 2 (weight 4).
    const Network directed = network_from_actors({{"p", ""}, {"q", ""}, {"r", ""}},
                                                 {{0, 1, 2.0}, {1, 0, 3.0}, {1, 2, 4.0}}, true);
    const CsrGraph weighted = clustering_graph(directed);
    CHECK(weighted.neighbours == std::vector<NodeId>{1, 0, 2, 1});
    CHECK(weighted.weights == std::vector<double>{5.0, 5.0, 4.0, 4.0});
    const CsrGraph plain = clustering_graph(directed, {WeightMode::Unweighted});
    CHECK(plain.weights == std::vector<double>{2.0, 2.0, 1.0, 1.0});
}
