#include "viz/timeline_chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <set>
#include <string_view>

#include "core/error.hpp"
#include "core/number_format.hpp"
#include "viz/label_text.hpp"

namespace coopnet {

namespace {

constexpr double kDaysPerYear = 365.25;  // as `coopnet timeline` reports years
constexpr std::size_t kMostStepLabels = 12;

/// A coordinate for an attribute: rounded to 2 decimals, shortest form, no "-0".
std::string coord(double value) {
    const double rounded = std::round(value * 100.0) / 100.0;
    return format_number(rounded == 0.0 ? 0.0 : rounded);
}

std::string point(double x, double y) { return coord(x) + "," + coord(y); }

double y_of(double value, double top) {
    return kPlotBottom - value / top * (kPlotBottom - kPlotTop);
}

std::string text(double x, double y, std::string_view anchor, std::string_view content,
                 std::string_view extra = {}) {
    std::string out = "<text x=\"" + coord(x) + "\" y=\"" + coord(y) + "\" text-anchor=\"" +
                      std::string(anchor) + "\"";
    if (!extra.empty()) out.append(" ").append(extra);
    return out + ">" + escape_html(content) + "</text>\n";
}

/// The document up to and including the title line.
std::string open_chart(std::string_view title) {
    const std::string t = escape_html(title);
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + coord(kChartWidth) +
           "\" height=\"" + coord(kChartHeight) + "\" viewBox=\"0 0 " + coord(kChartWidth) + " " +
           coord(kChartHeight) + "\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" " +
           "aria-label=\"" + t + "\">\n";
    out += "<title>" + t + "</title>\n";
    out += "<rect width=\"" + coord(kChartWidth) + "\" height=\"" + coord(kChartHeight) +
           "\" fill=\"#FFFFFF\"/>\n";
    out += text(kChartWidth / 2.0, 20.0, "middle", title, "class=\"title\" font-size=\"14\" font-weight=\"bold\"");
    return out;
}

/// A note in the middle of the plot area, for a chart with nothing to draw.
std::string nothing(std::string_view note) {
    return text((kPlotLeft + kPlotRight) / 2.0, (kPlotTop + kPlotBottom) / 2.0, "middle", note,
                "class=\"note\"") +
           "</svg>\n";
}

/// Grid lines and labels of the y ticks, the two axes and the y axis title.
std::string axes(const ChartTicks& y_ticks, std::string_view y_title, const Words& words) {
    const double top = y_ticks.values.back();
    std::string out = "<g class=\"y-ticks\">\n";
    for (const double value : y_ticks.values) {
        const double y = y_of(value, top);
        out += "<line x1=\"" + coord(kPlotLeft) + "\" y1=\"" + coord(y) + "\" x2=\"" +
               coord(kPlotRight) + "\" y2=\"" + coord(y) + "\" stroke=\"#D0D0D0\"/>\n";
        out += text(kPlotLeft - 6.0, y + 4.0, "end", words.number(value, y_ticks.decimals));
    }
    out += "</g>\n";
    out += "<path class=\"axes\" d=\"M" + point(kPlotLeft, kPlotTop) + "V" + coord(kPlotBottom) +
           "H" + coord(kPlotRight) + "\" fill=\"none\" stroke=\"#000000\"/>\n";
    out += "<text class=\"y-title\" text-anchor=\"middle\" transform=\"translate(16 " +
           coord((kPlotTop + kPlotBottom) / 2.0) + ") rotate(-90)\">" + escape_html(y_title) +
           "</text>\n";
    return out;
}

std::string x_tick(double x) {
    return "<line x1=\"" + coord(x) + "\" y1=\"" + coord(kPlotBottom) + "\" x2=\"" + coord(x) +
           "\" y2=\"" + coord(kPlotBottom + 4.0) + "\" stroke=\"#000000\"/>\n";
}

/// One series: a line through the points, then a marker on each (round filled for the
/// first series, square hollow for the second), each with its value as tooltip.
std::string series(std::string_view name, bool dashed, bool round,
                   const std::vector<std::array<double, 2>>& points,
                   const std::vector<std::string>& tooltips) {
    std::string out = "<g class=\"" + std::string(name) + "\">\n<polyline points=\"";
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0) out += " ";
        out += point(points[i][0], points[i][1]);
    }
    out += "\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\"";
    if (dashed) out += " stroke-dasharray=\"6 4\"";
    out += "/>\n";
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto [x, y] = points[i];
        if (round) {
            out += "<circle cx=\"" + coord(x) + "\" cy=\"" + coord(y) +
                   "\" r=\"3.5\" fill=\"#000000\">";
        } else {
            out += "<rect x=\"" + coord(x - 3.5) + "\" y=\"" + coord(y - 3.5) +
                   "\" width=\"7\" height=\"7\" fill=\"#FFFFFF\" stroke=\"#000000\" " +
                   "stroke-width=\"1.5\">";
        }
        out += "<title>" + escape_html(tooltips[i]) + "</title>";
        out += round ? "</circle>\n" : "</rect>\n";
    }
    return out + "</g>\n";
}

