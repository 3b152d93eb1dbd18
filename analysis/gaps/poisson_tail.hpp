// Tail probabilities of the Poisson distribution, for telling a count that is clearly off
// chance from one that is not: the exact one-sided Poisson test, as R's
// `poisson.test(x, r = mean, alternative = "less" / "greater")` computes it [1].
//
// [1] R Core Team, stats::poisson.test; the test goes back to Fisher's exact tests of a
//     count against a known rate, see e.g. Agresti (2013), Categorical Data Analysis,
//     3rd ed., Wiley, §1.4.
#pragma once

#include <cstddef>

namespace coopnet {

/// P(X <= k) for X ~ Poisson(mean). mean 0 gives 1. Summed term by term in log space
/// (lgamma), so large means neither overflow nor underflow; relative error ~1e-12.
/// @throws InvalidArgument when mean is negative or not finite.
double poisson_lower_tail(std::size_t k, double mean);

/// P(X >= k) for X ~ Poisson(mean), summed from k upward (not 1 - lower tail, which
/// would lose the small values that matter). k = 0 gives 1.
/// @throws InvalidArgument when mean is negative or not finite.
double poisson_upper_tail(std::size_t k, double mean);

}  // namespace coopnet
