// Eigenvector centrality: an actor is central when its neighbours are central.
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// When the iterative solvers of `eigenvector_centrality` stop.
struct EigenvectorOptions {
    /// Undirected: Lanczos stops once the residual ||A x - lambda x||_2 of the Ritz pair is
    /// below tolerance * lambda (ARPACK's and Spectra's test); the error of x is about that
    /// residual over the gap to the second eigenvalue. Directed: power iteration stops once
    /// the L1 change of the unit-norm vector, sum_v |x_v - x_v'|, is below this (an absolute
    /// bound; networkx's test is n * 1e-6). Finite and > 0.
    double tolerance = 1e-10;
    /// Undirected: at most this many Lanczos restarts per component; directed: at most this
    /// many power-iteration steps. When it runs out, `converged` is false. At least 1.
    std::size_t max_iterations = 1000;
};

struct EigenvectorResult {
    std::vector<double> scores;  ///< one per NodeId, >= 0, Euclidean norm 1 (empty if n = 0)
    double eigenvalue = 0.0;     ///< the leading eigenvalue lambda of A (its estimate)
    std::size_t iterations = 0;  ///< multiplications by A (or A + I) done, all solvers
    bool converged = true;       ///< false if `max_iterations` ran out first
};

/// Eigenvector centrality (Bonacich 1972): the principal eigenvector x of the adjacency
/// matrix A, a_uv = merged weight of the tie u->v (1 for every tie with
/// `WeightMode::Unweighted`), scaled to Euclidean norm 1 and non-negative:
///   lambda x_v = sum_u a_uv x_u.
/// Directed networks: incoming ties count (the left eigenvector; being chosen by central
/// actors makes central), as networkx's `eigenvector_centrality`.
///
/// Undirected networks (A symmetric): A is block diagonal by connected component, and
/// each component's largest eigenvalue (its Perron root) is simple with a positive vector
/// (Perron-Frobenius). Each component with 3 or more actors is solved by implicitly
/// restarted Lanczos (Spectra's SymEigsSolver, largest algebraic eigenvalue, 8 basis
/// vectors, fixed uniform start: deterministic); 1 and 2 actors in closed form. The matrix
/// is never formed: each product is one pass over the component's CSR rows (copied once
/// into local numbering unless the component holds every actor). Where the two
/// leading eigenvalues nearly coincide, power iteration needs thousands of steps (the
/// error shrinks by lambda_2/lambda_1 per step) and Lanczos tens of products.
/// The result is the vector networkx's power iteration on A + I reaches from the uniform
/// vector u: the projection of u onto the leading eigenspace, sum_c (u . p_c) p_c over the
/// components c whose root equals the largest (relative difference below 1e-12), scaled to
/// norm 1. Should Lanczos not converge for some component, the power iteration of directed
/// networks (below) runs on the whole network instead and reports its `converged`.
///
/// Directed networks keep power iteration on A + I, x <- (x + A^T x) / ||x + A^T x||_2,
/// from the uniform vector, as networkx does: A is not symmetric, so the symmetric solver
/// does not apply, and when A is reducible its leading eigenvalue may be repeated or
/// defective (two strong components with the largest root, one downstream of the other),
/// where an Arnoldi vector (Spectra's GenEigsSolver) need not be the networkx limit. The
/// shift by I keeps -lambda of a bipartite structure from tying with lambda in absolute
/// value. Each step is one pass over the CSR rows of `in()`; `eigenvalue` is
/// ||(A+I)x|| - 1 at the last step. Near ties converge slowly here and may end with
/// `converged = false`.
///
/// Disconnected networks: like networkx, the result is the eigenvector of the whole
/// matrix reached from the uniform start: it lies on the component(s) with the largest
/// eigenvalue. Undirected, actors elsewhere (isolates included) are exactly 0; directed,
/// they decay towards 0 at rate ((1 + mu_c)/(1 + lambda))^k, so they are ~0 (not exactly
/// 0) once converged. Components that share the largest eigenvalue keep the shares the
/// uniform start gives them (two equal triangles: 1/sqrt(6) each). A network without ties
/// returns the uniform vector 1/sqrt(n). Analyse components separately
/// (analysis/structure/components.hpp) when each needs its own ranking.
/// Directed networks without a directed cycle (all eigenvalues 0) have no positive
/// eigenvector to find: the iterate drifts only polynomially towards the sinks and the
/// result reports `converged = false` (networkx raises PowerIterationFailedConvergence).
///
/// @param options weights: Weighted or Unweighted; threads: ignored (the iteration is
///   serial so that results never depend on the thread count).
/// @throws InvalidArgument if the tolerance is not finite and > 0, or max_iterations = 0.
/// Complexity: O((n + m) * iterations) time; O(8 n + m) extra memory undirected (the
/// Lanczos basis, a component's rows), O(n) directed.
/// [1] Bonacich (1972), J. Math. Sociol. 2:113, doi:10.1080/0022250X.1972.9989806.
/// [2] Newman (2010), Networks: An Introduction, OUP, sec. 7.2.
/// [3] Lehoucq & Sorensen (1996), Deflation techniques for an implicitly restarted Arnoldi
///     iteration, SIAM J. Matrix Anal. Appl. 17:789, doi:10.1137/S0895479895281484
///     (ARPACK's method, as Spectra implements it: https://spectralib.org).
EigenvectorResult eigenvector_centrality(const Network& network,
                                         const EigenvectorOptions& iteration = {},
                                         const AnalysisOptions& options = {});

}  // namespace coopnet
