// How the HTML report (viz/report.cpp, viz/report_change.cpp) writes words, numbers and
// names in its language. Internal to viz (not a public header).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "viz/label_text.hpp"
#include "viz/report.hpp"
#include "viz/report_text.hpp"

namespace coopnet::detail {

/// The language-dependent formatting of the report.
class ReportFormat {
public:
    explicit ReportFormat(ReportLanguage language)
        : language_(language), de_(language == ReportLanguage::German) {}

    [[nodiscard]] ReportLanguage language() const noexcept { return language_; }
    [[nodiscard]] bool german() const noexcept { return de_; }

    /// German or English.
    [[nodiscard]] std::string_view t(std::string_view german, std::string_view english) const {
        return de_ ? german : english;
    }

    /// A number with `digits` decimals, decimal comma in German; "–" when not finite; no
    /// "-0".
    [[nodiscard]] std::string num(double value, int digits = 3) const {
        if (!std::isfinite(value)) return "–";
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
        std::string text(buffer);
        if (text == "-0" || text.rfind("-0.", 0) == 0) {
            if (text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
        }
        if (de_) std::replace(text.begin(), text.end(), '.', ',');
        return text;
    }

    /// A difference with its sign ("+0,120", "−3"; the minus is U+2212; "±0" for zero at
    /// the precision shown); "–" when not finite.
    [[nodiscard]] std::string signed_num(double value, int digits = 3) const {
        const std::string text = num(std::fabs(value), digits);
        if (!std::isfinite(value)) return text;
        if (text.find_first_not_of("0.,") == std::string::npos) return "±" + text;
        return (value < 0.0 ? "−" : "+") + text;
    }

    /// A share as a percentage with one decimal: "1,8 %" / "1.8 %".
    [[nodiscard]] std::string percent(double share) const { return num(100.0 * share, 1) + " %"; }

    /// The sector's display name, escaped.
    [[nodiscard]] std::string sector(std::string_view name) const {
        return escape_html(sector_display_name(name, language_));
    }

    /// "A, B und C" / "A, B and C".
    [[nodiscard]] std::string join(const std::vector<std::string>& items) const {
        std::string text;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0) text += i + 1 == items.size() ? std::string(t(" und ", " and ")) : ", ";
            text += items[i];
        }
        return text;
    }

    /// "3 Wirtschaft, 2 Stiftung": sectors by decreasing count (then by name).
    [[nodiscard]] std::string count_sectors(
        const std::map<std::string, std::size_t>& sectors) const {
        std::vector<std::pair<std::string, std::size_t>> sorted(sectors.begin(), sectors.end());
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto& x, const auto& y) { return x.second > y.second; });
        std::vector<std::string> parts;
        for (const auto& [sector_name, count] : sorted) {
            parts.push_back(std::to_string(count) + " " + sector(sector_name));
        }
        return join(parts);
    }

    /// "1 Akteur" / "3 Akteure" / "1 actor" / "3 actors".
    [[nodiscard]] std::string actors_word(std::size_t count) const {
        return std::to_string(count) +
               std::string(count == 1 ? t(" Akteur", " actor") : t(" Akteure", " actors"));
    }

private:
    ReportLanguage language_;
    bool de_;
};

/// The SVG element of a Graphviz SVG document alone: no XML declaration, DOCTYPE or
/// comments (Graphviz writes node names into comments, which an HTML page must not carry
/// unescaped). Empty when there is no <svg element.
std::string inline_svg(const std::string& svg);

/// A map in the report: `note`, then the SVG that `render_svg` returns, inline in
/// `<div class="map">` (with `id="div_id"` unless empty); when Graphviz fails
/// (OutputError) or draws nothing, `missing` and the reason instead. A Graphviz that
/// crashed (ChildDied, viz/detail/isolated.hpp) is not such a failure: it is rethrown.
void write_map_figure(std::ostream& out, const std::function<std::string()>& render_svg,
                      std::string_view note, std::string_view missing, std::string_view div_id);

}  // namespace coopnet::detail
