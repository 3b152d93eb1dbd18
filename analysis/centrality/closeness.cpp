#include "analysis/centrality/closeness.hpp"

#include <limits>
#include <utility>
#include <vector>

#include "analysis/structure/distances.hpp"

namespace coopnet {
namespace {

/// Closeness from the distance totals; takes reach and distance_sum out of `distances`.
ClosenessResult closeness_from(IncomingDistances& distances) {
    const std::size_t n = distances.reach.size();
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

/// Harmonic centrality from the distance totals.
std::vector<double> harmonic_from(const IncomingDistances& distances) {
    const std::size_t n = distances.harmonic_sum.size();
    // n = 1: no other actor, Σ over nothing divided by n-1 = 0 is 0/0.
    if (n <= 1) return std::vector<double>(n, std::numeric_limits<double>::quiet_NaN());
    std::vector<double> result(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) {
        result[v] = distances.harmonic_sum[v] / static_cast<double>(n - 1);
    }
    return result;
}

}  // namespace

ClosenessResult closeness(const Network& network, const AnalysisOptions& options) {
    IncomingDistances distances = incoming_distances(network, options);
    return closeness_from(distances);
}

std::vector<double> harmonic(const Network& network, const AnalysisOptions& options) {
    return harmonic_from(incoming_distances(network, options));
}

DistanceCentralities closeness_and_harmonic(const Network& network,
                                            const AnalysisOptions& options) {
    return closeness_and_harmonic(incoming_distances(network, options));
}

DistanceCentralities closeness_and_harmonic(IncomingDistances&& distances) {
    DistanceCentralities result;
    result.harmonic = harmonic_from(distances);
    result.closeness = closeness_from(distances);
    return result;
}

}  // namespace coopnet
