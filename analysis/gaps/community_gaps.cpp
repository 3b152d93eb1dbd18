#include "analysis/gaps/community_gaps.hpp"

#include <algorithm>
#include <cstdint>
#include <queue>
#include <unordered_map>
#include <utility>

namespace coopnet {
namespace {

// The ties between two communities a < b, summed over the merged ties that join them.
struct TiedPair {
    CommunityId a = 0;
    CommunityId b = 0;
    std::size_t ties = 0;
    double weight = 0.0;
};

// Calls visit(tie) once for every merged tie whose ends lie in different communities,
// with `first` in the community of the lower id.
template <typename Visit>
void for_each_tie_between(const CsrGraph& graph, const std::vector<CommunityId>& community,
                          Visit&& visit) {
    for (NodeId u = 0; u < community.size(); ++u) {
        const auto neighbours = graph.neighbours_of(u);
        const auto weights = graph.weights_of(u);
        for (std::size_t i = 0; i < neighbours.size(); ++i) {
            const NodeId v = neighbours[i];
            if (v < u || community[u] == community[v]) continue;
            ConnectingTie tie{u, v, weights[i]};
            if (community[u] > community[v]) std::swap(tie.first, tie.second);
            visit(tie);
        }
    }
}

// Every pair of communities joined by at least one tie, by (a, b): at most m of them, so
// the pairs without ties never need a k x k table.
std::vector<TiedPair> tied_pairs(const CsrGraph& graph, const std::vector<CommunityId>& community) {
    std::vector<TiedPair> ties;
    for_each_tie_between(graph, community, [&](const ConnectingTie& tie) {
        ties.push_back({community[tie.first], community[tie.second], 1, tie.weight});
    });
    std::sort(ties.begin(), ties.end(), [](const TiedPair& x, const TiedPair& y) {
        return std::pair(x.a, x.b) < std::pair(y.a, y.b);
    });
    std::vector<TiedPair> merged;
    for (const TiedPair& tie : ties) {
        if (!merged.empty() && merged.back().a == tie.a && merged.back().b == tie.b) {
            ++merged.back().ties;
            merged.back().weight += tie.weight;
        } else {
            merged.push_back(tie);
        }
    }
    return merged;
}

// The order gaps are listed in: fewest ties relative to the expectation first, then the
// largest expectation, then by community.
bool listed_before(const CommunityGap& x, const CommunityGap& y) {
    if (x.ratio != y.ratio) return x.ratio < y.ratio;
    if (x.expected != y.expected) return x.expected > y.expected;
    if (x.a != y.a) return x.a < y.a;
    return x.b < y.b;
}

// Keeps the first `limit` gaps in `listed_before` order (all when limit is 0) with memory
// for those alone: a heap whose top is the last gap kept.
class GapSelection {
public:
    explicit GapSelection(std::size_t limit) : limit_(limit) {}

    void offer(CommunityGap gap) {
        ++count_;
        if (limit_ != 0 && kept_.size() == limit_) {
            if (!listed_before(gap, kept_.top())) return;
            kept_.pop();
        }
        kept_.push(std::move(gap));
    }

    std::size_t count() const { return count_; }

