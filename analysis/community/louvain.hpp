// The Louvain method: greedy modularity (or CPM) optimisation by local moves and
// aggregation. Kept for comparison with Leiden; its communities may be disconnected.
#pragma once

#include <cstdint>

#include "analysis/community/modularity.hpp"
#include "analysis/options.hpp"
#include "analysis/community/partition.hpp"
#include "core/network.hpp"

namespace coopnet {

struct LouvainOptions {
    /// The objective: modularity (default) or CPM, both with `resolution` (modularity.hpp).
    QualityFunction quality = QualityFunction::Modularity;
    /// γ, finite and >= 0.
    double resolution = 1.0;
    /// Seed of the std::mt19937_64 that orders the nodes.
    std::uint64_t seed = 1;
};

/// Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre 2008) on the
/// clustering graph (`clustering_graph`: undirected; a directed network's undirected
/// version, tie u–v weighing a_uv + a_vu, flagged in the result).
/// Each level visits the nodes in one random order, sweep after sweep; a node moves to
/// the neighbouring community of largest gain ΔH(v → C) = w(v, C) − λ s_v S_C (symbols as
/// in `leiden`) when that beats staying; a level ends after a sweep without a move. The
/// communities then become the nodes of the next level. Stops after a level in which no
/// node moved; `iterations` counts the levels, `converged` is then true.
/// Unlike Leiden, a community may end up disconnected (Traag et al. 2019, §2).
/// Random draws: std::mt19937_64(seed), bounded by rejection; the same result on every
/// platform for a seed. Sequential; `options.threads` is ignored.
/// @throws InvalidArgument if the resolution is negative or not finite.
/// Complexity: O(m) per sweep; in practice near-linear.
/// [1] Blondel et al. (2008), J. Stat. Mech. P10008, doi:10.1088/1742-5468/2008/10/P10008.
/// [2] Traag, Waltman & van Eck (2019), Sci. Rep. 9:5233, doi:10.1038/s41598-019-41695-z.
CommunityResult louvain(const Network& network, const LouvainOptions& louvain_options = {},
                        const AnalysisOptions& options = {});

}  // namespace coopnet
