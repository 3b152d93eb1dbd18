#include "analysis/community/communities.hpp"

#include "analysis/community/label_propagation.hpp"
#include "analysis/community/leiden.hpp"
#include "analysis/community/louvain.hpp"
#include "core/error.hpp"

namespace coopnet {

void parse_community_method(const std::string& text, CommunityOptions& options) {
    if (text == "leiden") {
        options.method = CommunityMethod::Leiden;
    } else if (text == "louvain") {
        options.method = CommunityMethod::Louvain;
    } else if (text == "labelprop") {
        options.method = CommunityMethod::LabelPropagation;
    } else if (text.rfind("attr:", 0) == 0 && text.size() > 5) {
        options.method = CommunityMethod::Attribute;
        options.attribute = text.substr(5);
    } else {
        throw InvalidArgument("--communities expects leiden, louvain, labelprop or attr:NAME, not '" +
                              text + "'");
    }
}

std::string community_method_name(const CommunityOptions& options) {
    switch (options.method) {
        case CommunityMethod::Leiden: return "leiden";
        case CommunityMethod::Louvain: return "louvain";
        case CommunityMethod::LabelPropagation: return "labelprop";
        case CommunityMethod::Attribute: return "attr:" + options.attribute;
    }
    return "leiden";
}

CommunityAnalysis detect_communities(const Network& network, const CommunityOptions& options,
                                     const AnalysisOptions& analysis) {
    CommunityAnalysis result;
    result.options = options;
    if (options.method == CommunityMethod::Attribute) {
        AttributePartition fixed = attribute_partition(network, options.attribute);
        result.partition = std::move(fixed.partition);
        result.names = std::move(fixed.names);
    } else {
        validate_resolution(options.leiden.resolution);
        // One seeded run of the chosen method; validation errors surface from restart 0.
        auto search = [&](std::uint64_t seed) -> CommunityResult {
            switch (options.method) {
                case CommunityMethod::Louvain: {
                    const LouvainOptions louvain_options{.quality = options.leiden.quality,
                                                         .resolution = options.leiden.resolution,
                                                         .seed = seed};
                    return louvain(network, louvain_options, analysis);
                }
                case CommunityMethod::LabelPropagation:
                    return label_propagation(network, {.seed = seed}, analysis);
                default: {
                    LeidenOptions leiden_options = options.leiden;
                    leiden_options.seed = seed;
                    return leiden(network, leiden_options, analysis);
                }
            }
        };
        result.restarts = restart_count(options.restarts, network.adjacency().tie_count());
        RestartedCommunities found =
            best_of_restarts(result.restarts, options.leiden.seed, search, analysis);
        result.partition = std::move(found.best.partition);
        result.converged = found.best.converged;
        result.best_restart = found.best_restart;
        // One run agrees with itself: a stability of 1 would say nothing.
        if (result.restarts >= 2) result.stability = std::move(found.stability);
    }
    result.clustered_undirected_version = network.directed();
    result.modularity = modularity(network, result.partition, 1.0, analysis);
    result.quality = partition_quality(network, result.partition, options.leiden.quality,
                                       options.leiden.resolution, analysis);
    result.summaries = summarize_communities(network, result.partition, analysis);
    result.between = between_community_ties(network, result.partition, analysis);
    return result;
}

}  // namespace coopnet
