#include "analysis/change/network_summary.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

#include "analysis/centrality/betweenness.hpp"
#include "core/error.hpp"

namespace coopnet {

namespace {

double count(std::size_t n) { return static_cast<double>(n); }

}  // namespace

NetworkSummary summarize_network(const Network& network, const NetworkSummaryOptions& options,
                                 const AnalysisOptions& analysis) {
    NetworkSummary row;
    row.measures = state_measures(network, options.leiden, analysis);

    const BetweennessResult between = betweenness(network, {}, analysis);
    const BrokersAndGaps gaps =
        analyze_brokers_and_gaps(network, between, nullptr, options.brokers, analysis);
    row.ei = gaps.mixing.ei.value;
    row.triangle_simulated = gaps.triangle.sides[0].simulated;
    for (std::size_t s = 0; s < 3; ++s) {
        row.triangle[s] = gaps.triangle.sides[s].status;
        if (row.triangle[s] == SideStatus::Present || row.triangle[s] == SideStatus::Strong) {
            ++row.triangle_present;
        } else if (row.triangle[s] == SideStatus::Weak) {
            ++row.triangle_weak;
        }
    }
    const double total = std::accumulate(between.raw.begin(), between.raw.end(), 0.0);
    if (total > 0.0) {
        const auto top = std::max_element(between.raw.begin(), between.raw.end());
        row.top_broker_share = *top / total;
        row.top_broker =
            network.actor(static_cast<NodeId>(std::distance(between.raw.begin(), top))).id;
    }
    row.cut_points = gaps.fragile.actors.size();
    row.bridges = gaps.fragile.ties.size();
    return row;
}

std::vector<SummaryMeasure> summary_measures(const NetworkSummary& row) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const StateMeasures& m = row.measures;
    return {{"actors", count(m.actors)},
            {"ties", count(m.ties)},
            {"density", m.density},
            {"components", count(m.components)},
            {"centralization", m.centralization},
            {"modularity", m.modularity},
            {"ei", row.ei.value_or(nan)},
            {"triangle_present", count(row.triangle_present)},
            {"triangle_weak", count(row.triangle_weak)},
            {"top_broker_share", row.top_broker_share},
            {"cut_points", count(row.cut_points)},
            {"bridges", count(row.bridges)}};
}

std::vector<OutcomeComparison> compare_by_outcome(std::span<const NetworkSummary> rows,
                                                  std::span<const std::optional<double>> outcome) {
    if (rows.size() != outcome.size()) {
        throw InvalidArgument("compare_by_outcome: one outcome per network is needed");
    }
    std::set<double> levels;
    for (const auto& value : outcome) {
        if (value) levels.insert(*value);
    }
    const bool binary = levels.size() == 2;
    std::vector<std::vector<SummaryMeasure>> measures;
    for (const NetworkSummary& row : rows) measures.push_back(summary_measures(row));
    std::vector<OutcomeComparison> comparisons;
    const std::size_t keys = summary_measures(NetworkSummary{}).size();
    for (std::size_t k = 0; k < keys; ++k) {
        OutcomeComparison comparison;
        comparison.measure = summary_measures(NetworkSummary{})[k].key;
        comparison.binary = binary;
        std::vector<double> values, outcomes, higher, lower;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const double value = measures[r][k].value;
            if (!outcome[r] || std::isnan(value)) continue;
            values.push_back(value);
            outcomes.push_back(*outcome[r]);
            (binary && *outcome[r] == *levels.rbegin() ? higher : lower).push_back(value);
        }
        comparison.networks = values.size();
        if (binary) {
            comparison.groups = mann_whitney(higher, lower);
        } else {
            comparison.correlation = spearman(values, outcomes);
        }
        comparisons.push_back(std::move(comparison));
    }
    return comparisons;
}

}  // namespace coopnet
