// How the HTML report (viz/report.cpp, viz/report_change.cpp) writes words, numbers and
// names in its language. Internal to viz (not a public header).
#pragma once

#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "viz/label_text.hpp"
#include "viz/report.hpp"
#include "viz/report_text.hpp"

namespace coopnet::detail {

/// The words and numbers of the report's language (viz/words.hpp), with the names from the
/// input escaped for HTML.
class ReportFormat : public Words {
public:
    explicit ReportFormat(ReportLanguage language) : Words(language) {}

    /// The sector's display name, escaped.
    [[nodiscard]] std::string html_sector(std::string_view name) const {
        return escape_html(sector(name));
    }

    /// "3 Wirtschaft, 2 Stiftung": sectors by decreasing count (then by name), escaped.
    [[nodiscard]] std::string html_count_sectors(
        const std::map<std::string, std::size_t>& sectors) const {
        return count_sectors(sectors, &escape_html);
    }
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
