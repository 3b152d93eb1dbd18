// The Leiden algorithm: communities that optimise modularity or the Constant Potts Model,
// each guaranteed to be connected.
#pragma once

#include <cstddef>
#include <cstdint>

#include "analysis/community/modularity.hpp"
#include "analysis/options.hpp"
#include "analysis/community/partition.hpp"
#include "core/network.hpp"

namespace coopnet {

struct LeidenOptions {
    /// The objective: modularity (default) or CPM, both with `resolution` (modularity.hpp).
    QualityFunction quality = QualityFunction::Modularity;
    /// γ, finite and >= 0. Higher values give more, smaller communities.
    double resolution = 1.0;
    /// Seed of the std::mt19937_64 behind every random choice.
    std::uint64_t seed = 1;
    /// Iterations of the whole algorithm, each starting from the partition the previous
    /// one found, at most (default 10, `coopnet analyze --iterations`); 0 = until a stable
    /// iteration, one that moves no node at any level (the partition is then unchanged;
    /// [1] calls it stable). A run that becomes stable before the cap gives the same
    /// partition as an uncapped one. The default keeps million-tie networks in seconds;
    /// networks of a few hundred actors are usually stable before it. `max_iterations = 2`
    /// matches igraph's `community_leiden(n_iterations=2)` and leidenalg's default. Every
    /// move raises the quality, so no partition recurs and the loop always ends; but each
    /// iteration refines at random anew, and on networks with little community structure
    /// the new subsets keep finding small gains: a 20 000-actor Barabási–Albert graph
    /// (5 ties per actor) needs 75 iterations (igraph's own algorithm, iterated to a
    /// stable one, about 110; igraph 0.10's `n_iterations=-1` stops after the first
    /// iteration that changes anything, i.e. after one iteration, igraph issue #2798); a
    /// 200 000-actor one did not become stable within 10 minutes. Cap large networks.
    std::size_t max_iterations = 10;
    /// θ, the randomness of the refinement merges (> 0); 0.01 as in the paper [1].
    double randomness = 0.01;
};

/// Leiden community detection (Traag, Waltman & van Eck 2019) on the clustering graph
/// (`clustering_graph`: undirected; a directed network's undirected version, tie u–v
/// weighing a_uv + a_vu, flagged in the result; unweighted with `WeightMode::Unweighted`).
///
/// Each iteration repeats, from singletons or the previous iteration's partition P:
///  1. fast local moving: nodes wait in a queue (first in random order); a node moves to
///     the neighbouring community (or an empty one) of largest quality gain
///       ΔH(v → C) = w(v, C) − λ s_v S_C,
///     where w(v, C) is the weight between v and C, s_v the node weight (strength for
///     modularity, number of actors for CPM), S_C the summed node weight of C and
///     λ = γ/(2m) (modularity) or γ (CPM); it stays on ties. The neighbours outside its
///     new community rejoin the queue. Stops when the queue is empty.
///  2. refinement: inside each community S of P, starting from singletons, every node v
///     that is still a singleton and well connected (w(v, S − v) >= λ s_v (S_S − s_v)), in
///     random order, joins a refined community T ⊆ S that is well connected
///     (w(T, S − T) >= λ S_T (S_S − S_T)) with ΔH >= 0 (staying alone counts with
///     ΔH = 0), chosen with probability ∝ exp(ΔH / θ), ΔH in units of tie weight.
///  3. aggregation: one node per refined community; P, mapped onto it, is the initial
///     partition of the aggregate graph. Steps 1–3 repeat until every community of P is a
///     single node. (If refinement merged nothing, the connected parts of P's communities
///     are aggregated instead; if that leaves as many nodes, the climb ends.)
///  4. in the last iteration of a capped run (`max_iterations` > 0) only: multilevel
///     refinement [2]. The partition from the top is projected back down, level by level,
///     and fast local moving runs again on each level (moving whole refined communities,
///     then single actors); a community these moves disconnect is split into its connected
///     parts, which never lowers the quality (no tie joins the parts). Not in [1]: it
///     polishes a result that the cap stopped short of a stable iteration (after 2
///     iterations on Barabási–Albert graphs of 20 000 and 200 000 actors, 5 ties each,
///     modularity +0.0015 and +0.002 on average, for one more pass over the levels). It
///     cannot change a stable iteration, so "until stable" runs are plain Leiden.
/// Each iteration first checks interrupt_requested().
/// Every community of the result is connected. Isolates stay singletons.
/// Random draws: std::mt19937_64(seed), bounded draws by rejection and uniform reals
/// from the top 53 bits, so results are the same on every platform for a seed.
/// Sequential; `options.threads` is ignored. Memory O(n + m).
/// @return the normalised partition with its quality and modularity; `iterations` counts
/// the iterations run, `converged` whether the last one moved nothing.
/// @throws InvalidArgument if the resolution is negative or not finite, or θ is not > 0.
/// @throws Interrupted when an interrupt was requested (core/interrupt.hpp), checked once
/// per iteration.
/// Complexity: about O(m) per local-moving pass; in practice near-linear per iteration.
/// [1] Traag, Waltman & van Eck (2019), Sci. Rep. 9:5233, doi:10.1038/s41598-019-41695-z.
/// [2] Rotta & Noack (2011), Multilevel local search algorithms for modularity clustering,
///     ACM J. Exp. Algorithmics 16:2.3, doi:10.1145/1963190.1970376.
CommunityResult leiden(const Network& network, const LeidenOptions& leiden_options = {},
                       const AnalysisOptions& options = {});

/// Leiden on a clustering graph directly (undirected CsrGraph, each tie in both rows, no
/// self-loops); the partition is numbered by first appearance, not normalised.
/// `clustered_undirected_version` is false. Used by `leiden` and by benchmarks.
CommunityResult leiden_on_graph(const CsrGraph& graph, const LeidenOptions& leiden_options);

}  // namespace coopnet
