#include "analysis/gaps/mixing.hpp"

#include <algorithm>
#include <map>

#include "analysis/community/group_attribute.hpp"
#include "analysis/gaps/poisson_tail.hpp"

namespace coopnet {
namespace {

std::optional<double> ei_value(std::size_t external, std::size_t internal) {
    if (external + internal == 0) return std::nullopt;
    return (static_cast<double>(external) - static_cast<double>(internal)) /
           static_cast<double>(external + internal);
}

}  // namespace

std::optional<std::size_t> ActorGroups::find(std::string_view name) const {
    const auto it = std::lower_bound(names.begin(), names.end(), name);
    if (it == names.end() || *it != name) return std::nullopt;
    return static_cast<std::size_t>(it - names.begin());
}

ActorGroups actor_groups(const Network& network, std::string_view attribute) {
    if (attribute.empty()) throw InvalidArgument("actor groups: the group attribute is empty");
    const std::size_t n = network.actor_count();
    ActorGroups groups;
    groups.attribute = std::string(attribute);
    std::vector<std::string> labels(n);
    std::map<std::string, std::size_t, std::less<>> index;
    for (NodeId v = 0; v < n; ++v) {
        labels[v] = group_name(network.actor(v), attribute);
        index.emplace(labels[v], 0);
    }
    for (auto& [name, position] : index) {
        position = groups.names.size();
        groups.names.push_back(name);
    }
    groups.sizes.assign(groups.names.size(), 0);
    groups.group_of.resize(n);
    for (NodeId v = 0; v < n; ++v) {
        groups.group_of[v] = index.find(labels[v])->second;
        ++groups.sizes[groups.group_of[v]];
    }
    return groups;
}

const GroupPairMixing& MixingResult::pair(std::size_t from, std::size_t to) const {
    const std::size_t g = groups.count();
    if (from >= g || to >= g) throw InvalidArgument("group mixing: group index out of range");
    if (directed) return pairs[from * g + to];
    if (from > to) std::swap(from, to);
    // Row `from` of the upper triangle starts after sum_{r < from} (g - r) entries.
    const std::size_t start = from * g - from * (from - 1) / 2;
    return pairs[start + (to - from)];
}

MixingResult group_mixing(const Network& network, const MixingOptions& options) {
    MixingResult result;
    result.groups = actor_groups(network, options.group_attribute);
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& out = adjacency.out();
    const std::size_t n = network.actor_count();
    const std::size_t g = result.groups.count();
    const std::vector<std::size_t>& group_of = result.groups.group_of;
    result.directed = adjacency.directed();
    result.tie_count = adjacency.tie_count();

    // Observed counts and weights in a dense g x g matrix (directed: from -> to;
    // undirected: both orders filled, each tie counted once in the upper cell).
    std::vector<std::size_t> count(g * g, 0);
    std::vector<double> weight(g * g, 0.0);
    result.degree_sum.assign(g, 0);
    result.in_degree_sum.assign(g, 0);
    for (NodeId u = 0; u < n; ++u) {
        const std::size_t gu = group_of[u];
        result.degree_sum[gu] += out.degree(u);
        result.in_degree_sum[gu] += adjacency.in().degree(u);
        const auto neighbours = out.neighbours_of(u);
        const auto weights = out.weights_of(u);
        for (std::size_t i = 0; i < neighbours.size(); ++i) {
            const NodeId v = neighbours[i];
            if (!result.directed && v < u) continue;
            std::size_t from = gu;
            std::size_t to = group_of[v];
            if (!result.directed && from > to) std::swap(from, to);
            ++count[from * g + to];
            weight[from * g + to] += weights[i];
            result.total_weight += weights[i];
        }
    }

    const double m = static_cast<double>(result.tie_count);
    for (std::size_t a = 0; a < g; ++a) {
        for (std::size_t b = result.directed ? 0 : a; b < g; ++b) {
            GroupPairMixing entry;
            entry.from = a;
            entry.to = b;
            entry.ties = count[a * g + b];
            entry.weight = weight[a * g + b];
            if (m > 0.0) {
                const double da = static_cast<double>(result.degree_sum[a]);
                if (result.directed) {
                    entry.expected = da * static_cast<double>(result.in_degree_sum[b]) / m;
                } else if (a == b) {
                    entry.expected = da * da / (4.0 * m);
                } else {
                    entry.expected = da * static_cast<double>(result.degree_sum[b]) / (2.0 * m);
                }
            }
            if (entry.expected > 0.0) {
                entry.ratio = static_cast<double>(entry.ties) / entry.expected;
                entry.p_fewer = poisson_lower_tail(entry.ties, entry.expected);
                entry.p_more = poisson_upper_tail(entry.ties, entry.expected);
                entry.p_value = std::min(1.0, 2.0 * std::min(entry.p_fewer, entry.p_more));
            }
            result.pairs.push_back(entry);
        }
    }

    // E-I per group and overall.
    result.ei_by_group.assign(g, EiIndex{});
    for (std::size_t a = 0; a < g; ++a) {
        for (std::size_t b = 0; b < g; ++b) {
            const std::size_t c = count[a * g + b];
            if (a == b) {
                result.ei_by_group[a].internal += c;
                result.ei.internal += c;
            } else {
                result.ei_by_group[a].external += c;
                result.ei_by_group[b].external += c;
                result.ei.external += c;
            }
        }
    }
    for (EiIndex& ei : result.ei_by_group) ei.value = ei_value(ei.external, ei.internal);
    result.ei.value = ei_value(result.ei.external, result.ei.internal);

    // Newman's r from the fractions of tie ends e_ab.
    if (result.tie_count > 0) {
        const double ends = result.directed ? m : 2.0 * m;
        double trace = 0.0;
        std::vector<double> row(g, 0.0);
        std::vector<double> column(g, 0.0);
        for (std::size_t a = 0; a < g; ++a) {
            for (std::size_t b = 0; b < g; ++b) {
                double e = static_cast<double>(count[a * g + b]);
                if (!result.directed) {
                    // Undirected ties are stored once in the upper cell; count both ends.
                    if (a == b) {
                        e *= 2.0;
                    } else if (a > b) {
                        e = static_cast<double>(count[b * g + a]);
                    }
                }
                e /= ends;
                if (a == b) trace += e;
                row[a] += e;
                column[b] += e;
            }
        }
        double expected = 0.0;
        for (std::size_t a = 0; a < g; ++a) expected += row[a] * column[a];
        // sum_a a_a b_a = 1 exactly when every tie end lies in one group: r is 0/0 there.
        bool one_group = false;
        for (std::size_t a = 0; a < g; ++a) {
            const bool all_out =
                result.degree_sum[a] == (result.directed ? result.tie_count : 2 * result.tie_count);
            const bool all_in = result.in_degree_sum[a] == result.degree_sum[a];
            if (all_out && (all_in || !result.directed)) one_group = true;
        }
        if (!one_group) result.assortativity = (trace - expected) / (1.0 - expected);
    }
    return result;
}

}  // namespace coopnet
