// Partitions of the actors into communities: the Partition type that every community
// algorithm returns, its normalised numbering, a fixed partition from an actor attribute,
// per-community summaries, the between-community tie matrix, and the aggregate
// (community) graph that Louvain and Leiden collapse communities into.
//
// Community structure is always read on the undirected analysis view
// (`Adjacency::undirected()`): directed networks are clustered on their undirected
// version, where the tie u–v weighs a_uv + a_vu. Multiplex ties are merged (weights summed),
// self-ties left out (core/adjacency.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
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

/// A description of one community.
struct CommunitySummary {
    CommunityId community = 0;
    std::vector<NodeId> members;  ///< in increasing NodeId order
    std::size_t size = 0;
    /// Merged ties with both ends inside: pairs (undirected) or ordered pairs (directed,
    /// from `Adjacency::out()`).
    std::size_t internal_ties = 0;
    /// Summed merged weight of those ties (1 per tie when unweighted).
    double internal_weight = 0.0;
    /// internal_ties / possible ties: size(size-1)/2 pairs (undirected) or size(size-1)
    /// ordered pairs (directed), as `density`; 0 for a community of one actor.
    double internal_density = 0.0;
    /// Members per sector (`Actor::sector`), in sector-name order.
    std::map<std::string, std::size_t> sector_counts;
    /// The member of largest strength in the whole network (sum of its merged tie
    /// weights on the undirected view, i.e. in- plus out-strength for directed networks;
    /// degree when unweighted); ties broken by the smallest actor id.
    NodeId most_central = 0;
    double most_central_strength = 0.0;
    /// Whether the members are connected among themselves (`connected_communities`).
    /// Leiden's communities always are; Louvain's and fixed partitions' may not be.
    bool connected = false;
};

/// One summary per community, in community order (empty communities get size 0,
/// density 0, most_central 0 with strength 0, and are not connected).
/// @throws InvalidArgument as `validate_partition`. Complexity O(n + m).
std::vector<CommunitySummary> summarize_communities(const Network& network,
                                                    const Partition& partition,
                                                    const AnalysisOptions& options = {});

/// The ties between communities: a community_count × community_count matrix, row-major.
/// Undirected networks: symmetric; entry (a, b), a != b, counts the merged ties with one
/// end in a and the other in b, each tie once; the diagonal holds each community's
/// internal ties, each once. Directed networks: entry (a, b) counts merged arcs from a
/// member of a to a member of b (`Adjacency::out()`), the diagonal the internal arcs.
/// `weight` holds the summed merged weights (tie counts when unweighted).
struct CommunityTieMatrix {
    std::size_t community_count = 0;
    std::vector<std::size_t> count;
    std::vector<double> weight;

    [[nodiscard]] std::size_t count_between(CommunityId a, CommunityId b) const {
        return count[static_cast<std::size_t>(a) * community_count + b];
    }
    [[nodiscard]] double weight_between(CommunityId a, CommunityId b) const {
        return weight[static_cast<std::size_t>(a) * community_count + b];
    }
};

/// @throws InvalidArgument as `validate_partition`. Complexity O(n + m + k²).
CommunityTieMatrix between_community_ties(const Network& network, const Partition& partition,
                                          const AnalysisOptions& options = {});

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

/// The undirected weighted graph on which communities are found and modularity is
/// computed: `Adjacency::undirected()` (directed networks: weight a_uv + a_vu) with
/// `WeightMode::Weighted`; with `Unweighted`, every merged tie weighs 1, so the
/// undirected version of a directed network weighs 2 where ties run both ways.
/// Complexity O(n + m).
CsrGraph clustering_graph(const Network& network, const AnalysisOptions& options = {});

/// The same graph without a copy where the network's own `Adjacency::undirected()` already
/// is it (weighted, or an undirected network whose merged weights are all 1): returns a
/// reference to that, or fills `storage` and returns `storage`. For the community methods
/// on large networks: a million ties take 24 MB per copy.
/// Complexity O(n + m).
const CsrGraph& clustering_graph(const Network& network, const AnalysisOptions& options,
                                 CsrGraph& storage);

/// The graph of communities that Louvain and Leiden aggregate into: one node per
/// community; `between` holds the summed weights between communities (each direction,
/// so every weight twice over both rows, as in a CsrGraph of an undirected graph);
/// `internal[c]` the summed weight of the ties inside community c, each tie once.
struct AggregateGraph {
    CsrGraph between;
    std::vector<double> internal;
};

/// Collapses `graph` (undirected, each tie in both rows) by `community` (one entry per
/// node, each below `community_count`). Rows stay sorted by neighbour index.
/// `internal_weight` (one per node, or empty for none) is the weight already inside each
/// node, added to its community's internal weight. Complexity O(n + m log m / n).
AggregateGraph aggregate_graph(const CsrGraph& graph, std::span<const double> internal_weight,
                               std::span<const CommunityId> community, std::size_t community_count);

}  // namespace coopnet
