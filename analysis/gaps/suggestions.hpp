// Suggested new ties: pairs of actors from different groups who are not yet tied but share
// partners who could introduce them, ranked by link prediction, the sides of the
// cooperation triangle first; and ties that would join parts of the network that no path
// connects.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

struct SuggestionOptions {
    /// The actor property that forms the groups; see `actor_groups` (analysis/gaps/mixing.hpp).
    std::string group_attribute{"sector"};
    /// The corners of the cooperation triangle (see analysis/gaps/cooperation_triangle.hpp);
    /// pairs on its sides come first.
    std::array<std::string, 3> triangle_groups{"municipality", "business", "foundation"};
    /// Pairs suggested (`SuggestionsResult::pairs`), and separately the most joining ties
    /// (`SuggestionsResult::joins`).
    std::size_t top_k = 10;
};

/// A pair of actors who share partners but are not tied.
struct PairSuggestion {
    NodeId first = 0;  ///< first.id < second.id
    NodeId second = 0;
    std::string first_group;
    std::string second_group;
    /// Side of the cooperation triangle the pair lies on: 0 = corners (0,1), 1 = (0,2),
    /// 2 = (1,2); nullopt for pairs off the triangle.
    std::optional<std::size_t> triangle_side;
    double resource_allocation = 0.0;  ///< RA score, the ranking key
    double adamic_adar = 0.0;          ///< AA score, the tie-breaker
    /// The shared partners z, most telling first: by degree ascending (a partner with few
    /// ties contributes most), then actor id.
    std::vector<NodeId> shared_partners;
};

/// A tie that would join a component to the largest one.
struct JoinSuggestion {
    NodeId first = 0;   ///< most central actor of the largest component
    NodeId second = 0;  ///< most central actor of the other component
    std::size_t first_component_size = 0;
    std::size_t second_component_size = 0;
};

struct SuggestionsResult {
    /// Always `Unweighted`: the scores count shared partners and their degrees, not tie
    /// strengths (recorded so that outputs can say so).
    WeightMode weights = WeightMode::Unweighted;
    /// At most `top_k` pairs: triangle-side pairs first, then the others; within each,
    /// by RA descending, AA descending, then the ids of first and second.
    std::vector<PairSuggestion> pairs;
    /// At most `top_k`: one per weak component other than the largest, in the order
    /// `weak_components` numbers them (larger first, then by smallest NodeId).
    std::vector<JoinSuggestion> joins;
};

/// New ties worth brokering.
///
/// Candidates are the pairs x, y of actors in different groups (`actor_groups`) that are
/// not tied (in either direction) and have at least one shared partner z (tied to both);
/// pairs without shared partners have score 0 and are never suggested. Read on the
/// undirected view (`Adjacency::undirected()`), unweighted; k_z is z's degree there.
/// Scores:
///   resource allocation (Zhou, Lü & Zhang 2009):   RA(x,y) = sum_{z in N(x) ∩ N(y)} 1/k_z
///   Adamic–Adar (Adamic & Adar 2003):                AA(x,y) = sum_z 1/ln k_z
/// RA ranks, AA breaks ties (both favour partners with few other ties; Liben-Nowell &
/// Kleinberg 2007 compare them). k_z >= 2 for every shared partner, so both are finite.
/// A weighted RA such as sum_z (w_xz + w_zy) / (2 s_z) is not used: a strong tie to a
/// hub says little about whether the hub would introduce its contacts.
///
/// Joins: for every weak component (`weak_components`) other than the largest, the tie
/// between the most central actor of the largest component and that of the other —
/// most central meaning largest degree, then smallest actor id — in any groups.
///
/// @throws InvalidArgument if `options.group_attribute` is empty.
/// Complexity O(n + sum_z k_z^2 + c log top_k) time for c candidate pairs, O(n + top_k)
/// memory beyond the network.
/// [1] Zhou, Lü & Zhang (2009), Eur. Phys. J. B 71:623, doi:10.1140/epjb/e2009-00335-8.
/// [2] Adamic & Adar (2003), Social Networks 25:211, doi:10.1016/S0378-8733(03)00009-1.
/// [3] Liben-Nowell & Kleinberg (2007), J. Am. Soc. Inf. Sci. Technol. 58:1019,
///     doi:10.1002/asi.20591.
SuggestionsResult suggest_ties(const Network& network, const SuggestionOptions& options = {});

}  // namespace coopnet
