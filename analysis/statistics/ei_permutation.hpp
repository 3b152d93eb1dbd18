// The E-I index against chance by permuting group labels, as UCINET's E-I procedure
// tests it (Borgatti, Everett & Freeman 2002): the ties stay as observed, the actors' group
// labels are shuffled among them (every group keeps its size), and the E-I index of each
// shuffle is compared with the observed one. It asks "are ties more often within groups
// than these group sizes make likely?", holding the network fixed — unlike the
// conditional uniform graph test (analysis/statistics/cug_test.hpp), which holds the
// groups fixed and draws the ties.
//
// Conventions: the E-I index of analysis/gaps/mixing.hpp (merged ties, unweighted,
// directed: arcs; actors without the attribute form the group "(none)"). p-values as in
// cug_test.hpp (shares of permutations at least / at most the observed value, two-sided
// = twice the smaller, at most 1). Permutation i uses std::mt19937_64(derived_seed(seed, i));
// the same result for every thread count.
//
// [1] Krackhardt & Stern (1988), Soc. Psychol. Q. 51:123, doi:10.2307/2786835.
// [2] Borgatti, Everett & Freeman (2002), UCINET for Windows, Analytic Technologies
//     (Network > Cohesion > E-I Index: the permutation test).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "analysis/options.hpp"
#include "analysis/statistics/cug_test.hpp"
#include "core/network.hpp"

namespace coopnet {

struct EiPermutationOptions {
    std::size_t permutations = 1000;
    std::uint64_t seed = 1;
    std::string group_attribute{"sector"};
};

/// The E-I index of the network and its permutation p-values (NaN without ties).
/// @throws InvalidArgument if `permutations` is 0 or the attribute is empty; Interrupted.
/// Complexity O(permutations x (n + m)).
ChanceTest ei_permutation_test(const Network& network, const EiPermutationOptions& options = {},
                               const AnalysisOptions& analysis = {});

}  // namespace coopnet
