#include "viz/map_view.hpp"

#include <algorithm>

#include "analysis/gaps/mixing.hpp"
#include "core/error.hpp"

namespace coopnet {

std::vector<NodeId> ego_actors(const Network& network, NodeId ego, std::size_t radius) {
    if (ego >= network.actor_count()) {
        throw InvalidArgument("ego map: actor index " + std::to_string(ego) +
                              " is not in the network");
    }
    const CsrGraph& graph = network.adjacency().undirected();
    std::vector<bool> seen(network.actor_count(), false);
    std::vector<NodeId> found{ego};
    seen[ego] = true;
    std::size_t level_start = 0;
    for (std::size_t hop = 0; hop < radius && level_start < found.size(); ++hop) {
        const std::size_t level_end = found.size();
        for (std::size_t i = level_start; i < level_end; ++i) {
            for (const NodeId w : graph.neighbours_of(found[i])) {
                if (!seen[w]) {
                    seen[w] = true;
                    found.push_back(w);
                }
            }
        }
        level_start = level_end;
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<NodeId> community_actors(const Partition& partition, CommunityId community) {
    if (community >= partition.community_count) {
        throw InvalidArgument("community " + std::to_string(community) +
                              " does not exist; the partition has " +
                              std::to_string(partition.community_count) +
                              " communities, numbered from 0");
    }
    std::vector<NodeId> members;
    for (NodeId v = 0; v < partition.community.size(); ++v) {
        if (partition.community[v] == community) members.push_back(v);
    }
    return members;
}

std::vector<NodeId> triangle_actors(const Network& network,
                                    const std::array<std::string, 3>& corners,
                                    const std::string& group_attribute) {
    const ActorGroups groups = actor_groups(network, group_attribute);
    constexpr int kNoCorner = -1;
    std::vector<int> corner_of(network.actor_count(), kNoCorner);
    for (int c = 0; c < 3; ++c) {
        const auto group = groups.find(corners[static_cast<std::size_t>(c)]);
        if (!group) continue;
        for (NodeId v = 0; v < network.actor_count(); ++v) {
            if (groups.group_of[v] == *group && corner_of[v] == kNoCorner) corner_of[v] = c;
        }
    }
    const CsrGraph& graph = network.adjacency().undirected();
    std::vector<NodeId> shown;
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        bool keep = corner_of[v] != kNoCorner;
        int first_corner = kNoCorner;
        for (const NodeId w : graph.neighbours_of(v)) {
            if (keep) break;
            if (corner_of[w] == kNoCorner) continue;
            if (first_corner == kNoCorner) {
                first_corner = corner_of[w];
            } else if (corner_of[w] != first_corner) {
                keep = true;
            }
        }
        if (keep) shown.push_back(v);
    }
    return shown;
}

}  // namespace coopnet
