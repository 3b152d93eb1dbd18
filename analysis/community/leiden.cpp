#include "analysis/community/leiden.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <deque>
#include <limits>
#include <numeric>
#include <random>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include "analysis/detail/clustering_graph.hpp"
#include "analysis/detail/community_detail.hpp"
#include "core/detail/huge_pages.hpp"
#include "core/interrupt.hpp"

namespace coopnet {
namespace {

// Uniform real in [0, 1) from the top 53 bits.
double random_unit(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

// The per-node scratch and the aggregates' rows: filled afresh on every call, and first
// touched in huge pages (core/detail/huge_pages.hpp; a 4 KiB fault cost 12 µs on a virtual
// machine, and a run on a million ties touches some 80 MB).
template <class T>
using Buffer = detail::HugePageVector<T>;

// How a level's tie weights are stored, and so read by the kernels (templates on it).
enum class Weights {
    Unit,     // none stored: every tie weighs 1 (an unweighted finest level)
    Counted,  // whole numbers as uint32 (the aggregates of an unweighted graph): exact, and a
              // third fewer bytes per arc than doubles
    Real,     // doubles
};

// One level's graph (no self-loops) as the kernels read it: CSR rows, and the weights in
// `weights` or `counts` as `Weights` says. Views: into the caller's graph at the finest
// level, into the level's own buffers above it.
struct LevelGraph {
    std::span<const std::uint64_t> offsets;  // node_count() + 1
    std::span<const NodeId> neighbours;
    std::span<const double> weights;        // Weights::Real
    std::span<const std::uint32_t> counts;  // Weights::Counted

    [[nodiscard]] std::size_t node_count() const noexcept { return offsets.size() - 1; }
    [[nodiscard]] std::size_t arc_count() const noexcept { return neighbours.size(); }
};

// Calls `kernel(std::integral_constant<Weights, W>{})` for W = `weights`: the one place
// where a level's run-time storage picks the kernels' compiled instance.
template <class Kernel>
decltype(auto) with_weights(Weights weights, Kernel&& kernel) {
    switch (weights) {
        case Weights::Unit:
            return kernel(std::integral_constant<Weights, Weights::Unit>{});
        case Weights::Counted:
            return kernel(std::integral_constant<Weights, Weights::Counted>{});
        case Weights::Real:
            break;
    }
    return kernel(std::integral_constant<Weights, Weights::Real>{});
}

// The weight of arc `a` of `g`.
template <Weights kWeights>
double arc_weight(const LevelGraph& g, std::uint64_t a) {
    if constexpr (kWeights == Weights::Unit) {
        return 1.0;
    } else if constexpr (kWeights == Weights::Counted) {
        return static_cast<double>(g.counts[a]);
    } else {
        return g.weights[a];
    }
}

// One level of the algorithm: its graph with node weights s_v and the weight already inside
// each node (ties collapsed into it). An aggregate level keeps its rows in its own buffers.
struct Level {
    LevelGraph graph;
    Weights weights = Weights::Real;
    Buffer<double> node_weight;
    Buffer<double> internal;
    Buffer<std::uint64_t> offsets;
    Buffer<NodeId> neighbours;
    Buffer<double> real_weights;
    Buffer<std::uint32_t> counts;
};

// Renumbers labels densely by first appearance; returns the count.
template <class Labels>
std::size_t renumber(Labels& labels, Buffer<CommunityId>& scratch) {
    scratch.assign(labels.size(), std::numeric_limits<CommunityId>::max());
    std::size_t count = 0;
    for (CommunityId& label : labels) {
        if (scratch[label] == std::numeric_limits<CommunityId>::max()) {
            scratch[label] = static_cast<CommunityId>(count++);
        }
        label = scratch[label];
    }
    return count;
}

class LeidenRun {
public:
    // `count_aggregates`: the finest level is unweighted and its arcs fewer than 2^32, so
    // that every aggregate weight, a number of its arcs, fits a Weights::Counted count.
    LeidenRun(const LeidenOptions& options, double lambda, bool count_aggregates)
        : options_(options),
          lambda_(lambda),
          rng_(options.seed),
          aggregate_weights_(count_aggregates ? Weights::Counted : Weights::Real) {}

    // Fast local moving on `level` from `community` (labels < n). Returns whether any node
    // moved. On return `community` is renumbered densely; the count is returned via out.
    bool move_nodes(const Level& level, Buffer<CommunityId>& community,
                    std::size_t& community_count) {
        return with_weights(level.weights, [&](auto kind) {
            return move_nodes<decltype(kind)::value>(level, community, community_count);
        });
    }

    template <Weights kWeights>
    bool move_nodes(const Level& level, Buffer<CommunityId>& community,
                    std::size_t& community_count) {
        const LevelGraph& g = level.graph;
        const std::size_t n = g.node_count();
        slots_.assign(n, Slot{});
        for (NodeId v = 0; v < n; ++v) {
            slots_[community[v]].total += level.node_weight[v];
            ++slots_[community[v]].members;
        }
        empty_.clear();
        for (NodeId c = static_cast<NodeId>(n); c-- > 0;) {
            if (slots_[c].members == 0) empty_.push_back(c);
        }
        touched_.clear();
        in_queue_.assign(n, 1);
        queue_.resize(n);
        std::iota(queue_.begin(), queue_.end(), NodeId{0});
        detail::shuffle(queue_, rng_);
        std::size_t head = 0;
        std::size_t pending = n;
        bool moved = false;
        while (pending > 0) {
            const NodeId v = queue_[head];
            prefetch_ahead<kWeights>(g, head, pending);
            head = head + 1 == n ? 0 : head + 1;
            --pending;
            in_queue_[v] = 0;
            const CommunityId current = community[v];
            const double s = level.node_weight[v];
            // w(v, C) for every neighbouring community C, in order of first appearance.
            for (std::uint64_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
                const CommunityId c = community[g.neighbours[a]];
                Slot& slot = slots_[c];
                if (!slot.touched) {
                    slot.touched = 1;
                    touched_.push_back(c);
                }
                slot.weight += arc_weight<kWeights>(g, a);
            }
            slots_[current].total -= s;
            --slots_[current].members;
            const double stay_gain =
                slots_[current].weight - lambda_ * s * slots_[current].total;
            CommunityId best = current;
            double best_gain = stay_gain;
            for (const CommunityId c : touched_) {
                const double gain = slots_[c].weight - lambda_ * s * slots_[c].total;
                if (gain > best_gain) {
                    best_gain = gain;
                    best = c;
                }
            }
            bool into_empty = false;
            if (slots_[current].members > 0 && 0.0 > best_gain && !empty_.empty()) {
                best = empty_.back();
                best_gain = 0.0;
                into_empty = true;
            }
            if (best != current && !detail::clearly_better(best_gain, stay_gain)) {
                best = current;
                into_empty = false;
            }
            if (into_empty) empty_.pop_back();
            slots_[best].total += s;
            ++slots_[best].members;
            for (const CommunityId c : touched_) {
                slots_[c].weight = 0.0;
                slots_[c].touched = 0;
            }
            touched_.clear();
            if (best == current) continue;
            moved = true;
            community[v] = best;
            if (slots_[current].members == 0) empty_.push_back(current);
            for (std::uint64_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
                const NodeId u = g.neighbours[a];
                if (!in_queue_[u] && community[u] != best) {
                    in_queue_[u] = 1;
                    std::size_t tail = head + pending;
                    if (tail >= n) tail -= n;
                    queue_[tail] = u;
                    ++pending;
                }
            }
        }
        community_count = renumber(community, relabel_);
        return moved;
    }

    // The queue is known a few nodes ahead, and visiting a node starts with cache misses
    // on its CSR row (the queue order is random): fetch the row offsets kOffsetsAhead
    // nodes ahead and the row itself (neighbours, weights) kRowAhead nodes ahead, by which
    // time its offsets are in cache. Hints only: the results do not depend on them.
    template <Weights kWeights>
    void prefetch_ahead(const LevelGraph& g, std::size_t head, std::size_t pending) const {
        constexpr std::size_t kOffsetsAhead = 8;
        constexpr std::size_t kRowAhead = 4;
        const std::size_t n = queue_.size();
        if (pending > kOffsetsAhead) {
            std::size_t at = head + kOffsetsAhead;
            if (at >= n) at -= n;
            __builtin_prefetch(&g.offsets[queue_[at]]);
        }
        if (pending > kRowAhead) {
            std::size_t at = head + kRowAhead;
            if (at >= n) at -= n;
            const NodeId u = queue_[at];
            const std::uint64_t begin = g.offsets[u];
            // Pointers, not &row[begin]: a row may start at the end (or the arrays be empty),
            // where operator[] would bind a reference past the end.
            __builtin_prefetch(g.neighbours.data() + begin);
            if constexpr (kWeights == Weights::Counted) __builtin_prefetch(g.counts.data() + begin);
            if constexpr (kWeights == Weights::Real) __builtin_prefetch(g.weights.data() + begin);
        }
    }

    // Refinement of `community` (count k) on `level`: returns the refined labels
    // (dense) and their count.
    std::size_t refine(const Level& level, const Buffer<CommunityId>& community, std::size_t k,
                       Buffer<CommunityId>& refined) {
        return with_weights(level.weights, [&](auto kind) {
            return refine<decltype(kind)::value>(level, community, k, refined);
        });
    }

    template <Weights kWeights>
    std::size_t refine(const Level& level, const Buffer<CommunityId>& community, std::size_t k,
                       Buffer<CommunityId>& refined) {
        const LevelGraph& g = level.graph;
        const std::size_t n = g.node_count();
        // Summed node weight of every community of P.
        total_.assign(k, 0.0);
        for (NodeId v = 0; v < n; ++v) total_[community[v]] += level.node_weight[v];
        refined.resize(n);
        std::iota(refined.begin(), refined.end(), CommunityId{0});
        refined_total_.assign(level.node_weight.begin(), level.node_weight.end());
        refined_members_.assign(n, 1);
        external_.assign(n, 0.0);  // w(T, S − T) of every refined community T
        for (NodeId v = 0; v < n; ++v) {
            double w = 0.0;
            for (std::uint64_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
                if (community[g.neighbours[a]] == community[v]) {
                    w += arc_weight<kWeights>(g, a);
                }
            }
            external_[v] = w;
        }
        // Nodes grouped by community, each group in random order.
        order_.resize(n);
        std::iota(order_.begin(), order_.end(), NodeId{0});
        detail::shuffle(order_, rng_);
        group_offsets_.assign(k + 1, 0);
        for (NodeId v = 0; v < n; ++v) ++group_offsets_[community[v] + 1];
        std::partial_sum(group_offsets_.begin(), group_offsets_.end(), group_offsets_.begin());
        grouped_.resize(n);
        next_.assign(group_offsets_.begin(), group_offsets_.end() - 1);
        for (const NodeId v : order_) grouped_[next_[community[v]]++] = v;

        start_tally(n);
        bool merged = false;
        for (const NodeId v : grouped_) {
            const CommunityId own = refined[v];
            if (refined_members_[own] != 1) continue;  // no longer a singleton
            const double s = level.node_weight[v];
            const double community_total = total_[community[v]];
            if (external_[own] < lambda_ * s * (community_total - s)) continue;
            for (std::uint64_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
                const NodeId u = g.neighbours[a];
                if (community[u] == community[v]) {
                    tally(refined[u], arc_weight<kWeights>(g, a));
                }
            }
            // Candidates: staying alone (ΔH = 0) and well-connected T with ΔH >= 0.
            candidates_.clear();
            gains_.clear();
            candidates_.push_back(own);
            gains_.push_back(0.0);
            double max_gain = 0.0;
            for (const CommunityId t : touched_) {
                const double t_total = refined_total_[t];
                if (external_[t] < lambda_ * t_total * (community_total - t_total)) continue;
                const double gain = row_weight_[t] - lambda_ * s * t_total;
                if (gain < 0.0) continue;
                candidates_.push_back(t);
                gains_.push_back(gain);
                max_gain = std::max(max_gain, gain);
            }
            CommunityId chosen = own;
            if (candidates_.size() > 1) {
                double sum = 0.0;
                for (double& gain : gains_) {
                    gain = std::exp((gain - max_gain) / options_.randomness);
                    sum += gain;
                }
                const double r = random_unit(rng_) * sum;
                double cumulative = 0.0;
                chosen = candidates_.back();
                for (std::size_t i = 0; i < candidates_.size(); ++i) {
                    cumulative += gains_[i];
                    if (r < cumulative) {
                        chosen = candidates_[i];
                        break;
                    }
                }
            }
            if (chosen != own) {
                merged = true;
                refined[v] = chosen;
                refined_total_[chosen] += s;
                refined_total_[own] = 0.0;
                ++refined_members_[chosen];
                refined_members_[own] = 0;
                external_[chosen] += external_[own] - 2.0 * row_weight_[chosen];
            }
            clear_tally();
        }
        if (!merged) split_into_connected_parts(g, community, refined);
        return renumber(refined, relabel_);
    }

    // Aggregation: `next` := one node per refined community (labels `refined`, count r)
    // of `level`, the graph aggregate_graph (clustering_graph.hpp) builds, summed in the
    // same order (members by NodeId, each row in CSR order) so the same bits, with the
    // node weights; `next_community[c]` := the community of P of c's members. Into
    // buffers kept from the previous iteration's level of this depth: fresh ones would
    // page-fault tens of MB in afresh on a million-tie graph, every iteration.
    // O(n + m + Σ_c min(t_c log t_c, r / 64)) for t_c the communities next to c.
    void aggregate(const Level& level, const Buffer<CommunityId>& community,
                   const Buffer<CommunityId>& refined, std::size_t r, Level& next,
                   Buffer<CommunityId>& next_community) {
        with_weights(level.weights, [&](auto kind) {
            aggregate<decltype(kind)::value>(level, community, refined, r, next, next_community);
        });
    }

    template <Weights kWeights>
    void aggregate(const Level& level, const Buffer<CommunityId>& community,
                   const Buffer<CommunityId>& refined, std::size_t r, Level& next,
                   Buffer<CommunityId>& next_community) {
        const LevelGraph& g = level.graph;
        const std::size_t n = g.node_count();
        // Members of each refined community in NodeId order (counting sort).
        group_offsets_.assign(r + 1, 0);
        for (NodeId v = 0; v < n; ++v) ++group_offsets_[refined[v] + 1];
        std::partial_sum(group_offsets_.begin(), group_offsets_.end(), group_offsets_.begin());
        grouped_.resize(n);
        next_.assign(group_offsets_.begin(), group_offsets_.end() - 1);
        for (NodeId v = 0; v < n; ++v) grouped_[next_[refined[v]]++] = v;

        next.weights = aggregate_weights_;
        next.offsets.resize(r + 1);
        next.offsets[0] = 0;
        next.neighbours.clear();
        next.neighbours.reserve(g.arc_count());
        next.real_weights.clear();
        next.counts.clear();
        if (next.weights == Weights::Counted) {
            next.counts.reserve(g.arc_count());
        } else {
            next.real_weights.reserve(g.arc_count());
        }
        next.internal.resize(r);
        next.node_weight.resize(r);
        next_community.resize(r);
        start_tally(r);
        for (CommunityId c = 0; c < r; ++c) {
            double own = 0.0;           // weight already inside the member nodes
            double twice_inside = 0.0;  // ties between members, seen from both ends
            double node_weight = 0.0;
            for (std::size_t i = group_offsets_[c]; i < group_offsets_[c + 1]; ++i) {
                const NodeId v = grouped_[i];
                own += level.internal[v];
                node_weight += level.node_weight[v];
                for (std::uint64_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
                    const double w = arc_weight<kWeights>(g, a);
                    const CommunityId d = refined[g.neighbours[a]];
                    if (d == c) {
                        twice_inside += w;
                    } else {
                        tally(d, w);
                    }
                }
            }
            next.internal[c] = own + twice_inside / 2.0;
            next.node_weight[c] = node_weight;
            next_community[c] = community[grouped_[group_offsets_[c]]];
            append_row_in_order(next);
            next.offsets[c + 1] = next.neighbours.size();
        }
        next.graph = {next.offsets, next.neighbours, next.real_weights, next.counts};
    }

    // A tally of tie weight by label for one node (refinement) or one community
    // (aggregation) at a time: row_weight_[d], the labels in touched_ in order of first
    // appearance. start_tally readies it for labels below `bound`; clear_tally undoes a
    // node's tally in O(labels touched).
    void start_tally(std::size_t bound) {
        row_weight_.assign(bound, 0.0);
        row_seen_.assign((bound + 63) / 64, 0);
        touched_.clear();
    }
    void tally(CommunityId d, double w) {
        std::uint64_t& word = row_seen_[d / 64];
        const std::uint64_t bit = std::uint64_t{1} << (d % 64);
        if ((word & bit) == 0) {
            word |= bit;
            touched_.push_back(d);
        }
        row_weight_[d] += w;
    }
    void clear_tally() {
        for (const CommunityId d : touched_) {
            row_weight_[d] = 0.0;
            row_seen_[d / 64] = 0;
        }
        touched_.clear();
    }

    // Appends the tally to `level`'s rows as a row in ascending label order and clears it.
    // The aggregates of a million-tie graph are dense (a level of 7 000 nodes has rows of
    // about 200): a row whose labels span few words of the bit set is read off the bit set
    // in order, O(span / 64 + t); a sparse one is sorted, O(t log t). Either gives the
    // same row.
    void append_row_in_order(Level& level) {
        if (touched_.empty()) return;
        const auto [lowest, highest] = std::minmax_element(touched_.begin(), touched_.end());
        const std::size_t first_word = *lowest / 64;
        const std::size_t end_word = *highest / 64 + 1;
        if (touched_.size() * 16 >= end_word - first_word) {
            for (std::size_t i = first_word; i < end_word; ++i) {
                for (std::uint64_t word = row_seen_[i]; word != 0; word &= word - 1) {
                    const auto d = static_cast<CommunityId>(i * 64 + std::countr_zero(word));
                    append_arc(level, d, row_weight_[d]);
                    row_weight_[d] = 0.0;
                }
                row_seen_[i] = 0;
            }
            touched_.clear();
            return;
        }
        std::sort(touched_.begin(), touched_.end());
        for (const CommunityId d : touched_) append_arc(level, d, row_weight_[d]);
        clear_tally();
    }

    static void append_arc(Level& level, CommunityId d, double weight) {
        level.neighbours.push_back(d);
        if (level.weights == Weights::Counted) {
            level.counts.push_back(static_cast<std::uint32_t>(weight));  // a whole count < 2^32
        } else {
            level.real_weights.push_back(weight);
        }
    }

    // refined := the connected parts of each community (breadth-first search).
    template <class Labels>
    void split_into_connected_parts(const LevelGraph& g, const Buffer<CommunityId>& community,
                                    Labels& refined) {
        const std::size_t n = g.node_count();
        constexpr CommunityId kUnset = std::numeric_limits<CommunityId>::max();
        refined.assign(n, kUnset);
        CommunityId parts = 0;
        for (NodeId root = 0; root < n; ++root) {
            if (refined[root] != kUnset) continue;
            order_.clear();
            order_.push_back(root);
            refined[root] = parts;
            for (std::size_t head = 0; head < order_.size(); ++head) {
                const NodeId v = order_[head];
                for (std::uint64_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
                    const NodeId u = g.neighbours[a];
                    if (refined[u] == kUnset && community[u] == community[v]) {
                        refined[u] = parts;
                        order_.push_back(u);
                    }
                }
            }
            ++parts;
        }
    }

private:
    const LeidenOptions& options_;
    double lambda_;
    std::mt19937_64 rng_;
    Weights aggregate_weights_;
    // Local moving reads and writes all of a community's figures at once: kept side by side
    // in one array they share a cache line (on a million-tie graph the arrays exceed the
    // cache, and separate ones cost a miss each per neighbouring community).
    struct Slot {
        double total = 0.0;          ///< S_C, summed node weight
        double weight = 0.0;         ///< w(v, C) of the node being visited
        std::uint32_t members = 0;   ///< nodes in C
        std::uint32_t touched = 0;   ///< 1 while C is in touched_
    };
    Buffer<Slot> slots_;
    std::vector<CommunityId> touched_;
    Buffer<double> total_;  ///< refinement: S_S of each community of P
    Buffer<CommunityId> empty_;
    Buffer<unsigned char> in_queue_;
    Buffer<NodeId> queue_;
    Buffer<CommunityId> relabel_;
    Buffer<double> refined_total_;
    Buffer<std::uint32_t> refined_members_;
    Buffer<double> external_;
    Buffer<NodeId> order_;
    Buffer<std::size_t> group_offsets_;
    Buffer<std::size_t> next_;
    Buffer<NodeId> grouped_;
    std::vector<CommunityId> candidates_;
    std::vector<double> gains_;
    Buffer<double> row_weight_;       ///< the tally (start_tally)
    Buffer<std::uint64_t> row_seen_;  ///< bit set: the labels in touched_
};

void validate(const LeidenOptions& options) {
    validate_resolution(options.resolution);
    if (!(options.randomness > 0.0) || !std::isfinite(options.randomness)) {
        throw InvalidArgument("Leiden randomness θ must be a finite number > 0");
    }
}

}  // namespace

CommunityResult leiden_on_graph(const CsrGraph& graph, const LeidenOptions& leiden_options) {
    validate(leiden_options);
    const std::size_t n = graph.node_count();
    CommunityResult result;
    std::vector<CommunityId> partition(n);
    std::iota(partition.begin(), partition.end(), CommunityId{0});

    // Node weights at the finest level and λ.
    Level base;
    base.graph = {graph.offsets, graph.neighbours, graph.weights, {}};
    base.internal.assign(n, 0.0);
    base.node_weight.assign(n, 1.0);
    const bool unweighted =
        std::all_of(graph.weights.begin(), graph.weights.end(), [](double w) { return w == 1.0; });
    base.weights = unweighted ? Weights::Unit : Weights::Real;
    double two_m = 0.0;
    for (NodeId v = 0; v < n; ++v) {
        const auto weights = graph.weights_of(v);
        const double strength = std::accumulate(weights.begin(), weights.end(), 0.0);
        two_m += strength;
        if (leiden_options.quality == QualityFunction::Modularity) base.node_weight[v] = strength;
    }
    const bool modularity_objective = leiden_options.quality == QualityFunction::Modularity;
    const double lambda = modularity_objective
                              ? (two_m > 0.0 ? leiden_options.resolution / two_m : 0.0)
                              : leiden_options.resolution;

    Buffer<CommunityId> relabel;
    if (two_m > 0.0) {
        LeidenRun run(leiden_options, lambda,
                      unweighted && graph.arc_count() < (std::uint64_t{1} << 32));
        Buffer<CommunityId> community;
        Buffer<CommunityId> refined;
        Buffer<CommunityId> lower;
        Buffer<CommunityId> next_community;
        // Levels 1 … depth of this iteration and up[l][v], the node of level l+1 holding v,
        // for l < depth. Kept with their buffers from iteration to iteration (a deque, so
        // that adding a level leaves references to the others valid).
        std::deque<Level> aggregates;
        std::vector<Buffer<CommunityId>> up;
        std::size_t depth = 0;
        for (;;) {
            if (interrupt_requested()) throw Interrupted();
            ++result.iterations;
            bool moved = false;
            depth = 0;
            // Upwards: move, refine, aggregate, from the current partition at the finest
            // level until every community is one node.
            community.assign(partition.begin(), partition.end());
            for (;;) {
                const Level& level = depth == 0 ? base : aggregates[depth - 1];
                const std::size_t level_nodes = level.graph.node_count();
                std::size_t k = 0;
                moved = run.move_nodes(level, community, k) || moved;
                if (k == level_nodes) break;
                const std::size_t r = run.refine(level, community, k, refined);
                if (r == level_nodes) break;  // nothing left to aggregate
                if (aggregates.size() == depth) {
                    aggregates.emplace_back();
                    up.emplace_back();
                }
                // The aggregate's initial partition: the community of P of each member.
                run.aggregate(level, community, refined, r, aggregates[depth], next_community);
                std::swap(up[depth], refined);
                std::swap(community, next_community);
                ++depth;
            }
            // Downwards: the partition found at the top, projected on each lower level in
            // turn. In the last iteration of a capped run, local moving runs again on each
            // level (multilevel refinement [2]); a stable iteration would move nothing there.
            const bool last = leiden_options.max_iterations != 0 &&
                              result.iterations >= leiden_options.max_iterations;
            for (std::size_t l = depth; l-- > 0;) {
                const Level& level = l == 0 ? base : aggregates[l - 1];
                lower.resize(level.graph.node_count());
                for (NodeId v = 0; v < lower.size(); ++v) lower[v] = community[up[l][v]];
                std::swap(community, lower);
                if (last) {
                    std::size_t k = 0;
                    moved = run.move_nodes(level, community, k) || moved;
                }
            }
            // Those moves may disconnect a community: its connected parts become communities
            // of their own (which never lowers the quality: no tie joins them).
            run.split_into_connected_parts(base.graph, community, partition);
            renumber(partition, relabel);
            if (!moved) {
                result.converged = true;
                break;
            }
            if (leiden_options.max_iterations != 0 &&
                result.iterations >= leiden_options.max_iterations) {
                break;
            }
        }
    } else {
        result.converged = true;
    }
    result.partition.community_count = renumber(partition, relabel);
    result.partition.community = std::move(partition);
    result.modularity =
        graph_modularity(graph, result.partition.community, result.partition.community_count, 1.0);
    // At γ = 1 the quality is the modularity just computed (the same call): not again.
    result.quality =
        modularity_objective
            ? (leiden_options.resolution == 1.0
                   ? result.modularity
                   : graph_modularity(graph, result.partition.community,
                                      result.partition.community_count, leiden_options.resolution))
            : graph_cpm_quality(graph, result.partition.community, result.partition.community_count,
                                leiden_options.resolution);
    return result;
}

CommunityResult leiden(const Network& network, const LeidenOptions& leiden_options,
                       const AnalysisOptions& options) {
    validate(leiden_options);
    CsrGraph storage;
    CommunityResult result =
        leiden_on_graph(clustering_graph(network, options, storage), leiden_options);
    result.partition = normalized_partition(network, result.partition.community);
    result.clustered_undirected_version = network.directed();
    return result;
}

}  // namespace coopnet
