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
#include "core/network.hpp"

namespace coopnet {

struct BrokersAndGapsOptions {
    /// The grouping of brokerage roles, mixing, the triangle and suggestions.
    std::string group_attribute{"sector"};
    /// The three corners of the cooperation triangle.
    std::array<std::string, 3> triangle_groups{"municipality", "business", "foundation"};
    /// Entries per ranking, gaps between communities and suggestions listed.
    std::size_t top_k = 10;
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
