#include "analysis/statistics/rank_tests.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "core/error.hpp"

namespace coopnet {

namespace {

// R's choices: exact Mann-Whitney below 50 per sample, exact Spearman up to 9 values,
// AS 89 below 1290 (where n (n^2 - 1) still fits R's integers).
constexpr std::size_t kExactMannWhitneyBelow = 50;
constexpr std::size_t kExactSpearmanUpTo = 9;
constexpr std::size_t kEdgeworthBelow = 1290;

void require_finite(std::span<const double> values, const char* what) {
    for (const double v : values) {
        if (!std::isfinite(v)) {
            throw InvalidArgument(std::string(what) + ": every value must be a finite number");
        }
    }
}

bool has_ties(std::span<const double> values) {
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    return std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end();
}

// P(Z <= z) and P(Z >= z) for the standard normal.
double normal_lower(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }
double normal_upper(double z) { return 0.5 * std::erfc(z / std::sqrt(2.0)); }

// Regularised incomplete beta I_x(a, b) by the continued fraction of Numerical Recipes
// §6.4 (modified Lentz), used on the side where it converges fast.
double beta_continued_fraction(double a, double b, double x) {
    constexpr int kMaxIterations = 1000;
    constexpr double kEpsilon = 1e-15;
    constexpr double kTiny = 1e-300;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    if (std::fabs(d) < kTiny) d = kTiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a - 1.0 + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny) d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny) c = kTiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1.0 + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny) d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny) c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < kEpsilon) break;
    }
    return h;
}

double regularized_beta(double x, double a, double b) {
    if (x <= 0.0) return 0.0;
    if (x >= 1.0) return 1.0;
    const double log_front = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) +
                             a * std::log(x) + b * std::log1p(-x);
    if (x < (a + 1.0) / (a + b + 2.0)) {
        return std::exp(log_front) * beta_continued_fraction(a, b, x) / a;
    }
    return 1.0 - std::exp(log_front) * beta_continued_fraction(b, a, 1.0 - x) / b;
}

// P(S >= s) for Spearman's S of n values without ties, counted over all n! orders.
double spearman_exact_upper(double s, std::size_t n) {
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 1);
    std::size_t at_least = 0;
    std::size_t total = 0;
    do {
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double d = static_cast<double>(i + 1) - order[i];
            sum += d * d;
        }
        if (sum >= s - 0.5) ++at_least;  // S takes even integer values; s may be rounded
        ++total;
    } while (std::next_permutation(order.begin(), order.end()));
    return static_cast<double>(at_least) / static_cast<double>(total);
}

// P(S >= js) by AS 89's Edgeworth series (Best & Roberts 1975), js rounded up to even as
// there; `lower` gives 1 - that, summed with the lower normal tail for precision.
double spearman_edgeworth(double js, std::size_t n, bool lower) {
    constexpr double c1 = 0.2274, c2 = 0.2531, c3 = 0.1745, c4 = 0.0758, c5 = 0.1033,
                     c6 = 0.3932, c7 = 0.0879, c8 = 0.0151, c9 = 0.0072, c10 = 0.0831,
                     c11 = 0.0131, c12 = 4.6e-4;
    const double nn = static_cast<double>(n);
    if (js <= 0.0) return lower ? 0.0 : 1.0;
    if (js > nn * (nn * nn - 1.0) / 3.0) return lower ? 1.0 : 0.0;
    if (std::fmod(js, 2.0) != 0.0) js += 1.0;
    const double b = 1.0 / nn;
    const double x = (6.0 * (js - 1.0) * b / (nn * nn - 1.0) - 1.0) * std::sqrt(1.0 / b - 1.0);
    double y = x * x;
    const double u =
        x * b *
        (c1 + b * (c2 + c3 * b) +
         y * (-c4 + b * (c5 + c6 * b) -
              y * b * (c7 + c8 * b - y * (c9 - c10 * b + y * b * (c11 - c12 * y)))));
    y = u / std::exp(y / 2.0);
    const double p = lower ? -y + normal_lower(x) : y + normal_upper(x);
    return std::clamp(p, 0.0, 1.0);
}

double pearson(std::span<const double> x, std::span<const double> y) {
    const double n = static_cast<double>(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx == 0.0 || syy == 0.0) return std::numeric_limits<double>::quiet_NaN();
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

}  // namespace

std::string_view rank_test_method_name(RankTestMethod method) {
    switch (method) {
        case RankTestMethod::Exact:
            return "exact";
        case RankTestMethod::NormalApproximation:
            return "normal approximation";
        case RankTestMethod::Edgeworth:
            return "Edgeworth series";
        case RankTestMethod::TApproximation:
            return "t approximation";
        case RankTestMethod::None:
            break;
    }
    return "none";
}

std::vector<double> average_ranks(std::span<const double> values) {
    for (const double v : values) {
        if (std::isnan(v)) throw InvalidArgument("ranks: a value is NaN");
    }
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) ++j;
        const double rank = (static_cast<double>(i + 1) + static_cast<double>(j + 1)) / 2.0;
        for (std::size_t k = i; k <= j; ++k) ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

double median(std::span<const double> values) {
    if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const std::size_t mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
}

