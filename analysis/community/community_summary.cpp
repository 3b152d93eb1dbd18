#include "analysis/community/community_summary.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

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

CommunityTies between_community_ties(const Network& network, const Partition& partition,
                                     const AnalysisOptions& options) {
    validate_partition(network, partition);
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& ties = adjacency.out();
    CommunityTies result;
    result.directed = adjacency.directed();
    std::vector<CommunityTieCount>& entries = result.entries;
    for (NodeId v = 0; v < ties.node_count(); ++v) {
        for (std::uint64_t i = ties.offsets[v]; i < ties.offsets[v + 1]; ++i) {
            const NodeId w = ties.neighbours[i];
            if (!result.directed && w < v) continue;  // each pair once
            CommunityId from = partition.community[v];
            CommunityId to = partition.community[w];
            if (!result.directed && to < from) std::swap(from, to);
            entries.push_back({from, to, 1, tie_weight(ties, i, options)});
        }
    }
    // Stable, so that equal pairs add their weights in the order of the ties: the sums do
    // not depend on the sort.
    std::stable_sort(entries.begin(), entries.end(), [](const auto& x, const auto& y) {
        return std::pair(x.from, x.to) < std::pair(y.from, y.to);
    });
    std::size_t kept = 0;
    for (const CommunityTieCount& entry : entries) {
        if (kept > 0 && entries[kept - 1].from == entry.from && entries[kept - 1].to == entry.to) {
            ++entries[kept - 1].count;
            entries[kept - 1].weight += entry.weight;
        } else {
            entries[kept++] = entry;
        }
    }
    entries.resize(kept);
    return result;
}

const CommunityTieCount* CommunityTies::find(CommunityId a, CommunityId b) const {
    if (!directed && b < a) std::swap(a, b);
    const auto it = std::lower_bound(
        entries.begin(), entries.end(), std::pair(a, b),
        [](const CommunityTieCount& x, const auto& key) { return std::pair(x.from, x.to) < key; });
    return it != entries.end() && it->from == a && it->to == b ? &*it : nullptr;
}

std::size_t CommunityTies::count_between(CommunityId a, CommunityId b) const {
    const CommunityTieCount* entry = find(a, b);
    return entry ? entry->count : 0;
}

double CommunityTies::weight_between(CommunityId a, CommunityId b) const {
    const CommunityTieCount* entry = find(a, b);
    return entry ? entry->weight : 0.0;
}

}  // namespace coopnet
