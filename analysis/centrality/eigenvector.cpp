#include "analysis/centrality/eigenvector.hpp"

#include <cmath>

#include "core/error.hpp"

namespace coopnet {

EigenvectorResult eigenvector_centrality(const Network& network, const AnalysisOptions& options,
                                         const EigenvectorOptions& iteration) {
    if (!std::isfinite(iteration.tolerance) || !(iteration.tolerance > 0.0)) {
        throw InvalidArgument("eigenvector centrality: tolerance must be finite and > 0");
    }
    if (iteration.max_iterations == 0) {
        throw InvalidArgument("eigenvector centrality: max_iterations must be at least 1");
    }
    EigenvectorResult result;
    const CsrGraph& in = network.adjacency().in();
    const std::size_t n = in.node_count();
    if (n == 0) return result;

    const bool weighted = options.weights == WeightMode::Weighted;
    std::vector<double> x(n, 1.0 / std::sqrt(static_cast<double>(n)));
    std::vector<double> y(n);
    result.converged = false;
    while (result.iterations < iteration.max_iterations) {
        ++result.iterations;
        // y = (A + I)^T x, pulled along incoming arcs: y_v = x_v + sum_u a_uv x_u.
        double norm_squared = 0.0;
        for (NodeId v = 0; v < n; ++v) {
            const auto sources = in.neighbours_of(v);
            const auto weights = in.weights_of(v);
            double sum = x[v];
            for (std::size_t k = 0; k < sources.size(); ++k) {
                sum += (weighted ? weights[k] : 1.0) * x[sources[k]];
            }
            y[v] = sum;
            norm_squared += sum * sum;
        }
        // y >= x componentwise and x > 0, so the norm is never 0.
        const double norm = std::sqrt(norm_squared);
        double change = 0.0;
        for (NodeId v = 0; v < n; ++v) {
            y[v] /= norm;
            change += std::abs(y[v] - x[v]);
        }
        x.swap(y);
        result.eigenvalue = norm - 1.0;
        if (change < iteration.tolerance) {
            result.converged = true;
            break;
        }
    }
    result.scores = std::move(x);
    return result;
}

}  // namespace coopnet
