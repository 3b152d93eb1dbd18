#include "core/filter.hpp"

#include <algorithm>
#include <limits>

namespace coopnet {

namespace {
bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}
}  // namespace

Network filter_network(const Network& network, const NetworkFilter& filter) {
    if (filter.from && filter.to && filter.from->first_day() > filter.to->last_day()) {
        throw InvalidArgument("the period filter begins (" + filter.from->to_string() +
                              ") after it ends (" + filter.to->to_string() + ")");
    }
    constexpr NodeId kDropped = std::numeric_limits<NodeId>::max();
    std::vector<NodeId> new_index(network.actor_count(), kDropped);
    std::vector<Actor> actors;
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        const Actor& actor = network.actor(v);
        if (!filter.sectors.empty() && !contains(filter.sectors, actor.sector)) continue;
        new_index[v] = static_cast<NodeId>(actors.size());
        actors.push_back(actor);
    }
    std::vector<Tie> ties;
    for (const TieRef& tie : network.ties()) {
        if (new_index[tie.source] == kDropped || new_index[tie.target] == kDropped) continue;
        if (!tie.period.overlaps(filter.from, filter.to)) continue;
        if (!filter.kinds.empty() && !contains(filter.kinds, tie.kind)) continue;
        Tie kept = tie.to_tie();
        kept.source = new_index[tie.source];
        kept.target = new_index[tie.target];
        ties.push_back(std::move(kept));
    }
    std::vector<Project> projects;
    for (const Project& project : network.projects()) {
        if (!project.period.overlaps(filter.from, filter.to)) continue;
        if (!filter.kinds.empty() && !contains(filter.kinds, "project") &&
            !contains(filter.kinds, projected_tie_kind(project))) {
            continue;
        }
        Project kept = project;
        kept.members.clear();
        for (NodeId member : project.members) {
            if (new_index[member] != kDropped) kept.members.push_back(new_index[member]);
        }
        projects.push_back(std::move(kept));
    }
    return make_network(network.name(), network.directed(), std::move(actors), std::move(ties),
                        std::move(projects), network.projection_weighting());
}

}  // namespace coopnet
