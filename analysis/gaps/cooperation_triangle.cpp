#include "analysis/gaps/cooperation_triangle.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "analysis/gaps/mixing.hpp"
#include "analysis/gaps/poisson_tail.hpp"
#include "core/number_format.hpp"

namespace coopnet {
namespace {

// Brokers between the groups with indices a and b (both present).
std::vector<SideBroker> side_brokers(const Network& network, const ActorGroups& groups,
                                     std::size_t a, std::size_t b, std::size_t limit) {
    const CsrGraph& graph = network.adjacency().undirected();
    const std::size_t n = network.actor_count();
    std::vector<SideBroker> brokers;
    std::vector<NodeId> marked_by(n, 0);  // i + 1 marks the contacts of i
    for (NodeId j = 0; j < n; ++j) {
        SideBroker broker;
        broker.actor = j;
        for (const NodeId x : graph.neighbours_of(j)) {
            if (groups.group_of[x] == a) ++broker.contacts[0];
            if (groups.group_of[x] == b) ++broker.contacts[1];
        }
        if (broker.contacts[0] == 0 || broker.contacts[1] == 0) continue;
        broker.two_paths = broker.contacts[0] * broker.contacts[1];
        std::size_t closed = 0;
        for (const NodeId i : graph.neighbours_of(j)) {
            if (groups.group_of[i] != a) continue;
            for (const NodeId x : graph.neighbours_of(i)) marked_by[x] = i + 1;
            for (const NodeId k : graph.neighbours_of(j)) {
                if (groups.group_of[k] == b && marked_by[k] == i + 1) ++closed;
            }
        }
        broker.open_two_paths = broker.two_paths - closed;
        brokers.push_back(broker);
    }
    std::sort(brokers.begin(), brokers.end(), [&](const SideBroker& x, const SideBroker& y) {
        if (x.two_paths != y.two_paths) return x.two_paths > y.two_paths;
        if (x.open_two_paths != y.open_two_paths) return x.open_two_paths > y.open_two_paths;
        return network.actor(x.actor).id < network.actor(y.actor).id;
    });
    if (limit > 0 && brokers.size() > limit) brokers.resize(limit);
    return brokers;
}

}  // namespace

SideStatus side_status(std::size_t ties, bool group_absent, double p_fewer, double p_more,
                       double significance) {
    if (group_absent || ties == 0) return SideStatus::Missing;
    if (p_fewer < significance) return SideStatus::Weak;
    if (p_more < significance) return SideStatus::Strong;
    return SideStatus::Present;
}

std::string_view side_status_name(SideStatus status) {
    switch (status) {
        case SideStatus::Missing:
            return "missing";
        case SideStatus::Weak:
            return "weak";
        case SideStatus::Present:
            return "present";
        case SideStatus::Strong:
            return "strong";
    }
    return "unknown";
}

CooperationTriangle cooperation_triangle(const Network& network, const TriangleOptions& options) {
    for (std::size_t c = 0; c < 3; ++c) {
        if (options.groups[c].empty()) {
            throw InvalidArgument("cooperation triangle: corner " + std::to_string(c + 1) +
                                  " has an empty group name");
        }
        for (std::size_t d = c + 1; d < 3; ++d) {
            if (options.groups[c] == options.groups[d]) {
                throw InvalidArgument("cooperation triangle: group '" + options.groups[c] +
                                      "' names two corners");
            }
        }
    }
    if (!(options.significance > 0.0 && options.significance < 1.0)) {
        throw InvalidArgument("cooperation triangle: significance must lie between 0 and 1");
    }
    MixingOptions mixing_options;
    mixing_options.group_attribute = options.group_attribute;
    const MixingResult mixing = group_mixing(network, mixing_options);
    const ActorGroups& groups = mixing.groups;

    CooperationTriangle triangle;
    triangle.groups = options.groups;
    std::array<std::optional<std::size_t>, 3> index;
    for (std::size_t c = 0; c < 3; ++c) {
        index[c] = groups.find(options.groups[c]);
        triangle.group_sizes[c] = index[c] ? groups.sizes[*index[c]] : 0;
        if (!index[c]) triangle.absent_groups.push_back(options.groups[c]);
    }

    constexpr std::array<std::array<std::size_t, 2>, 3> kSides = {{{0, 1}, {0, 2}, {1, 2}}};
    for (std::size_t s = 0; s < 3; ++s) {
        TriangleSide& side = triangle.sides[s];
        const auto [c, d] = kSides[s];
        side.groups = {options.groups[c], options.groups[d]};
        side.group_sizes = {triangle.group_sizes[c], triangle.group_sizes[d]};
        if (!index[c] || !index[d]) {
            for (const std::size_t corner : {c, d}) {
                if (!index[corner]) side.absent_groups.push_back(options.groups[corner]);
            }
            side.status = SideStatus::Missing;
            continue;
        }
        const std::size_t a = *index[c];
        const std::size_t b = *index[d];
        const GroupPairMixing& forward = mixing.pair(a, b);
        side.ties = forward.ties;
        side.weight = forward.weight;
        side.expected = forward.expected;
        if (mixing.directed) {
            const GroupPairMixing& backward = mixing.pair(b, a);
            side.ties += backward.ties;
            side.weight += backward.weight;
            side.expected += backward.expected;
        }
        if (side.expected > 0) {
            side.p_fewer = poisson_lower_tail(side.ties, side.expected);
            side.p_more = poisson_upper_tail(side.ties, side.expected);
            side.p_value = std::min(1.0, 2.0 * std::min(side.p_fewer, side.p_more));
        }
        side.status = side_status(side.ties, false, side.p_fewer, side.p_more, options.significance);
        side.brokers = side_brokers(network, groups, a, b, options.max_brokers);
    }
    return triangle;
}

}  // namespace coopnet
