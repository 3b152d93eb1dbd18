// The course of a dated cooperation network over the years: for every year (or quarter)
// the state of the network in that step, its whole-network measures, the sides of the
// cooperation triangle that have ties, and the ties kept, lost and new against the step
// before. The states and the tie identity are those of `coopnet diff --periods`
// (analysis/change/network_diff.hpp), so a timeline of two steps agrees with a diff.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "analysis/change/network_diff.hpp"
#include "analysis/gaps/cooperation_triangle.hpp"
#include "analysis/options.hpp"
#include "core/date.hpp"
#include "core/network.hpp"

namespace coopnet {

enum class TimelineStep {
    Year,     ///< one calendar year a step
    Quarter,  ///< January–March, April–June, July–September, October–December
};

struct TimelineOptions {
    TimelineStep step = TimelineStep::Year;
    /// The first and last year; nothing: the earliest and latest year of any `since` or
    /// `until` of a tie or project.
    std::optional<int> from;
    std::optional<int> to;
    /// The Leiden runs whose modularity is reported (seeded: `diff.leiden.seed`).
    NetworkDiffOptions diff;
    TriangleOptions triangle;
};

struct TimelineEntry {
    Period period;      ///< the step: a year (2003) or months (2003-01 to 2003-03)
    std::string label;  ///< "2003" or "2003-Q1"
    /// Actors active in the step (`period_network`), merged ties, density, weak
    /// components, degree centralisation, modularity (as `diff_networks` measures them).
    StateMeasures measures;
    /// The status of the triangle's three sides (`cooperation_triangle`), in its order.
    std::array<SideStatus, 3> sides{SideStatus::Missing, SideStatus::Missing,
                                    SideStatus::Missing};
    std::size_t sides_present = 0;  ///< sides that are not Missing (they have ties)
    /// Merged ties kept, lost and new against the step before (`tie_change`); nothing for
    /// the first step.
    std::optional<std::size_t> ties_kept;
    std::optional<std::size_t> ties_lost;
    std::optional<std::size_t> ties_new;
};

struct Timeline {
    TimelineStep step = TimelineStep::Year;
    std::array<std::string, 3> side_names;  ///< "municipality–business" ...
    std::vector<TimelineEntry> steps;       ///< in time order; empty when nothing is dated
};

/// The timeline of `network`. Each step is `period_network(network, step)`: the ties and
/// projects whose period overlaps the step (a year means the whole year; undated ties and
/// projects are in every step), and the actors that take part in them.
/// @throws InvalidArgument when from > to, or as `diff_networks` and `cooperation_triangle`.
/// Complexity: steps × (Leiden + triangle + O(m log m)).
Timeline timeline(const Network& network, const TimelineOptions& options = {},
                  const AnalysisOptions& analysis = {});

/// The earliest and latest year of any `since` or `until` of a tie or project; nothing when
/// there is no date.
std::optional<std::pair<int, int>> dated_years(const Network& network);

}  // namespace coopnet
