#include "analysis/centrality/closeness.hpp"

#include <limits>

#include "analysis/structure/distances.hpp"

namespace coopnet {

ClosenessResult closeness(const Network& network, const AnalysisOptions& options) {
    IncomingDistances distances = incoming_distances(network, options);
    const std::size_t n = network.actor_count();
    ClosenessResult result;
    result.closeness.assign(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) {
        const double others = distances.reach[v] - 1.0;
        if (others == 0.0 || distances.distance_sum[v] <= 0.0) continue;
        result.closeness[v] =
            (others / distances.distance_sum[v]) * (others / static_cast<double>(n - 1));
    }
    result.reach = std::move(distances.reach);
    result.distance_sum = std::move(distances.distance_sum);
    return result;
}

std::vector<double> harmonic(const Network& network, const AnalysisOptions& options) {
    const IncomingDistances distances = incoming_distances(network, options);
    const std::size_t n = network.actor_count();
    // n = 1: no other actor, Σ over nothing divided by n-1 = 0 is 0/0.
    if (n <= 1) return std::vector<double>(n, std::numeric_limits<double>::quiet_NaN());
    std::vector<double> result(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) {
        result[v] = distances.harmonic_sum[v] / static_cast<double>(n - 1);
    }
    return result;
}

}  // namespace coopnet
