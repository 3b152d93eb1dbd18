// Change over time: two states of a cooperation network (two files, or two periods of one
// dated network) compared actor by actor and tie by tie, with the brokers that left the top
// list (and whether they left the network, fell in rank or no longer broker) and the change
// of the whole-network measures.
#pragma once

#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analysis/community/leiden.hpp"
#include "analysis/options.hpp"
#include "core/date.hpp"
#include "core/network.hpp"

namespace coopnet {

/// A merged tie named by the ids of its two actors. Directed networks: `first` is the
/// source and `second` the target. Undirected networks: `first` is the smaller id (byte
/// order), so that a pair has one spelling. Pairs order by `first`, then `second`.
struct TiePair {
    std::string first;
    std::string second;

    friend auto operator<=>(const TiePair&, const TiePair&) = default;
    friend bool operator==(const TiePair&, const TiePair&) = default;
};

/// What became of an actor or a tie between the two states.
enum class ChangeStatus {
    Kept,  ///< present before and after
    Lost,  ///< present before only
    New,   ///< present after only
};

/// Kept, lost and new elements, each list sorted ascending (ids in byte order, pairs as
/// `TiePair` orders them) and without repeats.
template <typename T>
struct SetChange {
    std::vector<T> kept;
    std::vector<T> lost;
    std::vector<T> added;  ///< the new ones (`new` is a C++ keyword)

    /// Elements present before: kept + lost.
    [[nodiscard]] std::size_t before() const noexcept { return kept.size() + lost.size(); }
    /// Elements present after: kept + added.
    [[nodiscard]] std::size_t after() const noexcept { return kept.size() + added.size(); }
};

/// kept / before, the share of what existed before that still exists after; nothing when
/// there was nothing before (0/0).
std::optional<double> persistence_rate(std::size_t kept, std::size_t before);

/// One actor of a top-betweenness list.
struct BrokerRank {
    std::string id;
    std::size_t rank = 0;      ///< 1-based position in its network's list
    double betweenness = 0.0;  ///< normalised betweenness (analysis/centrality/betweenness.hpp)
};

/// Why a broker of the top list before is not in the top list after. Only `LeftNetwork`
/// means that it dropped out of the network; the other two keep the actor and its ties.
enum class BrokerFate {
    LeftNetwork,      ///< no actor of that id after, or the actor has no ties after
    FellInRank,       ///< still brokers (betweenness above 0), ranked below `broker_top`
    NoLongerBrokers,  ///< still has ties after, but betweenness 0: lies between nobody
};

/// "left_network", "fell_in_rank" or "no_longer_brokers" (JSON).
std::string_view broker_fate_name(BrokerFate fate);

/// A broker of the top list before that is not in the top list after.
struct DroppedBroker {
    std::string id;
    std::size_t rank_before = 0;      ///< 1-based
    double betweenness_before = 0.0;  ///< normalised
    /// 1-based rank among all actors of the network after with betweenness above 0
    /// (beyond `broker_top`); nothing when the actor is gone or brokers nothing after.
    std::optional<std::size_t> rank_after;
    /// Normalised betweenness after (0 when it brokers nothing); nothing when gone.
    std::optional<double> betweenness_after;
    /// Which of the three cases it is: FellInRank exactly when `rank_after` is set;
    /// LeftNetwork when `betweenness_after` is nothing (no actor of that id after) or the
    /// actor has no ties after (self-ties do not count); NoLongerBrokers otherwise.
    BrokerFate fate = BrokerFate::LeftNetwork;
};

/// The whole-network measures that the diff compares. NaN where a measure is undefined
/// (modularity of a network without ties).
struct StateMeasures {
    std::size_t actors = 0;
    std::size_t ties = 0;         ///< merged ties (Adjacency::tie_count)
    double density = 0.0;         ///< `density` (analysis/centrality/degree.hpp)
    std::size_t components = 0;   ///< `weak_components(...).count()`
    double centralization = 0.0;  ///< `degree_centralization` (analysis/centrality/degree.hpp), NaN n <= 2
    double modularity = 0.0;      ///< of the Leiden partition (`NetworkDiffOptions::leiden`)
};

/// The measures of StateMeasures for one network: merged ties (Adjacency::tie_count),
/// `density`, `weak_components`, `degree_centralization` and the modularity of a `leiden`
/// partition with `leiden` options, each with `analysis`.
/// @throws InvalidArgument as `leiden`.
StateMeasures state_measures(const Network& network, const LeidenOptions& leiden = {},
                             const AnalysisOptions& analysis = {});

struct NetworkDiffOptions {
    /// Length of the top-betweenness lists compared for brokers (>= 1).
    std::size_t broker_top = 10;
    /// The Leiden runs whose partition's modularity (Newman, resolution 1) is compared.
    LeidenOptions leiden;
};

/// The comparison of two states of a network.
struct NetworkDiff {
    bool directed = false;
    SetChange<std::string> actors;  ///< actor ids
    SetChange<TiePair> ties;        ///< merged ties
    /// persistence_rate(ties.kept.size(), ties.before()).
    std::optional<double> tie_persistence;

