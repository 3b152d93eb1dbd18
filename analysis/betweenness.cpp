#include "analysis/betweenness.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <thread>
#include <utility>

#include "analysis/distances.hpp"
#include "analysis/parallel_chunks.hpp"
#include "core/error.hpp"

namespace coopnet {
namespace {

// Sources per chunk: the unit of work of a thread and of the ordered reduction.
constexpr std::size_t kSourcesPerChunk = 64;

// Σ value[w] over the arcs of a row. Two accumulators overlap the additions; the order of
// the additions is fixed, so the sum is reproducible.
inline double gather_sum(std::span<const NodeId> row, const double* value) {
    double a = 0.0;
    double b = 0.0;
    double c = 0.0;
    double d = 0.0;
    std::size_t k = 0;
    for (; k + 3 < row.size(); k += 4) {
        a += value[row[k]];
        b += value[row[k + 1]];
        c += value[row[k + 2]];
        d += value[row[k + 3]];
    }
    for (; k < row.size(); ++k) a += value[row[k]];
    return (a + b) + (c + d);
}

// Unweighted Brandes for the sources of one chunk (symbols as in Brandes 2001: σ, δ).
//
// Levels: one multi-source BFS over out() for up to 64 sources at a time, one 64-bit word
// per actor (bit i: source i), after Then et al. (PVLDB 8(4), 2014). When bit i first
// reaches w on level l, w is appended to source i's row, so each row lists the actors
// the source reaches in level order, with the level boundaries in `level_end`.
//
// Per source, two passes in level order, with no predecessor lists and no test per arc:
// `front` is zero except on one level. Forward, it holds σ on level l-1, so
// σ(w) = Σ front[u] over in-neighbours u. Backward, it holds (1+δ(w))/σ(w) on level l+1,
// so δ(v) = σ(v) · Σ front[w] over out-neighbours w (Brandes 2001, Theorem 6). After each
// level the level before is zeroed again, so the cost is O(arcs + reached) per source.
struct BatchedBfs {
    std::size_t n;
    std::size_t batch;  // sources per multi-source BFS: 64, fewer on huge networks
    std::vector<std::uint64_t> seen;
    std::vector<std::uint64_t> arriving;
    std::vector<NodeId> touched;
    std::vector<std::pair<NodeId, std::uint64_t>> frontier;
    std::vector<std::pair<NodeId, std::uint64_t>> next_frontier;
    std::vector<NodeId> rows;  // batch rows of n
    std::vector<std::uint32_t> row_size;
    std::vector<std::vector<std::uint32_t>> level_end;  // per source: end of level l in row
    std::vector<double> sigma;
    std::vector<double> front;
    std::vector<double> back;

    explicit BatchedBfs(std::size_t nodes)
        : n(nodes),
          // At most 16 MiB of rows per thread.
          batch(
              std::clamp<std::size_t>((std::size_t{1} << 22) / std::max<std::size_t>(n, 1), 1, 64)),
          seen(nodes),
          arriving(nodes),
          rows(batch * nodes),
          row_size(batch),
          level_end(batch),
          sigma(nodes),
          front(nodes),
          back(nodes) {
        touched.reserve(nodes);
        frontier.reserve(nodes);
        next_frontier.reserve(nodes);
    }

    void find_levels(const CsrGraph& out, NodeId first, std::size_t count) {
        std::fill(seen.begin(), seen.end(), 0);
        frontier.clear();
        for (std::size_t i = 0; i < count; ++i) {
            const NodeId s = first + static_cast<NodeId>(i);
            const std::uint64_t bit = std::uint64_t{1} << i;
            seen[s] |= bit;
            frontier.emplace_back(s, bit);
            rows[i * n] = s;
            row_size[i] = 1;
            level_end[i].assign(1, 1);
        }
        while (!frontier.empty()) {
            touched.clear();
            for (const auto& [v, bits] : frontier) {
                for (NodeId w : out.neighbours_of(v)) {
                    if (arriving[w] == 0) touched.push_back(w);
                    arriving[w] |= bits;
                }
            }
            // In id order, so that each source's level lists its actors in id order and
            // the passes below read the rows in ascending memory order.
            std::sort(touched.begin(), touched.end());
            next_frontier.clear();
            for (NodeId w : touched) {
                const std::uint64_t fresh = arriving[w] & ~seen[w];
                arriving[w] = 0;
                if (fresh == 0) continue;
                seen[w] |= fresh;
                next_frontier.emplace_back(w, fresh);
                for (std::uint64_t rest = fresh; rest != 0; rest &= rest - 1) {
                    const auto i = static_cast<std::size_t>(std::countr_zero(rest));
                    rows[i * n + row_size[i]++] = w;
                }
            }
            if (!next_frontier.empty()) {
                for (std::size_t i = 0; i < count; ++i) level_end[i].push_back(row_size[i]);
            }
            std::swap(frontier, next_frontier);
        }
    }

