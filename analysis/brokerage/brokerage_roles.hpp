// Gould & Fernandez brokerage roles: how often an actor stands in the middle of an open
// two-path, classified by the groups of the three actors involved, with the moments of
// those counts under a random graph of the same density and group sizes.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/community/group_attribute.hpp"
#include "core/network.hpp"

namespace coopnet {

/// The five roles of the broker j on an open two-path i -> j -> k. sna's column names in
/// brackets ("I" = the broker's own group, "O" = another group).
enum class BrokerageRole {
    Coordinator,     ///< i, j, k all in one group [w_I]
    Itinerant,       ///< i and k in one group, j in another ("consultant") [w_O]
    Gatekeeper,      ///< j and k in one group, i outside: j admits i to its group [b_OI]
    Representative,  ///< i and j in one group, k outside: j speaks for i's group [b_IO]
    Liaison,         ///< i, j, k in three different groups [b_O]
};

/// Number of roles; a `BrokerageRow` has one more column, the total.
inline constexpr std::size_t kBrokerageRoleCount = 5;
/// Column of a `BrokerageRow` that holds the sum over the five roles.
inline constexpr std::size_t kBrokerageTotalColumn = 5;

/// Values by role, indexed by `static_cast<std::size_t>(BrokerageRole)`, then the total.
using BrokerageRow = std::array<double, kBrokerageRoleCount + 1>;
/// z-scores by role and total; nullopt where the standard deviation is 0.
using BrokerageZRow = std::array<std::optional<double>, kBrokerageRoleCount + 1>;

/// "coordinator", "itinerant", "gatekeeper", "representative" or "liaison".
std::string_view brokerage_role_name(BrokerageRole role);

struct BrokerageOptions {
    /// Which actor property forms the groups: "sector" (the default) means `Actor::sector`;
    /// any other name is looked up in `Actor::attributes` (numbers as their shortest
    /// round-trip text, see `attribute_text`). Actors without it, or with empty text,
    /// form one group labelled `kNoGroup`, which is then a group like any other.
    std::string group_attribute{"sector"};
};

/// Raw counts with their expectation, standard deviation and z = (raw - expected) / sd.
struct BrokerageStatistics {
    BrokerageRow raw{};       ///< counts (integral values)
    BrokerageRow expected{};  ///< E[count] under the null model
    BrokerageRow sd{};        ///< sqrt(Var[count]) under the null model
    BrokerageZRow z{};        ///< nullopt where sd is 0 (sna: NaN)
};

struct BrokerageRolesResult {
    std::vector<std::string> groups;          ///< distinct group labels, sorted bytewise
    std::vector<std::size_t> group_sizes;     ///< actors per group, same order
    std::vector<std::size_t> group_of;        ///< per NodeId: index into `groups`
    double density = 0.0;                     ///< d = arcs / (n (n - 1)); 0 for n < 2
    std::vector<BrokerageStatistics> actors;  ///< per NodeId, the actor as broker j
    BrokerageStatistics totals;               ///< the network: sums of raw counts, sna's gli
};

/// Gould–Fernandez brokerage roles, reproducing R's `sna::brokerage(g, cl)` (Butts, sna
/// 2.7.1), numbers and all.
///
/// Counting: for every ordered triple of distinct actors with arcs i -> j and j -> k but no
/// arc i -> k (an open two-path), the broker j gets one count in the role given by the
/// groups of i, j and k (see `BrokerageRole`). Direction matters; an undirected tie counts
/// as two arcs, one each way, as sna treats a symmetric matrix, so on undirected networks
/// every open path i - j - k is counted twice (as i->j->k and as k->j->i), once in each of
/// the mirror roles gatekeeper/representative when i and k differ in group. Multiplex ties
/// are one arc; self-ties are ignored. Weights do not enter: roles count ties, not
/// strengths (sna also only asks whether an arc is present).
///
/// Null model (Gould & Fernandez 1989, as sna implements it): each ordered pair is tied
/// independently with probability d = m / (n (n - 1)), m the number of merged arcs
/// (undirected: twice the ties), n all actors including isolates, groups of the observed
/// sizes n_1 ... n_g. With a = d^2 (1 - d), b = d^3 (1 - d)^3 and broker group size n_i,
/// the expectations for one actor are
///   coordinator     a (n_i - 1)(n_i - 2)
///   itinerant       a sum_{h != i} n_h (n_h - 1)
///   representative  a (n - n_i)(n_i - 1),  gatekeeper the same
///   liaison         a sum_{h != l, both != i} n_h n_l
///   total           a (n - 1)(n - 2)
/// and the variances E (1 - a) + 2 b X with X = (n_i - 1)(n_i - 2)(n_i - 3) (coordinator),
/// sum_{h != i} n_h (n_h - 1)(n_h - 2) (itinerant), (n_i - 1) C(n - n_i, 2) +
/// (n - n_i) C(n_i - 1, 2) (representative, gatekeeper), 2 sum_{h != i} n_h
/// C(n - n_h - n_i, 2) (liaison) and (n - 1)(n - 2)(n - 3) (total). The network totals
/// use sna's network-level moments (`exp.gli`, `sd.gli`), which also involve d^4 and d^5
/// terms for the covariances between brokers; sna's triple loop over groups for the
/// liaison variance is evaluated here in closed form with power sums, O(g) instead of
/// O(g^3). z = (raw - expected) / sd, nullopt where sd is 0 (then the role cannot occur
/// or d is 0 or 1, and raw = expected = 0; sna reports NaN).
///
/// Differences from sna: for n < 2, d is 0 here (sna divides 0 by 0); self-ties never
/// count towards m (sna counts a non-zero diagonal in m).
///
/// @param options the group attribute; see `BrokerageOptions`.
/// @throws InvalidArgument if `options.group_attribute` is empty.
/// Complexity: O(n + m + sum_j indeg(j) outdeg(j)) time with a dense marker array, plus
/// O(n log g) to sort actors into groups; O(n) extra memory.
/// [1] Gould & Fernandez (1989), Sociol. Methodol. 19:89, doi:10.2307/270949.
/// [2] Butts (2008), "Social network analysis with sna", J. Stat. Softw. 24(6),
///     doi:10.18637/jss.v024.i06.
BrokerageRolesResult brokerage_roles(const Network& network, const BrokerageOptions& options = {});

}  // namespace coopnet
