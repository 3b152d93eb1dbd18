#include "analysis/centrality/betweenness.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <numeric>
#include <optional>
#include <span>
#include <thread>
#include <utility>

#include "analysis/structure/distances.hpp"
#include "analysis/detail/parallel_chunks.hpp"
#include "core/error.hpp"

namespace coopnet {
namespace {

// Sources per chunk: the unit of work of a thread and of the ordered reduction.
constexpr std::size_t kSourcesPerChunk = 64;

// Rows of a network with actors renumbered for cache locality (see `locality_order`): row
// v lists the new indices of v's neighbours in ascending order.
struct Rows {
    std::vector<std::uint64_t> offsets;
    std::vector<NodeId> neighbours;
};

// The out-rows (and, for directed networks, in-rows) renumbered. Built once per call; only
// the unweighted kernel reads it.
struct RelabelledGraph {
    std::vector<NodeId> original;  // new index -> NodeId
    Rows out;
    Rows in;  // empty when undirected: then incoming() is out
    bool directed = false;
    [[nodiscard]] const Rows& incoming() const { return directed ? in : out; }
};

// Breadth-first order over the ties taken both ways, each component started from its actor
// of highest degree (ties by lower NodeId) and components in order of that actor's degree:
// actors that share neighbours get nearby indices, so the per-source arrays are read in
// few cache lines, and the sources of one lane group lie close together, so they see most
// actors at few distinct hop distances (see GroupBrandes).
std::vector<NodeId> locality_order(const CsrGraph& both_ways) {
    const std::size_t n = both_ways.node_count();
    std::vector<NodeId> by_degree(n);
    std::iota(by_degree.begin(), by_degree.end(), NodeId{0});
    std::stable_sort(by_degree.begin(), by_degree.end(), [&](NodeId a, NodeId b) {
        return both_ways.degree(a) > both_ways.degree(b);
    });
    std::vector<NodeId> order;
    order.reserve(n);
    std::vector<bool> placed(n, false);
    for (NodeId root : by_degree) {
        if (placed[root]) continue;
        placed[root] = true;
        std::size_t head = order.size();
        order.push_back(root);
        for (; head < order.size(); ++head) {
            for (NodeId w : both_ways.neighbours_of(order[head])) {
                if (!placed[w]) {
                    placed[w] = true;
                    order.push_back(w);
                }
            }
        }
    }
    return order;
}

Rows renumbered_rows(const CsrGraph& graph, const std::vector<NodeId>& original,
                     const std::vector<NodeId>& rank) {
    const std::size_t n = graph.node_count();
    Rows rows;
    rows.offsets.assign(n + 1, 0);
    rows.neighbours.resize(graph.arc_count());
    for (std::size_t k = 0; k < n; ++k) {
        const std::span<const NodeId> row = graph.neighbours_of(original[k]);
        const std::uint64_t begin = rows.offsets[k];
        rows.offsets[k + 1] = begin + row.size();
        NodeId* target = rows.neighbours.data() + begin;
        for (std::size_t a = 0; a < row.size(); ++a) target[a] = rank[row[a]];
        std::sort(target, target + row.size());
    }
    return rows;
}

RelabelledGraph relabel(const Adjacency& adjacency) {
    const std::size_t n = adjacency.node_count();
    RelabelledGraph graph;
    graph.original = locality_order(adjacency.undirected());
    std::vector<NodeId> rank(n);
    for (std::size_t k = 0; k < n; ++k) rank[graph.original[k]] = static_cast<NodeId>(k);
    graph.directed = adjacency.directed();
    graph.out = renumbered_rows(adjacency.out(), graph.original, rank);
    if (graph.directed) graph.in = renumbered_rows(adjacency.in(), graph.original, rank);
    return graph;
}

// Eight doubles that the compiler keeps in vector registers (GCC/Clang vector extension):
// lane i belongs to source i of a group.
typedef double LaneVector __attribute__((vector_size(64)));
struct alignas(64) Lanes {
    LaneVector v;
};
constexpr unsigned kLanes = 8;
using LaneMask = std::uint8_t;

inline double& lane(Lanes& lanes, unsigned i) { return reinterpret_cast<double*>(&lanes.v)[i]; }

// One step of the multi-source search: the lanes mask[e] of every actor v of entries
// [begin, end) are or-ed into arriving[w] of each out-neighbour w; the actors w met for
// the first time in this step are appended at `touched`. Returns the new end of `touched`.
NodeId* expand_level(const Rows& rows, const NodeId* vertex, const LaneMask* mask,
                     std::size_t begin, std::size_t end, LaneMask* arriving, NodeId* touched) {
    const std::uint64_t* offsets = rows.offsets.data();
    const NodeId* neighbours = rows.neighbours.data();
    for (std::size_t e = begin; e < end; ++e) {
        const NodeId v = vertex[e];
        const LaneMask m = mask[e];
        for (std::uint64_t a = offsets[v], stop = offsets[v + 1]; a < stop; ++a) {
            const NodeId w = neighbours[a];
            if (arriving[w] == 0) *touched++ = w;
            arriving[w] |= m;
        }
    }
    return touched;
}

// The loop over arcs that both passes spend their time in, compiled for AVX-512, AVX2 and
// the baseline and chosen at load time. It only adds, lane by lane in a fixed order, so
// every version gives the same bits.
//
// sum[e - begin] = Σ value[w] over the row of vertex[e], e in [begin, end), in row order
// with two partial sums (even and odd arcs).
[[gnu::target_clones("avx512f", "avx2", "default")]] void gather_level(
    const std::uint64_t* offsets, const NodeId* neighbours, const NodeId* vertex,
    std::size_t begin, std::size_t end, const Lanes* value, Lanes* sum) {
    for (std::size_t e = begin; e < end; ++e) {
        const NodeId v = vertex[e];
        LaneVector even{};
        LaneVector odd{};
        std::uint64_t a = offsets[v];
        const std::uint64_t stop = offsets[v + 1];
        for (; a + 1 < stop; a += 2) {
            even += value[neighbours[a]].v;
            odd += value[neighbours[a + 1]].v;
        }
        if (a < stop) even += value[neighbours[a]].v;
        sum[e - begin].v = even + odd;
    }
}

// Unweighted Brandes for eight sources at once (symbols as in Brandes 2001: σ, δ).
//
// Every actor holds eight lanes, lane i for source i of the group. A breadth-first search
// from the eight sources together (bit-parallel, after Then et al., PVLDB 8(4), 2014)
// lists per hop level l the actors that some source first reaches at distance l, each
// with the mask of those sources. An actor is listed once per distinct distance at which
// the group's sources see it, so on small-world networks, where the sources see most
// actors at two or three distances, one pass over an actor's arcs serves several sources.
//
// Both passes gather, level by level, from a buffer `front` that holds values only in the
// lanes of the sources that see an actor on the neighbouring level, and zero elsewhere;
// no predecessor lists, no test per arc. Forward: front holds σ on level l-1, so for w
// listed on level l, σ(w) = Σ front[u] over the in-neighbours u. Backward, from the
// deepest level: front holds (1+δ(w))/σ(w) on level l+1, so for v listed on level l,
// δ(v) = σ(v) · Σ front[w] over the out-neighbours w (Brandes 2001, Theorem 6). Sums run
// in row order. The δ of each source is added to `partial` level by level (deepest
// first) and, within a level, in source order: an order fixed by the group alone,
// whichever thread runs it.
struct GroupBrandes {
    std::size_t n;
    std::vector<Lanes> sigma;
    std::vector<Lanes> front;
    std::vector<Lanes> level_sum;  // per actor of the level being summed
    std::vector<LaneMask> seen;
    std::vector<LaneMask> arriving;
    std::vector<NodeId> touched;
    std::vector<NodeId> level_vertex;  // the actors of every level, level after level
    std::vector<LaneMask> level_mask;  // the sources that see that actor on that level
    std::vector<std::size_t> level_end;

