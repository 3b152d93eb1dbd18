// The section of the HTML report on change over time (viz/report.hpp): written by
// viz/report_change.cpp. Internal to viz (not a public header).
#pragma once

#include <ostream>

#include "analysis/change/network_diff.hpp"
#include "viz/detail/report_format.hpp"
#include "viz/map_model.hpp"
#include "viz/report.hpp"

namespace coopnet::detail {

/// Thresholds below which a change of a whole-network measure is worded „kaum verändert“ /
/// "barely changed" instead of as a rise or a fall (|after − before| < threshold; the
/// methods section names them). The table of measures still shows every difference.
/// - Density (a share): 0.01, one percentage point; on the sparse networks of local
///   cooperation (densities of a few percent) less is a handful of ties.
/// - Freeman degree centralisation (0 to 1): 0.05; one tie more or less moves it by
///   about 2/((n-1)(n-2)) per degree step, so smaller changes are a few ties' worth.
/// - Modularity of a Leiden partition (at most 1): 0.05; runs with different seeds
///   commonly differ by a few hundredths, so a smaller change is not a finding.
inline constexpr double kBarelyChangedDensity = 0.01;
inline constexpr double kBarelyChangedCentralization = 0.05;
inline constexpr double kBarelyChangedModularity = 0.05;

/// The last group of the key findings: one line on how many ties lasted, with a link to
/// the section (`#change`).
void write_change_finding(std::ostream& out, const NetworkDiff& diff, const ReportFormat& f);

/// The section `<section id="change">`: findings in plain language, the table of
/// whole-network measures (`#change-measures`), the map of the change (inline SVG, unless
/// `options.map` is false), and the tables of kept, lost and new ties (`#kept-ties`,
/// `#lost-ties`, `#new-ties`). Every name from the input is escaped.
/// The change map keeps the actors found in `positions` where they are (the report's map).
void write_change_section(std::ostream& out, const ReportComparison& comparison,
                          const ReportOptions& options, const ActorPositions& positions,
                          const ReportFormat& f);

/// The entry of the methods section on the comparison (a <dt> and a <dd>).
void write_change_method(std::ostream& out, const ReportComparison& comparison,
                         const ReportFormat& f);

}  // namespace coopnet::detail
