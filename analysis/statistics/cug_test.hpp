// Conditional uniform graph tests: is an observed network measure more than chance? The
// measure is computed on many random networks that keep part of the observed one (its
// size, its number of ties, or every actor's degree), and the p-values are the shares of
// those random networks whose value is at least, or at most, the observed one — R sna's
// `cug.test` (Butts 2008), with UCINET's label permutation test of the E-I index beside it
// (analysis/statistics/ei_permutation.hpp).
//
// Measures tested (each as coopnet computes it elsewhere, on the merged ties of the
// analysis view, unweighted):
// - density (analysis/centrality/degree.hpp); constant under the Ties and Degrees models;
// - Freeman degree centralisation (ibid.); constant under the Degrees model;
// - transitivity (analysis/structure/clustering.hpp, undirected version);
// - the E-I index of the network over the groups (analysis/gaps/mixing.hpp);
// - the ties in every cell of the mixing table (analysis/gaps/mixing.hpp, same order);
// - the ties on each side of the cooperation triangle (analysis/gaps/cooperation_triangle.hpp;
//   directed: arcs either way).
//
// p-values follow sna: p_at_least = share of draws with value >= observed ("Pr(X>=Obs)"),
// p_at_most = share with value <= observed; both are exact comparisons, since every value
// is one division of whole numbers and so the same double whenever the fraction is. A
// value of 0 means "below 1 / draws", never "impossible". `p_value` is two-sided: twice the
// smaller share, at most 1. A measure undefined on the observed network (centralisation
// for n <= 2, E-I without ties, a triangle side whose group is absent) has NaN everywhere;
// draws where it is undefined count as neither above nor below.
//
// Draws are independent: draw i uses std::mt19937_64(derived_seed(seed, i)), the Degrees
// model rewires a copy of the observed ties with 10 m swaps (Milo et al. 2003's advice of
// at least several swaps per tie). Draws run in parallel; results are identical for every
// thread count. Interruptible (core/interrupt.hpp), with progress on stderr.
//
// [1] Butts (2008), J. Stat. Softw. 24(6), doi:10.18637/jss.v024.i06 (sna, `cug.test`).
// [2] Anderson, Butts & Carley (1999), Social Networks 21:239 (conditional uniform graph tests).
// [3] Milo et al. (2003), arXiv:cond-mat/0312028 (how many swaps randomise a network).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "analysis/options.hpp"
#include "analysis/statistics/random_graphs.hpp"
#include "core/network.hpp"

namespace coopnet {

struct ChanceTestOptions {
    NullModel null_model = NullModel::Ties;
    std::size_t draws = 1000;
    std::uint64_t seed = 1;
    /// The actor property that forms the groups (analysis/gaps/mixing.hpp `actor_groups`).
    std::string group_attribute{"sector"};
    /// The corners of the cooperation triangle, as TriangleOptions::groups.
    std::array<std::string, 3> triangle_groups{"municipality", "business", "foundation"};
};

/// One measure against chance.
struct ChanceTest {
    static constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();
    double observed = kUndefined;
    double random_mean = kUndefined;  ///< mean over the draws where the measure is defined
    double p_at_least = kUndefined;   ///< share of draws >= observed
    double p_at_most = kUndefined;    ///< share of draws <= observed
    double p_value = kUndefined;      ///< two-sided: min(1, 2 min(p_at_least, p_at_most))
};

struct ChanceTests {
    NullModel null_model = NullModel::Ties;
    std::size_t draws = 0;
    std::uint64_t seed = 0;
    ChanceTest density;
    ChanceTest degree_centralization;
    ChanceTest transitivity;
    ChanceTest ei_index;
    /// Per cell of `group_mixing(network).pairs`, in the same order.
    std::vector<ChanceTest> mixing;
    /// Per side of the cooperation triangle: (0,1), (0,2), (1,2).
    std::array<ChanceTest, 3> triangle_sides;
};

/// Runs the conditional uniform graph tests above.
/// @throws InvalidArgument if `draws` is 0 or the group attribute is empty; Interrupted.
/// Complexity: draws x (the draw + O(m^1.5) for transitivity); the Degrees model adds
/// 10 m swaps per draw.
ChanceTests cug_tests(const Network& network, const ChanceTestOptions& options = {},
                      const AnalysisOptions& analysis = {});

/// p_at_least, p_at_most and p_value of `test` from counts over `draws` defined draws.
void set_p_values(ChanceTest& test, std::size_t at_least, std::size_t at_most,
                  std::size_t defined_draws);

}  // namespace coopnet
