// Everything `coopnet brokers`, `coopnet gaps` and the brokerage part of `analyze`
// report, gathered in one call: Burt's structural holes and Gould-Fernandez roles per
// actor, the broker ranking, group mixing, the municipality-business-foundation
// triangle, fragile points, gaps between communities and suggested cooperations. Each
// part follows the conventions of the header that computes it.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>

#include "analysis/brokerage/broker_ranking.hpp"
#include "analysis/brokerage/brokerage_roles.hpp"
#include "analysis/gaps/community_gaps.hpp"
#include "analysis/gaps/cooperation_triangle.hpp"
#include "analysis/gaps/fragile_points.hpp"
#include "analysis/gaps/mixing.hpp"
#include "analysis/options.hpp"
#include "analysis/community/partition.hpp"
#include "analysis/brokerage/structural_holes.hpp"
#include "analysis/gaps/suggestions.hpp"
#include "analysis/statistics/cug_test.hpp"
#include "analysis/statistics/ei_permutation.hpp"
#include "core/network.hpp"

namespace coopnet {

struct BrokersAndGapsOptions {
    /// The grouping of brokerage roles, mixing, the triangle and suggestions.
    std::string group_attribute{"sector"};
    /// The three corners of the cooperation triangle.
    std::array<std::string, 3> triangle_groups{"municipality", "business", "foundation"};
    /// Entries per ranking, gaps between communities and suggestions listed.
    std::size_t top_k = 10;
    /// Tests against chance (analysis/statistics/cug_test.hpp): their draws, null model
    /// and seed; group attribute and corners are taken from the fields above. The
    /// triangle's sides and the mixing cells take their p-values and statuses from them.
    /// `chance.draws` = 0 keeps the Poisson approximation of analysis/gaps/ instead.
    ChanceTestOptions chance;
    /// Networks with more merged ties than this are not simulated (the Poisson
    /// approximation stays, and `chance_note` says so), unless `always_simulate`.
    std::size_t max_simulated_ties = 20000;
    bool always_simulate = false;
};

struct BrokersAndGaps {
    StructuralHolesResult structural_holes;
    BrokerageRolesResult brokerage;
    BrokerRanking brokers;
    MixingResult mixing;
    CooperationTriangle triangle;
    FragilePoints fragile;
    std::optional<CommunityGapsResult> community_gaps;  ///< when communities are given
    SuggestionsResult suggestions;
    /// The tests against chance, when they ran (see BrokersAndGapsOptions::chance), and
    /// the E-I index's label permutation test with the same draws and seed.
    std::optional<ChanceTests> chance;
    std::optional<ChanceTest> ei_permutation;
    /// Why no test ran, when none did ("" otherwise).
    std::string chance_note;
};

/// Computes every part above but the gaps between communities (`community_gaps` stays
/// empty). Weights and threads of `analysis` enter structural holes and the ranking.
/// @throws InvalidArgument as the functions named above.
BrokersAndGaps analyze_brokers_and_gaps(const Network& network,
                                        const BrokersAndGapsOptions& options = {},
                                        const AnalysisOptions& analysis = {});

/// The same from the betweenness of `network` already computed with the same `analysis`
/// (reused by the ranking, see `broker_ranking`), and with the gaps between `communities`
/// when they are given (nullptr: none).
/// @throws InvalidArgument as above, as `broker_ranking` for a betweenness of the wrong
///   size and as `community_gaps` for a partition that does not fit the network.
BrokersAndGaps analyze_brokers_and_gaps(const Network& network,
                                        const BetweennessResult& betweenness,
                                        const Partition* communities,
                                        const BrokersAndGapsOptions& options = {},
                                        const AnalysisOptions& analysis = {});

}  // namespace coopnet
