// Degree, strength, density and Freeman degree centralisation: the counting measures.
// All of them read the merged analysis view (core/adjacency.hpp): multiplex ties between
// one pair count once (their weights summed), self-ties are left out.
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// Degree of every actor: the number of merged ties it takes part in. Undirected: the
/// number of distinct neighbours. Directed: in-degree + out-degree (igraph's `degree`
/// with mode ALL), so a mutual pair u<->v adds 2 to each of u and v: a partner in both
/// directions counts twice.
/// @param options ignored (degree is unweighted; see `strength`).
/// @return one value per NodeId. Complexity O(n).
std::vector<std::size_t> degree(const Network& network, const AnalysisOptions& options = {});

/// In-degree of every actor: the number of merged arcs u->v ending at v. Undirected
/// networks: equal to `degree`. @param options ignored. Complexity O(n).
std::vector<std::size_t> in_degree(const Network& network, const AnalysisOptions& options = {});

/// Out-degree of every actor: the number of merged arcs v->w leaving v. Undirected
/// networks: equal to `degree`. @param options ignored. Complexity O(n).
std::vector<std::size_t> out_degree(const Network& network, const AnalysisOptions& options = {});

/// Strength of every actor: s_v = sum of the (merged) weights of its ties (Barrat et al.
/// 2004); directed networks: in-strength + out-strength. `WeightMode::Unweighted` makes
/// every merged tie weigh 1, so strength equals `degree`.
/// [1] Barrat, Barthélemy, Pastor-Satorras & Vespignani (2004), PNAS 101:3747,
///     doi:10.1073/pnas.0400087101.
/// @return one value per NodeId. Complexity O(n + m).
std::vector<double> strength(const Network& network, const AnalysisOptions& options = {});

/// In-strength: the summed weights of the merged arcs ending at each actor (undirected:
/// equal to `strength`). Complexity O(n + m).
std::vector<double> in_strength(const Network& network, const AnalysisOptions& options = {});

/// Out-strength: the summed weights of the merged arcs leaving each actor (undirected:
/// equal to `strength`). Complexity O(n + m).
std::vector<double> out_strength(const Network& network, const AnalysisOptions& options = {});

/// Density: the share of possible ties that are present, with m merged ties (pairs in
/// undirected, ordered pairs in directed networks) and no self-ties:
///   undirected 2m / (n(n-1)),   directed m / (n(n-1)).
/// 0 for n <= 1 (as networkx's `density`). Unweighted: @param options ignored.
/// Complexity O(1).
double density(const Network& network, const AnalysisOptions& options = {});

/// Freeman degree centralisation: C = sum_i (d_max - d_i) / T, where T is the largest
/// possible sum for n actors, reached by a star.
///   Undirected: d = degree, T = (n-1)(n-2) (Freeman 1979).
///   Directed: d = in-degree + out-degree (total degree) and T = 2(n-1)(n-2), which is
///   igraph's `centralization.degree(g, mode = "all", loops = FALSE, normalized = TRUE)`
///   (T from `igraph_centralization_degree_tmax`: a star whose ties run both ways).
/// Self-ties count for no one (igraph's `loops = FALSE`, also in T).
/// NaN for n <= 2, where T = 0 and the sum is 0 too (0/0: undefined, as igraph gives NaN).
/// In [0, 1]; 1 exactly for a star. Unweighted: @param options ignored. Complexity O(n).
/// [1] Freeman (1979), Social Networks 1:215, doi:10.1016/0378-8733(78)90021-7.
double degree_centralization(const Network& network, const AnalysisOptions& options = {});

}  // namespace coopnet
