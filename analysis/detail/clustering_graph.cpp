#include "analysis/detail/clustering_graph.hpp"

#include <algorithm>
#include <numeric>

namespace coopnet {
namespace {

// Members of every community by counting sort: offsets (size k+1) and nodes in NodeId order.
struct Grouping {
    std::vector<std::size_t> offsets;
    std::vector<NodeId> nodes;
};

Grouping group_by(std::span<const CommunityId> community, std::size_t count) {
    Grouping grouping;
    grouping.offsets.assign(count + 1, 0);
    for (const CommunityId c : community) ++grouping.offsets[c + 1];
    std::partial_sum(grouping.offsets.begin(), grouping.offsets.end(), grouping.offsets.begin());
    grouping.nodes.resize(community.size());
    std::vector<std::size_t> next(grouping.offsets.begin(), grouping.offsets.end() - 1);
    for (NodeId v = 0; v < community.size(); ++v) grouping.nodes[next[community[v]]++] = v;
    return grouping;
}

}  // namespace

const CsrGraph& clustering_graph(const Network& network, const AnalysisOptions& options,
                                 CsrGraph& storage) {
    const CsrGraph& undirected = network.adjacency().undirected();
    const bool unit_weights =
        !network.directed() && std::all_of(undirected.weights.begin(), undirected.weights.end(),
                                           [](double w) { return w == 1.0; });
    if (options.weights == WeightMode::Weighted || unit_weights) return undirected;
    storage = clustering_graph(network, options);
    return storage;
}

CsrGraph clustering_graph(const Network& network, const AnalysisOptions& options) {
    const Adjacency& adjacency = network.adjacency();
    CsrGraph graph = adjacency.undirected();
    if (options.weights == WeightMode::Weighted) return graph;
    if (!adjacency.directed()) {
        std::fill(graph.weights.begin(), graph.weights.end(), 1.0);
        return graph;
    }
    // Directed: a_uv + a_vu with a in {0, 1}; rows of out, in and undirected are sorted.
    const CsrGraph& out = adjacency.out();
    const CsrGraph& in = adjacency.in();
    for (NodeId u = 0; u < graph.node_count(); ++u) {
        const auto outs = out.neighbours_of(u);
        const auto ins = in.neighbours_of(u);
        std::size_t i = 0;
        std::size_t j = 0;
        for (std::uint64_t k = graph.offsets[u]; k < graph.offsets[u + 1]; ++k) {
            const NodeId v = graph.neighbours[k];
            double w = 0.0;
            while (i < outs.size() && outs[i] < v) ++i;
            while (j < ins.size() && ins[j] < v) ++j;
            if (i < outs.size() && outs[i] == v) w += 1.0;
            if (j < ins.size() && ins[j] == v) w += 1.0;
            graph.weights[k] = w;
        }
    }
    return graph;
}

AggregateGraph aggregate_graph(const CsrGraph& graph, std::span<const double> internal_weight,
                               std::span<const CommunityId> community,
                               std::size_t community_count) {
    const Grouping grouping = group_by(community, community_count);
    AggregateGraph result;
    result.internal.assign(community_count, 0.0);
    result.between.offsets.assign(community_count + 1, 0);
    result.between.neighbours.reserve(graph.arc_count());
    result.between.weights.reserve(graph.arc_count());
    std::vector<double> scratch(community_count, 0.0);
    std::vector<bool> touched_flag(community_count, false);
    std::vector<CommunityId> touched;
    for (CommunityId c = 0; c < community_count; ++c) {
        double own = 0.0;           // weight already inside the member nodes
        double twice_inside = 0.0;  // ties between members, seen from both ends
        for (std::size_t i = grouping.offsets[c]; i < grouping.offsets[c + 1]; ++i) {
            const NodeId v = grouping.nodes[i];
            if (!internal_weight.empty()) own += internal_weight[v];
            for (std::uint64_t a = graph.offsets[v]; a < graph.offsets[v + 1]; ++a) {
                const CommunityId d = community[graph.neighbours[a]];
                if (d == c) {
                    twice_inside += graph.weights[a];
                    continue;
                }
                if (!touched_flag[d]) {
                    touched_flag[d] = true;
                    touched.push_back(d);
                }
                scratch[d] += graph.weights[a];
            }
        }
        result.internal[c] = own + twice_inside / 2.0;
        std::sort(touched.begin(), touched.end());
        for (const CommunityId d : touched) {
            result.between.neighbours.push_back(d);
            result.between.weights.push_back(scratch[d]);
            scratch[d] = 0.0;
            touched_flag[d] = false;
        }
        touched.clear();
        result.between.offsets[c + 1] = result.between.neighbours.size();
    }
    // Reserved for the worst case (no tie collapses): give back what collapsing saved.
    result.between.neighbours.shrink_to_fit();
    result.between.weights.shrink_to_fit();
    return result;
}

}  // namespace coopnet
