// The parts of a network a map can show: the whole network, the neighbourhood of one
// actor (ego map), one community, or the cooperation triangle. A view is a set of actors;
// the map draws the ties among them.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "analysis/community/partition.hpp"
#include "core/network.hpp"

namespace coopnet {

/// Which part of the network a map shows.
enum class MapViewKind {
    Whole,      ///< every actor
    Ego,        ///< `ego_actors`
    Community,  ///< `community_actors` of a Leiden partition
    Triangle,   ///< `triangle_actors`
};

struct MapView {
    MapViewKind kind = MapViewKind::Whole;
    std::string ego;         ///< Ego: the actor id at the centre
    std::size_t radius = 1;  ///< Ego: hops from the ego (0 = the ego alone)
    CommunityId community = 0;  ///< Community: its number (0 = largest, as `analyze`)
};

/// The actors at most `radius` hops from `ego` on the undirected view
/// (`Adjacency::undirected()`: direction is ignored, self-ties and weights play no part),
/// found by breadth-first search; the ego is included. In increasing NodeId order.
/// @throws InvalidArgument if `ego` is not an actor index of `network`.
/// Complexity O(n + m) at most.
std::vector<NodeId> ego_actors(const Network& network, NodeId ego, std::size_t radius);

/// The members of community `community` of `partition`, in increasing NodeId order.
/// @throws InvalidArgument unless `community` < partition.community_count.
std::vector<NodeId> community_actors(const Partition& partition, CommunityId community);

/// The cooperation-triangle view: every actor whose group (`actor_groups(network,
/// group_attribute)` of analysis/gaps/mixing.hpp; by default its sector) is one of the three
/// `corners`, and every actor j, of any group, that is the middle of a two-path i – j – k
/// with i and k in two different corners (j has a tie to actors of at least two corners),
/// on the undirected view: the direct intermediaries that `cooperation_triangle`
/// (analysis/gaps/cooperation_triangle.hpp) lists as brokers of the sides. In increasing
/// NodeId order.
/// @throws InvalidArgument if `group_attribute` is empty.
/// Complexity O(n log g + m).
std::vector<NodeId> triangle_actors(
    const Network& network,
    const std::array<std::string, 3>& corners = {"municipality", "business", "foundation"},
    const std::string& group_attribute = "sector");

}  // namespace coopnet
