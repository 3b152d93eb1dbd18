#include "analysis/gaps/poisson_tail.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"

namespace coopnet {

namespace {

void check_mean(double mean) {
    if (!std::isfinite(mean) || mean < 0) {
        throw InvalidArgument("a Poisson mean must be finite and >= 0");
    }
}

// P(X = i) for mean > 0.
double probability(std::size_t i, double mean) {
    const double x = static_cast<double>(i);
    return std::exp(x * std::log(mean) - mean - std::lgamma(x + 1.0));
}

}  // namespace

double poisson_lower_tail(std::size_t k, double mean) {
    check_mean(mean);
    if (mean == 0.0) return 1.0;
    // Summed from the top term down: the terms grow up to the mode, so adding the small
    // ones last keeps the precision of the large ones.
    double sum = 0.0;
    for (std::size_t i = k + 1; i-- > 0;) {
        const double term = probability(i, mean);
        sum += term;
        if (static_cast<double>(i) < mean && term <= sum * 1e-17) break;
    }
    return std::min(sum, 1.0);
}

double poisson_upper_tail(std::size_t k, double mean) {
    check_mean(mean);
    if (k == 0) return 1.0;
    if (mean == 0.0) return 0.0;
    double sum = 0.0;
    for (std::size_t i = k;; ++i) {
        const double term = probability(i, mean);
        sum += term;
        // Past the mode the terms fall at least geometrically: stop when they no longer count.
        if (static_cast<double>(i) > mean && term <= sum * 1e-17) break;
    }
    return std::min(sum, 1.0);
}

}  // namespace coopnet
