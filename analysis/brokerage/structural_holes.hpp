// Burt's structural-hole measures of an actor's ego network: constraint, effective size,
// efficiency and hierarchy. An actor whose contacts are not tied to one another spans
// structural holes and can broker between them.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// All four measures for every actor, each one value per NodeId. A value is
/// std::nullopt where the measure is undefined (the output layers write it as null).
struct StructuralHolesResult {
    /// N_i: the number of distinct contacts of i (in- and out-neighbours, self excluded).
    std::vector<std::size_t> contacts;
    std::vector<std::optional<double>> constraint;      ///< C_i; nullopt when N_i = 0
    std::vector<std::optional<double>> effective_size;  ///< ES_i; nullopt when N_i = 0
    std::vector<std::optional<double>> efficiency;      ///< ES_i / N_i; nullopt when N_i = 0
    std::vector<std::optional<double>> hierarchy;       ///< H_i; nullopt when N_i <= 1
};

/// Burt's structural-hole measures (Burt 1992; constraint as in Burt 2004), reproducing
/// networkx 3.6's `constraint` and `effective_size` and igraph's `constraint` on
/// undirected networks.
///
/// Conventions, common to all four measures:
/// - Contacts. The contacts N(i) of actor i are all actors tied to i in either direction
///   (the rows of `Adjacency::undirected()`); self-ties are not in the adjacency, and
///   multiplex ties between a pair are one tie with their weights summed.
/// - Weights. The mutual weight of i and j is w_ij = a_ij + a_ji, with a_ij the merged
///   weight of the arc i->j (0 if absent). Undirected ties count in both directions, so
///   w_ij = 2 a_ij there; the factor 2 cancels in every measure below. With
///   `WeightMode::Unweighted` every merged arc weighs 1, so on directed networks a
///   mutual pair has w_ij = 2 and a one-way pair w_ij = 1 (networkx with weight=None).
///   Proportional tie strength: p_ij = w_ij / sum_{k in N(i)} w_ik.
///   Marginal strength: m_jq = w_jq / max_{k in N(j)} w_jk.
/// - Direction. On directed networks both in- and out-neighbours are contacts, so an
///   actor that only receives ties is not isolated. networkx's per-node code path (the
///   one taken without scipy or with `nodes=` given) returns NaN for such actors because
///   it looks only at successors; its matrix code path (with scipy) agrees with us.
/// - Isolates (N_i = 0): every measure is nullopt (networkx and igraph give NaN).
///
/// Measures:
/// - Constraint (Burt 1992; Burt 2004):
///     C_i = sum_{j in N(i)} c_ij,   c_ij = (p_ij + sum_{q in N(i), q != i,j} p_iq p_qj)^2.
///   Exactly 1 for an actor with one contact; it can exceed 1 when the contacts are tied
///   to each other (1.125 in a triangle). Lower means more structural holes.
/// - Effective size (Burt 1992): the contacts minus their redundancy,
///     ES_i = sum_{j in N(i)} (1 - sum_{q in N(i), q != i,j} p_iq m_jq).
///   Undirected networks with `WeightMode::Unweighted` use Borgatti's (1997) closed form
///     ES_i = N_i - 2 t_i / N_i,   t_i = number of ties among i's contacts,
///   which is the same quantity for unit weights. networkx's per-node code path makes the
///   same choice (closed form for undirected graphs with weight=None, Burt's sum
///   otherwise); its matrix path (taken with scipy) always uses Burt's sum. The two agree
///   up to rounding wherever both apply.
/// - Efficiency (Burt 1992): ES_i / N_i, in (0, 1].
/// - Hierarchy (Burt 1992): how much of the constraint comes from one contact,
///     H_i = sum_{j in N(i)} r_ij ln r_ij / (N_i ln N_i),   r_ij = c_ij / (C_i / N_i).
///   0 when every contact constrains i equally; approaches 1 as one contact carries all
///   of it. Undefined (nullopt) for N_i <= 1: for N_i = 1 the formula is 0/0 (r = 1,
///   ln 1 = 0, and N ln N = 0), and no value is picked for it. Neither networkx nor
///   igraph computes hierarchy.
///
/// @param options weights: Weighted (tie weights as strengths) or Unweighted; threads:
///   ignored (serial; every actor's values are independent of the others' order).
/// @return one value per NodeId in each vector (empty vectors for an empty network).
/// Complexity: O(n + sum_q deg(q)^2) time over the undirected view (each contact q of i
/// contributes its own row once per i), O(n) extra memory with dense marker arrays.
/// [1] Burt (1992), Structural Holes: The Social Structure of Competition, Harvard UP.
/// [2] Burt (2004), Am. J. Sociol. 110:349, doi:10.1086/421787.
/// [3] Borgatti (1997), Connections 20(1):35, "Structural holes: unpacking Burt's
///     redundancy measures".
StructuralHolesResult structural_holes(const Network& network, const AnalysisOptions& options = {});

/// Burt's constraint C_i of every actor; see `structural_holes` for formula and conventions.
/// Complexity O(n + sum deg^2).
std::vector<std::optional<double>> constraint(const Network& network,
                                              const AnalysisOptions& options = {});

/// Burt's effective size ES_i of every actor (Borgatti's form for undirected unweighted
/// networks); see `structural_holes`. Complexity O(n + sum deg^2).
std::vector<std::optional<double>> effective_size(const Network& network,
                                                  const AnalysisOptions& options = {});

/// Burt's efficiency ES_i / N_i of every actor; see `structural_holes`.
/// Complexity O(n + sum deg^2).
std::vector<std::optional<double>> efficiency(const Network& network,
                                              const AnalysisOptions& options = {});

/// Burt's hierarchy H_i of every actor (nullopt for N_i <= 1); see `structural_holes`.
/// Complexity O(n + sum deg^2).
std::vector<std::optional<double>> hierarchy(const Network& network,
                                             const AnalysisOptions& options = {});

}  // namespace coopnet
