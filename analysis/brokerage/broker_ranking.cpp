#include "analysis/brokerage/broker_ranking.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "analysis/brokerage/brokerage_roles.hpp"
#include "analysis/brokerage/structural_holes.hpp"
#include "analysis/centrality/betweenness.hpp"
#include "analysis/gaps/mixing.hpp"
#include "core/error.hpp"

namespace coopnet {
namespace {

// The cross-group open two-paths through j, by group pair.
void describe_links(const Network& network, const ActorGroups& groups, BrokerEntry& entry,
                    std::vector<NodeId>& marked_by) {
    const CsrGraph& graph = network.adjacency().undirected();
    const NodeId j = entry.actor;
    struct Tally {
        std::size_t two_paths = 0;
        std::set<NodeId> low;   // contacts in the group of smaller index
        std::set<NodeId> high;  // contacts in the group of larger index
    };
    std::map<std::pair<std::size_t, std::size_t>, Tally> tallies;
    const auto contacts = graph.neighbours_of(j);
    for (const NodeId i : contacts) {
        for (const NodeId x : graph.neighbours_of(i)) marked_by[x] = i + 1;
        for (const NodeId k : contacts) {
            if (k <= i || marked_by[k] == i + 1) continue;
            std::size_t gi = groups.group_of[i];
            std::size_t gk = groups.group_of[k];
            if (gi == gk) continue;
            NodeId low = i;
            NodeId high = k;
            if (gi > gk) {
                std::swap(gi, gk);
                std::swap(low, high);
            }
            Tally& tally = tallies[{gi, gk}];
            ++tally.two_paths;
            tally.low.insert(low);
            tally.high.insert(high);
        }
    }
    for (const auto& [key, tally] : tallies) {
        GroupLink link;
        link.group_a = groups.names[key.first];
        link.group_b = groups.names[key.second];
        link.actors_a = tally.low.size();
        link.actors_b = tally.high.size();
        if (link.actors_b > link.actors_a) {
            std::swap(link.group_a, link.group_b);
            std::swap(link.actors_a, link.actors_b);
        }
        link.two_paths = tally.two_paths;
        entry.cross_group_two_paths += tally.two_paths;
        entry.links.push_back(std::move(link));
    }
    std::stable_sort(entry.links.begin(), entry.links.end(),
                     [](const GroupLink& a, const GroupLink& b) {
                         return a.two_paths > b.two_paths;
                     });  // the map gave name order for equal counts
}

// The `top_k` best of `values` (present ones only) by `better`, then actor id.
template <typename Better>
std::vector<NodeId> top_actors(const Network& network,
                               const std::vector<std::optional<double>>& values, std::size_t top_k,
                               Better better) {
    std::vector<NodeId> actors;
    for (NodeId v = 0; v < values.size(); ++v) {
        if (values[v]) actors.push_back(v);
    }
    const auto order = [&](NodeId a, NodeId b) {
        if (*values[a] != *values[b]) return better(*values[a], *values[b]);
        return network.actor(a).id < network.actor(b).id;
    };
    const std::size_t k = std::min(top_k, actors.size());
    std::partial_sort(actors.begin(), actors.begin() + static_cast<std::ptrdiff_t>(k), actors.end(),
                      order);
    actors.resize(k);
    return actors;
}

/// The three rankings, given the groups and the betweenness of `network`.
BrokerRanking rank(const Network& network, const ActorGroups& groups,
                   const BetweennessResult& between, const BrokerRankingOptions& options,
                   const AnalysisOptions& analysis) {
    const std::size_t n = network.actor_count();
    const CsrGraph& graph = network.adjacency().undirected();
    std::vector<NodeId> marked_by(n, 0);
    BrokerRanking ranking;

    const auto make_entry = [&](NodeId v, double value) {
        BrokerEntry entry;
        entry.actor = v;
        entry.group = groups.names[groups.group_of[v]];
        entry.value = value;
        describe_links(network, groups, entry, marked_by);
        return entry;
    };

    // Betweenness.
    std::vector<std::optional<double>> values(n);
    for (NodeId v = 0; v < n; ++v) {
        if (between.raw[v] > 0.0) values[v] = between.raw[v];
    }
    for (const NodeId v : top_actors(network, values, options.top_k, std::greater<>())) {
        BrokerEntry entry = make_entry(v, between.raw[v]);
        entry.normalised_betweenness = between.normalised[v];
        ranking.by_betweenness.push_back(std::move(entry));
    }

    // Low constraint, at least two contacts.
    const std::vector<std::optional<double>> burt = constraint(network, analysis);
    for (NodeId v = 0; v < n; ++v) values[v] = graph.degree(v) >= 2 ? burt[v] : std::nullopt;
    for (const NodeId v : top_actors(network, values, options.top_k, std::less<>())) {
        BrokerEntry entry = make_entry(v, *burt[v]);
        entry.contacts = graph.degree(v);
        ranking.by_low_constraint.push_back(std::move(entry));
    }

    // Cross-group Gould–Fernandez roles.
    BrokerageOptions brokerage_options;
    brokerage_options.group_attribute = options.group_attribute;
    const BrokerageRolesResult roles = brokerage_roles(network, brokerage_options);
    for (NodeId v = 0; v < n; ++v) {
        double sum = 0.0;
        for (const BrokerageRole role : kCrossGroupRoles) {
            sum += roles.actors[v].raw[static_cast<std::size_t>(role)];
        }
        values[v] = sum > 0.0 ? std::optional<double>(sum) : std::nullopt;
    }
    for (const NodeId v : top_actors(network, values, options.top_k, std::greater<>())) {
        BrokerEntry entry = make_entry(v, *values[v]);
        for (std::size_t r = 0; r < kCrossGroupRoles.size(); ++r) {
            entry.cross_group_roles[r] =
                roles.actors[v].raw[static_cast<std::size_t>(kCrossGroupRoles[r])];
        }
        ranking.by_cross_group_brokerage.push_back(std::move(entry));
    }
    return ranking;
}

}  // namespace

BrokerRanking broker_ranking(const Network& network, const BrokerRankingOptions& options,
                             const AnalysisOptions& analysis) {
    const ActorGroups groups = actor_groups(network, options.group_attribute);
    return rank(network, groups, betweenness(network, {}, analysis), options, analysis);
}

BrokerRanking broker_ranking(const Network& network, const BetweennessResult& betweenness,
                             const BrokerRankingOptions& options, const AnalysisOptions& analysis) {
    const ActorGroups groups = actor_groups(network, options.group_attribute);
    const std::size_t n = network.actor_count();
    if (betweenness.raw.size() != n || betweenness.normalised.size() != n) {
        throw InvalidArgument("broker ranking: the betweenness given has " +
                              std::to_string(betweenness.raw.size()) + " values, the network " +
                              std::to_string(n) + " actors");
    }
    return rank(network, groups, betweenness, options, analysis);
}

}  // namespace coopnet
