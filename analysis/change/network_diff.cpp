#include "analysis/change/network_diff.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <unordered_map>

#include "analysis/centrality/betweenness.hpp"
#include "analysis/structure/components.hpp"
#include "analysis/centrality/degree.hpp"
#include "analysis/community/leiden.hpp"
#include "core/error.hpp"
#include "core/filter.hpp"

namespace coopnet {

std::string_view broker_fate_name(BrokerFate fate) {
    switch (fate) {
        case BrokerFate::LeftNetwork: return "left_network";
        case BrokerFate::FellInRank: return "fell_in_rank";
        case BrokerFate::NoLongerBrokers: return "no_longer_brokers";
    }
    return "left_network";
}

namespace {

/// Splits two sorted, repeat-free lists into kept (in both), lost (first only) and new.
template <typename T>
SetChange<T> compare_sorted(const std::vector<T>& before, const std::vector<T>& after) {
    SetChange<T> change;
    std::set_intersection(before.begin(), before.end(), after.begin(), after.end(),
                          std::back_inserter(change.kept));
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(),
                        std::back_inserter(change.lost));
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(),
                        std::back_inserter(change.added));
    return change;
}

std::vector<std::string> sorted_actor_ids(const Network& network) {
    std::vector<std::string> ids;
    ids.reserve(network.actor_count());
    for (const Actor& actor : network.actors()) ids.push_back(actor.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

template <typename T>
std::optional<ChangeStatus> status_in(const SetChange<T>& change, const T& value) {
    if (std::binary_search(change.kept.begin(), change.kept.end(), value)) {
        return ChangeStatus::Kept;
    }
    if (std::binary_search(change.lost.begin(), change.lost.end(), value)) {
        return ChangeStatus::Lost;
    }
    if (std::binary_search(change.added.begin(), change.added.end(), value)) {
        return ChangeStatus::New;
    }
    return std::nullopt;
}

/// Every actor with betweenness above 0, ranked (descending, equal values by id).
std::vector<BrokerRank> rank_brokers(const Network& network, const AnalysisOptions& options) {
    const BetweennessResult result = betweenness(network, {}, options);
    std::vector<NodeId> order;
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        if (result.raw[v] > 0.0) order.push_back(v);
    }
    std::sort(order.begin(), order.end(), [&](NodeId a, NodeId b) {
        if (result.raw[a] != result.raw[b]) return result.raw[a] > result.raw[b];
        return network.actor(a).id < network.actor(b).id;
    });
    std::vector<BrokerRank> top;
    top.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        top.push_back({network.actor(order[i]).id, i + 1, result.normalised[order[i]]});
    }
    return top;
}

std::size_t count_cross_sector(const Network& before, const std::vector<TiePair>& ties) {
    std::size_t count = 0;
    for (const TiePair& tie : ties) {
        const auto a = before.find(tie.first);
        const auto b = before.find(tie.second);
        if (a && b && before.actor(*a).sector != before.actor(*b).sector) ++count;
    }
    return count;
}

}  // namespace

StateMeasures state_measures(const Network& network, const LeidenOptions& leiden_options,
                             const AnalysisOptions& analysis) {
    StateMeasures summary;
    summary.actors = network.actor_count();
    summary.ties = network.adjacency().tie_count();
    summary.density = density(network, analysis);
    summary.components = weak_components(network, analysis).count();
    summary.centralization = degree_centralization(network, analysis);
    summary.modularity = leiden(network, leiden_options, analysis).modularity;
    return summary;
}

SetChange<TiePair> tie_change(const Network& before, const Network& after) {
    return compare_sorted(tie_pairs(before), tie_pairs(after));
}

std::optional<double> persistence_rate(std::size_t kept, std::size_t before) {
    if (before == 0) return std::nullopt;
    return static_cast<double>(kept) / static_cast<double>(before);
}

std::optional<ChangeStatus> NetworkDiff::tie_status(const std::string& a,
                                                    const std::string& b) const {
    TiePair pair{a, b};
    if (!directed && pair.second < pair.first) std::swap(pair.first, pair.second);
    return status_in(ties, pair);
}

std::optional<ChangeStatus> NetworkDiff::actor_status(const std::string& id) const {
    return status_in(actors, id);
}

