// Quality functions of a partition: Newman's modularity with a resolution parameter and
// the Constant Potts Model (CPM). Both are computed on the clustering graph
// (`clustering_graph` in analysis/detail/clustering_graph.hpp): the undirected analysis
// view, where a directed network's tie u–v weighs a_uv + a_vu, multiplex ties are merged
// (weights summed) and self-ties are left out; with `WeightMode::Unweighted` every merged
// tie weighs 1.
#pragma once

#include <cstddef>
#include <span>

#include "analysis/options.hpp"
#include "analysis/community/partition.hpp"
#include "core/network.hpp"

namespace coopnet {

/// The objective a community detection optimises.
enum class QualityFunction {
    Modularity,  ///< `modularity` with resolution γ
    Cpm,         ///< `cpm_quality` with resolution γ
};

/// Newman's modularity with resolution γ (Newman 2006; Reichardt & Bornholdt 2006):
///   Q = 1/(2m) Σ_ij [A_ij − γ k_i k_j / (2m)] δ(c_i, c_j)
///     = Σ_c [ 2 e_c / (2m) − γ (K_c / (2m))² ],
/// with A the symmetric weight matrix of the clustering graph, k_i = Σ_j A_ij the
/// strength, m = Σ_{i<j} A_ij the total weight, e_c the weight of the ties inside c and
/// K_c the summed strength of c. Reproduces networkx's
/// `modularity(G, communities, weight, resolution)` for undirected graphs without
/// self-loops. Directed networks: modularity of their undirected version (not the
/// directed modularity of Leicht & Newman). In [−1/2, 1) for γ = 1.
/// @return NaN when the graph has no ties (m = 0), as igraph's `modularity`.
/// @throws InvalidArgument if the partition does not fit the network
/// (`validate_partition`) or γ is negative or not finite. Complexity O(n + m).
/// [1] Newman (2006), PNAS 103:8577, doi:10.1073/pnas.0601602103.
/// [2] Reichardt & Bornholdt (2006), Phys. Rev. E 74:016110,
///     doi:10.1103/PhysRevE.74.016110.
double modularity(const Network& network, const Partition& partition, double resolution = 1.0,
                  const AnalysisOptions& options = {});

/// Constant Potts Model quality with resolution γ (Traag, Van Dooren & Nesterov 2011),
/// every actor of size 1:
///   H = Σ_c [ e_c − γ n_c (n_c − 1) / 2 ],
/// with e_c the summed weight of the merged ties inside community c (each tie once) and
/// n_c its number of actors: leidenalg's `CPMVertexPartition(G, weights,
/// resolution_parameter=γ).quality()` with node sizes 1 on an undirected graph without
/// self-loops. Not normalised: it grows with the number of ties. 0 for singletons.
/// Directed networks: the undirected version.
/// @throws InvalidArgument as `modularity`. Complexity O(n + m).
/// [1] Traag, Van Dooren & Nesterov (2011), Phys. Rev. E 84:016114,
///     doi:10.1103/PhysRevE.84.016114.
double cpm_quality(const Network& network, const Partition& partition, double resolution = 1.0,
                   const AnalysisOptions& options = {});

/// `modularity` or `cpm_quality`, as `function` says.
double partition_quality(const Network& network, const Partition& partition,
                         QualityFunction function, double resolution = 1.0,
                         const AnalysisOptions& options = {});

/// The same quality functions on a clustering graph directly (undirected CsrGraph, each
/// tie in both rows, no self-loops); `community` has one entry per node, each below
/// `community_count`. Used by the community algorithms; no validation.
double graph_modularity(const CsrGraph& graph, std::span<const CommunityId> community,
                        std::size_t community_count, double resolution);
double graph_cpm_quality(const CsrGraph& graph, std::span<const CommunityId> community,
                         std::size_t community_count, double resolution);

/// Throws InvalidArgument unless γ is finite and >= 0.
void validate_resolution(double resolution);

}  // namespace coopnet
