// Betweenness estimated from sampled shortest paths, with a stated error bound
// (Riondato & Kornaropoulos 2016), for networks too large for the exact O(n·m) count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/centrality/betweenness.hpp"
#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// The error bound asked of `approximate_betweenness` and how it samples.
struct ApproximateBetweennessOptions {
    /// ε: every actor's normalised betweenness lies within ±ε of the exact value ...
    /// Strictly between 0 and 1. The default 0.005 is half the rounding step of the three
    /// decimals the tables show.
    double epsilon = 0.005;
    /// ... with probability at least 1 − δ. Strictly between 0 and 1.
    double delta = 0.1;
    /// Seed of the sampled pairs and paths: the same seed gives the same bits for every
    /// thread count.
    std::uint64_t seed = 1;
    /// Weighted path lengths within this relative tolerance count as equal, as in
    /// BetweennessOptions. At least 0 (not NaN).
    double relative_tolerance = kPathLengthTolerance;
};

/// The sample an estimated betweenness rests on, and its guarantee.
struct BetweennessEstimate {
    /// r: the number of sampled shortest paths (0 when no actor can lie between two others).
    std::uint64_t samples = 0;
    double epsilon = 0.0;
    double delta = 0.0;
    /// The upper bound on the vertex diameter (most actors on one shortest path) used for r.
    std::uint64_t vertex_diameter_bound = 0;
    std::uint64_t seed = 0;
};

/// Estimated betweenness of every actor, and the sample it rests on.
struct ApproximateBetweennessResult {
    /// Estimates of BetweennessResult::raw (normalised / normaliser).
    std::vector<double> raw;
    /// Estimates of BetweennessResult::normalised: each within ±epsilon of it with
    /// probability at least 1 − delta, all actors at once.
    std::vector<double> normalised;
    BetweennessEstimate estimate;
};

/// Betweenness (as `betweenness`, same normalisation, weights and direction) estimated by
/// sampling shortest paths [1]: draw r ordered pairs (s,t), s ≠ t, uniformly, then one
/// shortest s–t path uniformly among the σ_st shortest ones, and count each actor strictly
/// inside it. count(v)/r estimates b(v) = Σ_{s≠v≠t} σ_st(v)/σ_st / (n(n−1)) (ordered
/// pairs; pairs without a path draw no path), and with
///     r = ⌈(c/ε'²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉,  c = 0.5,
/// every |count(v)/r − b(v)| ≤ ε' at once with probability at least 1 − δ ([1], Theorem 1
/// with the universal constant c ≈ 1/2 of Löffler & Phillips that [1] uses), VD an upper
/// bound on the vertex diameter (actors on the longest shortest path).
/// Normalisation: coopnet's (networkx's) normalised value is b(v)·n/(n−2) both for
/// undirected networks (2/((n−1)(n−2)) over unordered pairs, each counted twice in b) and
/// directed ones (1/((n−1)(n−2))), so the estimate is count(v)/r · n/(n−2) and the
/// sample is sized for ε' = ε·(n−2)/n, which keeps the bound ±ε in coopnet's scale.
/// raw = normalised / that normaliser.
/// Vertex-diameter bound VD, the largest over the weak components C of: |C|, and, for
/// undirected networks, 2·ecc(r)+1 with ecc the eccentricity of one actor r of C in hops
/// (any shortest path is at most twice it long), or, weighted, ⌊2·ecc_w(r)·(1+tol)/ℓ_min⌋
/// + 1 with ecc_w in lengths 1/w and ℓ_min the shortest tie length (as [1] bounds weighted
/// graphs; the tolerance is allowed for).
/// Directed networks use |C| alone (a directed shortest path can be far longer than the
/// undirected distance). VD ≤ 2 (no actor between two others): r = 0, all values 0.
/// Paths: unweighted (or every weight equal), a balanced bidirectional breadth-first
/// search (the side whose frontier has the smaller degree sum grows by one level, as in
/// KADABRA [2]) counts σ from both ends; the path is drawn through a meeting tie (u,w)
/// with probability σ_su·σ_wt/σ_st, then back to s and on to t through predecessors in
/// proportion to their σ, which is uniform over the shortest paths. Weighted: Dijkstra
/// from s stopped when t is settled (lengths 1/w as tie_lengths, ties within
/// `relative_tolerance` as `betweenness`), then the same backward draw.
/// Determinism: sample i draws from std::mt19937_64(derived_seed(seed, i)) alone and the
/// counts are integers, so the result has the same bits for every `options.threads`.
/// @throws InvalidArgument unless 0 < epsilon < 1 and 0 < delta < 1, for a negative or
///         NaN relative_tolerance, or for a weight that cannot be a length (tie_lengths).
/// Complexity: O(n + m) for the bound, then r samples; a sample costs the arcs of the
/// levels searched (unweighted; on small-world networks far fewer than m) or of the
/// actors settled before t (weighted, up to O(m log n)). r does not grow with n: about
/// 126 000 samples for ε = 0.005, δ = 0.1 and VD ≤ 15. Memory about 40 bytes per actor and
/// thread.
/// [1] Riondato & Kornaropoulos (2016), Data Min. Knowl. Disc. 30:438,
///     doi:10.1007/s10618-015-0423-0.
/// [2] Borassi & Natale (2019), ACM J. Exp. Algorithmics 24:1.2, doi:10.1145/3284359.
ApproximateBetweennessResult approximate_betweenness(
    const Network& network, const ApproximateBetweennessOptions& approximate = {},
    const AnalysisOptions& options = {});

/// Betweenness exact, or estimated when `approximate` is given: what `analyze`, `map`,
/// `report` and `brokers` compute.
struct ChosenBetweenness {
    BetweennessResult values;
    std::optional<BetweennessEstimate> estimate;  ///< when estimated
};
ChosenBetweenness chosen_betweenness(const Network& network,
                                     const std::optional<ApproximateBetweennessOptions>& approximate,
                                     const AnalysisOptions& options = {});

/// The sample size r of `approximate_betweenness` for ε' (already rescaled), δ and a vertex
/// diameter bound VD ≥ 3 (formula there).
std::uint64_t riondato_kornaropoulos_sample_size(double epsilon, double delta,
                                                 std::uint64_t vertex_diameter_bound);

}  // namespace coopnet
