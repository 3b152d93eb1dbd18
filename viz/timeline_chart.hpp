// Two charts of `coopnet timeline` drawn by coopnet itself as plain SVG (no script, no
// library): the timeline as a line chart (actors and ties per step) and the Kaplan–Meier
// estimate of tie survival [1] as a step chart with the numbers at risk under the x axis,
// the layout survival plots in the literature use (e.g. R's survminer risk table).
//
// Conventions: a fixed size (`kChartWidth` × `kChartHeight`) and one plot area
// (`kPlotLeft`..`kPlotRight` × `kPlotTop`..`kPlotBottom`) for both charts, so a point's
// place follows from its value alone:
//   timeline  x = kPlotLeft + (i + 1/2) · (kPlotRight − kPlotLeft) / steps for step i;
//             y = kPlotBottom − value / top · (kPlotBottom − kPlotTop), with `top` the
//             highest tick of `nice_ticks(0, largest count)`.
//   survival  x = kPlotLeft + years / top · (kPlotRight − kPlotLeft) with `top` the highest
//             tick of `nice_ticks(0, longest duration in years)` (years = days / 365.25);
//             y = kPlotBottom − S · (kPlotBottom − kPlotTop). The curve starts at S = 1
//             and drops at each event time (a step function, right-continuous), flat to
//             the longest duration; censored ties are `+` marks on the curve.
//   at risk   under each x tick t: the ties with duration >= t (R's n.risk at t).
// Readable in greyscale: actors a solid line with round markers, ties a dashed line with
// square markers, everything black on white. Titles, axis labels and numbers in the
// report's language (viz/words.hpp: decimal comma in German). Coordinates are rounded to
// 2 decimals and written in data order, so equal input gives the same bytes. Names
// (the step labels) are escaped (viz/label_text.hpp's `escape_html`).
//
// [1] Kaplan & Meier (1958), Nonparametric estimation from incomplete observations, J. Am.
//     Stat. Assoc. 53:457–481, doi:10.1080/01621459.1958.10501452.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "analysis/time/tie_survival.hpp"
#include "analysis/time/timeline.hpp"
#include "viz/words.hpp"

namespace coopnet {

inline constexpr double kChartWidth = 640.0;
inline constexpr double kChartHeight = 320.0;
inline constexpr double kPlotLeft = 64.0;
inline constexpr double kPlotRight = 616.0;
inline constexpr double kPlotTop = 40.0;
inline constexpr double kPlotBottom = 224.0;

/// Axis ticks at round numbers: `step` is 1, 2 or 5 × 10^k, chosen so that about
/// `intervals` steps cover [low, high]; `values` run from the largest multiple of `step`
/// <= low to the smallest >= high. An empty or inverted range (high <= low) is widened to
/// [low, low + 1].
struct ChartTicks {
    double step = 1.0;
    std::vector<double> values;
    /// Decimals needed to write every tick exactly (0 for steps >= 1, 1 for 0.5 or 0.2).
    int decimals = 0;
};

/// @throws InvalidArgument when low or high is not finite or `intervals` < 1.
/// Complexity O(intervals).
ChartTicks nice_ticks(double low, double high, int intervals = 5);

/// The SVG document (XML declaration, then one <svg>) of the actors and ties per step of
/// `timeline`; a note instead of lines when it has no steps. Step labels are thinned to
/// every k-th when more than 12 would crowd the axis. Complexity O(steps).
std::string timeline_chart_svg(const Timeline& timeline, const Words& words);

/// The SVG document of the Kaplan–Meier curve `curve` of the durations `records` (days, as
/// `tie_survival` measures them; `curve` = `kaplan_meier(records)`), with the numbers at
/// risk at each x tick; a note instead of the curve when there are no records.
/// Complexity O(n · ticks + steps).
std::string survival_chart_svg(const KaplanMeier& curve, std::span<const SurvivalRecord> records,
                               const Words& words);

}  // namespace coopnet
