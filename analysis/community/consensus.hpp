// Communities that hold: the best of several seeded restarts of a randomised community
// search, and how stable each actor's and each community's assignment is across those
// restarts (consensus clustering, Lancichinetti & Fortunato 2012).
//
// A single Leiden run is one draw from a random search; on Padgett's Florentine families
// one seed reaches modularity 0.3975 where the optimum is 0.3987. Restarting from
// different seeds and keeping the best partition closes such gaps, and the restarts that
// were not chosen show which groupings the search finds every time and which it does not.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "analysis/community/partition.hpp"
#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// Restarts when none are requested (`restart_count`): kSmallNetworkRestarts on networks
/// of at most kSmallNetworkTies merged ties, where a run takes milliseconds and single
/// runs miss the optimum often (Padgett's Florentine families: 1 seed in about 30 reaches
/// modularity 0.3987, the rest stop at 0.3975); kDefaultRestarts up to kManyTies;
/// kLargeNetworkRestarts above, where one capped Leiden run on a million ties takes about
/// 9 s (README, benchmarks): two, which run side by side on two cores and still give a
/// stability (one run agrees with itself), so `analyze` of a million ties stays within 30 s.
inline constexpr std::size_t kSmallNetworkRestarts = 100;
inline constexpr std::size_t kSmallNetworkTies = 2'000;
inline constexpr std::size_t kDefaultRestarts = 10;
inline constexpr std::size_t kManyTies = 250'000;
inline constexpr std::size_t kLargeNetworkRestarts = 2;

/// The number of restarts to run: `requested` when it is > 0; otherwise (automatic) as
/// the constants above say for `tie_count` merged ties (`Adjacency::tie_count`).
std::size_t restart_count(std::size_t requested, std::size_t tie_count);

/// The seed of restart r derived from the search seed: restart 0 uses `seed` itself (so a
/// single restart is the plain seeded run), restart r >= 1 the r-th output of a SplitMix64
/// generator started at `seed`: splitmix64(seed + r·0x9E3779B97F4A7C15) [1].
/// [1] Steele, Lea & Flood (2014), Fast splittable pseudorandom number generators,
///     OOPSLA '14, doi:10.1145/2660193.2660195.
std::uint64_t restart_seed(std::uint64_t seed, std::size_t restart);

/// How stable a chosen partition is across R partitions of the same actors (the
/// restarts, the chosen one among them). With D_uv the share of the R partitions in which
/// actors u and v are in the same community (the consensus matrix of [1]):
///  - actor v in chosen community C with |C| >= 2: the mean of D_uv over its co-members
///    u ∈ C − {v}, i.e. (1/R) Σ_r (|C ∩ C_r(v)| − 1) / (|C| − 1), with C_r(v) the
///    community of v in partition r. 1 when every restart keeps v with every co-member;
///    near 0 when v's co-members are scattered away from it.
///  - actor v alone in the chosen partition (|C| = 1): the share of restarts in which v is
///    alone as well (an isolate: 1).
///  - community C: the mean of its members' stability (= the mean of D_uv over ordered
///    pairs of distinct members when |C| >= 2).
/// All values lie in [0, 1]; a partition that every restart reproduces has all 1.
struct CommunityStability {
    std::size_t restarts = 0;       ///< R, the partitions compared
    std::vector<double> actor;      ///< one per NodeId
    std::vector<double> community;  ///< one per community of the chosen partition
};

/// The stability of `chosen` across `runs` (as defined at CommunityStability).
/// @throws InvalidArgument if `runs` is empty or a partition's length differs from
/// chosen's, or a community id is out of range. Complexity O(R·(n + k)).
/// [1] Lancichinetti & Fortunato (2012), Consensus clustering in complex networks, Sci.
///     Rep. 2:336, doi:10.1038/srep00336.
CommunityStability partition_stability(const Partition& chosen, std::span<const Partition> runs);

/// The best of several seeded runs and the stability of its partition across them.
struct RestartedCommunities {
    CommunityResult best;             ///< the chosen run as the method returned it
    std::size_t best_restart = 0;     ///< its index r (seed `restart_seed(seed, r)`)
    CommunityStability stability;     ///< across all runs
};

/// Runs `search(restart_seed(seed, r))` for r = 0 … restarts−1, each an independent
/// sequential run, `analysis.threads` of them at a time, and keeps the run of highest
/// `quality` (the objective the method optimised); equal qualities go to the smallest r.
/// Every run's quality is computed on its normalised partition, so equal partitions have
/// bit-equal qualities, and the runs do not share state: the result is byte-identical
/// for every thread count. Memory: R partitions plus one run's working memory per thread.
/// @param search a single seeded run returning a normalised partition of `actor_count`
///   actors (leiden, louvain, label_propagation); it may throw (the first exception in
///   restart order is rethrown after all threads have joined).
/// @throws InvalidArgument if restarts is 0; Interrupted on an interrupt request.
RestartedCommunities best_of_restarts(
    std::size_t restarts, std::uint64_t seed,
    const std::function<CommunityResult(std::uint64_t seed)>& search,
    const AnalysisOptions& analysis = {});

}  // namespace coopnet
