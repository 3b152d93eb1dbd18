// The cooperation triangle of urban development: municipality, business and foundation.
// For each of its three sides, how many direct ties there are, whether the side is
// missing, weak or present, and which actors broker between its two groups.
#pragma once

#include <array>
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/network.hpp"

namespace coopnet {

/// How well one side of the triangle is tied, judged against chance (see
/// cooperation_triangle() for the rule).
enum class SideStatus {
    Missing,  ///< no direct tie, or one of the two groups has no actor in the network
    Weak,     ///< clearly fewer ties than chance would give (one-sided Poisson test)
    Present,  ///< ties present, about as many as chance would give
    Strong,   ///< clearly more ties than chance would give
};

/// "missing", "weak", "present" or "strong".
std::string_view side_status_name(SideStatus status);

/// The rule of `cooperation_triangle`: Missing without ties (or without a group), Weak
/// when p_fewer < significance, Strong when p_more < significance, else Present.
SideStatus side_status(std::size_t ties, bool group_absent, double p_fewer, double p_more,
                       double significance);

struct TriangleOptions {
    /// The actor property that forms the groups; see `actor_groups` (analysis/gaps/mixing.hpp).
    std::string group_attribute{"sector"};
    /// The three corners. Sides are (0,1), (0,2), (1,2): by default municipality–business,
    /// municipality–foundation, business–foundation.
    std::array<std::string, 3> groups{"municipality", "business", "foundation"};
    /// The level of the one-sided tests that call a side weak or strong: a count is
    /// clearly off chance when its tail probability is below this (default 5 %).
    double significance = 0.05;
    /// Brokers listed per side (the best ranked); 0 lists all.
    std::size_t max_brokers = 10;
};

/// An actor j on two-paths i – j – k with i in one group of a side and k in the other.
struct SideBroker {
    NodeId actor = 0;
    /// Two-paths through j between the groups: n_a(j) · n_b(j), with n_x(j) the number of
    /// j's contacts in group x (j itself never counts as its own contact).
    std::size_t two_paths = 0;
    /// Those of them whose ends i and k are not tied to each other (open two-paths).
    std::size_t open_two_paths = 0;
    std::array<std::size_t, 2> contacts{};  ///< n_a(j), n_b(j)
};

struct TriangleSide {
    std::array<std::string, 2> groups;         ///< the two corner names
    std::array<std::size_t, 2> group_sizes{};  ///< actors in each (0 = absent)
    /// The corners with no actor in the network, by name (empty when both are present).
    std::vector<std::string> absent_groups;
    std::size_t ties = 0;  ///< merged ties between the groups (directed: arcs either way)
    double weight = 0.0;   ///< their summed merged weight
    /// Ties expected under random mixing with the same degrees (`group_mixing`; directed:
    /// both directions added); 0 when a group is absent or has no ties.
    double expected = 0.0;
    /// P(X <= ties) and P(X >= ties) for X ~ Poisson(expected): how likely chance alone
    /// gives as few, or as many, ties. NaN when a group is absent or expected is 0.
    double p_fewer = std::numeric_limits<double>::quiet_NaN();
    double p_more = std::numeric_limits<double>::quiet_NaN();
    /// Two-sided: min(1, 2 min(p_fewer, p_more)).
    double p_value = std::numeric_limits<double>::quiet_NaN();
    /// True when the p-values above come from simulated random networks
    /// (analysis/statistics/cug_test.hpp, set by `analyze_brokers_and_gaps`) instead of the
    /// Poisson approximation; `random_mean` is then the mean of their ties on this side.
    bool simulated = false;
    double random_mean = std::numeric_limits<double>::quiet_NaN();
    /// Missing when `absent_groups` is not empty or `ties` is 0; Weak when `p_fewer`, Strong
    /// when `p_more` is below the significance (viz/analysis_words.hpp words why).
    SideStatus status = SideStatus::Missing;
    /// Ranked by two_paths, then open_two_paths (both descending), then actor id.
    std::vector<SideBroker> brokers;
};

/// The ties chance would give on `side`, as shown to people: the mean of the random
/// networks when the side was simulated, else `expected`.
inline double shown_expectation(const TriangleSide& side) {
    return side.simulated ? side.random_mean : side.expected;
}

struct CooperationTriangle {
    std::array<std::string, 3> groups;         ///< the corners, as in the options
    std::array<std::size_t, 3> group_sizes{};  ///< actors per corner (0 = absent)
    std::vector<std::string> absent_groups;    ///< the corners with no actor, in corner order
    std::array<TriangleSide, 3> sides;         ///< (0,1), (0,2), (1,2)
};

/// The cooperation triangle.
///
/// Ties are the merged ties of the analysis view (core/adjacency.hpp); counts and
/// `weight` come from `group_mixing` (analysis/gaps/mixing.hpp) and so does the expectation
/// E[a,b] = D_a D_b / (2m) (directed: Dout_a Din_b / m + Dout_b Din_a / m).
/// Status: Missing if a corner has no actor or there is no tie between the two groups.
/// Otherwise the count is tested against chance: under random mixing with the same
/// degrees (the configuration model), the number of ties between two groups is close to
/// Poisson with mean E [2]; the side is Weak when P(X <= ties) < `significance`, Strong
/// when P(X >= ties) < `significance` (exact one-sided Poisson tests,
/// analysis/gaps/poisson_tail.hpp), and Present ("about as expected") otherwise. So 4 ties
/// against 4.1 expected are not weak (P(X <= 4) = 0.61), 1 tie against 6 expected is (0.017).
/// Small groups rarely give a clear result: the rule then says "about as expected".
/// Brokers are read on the undirected view (`Adjacency::undirected()`): tie direction does
/// not matter for who can introduce whom. Actors of any group can broker, the corners'
/// own members included; an actor with no two-path between the groups is not listed.
///
/// @throws InvalidArgument if `options.group_attribute` is empty, a corner name is empty,
///         or two corners have the same name.
/// Complexity O(n log g + m + g^2) for the counts, plus O(sum_j sum_{i in N(j)} deg(i))
/// for the open two-paths, with a dense marker array.
/// [1] Gould & Fernandez (1989), Sociol. Methodol. 19:89, doi:10.2307/270949 (brokers as
///     middle actors of two-paths between groups).
/// [2] Newman (2018), Networks, 2nd ed., Oxford University Press, §12.1 (edges between
///     groups in the configuration model; the Poisson limit for sparse networks).
CooperationTriangle cooperation_triangle(const Network& network,
                                         const TriangleOptions& options = {});

}  // namespace coopnet
