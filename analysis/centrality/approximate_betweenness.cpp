#include "analysis/centrality/approximate_betweenness.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <random>
#include <span>
#include <utility>

#include "analysis/detail/parallel_chunks.hpp"
#include "analysis/detail/random.hpp"
#include "analysis/structure/distances.hpp"
#include "core/error.hpp"

namespace coopnet {
namespace {

// Samples per chunk: the unit of work of a thread (and of progress and interruption).
constexpr std::uint64_t kSamplesPerChunk = 1024;

// A uniform real in [0, 1) from the top 53 bits of one draw, the same on every platform.
double unit_real(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

// The index i of `weights` drawn with probability weights[i] / Σ weights (Σ > 0), by one
// draw and a walk in index order.
template <typename WeightOf>
std::size_t draw_in_proportion(std::size_t count, double total, WeightOf weight_of,
                               std::mt19937_64& rng) {
    double left = unit_real(rng) * total;
    std::size_t last = count;
    for (std::size_t i = 0; i < count; ++i) {
        const double weight = weight_of(i);
        if (weight <= 0.0) continue;
        last = i;
        if (left < weight) return i;
        left -= weight;
    }
    return last;  // rounding left a sliver beyond the sum: the last candidate
}

// One uniform shortest s–t path by a balanced bidirectional BFS (σ counted from both
// ends), for unweighted networks. The sets seen from s and from t stay disjoint until a
// level meets the other side: then every shortest path crosses exactly one arc (u,w)
// with u on the s frontier (distance ls) and w on the t frontier (distance lt), so
// σ_st = Σ σ_s(u)·σ_t(w) over those arcs, and the distance is ls + 1 + lt.
struct BidirectionalSampler {
    struct Bridge {
        NodeId u;
        NodeId w;
        double paths;
    };
    const CsrGraph& out;
    const CsrGraph& in;
    std::vector<std::int32_t> dist_s;  // -1: not seen from s
    std::vector<std::int32_t> dist_t;
    std::vector<double> sigma_s;
    std::vector<double> sigma_t;
    std::vector<NodeId> seen_s;  // in order of distance: levels are ranges
    std::vector<NodeId> seen_t;
    std::vector<Bridge> bridges;

    BidirectionalSampler(const CsrGraph& out_rows, const CsrGraph& in_rows)
        : out(out_rows),
          in(in_rows),
          dist_s(out_rows.node_count(), -1),
          dist_t(out_rows.node_count(), -1),
          sigma_s(out_rows.node_count()),
          sigma_t(out_rows.node_count()) {}

    // Grows one side by a level: `rows` are the arcs that side follows, `dist`/`sigma`/
    // `seen` its own, `other_dist`/`other_sigma` the other side's. `from_s` orders the
    // endpoints of the bridges (u on the s side). Returns the degree sum of the new level.
    std::uint64_t grow(const CsrGraph& rows, std::vector<std::int32_t>& dist,
                       std::vector<double>& sigma, std::vector<NodeId>& seen,
                       const std::vector<std::int32_t>& other_dist,
                       const std::vector<double>& other_sigma, std::size_t begin,
                       std::size_t end, bool from_s) {
        std::uint64_t degree_sum = 0;
        for (std::size_t e = begin; e < end; ++e) {
            const NodeId v = seen[e];
            const double paths = sigma[v];
            const std::int32_t next = dist[v] + 1;
            for (NodeId w : rows.neighbours_of(v)) {
                if (other_dist[w] >= 0) {
                    const double through = paths * other_sigma[w];
                    bridges.push_back(from_s ? Bridge{v, w, through} : Bridge{w, v, through});
                    continue;
                }
                if (!bridges.empty()) continue;  // the meeting level: no further levels needed
                if (dist[w] < 0) {
                    dist[w] = next;
                    sigma[w] = paths;
                    seen.push_back(w);
                    degree_sum += rows.degree(w);
                } else if (dist[w] == next) {
                    sigma[w] += paths;
                }
            }
        }
        return degree_sum;
    }

    // Appends the actors strictly inside one uniform shortest s–t path to `inside`.
    void sample(NodeId s, NodeId t, std::mt19937_64& rng, std::vector<NodeId>& inside) {
        bridges.clear();
        seen_s.assign(1, s);
        seen_t.assign(1, t);
        dist_s[s] = 0;
        sigma_s[s] = 1.0;
        dist_t[t] = 0;
        sigma_t[t] = 1.0;
        std::size_t begin_s = 0, end_s = 1, begin_t = 0, end_t = 1;
        std::uint64_t degree_s = out.degree(s), degree_t = in.degree(t);
        for (;;) {
            if (degree_s <= degree_t) {
                degree_s = grow(out, dist_s, sigma_s, seen_s, dist_t, sigma_t, begin_s, end_s,
                                true);
                begin_s = end_s;
                end_s = seen_s.size();
                if (!bridges.empty() || begin_s == end_s) break;
            } else {
                degree_t = grow(in, dist_t, sigma_t, seen_t, dist_s, sigma_s, begin_t, end_t,
                                false);
                begin_t = end_t;
                end_t = seen_t.size();
                if (!bridges.empty() || begin_t == end_t) break;
            }
        }
        if (!bridges.empty()) {
            double total = 0.0;
            for (const Bridge& bridge : bridges) total += bridge.paths;
            const Bridge& chosen = bridges[draw_in_proportion(
                bridges.size(), total, [&](std::size_t i) { return bridges[i].paths; }, rng)];
            walk_back(chosen.u, s, in, dist_s, sigma_s, rng, inside);
            walk_back(chosen.w, t, out, dist_t, sigma_t, rng, inside);
        }
        for (NodeId v : seen_s) dist_s[v] = -1;
        for (NodeId v : seen_t) dist_t[v] = -1;
    }

    // From x back to the end `root` of its side, each step to a neighbour one level nearer
    // drawn in proportion to its σ (uniform over the shortest paths); x and every actor on
    // the way except the root are appended to `inside`.
    static void walk_back(NodeId x, NodeId root, const CsrGraph& towards_root,
                          const std::vector<std::int32_t>& dist, const std::vector<double>& sigma,
                          std::mt19937_64& rng, std::vector<NodeId>& inside) {
        while (x != root) {
            inside.push_back(x);
            const std::span<const NodeId> row = towards_root.neighbours_of(x);
            const std::int32_t nearer = dist[x] - 1;
            const auto weight_of = [&](std::size_t i) {
                return dist[row[i]] == nearer ? sigma[row[i]] : 0.0;
            };
            double total = 0.0;
            for (std::size_t i = 0; i < row.size(); ++i) total += weight_of(i);
            if (!(total > 0.0)) return;  // cannot happen: x was reached from the root
            x = row[draw_in_proportion(row.size(), total, weight_of, rng)];
        }
    }
};

// One uniform shortest s–t path for weighted networks: Dijkstra from s (lengths 1/w) until
// t is settled; σ over the arcs v->w with w settled after v and length(v) + l(v,w) −
// length(w) <= tolerance · length(w), as `betweenness` counts them; then back from t.
struct DijkstraSampler {
    static constexpr std::uint32_t kUnsettled = std::numeric_limits<std::uint32_t>::max();
    const CsrGraph& out;
    const CsrGraph& in;
    const std::vector<double>& out_length;
    const std::vector<double>& in_length;
    double tolerance;
    std::vector<std::uint32_t> position;
    std::vector<double> length;
    std::vector<double> sigma;
    std::vector<NodeId> order;
    std::vector<NodeId> reached;
    std::vector<std::pair<double, NodeId>> heap;

    DijkstraSampler(const CsrGraph& out_rows, const CsrGraph& in_rows,
                    const std::vector<double>& out_lengths, const std::vector<double>& in_lengths,
                    double relative_tolerance)
        : out(out_rows),
          in(in_rows),
          out_length(out_lengths),
          in_length(in_lengths),
          tolerance(relative_tolerance),
          position(out_rows.node_count(), kUnsettled),
          length(out_rows.node_count(), std::numeric_limits<double>::infinity()),
          sigma(out_rows.node_count(), 0.0) {}

    bool settled_before(NodeId v, NodeId w) const {
        return position[v] != kUnsettled && position[w] != kUnsettled && position[v] < position[w];
    }
    bool on_shortest_path(NodeId v, NodeId w, double arc_length) const {
        return settled_before(v, w) && length[v] + arc_length - length[w] <= tolerance * length[w];
    }

    void sample(NodeId s, NodeId t, std::mt19937_64& rng, std::vector<NodeId>& inside) {
        const auto later = std::greater<>{};
        order.clear();
        reached.assign(1, s);
        heap.assign(1, {0.0, s});
        length[s] = 0.0;
        bool found = false;
        while (!heap.empty() && !found) {
            std::pop_heap(heap.begin(), heap.end(), later);
            const auto [l, v] = heap.back();
            heap.pop_back();
            if (position[v] != kUnsettled || l > length[v]) continue;  // settled or stale
            position[v] = static_cast<std::uint32_t>(order.size());
            order.push_back(v);
            found = v == t;
            for (std::uint64_t a = out.offsets[v]; !found && a < out.offsets[v + 1]; ++a) {
                const NodeId w = out.neighbours[a];
                const double candidate = l + out_length[a];
                if (candidate < length[w]) {
                    if (length[w] == std::numeric_limits<double>::infinity()) reached.push_back(w);
                    length[w] = candidate;
                    heap.emplace_back(candidate, w);
                    std::push_heap(heap.begin(), heap.end(), later);
                }
            }
        }
        if (found) {
            sigma[s] = 1.0;
            for (NodeId v : order) {
                for (std::uint64_t a = out.offsets[v]; a < out.offsets[v + 1]; ++a) {
                    const NodeId w = out.neighbours[a];
                    if (on_shortest_path(v, w, out_length[a])) sigma[w] += sigma[v];
                }
            }
            for (NodeId x = t; x != s;) {
                if (x != t) inside.push_back(x);
                const std::uint64_t first = in.offsets[x];
                const auto weight_of = [&](std::size_t i) {
                    const NodeId y = in.neighbours[first + i];
                    return on_shortest_path(y, x, in_length[first + i]) ? sigma[y] : 0.0;
                };
                const std::size_t degree = in.degree(x);
                double total = 0.0;
                for (std::size_t i = 0; i < degree; ++i) total += weight_of(i);
                if (!(total > 0.0)) break;  // cannot happen: x was settled from s
                x = in.neighbours[first + draw_in_proportion(degree, total, weight_of, rng)];
            }
        }
        for (NodeId v : reached) {
            position[v] = kUnsettled;
            length[v] = std::numeric_limits<double>::infinity();
            sigma[v] = 0.0;
        }
    }
};

// Hops from `root` to the farthest actor of its component along `graph`, and the actors
// of that component appended to `members`.
std::size_t hop_eccentricity(const CsrGraph& graph, NodeId root, std::vector<std::int32_t>& dist,
                             std::vector<NodeId>& members) {
    const std::size_t head_start = members.size();
    dist[root] = 0;
    members.push_back(root);
    std::int32_t farthest = 0;
    for (std::size_t head = head_start; head < members.size(); ++head) {
        const NodeId v = members[head];
        farthest = dist[v];
        for (NodeId w : graph.neighbours_of(v)) {
            if (dist[w] < 0) {
                dist[w] = dist[v] + 1;
                members.push_back(w);
            }
        }
    }
    return static_cast<std::size_t>(farthest);
}

// The largest length 1/w from `root` to an actor of its (undirected) component
// `members`; `length` is all infinite before and after.
double length_eccentricity(const CsrGraph& graph, const std::vector<double>& arc_length,
                           NodeId root, const std::vector<NodeId>& members,
                           std::vector<double>& length) {
    const std::size_t component_size = members.size();
    std::vector<std::pair<double, NodeId>> heap{{0.0, root}};
    const auto later = std::greater<>{};
    length[root] = 0.0;
    double farthest = 0.0;
    std::size_t settled = 0;
    while (!heap.empty() && settled < component_size) {
        std::pop_heap(heap.begin(), heap.end(), later);
        const auto [l, v] = heap.back();
        heap.pop_back();
        if (l > length[v]) continue;
        ++settled;
        farthest = l;
        for (std::uint64_t a = graph.offsets[v]; a < graph.offsets[v + 1]; ++a) {
            const NodeId w = graph.neighbours[a];
            if (l + arc_length[a] < length[w]) {
                length[w] = l + arc_length[a];
                heap.emplace_back(length[w], w);
                std::push_heap(heap.begin(), heap.end(), later);
            }
        }
    }
    for (NodeId v : members) length[v] = std::numeric_limits<double>::infinity();
    return farthest;
}

// VD: an upper bound on the actors of any shortest path (see the header).
std::uint64_t vertex_diameter_bound(const Adjacency& adjacency, bool weighted,
                                    const std::vector<double>& arc_length, double tolerance) {
    const CsrGraph& both_ways = adjacency.undirected();
    const std::size_t n = both_ways.node_count();
    double shortest_tie = std::numeric_limits<double>::infinity();
    for (double l : arc_length) shortest_tie = std::min(shortest_tie, l);
    std::vector<std::int32_t> dist(n, -1);
    std::vector<NodeId> members;
    std::vector<double> length;
    if (weighted && !adjacency.directed()) {
        length.assign(n, std::numeric_limits<double>::infinity());
    }
    std::uint64_t bound = 0;
    for (NodeId root = 0; root < n; ++root) {
        if (dist[root] >= 0) continue;
        members.clear();
        const std::size_t hops = hop_eccentricity(both_ways, root, dist, members);
        std::uint64_t component_bound = members.size();
        if (!adjacency.directed() && !weighted) {
            component_bound = std::min<std::uint64_t>(component_bound, 2 * hops + 1);
        } else if (!adjacency.directed() && members.size() > 1) {
            // A path of k ties counted as shortest has k·ℓ_min <= D + tolerance·k·D, D = 2·ecc.
            const double diameter = 2.0 * length_eccentricity(both_ways, arc_length, root,
                                                              members, length);
            const double room = shortest_tie - tolerance * diameter;
            if (room > 0.0) {
                const double ties = std::floor(diameter / room * (1.0 + 1e-9));
                if (ties + 1.0 < static_cast<double>(component_bound)) {
                    component_bound = static_cast<std::uint64_t>(ties) + 1;
                }
            }
        }
        bound = std::max(bound, component_bound);
    }
    return bound;
}

struct ThreadState {
    std::vector<std::uint64_t> count;  // times each actor lay inside a sampled path
    std::vector<NodeId> inside;
    std::optional<BidirectionalSampler> bidirectional;
    std::optional<DijkstraSampler> dijkstra;
};

}  // namespace

std::uint64_t riondato_kornaropoulos_sample_size(double epsilon, double delta,
                                                 std::uint64_t vertex_diameter_bound) {
    if (!(epsilon > 0.0 && epsilon < 1.0) || !(delta > 0.0 && delta < 1.0) ||
        vertex_diameter_bound < 3) {
        throw InvalidArgument(
            "riondato_kornaropoulos_sample_size: needs 0 < epsilon < 1, 0 < delta < 1 and a "
            "vertex diameter of at least 3");
    }
    constexpr double c = 0.5;
    const auto floor_log2 = static_cast<double>(std::bit_width(vertex_diameter_bound - 2) - 1);
    return static_cast<std::uint64_t>(
        std::ceil(c / (epsilon * epsilon) * (floor_log2 + 1.0 + std::log(1.0 / delta))));
}

ApproximateBetweennessResult approximate_betweenness(const Network& network,
                                                     const ApproximateBetweennessOptions& approximate,
                                                     const AnalysisOptions& options) {
    if (!(approximate.epsilon > 0.0 && approximate.epsilon < 1.0)) {
        throw InvalidArgument("approximate betweenness: epsilon must lie strictly between 0 and 1");
    }
    if (!(approximate.delta > 0.0 && approximate.delta < 1.0)) {
        throw InvalidArgument("approximate betweenness: delta must lie strictly between 0 and 1");
    }
    if (!(approximate.relative_tolerance >= 0.0)) {
        throw InvalidArgument("approximate betweenness: the relative tolerance must be >= 0");
    }
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& out = adjacency.out();
    const std::size_t n = out.node_count();
    ApproximateBetweennessResult result;
    result.raw.assign(n, 0.0);
    result.normalised.assign(n, 0.0);
    BetweennessEstimate& estimate = result.estimate;
    estimate.epsilon = approximate.epsilon;
    estimate.delta = approximate.delta;
    estimate.seed = approximate.seed;

    std::vector<double> out_length;
    std::vector<double> in_length;
    bool weighted = false;
    if (options.weights == WeightMode::Weighted && out.arc_count() > 0) {
        out_length = tie_lengths(out);  // validates every weight
        weighted = std::any_of(out.weights.begin(), out.weights.end(),
                               [&](double w) { return w != out.weights[0]; });
        if (weighted && adjacency.directed()) in_length = tie_lengths(adjacency.in());
    }
    if (n <= 2) return result;
    estimate.vertex_diameter_bound =
        vertex_diameter_bound(adjacency, weighted, out_length, approximate.relative_tolerance);
    if (estimate.vertex_diameter_bound < 3) return result;

    // ε in the scale of count/r (ordered pairs over n(n−1)) that is ε in coopnet's.
    const double nd = static_cast<double>(n);
    const double to_normalised = nd / (nd - 2.0);
    const std::uint64_t r = riondato_kornaropoulos_sample_size(
        approximate.epsilon / to_normalised, approximate.delta, estimate.vertex_diameter_bound);
    estimate.samples = r;

    const std::uint64_t chunk_count = (r + kSamplesPerChunk - 1) / kSamplesPerChunk;
    const std::size_t threads =
        std::min<std::size_t>(resolve_thread_count(options.threads), chunk_count);
    std::vector<ThreadState> states(threads);
    for (ThreadState& state : states) {
        state.count.assign(n, 0);
        if (weighted) {
            state.dijkstra.emplace(out, adjacency.in(), out_length,
                                   adjacency.directed() ? in_length : out_length,
                                   approximate.relative_tolerance);
        } else {
            state.bidirectional.emplace(out, adjacency.in());
        }
    }
    Progress progress("approximate betweenness", chunk_count, "batches of sampled paths");
    detail::run_chunks_in_order(
        states, chunk_count,
        [&](ThreadState& state, std::size_t chunk) {
            const std::uint64_t first = chunk * kSamplesPerChunk;
            const std::uint64_t last = std::min(r, first + kSamplesPerChunk);
            for (std::uint64_t i = first; i < last; ++i) {
                std::mt19937_64 rng(detail::derived_seed(approximate.seed, i));
                const auto s = static_cast<NodeId>(detail::random_below(rng, n));
                auto t = static_cast<NodeId>(detail::random_below(rng, n - 1));
                if (t >= s) ++t;
                state.inside.clear();
                if (weighted) {
                    state.dijkstra->sample(s, t, rng, state.inside);
                } else {
                    state.bidirectional->sample(s, t, rng, state.inside);
                }
                for (NodeId v : state.inside) ++state.count[v];
            }
        },
        [](ThreadState&) {},  // integer counts: summed once at the end, in any order
        &progress);

    const double normaliser =
        (adjacency.directed() ? 1.0 : 2.0) / ((nd - 1.0) * (nd - 2.0));
    for (std::size_t v = 0; v < n; ++v) {
        std::uint64_t count = 0;
        for (const ThreadState& state : states) count += state.count[v];
        result.normalised[v] = static_cast<double>(count) / static_cast<double>(r) * to_normalised;
        result.raw[v] = result.normalised[v] / normaliser;
    }
    return result;
}

}  // namespace coopnet

namespace coopnet {

ChosenBetweenness chosen_betweenness(const Network& network,
                                     const std::optional<ApproximateBetweennessOptions>& approximate,
                                     const AnalysisOptions& options) {
    if (!approximate) return {betweenness(network, {}, options), std::nullopt};
    ApproximateBetweennessResult result = approximate_betweenness(network, *approximate, options);
    return {{std::move(result.raw), std::move(result.normalised)}, result.estimate};
}

}  // namespace coopnet
