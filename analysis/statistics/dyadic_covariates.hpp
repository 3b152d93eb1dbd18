// Dyadic variables for network regression: the dependent ties and the covariates, one value
// per pair of actors, built from the ties and from actor attributes as UCINET and R's sna
// (Butts 2008, J. Stat. Softw. 24(6), doi:10.18637/jss.v024.i06) take them, as n x n
// matrices whose diagonal is never used.
//
// Conventions:
//  - Dependent: the merged ties (core/adjacency.hpp: explicit and projected ties, weights
//    summed) or only the ties of one kind; binary (1 when a tie joins the pair) unless
//    weighted, then the summed weight. Undirected networks give symmetric matrices;
//    directed ones y[i][j] for ties i -> j. Self-ties never count.
//  - same:ATTR 1 when both actors have the same value (as text, numbers in shortest form,
//    as analysis/community/group_attribute.hpp compares them), else 0. `sector` names the
//    actor's sector.
//  - diff:ATTR |a_i - a_j| and product:ATTR a_i * a_j of a numeric attribute (a number, or
//    text that reads as one: "3", "2.5").
//  - kind:KIND 1 where a tie of that kind joins the pair (i -> j when directed), else 0.
//    `project` names every projected tie, `project:ID` those of one project.
//  - Missing values: an actor without a value (attribute absent or empty text) of an
//    attribute a term uses is left out with all its pairs (listwise deletion of dyads); the
//    regression and its permutations run on the remaining actors. Kinds have no missing
//    values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

/// How a covariate is built from the data.
enum class DyadicTermType { Same, Difference, Product, TieKind };

/// One covariate: its type and the attribute or tie kind it reads.
struct DyadicTerm {
    DyadicTermType type = DyadicTermType::Same;
    std::string name;  ///< attribute name (`sector` included) or tie kind

    friend bool operator==(const DyadicTerm&, const DyadicTerm&) = default;
};

/// Reads `same:ATTR`, `diff:ATTR`, `product:ATTR` or `kind:KIND`.
/// @throws InvalidArgument for another prefix or an empty name.
DyadicTerm parse_dyadic_term(std::string_view spec);

/// The term as `parse_dyadic_term` reads it ("same:district").
std::string dyadic_term_label(const DyadicTerm& term);

/// The variables of a regression: which ties, and which covariates.
struct DyadicModel {
    std::optional<std::string> dependent_kind;  ///< ties of this kind only; none: all ties
    std::vector<DyadicTerm> terms;
};

/// A dense n x n matrix of pair values, row-major; the diagonal is 0 and unused.
struct DyadicMatrix {
    std::size_t n = 0;
    std::vector<double> values;

    [[nodiscard]] double at(std::size_t i, std::size_t j) const { return values[i * n + j]; }
    double& at(std::size_t i, std::size_t j) { return values[i * n + j]; }
};

/// The pair values over the actors kept (rows and columns in `actors` order).
struct DyadicDesign {
    bool directed = false;
    std::vector<NodeId> actors;          ///< the actors kept, by increasing NodeId
    std::vector<NodeId> dropped_actors;  ///< left out for a missing value, by NodeId
    DyadicMatrix dependent;
    std::vector<std::string> terms;  ///< covariate labels, in model order
    std::vector<DyadicMatrix> covariates;
};

/// Builds the matrices of `model` (conventions at the top of this file); the dependent is
/// weighted when `analysis.weights` is `WeightMode::Weighted`.
/// @throws InvalidArgument when a diff: or product: attribute holds text that is no number
/// or a number that is not finite (naming the actor and the value), or when `model` has no
/// term. Complexity O(n^2 k + m) time and memory for n actors, k terms and m ties.
DyadicDesign build_dyadic_design(const Network& network, const DyadicModel& model,
                                 const AnalysisOptions& analysis = {});

}  // namespace coopnet