    void accumulate(const CsrGraph& out, const CsrGraph& in, std::size_t i, double* partial) {
        const NodeId* row = &rows[i * n];
        const std::vector<std::uint32_t>& end = level_end[i];
        const std::size_t depth = end.size() - 1;
        const auto level_begin = [&](std::size_t l) { return l == 0 ? 0u : end[l - 1]; };
        double* ahead = front.data();
        double* behind = back.data();

        const NodeId source = row[0];
        sigma[source] = 1.0;
        ahead[source] = 1.0;
        for (std::size_t l = 1; l <= depth; ++l) {
            for (std::uint32_t k = level_begin(l); k < end[l]; ++k) {
                const NodeId w = row[k];
                const double paths = gather_sum(in.neighbours_of(w), ahead);
                sigma[w] = paths;
                behind[w] = paths;
            }
            for (std::uint32_t k = level_begin(l - 1); k < end[l - 1]; ++k) ahead[row[k]] = 0.0;
            std::swap(ahead, behind);
        }
        for (std::uint32_t k = level_begin(depth); k < end[depth]; ++k) ahead[row[k]] = 0.0;

        for (std::size_t l = depth; l >= 1; --l) {
            for (std::uint32_t k = level_begin(l); k < end[l]; ++k) {
                const NodeId v = row[k];
                const double delta = sigma[v] * gather_sum(out.neighbours_of(v), ahead);
                partial[v] += delta;
                behind[v] = (1.0 + delta) / sigma[v];
            }
            if (l < depth) {
                for (std::uint32_t k = level_begin(l + 1); k < end[l + 1]; ++k) {
                    ahead[row[k]] = 0.0;
                }
            }
            std::swap(ahead, behind);
        }
        if (depth >= 1) {
            for (std::uint32_t k = level_begin(1); k < end[1]; ++k) ahead[row[k]] = 0.0;
        }
    }

    void run(const CsrGraph& out, const CsrGraph& in, NodeId first, std::size_t count,
             double* partial) {
        for (std::size_t done = 0; done < count; done += batch) {
            const std::size_t size = std::min(batch, count - done);
            find_levels(out, first + static_cast<NodeId>(done), size);
            for (std::size_t i = 0; i < size; ++i) accumulate(out, in, i, partial);
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
    std::optional<BatchedBfs> bfs;
    std::optional<DijkstraBrandes> dijkstra;
};

}  // namespace

BetweennessResult betweenness(const Network& network, const AnalysisOptions& options,
                              double relative_tolerance) {
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
    std::vector<ThreadState> states(threads);
    for (ThreadState& state : states) {
        state.partial.assign(n, 0.0);
        if (weighted) {
            state.dijkstra.emplace(n);
        } else {
            state.bfs.emplace(n);
        }
    }

    detail::run_chunks_in_order(
        states, chunk_count,
        [&](ThreadState& state, std::size_t chunk) {
            std::fill(state.partial.begin(), state.partial.end(), 0.0);
            const auto first = static_cast<NodeId>(chunk * kSourcesPerChunk);
            const std::size_t count = std::min(n - first, kSourcesPerChunk);
            if (state.bfs) {
                state.bfs->run(graph, adjacency.in(), first, count, state.partial.data());
                return;
            }
            for (NodeId s = first; s < first + count; ++s) {
                if (graph.degree(s) == 0) continue;
                state.dijkstra->accumulate(graph, arc_length, relative_tolerance, s,
                                           state.partial.data());
            }
        },
        [&](ThreadState& state) {
            for (std::size_t v = 0; v < n; ++v) result.raw[v] += state.partial[v];
        });

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
