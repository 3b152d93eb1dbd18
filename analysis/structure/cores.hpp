// k-cores: the nested cohesive layers of a network.
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// Core number of every actor: the largest k such that the actor belongs to the k-core,
/// the maximal subnetwork in which every actor has at least k neighbours (Seidman 1983).
/// Unweighted, on the undirected version (`Adjacency::undirected()`: a tie in either
/// direction is one tie, multiplex ties merged, self-ties dropped), as networkx's
/// `core_number` and igraph's `coreness` with mode ALL. Isolates have core number 0; a
/// disconnected network needs no special case (cores are computed over all actors).
/// Invariants: core(v) <= degree(v), and every actor of core number k has at least k
/// neighbours of core number >= k.
/// Method: Batagelj & Zaversnik's bucket algorithm — repeatedly remove an actor of least
/// remaining degree, actors kept in degree-sorted order in an array with bin starts.
/// @param options ignored (unweighted, serial).
/// Complexity: O(n + m) time and memory.
/// [1] Seidman (1983), Social Networks 5:269, doi:10.1016/0378-8733(83)90028-X.
/// [2] Batagelj & Zaversnik (2003), arXiv:cs/0310049 (An O(m) algorithm for cores
///     decomposition of networks); also Adv. Data Anal. Classif. 5:129 (2011),
///     doi:10.1007/s11634-010-0079-y.
std::vector<std::size_t> core_number(const Network& network, const AnalysisOptions& options = {});

}  // namespace coopnet
