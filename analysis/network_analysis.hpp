// Everything `coopnet analyze` reports, computed in one call: the per-actor metrics and
// the network-level summary. Each field follows the convention of the function that
// computes it (see that header); this file only gathers them.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "analysis/brokers_and_gaps.hpp"
#include "analysis/centrality/approximate_betweenness.hpp"
#include "analysis/community/communities.hpp"
#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// Network-level figures. Path figures are for the largest (weak) component, in hops.
struct NetworkSummary {
    std::size_t actors = 0;
    std::size_t ties = 0;  ///< merged ties (pairs; ordered pairs when directed)
    bool directed = false;
    bool weighted = true;
    double density = 0.0;
    std::size_t weak_components = 0;
    std::optional<std::size_t> strong_components;  ///< directed networks only
    std::size_t largest_component = 0;
    double average_path_length = 0.0;  ///< NaN for an empty network
    std::size_t diameter = 0;
    double degree_centralization = 0.0;  ///< NaN for n <= 2 (analysis/centrality/degree.hpp)
    double average_clustering = 0.0;
    double transitivity = 0.0;
    bool eigenvector_converged = true;
    bool pagerank_converged = true;
};

/// Per-actor metrics, each indexed by NodeId.
struct ActorMetrics {
    std::vector<std::size_t> degree;
    std::vector<std::size_t> in_degree;
    std::vector<std::size_t> out_degree;
    std::vector<double> strength;
    std::vector<double> betweenness;  ///< normalised as networkx 3.x
    std::vector<double> betweenness_raw;  ///< before normalisation
    std::vector<double> closeness;    ///< Wasserman-Faust, networkx wf_improved=True
    std::vector<double> harmonic;     ///< divided by n-1
    std::vector<double> eigenvector;
    std::vector<double> pagerank;
    std::vector<double> clustering;
    std::vector<std::size_t> core;
    std::vector<bool> articulation;
    std::vector<std::size_t> component;  ///< weak component, 0 = largest
};

struct NetworkAnalysis {
    NetworkSummary network;
    ActorMetrics actors;
    std::vector<std::pair<NodeId, NodeId>> bridges;
    std::optional<CommunityAnalysis> communities;  ///< when asked for
    std::optional<BrokersAndGaps> brokers_and_gaps;  ///< when asked for
    /// The sample behind betweenness when it was estimated; empty when exact.
    std::optional<BetweennessEstimate> betweenness_estimate;
};

/// What `analyze_network` computes beyond the metrics it always computes.
struct NetworkAnalysisOptions {
    /// The communities, when given (`detect_communities`).
    std::optional<CommunityOptions> communities;
    /// Brokers and gaps, when given (`analyze_brokers_and_gaps`), with the gaps between
    /// the communities when those are computed too.
    std::optional<BrokersAndGapsOptions> brokers;
    /// Betweenness estimated with this bound (approximate_betweenness) when given, exact
    /// otherwise; the brokers and gaps use the same values.
    std::optional<ApproximateBetweennessOptions> approximate_betweenness;
};

/// Computes every metric of `coopnet analyze` with the weights and threads of `analysis`,
/// and the communities and brokers and gaps that `options` asks for.
/// Complexity dominated by betweenness: O(nm) unweighted, O(nm + n² log n) weighted, when
/// exact.
NetworkAnalysis analyze_network(const Network& network, const NetworkAnalysisOptions& options = {},
                                const AnalysisOptions& analysis = {});

}  // namespace coopnet
