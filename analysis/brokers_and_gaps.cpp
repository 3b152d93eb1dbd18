#include "analysis/brokers_and_gaps.hpp"

namespace coopnet {

BrokersAndGaps analyze_brokers_and_gaps(const Network& network,
                                        const BrokersAndGapsOptions& options,
                                        const AnalysisOptions& analysis,
                                        const Partition* communities) {
    BrokersAndGaps result;
    result.structural_holes = structural_holes(network, analysis);

    BrokerageOptions brokerage;
    brokerage.group_attribute = options.group_attribute;
    result.brokerage = brokerage_roles(network, brokerage);

    BrokerRankingOptions ranking;
    ranking.group_attribute = options.group_attribute;
    ranking.top_k = options.top_k;
    ranking.analysis = analysis;
    ranking.betweenness = options.betweenness;
    result.brokers = broker_ranking(network, ranking);

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

}  // namespace coopnet
