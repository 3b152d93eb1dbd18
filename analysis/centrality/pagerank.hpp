// PageRank: the share of time a random walker, following ties and now and then jumping
// to any actor, spends at each actor.
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

struct PageRankOptions {
    /// Probability d of following a tie rather than jumping; in [0, 1).
    double damping = 0.85;
    /// Stop once the L1 change sum_v |x_v - x_v'| is below this (absolute; networkx's
    /// test is n * 1e-6, about 1e-4 for a network of 100). Finite and > 0.
    double tolerance = 1e-10;
    /// Stop after this many steps even if not converged (then `converged` is false and
    /// the last iterate is returned). At least 1.
    std::size_t max_iterations = 1000;
};

struct PageRankResult {
    std::vector<double> scores;  ///< one per NodeId, > 0, summing to 1 (empty if n = 0)
    std::size_t iterations = 0;  ///< steps done
    bool converged = true;       ///< false if `max_iterations` ran out first
};

/// PageRank (Brin & Page 1998), as networkx's `pagerank` with its defaults (no
/// personalisation, uniform dangling distribution):
///   x_v = (1 - d)/n + d * sum_{u -> v} x_u * w_uv / W_u + d * (sum_{dangling u} x_u) / n,
/// where w_uv is the merged weight of the arc u -> v (1 with `WeightMode::Unweighted`),
/// W_u = sum_v w_uv the out-weight of u, and an actor without outgoing ties ("dangling")
/// spreads its score uniformly over all n actors. The walker follows a tie with
/// probability proportional to its weight. Undirected ties act as two arcs, one each way.
///
/// Method: power iteration from the uniform vector, each step one pass over the CSR rows
/// of `in()`; stops by `PageRankOptions`. The scores are rescaled to sum exactly 1 at the
/// end (the iteration preserves the sum up to rounding). Disconnected networks need no
/// special case: the jump makes the chain irreducible. A network without ties gives 1/n.
///
/// @param options weights: Weighted or Unweighted; threads: ignored (serial, so results
///   never depend on the thread count).
/// @throws InvalidArgument if damping is outside [0, 1), tolerance not finite and > 0,
///   or max_iterations = 0.
/// Complexity: O((n + m) * iterations), at most about log(tolerance)/log(d) steps.
/// [1] Brin & Page (1998), Computer Networks 30:107, doi:10.1016/S0169-7552(98)00110-X.
/// [2] Langville & Meyer (2006), Google's PageRank and Beyond, Princeton UP.
PageRankResult pagerank(const Network& network, const PageRankOptions& iteration = {},
                        const AnalysisOptions& options = {});

}  // namespace coopnet
