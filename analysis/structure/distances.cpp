#include "analysis/structure/distances.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <queue>
#include <string>
#include <thread>
#include <utility>

#include "analysis/detail/parallel_chunks.hpp"
#include "core/error.hpp"

namespace coopnet {
namespace {

// Multi-source BFS over `graph` from up to kBatch sources at once [Then et al. 2014]: every
// actor holds kWords 64-bit words, bit i set when source i has seen it. Each level pushes
// the frontier words along the arcs, then keeps the bits not seen before. A bit that
// arrives at w on level L is a source s with d(s,w) = L; the counts are added at w.
// Direction-optimising [Beamer, Asanović & Patterson, SC 2012]: once the frontier holds a
// large share of the actors, a level is computed bottom-up instead: every actor that has not
// yet seen all sources of the batch gathers the frontier words of its in-neighbours (reads
// instead of scattered read-modify-writes, and actors done are skipped). Both directions
// give the same bits, so the totals do not depend on the switch.
constexpr std::size_t kWords = 4;
// Bottom-up once more than 1/kBottomUpShare of the actors were reached on the last level.
constexpr std::size_t kBottomUpShare = 20;
constexpr std::size_t kBatch = 64 * kWords;

struct BfsPartial {
    std::vector<std::uint64_t> distance_sum;
    std::vector<std::uint32_t> reached;
    std::vector<double> harmonic_sum;
    std::vector<std::uint32_t> eccentricity;
};

// One level of the search: push the frontier along every arc into `next`, then keep the bits
// not seen before as the new frontier and count them per actor into `fresh_count`. Compiled
// for x86-64-v4 (AVX-512), v3 (AVX2), v2 and the baseline, picked at run time: the four-word
// OR per arc becomes one vector operation and the popcount one instruction instead of a
// libgcc call (the baseline has no POPCNT). Integer work only, so every version gives the
// same counts; the floating-point sums stay outside, where no version may fuse a multiply
// and an add (FMA rounds differently).
[[gnu::target_clones("arch=x86-64-v4", "arch=x86-64-v3", "arch=x86-64-v2", "default")]] void
bfs_level(std::size_t n, const std::uint64_t* offsets, const NodeId* neighbours,
          std::uint64_t* seen, std::uint64_t* frontier, std::uint64_t* next,
          std::uint32_t* fresh_count) {
    for (std::size_t v = 0; v < n; ++v) {
        std::uint64_t f[kWords];
        std::uint64_t any = 0;
        for (std::size_t k = 0; k < kWords; ++k) any |= f[k] = frontier[v * kWords + k];
        if (any == 0) continue;
        for (std::uint64_t a = offsets[v]; a < offsets[v + 1]; ++a) {
            std::uint64_t* x = &next[std::size_t{neighbours[a]} * kWords];
            for (std::size_t k = 0; k < kWords; ++k) x[k] |= f[k];
        }
    }
    for (std::size_t w = 0; w < n; ++w) {
        std::uint32_t count = 0;
        for (std::size_t k = 0; k < kWords; ++k) {
            const std::size_t i = w * kWords + k;
            const std::uint64_t fresh = next[i] & ~seen[i];
            next[i] = 0;
            seen[i] |= fresh;
            frontier[i] = fresh;
            count += static_cast<std::uint32_t>(std::popcount(fresh));
        }
        fresh_count[w] = count;
    }
}

// One level bottom-up: actor w takes the frontier words of its in-neighbours (rows of
// `reverse`), keeps the bits not seen before as its new frontier in `next` and counts them;
// actors that have seen every source of the batch (`full`) are skipped. Versions as
// bfs_level.
[[gnu::target_clones("arch=x86-64-v4", "arch=x86-64-v3", "arch=x86-64-v2", "default")]] void
bfs_level_bottom_up(std::size_t n, const std::uint64_t* offsets, const NodeId* neighbours,
                    std::uint64_t* seen, const std::uint64_t* frontier, std::uint64_t* next,
                    std::uint32_t* fresh_count, const std::uint64_t* full) {
    for (std::size_t w = 0; w < n; ++w) {
        std::uint64_t* s = &seen[w * kWords];
        std::uint64_t* x = &next[w * kWords];
        std::uint64_t missing = 0;
        for (std::size_t k = 0; k < kWords; ++k) missing |= full[k] & ~s[k];
        if (missing == 0) {
            for (std::size_t k = 0; k < kWords; ++k) x[k] = 0;
            fresh_count[w] = 0;
            continue;
        }
        std::uint64_t gathered[kWords] = {};
        for (std::uint64_t a = offsets[w]; a < offsets[w + 1]; ++a) {
            const std::uint64_t* f = &frontier[std::size_t{neighbours[a]} * kWords];
            for (std::size_t k = 0; k < kWords; ++k) gathered[k] |= f[k];
        }
        std::uint32_t count = 0;
        for (std::size_t k = 0; k < kWords; ++k) {
            const std::uint64_t fresh = gathered[k] & ~s[k];
            s[k] |= fresh;
            x[k] = fresh;
            count += static_cast<std::uint32_t>(std::popcount(fresh));
        }
        fresh_count[w] = count;
    }
}

struct MultiSourceBfs {
    std::vector<std::uint64_t> seen;
    std::vector<std::uint64_t> frontier;
    std::vector<std::uint64_t> next;
    std::vector<std::uint32_t> fresh_count;  // sources first reaching each actor this level
    BfsPartial partial;