    /// Merged ties of the state before whose two actors have different sectors (sectors
    /// as the state before gives them), and those of them kept.
    std::size_t cross_sector_before = 0;
    std::size_t cross_sector_kept = 0;
    std::optional<double> cross_sector_persistence;

    /// Top actors by normalised betweenness, at most `broker_top`, only actors above 0,
    /// descending, equal values by id.
    std::vector<BrokerRank> brokers_before;
    std::vector<BrokerRank> brokers_after;
    /// Members of brokers_before that are not in brokers_after, in brokers_before order,
    /// each with its fate (most have fallen in rank, not left the network).
    std::vector<DroppedBroker> brokers_dropped_out;

    StateMeasures before;
    StateMeasures after;

    /// The status of a tie given as two actor ids (undirected: in either order); nothing
    /// when the pair is a tie in neither state. For a map of kept, lost and new ties.
    [[nodiscard]] std::optional<ChangeStatus> tie_status(const std::string& a,
                                                         const std::string& b) const;
    /// The status of an actor id; nothing when the actor is in neither state.
    [[nodiscard]] std::optional<ChangeStatus> actor_status(const std::string& id) const;
};

/// The merged ties of a network (Adjacency view: multiplex ties and projected ties of one
/// pair count once, self-ties are left out) as sorted TiePairs, one per pair (undirected)
/// or ordered pair (directed). Complexity O(m log m).
std::vector<TiePair> tie_pairs(const Network& network);

/// The merged ties kept, lost and new between two states, as `diff_networks` decides them
/// (`tie_pairs` of each, compared), without the rest of the diff.
/// Complexity O(m log m).
SetChange<TiePair> tie_change(const Network& before, const Network& after);

/// Compares two states of a network.
///
/// Identity: actors are the same actor when their ids are equal; ties are the same tie
/// when they join the same two actor ids, in the same direction on directed networks
/// (so a→b and b→a are two ties; undirected a–b equals b–a). Ties are merged ties
/// (`tie_pairs`): several ties of one pair, explicit or projected from shared projects,
/// count once; kinds, weights and periods do not enter the identity.
/// Persistence: kept / ties before (nothing when there were none before); cross-sector
/// persistence the same for the ties before whose actors' sectors differ.
/// Brokers: the top `broker_top` actors by normalised betweenness with
/// `analysis` (weighted: distance 1/weight), only actors above 0, equal values
/// ordered by id; a broker is listed in `brokers_dropped_out` when it is in the list before
/// and not in the list after, with its `BrokerFate`: it left the network (no actor of that
/// id, or one without ties), fell in rank, or no longer brokers.
/// Whole network: density, weak components, Freeman degree centralisation and the
/// Newman modularity (γ = 1) of a Leiden partition (`options.leiden`, by default the
/// modularity objective, γ = 1, seed 1) of each state, each computed on that state alone.
/// Weights (`analysis`): betweenness uses distance 1/weight, Leiden the weights.
/// @throws InvalidArgument when one network is directed and the other is not, or
///   `broker_top` is 0; and as `betweenness` and `leiden`.
/// Complexity: that of betweenness on both networks (O(n m) unweighted) plus
/// O((n + m) log(n + m)) for the matching.
NetworkDiff diff_networks(const Network& before, const Network& after,
                          const NetworkDiffOptions& options = {},
                          const AnalysisOptions& analysis = {});

/// The state of a dated network in one period: `filter_network` with from = since and
/// to = until (ties and projects whose period overlaps it, undated ones always, as
/// `--from/--to` do), then only the actors active in the period: those that take part in
/// a kept explicit tie (self-ties included) or are members of a kept project. Actor order
/// is kept. Without this step every actor of the file would be present in every period.
/// @throws InvalidArgument when the period begins after it ends.
/// Complexity O(n + m + memberships).
Network period_network(const Network& network, const Period& period);

/// diff_networks(period_network(network, before), period_network(network, after)).
NetworkDiff diff_periods(const Network& network, const Period& before, const Period& after,
                         const NetworkDiffOptions& options = {},
                         const AnalysisOptions& analysis = {});

/// Parses a period as a command line gives it: `FROM-TO` with FROM and TO each a year or
/// ISO date (`2003-2008`, `2003-05-2004-06-30`), either end empty for an open end
/// (`2015-`, `-2008`), or a single date for the span it names (`2016`, `2016-04`).
/// @throws InvalidArgument naming the text when it is none of these, is ambiguous, or
///   begins after it ends.
Period parse_period(const std::string& text);

}  // namespace coopnet
