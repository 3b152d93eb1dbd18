// Internal to the community methods: the undirected weighted graph they cluster and
// score (modularity, Louvain, Leiden, label propagation), and the aggregate graph of
// communities that Louvain collapses it into (Blondel et al. 2008; Leiden builds its
// aggregates in place, in buffers it keeps from level to level: leiden.cpp).
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "analysis/community/partition.hpp"
#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

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

/// The graph of communities that Louvain aggregates into: one node per
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