    explicit GroupBrandes(std::size_t nodes)
        : n(nodes),
          sigma(nodes),
          front(nodes, Lanes{}),
          level_sum(nodes),
          seen(nodes),
          arriving(nodes + 8, 0),  // padded for the word-wise scan
          touched(nodes) {
        level_vertex.reserve(4 * nodes);
        level_mask.reserve(4 * nodes);
    }

    std::size_t level_begin(std::size_t l) const { return l == 0 ? 0 : level_end[l - 1]; }

    // The actors met in the last search step, in ascending index order (for locality; the
    // order within a level changes no result).
    NodeId* sort_touched(NodeId* touched_end) {
        if (static_cast<std::size_t>(touched_end - touched.data()) * 16 <= n) {
            std::sort(touched.data(), touched_end);
            return touched_end;
        }
        touched_end = touched.data();
        for (std::size_t w = 0; w < n; w += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, arriving.data() + w, sizeof word);
            if (word == 0) continue;
            for (std::size_t k = w; k < std::min(w + 8, n); ++k) {
                if (arriving[k] != 0) *touched_end++ = static_cast<NodeId>(k);
            }
        }
        return touched_end;
    }

    void search_and_count(const RelabelledGraph& graph, NodeId first, std::size_t count) {
        std::fill(seen.begin(), seen.end(), LaneMask{0});
        level_vertex.clear();
        level_mask.clear();
        level_end.clear();
        for (std::size_t i = 0; i < count; ++i) {
            const NodeId s = first + static_cast<NodeId>(i);
            const auto bit = static_cast<LaneMask>(1u << i);
            seen[s] = bit;
            lane(sigma[s], static_cast<unsigned>(i)) = 1.0;
            level_vertex.push_back(s);
            level_mask.push_back(bit);
        }
        level_end.push_back(level_vertex.size());
        const Rows& in = graph.incoming();
        for (std::size_t l = 1;; ++l) {
            const std::size_t begin = level_begin(l - 1);
            const std::size_t end = level_end[l - 1];
            NodeId* touched_end = expand_level(graph.out, level_vertex.data(), level_mask.data(),
                                               begin, end, arriving.data(), touched.data());
            touched_end = sort_touched(touched_end);
            for (const NodeId* t = touched.data(); t != touched_end; ++t) {
                const NodeId w = *t;
                const auto fresh = static_cast<LaneMask>(arriving[w] & ~seen[w]);
                arriving[w] = 0;
                if (fresh == 0) continue;
                seen[w] |= fresh;
                level_vertex.push_back(w);
                level_mask.push_back(fresh);
            }
            if (level_vertex.size() == end) break;
            level_end.push_back(level_vertex.size());
            // σ on level l from the σ lanes of level l-1.
            for (std::size_t e = begin; e < end; ++e) {
                Lanes& paths = front[level_vertex[e]];
                for (unsigned m = level_mask[e]; m != 0; m &= m - 1) {
                    const auto i = static_cast<unsigned>(std::countr_zero(m));
                    lane(paths, i) = lane(sigma[level_vertex[e]], i);
                }
            }
            gather_level(in.offsets.data(), in.neighbours.data(), level_vertex.data(), end,
                         level_end[l], front.data(), level_sum.data());
            for (std::size_t e = end; e < level_end[l]; ++e) {
                for (unsigned m = level_mask[e]; m != 0; m &= m - 1) {
                    const auto i = static_cast<unsigned>(std::countr_zero(m));
                    lane(sigma[level_vertex[e]], i) = lane(level_sum[e - end], i);
                }
            }
            for (std::size_t e = begin; e < end; ++e) front[level_vertex[e]] = Lanes{};
        }
    }

