#include "analysis/community/label_propagation.hpp"

#include <algorithm>
#include <numeric>
#include <random>
#include <utility>
#include <vector>

#include "analysis/detail/community_detail.hpp"
#include "analysis/community/modularity.hpp"
#include "core/interrupt.hpp"
#include "analysis/detail/clustering_graph.hpp"

namespace coopnet {
namespace {

constexpr double kTieTolerance = 1e-12;

}  // namespace

CommunityResult label_propagation(const Network& network,
                                  const LabelPropagationOptions& propagation_options,
                                  const AnalysisOptions& options) {
    if (propagation_options.max_sweeps == 0) {
        throw InvalidArgument("label propagation needs max_sweeps >= 1");
    }
    CsrGraph storage;
    const CsrGraph& graph = clustering_graph(network, options, storage);
    const std::size_t n = graph.node_count();
    std::vector<CommunityId> label(n);
    std::iota(label.begin(), label.end(), CommunityId{0});
    std::vector<NodeId> order(n);
    std::iota(order.begin(), order.end(), NodeId{0});
    detail::NeighbourWeights near;
    near.reset(n);
    std::vector<CommunityId> best;
    std::mt19937_64 rng(propagation_options.seed);
    CommunityResult result;
    while (result.iterations < propagation_options.max_sweeps) {
        throw_if_interrupted();
        ++result.iterations;
        detail::shuffle(order, rng);
        bool changed = false;
        for (const NodeId v : order) {
            if (graph.degree(v) == 0) continue;
            near.gather(graph, v, label);
            double top = 0.0;
            for (const CommunityId c : near.touched()) top = std::max(top, near.weight(c));
            best.clear();
            bool keep = false;
            for (const CommunityId c : near.touched()) {  // neighbour order: deterministic
                if (near.weight(c) >= top - kTieTolerance * top) {
                    best.push_back(c);
                    if (c == label[v]) keep = true;
                }
            }
            near.clear();
            if (keep) continue;
            label[v] =
                best.size() == 1 ? best.front() : best[detail::random_below(rng, best.size())];
            changed = true;
        }
        if (!changed) {
            result.converged = true;
            break;
        }
    }
    result.partition = normalized_partition(network, label);
    result.modularity =
        graph_modularity(graph, result.partition.community, result.partition.community_count, 1.0);
    result.quality = result.modularity;
    result.clustered_undirected_version = network.directed();
    return result;
}

}  // namespace coopnet