/// A legend entry at (x, y): a line sample in the series' style with its marker, and text.
std::string legend(double x, double y, std::string_view label, bool dashed, bool round) {
    std::string out = "<g class=\"legend\"><line x1=\"" + coord(x) + "\" y1=\"" + coord(y) +
                      "\" x2=\"" + coord(x + 28.0) + "\" y2=\"" + coord(y) +
                      "\" stroke=\"#000000\" stroke-width=\"2\"";
    if (dashed) out += " stroke-dasharray=\"6 4\"";
    out += "/>";
    out += round ? "<circle cx=\"" + coord(x + 14.0) + "\" cy=\"" + coord(y) +
                       "\" r=\"3.5\" fill=\"#000000\"/>"
                 : "<rect x=\"" + coord(x + 10.5) + "\" y=\"" + coord(y - 3.5) +
                       "\" width=\"7\" height=\"7\" fill=\"#FFFFFF\" stroke=\"#000000\" " +
                       "stroke-width=\"1.5\"/>";
    out += "</g>\n";
    return out + text(x + 34.0, y + 4.0, "start", label);
}

}  // namespace

ChartTicks nice_ticks(double low, double high, int intervals) {
    if (!std::isfinite(low) || !std::isfinite(high)) {
        throw InvalidArgument("nice_ticks: the range must be finite");
    }
    if (intervals < 1) throw InvalidArgument("nice_ticks: intervals must be at least 1");
    if (high <= low) high = low + 1.0;
    const double raw = (high - low) / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1.0 ? 1.0 : fraction <= 2.0 ? 2.0 : fraction <= 5.0 ? 5.0 : 10.0;
    ChartTicks ticks;
    ticks.step = nice * magnitude;
    // Indices, not repeated addition: 0.2 · 3 is written 0.6, not 0.6000000000000001.
    const long long first = static_cast<long long>(std::floor(low / ticks.step + 1e-9));
    const long long last = static_cast<long long>(std::ceil(high / ticks.step - 1e-9));
    for (long long k = first; k <= last; ++k) ticks.values.push_back(double(k) * ticks.step);
    ticks.decimals = std::max(0, -static_cast<int>(std::floor(std::log10(ticks.step) + 1e-9)));
    return ticks;
}

std::string timeline_chart_svg(const Timeline& timeline, const Words& words) {
    std::string out = open_chart(words(timeline.step == TimelineStep::Year
                                           ? Word::ChartTimelineTitleYear
                                           : Word::ChartTimelineTitleQuarter));
    if (timeline.steps.empty()) return out + nothing(words(Word::TimelineNothingDated));

    std::size_t largest = 1;
    for (const TimelineEntry& e : timeline.steps) {
        largest = std::max({largest, e.measures.actors, e.measures.ties});
    }
    const ChartTicks ticks = nice_ticks(0.0, double(largest));
    const double top = ticks.values.back();
    out += axes(ticks, words(Word::ChartTimelineAxis), words);

    const std::size_t n = timeline.steps.size();
    const double slot = (kPlotRight - kPlotLeft) / double(n);
    const std::size_t every = (n + kMostStepLabels - 1) / kMostStepLabels;
    std::vector<std::array<double, 2>> actors;
    std::vector<std::array<double, 2>> ties;
    std::vector<std::string> actor_tips;
    std::vector<std::string> tie_tips;
    out += "<g class=\"x-ticks\">\n";
    for (std::size_t i = 0; i < n; ++i) {
        const TimelineEntry& e = timeline.steps[i];
        const double x = kPlotLeft + (double(i) + 0.5) * slot;
        if (i % every == 0) {
            out += x_tick(x);
            out += text(x, kPlotBottom + 16.0, "middle", e.label);
        }
        actors.push_back({x, y_of(double(e.measures.actors), top)});
        ties.push_back({x, y_of(double(e.measures.ties), top)});
        actor_tips.push_back(e.label + ": " + words.integer(static_cast<long long>(e.measures.actors)));
        tie_tips.push_back(e.label + ": " + words.integer(static_cast<long long>(e.measures.ties)));
    }
    out += "</g>\n";
    out += series("actors", false, true, actors, actor_tips);
    out += series("ties", true, false, ties, tie_tips);
    out += legend(kPlotLeft, 268.0, words(Word::ChartActors), false, true);
    out += legend(kPlotLeft + 180.0, 268.0, words(Word::ChartTies), true, false);
    return out + "</svg>\n";
}