    void accumulate(const RelabelledGraph& graph, double* partial) {
        const std::size_t depth = level_end.size() - 1;
        for (std::size_t l = depth; l >= 1; --l) {
            const std::size_t begin = level_begin(l);
            const std::size_t end = level_end[l];
            if (l == depth) {
                // Nothing lies beyond the deepest level: δ = 0 there.
                std::fill_n(level_sum.begin(), end - begin, Lanes{});
            } else {
                gather_level(graph.out.offsets.data(), graph.out.neighbours.data(),
                             level_vertex.data(), begin, end, front.data(), level_sum.data());
                // Level l+1 has been read: clear it before level l takes its place.
                for (std::size_t e = end; e < level_end[l + 1]; ++e) {
                    front[level_vertex[e]] = Lanes{};
                }
            }
            for (std::size_t e = begin; e < end; ++e) {
                const NodeId v = level_vertex[e];
                Lanes& coefficient = front[v];
                for (unsigned m = level_mask[e]; m != 0; m &= m - 1) {
                    const auto i = static_cast<unsigned>(std::countr_zero(m));
                    const double paths = lane(sigma[v], i);
                    const double delta = paths * lane(level_sum[e - begin], i);
                    partial[v] += delta;
                    lane(coefficient, i) = (1.0 + delta) / paths;
                }
            }
        }
        if (depth >= 1) {
            for (std::size_t e = level_begin(1); e < level_end[1]; ++e) {
                front[level_vertex[e]] = Lanes{};
            }
        }
    }

