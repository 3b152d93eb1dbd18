#include "analysis/gaps/suggestions.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <queue>

#include "analysis/structure/components.hpp"
#include "analysis/gaps/mixing.hpp"

namespace coopnet {
namespace {

struct Candidate {
    NodeId first;
    NodeId second;
    std::optional<std::size_t> side;
    double ra;
    double aa;
};

// True if a ranks before b: triangle sides first, RA, AA, then ids.
struct Ranks {
    const Network* network;
    bool operator()(const Candidate& a, const Candidate& b) const {
        if (a.side.has_value() != b.side.has_value()) return a.side.has_value();
        if (a.ra != b.ra) return a.ra > b.ra;
        if (a.aa != b.aa) return a.aa > b.aa;
        const std::string& af = network->actor(a.first).id;
        const std::string& bf = network->actor(b.first).id;
        if (af != bf) return af < bf;
        return network->actor(a.second).id < network->actor(b.second).id;
    }
};

}  // namespace

SuggestionsResult suggest_ties(const Network& network, const SuggestionOptions& options) {
    const ActorGroups groups = actor_groups(network, options.group_attribute);
    const CsrGraph& graph = network.adjacency().undirected();
    const std::size_t n = network.actor_count();
    SuggestionsResult result;

    std::array<std::optional<std::size_t>, 3> corner;
    for (std::size_t c = 0; c < 3; ++c) corner[c] = groups.find(options.triangle_groups[c]);
    constexpr std::array<std::array<std::size_t, 2>, 3> kSides = {{{0, 1}, {0, 2}, {1, 2}}};
    const auto side_of = [&](std::size_t gx, std::size_t gy) -> std::optional<std::size_t> {
        for (std::size_t s = 0; s < 3; ++s) {
            const auto& a = corner[kSides[s][0]];
            const auto& b = corner[kSides[s][1]];
            if (!a || !b) continue;
            if ((gx == *a && gy == *b) || (gx == *b && gy == *a)) return s;
        }
        return std::nullopt;
    };

    const Ranks ranks{&network};
    // Max-heap on "ranks before": top() is the worst of the kept candidates.
    std::priority_queue<Candidate, std::vector<Candidate>, Ranks> kept(ranks);
    std::vector<double> ra(n, 0.0);
    std::vector<double> aa(n, 0.0);
    std::vector<NodeId> tied_to(n, 0);  // x + 1 marks the neighbours of x
    std::vector<NodeId> touched;
    for (NodeId x = 0; x < n && options.top_k > 0; ++x) {
        for (const NodeId y : graph.neighbours_of(x)) tied_to[y] = x + 1;
        for (const NodeId z : graph.neighbours_of(x)) {
            const double k = static_cast<double>(graph.degree(z));
            for (const NodeId y : graph.neighbours_of(z)) {
                if (y <= x || tied_to[y] == x + 1) continue;
                if (groups.group_of[y] == groups.group_of[x]) continue;
                if (ra[y] == 0.0) touched.push_back(y);
                ra[y] += 1.0 / k;
                aa[y] += 1.0 / std::log(k);
            }
        }
        for (const NodeId y : touched) {
            Candidate c{x, y, side_of(groups.group_of[x], groups.group_of[y]), ra[y], aa[y]};
            if (network.actor(y).id < network.actor(x).id) std::swap(c.first, c.second);
            if (kept.size() < options.top_k) {
                kept.push(c);
            } else if (ranks(c, kept.top())) {
                kept.pop();
                kept.push(c);
            }
            ra[y] = aa[y] = 0.0;
        }
        touched.clear();
    }

    std::vector<PairSuggestion> pairs;
    while (!kept.empty()) {
        const Candidate c = kept.top();
        kept.pop();
        PairSuggestion s;
        s.first = c.first;
        s.second = c.second;
        s.first_group = groups.names[groups.group_of[c.first]];
        s.second_group = groups.names[groups.group_of[c.second]];
        s.triangle_side = c.side;
        const auto a = graph.neighbours_of(c.first);
        const auto b = graph.neighbours_of(c.second);
        std::set_intersection(a.begin(), a.end(), b.begin(), b.end(),
                              std::back_inserter(s.shared_partners));
        std::sort(s.shared_partners.begin(), s.shared_partners.end(), [&](NodeId p, NodeId q) {
            if (graph.degree(p) != graph.degree(q)) return graph.degree(p) < graph.degree(q);
            return network.actor(p).id < network.actor(q).id;
        });
        // Recomputed in this canonical order, so equal partner degrees give equal scores.
        for (const NodeId z : s.shared_partners) {
            const double k = static_cast<double>(graph.degree(z));
            s.resource_allocation += 1.0 / k;
            s.adamic_adar += 1.0 / std::log(k);
        }
        pairs.push_back(std::move(s));
    }
    std::sort(pairs.begin(), pairs.end(), [&](const PairSuggestion& p, const PairSuggestion& q) {
        return ranks(
            Candidate{p.first, p.second, p.triangle_side, p.resource_allocation, p.adamic_adar},
            Candidate{q.first, q.second, q.triangle_side, q.resource_allocation, q.adamic_adar});
    });
    result.pairs = std::move(pairs);

    // Joins: the most central actor of each smaller component to that of the largest.
    const Components components = weak_components(network);
    if (components.count() >= 2 && options.top_k > 0) {
        std::vector<std::optional<NodeId>> central(components.count());
        for (NodeId v = 0; v < n; ++v) {
            auto& best = central[components.component[v]];
            if (!best || graph.degree(v) > graph.degree(*best) ||
                (graph.degree(v) == graph.degree(*best) &&
                 network.actor(v).id < network.actor(*best).id)) {
                best = v;
            }
        }
        const NodeId hub = *central[0];
        for (std::size_t c = 1; c < components.count() && result.joins.size() < options.top_k;
             ++c) {
            JoinSuggestion join;
            join.first = hub;
            join.second = *central[c];
            join.first_component_size = components.sizes[0];
            join.second_component_size = components.sizes[c];
            result.joins.push_back(std::move(join));
        }
    }
    return result;
}

}  // namespace coopnet
