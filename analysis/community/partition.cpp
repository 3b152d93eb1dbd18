#include "analysis/community/partition.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <unordered_map>

namespace coopnet {
namespace {

constexpr CommunityId kNoCommunity = std::numeric_limits<CommunityId>::max();

}  // namespace

std::vector<std::vector<NodeId>> Partition::members() const {
    std::vector<std::vector<NodeId>> result(community_count);
    for (NodeId v = 0; v < community.size(); ++v) result[community[v]].push_back(v);
    return result;
}

std::vector<std::size_t> Partition::sizes() const {
    std::vector<std::size_t> result(community_count, 0);
    for (const CommunityId c : community) ++result[c];
    return result;
}

Partition normalized_partition(const Network& network, std::span<const CommunityId> labels) {
    const std::size_t n = network.actor_count();
    if (labels.size() != n) {
        throw InvalidArgument("partition has " + std::to_string(labels.size()) + " entries for " +
                              std::to_string(n) + " actors");
    }
    // Dense raw ids in order of first appearance.
    std::unordered_map<CommunityId, CommunityId> dense;
    std::vector<CommunityId> raw(n);
    for (NodeId v = 0; v < n; ++v) {
        const auto [it, inserted] =
            dense.try_emplace(labels[v], static_cast<CommunityId>(dense.size()));
        raw[v] = it->second;
    }
    const std::size_t count = dense.size();
    std::vector<std::size_t> size(count, 0);
    std::vector<NodeId> smallest(count, 0);  // member with the smallest actor id
    std::vector<bool> seen(count, false);
    for (NodeId v = 0; v < n; ++v) {
        const CommunityId c = raw[v];
        ++size[c];
        if (!seen[c] || network.actor(v).id < network.actor(smallest[c]).id) smallest[c] = v;
        seen[c] = true;
    }
    std::vector<CommunityId> order(count);
    std::iota(order.begin(), order.end(), CommunityId{0});
    std::sort(order.begin(), order.end(), [&](CommunityId a, CommunityId b) {
        if (size[a] != size[b]) return size[a] > size[b];
        return network.actor(smallest[a]).id < network.actor(smallest[b]).id;
    });
    std::vector<CommunityId> rank(count);
    for (std::size_t r = 0; r < count; ++r) rank[order[r]] = static_cast<CommunityId>(r);
    Partition result;
    result.community_count = count;
    result.community.resize(n);
    for (NodeId v = 0; v < n; ++v) result.community[v] = rank[raw[v]];
    return result;
}

AttributePartition attribute_partition(const Network& network, std::string_view attribute) {
    if (attribute.empty()) throw InvalidArgument("attribute partition needs an attribute name");
    const std::size_t n = network.actor_count();
    std::map<std::string, CommunityId, std::less<>> by_value;
    std::vector<std::string> value_names;
    std::vector<CommunityId> labels(n);
    for (NodeId v = 0; v < n; ++v) {
        std::string value = group_name(network.actor(v), attribute);
        const auto [it, inserted] =
            by_value.try_emplace(value, static_cast<CommunityId>(value_names.size()));
        if (inserted) value_names.push_back(value);
        labels[v] = it->second;
    }
    AttributePartition result;
    result.partition = normalized_partition(network, labels);
    result.names.resize(result.partition.community_count);
    for (NodeId v = 0; v < n; ++v) {
        result.names[result.partition.community[v]] = value_names[labels[v]];
    }
    return result;
}

void validate_partition(const Network& network, const Partition& partition) {
    if (partition.community.size() != network.actor_count()) {
        throw InvalidArgument("partition has " + std::to_string(partition.community.size()) +
                              " entries for " + std::to_string(network.actor_count()) + " actors");
    }
    for (NodeId v = 0; v < partition.community.size(); ++v) {
        if (partition.community[v] >= partition.community_count) {
            throw InvalidArgument("partition gives actor '" + network.actor(v).id + "' community " +
                                  std::to_string(partition.community[v]) + ", but there are only " +
                                  std::to_string(partition.community_count));
        }
    }
}

bool is_connected_community(const Network& network, const Partition& partition, CommunityId c) {
    validate_partition(network, partition);
    if (c >= partition.community_count) {
        throw InvalidArgument("community " + std::to_string(c) + " does not exist (there are " +
                              std::to_string(partition.community_count) + ")");
    }
    return connected_communities(network, partition)[c];
}

std::vector<bool> connected_communities(const Network& network, const Partition& partition) {
    validate_partition(network, partition);
    const CsrGraph& graph = network.adjacency().undirected();
    // Pieces per community: a breadth-first search that stays inside the community of its
    // start finds one piece; a community is connected when it has exactly one.
    std::vector<std::size_t> pieces(partition.community_count, 0);
    std::vector<bool> reached(partition.community.size(), false);
    std::vector<NodeId> queue;
    for (NodeId start = 0; start < partition.community.size(); ++start) {
        if (reached[start]) continue;
        const CommunityId c = partition.community[start];
        ++pieces[c];
        queue.assign(1, start);
        reached[start] = true;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            for (const NodeId w : graph.neighbours_of(queue[head])) {
                if (!reached[w] && partition.community[w] == c) {
                    reached[w] = true;
                    queue.push_back(w);
                }
            }
        }
    }
    std::vector<bool> connected(partition.community_count);
    for (CommunityId c = 0; c < partition.community_count; ++c) connected[c] = pieces[c] == 1;
    return connected;
}

}  // namespace coopnet