    std::vector<CommunityGap> take_sorted() {
        std::vector<CommunityGap> gaps;
        gaps.reserve(kept_.size());
        while (!kept_.empty()) {
            gaps.push_back(kept_.top());
            kept_.pop();
        }
        std::reverse(gaps.begin(), gaps.end());
        return gaps;
    }

private:
    struct LaterFirst {
        bool operator()(const CommunityGap& x, const CommunityGap& y) const {
            return listed_before(x, y);
        }
    };
    std::size_t limit_;
    std::size_t count_ = 0;
    std::priority_queue<CommunityGap, std::vector<CommunityGap>, LaterFirst> kept_;
};

// The ties that join each listed gap's communities, heaviest first, then by the ids of
// their ends, at most `max_ties` of them; and the distinct actors on them, side by side.
void add_connecting_ties(const Network& network, const CsrGraph& graph,
                         const std::vector<CommunityId>& community, std::size_t max_ties,
                         std::vector<CommunityGap>& gaps) {
    std::unordered_map<std::uint64_t, std::size_t> gap_of_pair;
    const auto key = [](CommunityId a, CommunityId b) {
        return (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint64_t>(b);
    };
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        if (gaps[i].ties != 0) gap_of_pair.emplace(key(gaps[i].a, gaps[i].b), i);
    }
    if (gap_of_pair.empty()) return;
    for_each_tie_between(graph, community, [&](const ConnectingTie& tie) {
        const auto it = gap_of_pair.find(key(community[tie.first], community[tie.second]));
        if (it != gap_of_pair.end()) gaps[it->second].connecting_ties.push_back(tie);
    });
    const auto id = [&](NodeId x) -> const std::string& { return network.actor(x).id; };
    for (CommunityGap& gap : gaps) {
        std::vector<ConnectingTie>& list = gap.connecting_ties;
        std::sort(list.begin(), list.end(), [&](const ConnectingTie& x, const ConnectingTie& y) {
            if (x.weight != y.weight) return x.weight > y.weight;
            if (id(x.first) != id(y.first)) return id(x.first) < id(y.first);
            return id(x.second) < id(y.second);
        });
        if (max_ties > 0 && list.size() > max_ties) list.resize(max_ties);
        for (const ConnectingTie& tie : list) {
            gap.actors_a.push_back(tie.first);
            gap.actors_b.push_back(tie.second);
        }
        for (std::vector<NodeId>* side : {&gap.actors_a, &gap.actors_b}) {
            std::sort(side->begin(), side->end(),
                      [&](NodeId x, NodeId y) { return id(x) < id(y); });
            side->erase(std::unique(side->begin(), side->end()), side->end());
        }
    }
}

}  // namespace

CommunityGapsResult community_gaps(const Network& network, const Partition& partition,
                                   const CommunityGapOptions& options) {
    validate_partition(network, partition);
    if (!(options.ratio_threshold >= 0.0)) {
        throw InvalidArgument("community gaps: the ratio threshold must be >= 0");
    }
    const CsrGraph& graph = network.adjacency().undirected();
    const std::size_t k = partition.community_count;
    const std::vector<CommunityId>& community = partition.community;

    CommunityGapsResult result;
    result.ratio_threshold = options.ratio_threshold;
    result.tie_count = graph.arc_count() / 2;
    const double m = static_cast<double>(result.tie_count);
    if (m == 0.0) return result;

    std::vector<std::size_t> degree_sum(k, 0);
    for (NodeId u = 0; u < community.size(); ++u) degree_sum[community[u]] += graph.degree(u);
    const std::vector<std::size_t> sizes = partition.sizes();
    const std::vector<TiedPair> tied = tied_pairs(graph, community);

    GapSelection selection(options.max_gaps);
    auto next_tied = tied.begin();
    for (CommunityId a = 0; a < k; ++a) {
        for (CommunityId b = a + 1; b < k; ++b) {
            std::size_t ties = 0;
            double weight = 0.0;
            if (next_tied != tied.end() && next_tied->a == a && next_tied->b == b) {
                ties = next_tied->ties;
                weight = next_tied->weight;
                ++next_tied;
            }
            const double expected =
                static_cast<double>(degree_sum[a]) * static_cast<double>(degree_sum[b]) / (2.0 * m);
            if (!(expected > 0.0)) continue;
            const double ratio = static_cast<double>(ties) / expected;
            if (!(ratio < options.ratio_threshold) && ties != 0) continue;
            CommunityGap gap;
            gap.a = a;
            gap.b = b;
            gap.size_a = sizes[a];
            gap.size_b = sizes[b];
            gap.ties = ties;
            gap.weight = weight;
            gap.expected = expected;
            gap.ratio = ratio;
            selection.offer(std::move(gap));
        }
    }
    result.gap_count = selection.count();
    result.gaps = selection.take_sorted();
    add_connecting_ties(network, graph, community, options.max_connecting_ties, result.gaps);
    return result;
}

}  // namespace coopnet
