#include "cli/map_analysis.hpp"

#include "analysis/centrality/approximate_betweenness.hpp"
#include "analysis/centrality/closeness.hpp"
#include "analysis/centrality/degree.hpp"
#include "analysis/centrality/eigenvector.hpp"
#include "analysis/centrality/pagerank.hpp"
#include "analysis/community/communities.hpp"
#include "analysis/gaps/suggestions.hpp"
#include "analysis/structure/cut_points.hpp"

namespace coopnet::cli {

namespace {

std::vector<double> size_values(const Network& network, SizeMetric metric,
                                const AnalysisOptions& analysis,
                                const std::vector<double>& betweenness_raw) {
    switch (metric) {
        case SizeMetric::Betweenness:
            return betweenness_raw;
        case SizeMetric::Degree: {
            const std::vector<std::size_t> counts = degree(network, analysis);
            return {counts.begin(), counts.end()};
        }
        case SizeMetric::Strength:
            return strength(network, analysis);
        case SizeMetric::PageRank:
            return pagerank(network, {}, analysis).scores;
        case SizeMetric::Eigenvector:
            return eigenvector_centrality(network, {}, analysis).scores;
        case SizeMetric::Closeness:
            return closeness(network, analysis).closeness;
        case SizeMetric::Harmonic:
            return harmonic(network, analysis);
    }
    return betweenness_raw;
}

}  // namespace

MapAnalysis analyze_for_map(const Network& network, const MapOptions& map,
                            const std::optional<ApproximateBetweennessOptions>& approximate,
                            const AnalysisOptions& analysis) {
    MapAnalysis result;
    if (map.clusters || map.view.kind == MapViewKind::Community) {
        // The same partition as `coopnet analyze`: the best of the automatic restarts.
        CommunityOptions community_options;
        community_options.leiden.seed = map.community_seed;
        result.communities = detect_communities(network, community_options, analysis).partition;
    }
    ChosenBetweenness chosen = chosen_betweenness(network, approximate, analysis);
    result.betweenness = std::move(chosen.values.raw);
    result.betweenness_estimate = chosen.estimate;
    result.size = size_values(network, map.size_by, analysis, result.betweenness);
    CutPoints cuts = cut_points(network, analysis);
    result.cut_points = std::move(cuts.articulation);
    result.bridges = std::move(cuts.bridges);
    if (map.suggestions > 0) {
        SuggestionOptions suggestion_options;
        suggestion_options.top_k = map.suggestions;
        suggestion_options.triangle_groups = map.triangle_groups;
        result.suggestions = suggest_ties(network, suggestion_options);
    }
    return result;
}

}  // namespace coopnet::cli