    explicit MultiSourceBfs(std::size_t n)
        : seen(n * kWords),
          frontier(n * kWords),
          next(n * kWords),
          fresh_count(n),
          partial{std::vector<std::uint64_t>(n), std::vector<std::uint32_t>(n),
                  std::vector<double>(n), std::vector<std::uint32_t>(n)} {}

    void run(const CsrGraph& graph, const CsrGraph& reverse, std::span<const NodeId> sources) {
        std::fill(seen.begin(), seen.end(), 0);
        std::fill(frontier.begin(), frontier.end(), 0);
        std::fill(next.begin(), next.end(), 0);
        std::fill(partial.distance_sum.begin(), partial.distance_sum.end(), 0);
        std::fill(partial.reached.begin(), partial.reached.end(), 0);
        std::fill(partial.harmonic_sum.begin(), partial.harmonic_sum.end(), 0.0);
        std::fill(partial.eccentricity.begin(), partial.eccentricity.end(), 0);
        for (std::size_t i = 0; i < sources.size(); ++i) {
            const std::uint64_t bit = std::uint64_t{1} << (i % 64);
            seen[sources[i] * kWords + i / 64] |= bit;
            frontier[sources[i] * kWords + i / 64] |= bit;
        }
        const std::size_t n = graph.node_count();
        std::uint64_t full[kWords] = {};
        for (std::size_t i = 0; i < sources.size(); ++i)
            full[i / 64] |= std::uint64_t{1} << (i % 64);
        std::size_t reached_last = sources.size();  // actors reached on the last level
        bool bottom_up = false;  // how the last level ran: `next` is all zero after top-down
        for (std::uint32_t level = 1; reached_last > 0; ++level) {
            if (reached_last > n / kBottomUpShare) {
                bfs_level_bottom_up(n, reverse.offsets.data(), reverse.neighbours.data(),
                                    seen.data(), frontier.data(), next.data(), fresh_count.data(),
                                    full);
                std::swap(frontier, next);
                bottom_up = true;
            } else {
                if (bottom_up) std::fill(next.begin(), next.end(), 0);
                bfs_level(n, graph.offsets.data(), graph.neighbours.data(), seen.data(),
                          frontier.data(), next.data(), fresh_count.data());
                bottom_up = false;
            }
            reached_last = 0;
            const double inverse_level = 1.0 / level;
            for (std::size_t w = 0; w < n; ++w) {
                const std::uint32_t count = fresh_count[w];
                if (count == 0) continue;
                ++reached_last;
                partial.distance_sum[w] += std::uint64_t{count} * level;
                partial.reached[w] += count;
                partial.harmonic_sum[w] += count * inverse_level;
                partial.eccentricity[w] = level;
            }
        }
    }
};

// Hop totals into every actor from `sources` (all actors, or one component).
struct HopTotals {
    std::vector<std::uint64_t> distance_sum;
    std::vector<std::uint32_t> reached;  // sources u ≠ v reaching v
    std::vector<double> harmonic_sum;
    std::vector<std::uint32_t> eccentricity;
};

// `reverse` holds the rows of in-neighbours (graph itself when undirected).
HopTotals hop_totals(const CsrGraph& graph, const CsrGraph& reverse,
                     std::span<const NodeId> sources, std::size_t threads) {
    const std::size_t n = graph.node_count();
    HopTotals totals{std::vector<std::uint64_t>(n), std::vector<std::uint32_t>(n),
                     std::vector<double>(n), std::vector<std::uint32_t>(n)};
    const std::size_t chunk_count = (sources.size() + kBatch - 1) / kBatch;
    std::vector<MultiSourceBfs> states;
    for (std::size_t t = 0; t < std::min(threads, std::max<std::size_t>(chunk_count, 1)); ++t) {
        states.emplace_back(n);
    }
    Progress progress("shortest paths (hops)", chunk_count, "batches of sources");
    detail::run_chunks_in_order(
        states, chunk_count,
        [&](MultiSourceBfs& state, std::size_t chunk) {
            const std::size_t first = chunk * kBatch;
            const std::size_t count = std::min(kBatch, sources.size() - first);
            state.run(graph, reverse, sources.subspan(first, count));
        },
        [&](MultiSourceBfs& state) {
            const BfsPartial& p = state.partial;
            for (std::size_t v = 0; v < n; ++v) {
                if (p.reached[v] == 0) continue;
                totals.distance_sum[v] += p.distance_sum[v];
                totals.reached[v] += p.reached[v];
                totals.harmonic_sum[v] += p.harmonic_sum[v];
                totals.eccentricity[v] = std::max(totals.eccentricity[v], p.eccentricity[v]);
            }
        },
        &progress);
    return totals;
}

// Dijkstra from each source in turn, distance = 1/weight, totals added at the targets.
constexpr std::size_t kDijkstraChunk = 32;

struct DijkstraState {
    std::vector<double> dist;
    std::vector<NodeId> touched;
    std::vector<std::pair<double, NodeId>> heap;
    std::vector<double> distance_sum;
    std::vector<std::uint32_t> reached;
    std::vector<double> harmonic_sum;
    std::vector<double> eccentricity;

