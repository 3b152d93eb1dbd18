#include "core/network_facts.hpp"

#include <algorithm>
#include <map>

namespace coopnet {

namespace {

std::vector<std::pair<std::string, std::size_t>> sorted_counts(
    const std::map<std::string, std::size_t>& counts) {
    std::vector<std::pair<std::string, std::size_t>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return sorted;
}

void widen(NetworkFacts& facts, const Period& period) {
    if (period.since && (!facts.earliest || period.since->first_day() < facts.earliest->first_day())) {
        facts.earliest = period.since;
    }
    if (period.until && (!facts.latest || period.until->last_day() > facts.latest->last_day())) {
        facts.latest = period.until;
    }
}

}  // namespace

NetworkFacts network_facts(const Network& network) {
    NetworkFacts facts;
    std::map<std::string, std::size_t> sectors;
    for (const Actor& actor : network.actors()) ++sectors[actor.sector];
    facts.sectors = sorted_counts(sectors);

    std::map<std::string, std::size_t> kinds;
    const auto count_tie = [&](const TieRef& tie) {
        ++kinds[tie.kind.empty() ? std::string("(none)") : tie.kind.str()];
        if (tie.is_self_tie()) ++facts.self_ties;
        if (!tie.period.since && !tie.period.until) ++facts.undated_ties;
        widen(facts, tie.period);
    };
    for (const TieRef& tie : network.ties()) count_tie(tie);
    const TieTable projected = network.projected_ties();
    for (const TieRef& tie : projected) count_tie(tie);
    for (const Project& project : network.projects()) widen(facts, project.period);
    facts.kinds = sorted_counts(kinds);
    facts.explicit_ties = network.ties().size();
    facts.projected_ties = projected.size();
    if (network.directed()) facts.projected_ties /= 2;  // both arcs of one co-membership

    // Every non-self tie lands in exactly one merged tie; the difference is what merging joined.
    const Adjacency& adjacency = network.adjacency();
    // (A directed network's projected list holds both arcs, as its tie_count counts arcs.)
    const std::size_t ties_in = facts.explicit_ties + projected.size() - facts.self_ties;
    facts.merged_ties = ties_in - adjacency.tie_count();
    const CsrGraph& all = adjacency.undirected();
    for (NodeId v = 0; v < all.node_count(); ++v) {
        if (all.degree(v) == 0) facts.isolates.push_back(v);
    }
    return facts;
}

}  // namespace coopnet
