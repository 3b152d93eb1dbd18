// Small builders and comparisons shared by the analysis tests: networks from hand-written
// tie lists, seeded random tie lists, the two-cliques example, and tolerance checks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/options.hpp"
#include "analysis/community/partition.hpp"
#include "core/network.hpp"

namespace coopnet::testing {

/// One tie of a hand-written test network: endpoints as NodeIds, weight (default 1, as
/// `Tie`) and kind (default empty, as `Tie`).
struct EdgeSpec {
    NodeId source;
    NodeId target;
    double weight = 1.0;
    std::string kind{};
};

/// One actor of a hand-written test network. An empty `sector` keeps the default sector
/// of `Actor` (kDefaultSector); an empty `label` means "use the id".
struct ActorSpec {
    std::string id;
    std::string sector{};
    std::string label{};
};

/// The network "test" with `n` actors whose ids are `id_prefix` followed by the NodeId in
/// decimal ("0" … "n-1" with the default prefix, "a0" … with "a"), sector and label left
/// at their defaults, and one tie per entry of `edges`, in that order (repeats and
/// self-ties kept as given: the adjacency merges and drops them).
/// @throws whatever make_network throws for endpoints outside [0, n) or bad weights.
Network network_from_edges(std::size_t n, const std::vector<EdgeSpec>& edges,
                           bool directed = false, std::string_view id_prefix = "");

/// The network "test" with one actor per entry of `actors` (NodeId = position) and one
/// tie per entry of `edges`, in that order.
/// @throws whatever make_network throws (duplicate ids, endpoints out of range …).
Network network_from_actors(const std::vector<ActorSpec>& actors,
                            const std::vector<EdgeSpec>& edges, bool directed = false);

/// The ties of the complete graph on actors base … base+size-1, weight 1, in the order
/// (base+i, base+j) for i < j, i then j increasing.
std::vector<EdgeSpec> clique_edges(NodeId base, NodeId size);

/// Two K4, {0,1,2,3} and {4,5,6,7}, joined by the one tie 3–4; 8 actors "a0" … "a7",
/// 13 ties of weight 1, undirected. Its best partition is the two cliques, with
/// modularity Q = 12/13 − 1/2 (m = 13; each side holds 6 ties and degree sum 13).
///
///     0 --- 1         5 --- 6
///     | \ / |         | \ / |
///     | / \ |         | / \ |
///     2 --- 3 ------- 4 --- 7
Network two_joined_cliques();

/// `m` random ties on actors 0 … n-1 (repeats and self-ties possible), each drawn as:
/// source = rng() % n, then target = rng() % n, then, only when `max_weight` > 1, weight
/// = 1 + rng() % max_weight (otherwise weight 1). The draws are sequenced in that order,
/// so a seed gives the same ties on every platform.
/// @pre n > 0 when m > 0.
std::vector<EdgeSpec> random_edges(std::mt19937_64& rng, std::size_t n, std::size_t m,
                                   std::uint32_t max_weight = 1);

/// Analysis options with weights ignored (every tie length 1, strength = degree) and the
/// given number of worker threads.
AnalysisOptions unweighted(std::size_t threads = 1);

/// Analysis options with weights used (strength = summed weight, length = 1/weight) and
/// the given number of worker threads.
AnalysisOptions weighted(std::size_t threads = 1);

/// A partition holding `labels` as given (not normalised), community_count = the largest
/// label + 1 (0 for no labels). For feeding hand-made or deliberately odd partitions.
Partition partition_from_labels(std::vector<CommunityId> labels);

/// Catch2's default relative tolerance for `Approx` (100 float epsilons).
inline constexpr double kApproxEpsilon = std::numeric_limits<float>::epsilon() * 100;

/// REQUIREs equal sizes, then CHECKs every entry: actual[v] == Approx(expected[v]) with
/// the given absolute `margin` and relative `epsilon`, naming the actor v on failure.
/// One assertion for the size plus one per entry.
void check_close(const std::vector<double>& actual, const std::vector<double>& expected,
                 double margin, double epsilon = kApproxEpsilon);

}  // namespace coopnet::testing
