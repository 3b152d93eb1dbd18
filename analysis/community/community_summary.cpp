#include "analysis/community/community_summary.hpp"

#include <numeric>

#include "analysis/detail/clustering_graph.hpp"

namespace coopnet {
namespace {

// The weight of the merged tie at position `index` of the analysis view row.
double tie_weight(const CsrGraph& graph, std::size_t index, const AnalysisOptions& options) {
    return options.weights == WeightMode::Weighted ? graph.weights[index] : 1.0;
}

}  // namespace

std::vector<CommunitySummary> summarize_communities(const Network& network,
                                                    const Partition& partition,
                                                    const AnalysisOptions& options) {
    validate_partition(network, partition);
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& ties = adjacency.out();  // each arc (directed) or each pair twice
    CsrGraph storage;
    const CsrGraph& undirected = clustering_graph(network, options, storage);
    const std::size_t k = partition.community_count;
    std::vector<CommunitySummary> result(k);
    for (CommunityId c = 0; c < k; ++c) result[c].community = c;
    std::vector<bool> has_central(k, false);
    for (NodeId v = 0; v < partition.community.size(); ++v) {
        CommunitySummary& summary = result[partition.community[v]];
        summary.members.push_back(v);
        ++summary.sector_counts[network.actor(v).sector];
        const auto weights = undirected.weights_of(v);
        const double strength = std::accumulate(weights.begin(), weights.end(), 0.0);
        const bool better = !has_central[summary.community] ||
                            strength > summary.most_central_strength ||
                            (strength == summary.most_central_strength &&
                             network.actor(v).id < network.actor(summary.most_central).id);
        if (better) {
            summary.most_central = v;
            summary.most_central_strength = strength;
            has_central[summary.community] = true;
        }
        for (std::uint64_t i = ties.offsets[v]; i < ties.offsets[v + 1]; ++i) {
            const NodeId w = ties.neighbours[i];
            if (partition.community[w] != partition.community[v]) continue;
            if (!adjacency.directed() && w < v) continue;  // each pair once
            ++summary.internal_ties;
            summary.internal_weight += tie_weight(ties, i, options);
        }
    }
    const std::vector<bool> connected = connected_communities(network, partition);
    for (CommunitySummary& summary : result) {
        summary.connected = connected[summary.community];
        summary.size = summary.members.size();
        if (summary.size > 1) {
            const double s = static_cast<double>(summary.size);
            const double possible = adjacency.directed() ? s * (s - 1.0) : s * (s - 1.0) / 2.0;
            summary.internal_density = static_cast<double>(summary.internal_ties) / possible;
        }
    }
    return result;
}

CommunityTieMatrix between_community_ties(const Network& network, const Partition& partition,
                                          const AnalysisOptions& options) {
    validate_partition(network, partition);
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& ties = adjacency.out();
    CommunityTieMatrix matrix;
    const std::size_t k = partition.community_count;
    matrix.community_count = k;
    matrix.count.assign(k * k, 0);
    matrix.weight.assign(k * k, 0.0);
    for (NodeId v = 0; v < ties.node_count(); ++v) {
        const std::size_t a = partition.community[v];
        for (std::uint64_t i = ties.offsets[v]; i < ties.offsets[v + 1]; ++i) {
            const NodeId w = ties.neighbours[i];
            if (!adjacency.directed() && w < v) continue;  // each pair once
            const std::size_t b = partition.community[w];
            const double weight = tie_weight(ties, i, options);
            ++matrix.count[a * k + b];
            matrix.weight[a * k + b] += weight;
            if (!adjacency.directed() && a != b) {
                ++matrix.count[b * k + a];
                matrix.weight[b * k + a] += weight;
            }
        }
    }
    return matrix;
}

}  // namespace coopnet
