#include "analysis/centrality/degree.hpp"

#include <algorithm>
#include <limits>

namespace coopnet {
namespace {

std::vector<std::size_t> row_lengths(const CsrGraph& rows) {
    std::vector<std::size_t> result(rows.node_count());
    for (NodeId v = 0; v < result.size(); ++v) result[v] = rows.degree(v);
    return result;
}

std::vector<double> row_sums(const CsrGraph& rows, WeightMode mode) {
    std::vector<double> result(rows.node_count(), 0.0);
    for (NodeId v = 0; v < result.size(); ++v) {
        if (mode == WeightMode::Unweighted) {
            result[v] = static_cast<double>(rows.degree(v));
            continue;
        }
        double sum = 0.0;
        for (const double w : rows.weights_of(v)) sum += w;
        result[v] = sum;
    }
    return result;
}

}  // namespace

std::vector<std::size_t> in_degree(const Network& network, const AnalysisOptions&) {
    return row_lengths(network.adjacency().in());
}

std::vector<std::size_t> out_degree(const Network& network, const AnalysisOptions&) {
    return row_lengths(network.adjacency().out());
}

std::vector<std::size_t> degree(const Network& network, const AnalysisOptions& options) {
    std::vector<std::size_t> result = out_degree(network, options);
    if (network.adjacency().directed()) {
        const CsrGraph& in = network.adjacency().in();
        for (NodeId v = 0; v < result.size(); ++v) result[v] += in.degree(v);
    }
    return result;
}

std::vector<double> in_strength(const Network& network, const AnalysisOptions& options) {
    return row_sums(network.adjacency().in(), options.weights);
}

std::vector<double> out_strength(const Network& network, const AnalysisOptions& options) {
    return row_sums(network.adjacency().out(), options.weights);
}

std::vector<double> strength(const Network& network, const AnalysisOptions& options) {
    std::vector<double> result = out_strength(network, options);
    if (network.adjacency().directed()) {
        const std::vector<double> in = in_strength(network, options);
        for (std::size_t v = 0; v < result.size(); ++v) result[v] += in[v];
    }
    return result;
}

double density(const Network& network, const AnalysisOptions&) {
    const Adjacency& adjacency = network.adjacency();
    const auto n = static_cast<double>(adjacency.node_count());
    if (adjacency.node_count() <= 1) return 0.0;
    const auto m = static_cast<double>(adjacency.tie_count());
    const double possible = n * (n - 1.0);
    return adjacency.directed() ? m / possible : 2.0 * m / possible;
}

double degree_centralization(const Network& network, const AnalysisOptions& options) {
    const std::size_t n = network.adjacency().node_count();
    if (n <= 2) return std::numeric_limits<double>::quiet_NaN();  // 0/0: T = 0
    const std::vector<std::size_t> d = degree(network, options);
    const std::size_t d_max = *std::max_element(d.begin(), d.end());
    std::size_t sum = 0;  // exact in integers
    for (const std::size_t d_i : d) sum += d_max - d_i;
    const auto nn = static_cast<double>(n);
    double theoretical_max = (nn - 1.0) * (nn - 2.0);
    if (network.adjacency().directed()) theoretical_max *= 2.0;
    return static_cast<double>(sum) / theoretical_max;
}

}  // namespace coopnet
