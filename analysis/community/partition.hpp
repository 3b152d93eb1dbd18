// Partitions of the actors into communities: the Partition type that every community
// algorithm returns, its normalised numbering, a fixed partition from an actor attribute,
// and whether communities are connected. Summaries of communities are in
// community_summary.hpp; the graph the methods cluster and aggregate, in
// analysis/detail/clustering_graph.hpp.
//
// Community structure is always read on the undirected analysis view
// (`Adjacency::undirected()`): directed networks are clustered on their undirected
// version, where the tie u–v weighs a_uv + a_vu. Multiplex ties are merged (weights summed),
// self-ties left out (core/adjacency.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/community/group_attribute.hpp"
#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// Index of a community inside a Partition.
using CommunityId = std::uint32_t;

/// A community for every actor. `community[v]` is the community of NodeId v, each in
/// [0, community_count). A partition returned by coopnet is normalised (see
/// `normalized_partition`): no empty community, numbered by decreasing size.
struct Partition {
    std::vector<CommunityId> community;  ///< one entry per NodeId
    std::size_t community_count = 0;

    [[nodiscard]] std::size_t actor_count() const noexcept { return community.size(); }
    /// The members of every community, each list in increasing NodeId order.
    [[nodiscard]] std::vector<std::vector<NodeId>> members() const;
    /// The number of members of every community.
    [[nodiscard]] std::vector<std::size_t> sizes() const;

    friend bool operator==(const Partition&, const Partition&) = default;
};

/// What every community detection returns.
struct CommunityResult {
    Partition partition;  ///< normalised
    /// The value of the objective the algorithm optimised, for `partition`, on the
    /// clustered graph (modularity with the requested resolution, or CPM quality).
    double quality = 0.0;
    /// Newman's modularity with resolution 1 of `partition` (NaN without ties), for
    /// comparing algorithms and objectives.
    double modularity = 0.0;
    /// Full passes run: Leiden and Louvain iterations, label-propagation sweeps.
    std::size_t iterations = 0;
    /// True when the algorithm stopped because nothing changed any more; false when it
    /// stopped at the iteration cap.
    bool converged = false;
    /// True when the network is directed and its undirected version (tie u–v weighing
    /// a_uv + a_vu) was clustered instead.
    bool clustered_undirected_version = false;
};

/// Renumbers arbitrary labels into a normalised Partition: one community per distinct
/// label, numbered 0, 1, … by decreasing size; communities of equal size are ordered by
/// their smallest member actor id (string comparison of `network.actor(v).id`).
/// @param labels one label per NodeId (any values; equal labels = same community).
/// @throws InvalidArgument if labels.size() != network.actor_count().
/// Complexity O(n log n).
Partition normalized_partition(const Network& network, std::span<const CommunityId> labels);

/// A fixed partition from an actor attribute, with the name of every group.
struct AttributePartition {
    Partition partition;             ///< normalised, as `normalized_partition`
    std::vector<std::string> names;  ///< names[c]: the attribute value of community c
};

/// Groups actors by the value of one attribute, as `group_name` (group_attribute.hpp)
/// names it: `sector` means the actor's sector (`other` when none was given), any other
/// name an entry of `Actor::attributes` compared as text; actors without the attribute or
/// with an empty value form one group named "(none)" (`kNoGroup`), like mixing and
/// brokerage roles.
/// @throws InvalidArgument if `attribute` is empty.
/// Complexity O(n log n).
AttributePartition attribute_partition(const Network& network, std::string_view attribute);

/// Throws InvalidArgument unless the partition has one entry per actor and every
/// community id is below community_count.
void validate_partition(const Network& network, const Partition& partition);

/// True if the members of community c are connected by ties among themselves (on the
/// undirected view; weak connectivity for directed networks). A community of one actor
/// is connected; one without members is not.
/// @throws InvalidArgument as `validate_partition`, or if c >= community_count.
/// Complexity O(n + m).
bool is_connected_community(const Network& network, const Partition& partition, CommunityId c);

/// For every community at once, whether it is connected in the sense of
/// `is_connected_community` (entry c answers for community c). One pass over the ties,
/// so checking all communities of a large partition stays linear; the benchmark counts
/// Louvain's and Leiden's disconnected communities with it (Traag et al. 2019, §2).
/// @throws InvalidArgument as `validate_partition`. Complexity O(n + m + k).
std::vector<bool> connected_communities(const Network& network, const Partition& partition);

}  // namespace coopnet
