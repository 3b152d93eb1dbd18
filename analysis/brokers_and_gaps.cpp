#include "analysis/brokers_and_gaps.hpp"

#include <cmath>

namespace coopnet {
namespace {

// Runs the tests against chance when the options and the network's size allow, and lets
// their p-values decide the mixing cells' and the triangle sides' verdicts.
void test_against_chance(const Network& network, const BrokersAndGapsOptions& options,
                         const AnalysisOptions& analysis, BrokersAndGaps& result) {
    if (options.chance.draws == 0) {
        result.chance_note = "no tests against chance were asked for (0 draws)";
        return;
    }
    const std::size_t ties = network.adjacency().tie_count();
    if (ties > options.max_simulated_ties && !options.always_simulate) {
        result.chance_note = "the network has " + std::to_string(ties) +
                             " ties, more than the " +
                             std::to_string(options.max_simulated_ties) +
                             " simulated by default; give the number of draws to simulate";
        return;
    }
    ChanceTestOptions chance = options.chance;
    chance.group_attribute = options.group_attribute;
    chance.triangle_groups = options.triangle_groups;
    result.chance = cug_tests(network, chance, analysis);
    EiPermutationOptions permutation;
    permutation.permutations = chance.draws;
    permutation.seed = chance.seed;
    permutation.group_attribute = options.group_attribute;
    result.ei_permutation = ei_permutation_test(network, permutation, analysis);

    for (std::size_t c = 0; c < result.mixing.pairs.size(); ++c) {
        GroupPairMixing& cell = result.mixing.pairs[c];
        const ChanceTest& test = result.chance->mixing[c];
        cell.p_fewer = test.p_at_most;
        cell.p_more = test.p_at_least;
        cell.p_value = test.p_value;
    }
    const double significance = TriangleOptions{}.significance;
    for (std::size_t s = 0; s < 3; ++s) {
        TriangleSide& side = result.triangle.sides[s];
        const ChanceTest& test = result.chance->triangle_sides[s];
        if (std::isnan(test.observed)) continue;  // a corner without actors
        side.simulated = true;
        side.random_mean = test.random_mean;
        side.p_fewer = test.p_at_most;
        side.p_more = test.p_at_least;
        side.p_value = test.p_value;
        side.status = side_status(side.ties, false, side.p_fewer, side.p_more, significance);
    }
}

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

    test_against_chance(network, options, analysis, result);

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
