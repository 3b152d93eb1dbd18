#include "analysis/detail/clustering_graph.hpp"

#include <algorithm>
#include <numeric>

namespace coopnet {
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
                               std::size_t community_count, AggregateScratch& scratch) {
    // Members of every community by counting sort, in NodeId order.
    std::vector<std::size_t>& group_offsets = scratch.group_offsets;
    group_offsets.assign(community_count + 1, 0);
    for (const CommunityId c : community) ++group_offsets[c + 1];
    std::partial_sum(group_offsets.begin(), group_offsets.end(), group_offsets.begin());
    scratch.group_nodes.resize(community.size());
    scratch.next.assign(group_offsets.begin(), group_offsets.end() - 1);
    for (NodeId v = 0; v < community.size(); ++v) {
        scratch.group_nodes[scratch.next[community[v]]++] = v;
    }

    AggregateGraph result;
    result.internal.assign(community_count, 0.0);
    result.between.offsets.assign(community_count + 1, 0);
    // Rows go to the scratch buffers first (no more arcs than the graph has), then into
    // exactly sized ones: the aggregate is kept, and Leiden keeps every level.
    if (scratch.neighbours.size() < graph.arc_count()) {
        scratch.neighbours.resize(graph.arc_count());
        scratch.weights.resize(graph.arc_count());
    }
    std::vector<double>& tally = scratch.tally;
    std::vector<unsigned char>& seen = scratch.seen;
    std::vector<CommunityId>& touched = scratch.touched;
    tally.assign(community_count, 0.0);
    seen.assign(community_count, 0);
    touched.clear();
    std::size_t arcs = 0;
    for (CommunityId c = 0; c < community_count; ++c) {
        double own = 0.0;           // weight already inside the member nodes
        double twice_inside = 0.0;  // ties between members, seen from both ends
        for (std::size_t i = group_offsets[c]; i < group_offsets[c + 1]; ++i) {
            const NodeId v = scratch.group_nodes[i];
            if (!internal_weight.empty()) own += internal_weight[v];
            for (std::uint64_t a = graph.offsets[v]; a < graph.offsets[v + 1]; ++a) {
                const CommunityId d = community[graph.neighbours[a]];
                if (d == c) {
                    twice_inside += graph.weights[a];
                    continue;
                }
                if (!seen[d]) {
                    seen[d] = 1;
                    touched.push_back(d);
                }
                tally[d] += graph.weights[a];
            }
        }
        result.internal[c] = own + twice_inside / 2.0;
        std::sort(touched.begin(), touched.end());
        for (const CommunityId d : touched) {
            scratch.neighbours[arcs] = d;
            scratch.weights[arcs] = tally[d];
            ++arcs;
            tally[d] = 0.0;
            seen[d] = 0;
        }
        touched.clear();
        result.between.offsets[c + 1] = arcs;
    }
    result.between.neighbours.assign(scratch.neighbours.begin(),
                                     scratch.neighbours.begin() + static_cast<std::ptrdiff_t>(arcs));
    result.between.weights.assign(scratch.weights.begin(),
                                  scratch.weights.begin() + static_cast<std::ptrdiff_t>(arcs));
    return result;
}

}  // namespace coopnet
