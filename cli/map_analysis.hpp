// What a map needs of the analysis of its network, computed for `coopnet map` and for the
// change map of `coopnet diff --map` (whose actors stay where the map of the later state
// has them), and nothing more.
#pragma once

#include <optional>

#include "analysis/centrality/approximate_betweenness.hpp"
#include "core/network.hpp"
#include "viz/network_map.hpp"

namespace coopnet::cli {

/// What the map shows of the whole network's analysis, and only that (a whole
/// `analyze_network` would add all-pairs passes a map does not draw): betweenness, the size
/// metric, cut points and bridges, Leiden communities when clustered or viewed, and the
/// suggestions drawn.
/// Betweenness is estimated when `approximate` is given (approximate_betweenness.hpp).
MapAnalysis analyze_for_map(const Network& network, const MapOptions& map,
                            const std::optional<ApproximateBetweennessOptions>& approximate,
                            const AnalysisOptions& analysis);

}  // namespace coopnet::cli
