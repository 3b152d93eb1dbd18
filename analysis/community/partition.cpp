#include "analysis/community/partition.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace coopnet {
namespace {

constexpr CommunityId kNoCommunity = std::numeric_limits<CommunityId>::max();

// Members of every community by counting sort: offsets (size k+1) and nodes in NodeId order.
struct Grouping {
    std::vector<std::size_t> offsets;
    std::vector<NodeId> nodes;
};

Grouping group_by(std::span<const CommunityId> community, std::size_t count) {
    Grouping grouping;
    grouping.offsets.assign(count + 1, 0);
    for (const CommunityId c : community) ++grouping.offsets[c + 1];
    std::partial_sum(grouping.offsets.begin(), grouping.offsets.end(), grouping.offsets.begin());
    grouping.nodes.resize(community.size());
    std::vector<std::size_t> next(grouping.offsets.begin(), grouping.offsets.end() - 1);
    for (NodeId v = 0; v < community.size(); ++v) grouping.nodes[next[community[v]]++] = v;
    return grouping;
}

// The weight of the merged tie at position `index` of the analysis view row.
double tie_weight(const CsrGraph& graph, std::size_t index, const AnalysisOptions& options) {
    return options.weights == WeightMode::Weighted ? graph.weights[index] : 1.0;
}

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

const CsrGraph& clustering_graph(const Network& network, const AnalysisOptions& options,
                                 CsrGraph& storage) {
    const CsrGraph& undirected = network.adjacency().undirected();
    const bool unit_weights =
        !network.directed() && std::all_of(undirected.weights.begin(), undirected.weights.end(),
                                           [](double w) { return w == 1.0; });
    if (options.weights == WeightMode::Weighted || unit_weights) return undirected;
    storage = clustering_graph(network, options);
    return storage;
}

CsrGraph clustering_graph(const Network& network, const AnalysisOptions& options) {
    const Adjacency& adjacency = network.adjacency();
    CsrGraph graph = adjacency.undirected();
    if (options.weights == WeightMode::Weighted) return graph;
    if (!adjacency.directed()) {
        std::fill(graph.weights.begin(), graph.weights.end(), 1.0);
        return graph;
    }
    // Directed: a_uv + a_vu with a in {0, 1}; rows of out, in and undirected are sorted.
    const CsrGraph& out = adjacency.out();
    const CsrGraph& in = adjacency.in();
    for (NodeId u = 0; u < graph.node_count(); ++u) {
        const auto outs = out.neighbours_of(u);
        const auto ins = in.neighbours_of(u);
        std::size_t i = 0;
        std::size_t j = 0;
        for (std::uint64_t k = graph.offsets[u]; k < graph.offsets[u + 1]; ++k) {
            const NodeId v = graph.neighbours[k];
            double w = 0.0;
            while (i < outs.size() && outs[i] < v) ++i;
            while (j < ins.size() && ins[j] < v) ++j;
            if (i < outs.size() && outs[i] == v) w += 1.0;
            if (j < ins.size() && ins[j] == v) w += 1.0;
            graph.weights[k] = w;
        }
    }
    return graph;
}

std::vector<CommunitySummary> summarize_communities(const Network& network,
                                                    const Partition& partition,
                                                    const AnalysisOptions& options) {
    validate_partition(network, partition);
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& ties = adjacency.out();  // each arc (directed) or each pair twice
    CsrGraph storage;
    const CsrGraph& undirected = clustering_graph(network, options, storage);
    const std::size_t k = partition.community_count;
    std::vector<CommunitySummary> result(k);
    for (CommunityId c = 0; c < k; ++c) result[c].community = c;
    std::vector<bool> has_central(k, false);
    for (NodeId v = 0; v < partition.community.size(); ++v) {
        CommunitySummary& summary = result[partition.community[v]];
        summary.members.push_back(v);
        ++summary.sector_counts[network.actor(v).sector];
        const auto weights = undirected.weights_of(v);
        const double strength = std::accumulate(weights.begin(), weights.end(), 0.0);
        const bool better = !has_central[summary.community] ||
                            strength > summary.most_central_strength ||
                            (strength == summary.most_central_strength &&
                             network.actor(v).id < network.actor(summary.most_central).id);
        if (better) {
            summary.most_central = v;
            summary.most_central_strength = strength;
            has_central[summary.community] = true;
        }
        for (std::uint64_t i = ties.offsets[v]; i < ties.offsets[v + 1]; ++i) {
            const NodeId w = ties.neighbours[i];
            if (partition.community[w] != partition.community[v]) continue;
            if (!adjacency.directed() && w < v) continue;  // each pair once
            ++summary.internal_ties;
            summary.internal_weight += tie_weight(ties, i, options);
        }
    }
    const std::vector<bool> connected = connected_communities(network, partition);
    for (CommunitySummary& summary : result) {
        summary.connected = connected[summary.community];
        summary.size = summary.members.size();
        if (summary.size > 1) {
            const double s = static_cast<double>(summary.size);
            const double possible = adjacency.directed() ? s * (s - 1.0) : s * (s - 1.0) / 2.0;
            summary.internal_density = static_cast<double>(summary.internal_ties) / possible;
        }
    }
    return result;
}

CommunityTieMatrix between_community_ties(const Network& network, const Partition& partition,
                                          const AnalysisOptions& options) {
    validate_partition(network, partition);
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& ties = adjacency.out();
    CommunityTieMatrix matrix;
    const std::size_t k = partition.community_count;
    matrix.community_count = k;
    matrix.count.assign(k * k, 0);
    matrix.weight.assign(k * k, 0.0);
    for (NodeId v = 0; v < ties.node_count(); ++v) {
        const std::size_t a = partition.community[v];
        for (std::uint64_t i = ties.offsets[v]; i < ties.offsets[v + 1]; ++i) {
            const NodeId w = ties.neighbours[i];
            if (!adjacency.directed() && w < v) continue;  // each pair once
            const std::size_t b = partition.community[w];
            const double weight = tie_weight(ties, i, options);
            ++matrix.count[a * k + b];
            matrix.weight[a * k + b] += weight;
            if (!adjacency.directed() && a != b) {
                ++matrix.count[b * k + a];
                matrix.weight[b * k + a] += weight;
            }
        }
    }
    return matrix;
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

AggregateGraph aggregate_graph(const CsrGraph& graph, std::span<const double> internal_weight,
                               std::span<const CommunityId> community,
                               std::size_t community_count) {
    const Grouping grouping = group_by(community, community_count);
    AggregateGraph result;
    result.internal.assign(community_count, 0.0);
    result.between.offsets.assign(community_count + 1, 0);
    result.between.neighbours.reserve(graph.arc_count());
    result.between.weights.reserve(graph.arc_count());
    std::vector<double> scratch(community_count, 0.0);
    std::vector<bool> touched_flag(community_count, false);
    std::vector<CommunityId> touched;
    for (CommunityId c = 0; c < community_count; ++c) {
        double own = 0.0;           // weight already inside the member nodes
        double twice_inside = 0.0;  // ties between members, seen from both ends
        for (std::size_t i = grouping.offsets[c]; i < grouping.offsets[c + 1]; ++i) {
            const NodeId v = grouping.nodes[i];
            if (!internal_weight.empty()) own += internal_weight[v];
            for (std::uint64_t a = graph.offsets[v]; a < graph.offsets[v + 1]; ++a) {
                const CommunityId d = community[graph.neighbours[a]];
                if (d == c) {
                    twice_inside += graph.weights[a];
                    continue;
                }
                if (!touched_flag[d]) {
                    touched_flag[d] = true;
                    touched.push_back(d);
                }
                scratch[d] += graph.weights[a];
            }
        }
        result.internal[c] = own + twice_inside / 2.0;
        std::sort(touched.begin(), touched.end());
        for (const CommunityId d : touched) {
            result.between.neighbours.push_back(d);
            result.between.weights.push_back(scratch[d]);
            scratch[d] = 0.0;
            touched_flag[d] = false;
        }
        touched.clear();
        result.between.offsets[c + 1] = result.between.neighbours.size();
    }
    // Reserved for the worst case (no tie collapses); Leiden keeps every level of an
    // iteration, so give back what collapsing saved.
    result.between.neighbours.shrink_to_fit();
    result.between.weights.shrink_to_fit();
    return result;
}

}  // namespace coopnet
