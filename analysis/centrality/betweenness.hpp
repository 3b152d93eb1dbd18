// Shortest-path betweenness centrality (Brandes' algorithm), exact, parallel over sources.
#pragma once

#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// Default relative tolerance under which two weighted path lengths count as equal:
/// a path of length d' ties with the shortest d when |d' - d| <= 1e-10 · d. igraph 0.10
/// compares weighted path lengths with the same relative epsilon.
inline constexpr double kPathLengthTolerance = 1e-10;

/// How `betweenness` compares weighted path lengths.
struct BetweennessOptions {
    /// Two weighted path lengths count as equal when they differ by at most this times the
    /// shorter; 0 compares exactly (as networkx). At least 0 (not NaN).
    double relative_tolerance = kPathLengthTolerance;
};

/// Betweenness of every actor, raw and normalised.
struct BetweennessResult {
    /// Σ_{s ≠ v ≠ t} σ_st(v)/σ_st: over unordered pairs {s,t} for undirected networks
    /// (igraph, networkx `normalized=False`), over ordered pairs for directed ones.
    std::vector<double> raw;
    /// raw · 2/((n-1)(n-2)) undirected, raw · 1/((n-1)(n-2)) directed, so that the centre
    /// of a star scores 1 (networkx 3.x `normalized=True`); all 0 when n <= 2.
    std::vector<double> normalised;
};

/// Shortest-path betweenness centrality [1] by Brandes' algorithm [2]:
///     B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st,
/// σ_st the number of shortest s-t paths, σ_st(v) those through v; pairs with no path add
/// nothing, so disconnected networks need no special case. Endpoints are not counted.
/// Direction: paths follow the ties (s -> t) on directed networks; undirected ties go
/// both ways. Weights: `WeightMode::Unweighted` counts hops (BFS); `Weighted` uses
/// distance = 1/weight (Dijkstra), with two lengths equal when they differ by at most
/// `relative_tolerance` (BetweennessOptions) times the shorter (0 compares exactly, as networkx
/// does: with weights 1 … 7 on the karate club, rounding of 1/w sums then splits ties that are
/// equal in exact arithmetic, and 8 actors move by up to 0.0019 normalised). When every merged
/// weight is the same, weighted and unweighted betweenness agree and BFS is used.
/// Self-ties play no part; multiplex ties count once with their summed weight.
/// Reproduces networkx 3.x `betweenness_centrality(G, weight=1/w)` (exact rational lengths
/// for the default tolerance) and igraph 0.10 `betweenness`.
/// Path counts σ are doubles (they overflow only beyond ~1e308 shortest paths).
/// Parallel: sources (in the renumbered order below) are split into fixed chunks of 64,
/// each chunk's dependencies summed in an order fixed by the chunk alone and the chunks
/// added in chunk order, so the result is bit-identical for every `options.threads`.
/// @throws InvalidArgument for a weight that cannot be a length (see tie_lengths in
///         analysis/structure/distances.hpp) or a negative or NaN `relative_tolerance`.
/// Complexity: unweighted O(n·m), weighted O(n·m·log n) time, n actors and m ties.
/// Memory: unweighted, once about 4 bytes per arc (8 directed) and 12 per actor (rows),
/// and per thread about 210 bytes per actor plus 5 per actor and distinct hop distance;
/// weighted about 40 bytes per actor plus a heap of up to 16 per arc.
/// Kernel (unweighted): actors are renumbered in breadth-first order (hubs first), so
/// that neighbours share cache lines and consecutive sources lie close together. Sources
/// run in groups of 8, one vector lane each: a bit-parallel multi-source BFS (Then et al.,
/// PVLDB 8(4):449, 2014, doi:10.14778/2735496.2735507) lists an actor once per distinct
/// distance at which the group sees it, and the σ and δ passes gather 8 lanes per arc
/// from a buffer that is non-zero only on the neighbouring level: no predecessor lists,
/// no branch per arc. The gather is compiled for AVX-512, AVX2 and the baseline and
/// picked at run time; it only adds, in a fixed order, so every version gives the same
/// bits. On networks of large diameter (long chains) an actor is seen at up to 8
/// distances and the kernel does up to 8 times the arithmetic of one source at a time.
/// [1] Freeman (1977), Sociometry 40:35, doi:10.2307/3033543.
/// [2] Brandes (2001), J. Math. Sociol. 25:163, doi:10.1080/0022250X.2001.9990249.
BetweennessResult betweenness(const Network& network,
                              const BetweennessOptions& betweenness_options = {},
                              const AnalysisOptions& options = {});

}  // namespace coopnet
