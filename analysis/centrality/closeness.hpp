// Closeness and harmonic centrality from the distances into each actor, apart or from one
// traversal together.
#pragma once

#include <cstdint>
#include <vector>

#include "analysis/options.hpp"
#include "analysis/structure/distances.hpp"
#include "core/network.hpp"

namespace coopnet {

/// Closeness of every actor, with the parts it is made of.
struct ClosenessResult {
    /// C(v) = ((r-1)/Σd) · ((r-1)/(n-1)); 0 when r = 1 (no one reaches v).
    std::vector<double> closeness;
    /// r(v): actors that reach v, v included.
    std::vector<std::uint32_t> reach;
    /// Σd(v): the sum of their distances to v (hops, or Σ 1/weight along paths).
    std::vector<double> distance_sum;
};

/// Closeness centrality with the Wasserman–Faust correction for disconnected networks [1]:
///     C(v) = ((r-1) / Σ_u d(u,v)) · ((r-1) / (n-1)),
/// where r is the number of actors that reach v (v included) and the sum runs over them.
/// On a connected network this is (n-1)/Σd, the classic closeness [2]. Reproduces networkx
/// 3.x `closeness_centrality(G, wf_improved=True)` (with `distance` = 1/weight when
/// weighted). 0 for isolates, for actors no one reaches, and for every actor when n <= 1.
/// Direction: distances INTO v (u -> v), as networkx; on a directed network use the
/// reversed network for outgoing closeness. Weights: distance = 1/weight (Dijkstra);
/// `WeightMode::Unweighted` counts hops (multi-source BFS). Self-ties play no part;
/// multiplex ties count once with their summed weight.
/// @throws InvalidArgument for a weight that cannot be a length (see tie_lengths).
/// Complexity: as incoming_distances (analysis/structure/distances.hpp).
/// [1] Wasserman & Faust (1994), Social Network Analysis, Cambridge University Press,
///     §5.3.1, doi:10.1017/CBO9780511815478.
/// [2] Freeman (1978), Social Networks 1:215, doi:10.1016/0378-8733(78)90021-7.
ClosenessResult closeness(const Network& network, const AnalysisOptions& options = {});

/// Harmonic centrality [1] normalised by the n-1 other actors:
///     H(v) = (1/(n-1)) · Σ_{u ≠ v} 1/d(u,v),   1/∞ = 0,
/// which is networkx 3.x `harmonic_centrality(G)` divided by n-1 (networkx does not
/// normalise). Defined for disconnected networks without correction; 0 for isolates.
/// NaN for the one actor of a one-actor network (a sum over no one divided by n-1 = 0:
/// 0/0, undefined). Direction, weights (distance = 1/weight), self-ties and
/// multiplex ties as in closeness().
/// @throws InvalidArgument for a weight that cannot be a length (see tie_lengths).
/// Complexity: as incoming_distances (analysis/structure/distances.hpp).
/// [1] Marchiori & Latora (2000), Physica A 285:539, doi:10.1016/S0378-4371(00)00311-3;
///     Boldi & Vigna (2014), Internet Mathematics 10:222, doi:10.1080/15427951.2013.865686.
std::vector<double> harmonic(const Network& network, const AnalysisOptions& options = {});

/// Closeness and harmonic centrality of every actor, from one traversal.
struct DistanceCentralities {
    ClosenessResult closeness;     ///< as closeness()
    std::vector<double> harmonic;  ///< as harmonic()
};

/// closeness() and harmonic() from one all-sources distance pass (incoming_distances
/// yields both the distance sums and the harmonic sums), the same values to the bit as
/// the two functions, in about half their time. Conventions and throws as theirs.
/// Complexity: as incoming_distances (analysis/structure/distances.hpp).
DistanceCentralities closeness_and_harmonic(const Network& network,
                                            const AnalysisOptions& options = {});

/// The same from distances already computed by incoming_distances (or
/// distances_and_path_lengths) for the network and options, which it takes apart.
DistanceCentralities closeness_and_harmonic(IncomingDistances&& distances);

}  // namespace coopnet