double mann_whitney_cdf(double u, std::size_t m, std::size_t n) {
    if (m + n > 200) throw InvalidArgument("mann_whitney_cdf: at most 200 values in all");
    const double mn = static_cast<double>(m * n);
    if (u < 0.0) return 0.0;
    if (u >= mn) return 1.0;
    // ways[j][s]: subsets of j of the ranks seen so far with U-part s, where choosing
    // rank r as the j-th member of x adds r - j (the y values below it) to U.
    const std::size_t max_u = m * n;
    std::vector<std::vector<double>> ways(m + 1, std::vector<double>(max_u + 1, 0.0));
    ways[0][0] = 1.0;
    for (std::size_t r = 1; r <= m + n; ++r) {
        for (std::size_t j = std::min(m, r); j >= 1; --j) {
            const std::size_t below = r - j;  // y values below rank r if r is x's j-th
            if (below > n) continue;
            for (std::size_t s = max_u; s + 1 > below; --s) {
                ways[j][s] += ways[j - 1][s - below];
                if (s == 0) break;
            }
        }
    }
    const auto top = static_cast<std::size_t>(std::floor(u + 1e-9));
    double at_most = 0.0;
    double total = 0.0;
    for (std::size_t s = 0; s <= max_u; ++s) {
        total += ways[m][s];
        if (s <= top) at_most += ways[m][s];
    }
    return at_most / total;
}

MannWhitneyResult mann_whitney(std::span<const double> x, std::span<const double> y) {
    require_finite(x, "mann_whitney");
    require_finite(y, "mann_whitney");
    MannWhitneyResult result;
    result.n_x = x.size();
    result.n_y = y.size();
    result.median_x = median(x);
    result.median_y = median(y);
    if (x.empty() || y.empty()) return result;
    std::vector<double> all(x.begin(), x.end());
    all.insert(all.end(), y.begin(), y.end());
    const std::vector<double> ranks = average_ranks(all);
    const double nx = static_cast<double>(x.size());
    const double ny = static_cast<double>(y.size());
    const double rank_sum_x = std::accumulate(ranks.begin(), ranks.begin() + x.size(), 0.0);
    result.u = rank_sum_x - nx * (nx + 1.0) / 2.0;
    result.ties = has_ties(all);
    if (!result.ties && x.size() < kExactMannWhitneyBelow && y.size() < kExactMannWhitneyBelow) {
        const double p = result.u > nx * ny / 2.0
                             ? 1.0 - mann_whitney_cdf(result.u - 1.0, x.size(), y.size())
                             : mann_whitney_cdf(result.u, x.size(), y.size());
        result.p_value = std::min(1.0, 2.0 * p);
        result.method = RankTestMethod::Exact;
        return result;
    }
    // Tie correction: sum over groups of equal values of t^3 - t.
    std::vector<double> sorted = ranks;
    std::sort(sorted.begin(), sorted.end());
    double tie_sum = 0.0;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
        const double t = static_cast<double>(j - i);
        tie_sum += t * t * t - t;
        i = j;
    }
    const double n = nx + ny;
    const double sigma = std::sqrt((nx * ny / 12.0) * ((n + 1.0) - tie_sum / (n * (n - 1.0))));
    if (!(sigma > 0.0)) return result;
    double z = result.u - nx * ny / 2.0;
    const double correction = z > 0.0 ? 0.5 : (z < 0.0 ? -0.5 : 0.0);
    z = (z - correction) / sigma;
    result.p_value = std::min(1.0, 2.0 * std::min(normal_lower(z), normal_upper(z)));
    result.method = RankTestMethod::NormalApproximation;
    return result;
}

double student_t_upper_tail(double t, double df) {
    if (std::isnan(t) || !(df > 0.0)) return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(t)) return t > 0.0 ? 0.0 : 1.0;
    const double half = 0.5 * regularized_beta(df / (df + t * t), df / 2.0, 0.5);
    return t > 0.0 ? half : 1.0 - half;
}

SpearmanResult spearman(std::span<const double> x, std::span<const double> y) {
    if (x.size() != y.size()) throw InvalidArgument("spearman: x and y differ in length");
    require_finite(x, "spearman");
    require_finite(y, "spearman");
    SpearmanResult result;
    result.n = x.size();
    if (result.n < 2) return result;
    const std::vector<double> rx = average_ranks(x);
    const std::vector<double> ry = average_ranks(y);
    result.rho = pearson(rx, ry);
    result.ties = has_ties(x) || has_ties(y);
    if (std::isnan(result.rho) || result.n < 3) return result;
    const double n = static_cast<double>(result.n);
    const double mean_s = (n * n * n - n) / 6.0;
    result.s = mean_s * (1.0 - result.rho);
    if (!result.ties && result.n < kEdgeworthBelow) {
        // R: p = P(S >= q) above the mean of S, else P(S <= q) (S even: P(S < q + 2)).
        const double q = std::round(result.s);
        double p = 0.0;
        if (result.n <= kExactSpearmanUpTo) {
            p = q > mean_s ? spearman_exact_upper(q, result.n)
                           : 1.0 - spearman_exact_upper(q + 2.0, result.n);
            result.method = RankTestMethod::Exact;
        } else {
            p = q > mean_s ? spearman_edgeworth(q - 1.0, result.n, false)
                           : spearman_edgeworth(q + 2.0, result.n, true);
            result.method = RankTestMethod::Edgeworth;
        }
        result.p_value = std::min(1.0, 2.0 * p);
        return result;
    }
    const double rho = result.rho;
    const double t = rho / std::sqrt((1.0 - rho * rho) / (n - 2.0));
    result.p_value = std::min(1.0, 2.0 * student_t_upper_tail(std::fabs(t), n - 2.0));
    result.method = RankTestMethod::TApproximation;
    return result;
}

}  // namespace coopnet
