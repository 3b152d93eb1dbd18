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

/// Ties between two communities: merged ties (undirected) or arcs from a member of `from`
/// to a member of `to` (directed), and their summed merged weight (the count when
/// unweighted). from == to: the ties inside the community, each once.
struct CommunityTieCount {
    CommunityId from = 0;
    CommunityId to = 0;
    std::size_t count = 0;
    double weight = 0.0;
};

/// The ties between communities, sparse: only pairs with ties are stored, so a partition
/// into many small communities (10 000 pairs of actors) needs memory for its ties, not
/// for k² cells. Undirected networks: one entry per pair with from <= to, a tie between a
/// and b counted once; directed networks: one entry per ordered pair (`Adjacency::out()`).
struct CommunityTies {
    bool directed = false;
    std::vector<CommunityTieCount> entries;  ///< by (from, to)

    /// The count and weight between a and b (in either order when undirected); 0 when
    /// no tie joins them.
    [[nodiscard]] std::size_t count_between(CommunityId a, CommunityId b) const;
    [[nodiscard]] double weight_between(CommunityId a, CommunityId b) const;

private:
    [[nodiscard]] const CommunityTieCount* find(CommunityId a, CommunityId b) const;
};

/// @throws InvalidArgument as `validate_partition`. Complexity O(n + m log m).
CommunityTies between_community_ties(const Network& network, const Partition& partition,
                                     const AnalysisOptions& options = {});

}  // namespace coopnet
