// A planner-readable ranking of brokers: the top actors by betweenness, by low Burt
// constraint and by Gould–Fernandez brokerage across groups, each with the numbers of why
// it ranks there: which groups its open two-paths connect (viz/analysis_words.hpp words them).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "analysis/brokerage/brokerage_roles.hpp"
#include "analysis/centrality/betweenness.hpp"
#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

struct BrokerRankingOptions {
    /// The actor property that forms the groups; see `actor_groups` (analysis/gaps/mixing.hpp).
    std::string group_attribute{"sector"};
    /// Actors per ranking.
    std::size_t top_k = 10;
};

/// Open two-paths i – j – k through the broker j whose ends lie in two different groups.
struct GroupLink {
    std::string group_a;  ///< the group with more of j's contacts (then name order)
    std::string group_b;
    std::size_t actors_a = 0;  ///< distinct contacts of j in group_a on such two-paths
    std::size_t actors_b = 0;
    std::size_t two_paths = 0;  ///< open two-paths between group_a and group_b through j
};

/// Why an actor ranks where it does, in data.
struct BrokerEntry {
    NodeId actor = 0;
    std::string group;
    /// The ranking's value: raw betweenness, constraint, or the cross-group role count.
    double value = 0.0;
    /// Open two-paths through the actor whose ends lie in different groups, all group
    /// pairs together, and by group pair (most two-paths first, then group names).
    std::size_t cross_group_two_paths = 0;
    std::vector<GroupLink> links;
    /// By betweenness: the normalised betweenness (the value is the raw one).
    double normalised_betweenness = 0.0;
    /// By low constraint: the actor's contacts on the undirected view.
    std::size_t contacts = 0;
    /// By cross-group brokerage: the raw counts of the roles that span groups, in the order
    /// itinerant, gatekeeper, representative, liaison (`kCrossGroupRoles`).
    std::array<double, 4> cross_group_roles{};
};

/// The Gould–Fernandez roles that span groups, in the order of
/// `BrokerEntry::cross_group_roles`.
inline constexpr std::array<BrokerageRole, 4> kCrossGroupRoles{
    BrokerageRole::Itinerant, BrokerageRole::Gatekeeper, BrokerageRole::Representative,
    BrokerageRole::Liaison};

struct BrokerRanking {
    /// By raw betweenness (`betweenness`), descending, then id; only actors above 0.
    std::vector<BrokerEntry> by_betweenness;
    /// By Burt's constraint (`constraint`), ascending, then id; only actors with at least
    /// two contacts (one contact always gives constraint 1).
    std::vector<BrokerEntry> by_low_constraint;
    /// By the Gould–Fernandez raw counts of the roles that span groups (itinerant +
    /// gatekeeper + representative + liaison; `brokerage_roles`), descending, then id;
    /// only actors above 0.
    std::vector<BrokerEntry> by_cross_group_brokerage;
};

/// Three broker rankings with the numbers of their reasons.
///
/// Values: `betweenness` (raw, with `analysis`), `constraint` (analysis/
/// structural_holes.hpp, with `analysis`), `brokerage_roles` (tie counts, on the
/// groups of `options.group_attribute`; undirected ties count as two arcs, so an open
/// path between two groups counts twice there). Reasons: the open two-paths i – j – k
/// through j on the undirected view (i and k tied to j, not to each other, in either
/// direction), each unordered pair {i, k} once, whose ends lie in different groups,
/// summarised by group pair (`links`). Group names appear as they are in the data, so that
/// another layer can translate them.
///
/// @throws InvalidArgument if `options.group_attribute` is empty, and as `betweenness`.
/// Complexity: that of betweenness (O(n m) unweighted), constraint and brokerage roles
/// (O(n + sum deg^2)), plus O(sum_{i in N(j)} deg(i)) per ranked actor for the reasons.
/// [1] Freeman (1977), Sociometry 40:35, doi:10.2307/3033543.
/// [2] Burt (1992), Structural Holes, Harvard UP.
/// [3] Gould & Fernandez (1989), Sociol. Methodol. 19:89, doi:10.2307/270949.
BrokerRanking broker_ranking(const Network& network, const BrokerRankingOptions& options = {},
                             const AnalysisOptions& analysis = {});

/// The same rankings from the betweenness of `network` already computed with the same
/// `analysis` options (as `analyze_network` has it), which saves a second Brandes run.
/// @throws InvalidArgument as above, and if `betweenness` does not hold one raw and one
///   normalised value per actor.
/// Complexity: as above without the betweenness.
BrokerRanking broker_ranking(const Network& network, const BetweennessResult& betweenness,
                             const BrokerRankingOptions& options = {},
                             const AnalysisOptions& analysis = {});

}  // namespace coopnet