    void run(const RelabelledGraph& graph, NodeId first, std::size_t count, double* partial) {
        for (std::size_t done = 0; done < count; done += kLanes) {
            const std::size_t size = std::min<std::size_t>(kLanes, count - done);
            search_and_count(graph, first + static_cast<NodeId>(done), size);
            accumulate(graph, partial);
        }
    }
};

// Weighted Brandes for one source at a time, distance = 1/weight. Dijkstra settles the
// actors (`position` = settle order); then arc v->w lies on a shortest path when w settled
// after v and length(v) + l(v,w) - length(w) <= tolerance · length(w). The same test
// serves the forward σ pass (in settle order) and the backward δ pass (in reverse), with
// coefficient[w] = (1 + δ(w)) / σ(w) so that δ(v) = σ(v) · Σ coefficient[w].
struct DijkstraBrandes {
    static constexpr std::uint32_t kUnsettled = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> position;
    std::vector<double> length;
    std::vector<double> sigma;
    std::vector<double> coefficient;
    std::vector<NodeId> order;
    std::vector<std::pair<double, NodeId>> heap;

    explicit DijkstraBrandes(std::size_t n)
        : position(n, kUnsettled),
          length(n, std::numeric_limits<double>::infinity()),
          sigma(n),
          coefficient(n) {
        order.reserve(n);
    }

    void accumulate(const CsrGraph& graph, const std::vector<double>& arc_length, double tolerance,
                    NodeId source, double* partial) {
        const auto later = std::greater<>{};
        const std::uint64_t* offsets = graph.offsets.data();
        const NodeId* neighbours = graph.neighbours.data();
        order.clear();
        heap.clear();
        heap.emplace_back(0.0, source);
        length[source] = 0.0;
        while (!heap.empty()) {
            std::pop_heap(heap.begin(), heap.end(), later);
            const auto [l, v] = heap.back();
            heap.pop_back();
            if (position[v] != kUnsettled || l > length[v]) continue;  // settled or stale
            position[v] = static_cast<std::uint32_t>(order.size());
            order.push_back(v);
            sigma[v] = 0.0;
            for (std::uint64_t a = offsets[v], end = offsets[v + 1]; a < end; ++a) {
                const NodeId w = neighbours[a];
                const double candidate = l + arc_length[a];
                if (candidate < length[w]) {
                    length[w] = candidate;
                    heap.emplace_back(candidate, w);
                    std::push_heap(heap.begin(), heap.end(), later);
                }
            }
        }
        const auto on_shortest_path = [&](NodeId v, NodeId w, std::uint64_t a) {
            return position[w] > position[v] &&
                   length[v] + arc_length[a] - length[w] <= tolerance * length[w];
        };
        sigma[source] = 1.0;
        for (NodeId v : order) {
            for (std::uint64_t a = offsets[v], end = offsets[v + 1]; a < end; ++a) {
                const NodeId w = neighbours[a];
                if (on_shortest_path(v, w, a)) sigma[w] += sigma[v];
            }
        }
        for (std::size_t i = order.size(); i-- > 1;) {
            const NodeId v = order[i];
            double sum = 0.0;
            for (std::uint64_t a = offsets[v], end = offsets[v + 1]; a < end; ++a) {
                const NodeId w = neighbours[a];
                if (on_shortest_path(v, w, a)) sum += coefficient[w];
            }
            const double delta = sigma[v] * sum;
            partial[v] += delta;
            coefficient[v] = (1.0 + delta) / sigma[v];
        }
        for (NodeId v : order) {
            position[v] = kUnsettled;
            length[v] = std::numeric_limits<double>::infinity();
        }
    }
};

struct ThreadState {
    std::vector<double> partial;  // Σ δ over the chunk's sources
    std::optional<GroupBrandes> groups;
    std::optional<DijkstraBrandes> dijkstra;
};

}  // namespace

