// Many networks side by side: one row of whole-network measures per network (for
// `coopnet compare`), and those measures compared between the networks' outcomes (did the
// cooperation continue after the funding?) with rank tests (analysis/statistics/
// rank_tests.hpp).
//
// Each measure is the one the single-network commands report, computed by the same
// function: density, components, centralisation and modularity as `diff` compares them
// (analysis/change/network_diff.hpp StateMeasures), the E-I index, the triangle and the
// fragile points as `gaps` reports them (analysis/brokers_and_gaps.hpp).
#pragma once

#include <array>
#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/brokers_and_gaps.hpp"
#include "analysis/change/network_diff.hpp"
#include "analysis/community/leiden.hpp"
#include "analysis/options.hpp"
#include "analysis/statistics/rank_tests.hpp"
#include "core/network.hpp"

namespace coopnet {

struct NetworkSummaryOptions {
    /// The Leiden runs whose partition's modularity is reported (seed: `leiden.seed`).
    LeidenOptions leiden;
    /// Groups (E-I, triangle), triangle corners and the tests against chance behind the
    /// triangle's statuses (`brokers.chance`: draws, null model, seed).
    BrokersAndGapsOptions brokers;
};

/// One network's row.
struct NetworkSummary {
    /// actors, merged ties, density, weak components, Freeman degree centralisation (NaN
    /// for n <= 2) and Leiden modularity (NaN without ties), as `diff_networks` computes them.
    StateMeasures measures;
    /// Krackhardt & Stern's E-I index between the groups (merged ties between groups minus
    /// within, over all); nothing without ties.
    std::optional<double> ei;
    /// The three sides of the cooperation triangle, (0,1), (0,2), (1,2), with their status.
    std::array<SideStatus, 3> triangle{SideStatus::Missing, SideStatus::Missing,
                                       SideStatus::Missing};
    /// Sides present (about as chance gives, or more: Present or Strong), and sides weak.
    std::size_t triangle_present = 0;
    std::size_t triangle_weak = 0;
    /// Whether the statuses come from simulated random networks (else Poisson).
    bool triangle_simulated = false;
    /// The top broker's share of all betweenness: max_v b(v) / sum_v b(v) on raw
    /// betweenness; NaN when no actor lies between others (the sum is 0).
    double top_broker_share = std::numeric_limits<double>::quiet_NaN();
    /// The top broker's id (equal values: the smaller index); empty when the share is NaN.
    std::string top_broker;
    /// Fragile points: articulation points and bridges (analysis/gaps/fragile_points.hpp).
    std::size_t cut_points = 0;
    std::size_t bridges = 0;
};

/// The row of `network`. Weights (`analysis`): betweenness with distance 1/weight, Leiden
/// with the weights; the other measures count merged ties.
/// @throws InvalidArgument as `analyze_brokers_and_gaps` and `leiden`.
/// Complexity: that of betweenness (O(n m) unweighted) plus the tests against chance
/// (draws times the triangle's counting).
NetworkSummary summarize_network(const Network& network, const NetworkSummaryOptions& options = {},
                                 const AnalysisOptions& analysis = {});

/// A measure of the row as a number (NaN where undefined), by key, in row order:
/// actors, ties, density, components, centralization, modularity, ei, triangle_present,
/// triangle_weak, top_broker_share, cut_points, bridges.
struct SummaryMeasure {
    std::string_view key;
    double value = std::numeric_limits<double>::quiet_NaN();
};
std::vector<SummaryMeasure> summary_measures(const NetworkSummary& summary);

/// How a measure differs between networks of different outcomes.
struct OutcomeComparison {
    std::string_view measure;  ///< the key of summary_measures
    /// Networks with both the measure defined and an outcome.
    std::size_t networks = 0;
    bool binary = false;  ///< two outcome values: groups and Mann-Whitney; else Spearman
    /// Binary: the test of the networks with the higher outcome value (x, "continued")
    /// against those with the lower one (y); medians per group in it.
    MannWhitneyResult groups;
    /// Numeric: Spearman's rho of measure and outcome.
    SpearmanResult correlation;
};

/// Compares every measure of `rows` with `outcome` (one value per row; nullopt: the
/// network has no outcome and is left out). Binary when the outcome takes exactly two
/// values over the networks used, else numeric. Networks whose measure is NaN are left
/// out of that measure's comparison.
/// @throws InvalidArgument when `outcome` and `rows` differ in length.
std::vector<OutcomeComparison> compare_by_outcome(std::span<const NetworkSummary> rows,
                                                  std::span<const std::optional<double>> outcome);

}  // namespace coopnet
