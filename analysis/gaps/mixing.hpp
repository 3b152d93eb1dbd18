// Group mixing: how the ties of a network fall between and within groups of actors (by
// sector or any actor attribute), against what random mixing with the same degrees would
// give; Krackhardt & Stern's E-I index and Newman's attribute assortativity.
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/community/group_attribute.hpp"
#include "core/network.hpp"

namespace coopnet {

/// Actors sorted into groups by one actor property.
struct ActorGroups {
    std::string attribute;              ///< the property the groups come from
    std::vector<std::string> names;     ///< distinct group names, sorted bytewise
    std::vector<std::size_t> sizes;     ///< actors per group, same order as `names`
    std::vector<std::size_t> group_of;  ///< per NodeId: index into `names`

    /// The index of the group with this name, if any actor belongs to it.
    [[nodiscard]] std::optional<std::size_t> find(std::string_view name) const;
    [[nodiscard]] std::size_t count() const noexcept { return names.size(); }
};

/// Groups actors by `group_name` (analysis/community/group_attribute.hpp), as `brokerage_roles` and
/// `attribute_partition` do, so that group indices agree with brokerage's
/// `groups`/`group_of`: the name `sector` means `Actor::sector`, any other name an entry of
/// `Actor::attributes` as text. Actors without the property, or with empty text, form one
/// group named "(none)" (`kNoGroup`), a group like any other. Groups are numbered by name
/// (`attribute_partition` numbers them by size).
/// @throws InvalidArgument if `attribute` is empty.
/// Complexity O(n log g), g the number of groups.
ActorGroups actor_groups(const Network& network, std::string_view attribute = "sector");

struct MixingOptions {
    /// The actor property that forms the groups; see `actor_groups`.
    std::string group_attribute{"sector"};
};

/// The ties from group `from` to group `to`. Undirected networks: one entry per unordered
/// pair, from <= to; directed networks: one per ordered pair (arcs from -> to).
struct GroupPairMixing {
    std::size_t from = 0;  ///< index into `MixingResult::groups.names`
    std::size_t to = 0;
    std::size_t ties = 0;  ///< merged ties (undirected) or merged arcs (directed)
    double weight = 0.0;   ///< their summed merged weight
    /// Ties expected under random mixing with the same degrees (see `group_mixing`).
    double expected = 0.0;
    /// ties / expected; nullopt when expected is 0.
    std::optional<double> ratio;
    /// How likely chance gives as few (`p_fewer`) or as many (`p_more`) ties, and the
    /// two-sided p = min(1, 2 min(p_fewer, p_more)). `group_mixing` fills them from the
    /// Poisson approximation with mean `expected` (analysis/gaps/poisson_tail.hpp; NaN when
    /// expected is 0); `analyze_brokers_and_gaps` replaces them by the simulated
    /// conditional uniform graph test when it runs one (analysis/statistics/cug_test.hpp).
    double p_fewer = std::numeric_limits<double>::quiet_NaN();
    double p_more = std::numeric_limits<double>::quiet_NaN();
    double p_value = std::numeric_limits<double>::quiet_NaN();
};

/// Krackhardt & Stern's E-I index on tie counts: (E - I) / (E + I); -1 when every tie is
/// internal, +1 when every tie is external; nullopt when E + I = 0.
struct EiIndex {
    std::size_t external = 0;  ///< E: ties with exactly one end in the group
    std::size_t internal = 0;  ///< I: ties with both ends in the group
    std::optional<double> value;
};

struct MixingResult {
    ActorGroups groups;
    bool directed = false;
    std::size_t tie_count = 0;  ///< m: merged ties (pairs, or ordered pairs when directed)
    double total_weight = 0.0;  ///< summed merged weight of all ties
    /// Degree sums D_g (undirected) or out-degree sums (directed), per group.
    std::vector<std::size_t> degree_sum;
    /// In-degree sums per group (directed); equal to `degree_sum` when undirected.
    std::vector<std::size_t> in_degree_sum;
    /// Every pair of groups, within-group pairs included, ordered by (from, to).
    std::vector<GroupPairMixing> pairs;
    std::vector<EiIndex> ei_by_group;  ///< per group, same order as `groups.names`
    EiIndex ei;                        ///< the network: E = ties between, I = ties within groups
    /// Newman's attribute assortativity r; nullopt without ties or when every tie end lies
    /// in one group (r is 0/0 there; networkx returns NaN).
    std::optional<double> assortativity;

    /// The entry for (from, to); for undirected networks the order does not matter.
    /// @throws InvalidArgument if either index is not below `groups.count()`.
    [[nodiscard]] const GroupPairMixing& pair(std::size_t from, std::size_t to) const;
};

/// Mixing of ties between groups of actors.
///
/// Ties are the merged ties of the analysis view (core/adjacency.hpp): multiplex ties are
/// one tie with their weights summed, self-ties are left out. Counts, expectations, E-I
/// and assortativity use tie counts; weights appear only in `GroupPairMixing::weight`.
///
/// Expected ties (configuration-model expectation, random mixing that keeps every actor's
/// degree; Newman 2003, eq. 2 with e_gh replaced by its null value a_g a_h): with m ties
/// and D_g the sum of the degrees of the members of g,
///   undirected:  E[g,h] = D_g D_h / (2m) for g != h,   E[g,g] = D_g^2 / (4m);
///   directed:    E[g->h] = Dout_g Din_h / m  (within-group arcs likewise, h = g).
/// Either way the expectations over all pairs sum to m. Without ties every expectation is 0
/// and every ratio nullopt.
///
/// E-I index (Krackhardt & Stern 1988): per group g, E counts the ties with exactly one
/// end in g and I those with both ends in g (directed: arcs either way); the network's
/// index counts all between-group ties as E and all within-group ties as I.
///
/// Assortativity (Newman 2003, eq. 2): with e_gh the fraction of tie ends that run from g
/// to h (undirected: each tie counted in both directions; directed: each arc once, source
/// group g, target group h), a_g = sum_h e_gh, b_h = sum_g e_gh,
///   r = (sum_g e_gg - sum_g a_g b_g) / (1 - sum_g a_g b_g),
/// as networkx's `attribute_assortativity_coefficient` (0.71753 for the karate club's
/// `club`).
///
/// @throws InvalidArgument if `options.group_attribute` is empty.
/// Complexity O(n log g + m + g^2) time, O(n + g^2) memory.
/// [1] Krackhardt & Stern (1988), Soc. Psychol. Q. 51:123, doi:10.2307/2786835.
/// [2] Newman (2003), Phys. Rev. E 67:026126, doi:10.1103/PhysRevE.67.026126.
/// [3] Newman (2010), Networks: An Introduction, Oxford UP, sec. 7.13 (the expectation).
MixingResult group_mixing(const Network& network, const MixingOptions& options = {});

}  // namespace coopnet
