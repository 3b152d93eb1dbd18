// The fixed words of the HTML report (viz/report.hpp) in German and English: headings,
// column names and the names of the documented sectors, in the register planners use
// ("Kommune/Verwaltung", "Zivilgesellschaft" ...). Sentences with numbers are built in
// viz/report.cpp from these and the data.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace coopnet {

/// The language of a report.
enum class ReportLanguage { German, English };

/// "de" or "en".
std::string_view report_language_code(ReportLanguage language);
/// The language of a code as `report_language_code` gives it, if any.
std::optional<ReportLanguage> parse_report_language(std::string_view code);

/// The name of a sector in the report's language: the documented sectors
/// (core/network.hpp) get fixed names — German municipality → "Kommune/Verwaltung",
/// public_agency → "Behörde/Agentur", business → "Wirtschaft", foundation → "Stiftung",
/// civil_society → "Zivilgesellschaft", religious → "Religionsgemeinschaft", education →
/// "Bildung", politics → "Politik", other → "Sonstige"; English "municipality",
/// "public agency", "business", "foundation", "civil society", "religious community",
/// "education", "politics", "other". Any other name is returned unchanged (not escaped).
std::string sector_display_name(std::string_view sector, ReportLanguage language);

/// The fixed words of one language (UTF-8, already valid HTML text: no markup characters).
struct ReportWords {
    std::string_view html_lang;
    std::string_view report_kind;  ///< under the title: "Kooperationsbericht"
    std::string_view findings;
    std::string_view map;
    std::string_view map_note;
    std::string_view map_missing;
    std::string_view actors;
    std::string_view filter_placeholder;
    std::string_view sort_hint;
    std::string_view communities;
    std::string_view mixing;
    std::string_view triangle;
    std::string_view methods;
    std::string_view col_actor, col_id, col_sector, col_community, col_degree, col_strength,
        col_betweenness, col_closeness, col_harmonic, col_eigenvector, col_pagerank,
        col_clustering, col_core, col_cut_point, col_constraint;
    std::string_view col_from, col_to, col_ties, col_expected, col_ratio, col_weight;
    std::string_view col_size, col_density, col_most_central, col_sectors, col_side,
        col_status, col_reason, col_brokers;
    std::string_view yes;
    std::string_view status_missing, status_weak, status_present;
    std::string_view none;
    // The section on change over time.
    std::string_view change;            ///< "Veränderung" / "Change over time"
    std::string_view change_measures;   ///< heading of the table of whole-network measures
    std::string_view change_map;        ///< heading of the diff map
    std::string_view change_map_note;   ///< how kept, lost and new ties are drawn
    std::string_view kept_ties, lost_ties, new_ties;  ///< headings of the tie tables
    std::string_view col_measure, col_before, col_after, col_change;
    std::string_view row_actors, row_ties, row_density, row_components, row_centralization,
        row_modularity;
};

/// The words of `language`. Each phrase is written once per language, in one table whose
/// completeness is checked at compile time (every field set exactly once).
const ReportWords& report_words(ReportLanguage language);

/// A period as a report or map names it: "2003–2008" (en dash), "2016" when both ends are
/// equal, "ab 2015" / "from 2015" and "bis 2008" / "until 2008" for open ends; ends as
/// `PartialDate::to_string` writes them. An undated period gives "" (not escaped: dates
/// hold no markup characters).
std::string period_display_name(const Period& period, ReportLanguage language);

}  // namespace coopnet
