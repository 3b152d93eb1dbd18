#include "analysis/centrality/pagerank.hpp"

#include <cmath>

#include "core/error.hpp"

namespace coopnet {

PageRankResult pagerank(const Network& network, const PageRankOptions& iteration,
                        const AnalysisOptions& options) {
    const double d = iteration.damping;
    if (!(d >= 0.0 && d < 1.0)) {
        throw InvalidArgument("pagerank: damping must lie in [0, 1)");
    }
    if (!std::isfinite(iteration.tolerance) || !(iteration.tolerance > 0.0)) {
        throw InvalidArgument("pagerank: tolerance must be finite and > 0");
    }
    if (iteration.max_iterations == 0) {
        throw InvalidArgument("pagerank: max_iterations must be at least 1");
    }
    PageRankResult result;
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& out = adjacency.out();
    const CsrGraph& in = adjacency.in();
    const std::size_t n = adjacency.node_count();
    if (n == 0) return result;
    const bool weighted = options.weights == WeightMode::Weighted;

    // W_u, the out-weight of every actor; 0 marks a dangling actor.
    std::vector<double> out_weight(n, 0.0);
    std::vector<NodeId> dangling;
    for (NodeId u = 0; u < n; ++u) {
        if (weighted) {
            for (const double w : out.weights_of(u)) out_weight[u] += w;
        } else {
            out_weight[u] = static_cast<double>(out.degree(u));
        }
        if (out.degree(u) == 0) dangling.push_back(u);
    }

    const double inv_n = 1.0 / static_cast<double>(n);
    std::vector<double> x(n, inv_n);
    std::vector<double> next(n);
    std::vector<double> share(n);  // x_u / W_u, what u sends along a tie of weight 1
    result.converged = false;
    while (result.iterations < iteration.max_iterations) {
        ++result.iterations;
        double dangling_sum = 0.0;
        for (const NodeId u : dangling) dangling_sum += x[u];
        for (NodeId u = 0; u < n; ++u) share[u] = out_weight[u] > 0.0 ? x[u] / out_weight[u] : 0.0;
        const double base = (1.0 - d) * inv_n + d * dangling_sum * inv_n;
        double change = 0.0;
        for (NodeId v = 0; v < n; ++v) {
            const auto sources = in.neighbours_of(v);
            const auto weights = in.weights_of(v);
            double received = 0.0;
            for (std::size_t k = 0; k < sources.size(); ++k) {
                received += (weighted ? weights[k] : 1.0) * share[sources[k]];
            }
            next[v] = base + d * received;
            change += std::abs(next[v] - x[v]);
        }
        x.swap(next);
        if (change < iteration.tolerance) {
            result.converged = true;
            break;
        }
    }
    double sum = 0.0;
    for (const double value : x) sum += value;
    for (double& value : x) value /= sum;
    result.scores = std::move(x);
    return result;
}

}  // namespace coopnet
