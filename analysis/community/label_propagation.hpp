// Label propagation: a fast, parameter-free baseline for community detection.
#pragma once

#include <cstddef>
#include <cstdint>

#include "analysis/options.hpp"
#include "analysis/community/partition.hpp"
#include "core/network.hpp"

namespace coopnet {

struct LabelPropagationOptions {
    /// Seed of the std::mt19937_64 behind the visiting order and the tie breaks.
    std::uint64_t seed = 1;
    /// The most sweeps to run (>= 1); the result reports whether it converged before.
    std::size_t max_sweeps = 1000;
};

/// Asynchronous label propagation (Raghavan, Albert & Kumara 2007) on the clustering graph
/// (`clustering_graph`: undirected; a directed network's undirected version, tie u–v
/// weighing a_uv + a_vu, flagged in the result).
/// Every actor starts with its own label. Each sweep visits all actors in a fresh random
/// order; an actor takes the label of largest summed tie weight among its neighbours
/// (the most frequent label when unweighted). If its current label is among the best it
/// keeps it; otherwise a tie between best labels is broken uniformly at random by the
/// seeded generator. Sums within a relative 1e-12 of the best count as ties.
/// Stopping rule: after the first sweep in which no actor changed its label (then every
/// actor holds a label of largest weight among its neighbours, the paper's criterion;
/// `converged` = true), or after `max_sweeps` sweeps (`converged` = false).
/// Isolates keep their own label. Communities are the sets of actors sharing a label;
/// they need not be connected (an actor may hold the label of an unconnected group).
/// `quality` equals `modularity` (resolution 1). Random draws: std::mt19937_64(seed),
/// bounded by rejection; the same on every platform for a seed. Sequential.
/// @throws InvalidArgument if max_sweeps is 0. Complexity O(m) per sweep.
/// [1] Raghavan, Albert & Kumara (2007), Phys. Rev. E 76:036106,
///     doi:10.1103/PhysRevE.76.036106.
CommunityResult label_propagation(const Network& network,
                                  const LabelPropagationOptions& propagation_options = {},
                                  const AnalysisOptions& options = {});

}  // namespace coopnet