    explicit DijkstraState(std::size_t n)
        : dist(n, std::numeric_limits<double>::infinity()),
          distance_sum(n),
          reached(n),
          harmonic_sum(n),
          eccentricity(n) {}

    void run(const CsrGraph& graph, const std::vector<double>& length, NodeId source) {
        const auto later = std::greater<>{};
        heap.clear();
        heap.emplace_back(0.0, source);
        dist[source] = 0.0;
        touched.push_back(source);
        while (!heap.empty()) {
            std::pop_heap(heap.begin(), heap.end(), later);
            const auto [d, v] = heap.back();
            heap.pop_back();
            if (d > dist[v]) continue;  // a stale entry
            if (v != source) {
                distance_sum[v] += d;
                reached[v] += 1;
                harmonic_sum[v] += 1.0 / d;
                eccentricity[v] = std::max(eccentricity[v], d);
            }
            for (std::uint64_t a = graph.offsets[v]; a < graph.offsets[v + 1]; ++a) {
                const NodeId w = graph.neighbours[a];
                const double candidate = d + length[a];
                if (candidate < dist[w]) {
                    if (dist[w] == std::numeric_limits<double>::infinity()) touched.push_back(w);
                    dist[w] = candidate;
                    heap.emplace_back(candidate, w);
                    std::push_heap(heap.begin(), heap.end(), later);
                }
            }
        }
        for (NodeId v : touched) dist[v] = std::numeric_limits<double>::infinity();
        touched.clear();
    }
};

IncomingDistances weighted_incoming(const CsrGraph& graph, const std::vector<double>& length,
                                    std::size_t threads) {
    const std::size_t n = graph.node_count();
    IncomingDistances result{std::vector<std::uint32_t>(n, 1), std::vector<double>(n),
                             std::vector<double>(n), std::vector<double>(n)};
    const std::size_t chunk_count = (n + kDijkstraChunk - 1) / kDijkstraChunk;
    std::vector<DijkstraState> states;
    for (std::size_t t = 0; t < std::min(threads, std::max<std::size_t>(chunk_count, 1)); ++t) {
        states.emplace_back(n);
    }
    Progress progress("shortest paths (weighted)", chunk_count, "batches of sources");
    detail::run_chunks_in_order(
        states, chunk_count,
        [&](DijkstraState& state, std::size_t chunk) {
            std::fill(state.distance_sum.begin(), state.distance_sum.end(), 0.0);
            std::fill(state.reached.begin(), state.reached.end(), 0);
            std::fill(state.harmonic_sum.begin(), state.harmonic_sum.end(), 0.0);
            std::fill(state.eccentricity.begin(), state.eccentricity.end(), 0.0);
            const std::size_t last = std::min(n, (chunk + 1) * kDijkstraChunk);
            for (std::size_t s = chunk * kDijkstraChunk; s < last; ++s) {
                state.run(graph, length, static_cast<NodeId>(s));
            }
        },
        [&](DijkstraState& state) {
            for (std::size_t v = 0; v < n; ++v) {
                if (state.reached[v] == 0) continue;
                result.reach[v] += state.reached[v];
                result.distance_sum[v] += state.distance_sum[v];
                result.harmonic_sum[v] += state.harmonic_sum[v];
                result.eccentricity[v] = std::max(result.eccentricity[v], state.eccentricity[v]);
            }
        },
        &progress);
    return result;
}

std::vector<NodeId> all_actors(std::size_t n) {
    std::vector<NodeId> ids(n);
    for (std::size_t v = 0; v < n; ++v) ids[v] = static_cast<NodeId>(v);
    return ids;
}

}  // namespace

std::vector<double> tie_lengths(const CsrGraph& graph) {
    std::vector<double> length(graph.weights.size());
    for (std::size_t v = 0; v < graph.node_count(); ++v) {
        for (std::uint64_t a = graph.offsets[v]; a < graph.offsets[v + 1]; ++a) {
            const double weight = graph.weights[a];
            const double inverse = 1.0 / weight;
            if (!(std::isfinite(weight) && weight > 0.0 && std::isfinite(inverse) &&
                  inverse > 0.0)) {
                throw InvalidArgument("tie weight " + std::to_string(weight) + " between actors " +
                                      std::to_string(v) + " and " +
                                      std::to_string(graph.neighbours[a]) +
                                      " is not a usable strength: weights must be finite "
                                      "and > 0, with a finite inverse, for path lengths");
            }
            length[a] = inverse;
        }
    }
    return length;
}

namespace {

// The hop totals as distances, every hop of length `scale`.
IncomingDistances incoming_from_hops(const HopTotals& hops, double scale) {
    const std::size_t n = hops.reached.size();
    IncomingDistances result{std::vector<std::uint32_t>(n), std::vector<double>(n),
                             std::vector<double>(n), std::vector<double>(n)};
    for (std::size_t v = 0; v < n; ++v) {
        result.reach[v] = hops.reached[v] + 1;
        result.distance_sum[v] = static_cast<double>(hops.distance_sum[v]) * scale;
        result.harmonic_sum[v] = hops.harmonic_sum[v] / scale;
        result.eccentricity[v] = hops.eccentricity[v] * scale;
    }
    return result;
}

// The length of every arc when all are equal (1 unweighted), none when they differ.
std::optional<double> uniform_length(const CsrGraph& graph, const AnalysisOptions& options) {
    if (options.weights != WeightMode::Weighted || graph.arc_count() == 0) return 1.0;
    const std::vector<double> length = tie_lengths(graph);
    const bool uniform = std::all_of(graph.weights.begin(), graph.weights.end(),
                                     [&](double w) { return w == graph.weights[0]; });
    if (!uniform) return std::nullopt;
    return length[0];
}

// The actors of the largest weak component, sorted; of equal sizes the one holding the
// smallest NodeId.
std::vector<NodeId> largest_component(const Adjacency& adjacency) {
    const std::size_t n = adjacency.node_count();
    const CsrGraph& both = adjacency.undirected();
    std::vector<std::uint32_t> component(n, std::numeric_limits<std::uint32_t>::max());
    std::vector<NodeId> queue;
    queue.reserve(n);
    std::vector<NodeId> best;
    std::uint32_t label = 0;
    for (std::size_t root = 0; root < n; ++root, ++label) {
        if (component[root] != std::numeric_limits<std::uint32_t>::max()) continue;
        queue.clear();
        queue.push_back(static_cast<NodeId>(root));
        component[root] = label;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            for (NodeId w : both.neighbours_of(queue[head])) {
                if (component[w] == std::numeric_limits<std::uint32_t>::max()) {
                    component[w] = label;
                    queue.push_back(w);
                }
            }
        }
        if (queue.size() > best.size()) best = queue;
    }
    std::sort(best.begin(), best.end());
    return best;
}

// The summary of `component` from hop totals that hold, at its actors, the paths from its
// actors: a pass from the component alone, or from every actor (no actor outside a weak
// component reaches into it).
PathLengthSummary summary_from_hops(const HopTotals& hops, std::span<const NodeId> component) {
    PathLengthSummary summary;
    summary.component_size = component.size();
    std::uint64_t total = 0;
    for (NodeId v : component) {
        total += hops.distance_sum[v];
        summary.connected_pairs += hops.reached[v];
        summary.diameter = std::max(summary.diameter, hops.eccentricity[v]);
    }
    summary.average_path_length =
        summary.connected_pairs == 0
            ? 0.0
            : static_cast<double>(total) / static_cast<double>(summary.connected_pairs);
    return summary;
}

PathLengthSummary empty_summary() {
    PathLengthSummary summary;
    summary.average_path_length = std::numeric_limits<double>::quiet_NaN();
    return summary;
}

}  // namespace

