// Network regression by the quadratic assignment procedure (QAP): ordinary least squares of
// a tie variable on dyadic covariates (analysis/statistics/dyadic_covariates.hpp), with
// p-values from permutations of the actors, and the QAP correlation of the ties with each
// covariate.
//
// References:
//  [1] D. Krackhardt (1988). Predicting with networks: Nonparametric multiple regression
//      analysis of dyadic data. Social Networks 10(4):359-381,
//      doi:10.1016/0378-8733(88)90004-4 (QAP correlation and regression).
//  [2] D. Dekker, D. Krackhardt, T. A. B. Snijders (2007). Sensitivity of MRQAP tests to
//      collinearity and autocorrelation conditions. Psychometrika 72(4):563-581,
//      doi:10.1007/s11336-007-9016-1 (double semi-partialling).
//  [3] C. T. Butts (2008). Social network analysis with sna. J. Stat. Softw. 24(6),
//      doi:10.18637/jss.v024.i06: `netlm(y, x, mode, nullhyp = "qapspp",
//      test.statistic = "t-value")` and `qaptest(list(y, x), gcor)`, whose numbers
//      these reproduce (tests/data/qap/, written by scripts/fixtures/sna_qap.R).
//
// Conventions:
//  - Dyads: undirected networks use each unordered pair once (sna mode "graph"), directed
//    ones every ordered pair (mode "digraph"); the diagonal never. d dyads, p = k + 1
//    columns (the intercept first, then the k covariates in model order).
//  - Fit: OLS through Eigen's column-pivoting Householder QR (never the normal equations);
//    R^2 = 1 - SSR / SST (SST about the mean: the model has an intercept).
//  - Null model for the coefficients, double semi-partialling [2]: for coefficient j, x_j
//    is regressed on the other columns; its residual matrix E_j (symmetric when undirected)
//    has rows and columns permuted by a random permutation of the actors; y is regressed on
//    the other columns and the permuted E_j, and the t-value of that last column is the
//    draw. By Frisch-Waugh-Lovell it is computed from the thin Q of the other columns'
//    QR: with r_y and r the residuals of y and of the permuted E_j on them,
//    t = (r . r_y) / sqrt(r . r) / sqrt(SSR / (d - p)), SSR = |r_y|^2 - (r . r_y)^2 / (r . r),
//    the same t as the full refit (as sna's gettval). The observed t is the same formula
//    with the unpermuted E_j.
//  - p-values as sna: p = #{draws with |t_draw| >= |t|} / N (`pgreqabs`, two-sided),
//    p_greater = #{t_draw >= t} / N (`pgreq`), p_less = #{t_draw <= t} / N (`pleeq`).
//    Values equal to 1e-9 relative count as equal (a draw that mirrors the data exactly is
//    not lost to rounding). A draw whose design is singular (t undefined) counts as not
//    extreme.
//  - QAP correlation [1]: Pearson's r between y and x_k over the dyads (sna `gcor`);
//    p = #{|r_draw| >= |r|} / N with x_k's rows and columns permuted (qaptest's pgreqabs).
//  - Draw b of N uses the permutation drawn by a generator seeded from (seed, b)
//    (splitmix64), the same for every coefficient and correlation; draws run in parallel
//    and the counts do not depend on the thread count.
//  - Missing values: actors without a value of an attribute the model uses are left out
//    with all their dyads (dyadic_covariates.hpp); the permutations permute the others.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/options.hpp"
#include "analysis/statistics/dyadic_covariates.hpp"
#include "core/network.hpp"

namespace coopnet {

struct QapOptions {
    std::size_t permutations = 1000;  ///< N, the draws of the null distribution
    std::uint64_t seed = 1;
};

/// One coefficient of the regression ("intercept" first).
struct QapCoefficient {
    std::string term;
    double estimate = 0.0;
    double std_error = 0.0;  ///< OLS standard error, sqrt(SSR / (d - p) * (X'X)^-1_jj)
    double t = 0.0;          ///< estimate / std_error, the permutation statistic
    double p = 1.0;          ///< two-sided: share of draws with |t_draw| >= |t|
    double p_greater = 1.0;  ///< share of draws with t_draw >= t
    double p_less = 1.0;     ///< share of draws with t_draw <= t
};

/// The QAP correlation of the dependent ties with one covariate.
struct QapCorrelation {
    std::string term;
    double r = 0.0;  ///< Pearson's r over the dyads; NaN when the covariate is constant
    double p = 1.0;  ///< share of draws with |r_draw| >= |r|
};

struct QapResult {
    bool directed = false;
    std::size_t actors = 0;  ///< actors kept
    std::vector<NodeId> dropped_actors;
    std::size_t dyads = 0;  ///< d: pairs (ordered when directed) among the kept actors
    std::size_t permutations = 0;
    std::uint64_t seed = 0;
    std::vector<QapCoefficient> coefficients;
    double r_squared = 0.0;
    double adjusted_r_squared = 0.0;  ///< 1 - (1 - R^2)(d - 1) / (d - p)
    std::vector<QapCorrelation> correlations;
};

/// The largest number of dyads a regression takes: its dense vectors and matrices need
/// about 8 (2p + 8 + 2T) bytes per dyad for p columns and T threads (p = 3, T = 2: 1 GB at
/// 5 million dyads, about 3 200 actors undirected or 2 200 directed).
inline constexpr std::size_t kQapMaxDyads = std::size_t{5'000'000};

/// MRQAP with double semi-partialling on a design (conventions at the top of this file).
/// Runs `options.permutations` draws on `analysis.threads` threads, with a progress meter
/// and stopping on an interrupt (throws Interrupted).
/// @throws InvalidArgument when there are fewer than two actors, no more dyads than
/// columns, more than kQapMaxDyads dyads, when the dependent ties are constant (no tie at
/// all, or every pair tied), or when the columns are linearly dependent (a covariate
/// constant on the kept dyads, or a combination of others), naming the column.
/// Complexity O(d p^3) for the fit and O(N d p^2) for the draws; memory O(d p + n^2 p).
QapResult qap_regression(const DyadicDesign& design, const QapOptions& options = {},
                         const AnalysisOptions& analysis = {});

/// `qap_regression(build_dyadic_design(network, model, analysis), options, analysis)`:
/// the dependent ties are weighted when `analysis.weights` is Weighted (the CLI's default
/// is binary, `--weighted` for weights).
QapResult qap_regression(const Network& network, const DyadicModel& model,
                         const QapOptions& options = {}, const AnalysisOptions& analysis = {});

}  // namespace coopnet
