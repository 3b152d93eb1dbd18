// Triangles and clustering: how far an actor's partners cooperate with each other.
// All measures here are unweighted and read the undirected version of the network
// (`Adjacency::undirected()`: a tie in either direction is one tie, multiplex ties merged,
// self-ties dropped), as igraph's transitivity functions with mode ALL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// Triangles at every actor: t_v = the number of pairs of v's neighbours that are tied to
/// each other. Every triangle counts once at each of its three corners, so
/// sum_v t_v = 3 * (number of triangles).
/// Method: the "forward" algorithm — rank actors by (degree, index), orient every tie
/// towards the higher rank, and intersect the oriented rows with a marker array, so each
/// triangle is found exactly once (Schank & Wagner 2005; Latapy 2008).
/// @param options weights: ignored; threads: actors are split among threads, each with its
///   own counters, then summed (integers, so identical for every thread count).
/// Complexity: O(m^1.5) time, O(n + m) memory (plus O(n) per thread).
/// [1] Schank & Wagner (2005), WEA 2005, LNCS 3503:606, doi:10.1007/11427186_54.
/// [2] Latapy (2008), Theor. Comput. Sci. 407:458, doi:10.1016/j.tcs.2008.07.017.
std::vector<std::uint64_t> triangles(const Network& network, const AnalysisOptions& options = {});

/// The same on undirected rows (each tie stored both ways, rows sorted, no self-ties, as
/// `Adjacency::undirected()`), e.g. a random network, with up to `threads` threads.
std::vector<std::uint64_t> triangles(const CsrGraph& undirected_rows, std::size_t threads = 1);

/// Local clustering coefficient (Watts & Strogatz 1998) of every actor:
///   c_v = 2 t_v / (k_v (k_v - 1)),
/// with t_v from `triangles` and k_v the number of distinct neighbours in the undirected
/// version. 0 when k_v < 2 (networkx's `clustering`; igraph would give NaN unless told
/// "zero"). Unweighted; directed networks are read as undirected (igraph's
/// `transitivity_local_undirected`, mode ALL; networkx's directed clustering differs).
/// Complexity as `triangles`.
/// [1] Watts & Strogatz (1998), Nature 393:440, doi:10.1038/30918.
std::vector<double> local_clustering(const Network& network, const AnalysisOptions& options = {});

/// Average clustering: (1/n) sum_v c_v over all actors, those with fewer than two
/// neighbours counting as 0 (networkx's `average_clustering` with its default
/// count_zeros=True). 0 for a network without actors (networkx raises there).
/// Complexity as `triangles`.
double average_clustering(const Network& network, const AnalysisOptions& options = {});

/// Transitivity, or global clustering coefficient: 3 * triangles / connected triples,
/// = sum_v t_v / sum_v k_v (k_v - 1) / 2 (Newman 2003 eq. 3; networkx's `transitivity`,
/// igraph's `transitivity_undirected`). 0 when there is no connected triple (as networkx).
/// Unweighted, undirected version. Complexity as `triangles`.
/// [1] Newman (2003), SIAM Review 45:167, doi:10.1137/S003614450342480.
double transitivity(const Network& network, const AnalysisOptions& options = {});

/// The same on undirected rows, as `triangles` above.
double transitivity(const CsrGraph& undirected_rows, std::size_t threads = 1);

}  // namespace coopnet
