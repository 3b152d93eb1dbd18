#include "analysis/brokers_and_gaps.hpp"

namespace coopnet {
namespace {

/// Every part; the ranking computes the betweenness itself when `betweenness` is null.
BrokersAndGaps gather(const Network& network, const BetweennessResult* betweenness,
                      const Partition* communities, const BrokersAndGapsOptions& options,
                      const AnalysisOptions& analysis) {
    BrokersAndGaps result;
    result.structural_holes = structural_holes(network, analysis);

    BrokerageOptions brokerage;
    brokerage.group_attribute = options.group_attribute;
    result.brokerage = brokerage_roles(network, brokerage);

    BrokerRankingOptions ranking;
    ranking.group_attribute = options.group_attribute;
    ranking.top_k = options.top_k;
    result.brokers = betweenness ? broker_ranking(network, *betweenness, ranking, analysis)
                                 : broker_ranking(network, ranking, analysis);

    MixingOptions mixing;
    mixing.group_attribute = options.group_attribute;
    result.mixing = group_mixing(network, mixing);

    TriangleOptions triangle;
    triangle.group_attribute = options.group_attribute;
    triangle.groups = options.triangle_groups;
    result.triangle = cooperation_triangle(network, triangle);

    result.fragile = fragile_points(network);
    if (communities) {
        CommunityGapOptions gaps;
        gaps.max_gaps = options.top_k;
        result.community_gaps = community_gaps(network, *communities, gaps);
    }

    SuggestionOptions suggestions;
    suggestions.group_attribute = options.group_attribute;
    suggestions.triangle_groups = options.triangle_groups;
    suggestions.top_k = options.top_k;
    result.suggestions = suggest_ties(network, suggestions);
    return result;
}

}  // namespace

BrokersAndGaps analyze_brokers_and_gaps(const Network& network,
                                        const BrokersAndGapsOptions& options,
                                        const AnalysisOptions& analysis) {
    return gather(network, nullptr, nullptr, options, analysis);
}

BrokersAndGaps analyze_brokers_and_gaps(const Network& network,
                                        const BetweennessResult& betweenness,
                                        const Partition* communities,
                                        const BrokersAndGapsOptions& options,
                                        const AnalysisOptions& analysis) {
    return gather(network, &betweenness, communities, options, analysis);
}

}  // namespace coopnet
