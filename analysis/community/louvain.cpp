#include "analysis/community/louvain.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <utility>
#include <vector>

#include "analysis/detail/community_detail.hpp"
#include "core/interrupt.hpp"
#include "analysis/detail/clustering_graph.hpp"

namespace coopnet {
namespace {

// One level: sweeps over the nodes in a random order until none moves. `community`
// starts as singletons; returns whether any node moved.
bool one_level(const CsrGraph& g, const std::vector<double>& node_weight, double lambda,
               std::mt19937_64& rng, std::vector<CommunityId>& community) {
    const std::size_t n = g.node_count();
    std::vector<NodeId> order(n);
    std::iota(order.begin(), order.end(), NodeId{0});
    detail::shuffle(order, rng);
    std::vector<double> total(node_weight);
    detail::NeighbourWeights near;
    near.reset(n);
    bool any = false;
    for (bool moved = true; moved;) {
        throw_if_interrupted();
        moved = false;
        for (const NodeId v : order) {
            const CommunityId current = community[v];
            const double s = node_weight[v];
            near.gather(g, v, community);
            total[current] -= s;
            const double stay_gain = near.weight(current) - lambda * s * total[current];
            CommunityId best = current;
            double best_gain = stay_gain;
            for (const CommunityId c : near.touched()) {
                const double gain = near.weight(c) - lambda * s * total[c];
                if (gain > best_gain) {
                    best_gain = gain;
                    best = c;
                }
            }
            if (!detail::clearly_better(best_gain, stay_gain)) best = current;
            total[best] += s;
            near.clear();
            if (best != current) {
                community[v] = best;
                moved = true;
                any = true;
            }
        }
    }
    return any;
}

}  // namespace

CommunityResult louvain(const Network& network, const LouvainOptions& louvain_options,
                        const AnalysisOptions& options) {
    validate_resolution(louvain_options.resolution);
    CsrGraph storage;
    const CsrGraph& graph = clustering_graph(network, options, storage);
    const std::size_t n = graph.node_count();
    std::vector<double> node_weight(n, 1.0);
    double two_m = 0.0;
    for (NodeId v = 0; v < n; ++v) {
        const auto weights = graph.weights_of(v);
        const double strength = std::accumulate(weights.begin(), weights.end(), 0.0);
        two_m += strength;
        if (louvain_options.quality == QualityFunction::Modularity) node_weight[v] = strength;
    }
    const bool modularity_objective = louvain_options.quality == QualityFunction::Modularity;
    const double lambda = modularity_objective
                              ? (two_m > 0.0 ? louvain_options.resolution / two_m : 0.0)
                              : louvain_options.resolution;

    CommunityResult result;
    std::vector<CommunityId> node_of(n);  // original node -> node of the current level
    std::iota(node_of.begin(), node_of.end(), NodeId{0});
    std::mt19937_64 rng(louvain_options.seed);
    const CsrGraph* level = &graph;  // the first level is the clustering graph, not a copy
    CsrGraph aggregate;
    std::vector<double> internal(n, 0.0);
    for (;;) {
        ++result.iterations;
        const std::size_t size = level->node_count();
        std::vector<CommunityId> community(size);
        std::iota(community.begin(), community.end(), CommunityId{0});
        if (!one_level(*level, node_weight, lambda, rng, community)) break;
        // Dense renumbering by first appearance.
        std::vector<CommunityId> dense(size, std::numeric_limits<CommunityId>::max());
        CommunityId count = 0;
        for (CommunityId& c : community) {
            if (dense[c] == std::numeric_limits<CommunityId>::max()) dense[c] = count++;
            c = dense[c];
        }
        AggregateGraph collapsed = aggregate_graph(*level, internal, community, count);
        std::vector<double> next_weight(count, 0.0);
        for (NodeId v = 0; v < size; ++v) next_weight[community[v]] += node_weight[v];
        for (CommunityId& node : node_of) node = community[node];
        aggregate = std::move(collapsed.between);
        level = &aggregate;
        internal = std::move(collapsed.internal);
        node_weight = std::move(next_weight);
    }
    result.converged = true;
    result.partition = normalized_partition(network, node_of);
    result.modularity =
        graph_modularity(graph, result.partition.community, result.partition.community_count, 1.0);
    result.quality =
        modularity_objective
            ? graph_modularity(graph, result.partition.community, result.partition.community_count,
                               louvain_options.resolution)
            : graph_cpm_quality(graph, result.partition.community, result.partition.community_count,
                                louvain_options.resolution);
    result.clustered_undirected_version = network.directed();
    return result;
}

}  // namespace coopnet