std::string survival_chart_svg(const KaplanMeier& curve, std::span<const SurvivalRecord> records,
                               const Words& words) {
    std::string out = open_chart(words(Word::ChartSurvivalTitle));
    if (records.empty()) return out + nothing(words(Word::ChartNothingDated));

    double longest = 0.0;
    std::set<double> censored;
    for (const SurvivalRecord& r : records) {
        longest = std::max(longest, r.time);
        if (!r.event) censored.insert(r.time);
    }
    const ChartTicks x_ticks = nice_ticks(0.0, longest / kDaysPerYear);
    const double x_top = x_ticks.values.back();
    const auto x_of = [&](double days) {
        return kPlotLeft + days / kDaysPerYear / x_top * (kPlotRight - kPlotLeft);
    };
    out += axes(nice_ticks(0.0, 1.0), words(Word::ChartSurvivalAxisShare), words);

    // The numbers at risk: ties lasting at least the tick's time.
    out += "<g class=\"x-ticks\">\n";
    for (const double years : x_ticks.values) {
        const double x = x_of(years * kDaysPerYear);
        out += x_tick(x);
        out += text(x, kPlotBottom + 16.0, "middle", words.number(years, x_ticks.decimals));
    }
    out += text((kPlotLeft + kPlotRight) / 2.0, kPlotBottom + 32.0, "middle",
                words(Word::ChartSurvivalAxisYears), "class=\"x-title\"");
    out += "</g>\n<g class=\"at-risk\">\n";
    out += text(8.0, kPlotBottom + 56.0, "start", words(Word::ChartAtRisk), "font-weight=\"bold\"");
    for (const double years : x_ticks.values) {
        const double days = years * kDaysPerYear;
        const auto at_risk = std::count_if(records.begin(), records.end(),
                                           [&](const SurvivalRecord& r) { return r.time >= days; });
        out += text(x_of(days), kPlotBottom + 74.0, "middle",
                    words.integer(static_cast<long long>(at_risk)));
    }
    out += "</g>\n";

    // The step curve: flat at S until the next event time, then straight down.
    out += "<g class=\"survival\">\n<polyline points=\"" + point(x_of(0.0), y_of(1.0, 1.0));
    double survival = 1.0;
    for (const KaplanMeierStep& step : curve.steps) {
        out.append(" ").append(point(x_of(step.time), y_of(survival, 1.0)));
        survival = step.survival;
        out.append(" ").append(point(x_of(step.time), y_of(survival, 1.0)));
    }
    out.append(" ").append(point(x_of(longest), y_of(survival, 1.0)));
    out += "\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\"/>\n</g>\n";

    // Censoring marks at S(t), right-continuous: a tie censored at an event time is marked
    // after that drop (it was still at risk there, as `kaplan_meier` counts it).
    if (!censored.empty()) {
        out += "<g class=\"censored\">\n";
        std::size_t next = 0;
        double s = 1.0;
        for (const double t : censored) {
            while (next < curve.steps.size() && curve.steps[next].time <= t) {
                s = curve.steps[next++].survival;
            }
            const double x = x_of(t);
            const double y = y_of(s, 1.0);
            out += "<path d=\"M" + point(x - 4.0, y) + "H" + coord(x + 4.0) + "M" +
                   point(x, y - 4.0) + "V" + coord(y + 4.0) + "\" stroke=\"#000000\"/>\n";
        }
        out += "</g>\n";
        out += text(kPlotRight, 34.0, "end", words(Word::ChartCensored), "font-size=\"10\"");
    }
    return out + "</svg>\n";
}

}  // namespace coopnet