BetweennessResult betweenness(const Network& network, const BetweennessOptions& betweenness_options,
                              const AnalysisOptions& options) {
    const double relative_tolerance = betweenness_options.relative_tolerance;
    if (!(relative_tolerance >= 0.0)) {
        throw InvalidArgument("betweenness: the relative tolerance must be >= 0");
    }
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& graph = adjacency.out();
    const std::size_t n = graph.node_count();
    BetweennessResult result{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};

    std::vector<double> arc_length;
    bool weighted = false;
    if (options.weights == WeightMode::Weighted && graph.arc_count() > 0) {
        arc_length = tie_lengths(graph);  // validates every weight
        weighted = std::any_of(graph.weights.begin(), graph.weights.end(),
                               [&](double w) { return w != graph.weights[0]; });
    }
    if (n <= 2 || graph.arc_count() == 0) return result;

    const std::size_t chunk_count = (n + kSourcesPerChunk - 1) / kSourcesPerChunk;
    const std::size_t threads = std::min(resolve_thread_count(options.threads), chunk_count);
    std::optional<RelabelledGraph> relabelled;
    if (!weighted) relabelled.emplace(relabel(adjacency));
    std::vector<ThreadState> states(threads);
    for (ThreadState& state : states) {
        state.partial.assign(n, 0.0);
        if (weighted) {
            state.dijkstra.emplace(n);
        } else {
            state.groups.emplace(n);
        }
    }

    Progress progress("betweenness", chunk_count, "batches of sources");
    detail::run_chunks_in_order(
        states, chunk_count,
        [&](ThreadState& state, std::size_t chunk) {
            std::fill(state.partial.begin(), state.partial.end(), 0.0);
            const auto first = static_cast<NodeId>(chunk * kSourcesPerChunk);
            const std::size_t count = std::min(n - first, kSourcesPerChunk);
            if (!weighted) {
                state.groups->run(*relabelled, first, count, state.partial.data());
                return;
            }
            for (NodeId s = first; s < first + count; ++s) {
                if (graph.degree(s) == 0) continue;
                state.dijkstra->accumulate(graph, arc_length, relative_tolerance, s,
                                           state.partial.data());
            }
        },
        [&](ThreadState& state) {
            if (weighted) {
                for (std::size_t v = 0; v < n; ++v) result.raw[v] += state.partial[v];
            } else {
                const NodeId* original = relabelled->original.data();
                for (std::size_t v = 0; v < n; ++v) result.raw[original[v]] += state.partial[v];
            }
        },
        &progress);

    // Every source counts the pair {s,t} once from each end on an undirected network.
    const double pair_scale = adjacency.directed() ? 1.0 : 0.5;
    const double normaliser = (adjacency.directed() ? 1.0 : 2.0) /
                              (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (std::size_t v = 0; v < n; ++v) {
        result.raw[v] *= pair_scale;
        result.normalised[v] = result.raw[v] * normaliser;
    }
    return result;
}

}  // namespace coopnet