IncomingDistances incoming_distances(const Network& network, const AnalysisOptions& options) {
    const CsrGraph& graph = network.adjacency().out();
    const std::size_t threads = resolve_thread_count(options.threads);
    const std::optional<double> scale = uniform_length(graph, options);
    if (!scale) return weighted_incoming(graph, tie_lengths(graph), threads);
    return incoming_from_hops(
        hop_totals(graph, network.adjacency().in(), all_actors(graph.node_count()), threads),
        *scale);
}

PathLengthSummary path_length_summary(const Network& network, const AnalysisOptions& options) {
    const Adjacency& adjacency = network.adjacency();
    if (adjacency.node_count() == 0) return empty_summary();
    const std::vector<NodeId> best = largest_component(adjacency);
    return summary_from_hops(
        hop_totals(adjacency.out(), adjacency.in(), best, resolve_thread_count(options.threads)),
        best);
}

DistancesAndPathLengths distances_and_path_lengths(const Network& network,
                                                   const AnalysisOptions& options) {
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& graph = adjacency.out();
    const std::optional<double> scale = uniform_length(graph, options);
    if (!scale)
        return {incoming_distances(network, options), path_length_summary(network, options)};
    const HopTotals hops = hop_totals(graph, adjacency.in(), all_actors(graph.node_count()),
                                      resolve_thread_count(options.threads));
    return {incoming_from_hops(hops, *scale),
            adjacency.node_count() == 0 ? empty_summary()
                                        : summary_from_hops(hops, largest_component(adjacency))};
}

}  // namespace coopnet
