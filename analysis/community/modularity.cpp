#include "analysis/community/modularity.hpp"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/number_format.hpp"
#include "analysis/detail/clustering_graph.hpp"

namespace coopnet {

void validate_resolution(double resolution) {
    if (!std::isfinite(resolution) || resolution < 0.0) {
        throw InvalidArgument("resolution must be a finite number >= 0, not " +
                              format_number(resolution));
    }
}

double graph_modularity(const CsrGraph& graph, std::span<const CommunityId> community,
                        std::size_t community_count, double resolution) {
    std::vector<double> inside(community_count, 0.0);  // 2 e_c: each tie from both ends
    std::vector<double> total(community_count, 0.0);   // K_c
    double two_m = 0.0;
    for (NodeId v = 0; v < graph.node_count(); ++v) {
        const CommunityId c = community[v];
        for (std::uint64_t a = graph.offsets[v]; a < graph.offsets[v + 1]; ++a) {
            const double w = graph.weights[a];
            total[c] += w;
            two_m += w;
            if (community[graph.neighbours[a]] == c) inside[c] += w;
        }
    }
    if (two_m == 0.0) return std::numeric_limits<double>::quiet_NaN();
    double q = 0.0;
    for (std::size_t c = 0; c < community_count; ++c) {
        const double share = total[c] / two_m;
        q += inside[c] / two_m - resolution * share * share;
    }
    return q;
}

double graph_cpm_quality(const CsrGraph& graph, std::span<const CommunityId> community,
                         std::size_t community_count, double resolution) {
    std::vector<double> twice_inside(community_count, 0.0);
    std::vector<double> size(community_count, 0.0);
    for (NodeId v = 0; v < graph.node_count(); ++v) {
        const CommunityId c = community[v];
        size[c] += 1.0;
        for (std::uint64_t a = graph.offsets[v]; a < graph.offsets[v + 1]; ++a) {
            if (community[graph.neighbours[a]] == c) twice_inside[c] += graph.weights[a];
        }
    }
    double h = 0.0;
    for (std::size_t c = 0; c < community_count; ++c) {
        h += twice_inside[c] / 2.0 - resolution * size[c] * (size[c] - 1.0) / 2.0;
    }
    return h;
}

double modularity(const Network& network, const Partition& partition, double resolution,
                  const AnalysisOptions& options) {
    validate_partition(network, partition);
    validate_resolution(resolution);
    CsrGraph storage;
    return graph_modularity(clustering_graph(network, options, storage), partition.community,
                            partition.community_count, resolution);
}

double cpm_quality(const Network& network, const Partition& partition, double resolution,
                   const AnalysisOptions& options) {
    validate_partition(network, partition);
    validate_resolution(resolution);
    CsrGraph storage;
    return graph_cpm_quality(clustering_graph(network, options, storage), partition.community,
                             partition.community_count, resolution);
}

double partition_quality(const Network& network, const Partition& partition,
                         QualityFunction function, double resolution,
                         const AnalysisOptions& options) {
    return function == QualityFunction::Modularity
               ? modularity(network, partition, resolution, options)
               : cpm_quality(network, partition, resolution, options);
}

}  // namespace coopnet
