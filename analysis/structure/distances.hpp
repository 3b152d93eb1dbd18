// Shortest-path distances: tie lengths from weights, the per-actor totals of distances into
// each actor (what closeness and harmonic centrality are made of), and the average path
// length and diameter of the largest component. Unweighted traversals run as multi-source
// BFS, 256 sources at a time in bit sets [1]; weighted ones as Dijkstra per source.
//
// [1] Then, Kaufmann, Chirigati, Hoang-Vu, Pham, Kemper, Neumann & Vo (2014), The More the
//     Merrier: Efficient Multi-Source Graph Traversal, PVLDB 8(4):449,
//     doi:10.14778/2735496.2735507.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/options.hpp"
#include "core/adjacency.hpp"
#include "core/network.hpp"

namespace coopnet {

/// The length of every arc of `graph` for weighted shortest paths, distance = 1/weight
/// (a strong tie is a short one), in the order of `graph.weights`.
/// @throws InvalidArgument when a merged weight is not finite and > 0, or its inverse is
///         not finite and > 0 (a denormal or an overflowing weight).
/// Complexity: O(arcs).
std::vector<double> tie_lengths(const CsrGraph& graph);

/// Totals of the shortest-path distances into each actor v, over the actors u that reach
/// v along the direction of the ties (undirected: either way).
struct IncomingDistances {
    /// r(v): the actors u with a path u -> v, v itself included (so >= 1).
    std::vector<std::uint32_t> reach;
    /// Σ d(u,v) over the reaching u ≠ v. Hops (exact integers) or Σ of 1/weight.
    std::vector<double> distance_sum;
    /// Σ 1/d(u,v) over the reaching u ≠ v.
    std::vector<double> harmonic_sum;
    /// max d(u,v) over the reaching u (0 when only v reaches v): in-eccentricity.
    std::vector<double> eccentricity;
};

/// Distances into every actor, by traversals from every actor along out() (directed:
/// u -> v paths; undirected: the tie in both directions). Self-ties play no part;
/// multiplex ties count once with their summed weight (core/adjacency.hpp).
/// Unweighted (`WeightMode::Unweighted`, or every merged weight equal, where hop counts
/// scaled by 1/weight are exact): multi-source BFS [1]. Weighted: Dijkstra per source
/// with distance = 1/weight. Sums are accumulated per fixed chunk of sources and the
/// chunks added in source order, so results are bit-identical for every thread count.
/// @throws InvalidArgument for a bad weight in weighted mode (see tie_lengths).
/// Complexity: unweighted O(n/256 · diameter · (n + arcs)) word operations, weighted
/// O(n · arcs · log n); memory O(n) per thread (100 bytes per actor for the BFS).
IncomingDistances incoming_distances(const Network& network, const AnalysisOptions& options = {});

/// Average shortest path length and diameter, in hops, of the largest component.
struct PathLengthSummary {
    /// Actors in the largest component: weak components for directed networks; of equal
    /// sizes the one holding the smallest NodeId. 0 for an empty network.
    std::size_t component_size = 0;
    /// Ordered pairs (u,v), u ≠ v, of that component with a path u -> v. Undirected:
    /// every pair counted in both orders, k·(k-1).
    std::uint64_t connected_pairs = 0;
    /// Σ d(u,v) / connected_pairs over those pairs, in hops. For an undirected network and
    /// a strongly connected directed component this is networkx's
    /// `average_shortest_path_length` of the component (which raises otherwise); for
    /// other directed components it averages over the pairs that are connected, as
    /// igraph's `average_path_length(unconn=True)`. 0 for a single actor; NaN for an
    /// empty network.
    double average_path_length = 0.0;
    /// The longest of those shortest paths, in hops (networkx `diameter` of the component
    /// when strongly connected). 0 for a single actor or an empty network.
    std::uint32_t diameter = 0;
};

/// The hop-count path length summary of the largest component; weights are ignored
/// (`options.weights` has no effect), `options.threads` is used. Self-ties and multiplex
/// ties play no part. Complexity: as incoming_distances unweighted, over the component.
PathLengthSummary path_length_summary(const Network& network, const AnalysisOptions& options = {});

struct DistancesAndPathLengths {
    IncomingDistances incoming;
    PathLengthSummary paths;
};

/// Both of the above, equal to their separate results, from one breadth-first pass from
/// every actor when the distances are hops (unweighted, or every weight equal): at the
/// actors of the largest component that pass holds exactly the paths from its actors, since
/// no actor outside a weak component reaches into it. With unequal weights, the two passes of
/// the functions above. What `analyze` uses: on a million ties one pass is half the time.
DistancesAndPathLengths distances_and_path_lengths(const Network& network,
                                                   const AnalysisOptions& options = {});

}  // namespace coopnet
