// Summaries of the communities of a partition: size, internal ties and density, sectors,
// the most central member, connectedness; and the ties between communities. Read as
// partition.hpp states (the undirected view for undirected networks; `Adjacency::out()`
// where a directed count is stated).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "analysis/community/partition.hpp"
#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

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

}  // namespace coopnet