std::vector<TiePair> tie_pairs(const Network& network) {
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& out = adjacency.out();
    std::vector<TiePair> pairs;
    pairs.reserve(adjacency.tie_count());
    for (NodeId u = 0; u < out.node_count(); ++u) {
        for (const NodeId v : out.neighbours_of(u)) {
            if (!adjacency.directed() && v < u) continue;  // each undirected tie once
            const std::string& a = network.actor(u).id;
            const std::string& b = network.actor(v).id;
            if (!adjacency.directed() && b < a) {
                pairs.push_back({b, a});
            } else {
                pairs.push_back({a, b});
            }
        }
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

NetworkDiff diff_networks(const Network& before, const Network& after,
                          const NetworkDiffOptions& options, const AnalysisOptions& analysis) {
    if (before.directed() != after.directed()) {
        throw InvalidArgument(
            "cannot compare a directed with an undirected network: tie identity depends on "
            "direction (the network before is " +
            std::string(before.directed() ? "directed" : "undirected") + ", the one after " +
            std::string(after.directed() ? "directed" : "undirected") + ")");
    }
    if (options.broker_top == 0) {
        throw InvalidArgument("the number of top brokers compared must be at least 1");
    }
    NetworkDiff diff;
    diff.directed = before.directed();
    diff.actors = compare_sorted(sorted_actor_ids(before), sorted_actor_ids(after));
    const std::vector<TiePair> ties_before = tie_pairs(before);
    diff.ties = compare_sorted(ties_before, tie_pairs(after));
    diff.tie_persistence = persistence_rate(diff.ties.kept.size(), diff.ties.before());

    diff.cross_sector_before = count_cross_sector(before, ties_before);
    diff.cross_sector_kept = count_cross_sector(before, diff.ties.kept);
    diff.cross_sector_persistence =
        persistence_rate(diff.cross_sector_kept, diff.cross_sector_before);

    diff.brokers_before = rank_brokers(before, analysis);
    diff.brokers_after = rank_brokers(after, analysis);
    std::unordered_map<std::string, const BrokerRank*> after_rank;
    for (const BrokerRank& rank : diff.brokers_after) after_rank.emplace(rank.id, &rank);
    const std::size_t top = options.broker_top;
    if (diff.brokers_before.size() > top) diff.brokers_before.resize(top);
    for (const BrokerRank& rank : diff.brokers_before) {
        const auto found = after_rank.find(rank.id);
        if (found != after_rank.end() && found->second->rank <= top) continue;
        DroppedBroker dropped;
        dropped.id = rank.id;
        dropped.rank_before = rank.rank;
        dropped.betweenness_before = rank.betweenness;
        if (found != after_rank.end()) {
            dropped.rank_after = found->second->rank;
            dropped.betweenness_after = found->second->betweenness;
            dropped.fate = BrokerFate::FellInRank;
        } else if (const auto v = after.find(rank.id)) {
            dropped.betweenness_after = 0.0;  // present, but brokering nothing
            const bool has_ties = after.adjacency().undirected().degree(*v) > 0;
            dropped.fate = has_ties ? BrokerFate::NoLongerBrokers : BrokerFate::LeftNetwork;
        } else {
            dropped.fate = BrokerFate::LeftNetwork;
        }
        diff.brokers_dropped_out.push_back(std::move(dropped));
    }
    if (diff.brokers_after.size() > top) diff.brokers_after.resize(top);

    diff.before = state_measures(before, options.leiden, analysis);
    diff.after = state_measures(after, options.leiden, analysis);
    return diff;
}

Network period_network(const Network& network, const Period& period) {
    NetworkFilter filter;
    filter.from = period.since;
    filter.to = period.until;
    const Network filtered = filter.empty() ? network : filter_network(network, filter);

    std::vector<bool> active(filtered.actor_count(), false);
    for (const TieRef& tie : filtered.ties()) {
        active[tie.source] = true;
        active[tie.target] = true;
    }
    for (const Project& project : filtered.projects()) {
        for (const NodeId member : project.members) active[member] = true;
    }
    constexpr NodeId kDropped = std::numeric_limits<NodeId>::max();
    std::vector<NodeId> new_index(filtered.actor_count(), kDropped);
    std::vector<Actor> actors;
    for (NodeId v = 0; v < filtered.actor_count(); ++v) {
        if (!active[v]) continue;
        new_index[v] = static_cast<NodeId>(actors.size());
        actors.push_back(filtered.actor(v));
    }
    TieTable ties;
    ties.reserve(filtered.ties().size());
    for (const TieRef& tie : filtered.ties()) {
        Tie moved = tie.to_tie();
        moved.source = new_index[tie.source];
        moved.target = new_index[tie.target];
        ties.push_back(std::move(moved));
    }
    std::vector<Project> projects(filtered.projects().begin(), filtered.projects().end());
    for (Project& project : projects) {
        for (NodeId& member : project.members) member = new_index[member];
    }
    return make_network(filtered.name(), filtered.directed(), std::move(actors), std::move(ties),
                        std::move(projects), filtered.projection_weighting());
}

NetworkDiff diff_periods(const Network& network, const Period& before, const Period& after,
                         const NetworkDiffOptions& options, const AnalysisOptions& analysis) {
    return diff_networks(period_network(network, before), period_network(network, after), options,
                         analysis);
}

Period parse_period(const std::string& text) {
    const auto bad = [&](const std::string& why) {
        return InvalidArgument(
            "a period is FROM-TO with a year or ISO date at each end "
            "(2003-2008, 2015-04-2018-12, 2015- or -2008) or a single "
            "date; '" +
            text + "' " + why);
    };
    // Every '-' may separate the two ends; keep the splits where both sides are dates
    // (or empty, for an open end, but not both).
    std::vector<Period> readings;
    for (std::size_t dash = text.find('-'); dash != std::string::npos;
         dash = text.find('-', dash + 1)) {
        const std::string left = text.substr(0, dash);
        const std::string right = text.substr(dash + 1);
        const bool left_open = left.find_first_not_of(" \t") == std::string::npos;
        const bool right_open = right.find_first_not_of(" \t") == std::string::npos;
        if (left_open && right_open) continue;
        const auto since = left_open ? std::nullopt : PartialDate::parse(left);
        const auto until = right_open ? std::nullopt : PartialDate::parse(right);
        if ((!left_open && !since) || (!right_open && !until)) continue;
        readings.push_back({since, until});
    }
    if (const auto whole = PartialDate::parse(text)) readings.push_back({whole, whole});
    if (readings.empty()) throw bad("is not one");
    if (readings.size() > 1) throw bad("can be read in more than one way");
    if (readings.front().reversed()) throw bad("begins after it ends");
    return readings.front();
}

}  // namespace coopnet
