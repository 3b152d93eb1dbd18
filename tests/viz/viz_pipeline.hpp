// What the command line does before it draws, for the viz tests: one analysis of the
// network (and one diff), handed to the renderers, which compute nothing themselves.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>

#include "analysis/change/network_diff.hpp"
#include "analysis/network_analysis.hpp"
#include "core/network.hpp"
#include "viz/diff_map.hpp"
#include "viz/network_map.hpp"
#include "viz/report.hpp"

namespace coopnet::viz_testing {

/// The whole network's analysis as a map takes it: Leiden communities with the map's seed
/// (as `coopnet map`), and as many suggestions as the map draws.
inline MapAnalysis analysis_for_map(const Network& network, const MapOptions& options = {},
                                    const AnalysisOptions& analysis = {}) {
    CommunityOptions communities;
    communities.leiden.seed = options.community_seed;
    BrokersAndGapsOptions brokers;
    brokers.top_k = std::max<std::size_t>(options.suggestions, 1);
    brokers.triangle_groups = options.triangle_groups;
    return map_analysis(analyze_network(network, {communities, brokers, std::nullopt}, analysis),
                        options.size_by);
}

/// `render_map` of the network's analysis.
inline MapResult analyse_and_draw(const Network& network, const MapOptions& options = {}) {
    return render_map(network, analysis_for_map(network, options), options);
}

/// `render_diff_map` of the actors of both states.
inline MapResult draw_change(const Network& before, const Network& after, const NetworkDiff& diff,
                             const DiffMapOptions& options = {}) {
    return render_diff_map(change_actors(before, after, diff), diff, options);
}

/// `render_report` of the analysis the report asks for.
inline std::string analyse_and_report(const Network& network, const ReportOptions& options = {}) {
    const NetworkAnalysis analysis = analyze_network(
        network, {report_communities(options), report_brokers_and_gaps(options), std::nullopt},
        options.analysis);
    return render_report(network, analysis, options);
}

/// The comparison of two states as `coopnet report --compare` makes it.
inline ReportComparison compare(const Network& before, const Network& after,
                                std::string before_name, std::string after_name,
                                std::size_t broker_top = 10, const ReportOptions& options = {}) {
    NetworkDiff diff =
        diff_networks(before, after, report_diff_options(options, broker_top), options.analysis);
    ChangeActors actors = change_actors(before, after, diff);
    return {std::move(diff), std::move(actors), std::move(before_name), std::move(after_name),
            broker_top};
}

}  // namespace coopnet::viz_testing
