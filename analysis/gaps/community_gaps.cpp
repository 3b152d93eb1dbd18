#include "analysis/gaps/community_gaps.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace coopnet {

CommunityGapsResult community_gaps(const Network& network, const Partition& partition,
                                   const CommunityGapOptions& options) {
    validate_partition(network, partition);
    if (!(options.ratio_threshold >= 0.0)) {
        throw InvalidArgument("community gaps: the ratio threshold must be >= 0");
    }
    const CsrGraph& graph = network.adjacency().undirected();
    const std::size_t n = network.actor_count();
    const std::size_t k = partition.community_count;
    const std::vector<CommunityId>& community = partition.community;

    CommunityGapsResult result;
    result.ratio_threshold = options.ratio_threshold;
    result.tie_count = graph.arc_count() / 2;

    std::vector<std::size_t> degree_sum(k, 0);
    std::vector<std::size_t> sizes = partition.sizes();
    std::vector<std::size_t> count(k * k, 0);
    std::vector<double> weight(k * k, 0.0);
    // Ties between communities, kept by community pair (a < b) for the gaps found later.
    std::map<std::pair<CommunityId, CommunityId>, std::vector<ConnectingTie>> between;
    for (NodeId u = 0; u < n; ++u) {
        degree_sum[community[u]] += graph.degree(u);
        const auto neighbours = graph.neighbours_of(u);
        const auto weights = graph.weights_of(u);
        for (std::size_t i = 0; i < neighbours.size(); ++i) {
            const NodeId v = neighbours[i];
            if (v < u || community[u] == community[v]) continue;
            CommunityId a = community[u];
            CommunityId b = community[v];
            ConnectingTie tie{u, v, weights[i]};
            if (a > b) {
                std::swap(a, b);
                std::swap(tie.first, tie.second);
            }
            ++count[static_cast<std::size_t>(a) * k + b];
            weight[static_cast<std::size_t>(a) * k + b] += weights[i];
            between[{a, b}].push_back(tie);
        }
    }

    const double m = static_cast<double>(result.tie_count);
    if (m == 0.0) return result;
    for (CommunityId a = 0; a < k; ++a) {
        for (CommunityId b = a + 1; b < k; ++b) {
            const double expected =
                static_cast<double>(degree_sum[a]) * static_cast<double>(degree_sum[b]) / (2.0 * m);
            if (!(expected > 0.0)) continue;
            const std::size_t ties = count[static_cast<std::size_t>(a) * k + b];
            const double ratio = static_cast<double>(ties) / expected;
            if (!(ratio < options.ratio_threshold) && ties != 0) continue;
            CommunityGap gap;
            gap.a = a;
            gap.b = b;
            gap.size_a = sizes[a];
            gap.size_b = sizes[b];
            gap.ties = ties;
            gap.weight = weight[static_cast<std::size_t>(a) * k + b];
            gap.expected = expected;
            gap.ratio = ratio;
            if (const auto it = between.find({a, b}); it != between.end()) {
                std::vector<ConnectingTie> list = it->second;
                std::sort(list.begin(), list.end(),
                          [&](const ConnectingTie& x, const ConnectingTie& y) {
                              if (x.weight != y.weight) return x.weight > y.weight;
                              const std::string& xf = network.actor(x.first).id;
                              const std::string& yf = network.actor(y.first).id;
                              if (xf != yf) return xf < yf;
                              return network.actor(x.second).id < network.actor(y.second).id;
                          });
                if (options.max_connecting_ties > 0 && list.size() > options.max_connecting_ties) {
                    list.resize(options.max_connecting_ties);
                }
                for (const ConnectingTie& tie : list) {
                    gap.actors_a.push_back(tie.first);
                    gap.actors_b.push_back(tie.second);
                }
                gap.connecting_ties = std::move(list);
            }
            for (std::vector<NodeId>* side : {&gap.actors_a, &gap.actors_b}) {
                std::sort(side->begin(), side->end(), [&](NodeId x, NodeId y) {
                    return network.actor(x).id < network.actor(y).id;
                });
                side->erase(std::unique(side->begin(), side->end()), side->end());
            }
            result.gaps.push_back(std::move(gap));
        }
    }
    std::sort(result.gaps.begin(), result.gaps.end(),
              [](const CommunityGap& x, const CommunityGap& y) {
                  if (x.ratio != y.ratio) return x.ratio < y.ratio;
                  if (x.expected != y.expected) return x.expected > y.expected;
                  if (x.a != y.a) return x.a < y.a;
                  return x.b < y.b;
              });
    return result;
}

}  // namespace coopnet
