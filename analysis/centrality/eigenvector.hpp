// Eigenvector centrality: an actor is central when its neighbours are central.
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// When the power iteration of `eigenvector_centrality` stops.
struct EigenvectorOptions {
    /// Stop once the L1 change of the unit-norm vector, sum_v |x_v - x_v'|, is below this
    /// (an absolute bound; networkx's test is n * 1e-6). Finite and > 0.
    double tolerance = 1e-10;
    /// Stop after this many multiplications even if not converged (then `converged` is
    /// false and the last iterate is returned). At least 1.
    std::size_t max_iterations = 1000;
};

struct EigenvectorResult {
    std::vector<double> scores;  ///< one per NodeId, >= 0, Euclidean norm 1 (empty if n = 0)
    double eigenvalue = 0.0;     ///< estimate of the leading eigenvalue lambda of A
    std::size_t iterations = 0;  ///< multiplications done
    bool converged = true;       ///< false if `max_iterations` ran out first
};

/// Eigenvector centrality (Bonacich 1972): the principal eigenvector x of the adjacency
/// matrix A, a_uv = merged weight of the tie u->v (1 for every tie with
/// `WeightMode::Unweighted`), scaled to Euclidean norm 1 and non-negative:
///   lambda x_v = sum_u a_uv x_u.
/// Directed networks: incoming ties count (the left eigenvector; being chosen by central
/// actors makes central), as networkx's `eigenvector_centrality`.
///
/// Method: power iteration on A + I, x <- (x + A^T x) / ||x + A^T x||_2, from the uniform
/// vector, as networkx does. A + I has the same eigenvectors, but its eigenvalues 1 + mu
/// are shifted so that -lambda (present in every bipartite graph, e.g. a path or a star)
/// no longer ties with lambda in absolute value, which would make plain power iteration
/// oscillate. The matrix is never formed: each step is one pass over the CSR rows of
/// `in()`. Stops by `EigenvectorOptions`; `eigenvalue` is ||(A+I)x|| - 1 at the last step.
///
/// Disconnected networks: like networkx, the result is the eigenvector of the whole
/// matrix reached from the uniform start: it concentrates on the component(s) with the
/// largest eigenvalue, and actors elsewhere (isolates included) decay towards 0 at rate
/// ((1 + mu_c)/(1 + lambda))^k, so they are ~0 (not exactly 0) once converged. Components
/// that share the largest eigenvalue keep the shares the uniform start gives them. A
/// network without ties returns the uniform vector 1/sqrt(n). Analyse components
/// separately (analysis/structure/components.hpp) when each needs its own ranking.
/// Directed networks without a directed cycle (all eigenvalues 0) have no positive
/// eigenvector to find: the iterate drifts only polynomially towards the sinks and the
/// result reports `converged = false` (networkx raises PowerIterationFailedConvergence).
///
/// @param options weights: Weighted or Unweighted; threads: ignored (the iteration is
///   serial so that results never depend on the thread count).
/// @throws InvalidArgument if the tolerance is not finite and > 0, or max_iterations = 0.
/// Complexity: O((n + m) * iterations) time, O(n) extra memory.
/// [1] Bonacich (1972), J. Math. Sociol. 2:113, doi:10.1080/0022250X.1972.9989806.
/// [2] Newman (2010), Networks: An Introduction, OUP, sec. 7.2.
EigenvectorResult eigenvector_centrality(const Network& network,
                                         const AnalysisOptions& options = {},
                                         const EigenvectorOptions& iteration = {});

}  // namespace coopnet
