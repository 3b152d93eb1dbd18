// Rank tests for comparing a handful of networks by an outcome: the Mann-Whitney U test
// (Wilcoxon rank-sum test) between two groups [1] and Spearman's rank correlation with a
// numeric outcome [2], both computed as R's `wilcox.test` and `cor.test(method =
// "spearman")` compute them with their defaults [3], so that an evaluator can check
// coopnet's numbers in R.
//
// Conventions (R's): ranks of equal values are their average rank. Mann-Whitney: U is
// R's W, the rank sum of the first sample minus n_x (n_x + 1) / 2; two-sided p-value,
// exact (the distribution of U, Mann & Whitney 1947) when both samples have fewer than 50
// values and no value repeats, else the normal approximation with tie correction of the
// variance and continuity correction 0.5. Spearman: rho is Pearson's correlation of the
// ranks; two-sided p-value from S = (n^3 - n)(1 - rho) / 6: exact by enumerating all
// permutations for n <= 9, the Edgeworth series of AS 89 [4] for 9 < n < 1290, both
// without ties; with ties or n >= 1290 the t approximation t = rho sqrt((n-2)/(1-rho^2))
// with n - 2 degrees of freedom.
//
// [1] Mann & Whitney (1947), Ann. Math. Statist. 18:50, doi:10.1214/aoms/1177730491.
// [2] Spearman (1904), Am. J. Psychol. 15:72, doi:10.2307/1412159.
// [3] R Core Team, stats::wilcox.test and stats::cor.test (R >= 4.0 conventions).
// [4] Best & Roberts (1975), Algorithm AS 89, Appl. Statist. 24:377, doi:10.2307/2347111.
#pragma once

#include <cstddef>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

namespace coopnet {

/// How a rank test's p-value was computed.
enum class RankTestMethod {
    Exact,                ///< the exact distribution of the statistic
    NormalApproximation,  ///< Mann-Whitney: normal with tie and continuity correction
    Edgeworth,            ///< Spearman: AS 89's Edgeworth series (no ties, 9 < n < 1290)
    TApproximation,       ///< Spearman: Student t with n - 2 degrees of freedom
    None,                 ///< no p-value: too few values, or no variation
};

/// "exact", "normal approximation", "Edgeworth series", "t approximation" or "none".
std::string_view rank_test_method_name(RankTestMethod method);

/// Average ranks (1-based) of `values`, equal values sharing the mean of their ranks,
/// as R's `rank(ties.method = "average")`. Complexity O(n log n).
/// @throws InvalidArgument when a value is NaN.
std::vector<double> average_ranks(std::span<const double> values);

/// The median (mean of the two middle values for an even count); NaN when empty.
double median(std::span<const double> values);

struct MannWhitneyResult {
    std::size_t n_x = 0;
    std::size_t n_y = 0;
    /// R's W: rank sum of x minus n_x (n_x + 1) / 2 = the pairs (x_i, y_j) with x_i > y_j,
    /// plus half the pairs with x_i = y_j. Ranges 0 .. n_x n_y.
    double u = std::numeric_limits<double>::quiet_NaN();
    double p_value = std::numeric_limits<double>::quiet_NaN();  ///< two-sided
    RankTestMethod method = RankTestMethod::None;
    bool ties = false;  ///< some value occurs more than once in x and y together
    double median_x = std::numeric_limits<double>::quiet_NaN();
    double median_y = std::numeric_limits<double>::quiet_NaN();
};

/// The two-sided Mann-Whitney U test of x against y (see the header comment). Method
/// None, p NaN, when a sample is empty or all values are equal (the variance is 0).
/// @throws InvalidArgument when a value is NaN or infinite.
/// Complexity: O(N log N) plus, for the exact p-value, O(N n_x n_x n_y) for the counts
/// of U (N = n_x + n_y < 100).
MannWhitneyResult mann_whitney(std::span<const double> x, std::span<const double> y);

/// P(U <= u) for the Mann-Whitney U of samples of sizes m and n without ties (R's
/// pwilcox(u, m, n)); 0 for u < 0, 1 for u >= m n. Counts in double (exact up to 2^53,
/// relative error ~1e-15 beyond). @throws InvalidArgument when m + n > 200.
double mann_whitney_cdf(double u, std::size_t m, std::size_t n);

struct SpearmanResult {
    std::size_t n = 0;
    double rho = std::numeric_limits<double>::quiet_NaN();  ///< NaN when a variable is constant
    double s = std::numeric_limits<double>::quiet_NaN();    ///< (n^3 - n)(1 - rho) / 6
    double p_value = std::numeric_limits<double>::quiet_NaN();  ///< two-sided
    RankTestMethod method = RankTestMethod::None;
    bool ties = false;
};

/// Spearman's rank correlation of the pairs (x_i, y_i) with its two-sided p-value (see
/// the header comment). Method None, p NaN, when n < 3 or a variable is constant (rho
/// NaN then too, as R gives NA).
/// @throws InvalidArgument when x and y differ in length or a value is NaN or infinite.
/// Complexity O(n log n), plus O(n! n) for the exact p-value (n <= 9).
SpearmanResult spearman(std::span<const double> x, std::span<const double> y);

/// P(T >= t) for Student's t with `df` > 0 degrees of freedom, from the regularised
/// incomplete beta function (continued fraction, relative error ~1e-14).
double student_t_upper_tail(double t, double df);

}  // namespace coopnet
