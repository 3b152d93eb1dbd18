#include "analysis/label_propagation.hpp"

#include <algorithm>
#include <numeric>
#include <random>
#include <utility>
#include <vector>

#include "analysis/modularity.hpp"

namespace coopnet {
namespace {

// Uniform integer in [0, bound) by rejection: the same on every platform.
std::uint64_t random_below(std::mt19937_64& rng, std::uint64_t bound) {
    const std::uint64_t threshold = (0 - bound) % bound;  // 2^64 mod bound
    for (;;) {
        const std::uint64_t x = rng();
        if (x >= threshold) return x % bound;
    }
}

constexpr double kTieTolerance = 1e-12;

}  // namespace

CommunityResult label_propagation(const Network& network,
                                  const LabelPropagationOptions& propagation_options,
                                  const AnalysisOptions& options) {
    if (propagation_options.max_sweeps == 0) {
        throw InvalidArgument("label propagation needs max_sweeps >= 1");
    }
    const CsrGraph graph = clustering_graph(network, options);
    const std::size_t n = graph.node_count();
    std::vector<CommunityId> label(n);
    std::iota(label.begin(), label.end(), CommunityId{0});
    std::vector<NodeId> order(n);
    std::iota(order.begin(), order.end(), NodeId{0});
    std::vector<double> sum(n, 0.0);
    std::vector<unsigned char> seen(n, 0);
    std::vector<CommunityId> touched;
    std::vector<CommunityId> best;
    std::mt19937_64 rng(propagation_options.seed);
    CommunityResult result;
    while (result.iterations < propagation_options.max_sweeps) {
        ++result.iterations;
        for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[random_below(rng, i)]);
        bool changed = false;
        for (const NodeId v : order) {
            if (graph.degree(v) == 0) continue;
            touched.clear();
            for (std::uint64_t a = graph.offsets[v]; a < graph.offsets[v + 1]; ++a) {
                const CommunityId c = label[graph.neighbours[a]];
                if (!seen[c]) {
                    seen[c] = 1;
                    touched.push_back(c);
                }
                sum[c] += graph.weights[a];
            }
            double top = 0.0;
            for (const CommunityId c : touched) top = std::max(top, sum[c]);
            best.clear();
            bool keep = false;
            for (const CommunityId c : touched) {  // neighbour order: deterministic
                if (sum[c] >= top - kTieTolerance * top) {
                    best.push_back(c);
                    if (c == label[v]) keep = true;
                }
            }
            for (const CommunityId c : touched) {
                sum[c] = 0.0;
                seen[c] = 0;
            }
            if (keep) continue;
            label[v] = best.size() == 1 ? best.front() : best[random_below(rng, best.size())];
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
